"""Stories through the API and the dashboard, after ``corpus update`` on a copy of the database."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner
from web_helpers import Server, Watched, serve

from dateline.cli import main
from dateline.model import ArticleRecord
from dateline.store import Store
from dateline.web import create_app
from tests.corpus.corpus_records import OTHER, label_matches, record


@pytest.fixture(scope="module")
def story_server(web_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    update = pytest.importorskip("dateline.corpus.update", reason="dateline.corpus is not installed")
    copy = tmp_path_factory.mktemp("stories") / "stories.db"
    shutil.copy(web_db, copy)
    store = Store(copy, create=False)
    store.put(unrelated_records())  # several stories whether or not ../shared adds its pages
    update.update(store)
    for url in serve(create_app(store)):
        with httpx.Client(base_url=url, timeout=30) as client:
            yield Server(url, store, client)
    store.close()


def unrelated_records() -> list[ArticleRecord]:
    """Three short reports of our own, each on its own subject, so each is a story of its own."""
    return [
        record("web-floods", OTHER, published="2024-08-12"),
        record("web-quake", [
            "A strong earthquake shook the south of Peru early on Thursday, damaging old adobe homes "
            "in several mountain villages, the national emergency office said.",
            "Seismologists put the tremor's depth at about 40 kilometres and warned residents to expect "
            "aftershocks over the coming days."], published="2024-06-28"),
        record("web-harvest", [
            "Wheat farmers across the Punjab began their harvest a week late after an unusually cold "
            "spring, the provincial agriculture department said on Friday.",
            "Officials expect the yield to fall slightly short of last year's record, which could push "
            "flour prices higher before the end of the year."], published="2024-04-19"),
    ]


def test_stories_are_listed_and_shown(story_server: Server) -> None:
    stats = story_server.get("/stats").json()
    stories = story_server.get("/stories").json()["items"]
    assert stats["stories"] == len(stories) >= 1
    biggest = stories[0]
    assert biggest["articles"] >= 2 and biggest["label"]
    story = story_server.get(f"/stories/{biggest['story_id']}").json()
    assert story["story_id"] == biggest["story_id"] and len(story["articles"]) == biggest["articles"]
    days = [t["date"] for t in story["timeline"] if t["date"]]
    assert days, "a story has a dated timeline"
    assert {"proposals", "stances"} <= set(story["negotiation"])
    members = {a["id"] for a in story["articles"]}
    assert all(t["article_id"] in members for t in story["timeline"] if t["article_id"])
    for t in story["timeline"]:  # an event's first report links to its evidence sentence
        if t["kind"] == "event" and t["evidence"]:
            record = story_server.store.get(t["article_id"])
            assert record is not None and record.body[t["evidence"][0]:t["evidence"][1]] == t["text"]
    assert any(t["evidence"] for t in story["timeline"] if t["kind"] == "event")


def test_unknown_story(story_server: Server) -> None:
    response = story_server.get("/stories/0000000000000000")
    assert response.status_code == 404 and response.json()["error"]["code"] == "not_found"


def test_stories_are_a_page_like_every_list(story_server: Server) -> None:
    every = story_server.get("/stories", min_articles=1, limit=500).json()
    assert set(every) == {"items", "limit", "offset", "next_offset", "truncated"}  # was {"items"}
    assert len(every["items"]) >= 2 and every["next_offset"] is None
    first = story_server.get("/stories", min_articles=1, limit=1).json()
    second = story_server.get("/stories", min_articles=1, limit=1, offset=first["next_offset"]).json()
    assert first["items"] + second["items"] == every["items"][:2]  # offset was ignored


def test_a_deep_page_summarises_only_its_own_stories(story_server: Server,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from dateline.store import corpus_read

    every = story_server.get("/stories", min_articles=1, limit=500).json()["items"]
    assert len(every) >= 4
    summarised: list[str] = []
    real = corpus_read.story_summary

    def counted(conn: Any, story_id: str) -> dict[str, Any]:
        summarised.append(story_id)
        return real(conn, story_id)

    monkeypatch.setattr(corpus_read, "story_summary", counted)
    last = story_server.get("/stories", min_articles=1, limit=1, offset=len(every) - 1).json()
    assert last["items"] == every[-1:] and last["next_offset"] is None
    assert summarised == [every[-1]["story_id"]]  # was every story up to the page
    summarised.clear()
    page = story_server.get("/stories", min_articles=1, limit=2, offset=1).json()
    assert page["items"] == every[1:3] and page["next_offset"] == 3
    assert len(summarised) <= 3  # the page and the one row that tells of a next
    found = story_server.get("/stories", min_articles=1, limit=1, offset=1,
                             search=every[1]["label"]).json()  # a search pages past its matches
    assert found["items"] == [r for r in every if label_matches(r["label"], every[1]["label"])][1:2]


def searches(rows: list[dict[str, Any]]) -> list[str]:
    """Texts to search for: words of the labels (as written, upper case, a piece, which is no
    whole word), and none."""
    words = sorted({w for r in rows for w in r["label"].replace(",", " ").split()
                    if any(ch.isalnum() for ch in w)})  # a search of no words is a 400 (",": was no rows)
    return [*words, *(w.upper() for w in words[:3]), *(w[1:4] for w in words[:3] if len(w) > 3),
            "no such words"]


def test_a_search_gives_the_old_rows_and_pages_in_sql(story_server: Server,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The labels ``corpus update`` stored filter the search: the same pages as the old way
    (every story summarised, its label tested), and a deep page summarises only its rows."""
    from dateline.store import corpus_read

    every = story_server.get("/stories", min_articles=1, limit=500).json()["items"]
    with story_server.store.reading() as conn:
        assert corpus_read.labels_complete(conn)
    summarised: list[str] = []
    real = corpus_read.story_summary

    def counted(conn: Any, story_id: str) -> dict[str, Any]:
        summarised.append(story_id)
        return real(conn, story_id)

    monkeypatch.setattr(corpus_read, "story_summary", counted)
    for text in searches(every):
        matching = [r for r in every if label_matches(r["label"], text)]
        for limit, offset in ((500, 0), (1, 0), (1, len(matching) - 1), (2, 1)):
            summarised.clear()
            page = story_server.get("/stories", min_articles=1, search=text, limit=limit,
                                    offset=max(offset, 0)).json()
            expected = matching[max(offset, 0):max(offset, 0) + limit]
            assert page["items"] == expected, (text, limit, offset)
            assert summarised == [r["story_id"] for r in matching[max(offset, 0):max(offset, 0) + limit + 1]]


