from __future__ import annotations

from typing import Any, Optional

from .._pagination import Paginator
from ..types import Deleted, Template, TemplateStarter
from ._base import Resource, seg


class Templates(Resource):
    """``/v1/templates``: reusable messages (Liquid) for transactional emails and campaigns."""

    def list(self, *, page: Optional[int] = None, per_page: Optional[int] = None) -> Paginator[Template]:
        """Every template, newest first (iterate), or one page (``.first_page()``)."""
        return Paginator(lambda q: self._get("/templates", q), {"page": page, "per_page": per_page})

    def starters(self, *, page: Optional[int] = None, per_page: Optional[int] = None) -> Paginator[TemplateStarter]:
        """The email designs shipped with Grivo (iterate), to start a template or campaign from."""
        return Paginator(lambda q: self._get("/templates/starters", q), {"page": page, "per_page": per_page})

    def create(
        self,
        *,
        name: Optional[str] = None,
        subject: Optional[str] = None,
        idempotency_key: Optional[str] = None,
        **fields: Any,
    ) -> Template:
        """Creates a template: a subject and exactly one of ``html`` and ``markdown`` (made into
        HTML now, and kept), optionally ``text``; or ``starter=`` (an id from ``starters()``) whose
        name, subject, html and text fill the fields not given. Invalid Liquid raises GrivoError
        ``invalid_template`` (400) naming the field."""
        given = {"name": name, "subject": subject}
        body = {**{k: v for k, v in given.items() if v is not None}, **fields}
        return self._post("/templates", body, idempotency_key=idempotency_key)

    def get(self, template_id: str) -> Template:
        return self._get(f"/templates/{seg(template_id)}")

    def update(self, template_id: str, **fields: Any) -> Template:
        """Changes the fields given (``html`` or ``markdown`` replaces the body; ``text=None`` clears it).
        Emails already accepted keep their content."""
        return self._patch(f"/templates/{seg(template_id)}", fields)

    def delete(self, template_id: str) -> Deleted:
        """Emails and campaigns made from it keep their content."""
        return self._delete(f"/templates/{seg(template_id)}")
