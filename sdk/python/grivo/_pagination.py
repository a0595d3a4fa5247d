"""Lists: a lazy iterator over every item, page after page."""

from __future__ import annotations

from typing import Any, Callable, Dict, Generic, Iterator, Optional, TypeVar

from .types import Page

T = TypeVar("T")

# How many items the iterator asks for at a time unless told: the API's maximum.
DEFAULT_ITER_PER_PAGE = 100


class Paginator(Generic[T]):
    """What every ``list(...)`` method returns.

    - ``for item in client.contacts.list(tag="vip")``: every item of every page,
      fetched lazily (the next page is requested when the current one is used up,
      while ``has_more`` is true).
    - ``.first_page()``: one page only, as the API answers it:
      ``{"data", "total", "page", "per_page", "has_more"}``. Pass ``page=`` and
      ``per_page=`` to ``list(...)`` to choose which (defaults 1 and 20).
    - ``.pages()``: page after page.

    Nothing is requested until one of these is used; each use starts again from
    the first page.
    """

    def __init__(
        self,
        fetch: Callable[[Dict[str, Any]], Page],
        params: Dict[str, Any],
        *,
        cursor: Optional[str] = None,
    ) -> None:
        self._fetch = fetch
        self._params = {k: v for k, v in params.items() if v is not None}
        # Lists that take a cursor (contacts: starting_after) are walked by it,
        # so items added or deleted meanwhile are neither skipped nor repeated.
        self._cursor = cursor

    def first_page(self) -> Page:
        return self._fetch(dict(self._params))

    def pages(self) -> Iterator[Page]:
        params = dict(self._params)
        params.setdefault("per_page", DEFAULT_ITER_PER_PAGE)
        params.setdefault("page", 1)
        while True:
            page = self._fetch(dict(params))
            yield page
            data = page.get("data") or []
            if not page.get("has_more") or not data:
                return
            if self._cursor is not None and isinstance(data[-1], dict) and "id" in data[-1]:
                params[self._cursor] = data[-1]["id"]
                params["page"] = 1
            else:
                params["page"] = int(page.get("page", params["page"])) + 1

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.get("data") or []

    def __repr__(self) -> str:
        return f"<Paginator {self._params!r}>"
