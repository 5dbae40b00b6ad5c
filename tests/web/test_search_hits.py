"""Search hits as offsets (an article with brackets of its own), timeline actors without display
arrows, and filters that now agree: a real uvicorn server over a real SQLite file, and the
dashboard's highlight in headless Chromium."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from web_helpers import Server, Watched, serve

from dateline.model import ArticleRecord, Published
from dateline.store import Store
from dateline.store.queries import HIT_CLOSE, HIT_OPEN
from dateline.web import create_app
from tests.records import record_a, record_b
from tests.store.test_store_search_hits import BRACKETS, bracket_record

LISTS = ["/articles", "/events", "/quotes", "/timeline", "/network"]


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """Our two records and one whose text has brackets of its own."""
    store = Store(tmp_path_factory.mktemp("hits") / "hits.db")
    store.put([record_a(), record_b(), bracket_record(), marker_record()])
    for url in serve(create_app(store)):
        with httpx.Client(base_url=url, timeout=30) as client:
            yield Server(url, store, client)
    store.close()


MARKED = (f"The envoy's note read {HIT_OPEN}ceasefire{HIT_CLOSE}, then {HIT_CLOSE}x{HIT_OPEN}; "
          "a truce was the word in Amman.")


def marker_record() -> ArticleRecord:
    """A body holding the store's own hit markers (any text may hold any characters)."""
    return ArticleRecord(id="dddd0000eeee1111", body=MARKED, paragraphs=((0, len(MARKED)),),
                         title="Markers", published=Published("2024-08-21", "metadata"))


@pytest.mark.parametrize(("search", "hits"), [("truce", ["truce"]), ("note", ["note"]),
                                              ("Amman truce", ["truce", "Amman"])])
def test_a_body_holding_the_hit_markers_gets_only_real_hits(small: Server, search: str,
                                                            hits: list[str]) -> None:
    (row,) = [r for r in small.get("/articles", search=search).json()["items"] if r["id"] == "dddd0000eeee1111"]
    text = row["snippet_text"]
    assert [text[s:e] for s, e in row["snippet_hits"]] == hits and text.replace("…", "") in MARKED
    assert row["snippet"].count("[") == len(hits)


@pytest.mark.parametrize(("search", "hits"), [("mediators", ["mediators"]), ("Doha", ["Doha"]),
                                              ("spokesman withheld", ["spokesman", "withheld"])])
def test_search_hits_are_offsets_next_to_literal_brackets(small: Server, search: str,
                                                          hits: list[str]) -> None:
    response = small.get("/articles", search=search)
    assert response.status_code == 200, response.text
    (row,) = [r for r in response.json()["items"] if r["id"] == "bbbb0000cccc1111"]
    text = row["snippet_text"]
    assert [text[s:e] for s, e in row["snippet_hits"]] == hits
    assert "[" in text and text.replace("…", "") in BRACKETS
    # the bracket form: the text's own brackets escaped, so "[" alone always opens a hit
    assert f"[{hits[0]}]" in row["snippet"] and "\\[" in row["snippet"]
    assert row["snippet"].replace("\\[", "").count("[") == len(hits)


def test_a_list_without_search_has_no_snippet(small: Server) -> None:
    for row in small.get("/articles").json()["items"]:
        assert row["snippet"] is None and row["snippet_text"] is None and row["snippet_hits"] is None


def test_timeline_actors_carry_no_arrows(small: Server, server: Server) -> None:
    for srv in (small, server):
        items = srv.get("/timeline", limit=500).json()["items"]
        assert items
        assert not [a for r in items for a in r["actors"] if "→" in a]  # was "→ Hamas"
        assert any(r["targets"] for r in items)
        for row in items:
            if row["kind"] == "event":
                assert len(row["actors"]) == len(row["sources"]) + len(row["targets"])


def test_an_unknown_actor_type_is_a_bad_filter(small: Server) -> None:
    response = small.get("/actors", type="person,foo")
    assert response.status_code == 400, response.text  # was 200 with no rows
    error = response.json()["error"]
    assert error["code"] == "invalid_filter"
    assert error["message"].startswith("type 'foo': no such value; use one of person, organization")
    assert small.get("/actors", type="Organization").json()["items"]


@pytest.mark.parametrize("path", LISTS)
def test_an_empty_date_bound_is_no_bound(small: Server, path: str) -> None:
    whole = small.get(path).json()
    for params in ({"since": ""}, {"until": ""}, {"since": "", "until": ""}):
        response = small.get(path, **params)
        assert response.status_code == 200, response.text  # the store refused since=""
        assert response.json() == whole


def test_dashboard_highlights_hits_not_brackets(browser: Any, small: Server) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = Watched(context.new_page(), small.url)
    try:
        page.open("#/articles?search=mediators")
        snippet = page.page.locator(".article-item .snippet").first
        assert snippet.locator("mark").all_inner_texts() == ["mediators"]  # was also "[in Doha]"
        shown = snippet.inner_text()
        assert "[in Doha]" in shown or "[the mediators]" in shown
        assert "\\" not in shown
        page.shot("search-brackets")
        page.clean()
    finally:
        context.close()
