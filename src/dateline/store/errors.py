"""The store's error types (their own module: ``store.readonly`` raises them too)."""

from __future__ import annotations


class StoreError(Exception):
    """A problem with the database file or a query; names the file and what to do."""

    def __init__(self, origin: str, message: str) -> None:
        super().__init__(f"{origin}: {message}")
        self.origin = origin
        self.message = message


class UnknownId(StoreError):
    """No single stored article has this id or id prefix (none, or several)."""


class AmbiguousId(UnknownId):
    """Several stored articles have ids that start with this prefix."""


class EmptyId(UnknownId):
    """The id given is empty or blank ("" is a prefix of every id: it names no article)."""


__all__ = ["AmbiguousId", "EmptyId", "StoreError", "UnknownId"]
