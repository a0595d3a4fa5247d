"""One method per /v1 operation: every operation of the OpenAPI document must be reachable
through a method of the client, so a route added to the API without its method fails here."""

from __future__ import annotations

import json
import re
import threading
import unittest
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import List, Optional, Tuple

from . import _server  # noqa: F401  (puts sdk/python on sys.path)
from grivo import Grivo

DOCUMENT = Path(__file__).resolve().parents[3] / "packages" / "sdk" / "openapi.json"
ANY = json.dumps(
    {"id": "x_1", "status": "completed", "data": [], "total": 0, "page": 1, "per_page": 20, "has_more": False}
).encode()


def documented_operations() -> List[Tuple[str, str]]:
    paths = json.loads(DOCUMENT.read_text())["paths"]
    return [
        (method.upper(), path)
        for path, item in paths.items()
        if path.startswith("/v1/") and path != "/v1/openapi.json"
        for method in ("get", "post", "put", "patch", "delete")
        if method in item
    ]


class CoverageTests(unittest.TestCase):
    def setUp(self) -> None:
        seen: List[Tuple[str, str]] = []
        self.seen = seen

        class Handler(BaseHTTPRequestHandler):
            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                seen.append((self.command, self.path.split("?")[0]))
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(ANY)))
                self.end_headers()
                self.wfile.write(ANY)

            do_GET = do_POST = do_PATCH = do_DELETE = _handle

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.client = Grivo(api_key="grv_test_key", base_url=f"http://127.0.0.1:{self.httpd.server_address[1]}", max_retries=0)

    def tearDown(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def test_every_v1_operation_has_a_method(self) -> None:
        c, b, s = self.client, "bot_1", "src_1"
        calls = [
            lambda: c.chatbots.list().first_page(),
            lambda: c.chatbots.create(name="Support"),
            lambda: c.chatbots.get(b),
            lambda: c.chatbots.update(b, name="Help"),
            lambda: c.chatbots.delete(b),
            lambda: c.chatbots.train(b),
            lambda: c.chatbots.pages(b).first_page(),
            lambda: c.chatbots.chat(b, message="hi"),
            lambda: list(c.chatbots.chat_stream(b, message="hi")),
            lambda: c.chatbots.search(b, query="hours"),
            lambda: c.chatbots.analytics(b),
            lambda: c.chatbots.feedback(b, "msg_1", rating="up"),
            lambda: c.chatbots.conversations.list(b).first_page(),
            lambda: c.chatbots.conversations.get(b, "conv_1"),
            lambda: c.chatbots.leads.list(b).first_page(),
            lambda: c.chatbots.leads.export(b),
            lambda: c.chatbots.refused_origins.list(b),
            lambda: c.chatbots.refused_origins.delete(b, "https://shop.example.com"),
            lambda: c.chatbots.sources.list(b).first_page(),
            lambda: c.chatbots.sources.create(b, type="text", title="Hours", text="Open 9 to 5."),
            lambda: c.chatbots.sources.get(b, s),
            lambda: c.chatbots.sources.update(b, s, title="Opening hours"),
            lambda: c.chatbots.sources.delete(b, s),
            lambda: c.chatbots.sources.train(b, s),
            lambda: c.contacts.list().first_page(),
            lambda: c.contacts.create(email="ada@example.com"),
            lambda: c.contacts.get("con_1"),
            lambda: c.contacts.update("con_1", first_name="Ada"),
            lambda: c.contacts.delete("con_1"),
            lambda: c.contacts.import_csv(b"email\nada@example.com\n"),
            lambda: c.contacts.imports.list().first_page(),
            lambda: c.contacts.imports.get("imp_1"),
            lambda: c.contacts.export(),
            lambda: c.campaigns.list().first_page(),
            lambda: c.campaigns.create(name="News", subject="Hi", from_email="a@example.com", html="<p>Hi</p>"),
            lambda: c.campaigns.get("cmp_1"),
            lambda: c.campaigns.update("cmp_1", name="News 2"),
            lambda: c.campaigns.delete("cmp_1"),
            lambda: c.campaigns.send("cmp_1"),
            lambda: c.campaigns.test("cmp_1", emails=["a@example.com"], contact_id="ct_1"),
            lambda: c.campaigns.pause("cmp_1"),
            lambda: c.campaigns.resume("cmp_1"),
            lambda: c.campaigns.cancel("cmp_1"),
            lambda: c.campaigns.stats("cmp_1"),
            lambda: c.campaigns.preview(subject="Hi", html="<p>Hi</p>"),
            lambda: c.campaigns.audience(),
            lambda: c.campaigns.duplicate("cmp_1"),
            lambda: c.templates.list().first_page(),
            lambda: c.templates.starters().first_page(),
            lambda: c.templates.create(name="Reset", subject="Reset", html="<p>Reset</p>"),
            lambda: c.templates.get("tpl_1"),
            lambda: c.templates.update("tpl_1", subject="Reset your password"),
            lambda: c.templates.delete("tpl_1"),
            lambda: c.emails.send(to="ada@example.com", template_id="tpl_1"),
            lambda: c.emails.list().first_page(),
            lambda: c.emails.get("em_1"),
            lambda: c.settings.get(),
            lambda: c.settings.update(default_from_email="hello@example.com"),
            lambda: c.webhook_endpoints.list().first_page(),
            lambda: c.webhook_endpoints.create(url="https://hooks.example.com/grivo", events=["*"]),
            lambda: c.webhook_endpoints.get("we_1"),
            lambda: c.webhook_endpoints.update("we_1", enabled=True),
            lambda: c.webhook_endpoints.delete("we_1"),
            lambda: c.webhook_endpoints.roll_secret("we_1"),
            lambda: c.webhook_endpoints.test("we_1"),
            lambda: c.webhook_endpoints.deliveries.list("we_1").first_page(),
            lambda: c.webhook_endpoints.deliveries.retry("we_1", "whd_1"),
            lambda: c.events.list().first_page(),
            lambda: c.events.get("evt_1"),
            lambda: c.audit_log.list(action="api_key.revoked", since="2026-03-01").first_page(),
            lambda: c.suppressions.list().first_page(),
            lambda: c.suppressions.create(email="ada@example.com"),
            lambda: c.suppressions.delete("ada@example.com"),
            lambda: c.inbound_webhooks.list().first_page(),
            lambda: c.inbound_webhooks.create(provider="generic"),
            lambda: c.inbound_webhooks.get("iw_1"),
            lambda: c.inbound_webhooks.delete("iw_1"),
            lambda: c.segments.list().first_page(),
            lambda: c.segments.create(name="Customers", conditions=[{"field": "tags", "op": "contains", "value": "x"}]),
            lambda: c.segments.count(match="any"),
            lambda: c.segments.get("seg_1"),
            lambda: c.segments.update("seg_1", name="Clients"),
            lambda: c.segments.delete("seg_1"),
            lambda: c.contacts.export_data("con_1"),
            lambda: c.contacts.erase("con_1"),
            lambda: c.contacts.activity("con_1").first_page(),
            lambda: c.contacts.resend_confirmation("con_1"),
            lambda: c.contacts.bulk.create(action="tag", tags=["vip"], ids=["con_1"]),
            lambda: c.contacts.bulk.get("blk_1"),
            lambda: c.tags.list().first_page(),
            lambda: c.campaigns.recipients("cmp_1", event="opened").first_page(),
            lambda: c.campaigns.export_recipients("cmp_1"),
            lambda: c.forms.list().first_page(),
            lambda: c.forms.create(name="Newsletter", consent_text="I agree."),
            lambda: c.forms.get("frm_1"),
            lambda: c.forms.update("frm_1", name="News"),
            lambda: c.forms.delete("frm_1"),
        ]
        for call in calls:
            try:
                call()
            except Exception:  # the stub answers the same JSON to everything: only the request matters
                pass

        documented = documented_operations()
        # Literal paths first, so /v1/contacts/imports is not taken for /v1/contacts/{id}.
        templates = sorted(documented, key=lambda op: op[1].count("{"))

        def operation_of(method: str, path: str) -> Optional[Tuple[str, str]]:
            for m, template in templates:
                if m == method and re.fullmatch(re.sub(r"\{[^}]+\}", "[^/]+", template), path):
                    return (m, template)
            return None

        reached = {operation_of(method, path) or ("unknown", f"{method} {path}") for method, path in self.seen}
        self.assertEqual([op for op in reached if op[0] == "unknown"], [])
        self.assertEqual([op for op in documented if op not in reached], [])
        self.assertGreaterEqual(len(documented), 40)


if __name__ == "__main__":
    unittest.main()
