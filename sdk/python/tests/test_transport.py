"""Retries, Idempotency-Key and errors, against a small local HTTP server that misbehaves on purpose."""

from __future__ import annotations

import json
import os
import threading
import time
import unittest
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Dict, List, Tuple
from unittest import mock

from . import _server  # noqa: F401  (puts sdk/python on sys.path)
from grivo import Grivo, GrivoError
from grivo._sse import parse_events

Reply = Tuple[int, Dict[str, str], bytes]


def json_reply(status: int, body: object, headers: Dict[str, str] = None) -> Reply:
    return status, {"Content-Type": "application/json; charset=utf-8", **(headers or {})}, json.dumps(body).encode()


def api_error(status: int, code: str, message: str, headers: Dict[str, str] = None) -> Reply:
    return json_reply(status, {"error": {"code": code, "message": message, "status": status, "request_id": "req_stub"}}, headers)


class StubServer:
    """Answers each path from a script of replies, in order (the last one repeats), and records every request."""

    def __init__(self) -> None:
        self.script: Dict[str, List[Reply]] = {}
        self.requests: List[dict] = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                path = self.path.split("?")[0]
                stub.requests.append(
                    {
                        "method": self.command,
                        "path": self.path,
                        "headers": {k.lower(): v for k, v in self.headers.items()},
                        "body": body,
                        "at": time.monotonic(),
                    }
                )
                replies = stub.script.get(path) or [api_error(404, "route_not_found", "No such route.")]
                status, headers, payload = replies.pop(0) if len(replies) > 1 else replies[0]
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PATCH = do_DELETE = _handle

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


BOT = {"id": "bot_stub", "name": "Stub", "status": "untrained"}


class RetryTests(unittest.TestCase):
    def setUp(self) -> None:
        self.stub = StubServer()
        self.addCleanup(self.stub.close)
        self.client = Grivo(api_key="gk_test", base_url=self.stub.url)

    def test_429_with_retry_after_is_retried_with_the_same_idempotency_key(self) -> None:
        self.stub.script["/v1/chatbots"] = [
            api_error(429, "rate_limit_exceeded", "Slow down.", {"Retry-After": "1"}),
            json_reply(201, BOT),
        ]
        bot = self.client.chatbots.create(name="Stub")
        self.assertEqual(bot, BOT)
        first, second = self.stub.requests
        self.assertEqual([first["method"], second["method"]], ["POST", "POST"])
        key = first["headers"]["idempotency-key"]
        self.assertEqual(uuid.UUID(key).version, 4)
        self.assertEqual(second["headers"]["idempotency-key"], key)
        self.assertEqual(first["body"], second["body"])
        self.assertEqual(json.loads(second["body"]), {"name": "Stub"})
        self.assertEqual(second["headers"]["authorization"], "Bearer gk_test")
        self.assertEqual(second["headers"]["content-type"], "application/json")
        # Retry-After: 1 was honoured (a lower bound; time.sleep never returns early).
        self.assertGreaterEqual(second["at"] - first["at"], 1.0)

    def test_503_then_200_on_a_get(self) -> None:
        self.stub.script["/v1/chatbots/bot_stub"] = [
            api_error(503, "service_unavailable", "Try again."),
            json_reply(200, BOT),
        ]
        self.assertEqual(self.client.chatbots.get("bot_stub"), BOT)
        self.assertEqual(len(self.stub.requests), 2)
        self.assertNotIn("idempotency-key", self.stub.requests[0]["headers"])

    def test_503_then_200_on_a_post_keeps_its_key(self) -> None:
        self.stub.script["/v1/chatbots"] = [api_error(503, "service_unavailable", "Try again."), json_reply(201, BOT)]
        self.client.chatbots.create(name="Stub")
        keys = {r["headers"]["idempotency-key"] for r in self.stub.requests}
        self.assertEqual(len(self.stub.requests), 2)
        self.assertEqual(len(keys), 1)

    def test_each_call_gets_its_own_key_and_a_given_key_is_sent(self) -> None:
        self.stub.script["/v1/chatbots"] = [json_reply(201, BOT)]
        self.client.chatbots.create(name="A")
        self.client.chatbots.create(name="A")
        self.client.chatbots.create(name="A", idempotency_key="my-key-1")
        keys = [r["headers"]["idempotency-key"] for r in self.stub.requests]
        self.assertEqual(len(set(keys[:2])), 2)
        self.assertEqual(keys[2], "my-key-1")

    def test_gives_up_after_max_retries_with_the_last_error(self) -> None:
        self.stub.script["/v1/contacts/ct_1"] = [api_error(503, "service_unavailable", "Down.", {"Retry-After": "0"})]
        client = Grivo(api_key="gk_test", base_url=self.stub.url, max_retries=1)
        with self.assertRaises(GrivoError) as caught:
            client.contacts.get("ct_1")
        error = caught.exception
        self.assertEqual(len(self.stub.requests), 2)
        self.assertEqual((error.status, error.code, error.message), (503, "service_unavailable", "Down."))
        self.assertEqual(error.retry_after, 0.0)
        self.assertEqual(error.request_id, "req_stub")

    def test_default_is_two_retries(self) -> None:
        self.stub.script["/v1/contacts/ct_1"] = [api_error(500, "internal_error", "Boom.", {"Retry-After": "0"})]
        with self.assertRaises(GrivoError):
            self.client.contacts.get("ct_1")
        self.assertEqual(len(self.stub.requests), 3)

    def test_client_errors_are_not_retried(self) -> None:
        self.stub.script["/v1/chatbots"] = [api_error(400, "invalid_request", "name must not be empty.")]
        with self.assertRaises(GrivoError) as caught:
            self.client.chatbots.create(name="")
        self.assertEqual(len(self.stub.requests), 1)
        self.assertEqual(caught.exception.status, 400)

    def test_a_retry_after_beyond_max_retry_delay_is_raised_not_waited(self) -> None:
        self.stub.script["/v1/chatbots"] = [api_error(429, "rate_limit_exceeded", "Later.", {"Retry-After": "3600"})]
        with self.assertRaises(GrivoError) as caught:
            self.client.chatbots.list().first_page()
        self.assertEqual(len(self.stub.requests), 1)
        self.assertEqual(caught.exception.retry_after, 3600.0)
        self.assertEqual(caught.exception.code, "rate_limit_exceeded")

    def test_a_non_json_error_is_an_http_error(self) -> None:
        self.stub.script["/v1/chatbots"] = [(502, {"Content-Type": "text/html", "X-Request-Id": "req_proxy"}, b"<h1>Bad gateway</h1>")]
        client = Grivo(api_key="gk_test", base_url=self.stub.url, max_retries=0)
        with self.assertRaises(GrivoError) as caught:
            client.chatbots.list().first_page()
        self.assertEqual((caught.exception.code, caught.exception.status), ("http_error", 502))
        self.assertEqual(caught.exception.request_id, "req_proxy")

    def test_pagination_follows_has_more(self) -> None:
        page = lambda n, more: json_reply(  # noqa: E731
            200, {"data": [{"id": f"bot_{n}a"}, {"id": f"bot_{n}b"}], "total": 5, "page": n, "per_page": 2, "has_more": more}
        )
        self.stub.script["/v1/chatbots"] = [page(1, True), page(2, True), page(3, False)]
        ids = [bot["id"] for bot in self.client.chatbots.list(per_page=2)]
        self.assertEqual(ids, ["bot_1a", "bot_1b", "bot_2a", "bot_2b", "bot_3a", "bot_3b"])
        self.assertEqual([r["path"] for r in self.stub.requests], [
            "/v1/chatbots?per_page=2&page=1",
            "/v1/chatbots?per_page=2&page=2",
            "/v1/chatbots?per_page=2&page=3",
        ])


