from __future__ import annotations

from typing import Optional

from .._pagination import Paginator
from ..types import Tag
from ._base import Resource


class Tags(Resource):
    """``/v1/tags``: the tags contacts carry (compared case-insensitively)."""

    def list(
        self, *, search: Optional[str] = None, page: Optional[int] = None, per_page: Optional[int] = None
    ) -> Paginator[Tag]:
        """Every tag with how many contacts carry it, most used first; ``search`` keeps the
        tags starting with the text."""
        return Paginator(lambda q: self._get("/tags", q), {"search": search, "page": page, "per_page": per_page})
