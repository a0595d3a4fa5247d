from __future__ import annotations

import os
import time
from typing import IO, Any, Dict, Optional, Sequence, Union

from .._errors import GrivoError
from .._multipart import FileInput, MultipartBody, file_part, form_fields
from .._pagination import Paginator
from ..types import (
    Contact,
    ContactActivity,
    ContactBulkAction,
    ContactDataExport,
    ContactErasure,
    ContactImport,
    Deleted,
    ResendConfirmation,
)
from ._base import Resource, seg

FINISHED_IMPORT = ("completed", "failed")
FINISHED_BULK = ("done", "failed")


class Contacts(Resource):
    """``/v1/contacts``: the people campaigns are sent to."""

    def __init__(self, transport: Any) -> None:
        super().__init__(transport)
        self.imports = Imports(transport)
        self.bulk = Bulk(transport)

    def list(
        self,
        *,
        search: Optional[str] = None,
        tag: Optional[str] = None,
        status: Optional[str] = None,
        page: Optional[int] = None,
        per_page: Optional[int] = None,
    ) -> Paginator[Contact]:
        """Every contact matching the filters, newest first (iterate), or one page (``.first_page()``).

        Iterating walks the list by cursor (``starting_after``), so contacts added or
        deleted meanwhile are neither skipped nor repeated."""
        params = {"search": search, "tag": tag, "status": status, "page": page, "per_page": per_page}
        return Paginator(lambda q: self._get("/contacts", q), params, cursor="starting_after")

    def create(
        self,
        *,
        email: str,
        upsert: bool = False,
        idempotency_key: Optional[str] = None,
        **fields: Any,
    ) -> Contact:
        """Adds a contact. Other fields: ``first_name``, ``last_name``, ``phone``, ``attributes``
        (a dict), ``tags`` (a list), ``status``. A contact with the same email raises
        GrivoError ``contact_exists`` (409), unless ``upsert=True`` (then it is updated)."""
        query = {"upsert": True} if upsert else None
        return self._post("/contacts", {"email": email, **fields}, query=query, idempotency_key=idempotency_key)

    def get(self, contact_id: str) -> Contact:
        return self._get(f"/contacts/{seg(contact_id)}")

    def update(self, contact_id: str, **fields: Any) -> Contact:
        """Changes the fields given. ``attributes`` are merged (a key set to None is removed);
        ``tags`` replace the contact's tags."""
        return self._patch(f"/contacts/{seg(contact_id)}", fields)

    def delete(self, contact_id: str) -> Deleted:
        return self._delete(f"/contacts/{seg(contact_id)}")

    def export_data(self, contact_id: str) -> ContactDataExport:
        """Everything held about the person, as a dict (GDPR article 15)."""
        return self._get(f"/contacts/{seg(contact_id)}/export")

    def erase(self, contact_id: str, *, idempotency_key: Optional[str] = None) -> ContactErasure:
        """Removes the person everywhere (GDPR article 17), keeping only a hash of the address on
        the suppression list (reason ``erased``). Calling it again for the id answers the same."""
        return self._post(f"/contacts/{seg(contact_id)}/erase", idempotency_key=idempotency_key)

    def activity(
        self, contact_id: str, *, page: Optional[int] = None, per_page: Optional[int] = None
    ) -> Paginator[ContactActivity]:
        """What happened to the contact, newest first: campaigns, emails, conversations, consent."""
        path = f"/contacts/{seg(contact_id)}/activity"
        return Paginator(lambda q: self._get(path, q), {"page": page, "per_page": per_page})

    def resend_confirmation(self, contact_id: str, *, idempotency_key: Optional[str] = None) -> ResendConfirmation:
        """Queues a new opt-in confirmation email to a ``pending`` contact (at most every 5 minutes)."""
        return self._post(f"/contacts/{seg(contact_id)}/resend-confirmation", idempotency_key=idempotency_key)

    def import_csv(
        self,
        file: FileInput,
        *,
        filename: Optional[str] = None,
        update_existing: Optional[bool] = None,
        tags: Union[None, str, Sequence[str]] = None,
        status: Optional[str] = None,
        idempotency_key: Optional[str] = None,
    ) -> ContactImport:
        """Starts a CSV import (a path, bytes or an open file; a path is streamed from disk).

        ``filename`` names it in the import (a path or a named file gives its own).

        Options: ``update_existing`` (default True on the server), ``tags`` added to every
        contact, ``status`` of new contacts. Answers at once with the import
        (``status="queued"``); follow it with ``client.contacts.imports.wait(imp["id"])``."""
        part = file_part(file, filename, "text/csv")
        if isinstance(tags, str):
            tags = [tags]
        options = {"update_existing": update_existing, "tags": list(tags) if tags else None, "status": status}
        if part.filename is None:
            # Bytes without a name: the raw CSV as the body, the options in the query.
            assert part.data is not None
            return self._t.request(
                "POST",
                "/contacts/import",
                query=options,
                raw=part.data,
                raw_type="text/csv",
                idempotency_key=idempotency_key,
            )
        # A named file: a form, its options as fields before the file, where the server reads them.
        form = MultipartBody(form_fields(options), part)
        return self._t.request("POST", "/contacts/import", multipart=form, idempotency_key=idempotency_key)

    def export(
        self,
        *,
        search: Optional[str] = None,
        tag: Optional[str] = None,
        status: Optional[str] = None,
        file: Union[None, str, "os.PathLike[str]", IO[bytes]] = None,
    ) -> Optional[str]:
        """Every contact matching the filters as CSV: returned as text, or written to ``file``
        (a path or a binary file, streamed) and None returned."""
        return self._download("/contacts/export", {"search": search, "tag": tag, "status": status}, file)


