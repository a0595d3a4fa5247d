from __future__ import annotations

import os
from typing import Any, Mapping, Optional

from ._errors import GrivoError
from ._http import Transport
from .resources import (
    AuditLog,
    Campaigns,
    Chatbots,
    Contacts,
    Emails,
    Events,
    Forms,
    InboundWebhooks,
    Segments,
    Settings,
    Suppressions,
    Tags,
    Templates,
    WebhookEndpoints,
)

DEFAULT_BASE_URL = "http://localhost:3000"


class Grivo:
    """A client of one Grivo server's ``/v1`` API.

    - ``api_key``: default the environment variable ``GRIVO_API_KEY``; without one,
      GrivoError ``missing_api_key`` is raised here.
    - ``base_url``: the server (``https://grivo.example.com``; a trailing ``/v1`` is
      accepted too); default ``GRIVO_URL``, then ``http://localhost:3000``.
    - ``timeout``: seconds per request (per read while streaming), default 60.
    - ``max_retries``: extra attempts after a network error, 408, 429 or 5xx, default 2.
      Waits what ``Retry-After`` says (plus jitter), else backs off exponentially
      (about 0.5 s, 1 s, 2 s…). Every POST carries an ``Idempotency-Key`` (uuid4),
      the same on each attempt, so a retried POST runs once.
    - ``max_retry_delay``: a ``Retry-After`` longer than this many seconds (default 60)
      is not waited for: the GrivoError is raised with its ``retry_after``.
    """

    def __init__(
        self,
        api_key: Optional[str] = None,
        *,
        base_url: Optional[str] = None,
        timeout: float = 60.0,
        max_retries: int = 2,
        max_retry_delay: float = 60.0,
        default_headers: Optional[Mapping[str, str]] = None,
    ) -> None:
        key = api_key if api_key is not None else os.environ.get("GRIVO_API_KEY")
        if not key:
            raise GrivoError(
                "No API key: pass Grivo(api_key=...) or set the GRIVO_API_KEY environment variable. "
                "Create one in the dashboard (Settings → API keys) or with `grivo keys create`.",
                code="missing_api_key",
            )
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more.")
        url = base_url or os.environ.get("GRIVO_URL") or DEFAULT_BASE_URL
        url = url.rstrip("/")
        if url.endswith("/v1"):
            url = url[: -len("/v1")]
        if not (url.startswith("http://") or url.startswith("https://")):
            raise ValueError(f"base_url must be an http:// or https:// URL, not {url!r}.")
        self.base_url = url
        self._transport = Transport(
            api_key=key,
            base_url=url,
            timeout=timeout,
            max_retries=max_retries,
            max_retry_delay=max_retry_delay,
            default_headers=default_headers,
        )
        self.chatbots = Chatbots(self._transport)
        self.contacts = Contacts(self._transport)
        self.campaigns = Campaigns(self._transport)
        self.templates = Templates(self._transport)
        self.emails = Emails(self._transport)
        self.settings = Settings(self._transport)
        self.webhook_endpoints = WebhookEndpoints(self._transport)
        self.events = Events(self._transport)
        self.suppressions = Suppressions(self._transport)
        self.inbound_webhooks = InboundWebhooks(self._transport)
        self.segments = Segments(self._transport)
        self.tags = Tags(self._transport)
        self.forms = Forms(self._transport)
        self.audit_log = AuditLog(self._transport)

    def request(self, method: str, path: str, *, query: Any = None, body: Any = None) -> Any:
        """Any ``/v1`` call the resources do not cover yet: ``client.request("GET", "/chatbots")``.
        With the same retries, Idempotency-Key and errors as the rest."""
        return self._transport.request(
            method.upper(), path, query=query, json_body=body, has_body=body is not None
        )

    def close(self) -> None:
        """Nothing to release (each request has its own connection); for symmetry with ``with``."""

    def __enter__(self) -> "Grivo":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Grivo(base_url={self.base_url!r})"
