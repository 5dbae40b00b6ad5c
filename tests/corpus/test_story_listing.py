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


@pytest.mark.parametrize("version", [3, 4, 5, 6])
def test_an_older_store_is_listed_by_full_summaries(store: Store, version: int) -> None:
    corpus = Corpus(6)
    store.put(corpus.batch("r-", 60))
    update(store)
    downgrade(store.conn, version)
    assert from_sums(store) == []
    same_rows(store)


def test_one_story_reads_its_stored_state_and_agrees_with_the_full_summary(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """One story (``dateline.views.story``: ``dateline story ID``, ``GET /stories/{id}``) reads its
    label, actors, places and outlets from the stored label and sums where current, the same
    as a full summary; a story whose sums are stale is summarised in full. Real HTTP and CLI."""
    import json

    import httpx
    from click.testing import CliRunner

    from dateline import views
    from dateline.cli import main
    from dateline.web import create_app
    from tests.web.web_helpers import serve

    monkeypatch.setattr(sums, "SMALL", 0)
    fields = ("label", "actors", "places", "outlets")
    with Store(tmp_path / "one.db") as store:
        store.put(Corpus(8).batch("r-", 60))
        update(store)
        stories = [r["story_id"] for r in read.stories(store.conn, min_articles=2)]
        full = {sid: read.story_summary(store.conn, sid) for sid in stories}
        assert any(len(s["outlets"]) > 1 for s in full.values())
        real = read.story_summary
        with monkeypatch.context() as patched:  # a full summary now fails: the stored state is read
            patched.setattr(read, "story_summary", lambda *a: pytest.fail("summarised in full"))
            shown = {sid: views.story(store, sid) for sid in stories}
            for url in serve(create_app(store)):
                served = {sid: httpx.get(f"{url}/stories/{sid}", timeout=30).json() for sid in stories}
            printed = {sid: json.loads(CliRunner().invoke(main, ["story", sid, "--db", str(store.path), "--json"]).stdout)
                       for sid in stories}
        for sid in stories:
            for got in (shown[sid], served[sid], printed[sid]):
                assert {k: got[k] for k in fields} == {k: full[sid][k] for k in fields}, sid
        gone = store.conn.execute("SELECT article_id FROM corpus_articles WHERE story_id = ? LIMIT 1",
                                  (stories[0],)).fetchone()[0]
        store.delete(gone)  # its story's sums are no longer whole: summarised in full
        called: list[str] = []
        monkeypatch.setattr(read, "story_summary", lambda conn, sid: called.append(sid) or real(conn, sid))
        again = views.story(store, stories[0])
        assert called == [stories[0]] and {k: again[k] for k in fields} == {k: real(store.conn, stories[0])[k]
                                                                          for k in fields}
