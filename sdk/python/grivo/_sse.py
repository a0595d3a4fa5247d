"""Server-Sent Events, as the chat streams them."""

from __future__ import annotations

import http.client
import json
from dataclasses import dataclass, field
from typing import Any, Iterator, List, Optional

from ._errors import GrivoError


@dataclass
class ServerSentEvent:
    """One event of a stream.

    The chat sends ``meta`` (``conversation_id``, ``message_id``, ``answered``,
    ``sources``), then ``delta`` events (``{"text": "..."}``, pieces of the answer),
    then ``done`` (the meta plus the whole ``answer``). ``data`` is the parsed JSON
    (the raw text if it is not JSON).
    """

    event: str
    data: Any
    id: Optional[str] = None
    raw: str = field(default="", repr=False)


def parse_events(lines: Iterator[bytes]) -> Iterator[ServerSentEvent]:
    """Parses an event stream line by line (the format of the WHATWG HTML spec)."""
    name = ""
    data: List[str] = []
    last_id: Optional[str] = None
    for raw_line in lines:
        line = raw_line.decode("utf-8").rstrip("\r\n")
        if line == "":
            if data:
                text = "\n".join(data)
                yield ServerSentEvent(event=name or "message", data=_json(text), id=last_id, raw=text)
            name, data = "", []
            continue
        if line.startswith(":"):
            continue
        key, _, value = line.partition(":")
        if value.startswith(" "):
            value = value[1:]
        if key == "event":
            name = value
        elif key == "data":
            data.append(value)
        elif key == "id":
            last_id = value
    if data:
        text = "\n".join(data)
        yield ServerSentEvent(event=name or "message", data=_json(text), id=last_id, raw=text)


def _json(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text


class ChatStream:
    """An answer as it is written: iterate it for its events.

    ``for event in stream`` yields each :class:`ServerSentEvent`; an ``error``
    event raises :class:`GrivoError`. Afterwards ``stream.answer`` holds the
    whole text and ``stream.result`` the ``done`` event's data (a ChatResponse).
    Use it in a ``with`` block, or call ``close()``, to hang up early; reading it
    to the end closes it too.
    """

    def __init__(self, response: Any) -> None:
        self._response = response
        self._started = False
        self.answer = ""
        self.result: Optional[dict] = None
        self.meta: Optional[dict] = None

    def __iter__(self) -> Iterator[ServerSentEvent]:
        if self._started:
            raise RuntimeError("A ChatStream can be read only once.")
        self._started = True
        try:
            for event in parse_events(_lines(self._response)):
                if event.event == "meta" and isinstance(event.data, dict):
                    self.meta = event.data
                elif event.event == "delta" and isinstance(event.data, dict):
                    self.answer += str(event.data.get("text", ""))
                elif event.event == "done" and isinstance(event.data, dict):
                    self.result = event.data
                    self.answer = str(event.data.get("answer", self.answer))
                elif event.event == "error":
                    detail = event.data.get("error", {}) if isinstance(event.data, dict) else {}
                    raise GrivoError(
                        str(detail.get("message") or "The stream reported an error."),
                        code=str(detail.get("code") or "stream_error"),
                        status=detail.get("status"),
                        request_id=self._response.headers.get("x-request-id"),
                        body=event.data,
                    )
                yield event
        except (OSError, ValueError, http.client.HTTPException) as error:
            raise GrivoError(f"The stream broke off: {error}", code="network_error") from error
        finally:
            self.close()

    def close(self) -> None:
        self._response.close()

    def until_done(self) -> dict:
        """Reads the stream to its end and returns the ``done`` data (the whole ChatResponse)."""
        for _ in self:
            pass
        if self.result is None:
            raise GrivoError("The stream ended before its done event.", code="network_error")
        return self.result

    def __enter__(self) -> "ChatStream":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def _lines(response: Any) -> Iterator[bytes]:
    while True:
        line = response.readline()
        if not line:
            return
        yield line