@pytest.mark.parametrize("raw", ["%FF", "%ED%A0%80", "%C3", "Gaza%FF"])
def test_a_search_of_bytes_that_are_not_utf8_finds_nothing(story_server: Server, raw: str) -> None:
    """A query string's bytes that are not UTF-8 come as U+FFFD, which no label holds: no rows."""
    response = story_server.client.get(f"/stories?min_articles=1&search={raw}")
    assert response.status_code == 200, response.text
    assert response.json()["items"] == []


def test_a_search_with_labels_missing_tests_those_stories_in_their_place(story_server: Server) -> None:
    """A story whose label the store dropped (changed since the last update) is summarised and
    tested where it stands: the same pages, and none lost."""
    from dateline.corpus.update import update
    from dateline.store import corpus_read

    every = story_server.get("/stories", min_articles=1, limit=500).json()["items"]
    with story_server.store.transaction() as conn:
        conn.executemany("DELETE FROM story_labels WHERE story_id = ?", [(r["story_id"],) for r in every[::2]])
    try:
        with story_server.store.reading() as conn:
            assert not corpus_read.labels_complete(conn)
        for text in searches(every):
            matching = [r for r in every if label_matches(r["label"], text)]
            for limit, offset in ((500, 0), (1, 0), (1, len(matching) - 1), (2, 1)):
                page = story_server.get("/stories", min_articles=1, search=text, limit=limit,
                                        offset=max(offset, 0)).json()
                assert page["items"] == matching[max(offset, 0):max(offset, 0) + limit], (text, limit, offset)
    finally:
        assert update(story_server.store).story_labels == len(every[::2])


