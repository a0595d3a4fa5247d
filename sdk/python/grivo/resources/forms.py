from __future__ import annotations

from typing import Any, Optional

from .._pagination import Paginator
from ..types import Deleted, Form
from ._base import Resource, seg


class Forms(Resource):
    """``/v1/forms``: subscribe forms, hosted (``hosted_url``) or pasted into a site (``snippet``)."""

    def list(self, *, page: Optional[int] = None, per_page: Optional[int] = None) -> Paginator[Form]:
        """Every form, newest first (iterate), or one page (``.first_page()``)."""
        return Paginator(lambda q: self._get("/forms", q), {"page": page, "per_page": per_page})

    def create(
        self, *, name: str, consent_text: str, idempotency_key: Optional[str] = None, **fields: Any
    ) -> Form:
        """Creates a form. Other fields: ``fields`` (default the email alone), ``tags``,
        ``redirect_url``, ``allowed_domains``, ``success_message``."""
        body = {"name": name, "consent_text": consent_text, **fields}
        return self._post("/forms", body, idempotency_key=idempotency_key)

    def get(self, form_id: str) -> Form:
        return self._get(f"/forms/{seg(form_id)}")

    def update(self, form_id: str, **fields: Any) -> Form:
        """Changes the fields given (``redirect_url=None`` clears it)."""
        return self._patch(f"/forms/{seg(form_id)}", fields)

    def delete(self, form_id: str) -> Deleted:
        return self._delete(f"/forms/{seg(form_id)}")
