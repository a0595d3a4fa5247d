from __future__ import annotations

from typing import Any, Optional, Sequence

from .._pagination import Paginator
from ..types import Deleted, WebhookDelivery, WebhookEndpoint
from ._base import Resource, seg


class WebhookEndpoints(Resource):
    """``/v1/webhook-endpoints``: URLs the workspace's events are POSTed to, signed.

    Verify what arrives with ``grivo.webhooks.construct_event``."""

    def __init__(self, transport: Any) -> None:
        super().__init__(transport)
        self.deliveries = Deliveries(transport)

    def list(self, *, page: Optional[int] = None, per_page: Optional[int] = None) -> Paginator[WebhookEndpoint]:
        """Every endpoint, newest first, without their secrets."""
        return Paginator(lambda q: self._get("/webhook-endpoints", q), {"page": page, "per_page": per_page})

    def create(
        self,
        *,
        url: str,
        events: Sequence[str],
        idempotency_key: Optional[str] = None,
        **fields: Any,
    ) -> WebhookEndpoint:
        """Adds an endpoint for the event types listed (``["*"]`` for all); other field:
        ``description``. The answer holds its signing ``secret`` (``whsec_...``), shown only now."""
        body = {"url": url, "events": list(events), **fields}
        return self._post("/webhook-endpoints", body, idempotency_key=idempotency_key)

    def get(self, endpoint_id: str) -> WebhookEndpoint:
        return self._get(f"/webhook-endpoints/{seg(endpoint_id)}")

    def update(self, endpoint_id: str, **fields: Any) -> WebhookEndpoint:
        """Changes ``url``, ``events``, ``description``; ``enabled=True`` re-enables an endpoint
        disabled after 3 days of failures."""
        return self._patch(f"/webhook-endpoints/{seg(endpoint_id)}", fields)

    def delete(self, endpoint_id: str) -> Deleted:
        """Deletes the endpoint and its delivery log."""
        return self._delete(f"/webhook-endpoints/{seg(endpoint_id)}")

    def roll_secret(self, endpoint_id: str) -> WebhookEndpoint:
        """A new signing ``secret``, shown only now; the old one signs nothing more."""
        return self._post(f"/webhook-endpoints/{seg(endpoint_id)}/roll-secret")

    def test(self, endpoint_id: str) -> WebhookDelivery:
        """Sends a ``ping`` event to this endpoint only (enabled or not); answers with its delivery (202)."""
        return self._post(f"/webhook-endpoints/{seg(endpoint_id)}/test")


class Deliveries(Resource):
    """``/v1/webhook-endpoints/{id}/deliveries``: the events sent to an endpoint, with their attempts."""

    def list(
        self,
        endpoint_id: str,
        *,
        status: Optional[str] = None,
        page: Optional[int] = None,
        per_page: Optional[int] = None,
    ) -> Paginator[WebhookDelivery]:
        """Newest first; ``status`` (pending, succeeded, failed) filters."""
        return Paginator(
            lambda q: self._get(f"/webhook-endpoints/{seg(endpoint_id)}/deliveries", q),
            {"status": status, "page": page, "per_page": per_page},
        )

    def retry(self, endpoint_id: str, delivery_id: str) -> WebhookDelivery:
        """Puts the delivery back in line (even one that failed for good): attempted within seconds."""
        return self._post(f"/webhook-endpoints/{seg(endpoint_id)}/deliveries/{seg(delivery_id)}/retry")

