"""construct_event against signatures computed here the way the scheme defines them
(HMAC-SHA256 of "<t>.<body>"), and every way a delivery can be refused."""

from __future__ import annotations

import hashlib
import hmac
import unittest

from . import _server  # noqa: F401  (puts sdk/python on sys.path)
from grivo import GrivoError
from grivo.webhooks import construct_event, sign_payload

SECRET = "whsec_test0123456789abcdefghijklmnop"
BODY = b'{"id":"evt_1","type":"contact.created","created_at":"2026-12-06T10:00:00.000Z","data":{"email":"a@example.com"}}'
NOW = 1_796_000_000


def header(body: bytes = BODY, secret: str = SECRET, t: int = NOW) -> str:
    mac = hmac.new(secret.encode(), f"{t}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={t},v1={mac}"


class ConstructEventTests(unittest.TestCase):
    def refused(self, body, signature, secret=SECRET, **kwargs) -> GrivoError:
        with self.assertRaises(GrivoError) as caught:
            construct_event(body, signature, secret, now=NOW, **kwargs)
        self.assertEqual(caught.exception.code, "invalid_signature")
        return caught.exception

    def test_a_valid_delivery_gives_its_event(self) -> None:
        event = construct_event(BODY, header(), SECRET, now=NOW + 10)
        self.assertEqual(event["type"], "contact.created")
        self.assertEqual(event["data"], {"email": "a@example.com"})
        self.assertEqual(construct_event(BODY.decode(), header(), SECRET, now=NOW)["id"], "evt_1")

    def test_sign_payload_matches_the_scheme(self) -> None:
        self.assertEqual(sign_payload(BODY, SECRET, NOW), header())

    def test_any_of_several_v1_signatures_may_match(self) -> None:
        other = header(secret="whsec_old").split(",")[1]
        construct_event(BODY, f"{header()},{other}", SECRET, now=NOW)
        construct_event(BODY, f"t={NOW},{other},{header().split(',')[1]}", SECRET, now=NOW)

    def test_a_changed_body_or_secret_is_refused(self) -> None:
        self.refused(BODY.replace(b"a@example", b"b@example"), header())
        self.refused(BODY, header(), secret="whsec_wrong")
        self.refused(BODY + b" ", header())

    def test_a_missing_or_malformed_header_is_refused(self) -> None:
        self.assertIn("missing", self.refused(BODY, None).message)
        self.assertIn("malformed", self.refused(BODY, "v1=abc").message)
        self.assertIn("malformed", self.refused(BODY, f"t={NOW}").message)
        self.refused(BODY, header().replace("v1=", "v0="))

    def test_an_old_signature_is_a_replay(self) -> None:
        self.assertIn("300 seconds", self.refused(BODY, header(t=NOW - 301)).message)
        construct_event(BODY, header(t=NOW - 299), SECRET, now=NOW)
        construct_event(BODY, header(t=NOW - 10_000), SECRET, now=NOW, tolerance=0)

    def test_a_signed_body_that_is_not_an_event_is_refused(self) -> None:
        self.refused(b"not json", header(b"not json"))
        self.refused(b"[1,2]", header(b"[1,2]"))


if __name__ == "__main__":
    unittest.main()