def test_a_read_only_schema_4_store_is_searched_the_old_way(story_server: Server, tmp_path: Path) -> None:
    """A store of schema 4 (no stored labels) read where it cannot be migrated: the same rows."""
    from tests.store.older import set_version

    copy = tmp_path / "v4.db"
    with story_server.store.reading() as conn:
        conn.execute("VACUUM INTO ?", (str(copy),))
    set_version(copy, 4)
    every = story_server.get("/stories", min_articles=1, limit=500).json()["items"]
    with Store(copy, read_only=True) as old:
        assert old.schema_version == 4
        for url in serve(create_app(old)):
            with httpx.Client(base_url=url, timeout=30) as client:
                assert client.get("/stories", params={"min_articles": 1, "limit": 500}).json()["items"] == every
                for text in searches(every)[:6]:
                    params: dict[str, Any] = {"min_articles": 1, "search": text, "limit": 2, "offset": 1}
                    assert client.get("/stories", params=params).json() == \
                        story_server.get("/stories", **params).json(), text


def test_a_story_is_found_by_any_of_its_articles_as_in_the_cli(story_server: Server) -> None:
    biggest = story_server.get("/stories").json()["items"][0]
    story = story_server.get(f"/stories/{biggest['story_id']}").json()
    for member in story["articles"]:
        for given in (member["id"], member["id"][:10]):
            response = story_server.get(f"/stories/{given}")  # was 404 unless the story's own id
            assert response.status_code == 200, response.text
            assert response.json()["story_id"] == biggest["story_id"]


def test_the_cli_shows_the_story_the_api_shows(story_server: Server) -> None:
    """One builder (dateline.views.story) for both: the same story, row for row; the CLI's rows
    keep their older ``sources`` (a count) and ``actors`` (names, targets as ``→ name``)."""
    biggest = story_server.get("/stories").json()["items"][0]
    api = story_server.get(f"/stories/{biggest['story_id']}").json()
    result = CliRunner().invoke(main, ["story", api["articles"][-1]["id"],
                                       "--db", str(story_server.store.path), "--json"])
    assert result.exit_code == 0, result.stderr
    cli = json.loads(result.stdout)
    assert {k: v for k, v in cli.items() if k != "timeline"} == {k: v for k, v in api.items() if k != "timeline"}
    assert cli["timeline"] == [{**row, "sources": row["n_sources"],
                                "actors": row["sources"] + [f"→ {name}" for name in row["targets"]]}
                               for row in api["timeline"]]
    assert any(row["kind"] == "event" and row["evidence"] for row in cli["timeline"])
    # both surfaces carry both the count and the names, under the same keys
    for mine, theirs in zip(cli["timeline"], api["timeline"], strict=True):
        assert mine["sources"] == mine["n_sources"] == theirs["n_sources"] and isinstance(mine["sources"], int)
        assert mine["source_names"] == theirs["source_names"] == theirs["sources"]
        assert mine["target_names"] == theirs["target_names"] == theirs["targets"]
    assert any(row["kind"] == "event" and row["source_names"] for row in cli["timeline"])


def shared_prefix(ids: list[str]) -> str:
    """The longest prefix two of ``ids`` share ("" when none)."""
    ordered = sorted(ids)
    best = ""
    for a, b in zip(ordered, ordered[1:], strict=False):
        n = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
        best = max(best, a[:n], key=len)
    return best


