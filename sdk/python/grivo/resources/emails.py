from __future__ import annotations

from typing import Any, Optional

from .._pagination import Paginator
from ..types import Email
from ._base import Resource, seg


class Emails(Resource):
    """``/v1/emails``: transactional emails, one recipient each."""

    def send(self, *, to: str, idempotency_key: Optional[str] = None, **fields: Any) -> Email:
        """Renders the email now and sends it in the background (202). Other fields:
        ``template_id``, or ``subject`` with ``html`` and/or ``text``; ``data`` (a dict:
        each key is a Liquid variable, and ``{{ email }}`` is the recipient); ``from_email``,
        ``from_name``, ``reply_to`` (default the workspace's sender, ``client.settings``);
        ``tags`` (a list).

        Answers with ``status="queued"``, or ``"suppressed"`` (nothing is sent, ``error``
        says why) when the address is on the suppression list. Pass ``idempotency_key``
        to send once even when the call is repeated (another process, a job run twice)."""
        return self._post("/emails", {"to": to, **fields}, idempotency_key=idempotency_key)

    def list(
        self,
        *,
        status: Optional[str] = None,
        to: Optional[str] = None,
        page: Optional[int] = None,
        per_page: Optional[int] = None,
    ) -> Paginator[Email]:
        """Every email, newest first; ``status`` (queued, sent, failed, suppressed, bounced,
        complained, delivered) and ``to`` (any case) filter."""
        return Paginator(
            lambda q: self._get("/emails", q), {"status": status, "to": to, "page": page, "per_page": per_page}
        )

    def get(self, email_id: str) -> Email:
        """An email with its status and its ``events`` (queued, sent, delivered, bounced…)."""
        return self._get(f"/emails/{seg(email_id)}")