class Imports(Resource):
    """``/v1/contacts/imports``: CSV imports and their progress."""

    def list(self, *, page: Optional[int] = None, per_page: Optional[int] = None) -> Paginator[ContactImport]:
        return Paginator(lambda q: self._get("/contacts/imports", q), {"page": page, "per_page": per_page})

    def get(self, import_id: str) -> ContactImport:
        return self._get(f"/contacts/imports/{seg(import_id)}")

    def wait(
        self, import_id: str, *, poll_interval: float = 0.5, timeout: Optional[float] = None
    ) -> ContactImport:
        """Polls the import until it is ``completed`` or ``failed`` and returns it.

        ``timeout`` (seconds, default none) raises GrivoError ``timeout`` if it takes longer.
        A failed import is returned, not raised: look at its ``error``."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            current = self.get(import_id)
            if current.get("status") in FINISHED_IMPORT:
                return current
            if deadline is not None and time.monotonic() >= deadline:
                raise GrivoError(
                    f"Import {import_id} is still {current.get('status')} after {timeout} seconds.", code="timeout"
                )
            self._t.sleep(poll_interval)


class Bulk(Resource):
    """``/v1/contacts/bulk``: tagging, untagging, unsubscribing or deleting many contacts at once."""

    def create(
        self,
        *,
        action: str,
        tags: Optional[Sequence[str]] = None,
        ids: Optional[Sequence[str]] = None,
        segment: Optional[str] = None,
        filter: Optional[Dict[str, Any]] = None,
        idempotency_key: Optional[str] = None,
    ) -> ContactBulkAction:
        """Starts ``action`` (``tag``, ``untag``, ``unsubscribe``, ``delete``; ``tags`` for the first two)
        on exactly one of ``ids`` (at most 1000), ``segment`` or ``filter`` (``search``, ``tag``,
        ``status``). Runs in the background: ``client.contacts.bulk.wait(action["id"])``."""
        body: Dict[str, Any] = {"action": action}
        if tags is not None:
            body["tags"] = list(tags)
        if ids is not None:
            body["ids"] = list(ids)
        if segment is not None:
            body["segment"] = segment
        if filter is not None:
            body["filter"] = dict(filter)
        return self._post("/contacts/bulk", body, idempotency_key=idempotency_key)

    def get(self, action_id: str) -> ContactBulkAction:
        return self._get(f"/contacts/bulk/{seg(action_id)}")

    def wait(
        self, action_id: str, *, poll_interval: float = 0.5, timeout: Optional[float] = None
    ) -> ContactBulkAction:
        """Polls the action until it is ``done`` or ``failed`` and returns it.

        ``timeout`` (seconds, default none) raises GrivoError ``timeout`` if it takes longer.
        A failed action is returned, not raised: look at its ``error``."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            current = self.get(action_id)
            if current.get("status") in FINISHED_BULK:
                return current
            if deadline is not None and time.monotonic() >= deadline:
                raise GrivoError(
                    f"Bulk action {action_id} is still {current.get('status')} after {timeout} seconds.",
                    code="timeout",
                )
            self._t.sleep(poll_interval)
