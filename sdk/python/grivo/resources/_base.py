from __future__ import annotations

import http.client
import os
import shutil
import urllib.parse
from typing import IO, Any, Dict, Optional, Union

from .._errors import GrivoError
from .._http import Transport


def seg(value: str) -> str:
    """One path segment (an id), escaped."""
    if not isinstance(value, str) or not value:
        raise ValueError(f"An id must be a non-empty string, not {value!r}.")
    return urllib.parse.quote(value, safe="")


class Resource:
    def __init__(self, transport: Transport) -> None:
        self._t = transport

    def _get(self, path: str, query: Optional[Dict[str, Any]] = None) -> Any:
        return self._t.request("GET", path, query=query)

    def _post(
        self,
        path: str,
        body: Optional[Dict[str, Any]] = None,
        *,
        query: Optional[Dict[str, Any]] = None,
        idempotency_key: Optional[str] = None,
    ) -> Any:
        return self._t.request(
            "POST", path, query=query, json_body=body, has_body=body is not None, idempotency_key=idempotency_key
        )

    def _patch(self, path: str, body: Dict[str, Any]) -> Any:
        return self._t.request("PATCH", path, json_body=body, has_body=True)

    def _delete(self, path: str) -> Any:
        return self._t.request("DELETE", path)

    def _download(
        self, path: str, query: Optional[Dict[str, Any]], file: Union[None, str, "os.PathLike[str]", IO[bytes]]
    ) -> Optional[str]:
        """A CSV export: returned as text, or streamed into ``file`` (a path or a binary file)."""
        if file is None:
            return self._t.request("GET", path, query=query, accept="text/csv") or ""
        response = self._t.open("GET", path, query=query, accept="text/csv")
        with response:
            try:
                if isinstance(file, (str, os.PathLike)):
                    with open(file, "wb") as out:
                        shutil.copyfileobj(response, out)
                else:
                    shutil.copyfileobj(response, file)
            except http.client.HTTPException as error:
                raise GrivoError(f"The download broke off: {error}", code="network_error") from error
        return None
