from __future__ import annotations

from typing import Any

from ..types import WorkspaceSettings
from ._base import Resource


class Settings(Resource):
    """``/v1/settings``: the workspace's settings, the default sender of transactional emails."""

    def get(self) -> WorkspaceSettings:
        return self._get("/settings")

    def update(self, **fields: Any) -> WorkspaceSettings:
        """Changes the settings given: ``default_from_name``, ``default_from_email``; None clears one."""
        return self._patch("/settings", fields)