class ConnectionTests(unittest.TestCase):
    def test_a_closed_port_is_a_network_error(self) -> None:
        port = _server.free_port()  # nothing listens there
        client = Grivo(api_key="gk_test", base_url=f"http://127.0.0.1:{port}", max_retries=1)
        with self.assertRaises(GrivoError) as caught:
            client.chatbots.list().first_page()
        error = caught.exception
        self.assertEqual(error.code, "network_error")
        self.assertIsNone(error.status)
        self.assertIn(f"127.0.0.1:{port}", error.message)

    def test_a_missing_key_is_refused_at_once(self) -> None:
        with mock.patch.dict(os.environ, {}, clear=False):
            os.environ.pop("GRIVO_API_KEY", None)
            with self.assertRaises(GrivoError) as caught:
                Grivo()
        self.assertEqual(caught.exception.code, "missing_api_key")
        self.assertIn("GRIVO_API_KEY", caught.exception.message)

    def test_key_and_url_come_from_the_environment(self) -> None:
        with mock.patch.dict(os.environ, {"GRIVO_API_KEY": "gk_env", "GRIVO_URL": "https://grivo.example.com/v1/"}):
            client = Grivo()
        self.assertEqual(client.base_url, "https://grivo.example.com")
        with mock.patch.dict(os.environ, {"GRIVO_API_KEY": "gk_env"}):
            os.environ.pop("GRIVO_URL", None)
            self.assertEqual(Grivo().base_url, "http://localhost:3000")


class EventStreamTests(unittest.TestCase):
    def test_parses_events_across_lines(self) -> None:
        raw = (
            b": comment\n"
            b"event: meta\ndata: {\"answered\": true}\n\n"
            b"event: delta\r\ndata: {\"text\": \"Hel\"}\r\n\r\n"
            b"data: first\ndata: second\n\n"
            b"event: done\ndata: {\"answer\": \"Hello\"}"
        )
        events = list(parse_events(iter(raw.splitlines(keepends=True))))
        self.assertEqual([e.event for e in events], ["meta", "delta", "message", "done"])
        self.assertEqual(events[0].data, {"answered": True})
        self.assertEqual(events[1].data, {"text": "Hel"})
        self.assertEqual(events[2].data, "first\nsecond")
        self.assertEqual(events[3].data, {"answer": "Hello"})


if __name__ == "__main__":
    unittest.main()
