from __future__ import annotations

from typing import Optional

from .._pagination import Paginator
from ..types import Deleted, InboundWebhook
from ._base import Resource, seg


class InboundWebhooks(Resource):
    """``/v1/inbound-webhooks``: URLs a mail provider reports bounces, complaints and deliveries to."""

    def list(self, *, page: Optional[int] = None, per_page: Optional[int] = None) -> Paginator[InboundWebhook]:
        return Paginator(lambda q: self._get("/inbound-webhooks", q), {"page": page, "per_page": per_page})

    def create(
        self,
        *,
        provider: str,
        signing_key: Optional[str] = None,
        description: Optional[str] = None,
        idempotency_key: Optional[str] = None,
    ) -> InboundWebhook:
        """``provider``: ses, sendgrid, postmark, mailgun or generic. ``signing_key``: required
        for sendgrid (the verification key) and mailgun (the signing key); ``user:password``
        for postmark's basic auth; a secret of 16+ characters for generic; none for ses.
        Answers with the ``url`` to give the provider."""
        body = {"provider": provider}
        if signing_key is not None:
            body["signing_key"] = signing_key
        if description is not None:
            body["description"] = description
        return self._post("/inbound-webhooks", body, idempotency_key=idempotency_key)

    def get(self, inbound_webhook_id: str) -> InboundWebhook:
        """With its URL (the signing key is never shown again)."""
        return self._get(f"/inbound-webhooks/{seg(inbound_webhook_id)}")

    def delete(self, inbound_webhook_id: str) -> Deleted:
        """Its URL answers 404 from now on."""
        return self._delete(f"/inbound-webhooks/{seg(inbound_webhook_id)}")
