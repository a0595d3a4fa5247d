from __future__ import annotations

from typing import Optional

from .._pagination import Paginator
from ..types import AuditEntry
from ._base import Resource


class AuditLog(Resource):
    """``/v1/audit-log``: who did what in the workspace (keys, sends, exports, erasures, settings)."""

    def list(
        self,
        *,
        action: Optional[str] = None,
        actor_type: Optional[str] = None,
        resource_type: Optional[str] = None,
        since: Optional[str] = None,
        until: Optional[str] = None,
        page: Optional[int] = None,
        per_page: Optional[int] = None,
    ) -> Paginator[AuditEntry]:
        """Newest first. ``action`` (``api_key.revoked``…), ``actor_type`` (``user``, ``api_key``,
        ``system``) and ``resource_type`` filter; ``since`` and ``until`` take an ISO 8601 time
        or a date (``2026-12-01``)."""
        query = {
            "action": action,
            "actor_type": actor_type,
            "resource_type": resource_type,
            "since": since,
            "until": until,
            "page": page,
            "per_page": per_page,
        }
        return Paginator(lambda q: self._get("/audit-log", q), query)
