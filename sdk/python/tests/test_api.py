"""The SDK against a real Grivo server (`node dist/cli.js serve`): SQLite, and PostgreSQL when TEST_DATABASE_URL is set."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
import unittest
import urllib.request
import uuid
from datetime import datetime, timedelta, timezone

from ._server import TEST_DATABASE_URL, GrivoServer, wait_until
from grivo import ChatStream, Grivo, GrivoError, Paginator

SHIPPING = """# Shipping

We ship parcels to Canada within 5 business days. Express delivery takes 2 days.

# Returns

Returns are free for 30 days after delivery. Send the parcel back with the return label.
"""

WARRANTY_MD = b"""# Warranty

Every kettle has a warranty of 3 years covering the heating element.
"""


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


class ApiTests:
    """The suite; run once per engine by the TestCase classes at the bottom."""

    engine = "sqlite"
    server: GrivoServer
    client: Grivo

    @classmethod
    def setUpClass(cls) -> None:
        cls.server = GrivoServer(cls.engine).start()
        cls.client = Grivo(api_key=cls.server.api_key, base_url=cls.server.url)

    @classmethod
    def tearDownClass(cls) -> None:
        cls.server.stop()

    # -- helpers -------------------------------------------------------------------

    def wait_source(self, bot_id: str, source_id: str) -> dict:
        def trained():
            source = self.client.chatbots.sources.get(bot_id, source_id)
            return source if source["status"] in ("trained", "failed") else None

        source = wait_until(trained, f"source {source_id} training")
        self.assertEqual(source["status"], "trained", source.get("error"))
        return source

    def assert_api_error(self, error: GrivoError, status: int, code: str, param=None) -> None:
        self.assertEqual(error.status, status)
        self.assertEqual(error.code, code)
        self.assertEqual(error.param, param)
        self.assertTrue(error.message)
        self.assertRegex(error.request_id or "", r"^req_[0-9A-Za-z]+$")
        self.assertEqual(error.request_id, error.headers.get("x-request-id"))

    # -- chatbots --------------------------------------------------------------------

    def test_chatbots_crud(self) -> None:
        bots = self.client.chatbots
        created = bots.create(name="Support", instructions="Be brief.", starter_questions=["Shipping?"])
        self.assertTrue(created["id"].startswith("bot_"))
        self.assertEqual(created["name"], "Support")
        self.assertEqual(created["status"], "untrained")
        self.assertEqual(created["starter_questions"], ["Shipping?"])

        self.assertEqual(bots.get(created["id"]), created)
        updated = bots.update(created["id"], name="Support desk", instructions=None, color="#112233")
        self.assertEqual((updated["name"], updated["instructions"], updated["color"]), ("Support desk", None, "#112233"))
        self.assertIn(created["id"], [bot["id"] for bot in bots.list()])

        self.assertEqual(bots.delete(created["id"]), {"id": created["id"], "deleted": True})
        with self.assertRaises(GrivoError) as caught:
            bots.get(created["id"])
        self.assert_api_error(caught.exception, 404, "not_found", "id")
        self.assertIn(created["id"], caught.exception.message)

    def test_validation_errors_carry_their_fields(self) -> None:
        with self.assertRaises(GrivoError) as caught:
            self.client.chatbots.create(name="")
        self.assert_api_error(caught.exception, 400, "invalid_request", "name")
        self.assertEqual(caught.exception.message, "name must not be empty.")

        with self.assertRaises(GrivoError) as caught:
            self.client.chatbots.create(name="Bot", colour="#ffffff")
        self.assert_api_error(caught.exception, 400, "unknown_parameter", "colour")

        with self.assertRaises(GrivoError) as caught:
            self.client.contacts.list(per_page=500).first_page()
        self.assert_api_error(caught.exception, 400, "invalid_request", "per_page")

    def test_a_wrong_key_is_401(self) -> None:
        client = Grivo(api_key="gk_not_a_real_key", base_url=self.server.url)
        with self.assertRaises(GrivoError) as caught:
            client.chatbots.list().first_page()
        self.assertEqual((caught.exception.status, caught.exception.code), (401, "invalid_api_key"))

    def test_the_idempotency_key_makes_a_repeated_post_run_once(self) -> None:
        key = str(uuid.uuid4())
        name = unique("Once")
        first = self.client.chatbots.create(name=name, idempotency_key=key)
        again = self.client.chatbots.create(name=name, idempotency_key=key)
        self.assertEqual(again["id"], first["id"])
        self.assertEqual([b["id"] for b in self.client.chatbots.list() if b["name"] == name], [first["id"]])
        with self.assertRaises(GrivoError) as caught:
            self.client.chatbots.create(name=name + "-other", idempotency_key=key)
        self.assert_api_error(caught.exception, 422, "idempotency_key_reused", "Idempotency-Key")
        # Without a key of ours, two calls are two chatbots.
        a = self.client.chatbots.create(name=name)
        b = self.client.chatbots.create(name=name)
        self.assertNotEqual(a["id"], b["id"])

    def test_chat_answers_from_sources_plain_and_streamed(self) -> None:
        bots = self.client.chatbots
        bot = bots.create(name=unique("Shop"))
        text = bots.sources.create(bot["id"], type="text", title="Shipping and returns", text=SHIPPING)
        self.assertEqual((text["type"], text["status"]), ("text", "pending"))
        qna = bots.sources.create(
            bot["id"], type="qna", question="Do you sell gift cards?", answer="Yes, from 10 to 200 euros."
        )
        upload = bots.sources.create(bot["id"], file=WARRANTY_MD, filename="warranty.md", title="Warranty")
        self.assertEqual(upload["type"], "file")
        self.assertEqual(upload["title"], "Warranty")
        self.assertEqual(upload["file"]["name"], "warranty.md")
        for source in (text, qna, upload):
            self.wait_source(bot["id"], source["id"])
        self.assertEqual(
            sorted(s["id"] for s in bots.sources.list(bot["id"])), sorted([text["id"], qna["id"], upload["id"]])
        )

        answer = bots.chat(bot["id"], message="How long does shipping to Canada take?")
        self.assertTrue(answer["answered"])
        self.assertIn("5 business days", answer["answer"])
        self.assertTrue(answer["sources"])
        self.assertEqual(bots.chat(bot["id"], message="Do you sell gift cards?")["answer"], "Yes, from 10 to 200 euros.")
        self.assertIn("3 years", bots.chat(bot["id"], message="How long is the kettle warranty?")["answer"])

        stream = bots.chat_stream(bot["id"], message="Are returns free?", conversation_id=answer["conversation_id"])
        self.assertIsInstance(stream, ChatStream)
        events = list(stream)
        names = [e.event for e in events]
        self.assertEqual(names[0], "meta")
        self.assertEqual(names[-1], "done")
        self.assertGreaterEqual(names.count("delta"), 1)
        self.assertEqual(set(names[1:-1]), {"delta"})
        meta, done = events[0].data, events[-1].data
        self.assertEqual(meta["conversation_id"], answer["conversation_id"])
        self.assertTrue(meta["answered"])
        deltas = "".join(e.data["text"] for e in events if e.event == "delta")
        self.assertEqual(done["answer"], deltas)
        self.assertEqual(stream.answer, deltas)
        self.assertEqual(stream.result, done)
        self.assertIn("free for 30 days", deltas)
        self.assertEqual(done["message_id"], meta["message_id"])

        # The streamed and the plain answer are one conversation, with its messages.
        conversation = bots.conversations.get(bot["id"], answer["conversation_id"])
        self.assertEqual(conversation["message_count"], 4)
        self.assertEqual([m["role"] for m in conversation["messages"]], ["user", "assistant"] * 2)
        listed = [c["id"] for c in bots.conversations.list(bot["id"])]
        self.assertIn(answer["conversation_id"], listed)
        self.assertEqual(len(listed), 3)  # shipping (+ streamed returns), gift cards, warranty

        rated = bots.feedback(bot["id"], done["message_id"], rating="up", comment="Clear.")
        self.assertEqual((rated["message_id"], rated["rating"], rated["comment"]), (done["message_id"], "up", "Clear."))
        self.assertEqual([c["id"] for c in bots.conversations.list(bot["id"], feedback="up")], [answer["conversation_id"]])
        self.assertEqual(list(bots.conversations.list(bot["id"], unanswered=True)), [])

        hits = bots.search(bot["id"], query="express delivery", limit=3)
        self.assertGreaterEqual(hits["total"], 1)
        self.assertIn("Express", hits["data"][0]["snippet"])

        analytics = bots.analytics(bot["id"])
        self.assertIsInstance(analytics, dict)
        self.assertIn("Express", json.dumps(hits))

        self.assertEqual(list(bots.leads.list(bot["id"])), [])
        exported = bots.leads.export(bot["id"])
        self.assertIsInstance(exported, str)
        self.assertEqual(list(csv.reader(io.StringIO(exported)))[1:], [])

        self.assertEqual(bots.refused_origins.list(bot["id"])["data"], [])
        with self.assertRaises(GrivoError) as refused:
            bots.refused_origins.delete(bot["id"], "https://shop.example.com")
        self.assertEqual(refused.exception.code, "not_found")

        pages = list(bots.pages(bot["id"]))
        self.assertGreaterEqual(len(pages), 3)

        # Sources: change, retrain, delete.
        changed = bots.sources.update(bot["id"], qna["id"], answer="Yes, from 5 to 500 euros.")
        self.assertEqual(changed["answer"], "Yes, from 5 to 500 euros.")
        self.wait_source(bot["id"], qna["id"])
        self.assertEqual(bots.chat(bot["id"], message="Do you sell gift cards?")["answer"], "Yes, from 5 to 500 euros.")
        retrained = bots.sources.train(bot["id"], text["id"])
        self.assertEqual(retrained["id"], text["id"])
        self.wait_source(bot["id"], text["id"])
        self.assertEqual(bots.sources.delete(bot["id"], upload["id"]), {"id": upload["id"], "deleted": True})
        with self.assertRaises(GrivoError) as caught:
            bots.sources.get(bot["id"], upload["id"])
        self.assertEqual((caught.exception.status, caught.exception.code), (404, "not_found"))

    def test_a_stream_for_a_missing_chatbot_raises_at_the_call(self) -> None:
        with self.assertRaises(GrivoError) as caught:
            self.client.chatbots.chat_stream("bot_missing", message="Hello?")
        self.assert_api_error(caught.exception, 404, "not_found", "id")

    # -- contacts --------------------------------------------------------------------

    def test_contacts_crud(self) -> None:
        contacts = self.client.contacts
        email = f"{unique('ada')}@example.com"
        created = contacts.create(email=email, first_name="Ada", tags=["vip"], attributes={"plan": "gold", "seats": 3})
        self.assertTrue(created["id"].startswith("ct_"))
        self.assertEqual((created["email"], created["first_name"], created["tags"]), (email, "Ada", ["vip"]))
        self.assertEqual(created["source"], "api")

        with self.assertRaises(GrivoError) as caught:
            contacts.create(email=email.upper())
        self.assert_api_error(caught.exception, 409, "contact_exists", "email")

        upserted = contacts.create(email=email, last_name="Lovelace", upsert=True)
        self.assertEqual(upserted["id"], created["id"])
        self.assertEqual(upserted["last_name"], "Lovelace")

        updated = contacts.update(created["id"], attributes={"seats": None, "team": "eng"}, tags=["vip", "beta"])
        self.assertEqual(updated["attributes"], {"plan": "gold", "team": "eng"})
        self.assertEqual(sorted(updated["tags"]), ["beta", "vip"])
        self.assertEqual(contacts.get(created["id"]), updated)

        self.assertEqual([c["id"] for c in contacts.list(search=email)], [created["id"]])
        self.assertEqual(contacts.delete(created["id"]), {"id": created["id"], "deleted": True})
        with self.assertRaises(GrivoError) as caught:
            contacts.get(created["id"])
        self.assert_api_error(caught.exception, 404, "not_found", "id")

        with self.assertRaises(GrivoError) as caught:
            contacts.create(email="not an email")
        self.assert_api_error(caught.exception, 400, "invalid_request", "email")

    def test_lists_iterate_over_every_page(self) -> None:
        tag = unique("page")
        emails = {f"{unique('p')}@example.com" for _ in range(7)}
        for email in emails:
            self.client.contacts.create(email=email, tags=[tag])

        listing = self.client.contacts.list(tag=tag, per_page=3)
        self.assertIsInstance(listing, Paginator)
        first = listing.first_page()
        self.assertEqual((first["total"], first["page"], first["per_page"], first["has_more"]), (7, 1, 3, True))
        self.assertEqual(len(first["data"]), 3)
        pages = list(listing.pages())
        self.assertEqual([len(p["data"]) for p in pages], [3, 3, 1])
        every = [c["email"] for c in listing]
        self.assertEqual(len(every), 7)
        self.assertEqual(set(every), emails)
        third = self.client.contacts.list(tag=tag, page=3, per_page=3).first_page()
        self.assertEqual((len(third["data"]), third["has_more"]), (1, False))

        # A list walked by page number (chatbots).
        names = {unique("Paged") for _ in range(3)}
        for name in names:
            self.client.chatbots.create(name=name)
        seen = [b["name"] for b in self.client.chatbots.list(per_page=2)]
        self.assertTrue(names <= set(seen))
        self.assertEqual(len(seen), len(set(b["id"] for b in self.client.chatbots.list(per_page=2))))
        self.assertEqual(len(seen), self.client.chatbots.list().first_page()["total"])

    def test_csv_import_followed_to_completion(self) -> None:
        tag = unique("imported")
        rows = [f"{unique('imp')}@example.com" for _ in range(5)]
        data = "email,first_name,company\n" + "".join(f"{e},Name{i},Acme\n" for i, e in enumerate(rows))
        data += "not-an-email,Broken,Acme\n"
        started = self.client.contacts.import_csv(data.encode(), filename="people.csv", tags=[tag, "csv"], status="subscribed")
        self.assertTrue(started["id"].startswith("imp_"))
        self.assertEqual(started["filename"], "people.csv")
        self.assertEqual(sorted(started["options"]["tags"]), sorted([tag, "csv"]))

        done = self.client.contacts.imports.wait(started["id"], poll_interval=0.2, timeout=120)
        self.assertEqual(done["status"], "completed", done.get("error"))
        self.assertEqual((done["rows_total"], done["created"], done["failed"]), (6, 5, 1))
        self.assertEqual(done["errors"][0]["line"], 7)
        self.assertEqual(done["errors"][0]["code"], "invalid_row")
        self.assertIn(started["id"], [i["id"] for i in self.client.contacts.imports.list()])
        self.assertEqual(self.client.contacts.imports.get(started["id"]), done)
        imported = {c["email"]: c for c in self.client.contacts.list(tag=tag)}
        self.assertEqual(set(imported), set(rows))
        self.assertEqual(imported[rows[0]]["attributes"].get("company"), "Acme")

        # From a path (streamed from disk), leaving existing contacts alone.
        with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as f:
            f.write("email,first_name\n" + f"{rows[0]},Changed\n" + f"{unique('new')}@example.com,New\n")
        self.addCleanup(os.unlink, f.name)
        again = self.client.contacts.import_csv(f.name, update_existing=False, tags=tag)
        self.assertEqual(again["filename"], os.path.basename(f.name))
        again = self.client.contacts.imports.wait(again["id"], timeout=120)
        self.assertEqual((again["status"], again["created"], again["skipped"]), ("completed", 1, 1))
        self.assertEqual(self.client.contacts.get(imported[rows[0]]["id"])["first_name"], "Name0")

        exported = self.client.contacts.export(tag=tag)
        table = list(csv.DictReader(io.StringIO(exported)))
        self.assertEqual(len(table), 6)
        self.assertIn(rows[1], {r["email"] for r in table})
        with tempfile.TemporaryDirectory() as folder:
            target = os.path.join(folder, "contacts.csv")
            self.assertIsNone(self.client.contacts.export(tag=tag, file=target))
            with open(target, encoding="utf-8") as saved:
                self.assertEqual(saved.read(), exported)

    def test_unnamed_bytes_are_sent_as_a_raw_csv_body(self) -> None:
        tag = unique("raw")
        email = f"{unique('raw')}@example.com"
        started = self.client.contacts.import_csv(f"email\n{email}\n".encode(), tags=[tag, "second"], update_existing=False)
        self.assertIsNone(started["filename"])
        self.assertEqual(sorted(started["options"]["tags"]), sorted([tag, "second"]))
        self.assertFalse(started["options"]["update_existing"])
        done = self.client.contacts.imports.wait(started["id"], timeout=120)
        self.assertEqual((done["status"], done["created"]), ("completed", 1))
        self.assertEqual([c["email"] for c in self.client.contacts.list(tag=tag)], [email])

        with self.assertRaises(GrivoError) as caught:
            self.client.contacts.import_csv(b"email\na@example.com\n", status="sleeping")
        self.assert_api_error(caught.exception, 400, "invalid_request", "status")
        with self.assertRaises(GrivoError) as caught:
            self.client.contacts.import_csv(b"email\na@example.com\n", filename="a.csv", status="sleeping")
        self.assert_api_error(caught.exception, 400, "invalid_request", "status")

    # -- campaigns -------------------------------------------------------------------

    def test_campaigns(self) -> None:
        campaigns = self.client.campaigns
        tag = unique("news")
        people = [self.client.contacts.create(email=f"{unique('r')}@example.com", first_name="Reader", tags=[tag]) for _ in range(3)]

        draft = campaigns.create(
            name="Spring news",
            subject="Hi {{ first_name }}",
            from_email="news@example.com",
            html="<p>Hello {{ first_name }}, read <a href='https://example.com/spring'>this</a>.</p>",
            audience={"tags": [tag], "match": "any"},
        )
        self.assertTrue(draft["id"].startswith("cmp_"))
        self.assertEqual(draft["status"], "draft")
        self.assertEqual(campaigns.get(draft["id"]), draft)
        updated = campaigns.update(draft["id"], from_name="The Shop", subject="Hello {{ first_name }}")
        self.assertEqual((updated["from_name"], updated["subject"]), ("The Shop", "Hello {{ first_name }}"))
        self.assertIn(draft["id"], [c["id"] for c in campaigns.list(status="draft")])

        preview = campaigns.preview(subject=updated["subject"], html=updated["html"], contact_id=people[0]["id"])
        self.assertEqual(preview["subject"], "Hello Reader")
        self.assertIn("Hello Reader", preview["html"])
        self.assertEqual(campaigns.audience(tags=[tag])["recipients"], 3)
        self.assertEqual(campaigns.audience(tags=[tag, unique("none")], match="all")["recipients"], 0)

        tested = campaigns.test(draft["id"], emails=["qa@example.com"])
        self.assertEqual(tested["data"][0]["email"], "qa@example.com")
        self.assertEqual(tested["data"][0]["status"], "sent")

        # An attribute is a variable of its own; tests and previews render as a chosen contact.
        customer = self.client.contacts.create(
            email=f"{unique('c')}@example.com", first_name="Cleo", attributes={"company": "Northwind"}
        )
        preview = campaigns.preview(
            subject="{{ first_name }} at {{ company | default: 'your team' }}", html="<p>{{ company }}</p>", contact_id=customer["id"]
        )
        self.assertEqual(preview["subject"], "Cleo at Northwind")
        self.assertIn("<p>Northwind</p>", preview["html"])
        as_customer = campaigns.test(draft["id"], emails=["qa@example.com"], contact_id=customer["id"])
        self.assertEqual(as_customer["data"], [{"email": "qa@example.com", "status": "sent", "error": None}])
        with self.assertRaises(GrivoError) as caught:
            campaigns.test(draft["id"], emails=["qa@example.com"], contact_id="ct_nobody")
        self.assert_api_error(caught.exception, 404, "not_found", "contact_id")

        with self.assertRaises(GrivoError) as caught:
            campaigns.pause(draft["id"])
        self.assert_api_error(caught.exception, 409, "invalid_campaign_state", None)
        with self.assertRaises(GrivoError) as caught:
            campaigns.resume(draft["id"])
        self.assertEqual(caught.exception.code, "invalid_campaign_state")

        # Scheduled, then cancelled.
        later = datetime.now(timezone.utc) + timedelta(days=7)
        scheduled = campaigns.send(draft["id"], send_at=later)
        self.assertEqual(scheduled["status"], "scheduled")
        self.assertIsNotNone(scheduled["scheduled_at"])
        self.assertEqual(campaigns.cancel(draft["id"])["status"], "cancelled")
        with self.assertRaises(GrivoError) as caught:
            campaigns.update(draft["id"], name="Too late")
        self.assert_api_error(caught.exception, 409, "invalid_campaign_state", None)

        # Sent now, to the three subscribed contacts.
        now = campaigns.create(
            name="Now", subject="News", from_email="news@example.com", html="<p>News</p>", audience={"tags": [tag]}
        )
        sending = campaigns.send(now["id"])
        self.assertIn(sending["status"], ("sending", "sent"))
        sent = wait_until(lambda: (lambda c: c if c["status"] in ("sent", "failed") else None)(campaigns.get(now["id"])), "campaign send")
        self.assertEqual((sent["status"], sent["recipients"], sent["sent"]), ("sent", 3, 3))
        stats = campaigns.stats(now["id"])
        self.assertEqual((stats["id"], stats["recipients"], stats["sent"], stats["failed"]), (now["id"], 3, 3, 0))
        with self.assertRaises(GrivoError) as caught:
            campaigns.delete(now["id"])
        self.assertEqual((caught.exception.status, caught.exception.code), (409, "invalid_campaign_state"))

        # A draft can be deleted.
        gone = campaigns.create(name="Gone", subject="x", from_email="news@example.com", html="<p>x</p>")
        self.assertEqual(campaigns.delete(gone["id"]), {"id": gone["id"], "deleted": True})
        with self.assertRaises(GrivoError) as caught:
            campaigns.get(gone["id"])
        self.assert_api_error(caught.exception, 404, "not_found", "id")

    def test_invalid_template_is_a_400(self) -> None:
        with self.assertRaises(GrivoError) as caught:
            self.client.campaigns.create(name="Bad", subject="{{ oops", from_email="a@example.com", html="<p>x</p>")
        self.assertEqual((caught.exception.status, caught.exception.code), (400, "invalid_template"))
        self.assertEqual(caught.exception.param, "subject")

    def test_campaign_duplicate(self) -> None:
        original = self.client.campaigns.create(
            name="Original", subject="Hi", from_email="news@example.com", html="<p>Hi</p>"
        )
        copy = self.client.campaigns.duplicate(original["id"])
        self.assertNotEqual(copy["id"], original["id"])
        self.assertEqual((copy["name"], copy["status"], copy["subject"]), ("Original (copy)", "draft", "Hi"))

    # -- templates, emails, settings -------------------------------------------------

    def test_templates_and_emails(self) -> None:
        template = self.client.templates.create(
            name="Password reset",
            subject="Reset your password, {{ first_name }}",
            html="<p><a href='{{ reset_url }}'>Choose a new password</a></p>",
        )
        self.assertTrue(template["id"].startswith("tpl_"))
        self.assertEqual((template["markdown"], template["text"]), (None, None))
        self.assertEqual(self.client.templates.get(template["id"]), template)
        self.assertEqual(self.client.templates.update(template["id"], name="Reset")["name"], "Reset")
        self.assertIn(template["id"], [t["id"] for t in self.client.templates.list()])
        with self.assertRaises(GrivoError) as caught:
            self.client.templates.create(name="Bad", subject="{{ oops", html="<p>x</p>")
        self.assertEqual((caught.exception.status, caught.exception.code), (400, "invalid_template"))
        self.assertEqual(caught.exception.param, "subject")
        starters = list(self.client.templates.starters())
        self.assertIn("newsletter", [s["id"] for s in starters])
        letter = self.client.templates.create(starter="plain-letter", name="Note")
        self.assertEqual((letter["name"], letter["html"]), ("Note", starters[2]["html"]))

        settings = self.client.settings.update(default_from_name="Acme", default_from_email="hello@acme.test")
        self.assertEqual(
            {k: settings[k] for k in ("default_from_name", "default_from_email")},
            {"default_from_name": "Acme", "default_from_email": "hello@acme.test"},
        )
        self.assertEqual(self.client.settings.get(), settings)

        to = f"{unique('reset')}@example.com"
        email = self.client.emails.send(
            to=to,
            template_id=template["id"],
            data={"first_name": "Ada", "reset_url": "https://acme.test/reset/1"},
            tags=["reset"],
        )
        self.assertEqual(
            (email["to"], email["from_email"], email["from_name"], email["subject"], email["template_id"], email["tags"]),
            (to, "hello@acme.test", "Acme", "Reset your password, Ada", template["id"], ["reset"]),
        )
        self.assertNotEqual(email["status"], "suppressed")
        self.assertEqual(self.client.emails.get(email["id"])["subject"], "Reset your password, Ada")
        self.assertEqual([e["id"] for e in self.client.emails.list(to=to.upper())], [email["id"]])

        # The same Idempotency-Key sends once.
        key = str(uuid.uuid4())
        once = self.client.emails.send(to=to, subject="Once", text="Once", idempotency_key=key)
        self.assertEqual(self.client.emails.send(to=to, subject="Once", text="Once", idempotency_key=key)["id"], once["id"])

        self.client.settings.update(default_from_name=None, default_from_email=None)
        with self.assertRaises(GrivoError) as caught:
            self.client.emails.send(to=to, subject="Hi", text="Hi")
        self.assert_api_error(caught.exception, 400, "invalid_request", "from_email")
        self.assertEqual(self.client.templates.delete(template["id"]), {"id": template["id"], "deleted": True})

    # -- suppressions ----------------------------------------------------------------

    def test_suppressions(self) -> None:
        address = f"{unique('gone')}+tag@example.com"
        added = self.client.suppressions.create(email=address)
        self.assertEqual((added["email"], added["reason"]), (address, "manual"))
        self.assertEqual(self.client.suppressions.create(email=address, reason="complaint")["reason"], "manual")
        self.assertEqual([s["email"] for s in self.client.suppressions.list(email=address.upper())], [address])

        email = self.client.emails.send(to=address, from_email="a@example.com", subject="Hi", text="Hi")
        self.assertEqual(email["status"], "suppressed")
        self.assertIn(email["id"], [e["id"] for e in self.client.emails.list(status="suppressed")])

        # The address is one escaped path segment: its + and @ reach the server as they are.
        self.assertIsNone(self.client.suppressions.delete(address))
        self.assertEqual(list(self.client.suppressions.list(email=address)), [])
        with self.assertRaises(GrivoError) as caught:
            self.client.suppressions.delete(address)
        self.assertEqual((caught.exception.status, caught.exception.code), (404, "not_found"))

    # -- webhooks --------------------------------------------------------------------

    def test_webhook_endpoints_and_events(self) -> None:
        hooks = self.client.webhook_endpoints
        endpoint = hooks.create(url="https://hooks.example.com/grivo", events=["contact.created"], description="CRM")
        self.assertTrue(endpoint["secret"].startswith("whsec_"))
        self.assertEqual((endpoint["events"], endpoint["enabled"]), (["contact.created"], True))
        read = hooks.get(endpoint["id"])
        self.assertNotIn("secret", read)
        self.assertEqual(hooks.update(endpoint["id"], events=["*"])["events"], ["*"])
        self.assertIn(endpoint["id"], [e["id"] for e in hooks.list()])

        rolled = hooks.roll_secret(endpoint["id"])
        self.assertTrue(rolled["secret"].startswith("whsec_"))
        self.assertNotEqual(rolled["secret"], endpoint["secret"])

        ping = hooks.test(endpoint["id"])
        self.assertEqual((ping["endpoint_id"], ping["event_type"]), (endpoint["id"], "ping"))
        self.assertIn(ping["id"], [d["id"] for d in hooks.deliveries.list(endpoint["id"])])
        self.assertEqual(hooks.deliveries.retry(endpoint["id"], ping["id"])["id"], ping["id"])
        event = self.client.events.get(ping["event_id"])
        self.assertEqual((event["id"], event["type"]), (ping["event_id"], "ping"))
        self.assertIn(event["id"], [e["id"] for e in self.client.events.list(type="ping")])

        self.assertEqual(hooks.delete(endpoint["id"]), {"id": endpoint["id"], "deleted": True})
        with self.assertRaises(GrivoError) as caught:
            hooks.get(endpoint["id"])
        self.assert_api_error(caught.exception, 404, "not_found", "id")

    # -- audit log -------------------------------------------------------------------

    def test_audit_log(self) -> None:
        # The key was made with `grivo keys create`: the command line is its actor.
        created = list(self.client.audit_log.list(action="api_key.created"))
        self.assertEqual(created[-1]["actor"], {"type": "system", "id": None, "label": "Command line"})
        self.assertEqual(created[-1]["details"], {"name": "pysdk"})
        endpoint = self.client.webhook_endpoints.create(url="https://hooks.example.com/audit", events=["*"])
        self.client.webhook_endpoints.delete(endpoint["id"])
        page = self.client.audit_log.list(resource_type="webhook_endpoint", actor_type="api_key").first_page()
        mine = [e for e in page["data"] if e["resource"]["id"] == endpoint["id"]]
        self.assertEqual([e["action"] for e in mine], ["webhook_endpoint.deleted", "webhook_endpoint.created"])
        self.assertEqual(mine[0]["actor"]["label"], "pysdk")
        self.assertEqual(self.client.audit_log.list(until="2000-01-01").first_page()["total"], 0)
        self.assertGreater(self.client.audit_log.list(since="2000-01-01T00:00:00Z").first_page()["total"], 2)
        with self.assertRaises(GrivoError) as caught:
            self.client.audit_log.list(since="yesterday").first_page()
        self.assert_api_error(caught.exception, 400, "invalid_request", "since")

    def test_inbound_webhooks(self) -> None:
        inbound = self.client.inbound_webhooks.create(provider="mailgun", signing_key="key-test", description="EU")
        self.assertEqual((inbound["provider"], inbound["description"]), ("mailgun", "EU"))
        self.assertIn("/mailgun/", inbound["url"])
        self.assertEqual(self.client.inbound_webhooks.get(inbound["id"])["url"], inbound["url"])
        self.assertIn(inbound["id"], [i["id"] for i in self.client.inbound_webhooks.list()])
        with self.assertRaises(GrivoError) as caught:
            self.client.inbound_webhooks.create(provider="sendgrid")
        self.assertEqual((caught.exception.status, caught.exception.param), (400, "signing_key"))
        self.assertEqual(self.client.inbound_webhooks.delete(inbound["id"]), {"id": inbound["id"], "deleted": True})

    def test_segments_bulk_actions_and_erasure(self) -> None:
        c = self.client
        tag = unique("seg")
        a = c.contacts.create(email=f"{tag}-a@example.com", tags=[tag])
        b = c.contacts.create(email=f"{tag}-b@example.com", tags=[tag])
        conditions = [{"field": "tags", "op": "contains", "value": tag}]
        self.assertEqual(c.segments.count(conditions=conditions)["contacts"], 2)
        segment = c.segments.create(name="Tagged", conditions=conditions)
        self.assertTrue(segment["id"].startswith("seg_"))
        self.assertEqual(segment["contacts"], 2)
        self.assertEqual(c.segments.get(segment["id"])["name"], "Tagged")

        started = c.contacts.bulk.create(action="tag", tags=[f"{tag}-vip"], segment=segment["id"])
        done = c.contacts.bulk.wait(started["id"], poll_interval=0.05, timeout=30)
        self.assertEqual((done["status"], done["changed"]), ("done", 2))
        self.assertIn(f"{tag}-vip", c.contacts.get(a["id"])["tags"])
        self.assertEqual(list(c.tags.list(search=f"{tag}-vip")), [{"tag": f"{tag}-vip", "contacts": 2}])

        self.assertEqual(c.contacts.export_data(b["id"])["contact"]["email"], f"{tag}-b@example.com")
        erased = c.contacts.erase(b["id"])
        self.assertEqual((erased["id"], erased["erased"]), (b["id"], True))
        with self.assertRaises(GrivoError) as missing:
            c.contacts.get(b["id"])
        self.assertEqual(missing.exception.status, 404)
        self.assertEqual(c.segments.delete(segment["id"]), {"id": segment["id"], "deleted": True})

    def test_raw_request_escape_hatch(self) -> None:
        page = self.client.request("GET", "/chatbots", query={"per_page": 1})
        self.assertEqual(set(page), {"data", "total", "page", "per_page", "has_more"})
        with urllib.request.urlopen(self.server.url + "/healthz") as response:
            self.assertEqual(response.status, 200)


class SqliteApiTests(ApiTests, unittest.TestCase):
    engine = "sqlite"


@unittest.skipUnless(TEST_DATABASE_URL, "TEST_DATABASE_URL is not set")
class PostgresApiTests(ApiTests, unittest.TestCase):
    engine = "postgres"


if __name__ == "__main__":
    unittest.main()
