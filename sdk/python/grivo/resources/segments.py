from __future__ import annotations

from typing import Any, Dict, Optional, Sequence

from .._pagination import Paginator
from ..types import Deleted, Segment, SegmentCount
from ._base import Resource, seg


class Segments(Resource):
    """``/v1/segments``: saved conditions on contacts, usable as ``contacts.list(segment=...)``
    or as a campaign audience (``{"segment": "seg_..."}``)."""

    def list(self, *, page: Optional[int] = None, per_page: Optional[int] = None) -> Paginator[Segment]:
        """Every segment, newest first (iterate), or one page (``.first_page()``)."""
        return Paginator(lambda q: self._get("/segments", q), {"page": page, "per_page": per_page})

    def create(
        self,
        *,
        name: str,
        conditions: Optional[Sequence[Dict[str, Any]]] = None,
        match: Optional[str] = None,
        idempotency_key: Optional[str] = None,
    ) -> Segment:
        """Saves conditions (``{"field", "op", "value"}``, up to 20) matched ``all`` (default) or
        ``any``; no conditions: every contact. The answer holds its live count (``contacts``)."""
        body: Dict[str, Any] = {"name": name, **_conditions(conditions, match)}
        return self._post("/segments", body, idempotency_key=idempotency_key)

    def count(
        self, *, conditions: Optional[Sequence[Dict[str, Any]]] = None, match: Optional[str] = None
    ) -> SegmentCount:
        """How many contacts conditions match now (and how many are subscribed), saving nothing."""
        return self._post("/segments/count", _conditions(conditions, match))

    def get(self, segment_id: str) -> Segment:
        return self._get(f"/segments/{seg(segment_id)}")

    def update(self, segment_id: str, **fields: Any) -> Segment:
        """Changes ``name``, ``match`` or ``conditions`` (which replaces every condition)."""
        return self._patch(f"/segments/{seg(segment_id)}", fields)

    def delete(self, segment_id: str) -> Deleted:
        return self._delete(f"/segments/{seg(segment_id)}")


def _conditions(conditions: Optional[Sequence[Dict[str, Any]]], match: Optional[str]) -> Dict[str, Any]:
    body: Dict[str, Any] = {}
    if match is not None:
        body["match"] = match
    if conditions is not None:
        body["conditions"] = [dict(c) for c in conditions]
    return body