def test_an_ambiguous_article_prefix_says_so(story_server: Server) -> None:
    prefix = shared_prefix(story_server.store.ids())
    if not prefix:
        pytest.skip("no two stored article ids share a first character")
    for path in (f"/stories/{prefix}", f"/articles/{prefix}"):
        response = story_server.get(path)
        assert response.status_code == 404 and response.json()["error"]["code"] == "not_found"
        message = response.json()["error"]["message"]
        assert "ambiguous" in message and "give more characters" in message, message  # was "no story"
        assert str(story_server.store.path) not in message


def test_story_view(browser: Any, story_server: Server) -> None:
    context = browser.new_context(viewport={"width": 1440, "height": 1000})
    page = Watched(context.new_page(), story_server.url)
    try:
        page.open("")
        assert page.page.locator("#nav-stories").is_visible()
        assert page.page.locator(".story-strip a").count() >= 1  # the overview lists stories
        page.go("#/stories")
        page.page.locator("main .article-item a").first.click()
        page.page.wait_for_selector(".story-head h1")
        page.page.wait_for_selector("body[data-ready=true]")
        assert page.page.locator("main table.rows tbody tr").count() > 0
        assert page.page.locator(".proposal").count() + page.page.locator("main .empty").count() > 0
        page.shot("story")
        page.clean()
    finally:
        context.close()


@pytest.mark.parametrize("path", ["/stories/", "/stories/%20", "/articles/%20"])
def test_an_empty_story_id_is_not_an_ambiguous_prefix(story_server: Server, path: str) -> None:
    response = story_server.get(path)  # the store refuses the blank id (Store.resolve)
    assert response.status_code == 404
    message = response.json()["error"]["message"]
    assert "empty id" in message and "ambiguous" not in message, message  # was "prefix '' is ambiguous"
    assert str(story_server.store.path) not in message


def test_every_event_of_a_story_links_to_its_evidence(story_server: Server) -> None:
    """Also an event whose first report is a duplicate article (it had no evidence span)."""
    for row in story_server.get("/stories", min_articles=1, limit=500).json()["items"]:
        story = story_server.get(f"/stories/{row['story_id']}").json()
        for t in story["timeline"]:
            if t["kind"] != "event":
                continue
            assert t["evidence"], t
            record = story_server.store.get(t["article_id"])
            assert record is not None and record.body[t["evidence"][0]:t["evidence"][1]] == t["text"]


def test_stances_say_where_their_evidence_is(story_server: Server) -> None:
    seen = 0
    for row in story_server.get("/stories", limit=500).json()["items"]:
        for stance in story_server.get(f"/stories/{row['story_id']}").json()["negotiation"]["stances"]:
            record = story_server.store.get(stance["article_id"])
            assert record is not None and stance["evidence_span"] is not None, stance
            start, end = stance["evidence_span"]
            assert record.body[start:end] == stance["evidence"]
            seen += 1
    if not seen:
        pytest.skip("no story with stances in this database")


def test_from_a_story_to_a_stance_evidence_and_back_by_keyboard(browser: Any, story_server: Server) -> None:
    biggest = story_server.get("/stories").json()["items"][0]
    story = story_server.get(f"/stories/{biggest['story_id']}").json()
    if not story["negotiation"]["stances"]:
        pytest.skip("the biggest story has no stances")
    context = browser.new_context(viewport={"width": 1440, "height": 1000})
    page = Watched(context.new_page(), story_server.url)
    try:
        page.open(f"#/story/{biggest['story_id']}")
        assert page.page.locator("main h1").count() == 1
        assert page.page.title() == f"{story['label']} · dateline"
        head = page.page.inner_text(".story-head")
        if story["actors"]:
            assert f"Actors: {', '.join(story['actors'])}" in head
        if story["places"]:
            assert f"Places: {', '.join(story['places'])}" in head
        link = page.page.locator("table.stances a.evidence-link").first
        assert "?ev=" in (link.get_attribute("href") or "")  # was a bare link to the article
        page.page.evaluate("() => { delete document.body.dataset.ready; }")
        link.focus()
        page.page.keyboard.press("Enter")
        page.page.wait_for_selector("body[data-ready=true]")
        page.page.wait_for_selector("#article-body[data-evidence]")
        span = page.page.get_attribute("#article-body", "data-evidence")
        assert span is not None
        stance = story["negotiation"]["stances"][0]
        assert [int(x) for x in span.split("-")] == stance["evidence_span"]
        # the keyboard lands on the new view, which says what it is
        assert page.page.evaluate("() => document.activeElement.id") == "view"
        assert page.page.locator("main h1").count() == 1
        page.clean()
    finally:
        context.close()


