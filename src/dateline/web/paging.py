"""Paging of the API's lists: ``limit`` and ``offset`` query parameters and the page they give."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import Depends, Query

MAX_PAGE = 500  # rows per page at most
MAX_OFFSET = 100_000  # deeper pages: narrow the filters instead

Row = dict[str, Any]


class Paging:
    """``limit`` (1..MAX_PAGE) and ``offset`` query parameters."""

    def __init__(self, limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
                 offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0) -> None:
        self.limit = limit
        self.offset = offset

    def page(self, fetch: Callable[[int], list[Row]]) -> dict[str, Any]:
        """One page from a query that takes a row limit (one row more tells if there is a next)."""
        rows = fetch(self.offset + self.limit + 1)
        return self._page(rows[self.offset:])

    def window(self, fetch: Callable[[int, int], list[Row]]) -> dict[str, Any]:
        """One page from a query that takes an offset and a row limit (it skips the rows before the
        page itself, so a deep page costs no more than the first)."""
        return self._page(fetch(self.offset, self.limit + 1))

    def _page(self, rows: list[Row]) -> dict[str, Any]:
        """The page of ``rows``, which start at the offset (one row past the page tells of a next)."""
        items = rows[:self.limit]
        more = len(rows) > self.limit
        following = self.offset + self.limit
        # a next_offset is one this API accepts: past MAX_OFFSET the list says it is cut instead
        return {"items": items, "limit": self.limit, "offset": self.offset,
                "next_offset": following if more and following <= MAX_OFFSET else None,
                "truncated": more and following > MAX_OFFSET}


PagingDep = Annotated[Paging, Depends()]


__all__ = ["MAX_OFFSET", "MAX_PAGE", "Paging", "PagingDep"]
