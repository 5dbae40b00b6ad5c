"""The work left to ``corpus update`` (schema 10's pending tables, kept by triggers): always what
the scans of the store it replaced would find, filled so by migration 10, left pending by an
update cut short, cleared by a finished one. Records of our own (tests.scale.corpus_events)."""

from __future__ import annotations

import importlib
import sqlite3
from collections.abc import Callable
from contextlib import closing
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from dateline.corpus import update
from dateline.corpus.stories import LABELLER
from dateline.corpus.update import CorpusOptions
from dateline.store import LATEST, Store
from dateline.store import corpus as sql
from tests.scale.corpus_events import events_corpus, state
from tests.store.older import downgrade

#: the scans of schema 9's ``corpus update`` (what its state lacks), as they were
OLD_SCANS = {
    "articles": "SELECT a.id FROM articles a LEFT JOIN corpus_articles c ON c.article_id = a.id "
                "WHERE c.article_id IS NULL ORDER BY a.rowid",
    "events": "SELECT e.event_key FROM events e LEFT JOIN event_clusters c ON c.event_key = e.event_key "
              "WHERE c.event_key IS NULL ORDER BY e.event_key",
    "stories": "SELECT DISTINCT c.story_id FROM corpus_articles c WHERE c.story_id IS NOT NULL AND NOT EXISTS "
               f"(SELECT 1 FROM story_labels l WHERE l.story_id = c.story_id AND l.labeller = {LABELLER}) "
               "ORDER BY c.story_id",
}


def old_scans(conn: sqlite3.Connection) -> dict[str, list[Any]]:
    return {name: [r[0] for r in conn.execute(query)] for name, query in OLD_SCANS.items()}


def pending(conn: sqlite3.Connection) -> dict[str, list[Any]]:
    """The work as ``corpus update`` now reads it."""
    return {"articles": [r["id"] for r in sql.new_articles(conn, 10**6)],
            "events": sql.new_event_keys(conn, 10**6),
            "stories": sql.unlabelled_stories(conn, LABELLER, 10**6)}


