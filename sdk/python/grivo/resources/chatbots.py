from __future__ import annotations

import os
from typing import IO, Any, Optional, Union

from .._multipart import FileInput, MultipartBody, file_part, form_fields
from .._pagination import Paginator
from .._sse import ChatStream
from ..types import (
    ChatResponse,
    Chatbot,
    Conversation,
    Deleted,
    Feedback,
    Lead,
    SearchResponse,
    Source,
    TrainedPage,
)
from ._base import Resource, seg


class Chatbots(Resource):
    """``/v1/chatbots``: chatbots trained on a website and on sources, and what they answer."""

    def __init__(self, transport: Any) -> None:
        super().__init__(transport)
        self.sources = Sources(transport)
        self.conversations = Conversations(transport)
        self.leads = Leads(transport)
        self.refused_origins = RefusedOrigins(transport)

    def list(self, *, page: Optional[int] = None, per_page: Optional[int] = None) -> Paginator[Chatbot]:
        """Every chatbot (iterate), or one page of them (``.first_page()``)."""
        return Paginator(lambda q: self._get("/chatbots", q), {"page": page, "per_page": per_page})

    def create(self, *, name: str, idempotency_key: Optional[str] = None, **fields: Any) -> Chatbot:
        """Creates a chatbot. Other fields: ``website_url``, ``sitemap_url``, ``urls``,
        ``crawl`` (``{max_pages, max_depth, include, exclude}``), ``instructions``,
        ``welcome_message``, ``color``, ``position``, ``allowed_domains``,
        ``lead_capture``, ``display_name``, ``starter_questions``, ``retrain_schedule``.
        With a website_url, training starts at once."""
        return self._post("/chatbots", {"name": name, **fields}, idempotency_key=idempotency_key)

    def get(self, chatbot_id: str) -> Chatbot:
        return self._get(f"/chatbots/{seg(chatbot_id)}")

    def update(self, chatbot_id: str, **fields: Any) -> Chatbot:
        """Changes the fields given (the same as ``create``); None clears a nullable one."""
        return self._patch(f"/chatbots/{seg(chatbot_id)}", fields)

    def delete(self, chatbot_id: str) -> Deleted:
        return self._delete(f"/chatbots/{seg(chatbot_id)}")

    def train(self, chatbot_id: str, *, idempotency_key: Optional[str] = None) -> Chatbot:
        """Crawls the website again (only what changed is re-indexed); answers at once (202)."""
        return self._post(f"/chatbots/{seg(chatbot_id)}/train", idempotency_key=idempotency_key)

    def pages(
        self,
        chatbot_id: str,
        *,
        status: Optional[str] = None,
        page: Optional[int] = None,
        per_page: Optional[int] = None,
    ) -> Paginator[TrainedPage]:
        """The pages the chatbot was trained on (``status="indexed"``) or left out (``"skipped"``)."""
        path = f"/chatbots/{seg(chatbot_id)}/pages"
        return Paginator(lambda q: self._get(path, q), {"status": status, "page": page, "per_page": per_page})

    def chat(
        self,
        chatbot_id: str,
        *,
        message: str,
        conversation_id: Optional[str] = None,
        page_url: Optional[str] = None,
        idempotency_key: Optional[str] = None,
    ) -> ChatResponse:
        """Asks a question; the answer comes from the trained pages and sources, citing them."""
        body = _chat_body(message, conversation_id, page_url, stream=False)
        return self._post(f"/chatbots/{seg(chatbot_id)}/chat", body, idempotency_key=idempotency_key)

    def chat_stream(
        self,
        chatbot_id: str,
        *,
        message: str,
        conversation_id: Optional[str] = None,
        page_url: Optional[str] = None,
        idempotency_key: Optional[str] = None,
    ) -> ChatStream:
        """Asks a question and streams the answer: iterate the result for its events
        (``meta``, ``delta``…, ``done``; see :class:`grivo.ServerSentEvent`)."""
        body = _chat_body(message, conversation_id, page_url, stream=True)
        response = self._t.open(
            "POST",
            f"/chatbots/{seg(chatbot_id)}/chat",
            json_body=body,
            has_body=True,
            idempotency_key=idempotency_key,
            accept="text/event-stream",
        )
        return ChatStream(response)

    def search(self, chatbot_id: str, *, query: str, limit: Optional[int] = None) -> SearchResponse:
        """The sections the chat would answer from, ranked (nothing is stored)."""
        body: dict = {"query": query}
        if limit is not None:
            body["limit"] = limit
        return self._post(f"/chatbots/{seg(chatbot_id)}/search", body)

    def analytics(self, chatbot_id: str, *, from_: Any = None, to: Any = None) -> dict:
        """Per-day counts and the top questions; ``from_``/``to`` are days (``"2026-03-01"`` or a date)."""
        return self._get(f"/chatbots/{seg(chatbot_id)}/analytics", {"from": from_, "to": to})

    def feedback(
        self, chatbot_id: str, message_id: str, *, rating: str, comment: Optional[str] = None
    ) -> Feedback:
        """Rates an answer ``"up"`` or ``"down"``; rating again replaces it."""
        body: dict = {"rating": rating}
        if comment is not None:
            body["comment"] = comment
        return self._post(f"/chatbots/{seg(chatbot_id)}/messages/{seg(message_id)}/feedback", body)


def _chat_body(message: str, conversation_id: Optional[str], page_url: Optional[str], *, stream: bool) -> dict:
    body: dict = {"message": message}
    if conversation_id is not None:
        body["conversation_id"] = conversation_id
    if page_url is not None:
        body["page_url"] = page_url
    if stream:
        body["stream"] = True
    return body


