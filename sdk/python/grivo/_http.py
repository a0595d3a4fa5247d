"""The transport: one request, its retries, and its errors."""

from __future__ import annotations

import email.utils
import http.client
import json
import platform
import random
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from typing import Any, Callable, Dict, Iterable, Mapping, Optional, Union

from ._errors import GrivoError
from ._multipart import MultipartBody
from ._version import __version__

RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# Errors a new attempt may cure: the server is momentarily unable to take it.
RETRY_CODES = frozenset({"idempotency_key_in_use"})

Query = Optional[Mapping[str, Any]]

_NETWORK_ERRORS = (
    urllib.error.URLError,
    http.client.HTTPException,
    ConnectionError,
    socket.timeout,
    TimeoutError,
    OSError,
)


class Transport:
    def __init__(
        self,
        *,
        api_key: str,
        base_url: str,
        timeout: float,
        max_retries: int,
        max_retry_delay: float,
        default_headers: Optional[Mapping[str, str]] = None,
    ) -> None:
        self.api_key = api_key
        self.base_url = base_url
        self.timeout = timeout
        self.max_retries = max_retries
        self.max_retry_delay = max_retry_delay
        self.default_headers = dict(default_headers or {})
        self._opener = urllib.request.build_opener()
        self.sleep: Callable[[float], None] = time.sleep
        self.user_agent = f"grivo-python/{__version__} Python/{platform.python_version()}"

    # -- public to the resources -------------------------------------------------

    def request(
        self,
        method: str,
        path: str,
        *,
        query: Query = None,
        json_body: Any = None,
        has_body: bool = False,
        multipart: Optional[MultipartBody] = None,
        raw: Optional[bytes] = None,
        raw_type: Optional[str] = None,
        idempotency_key: Optional[str] = None,
        accept: str = "application/json",
    ) -> Any:
        """Sends a request and returns its parsed JSON (None for an empty body)."""
        response = self.open(
            method,
            path,
            query=query,
            json_body=json_body,
            has_body=has_body,
            multipart=multipart,
            raw=raw,
            raw_type=raw_type,
            idempotency_key=idempotency_key,
            accept=accept,
            read=True,
        )
        status, headers, payload = response
        if not payload:
            return None
        content_type = headers.get("content-type", "")
        if "json" not in content_type:
            return payload.decode("utf-8")
        try:
            return json.loads(payload.decode("utf-8"))
        except ValueError:
            raise GrivoError(
                "The response is not valid JSON.",
                code="invalid_response",
                status=status,
                request_id=headers.get("x-request-id"),
                headers=headers,
                body=payload.decode("utf-8", "replace"),
            ) from None

    def open(
        self,
        method: str,
        path: str,
        *,
        query: Query = None,
        json_body: Any = None,
        has_body: bool = False,
        multipart: Optional[MultipartBody] = None,
        raw: Optional[bytes] = None,
        raw_type: Optional[str] = None,
        idempotency_key: Optional[str] = None,
        accept: str = "application/json",
        read: bool = False,
    ) -> Any:
        """Sends with retries. read=True: (status, headers, bytes); else the open response (caller closes)."""
        url = self.url(path, query)
        headers: Dict[str, str] = {
            "Authorization": f"Bearer {self.api_key}",
            "Accept": accept,
            "User-Agent": self.user_agent,
            **self.default_headers,
        }
        body_factory: Optional[Callable[[], Union[bytes, Iterable[bytes]]]] = None
        if multipart is not None:
            headers["Content-Type"] = multipart.content_type
            headers["Content-Length"] = str(multipart.length)
            body_factory = multipart.chunks
        elif raw is not None:
            headers["Content-Type"] = raw_type or "application/octet-stream"
            body_factory = lambda: raw  # noqa: E731
        elif has_body:
            data = json.dumps(json_body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            headers["Content-Type"] = "application/json"
            body_factory = lambda: data  # noqa: E731
        if method == "POST":
            # The same key on every attempt: the server runs the call once and replays its answer.
            headers["Idempotency-Key"] = idempotency_key or str(uuid.uuid4())

        attempt = 0
        while True:
            try:
                return self._attempt(method, url, headers, body_factory, read)
            except GrivoError as error:
                delay = self._retry_delay(error, attempt)
                if delay is None:
                    raise
                attempt += 1
                self.sleep(delay)

    def url(self, path: str, query: Query = None) -> str:
        url = self.base_url + "/v1" + path
        pairs = encode_query(query)
        if pairs:
            url += "?" + urllib.parse.urlencode(pairs)
        return url

    # -- internals ----------------------------------------------------------------

    def _attempt(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body_factory: Optional[Callable[[], Union[bytes, Iterable[bytes]]]],
        read: bool,
    ) -> Any:
        data = body_factory() if body_factory is not None else None
        request = urllib.request.Request(url, data=data, headers=dict(headers), method=method)
        try:
            response = self._opener.open(request, timeout=self.timeout)
        except urllib.error.HTTPError as error:
            try:
                payload = error.read()
            except _NETWORK_ERRORS:
                payload = b""
            finally:
                error.close()
            raise error_from_response(error.code, _headers(error.headers), payload) from None
        except _NETWORK_ERRORS as error:
            raise network_error(error, url) from error
        if not read:
            return response
        try:
            with response:
                payload = response.read()
        except _NETWORK_ERRORS as error:
            raise network_error(error, url) from error
        return response.status, _headers(response.headers), payload

    def _retry_delay(self, error: GrivoError, attempt: int) -> Optional[float]:
        if attempt >= self.max_retries:
            return None
        retryable = (
            error.code == "network_error"
            or (error.status is not None and error.status in RETRY_STATUSES)
            or error.code in RETRY_CODES
        )
        if not retryable:
            return None
        if error.retry_after is not None:
            if error.retry_after > self.max_retry_delay:
                return None  # longer than the caller is willing to wait: let them decide
            # At least what the server asked for, plus jitter so clients spread out.
            return error.retry_after + random.uniform(0, min(1.0, 0.25 * error.retry_after + 0.1))
        # Exponential backoff with jitter: ~0.5s, 1s, 2s… capped at 8s.
        ceiling = min(8.0, 0.5 * (2**attempt))
        return random.uniform(ceiling / 2, ceiling)


def encode_query(query: Query) -> list:
    """None left out, booleans as true/false, lists as repeated parameters, dates in ISO 8601."""
    pairs = []
    for name, value in (query or {}).items():
        if value is None:
            continue
        for item in value if isinstance(value, (list, tuple)) else [value]:
            pairs.append((name, query_text(item)))
    return pairs


def query_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def _headers(message: Any) -> Dict[str, str]:
    if message is None:
        return {}
    return {name.lower(): value for name, value in message.items()}


def parse_retry_after(value: Optional[str]) -> Optional[float]:
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when is None:
            return None
        seconds = when.timestamp() - time.time()
    return max(0.0, seconds)


def error_from_response(status: int, headers: Mapping[str, str], payload: bytes) -> GrivoError:
    request_id = headers.get("x-request-id")
    retry_after = parse_retry_after(headers.get("retry-after"))
    text = payload.decode("utf-8", "replace")
    body: Any = text
    try:
        body = json.loads(text) if text else None
    except ValueError:
        pass
    detail = body.get("error") if isinstance(body, dict) else None
    if isinstance(detail, dict) and isinstance(detail.get("code"), str):
        return GrivoError(
            str(detail.get("message") or detail["code"]),
            code=detail["code"],
            status=int(detail.get("status") or status),
            param=detail.get("param"),
            request_id=detail.get("request_id") or request_id,
            retry_after=retry_after,
            headers=headers,
            body=body,
        )
    reason = http.client.responses.get(status, "Error")
    snippet = f": {text.strip()[:200]}" if text.strip() else ""
    return GrivoError(
        f"HTTP {status} {reason}{snippet}",
        code="http_error",
        status=status,
        request_id=request_id,
        retry_after=retry_after,
        headers=headers,
        body=body,
    )


def network_error(error: BaseException, url: str) -> GrivoError:
    reason = getattr(error, "reason", None) or error
    if isinstance(reason, (socket.timeout, TimeoutError)):
        what = "timed out"
    else:
        what = f"failed: {reason}"
    return GrivoError(f"The request to {url} {what}.", code="network_error")
