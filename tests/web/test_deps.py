"""Every route reads its store through one dependency (``web.deps.store_of``): an app that
swaps it (a test double, a per-request store) swaps it for the stories routes too. A real
SQLite store, a real uvicorn server."""

from __future__ import annotations

from pathlib import Path

import httpx
from web_helpers import serve

from dateline.store import Store
from dateline.web import create_app, deps
from dateline.web.errors import ApiError


def _closed() -> Store:
    raise ApiError(503, "unavailable", "the store is closed for maintenance")


def test_one_store_dependency_serves_every_route(tmp_path: Path) -> None:
    with Store(tmp_path / "deps.db") as store:
        app = create_app(store)
        app.dependency_overrides[deps.store_of] = _closed
        for url in serve(app):
            with httpx.Client(base_url=url, timeout=30) as client:
                for route in ("/articles", "/events", "/map", "/stats", "/stories", "/stories/abc"):
                    response = client.get(route)
                    assert response.status_code == 503, (route, response.text)
                    assert response.json()["error"]["code"] == "unavailable"
