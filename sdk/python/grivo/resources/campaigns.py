from __future__ import annotations

import os
from typing import IO, Any, Optional, Sequence, Union

from .._pagination import Paginator
from ..types import (
    AudienceCount,
    Campaign,
    CampaignPreview,
    CampaignRecipient,
    CampaignStats,
    Deleted,
    TestSendResult,
)
from ._base import Resource, seg


class Campaigns(Resource):
    """``/v1/campaigns``: email campaigns to contacts chosen by tags."""

    def list(
        self, *, status: Optional[str] = None, page: Optional[int] = None, per_page: Optional[int] = None
    ) -> Paginator[Campaign]:
        return Paginator(
            lambda q: self._get("/campaigns", q), {"status": status, "page": page, "per_page": per_page}
        )

    def create(
        self,
        *,
        name: str,
        subject: str,
        from_email: str,
        html: str,
        idempotency_key: Optional[str] = None,
        **fields: Any,
    ) -> Campaign:
        """Creates a draft. Other fields: ``from_name``, ``reply_to``, ``text`` and ``audience``
        (``{"tags": [...], "match": "any" | "all"}``; no tags: every subscribed contact).
        ``subject``, ``html`` and ``text`` are Liquid templates (``{{ first_name }}``)."""
        body = {"name": name, "subject": subject, "from_email": from_email, "html": html, **fields}
        return self._post("/campaigns", body, idempotency_key=idempotency_key)

    def get(self, campaign_id: str) -> Campaign:
        return self._get(f"/campaigns/{seg(campaign_id)}")

    def update(self, campaign_id: str, **fields: Any) -> Campaign:
        """Only while draft or scheduled (else GrivoError ``invalid_campaign_state``, 409)."""
        return self._patch(f"/campaigns/{seg(campaign_id)}", fields)

    def delete(self, campaign_id: str) -> Deleted:
        """Only while draft or scheduled."""
        return self._delete(f"/campaigns/{seg(campaign_id)}")

    def duplicate(self, campaign_id: str, *, idempotency_key: Optional[str] = None) -> Campaign:
        """A new draft with the same templates, sender and audience, named "<name> (copy)";
        from a campaign in any status."""
        return self._post(f"/campaigns/{seg(campaign_id)}/duplicate", idempotency_key=idempotency_key)

    def send(
        self, campaign_id: str, *, send_at: Any = None, idempotency_key: Optional[str] = None
    ) -> Campaign:
        """Starts sending a draft now, or at ``send_at`` (ISO 8601 text or an aware datetime)."""
        body = {} if send_at is None else {"send_at": _iso(send_at)}
        return self._post(f"/campaigns/{seg(campaign_id)}/send", body, idempotency_key=idempotency_key)

    def test(self, campaign_id: str, *, emails: Sequence[str], contact_id: Optional[str] = None) -> TestSendResult:
        """Sends it now to up to 5 addresses, "[Test]" before the subject; not counted in the stats.

        Rendered as ``contact_id`` when given, else as the workspace's contact of each address."""
        body: dict = {"emails": list(emails)}
        if contact_id is not None:
            body["contact_id"] = contact_id
        return self._post(f"/campaigns/{seg(campaign_id)}/test", body)

    def pause(self, campaign_id: str) -> Campaign:
        return self._post(f"/campaigns/{seg(campaign_id)}/pause")

    def resume(self, campaign_id: str) -> Campaign:
        return self._post(f"/campaigns/{seg(campaign_id)}/resume")

    def cancel(self, campaign_id: str) -> Campaign:
        return self._post(f"/campaigns/{seg(campaign_id)}/cancel")

    def stats(self, campaign_id: str) -> CampaignStats:
        return self._get(f"/campaigns/{seg(campaign_id)}/stats")

    def preview(
        self,
        *,
        subject: str,
        html: str,
        text: Optional[str] = None,
        contact_id: Optional[str] = None,
    ) -> CampaignPreview:
        """Renders templates as a recipient gets them, for ``contact_id`` or a sample contact."""
        body: dict = {"subject": subject, "html": html}
        if text is not None:
            body["text"] = text
        if contact_id is not None:
            body["contact_id"] = contact_id
        return self._post("/campaigns/preview", body)

    def audience(self, *, tags: Optional[Sequence[str]] = None, match: Optional[str] = None) -> AudienceCount:
        """How many subscribed contacts an audience would reach now."""
        body: dict = {}
        if tags is not None:
            body["tags"] = list(tags)
        if match is not None:
            body["match"] = match
        return self._post("/campaigns/audience", body)

    def recipients(
        self,
        campaign_id: str,
        *,
        event: Optional[str] = None,
        page: Optional[int] = None,
        per_page: Optional[int] = None,
    ) -> Paginator[CampaignRecipient]:
        """The recipients to whom ``event`` happened (``sent`` by default; ``opened``, ``clicked``,
        ``bounced``, ``unsubscribed``, ``failed``), newest first."""
        path = f"/campaigns/{seg(campaign_id)}/recipients"
        return Paginator(lambda q: self._get(path, q), {"event": event, "page": page, "per_page": per_page})

    def export_recipients(
        self,
        campaign_id: str,
        *,
        event: Optional[str] = None,
        file: Union[None, str, "os.PathLike[str]", IO[bytes]] = None,
    ) -> Optional[str]:
        """The same recipients as CSV: returned as text, or written to ``file`` (a path or a
        binary file, streamed) and None returned."""
        return self._download(f"/campaigns/{seg(campaign_id)}/recipients/export", {"event": event}, file)


def _iso(value: Any) -> str:
    if hasattr(value, "isoformat"):
        if getattr(value, "tzinfo", None) is None:
            raise ValueError("send_at must be timezone-aware (e.g. datetime.now(timezone.utc)).")
        return value.isoformat()
    return str(value)
