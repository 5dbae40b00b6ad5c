"""Stored story labels (schema 5): ``corpus update`` writes them, a search of stories filters and
pages on them in SQL, and gives the rows the old way (summarise every story, test its label)
gives. Real SQLite files of hand-built records (no spaCy)."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from corpus_records import OTHER, gaza_record, record

from dateline.corpus import stories as story_module
from dateline.corpus import update
from dateline.model import ArticleRecord
from dateline.store import LATEST, Store
from dateline.store import corpus_read as read
from tests.scale.corpus_events import events_corpus
from tests.store.older import downgrade

SEARCHES = ["hamas", "HAMAS", "Untitled", "story, aug", "august 2024", "egypt", "the", "a", ",",
            "no such words", "ÄUGUST"]
PAGES = [(None, 0), (1, 0), (2, 1), (3, 2), (1, 5), (50, 0), (2, 40)]


def corpus() -> list[ArticleRecord]:
    """Many stories of several sizes and labels, copies among them."""
    return [*events_corpus(80, seed=3), gaza_record("gaza-a"), gaza_record("gaza-b", published="2024-08-21"),
            record("flood", OTHER, published="2024-08-12")]


@pytest.fixture()
def updated(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "labels.db") as store:
        store.put(corpus())
        update(store)
        yield store


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """``updated`` for the tests that only read (``old_way`` rolls its deletion back)."""
    with Store(tmp_path_factory.mktemp("labels") / "shared.db") as store:
        store.put(corpus())
        update(store)
        yield store


def old_way(store: Store, **query: Any) -> list[dict[str, Any]]:
    """What ``stories`` gave before labels were stored: with no label rows it summarises as then."""
    with store.transaction() as conn:
        conn.execute("SAVEPOINT old")
        conn.execute("DELETE FROM story_labels")
        assert not read.labels_complete(conn)
        rows = read.stories(conn, **query)
        conn.execute("ROLLBACK TO old")
        conn.execute("RELEASE old")
    return rows


def labels(store: Store) -> dict[str, str]:
    return {r[0]: r[1] for r in store.conn.execute("SELECT story_id, label FROM story_labels")}


def test_update_stores_the_label_each_story_is_summarised_with(updated: Store) -> None:
    every = read.stories(updated.conn, min_articles=1)
    assert len(every) >= 20 and read.labels_complete(updated.conn)
    assert labels(updated) == {r["story_id"]: r["label"] for r in every}
    folded = {r[0]: r[1] for r in updated.conn.execute("SELECT label, folded FROM story_labels")}
    assert all(f == label.casefold() for label, f in folded.items())


@pytest.mark.parametrize("search", SEARCHES)
@pytest.mark.parametrize("min_articles", [1, 2])
def test_a_search_gives_the_rows_of_the_old_way(shared: Store, search: str, min_articles: int) -> None:
    assert read.labels_complete(shared.conn)
    for limit, offset in PAGES:
        query: dict[str, Any] = {"min_articles": min_articles, "search": search, "limit": limit, "offset": offset}
        assert read.stories(shared.conn, **query) == old_way(shared, **query), query


def test_a_deep_search_page_summarises_only_its_own_stories(updated: Store,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    found = read.stories(updated.conn, min_articles=1, search="august")
    assert len(found) >= 10
    summarised: list[str] = []
    real = read.story_summary

    def counted(conn: Any, story_id: str) -> dict[str, Any]:
        summarised.append(story_id)
        return real(conn, story_id)

    monkeypatch.setattr(read, "story_summary", counted)
    deep = read.stories(updated.conn, min_articles=1, search="august", limit=2, offset=len(found) - 2)
    assert deep == found[-2:] and summarised == [r["story_id"] for r in found[-2:]]  # was every story


def test_a_changed_story_loses_its_label_until_the_next_update(updated: Store) -> None:
    before = labels(updated)
    gaza = updated.conn.execute("SELECT story_id FROM corpus_articles WHERE article_id = 'gaza-a'").fetchone()[0]
    updated.put([gaza_record("gaza-a", [*OTHER[:1], "Hamas delegates left Cairo for Doha."])])  # replaced
    assert gaza not in labels(updated) and not read.labels_complete(updated.conn)
    query: dict[str, Any] = {"min_articles": 1, "search": "cairo", "limit": 3}
    assert read.stories(updated.conn, **query) == old_way(updated, **query)  # summarised as before
    report = update(updated)
    assert report.story_labels >= 1 and read.labels_complete(updated.conn)
    every = read.stories(updated.conn, min_articles=1)
    assert labels(updated) == {r["story_id"]: r["label"] for r in every}
    assert {k: v for k, v in labels(updated).items() if k in before and k != gaza} == \
        {k: v for k, v in before.items() if k != gaza}  # the others were not written again
    updated.delete("gaza-b")  # a deleted article's story loses its label too
    assert not read.labels_complete(updated.conn)


def test_a_rebuild_and_a_rerun_keep_the_labels(updated: Store) -> None:
    before = labels(updated)
    assert update(updated).story_labels == 0
    update(updated, rebuild=True)
    assert labels(updated) == before


def test_labels_of_another_labeller_are_written_again(updated: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    before = labels(updated)
    monkeypatch.setattr(story_module, "LABELLER", story_module.LABELLER + 1)
    monkeypatch.setattr(importlib.import_module("dateline.corpus.update"), "LABELLER", story_module.LABELLER)
    assert not read.labels_complete(updated.conn)
    assert update(updated).story_labels == len(before)
    assert labels(updated) == before and read.labels_complete(updated.conn)


def test_a_schema_4_store_is_migrated_and_labelled_at_its_next_update(tmp_path: Path) -> None:
    path = tmp_path / "v4.db"
    with Store(path) as store:
        store.put(corpus())
        update(store)
        expected = read.stories(store.conn, min_articles=1)
        state = store.conn.execute("SELECT * FROM corpus_articles ORDER BY article_id").fetchall()
        downgrade(store.conn, 4)
    with Store(path) as store:  # migrated: nothing lost, no labels yet
        assert store.schema_version == LATEST == 5
        assert store.conn.execute("SELECT * FROM corpus_articles ORDER BY article_id").fetchall() == state
        assert labels(store) == {} and not read.labels_complete(store.conn)
        assert read.stories(store.conn, min_articles=1) == expected
        assert read.stories(store.conn, min_articles=1, search="hamas", offset=1, limit=3) == \
            [r for r in expected if "hamas" in r["label"].casefold()][1:4]  # the old way
        report = update(store)
        assert report.articles == report.story_articles == 0 and report.story_labels == len(expected)
        assert read.labels_complete(store.conn) and read.stories(store.conn, min_articles=1) == expected
        assert labels(store) == {r["story_id"]: r["label"] for r in expected}
