"""The store a request reads: one FastAPI dependency for every router (``api``, ``stories``)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from dateline.store import Store


def store_of(request: Request) -> Store:
    """The app's store (``create_app`` puts it in ``app.state``)."""
    store: Store = request.app.state.store
    return store


StoreDep = Annotated[Store, Depends(store_of)]