class Sources(Resource):
    """``/v1/chatbots/{id}/sources``: texts, Q&As, files and the crawl settings a chatbot learns from."""

    def list(
        self, chatbot_id: str, *, page: Optional[int] = None, per_page: Optional[int] = None
    ) -> Paginator[Source]:
        path = f"/chatbots/{seg(chatbot_id)}/sources"
        return Paginator(lambda q: self._get(path, q), {"page": page, "per_page": per_page})

    def create(
        self,
        chatbot_id: str,
        *,
        type: Optional[str] = None,
        file: Optional[FileInput] = None,
        filename: Optional[str] = None,
        content_type: Optional[str] = None,
        idempotency_key: Optional[str] = None,
        **fields: Any,
    ) -> Source:
        """Adds a source; it trains in the background (watch its ``status``).

        - ``type="text", title=..., text=...`` (Markdown: headings become sections)
        - ``type="qna", question=..., answer=..., alternatives=[...]`` (or ``from_message_id=``)
        - ``file=...`` (a path, bytes or an open file; PDF, .docx, Markdown, text or HTML,
          known by its bytes), optional ``title=``, ``filename=`` (bytes without one are
          named "upload"): sent as multipart/form-data
        - ``type="website", url=..., crawl={...}``, ``type="sitemap", url=...``, ``type="urls", urls=[...]``
        """
        path = f"/chatbots/{seg(chatbot_id)}/sources"
        if file is not None:
            if type not in (None, "file"):
                raise ValueError("A source with a file has type 'file'.")
            unknown = set(fields) - {"title"}
            if unknown:
                raise TypeError(f"A file source takes file, filename and title, not {', '.join(sorted(unknown))}.")
            part = file_part(file, filename, content_type)
            if part.filename is None:
                # A form part without a file name is not a file to the server.
                part.filename = "upload"
            form = MultipartBody(form_fields({"title": fields.get("title")}), part)
            return self._t.request("POST", path, multipart=form, idempotency_key=idempotency_key)
        if type is None:
            raise TypeError("sources.create needs type= ('text', 'qna', 'website', 'sitemap', 'urls') or file=.")
        return self._post(path, {"type": type, **fields}, idempotency_key=idempotency_key)

    def get(self, chatbot_id: str, source_id: str) -> Source:
        return self._get(f"/chatbots/{seg(chatbot_id)}/sources/{seg(source_id)}")

    def update(self, chatbot_id: str, source_id: str, **fields: Any) -> Source:
        """The fields of the source's own type (text: ``title``, ``text``; qna: ``question``,
        ``answer``, ``alternatives``; file: ``title``; website: ``url``, ``crawl``; urls: ``urls``).
        It trains again."""
        return self._patch(f"/chatbots/{seg(chatbot_id)}/sources/{seg(source_id)}", fields)

    def delete(self, chatbot_id: str, source_id: str) -> Deleted:
        return self._delete(f"/chatbots/{seg(chatbot_id)}/sources/{seg(source_id)}")

    def train(self, chatbot_id: str, source_id: str, *, idempotency_key: Optional[str] = None) -> Source:
        return self._post(
            f"/chatbots/{seg(chatbot_id)}/sources/{seg(source_id)}/train", idempotency_key=idempotency_key
        )


class Conversations(Resource):
    """``/v1/chatbots/{id}/conversations``: what visitors and API callers asked."""

    def list(
        self,
        chatbot_id: str,
        *,
        unanswered: Optional[bool] = None,
        feedback: Optional[str] = None,
        lead: Optional[bool] = None,
        page: Optional[int] = None,
        per_page: Optional[int] = None,
    ) -> Paginator[Conversation]:
        """Latest first; filter by an unanswered question, a rating (``"up"``/``"down"``) or a lead."""
        path = f"/chatbots/{seg(chatbot_id)}/conversations"
        params = {"unanswered": unanswered, "feedback": feedback, "lead": lead, "page": page, "per_page": per_page}
        return Paginator(lambda q: self._get(path, q), params)

    def get(self, chatbot_id: str, conversation_id: str) -> Conversation:
        """A conversation with its ``messages``."""
        return self._get(f"/chatbots/{seg(chatbot_id)}/conversations/{seg(conversation_id)}")


class Leads(Resource):
    """``/v1/chatbots/{id}/leads``: visitors who left their email in the widget."""

    def list(self, chatbot_id: str, *, page: Optional[int] = None, per_page: Optional[int] = None) -> Paginator[Lead]:
        path = f"/chatbots/{seg(chatbot_id)}/leads"
        return Paginator(lambda q: self._get(path, q), {"page": page, "per_page": per_page})

    def export(
        self, chatbot_id: str, *, file: Union[None, str, "os.PathLike[str]", IO[bytes]] = None
    ) -> Optional[str]:
        """Every lead as CSV: returned as text, or written to ``file`` (a path or a binary file) and None returned."""
        return self._download(f"/chatbots/{seg(chatbot_id)}/leads/export", None, file)


class RefusedOrigins(Resource):
    """``/v1/chatbots/{id}/refused-origins``: websites the widget was refused on (not in ``allowed_domains``)."""

    def list(self, chatbot_id: str) -> dict:
        """Most recently seen first: ``data`` holds ``origin``, ``count``, ``first_seen_at``, ``last_seen_at``."""
        return self._get(f"/chatbots/{seg(chatbot_id)}/refused-origins")

    def delete(self, chatbot_id: str, origin: str) -> dict:
        """Takes ``origin`` (``https://host[:port]``) off the list, once allowed or to ignore it."""
        return self._delete(f"/chatbots/{seg(chatbot_id)}/refused-origins/{seg(origin)}")