def outcome(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """The state an update leaves, with the labels."""
    return {**state(store), "labels": sorted(tuple(r) for r in store.conn.execute(
        "SELECT story_id, label, folded, labeller FROM story_labels"))}


update_module = importlib.import_module("dateline.corpus.update")  # the package's name is the function's
RECORDS = events_corpus(60, seed=5)


def half_done(store: Store) -> None:
    """A store in the middle of things: updated once, records added since, one replaced, one
    deleted after its update, a story merged by a later article, a label of another labeller."""
    store.put(RECORDS[:30])
    update(store)
    store.put(RECORDS[30:45])
    update(store)
    store.delete(RECORDS[3].id)  # a storied article: its story loses its label
    store.put(RECORDS[45:])  # not yet seen by an update
    store.conn.execute("UPDATE story_labels SET labeller = ? WHERE rowid = (SELECT MIN(rowid) FROM story_labels)",
                       (LABELLER - 1,))


def test_pending_work_is_what_the_old_scans_find_at_every_step(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        assert pending(store.conn) == old_scans(store.conn)
        store.put(RECORDS[:30])
        found = pending(store.conn)
        assert found == old_scans(store.conn) and len(found["articles"]) == 30 and found["events"]
        update(store)
        assert pending(store.conn) == old_scans(store.conn) == {"articles": [], "events": [], "stories": []}
        half_done(store)
        found = pending(store.conn)
        assert found == old_scans(store.conn)
        assert len(found["articles"]) == 15 and found["events"] and len(found["stories"]) >= 2
        update(store)
        assert pending(store.conn) == {"articles": [], "events": [], "stories": []}
        update(store, rebuild=True)  # forgets and recomputes: nothing is left either
        assert pending(store.conn) == old_scans(store.conn) == {"articles": [], "events": [], "stories": []}


def test_a_schema_9_store_migrates_with_the_work_the_old_scans_find(tmp_path: Path) -> None:
    path = tmp_path / "v9.db"
    with Store(path) as store:
        half_done(store)
        downgrade(store.conn, 9)
        expected = old_scans(store.conn)
        assert len(expected["articles"]) == 15 and expected["events"] and len(expected["stories"]) >= 2
        assert store.conn.execute("SELECT 1 FROM sqlite_master WHERE name LIKE 'pending%'").fetchone() is None
    with Store(path) as store:
        assert store.schema_version == LATEST >= 10
        assert pending(store.conn) == expected
        assert sql.count_new(store.conn) == {"articles": 15, "events": len(expected["events"])}
        assert sql.count_unlabelled(store.conn, LABELLER) == len(expected["stories"])
        update(store)
        migrated = outcome(store)
    with Store(tmp_path / "never.db") as store:  # the same records, never set back
        half_done(store)
        update(store)
        assert outcome(store) == migrated


def test_an_old_store_read_only_counts_its_work_by_the_old_scans(tmp_path: Path) -> None:
    path = tmp_path / "v9.db"
    with Store(path) as store:
        half_done(store)
        expected = sql.count_new(store.conn)
        downgrade(store.conn, 9)
    with Store(path, read_only=True) as old:
        assert old.schema_version == 9 and sql.count_new(old.conn) == expected


@pytest.mark.parametrize("fail_in", ["_dedup_batch", "_events_batch", "_stories_batch", "_labels_batch"])
def test_an_update_cut_short_leaves_its_work_pending_and_a_rerun_finishes_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fail_in: str) -> None:
    """Each batch committed apart (commit_seconds 0): a pass that raises at its second batch
    keeps what the first committed, the rest stays pending (as the old scans find it), and the
    next update ends where an update never cut short ends."""
    options = CorpusOptions(batch_size=1, commit_seconds=0)
    with Store(tmp_path / "clean.db") as clean:
        half_done(clean)
        update(clean, options)
        expected = outcome(clean)
    with Store(tmp_path / "cut.db") as store:
        half_done(store)
        before = pending(store.conn)
        real, calls = getattr(update_module, fail_in), [0]

        def second_fails(*args: Any) -> None:
            calls[0] += 1
            if calls[0] == 2:
                raise KeyboardInterrupt
            real(*args)

        with monkeypatch.context() as patched:
            patched.setattr(update_module, fail_in, second_fails)
            with pytest.raises(KeyboardInterrupt):
                update(store, options)
        left = pending(store.conn)
        assert left == old_scans(store.conn) and left != before and any(left.values())
        update(store, options)
        assert pending(store.conn) == {"articles": [], "events": [], "stories": []}
        assert outcome(store) == expected


def test_a_rerun_finds_nothing_and_changes_nothing(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        half_done(store)
        update(store)
        done = outcome(store)
        again = update(store)
        assert (again.articles, again.events, again.story_articles, again.story_labels) == (0, 0, 0, 0)
        assert outcome(store) == done


def test_a_deleted_article_takes_its_pending_work_with_it(tmp_path: Path) -> None:
    """Deleted before an update: its article and events are no work any more. Deleted after: its
    story (if others remain in it) is to be labelled again; a story of its own is gone."""
    with Store(tmp_path / "s.db") as store:
        store.put(RECORDS[:20])
        gone = RECORDS[0].id
        keys = [r[0] for r in store.conn.execute("SELECT event_key FROM events WHERE article_id = ?", (gone,))]
        assert keys and set(keys) <= set(pending(store.conn)["events"])
        store.delete(gone)
        found = pending(store.conn)
        assert gone not in found["articles"] and not set(keys) & set(found["events"])
        assert found == old_scans(store.conn)
        update(store)
        sizes = dict(store.conn.execute("SELECT story_id, COUNT(*) FROM corpus_articles GROUP BY story_id"))
        member = store.conn.execute("SELECT article_id, story_id FROM corpus_articles WHERE story_id IN "
                                    f"({','.join('?' * len(sizes))})", list(sizes)).fetchall()
        shared = next(r for r in member if sizes[r[1]] > 1)
        alone = next(r for r in member if sizes[r[1]] == 1)
        store.delete(shared[0])
        store.delete(alone[0])
        found = pending(store.conn)
        assert found == old_scans(store.conn)
        assert found["stories"] == [shared[1]]  # a story of its own is no work


def relabel_due(path: Path, stories: int) -> None:
    """A store of ``stories`` two-article stories, each labelled by the version before LABELLER
    (as after a change of the label function), and a few unlabelled ones."""
    Store(path).close()
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO corpus_articles (article_id, signature, shingles, length, sortkey, story_id, "
                         "updated_at) VALUES (?, x'00', 1, 1, 'k', ?, 'now')",
                         [(f"a{i:06d}{j}", f"s{i:06d}") for i in range(stories + 5) for j in "ab"])
        conn.executemany("INSERT INTO story_labels (story_id, label, folded, labeller) VALUES (?, 'x', 'x', ?)",
                         [(f"s{i:06d}", LABELLER - 1) for i in range(stories)])
        conn.execute("COMMIT")


def steps(conn: sqlite3.Connection, run: Callable[[], object]) -> int:
    """SQLite's virtual machine steps (in tens) that ``run`` takes: work done, not time."""
    count = [0]

    def tick() -> int:
        count[0] += 1
        return 0

    conn.set_progress_handler(tick, 10)
    try:
        run()
    finally:
        conn.set_progress_handler(None, 0)
    return count[0]


def test_a_batch_of_stories_to_relabel_costs_the_same_in_a_larger_store(tmp_path: Path) -> None:
    """After a LABELLER change every story is to label again: a batch of them is read from the
    label version's index at the cursor, not by sorting every old label at each batch (which
    made relabelling a store take time in the square of its stories)."""
    cost: dict[int, int] = {}
    for stories in (500, 4000):
        relabel_due(tmp_path / f"{stories}.db", stories)
        with Store(tmp_path / f"{stories}.db") as store:
            found = sql.unlabelled_stories(store.conn, LABELLER, 10, "s000100")
            assert found == [f"s{i:06d}" for i in range(101, 111)]
            assert sql.count_unlabelled(store.conn, LABELLER) == stories + 5
            assert sql.unlabelled_stories(store.conn, LABELLER, 10, f"s{stories - 2:06d}") == [
                f"s{i:06d}" for i in range(stories - 1, stories + 5)]  # the last old label, then the unlabelled
            cost[stories] = steps(store.conn, partial(sql.unlabelled_stories, store.conn, LABELLER, 10, "s000100"))
    assert cost[4000] < 2 * cost[500], cost
