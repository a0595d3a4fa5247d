from __future__ import annotations

from typing import Any, Mapping, Optional


class GrivoError(Exception):
    """Any failure of a Grivo API call.

    Attributes (from the API's error body ``{"error": {...}}`` when there is one):

    - ``code``: the API's error code (``not_found``, ``invalid_request``,
      ``rate_limit_exceeded``…), or one of the client's own: ``network_error``
      (the server could not be reached or the connection broke),
      ``missing_api_key`` (no key given), ``http_error`` (a response that is
      not the API's JSON error, e.g. from a proxy), ``invalid_response``
      (a success whose body is not the JSON expected).
    - ``status``: the HTTP status, ``None`` when there was no response.
    - ``message``: a sentence for humans.
    - ``param``: the parameter at fault, when the API names one.
    - ``request_id``: the ``X-Request-Id`` of the response (also in the body);
      quote it when asking for support.
    - ``retry_after``: seconds to wait before retrying, from ``Retry-After``.
    - ``headers``: the response headers (lower-cased names), ``body``: the
      parsed error body (or its text).
    """

    def __init__(
        self,
        message: str,
        *,
        code: str,
        status: Optional[int] = None,
        param: Optional[str] = None,
        request_id: Optional[str] = None,
        retry_after: Optional[float] = None,
        headers: Optional[Mapping[str, str]] = None,
        body: Any = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.status = status
        self.param = param
        self.request_id = request_id
        self.retry_after = retry_after
        self.headers = dict(headers or {})
        self.body = body

    def __str__(self) -> str:
        where = f" ({self.status})" if self.status is not None else ""
        param = f" [param: {self.param}]" if self.param else ""
        request = f" [request_id: {self.request_id}]" if self.request_id else ""
        return f"{self.code}{where}: {self.message}{param}{request}"

    def __repr__(self) -> str:
        return (
            f"GrivoError(code={self.code!r}, status={self.status!r}, message={self.message!r}, "
            f"param={self.param!r}, request_id={self.request_id!r})"
        )
