"""The HTTP API at its edges (adversarial QA): HEAD requests, server paths in lists, a damaged
database; real uvicorn servers over real SQLite files."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import httpx
import pytest
from web_helpers import Server, serve

from dateline.store import Store
from dateline.web import create_app


@pytest.mark.parametrize("path", ["/", "/articles?limit=2", "/stats", "/openapi.json",
                                  "/static/dashboard.css", "/favicon.ico"])
def test_head_answers_like_get_without_a_body(server: Server, path: str) -> None:
    got = server.client.get(path)
    head = server.client.head(path)
    assert got.status_code == 200, got.text
    assert head.status_code == 200, head.text  # was 405 on every route but /openapi.json
    assert head.content == b""
    assert head.headers["content-type"] == got.headers["content-type"]
    assert head.headers["content-security-policy"] == got.headers["content-security-policy"]


def test_head_of_an_unknown_path_is_not_found(server: Server) -> None:
    assert server.client.head("/no/such/endpoint").status_code == 404


@pytest.mark.parametrize("params", [{}, {"search": "Hamas"}])
def test_article_list_shows_no_server_path(server: Server, params: dict[str, str]) -> None:
    items = server.get("/articles", limit=500, **params).json()["items"]
    assert items
    stored = {r["id"]: r["origin"] for r in server.store.articles(limit=0)}
    assert any("/" in (stored[a["id"]] or "") for a in items)  # the store keeps the full path
    for article in items:
        assert article["origin"] == (stored[article["id"]] or "").rsplit("/", 1)[-1]


def test_a_damaged_record_is_the_servers_error_not_the_clients(web_db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "damaged.db"
    shutil.copy(web_db, copy)
    with sqlite3.connect(copy) as conn:
        damaged = conn.execute("SELECT id FROM articles ORDER BY id LIMIT 1").fetchone()[0]
        conn.execute("UPDATE articles SET record = '{\"broken' WHERE id = ?", (damaged,))
    store = Store(copy, create=False)
    try:
        for url in serve(create_app(store)):
            response = httpx.get(f"{url}/articles/{damaged}", timeout=30)
            assert response.status_code == 500, response.text  # was 400 "invalid_filter"
            error = response.json()["error"]
            assert error["code"] == "store_error"
            assert damaged in error["message"] and "damaged" in error["message"]
            assert str(tmp_path) not in response.text
            assert httpx.get(f"{url}/articles", timeout=30).status_code == 200  # the rest still reads
            bad_filter = httpx.get(f"{url}/events", params={"since": "2024-13"}, timeout=30)
            assert bad_filter.status_code == 400 and bad_filter.json()["error"]["code"] == "invalid_filter"
    finally:
        store.close()
