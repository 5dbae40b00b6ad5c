"""The store's one error type (its own module: ``store.readonly`` raises it too)."""

from __future__ import annotations


class StoreError(Exception):
    """A problem with the database file or a query; names the file and what to do."""

    def __init__(self, origin: str, message: str) -> None:
        super().__init__(f"{origin}: {message}")
        self.origin = origin
        self.message = message


__all__ = ["StoreError"]
