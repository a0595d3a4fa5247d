from __future__ import annotations

from typing import Optional

from .._pagination import Paginator
from ..types import Suppression
from ._base import Resource, seg


class Suppressions(Resource):
    """``/v1/suppressions``: addresses nothing is sent to (no campaign, no transactional email).

    Hard bounces, repeated soft bounces and complaints are added by themselves."""

    def list(
        self, *, email: Optional[str] = None, page: Optional[int] = None, per_page: Optional[int] = None
    ) -> Paginator[Suppression]:
        """Newest first; ``email`` keeps the addresses that are, or start with, it (any case)."""
        return Paginator(
            lambda q: self._get("/suppressions", q), {"email": email, "page": page, "per_page": per_page}
        )

    def create(
        self, *, email: str, reason: Optional[str] = None, idempotency_key: Optional[str] = None
    ) -> Suppression:
        """Suppresses an address (``reason`` default ``manual``). An address already suppressed
        is answered as it is: its first reason and source are kept."""
        body = {"email": email} if reason is None else {"email": email, "reason": reason}
        return self._post("/suppressions", body, idempotency_key=idempotency_key)

    def delete(self, email: str) -> None:
        """Mail may go to the address again (the address is escaped as one path segment).
        A contact that bounced keeps its status: set it back with ``contacts.update``."""
        return self._delete(f"/suppressions/{seg(email)}")