def test_a_story_row_says_which_report_its_evidence_is_from(browser: Any, story_server: Server) -> None:
    biggest = story_server.get("/stories").json()["items"][0]
    story = story_server.get(f"/stories/{biggest['story_id']}").json()
    members = {a["id"]: a for a in story["articles"]}
    context = browser.new_context(viewport={"width": 1440, "height": 1000})
    page = Watched(context.new_page(), story_server.url)
    try:
        page.open(f"#/story/{biggest['story_id']}")
        cells = page.page.eval_on_selector_all(
            "main table.rows:not(.stances) td.evidence",
            "tds => tds.map(td => [td.querySelector('a') ? td.querySelector('a').getAttribute('href') : null, "
            "td.querySelector('.report') ? td.querySelector('.report').textContent : null])")
        assert len(cells) == len(story["timeline"])
        for t, (href, report) in zip(story["timeline"], cells, strict=True):
            assert href and t["article_id"] in href
            member = members[t["article_id"]]  # was: the evidence alone, from no named report
            assert report == f"{member['source'] or 'unknown source'} · {member['published'] or 'undated'}"
        page.clean()
    finally:
        context.close()


@pytest.mark.parametrize(("search", "problem"), [('"Gaza', "a double quote is not closed"),
                                                 ("Gaza AND", "AND needs a term after it"),
                                                 ("*Gaza", "'*' goes at the end of a word")])
@pytest.mark.parametrize("path", ["/stories", "/articles", "/quotes"])
def test_a_malformed_search_is_a_400_naming_it_in_every_list(story_server: Server, path: str, search: str,
                                                             problem: str) -> None:
    response = story_server.client.get(path, params={"search": search})
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["code"] == "invalid_filter"
    assert error["message"].startswith(f"search {search!r}: ") and problem in error["message"]


@pytest.mark.parametrize("search", ["-", "—", "& ,", "\x00"])
@pytest.mark.parametrize("path", ["/stories", "/articles", "/quotes"])
def test_a_search_of_no_words_is_a_400_in_every_list(story_server: Server, path: str, search: str) -> None:
    response = story_server.client.get(path, params={"search": search})
    assert response.status_code == 400, response.text  # was 200 with no rows for '-'
    error = response.json()["error"]
    assert error["code"] == "invalid_filter"
    assert error["message"].startswith(f"search {search!r}: no words to search for")


def test_stories_and_articles_take_the_same_search_syntax(story_server: Server) -> None:
    """A prefix, a phrase and OR mean the same over labels as over articles: the quake story is
    found by ``earthq*`` in both, and not by the piece ``earthq``."""
    articles = {r["id"] for r in story_server.get("/articles", search="earthq*", limit=500).json()["items"]}
    assert articles == {"web-quake"}
    every = story_server.get("/stories", min_articles=1, limit=500).json()["items"]
    quake = next(r for r in every if "web-quake" in story_server.get(f"/stories/{r['story_id']}").text)
    word = quake["label"].replace(",", " ").split()[0]
    for search in (word[:4] + "*", f'"{word}"', f"{word} OR nosuchword", f"({word} OR nosuchword) {word}"):
        found = story_server.get("/stories", min_articles=1, search=search, limit=500).json()["items"]
        assert quake in found, search
    assert story_server.get("/stories", min_articles=1, search=f"{word} NOT {word}").json()["items"] == []
