from __future__ import annotations

from typing import Optional

from .._pagination import Paginator
from ..types import Event
from ._base import Resource, seg


class Events(Resource):
    """``/v1/events``: the last 30 days of the workspace's events, as webhooks send them."""

    def list(
        self, *, type: Optional[str] = None, page: Optional[int] = None, per_page: Optional[int] = None
    ) -> Paginator[Event]:
        """Newest first; ``type`` (``contact.created``, ``email.bounced``…) filters."""
        return Paginator(lambda q: self._get("/events", q), {"type": type, "page": page, "per_page": per_page})

    def get(self, event_id: str) -> Event:
        return self._get(f"/events/{seg(event_id)}")
