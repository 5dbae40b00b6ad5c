"""Listing stories (``corpus_read.stories``: ``dateline stories``, ``GET /stories``) from stored
labels and running sums (schema 6) gives the rows of the full-summary listing
(``stored=False``) on real SQLite files: across update rounds, with labels gone stale
before the next update, sums not whole, and stores of older schemas. Records of our own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from test_label_sums import Corpus

from dateline.corpus import update
from dateline.store import Store
from dateline.store import corpus_read as read
from dateline.store import labels as sums
from tests.store.older import downgrade

#: (min_articles, search, limit, offset)
LISTINGS = [(2, None, None, 0), (1, None, 50, 0), (1, None, 5, 3), (3, None, 2, 1), (1, "august", None, 0),
            (1, "talks", 4, 2), (2, "DOHA", 3, 0), (1, "no such words", None, 0), (1, "a", 10, 7)]


@pytest.fixture()
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    monkeypatch.setattr(sums, "SMALL", 3)  # stories of three articles or more keep sums
    with Store(tmp_path / "listing.db") as opened:
        yield opened


def same_rows(store: Store) -> None:
    for n, search, limit, offset in LISTINGS:
        assert read.stories(store.conn, min_articles=n, search=search, limit=limit, offset=offset) == \
            read.stories(store.conn, min_articles=n, search=search, limit=limit, offset=offset, stored=False), \
            (n, search, limit, offset)


def from_sums(store: Store) -> list[str]:
    """The stories that the listing reads from stored state (no full summary)."""
    return [r["story_id"] for r in read.stories(store.conn, min_articles=1)
            if sums.stored_summary(store.conn, r["story_id"], r["distinct_articles"]) is not None]


def test_the_listing_gives_the_full_summary_rows_round_after_round(store: Store) -> None:
    corpus = Corpus(4)
    for n in range(4):
        store.put(corpus.batch(f"r{n}-", 40))
        update(store)
        assert from_sums(store)  # the stored state is read, not summarised
        same_rows(store)
        summed = from_sums(store)
        gone = store.conn.execute("SELECT article_id FROM corpus_articles WHERE labelled_in = ? LIMIT 1",
                                  (summed[0],)).fetchone()[0]
        store.delete(gone)  # a member gone, no update yet: its story's label and sums are gone too
        assert not read.labels_complete(store.conn) and summed[0] not in from_sums(store)
        same_rows(store)


def test_a_label_or_sums_that_are_not_current_are_summarised_in_full(store: Store,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sums, "SMALL", 0)  # every story keeps sums
    corpus = Corpus(5)
    store.put(corpus.batch("r-", 80))
    update(store)
    read_from_sums = from_sums(store)
    assert len(read_from_sums) >= 3
    first, second, third = read_from_sums[:3]
    with store.transaction() as conn:
        conn.execute("DELETE FROM story_label_state WHERE story_id = ?", (first,))  # sums not whole
        conn.execute("UPDATE corpus_articles SET labelled_in = NULL WHERE article_id = (SELECT article_id FROM "
                     "corpus_articles WHERE labelled_in = ? LIMIT 1)", (second,))  # an article not counted
        conn.execute("UPDATE story_labels SET labeller = labeller + 1 WHERE story_id = ?", (third,))
    assert first not in from_sums(store) and second not in from_sums(store) and third not in from_sums(store)
    assert set(from_sums(store)) == set(read_from_sums[3:])
    same_rows(store)


@pytest.mark.parametrize("version", [3, 4, 5])
def test_an_older_store_is_listed_by_full_summaries(store: Store, version: int) -> None:
    corpus = Corpus(6)
    store.put(corpus.batch("r-", 60))
    update(store)
    downgrade(store.conn, version)
    assert from_sums(store) == []
    same_rows(store)
