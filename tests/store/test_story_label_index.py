"""The stored FTS5 index of story labels (schema 9): a search of stories by label finds what the
labels indexed in memory at each search found (schema 5 to 8), the index follows every write of
a label (insert, upsert, the triggers' deletes, a rebuild), and a store of schema 8 on a real
file migrates without loss. Labels and records of our own."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dateline.corpus import update
from dateline.store import LATEST, Store, schema
from dateline.store import corpus as sql
from dateline.store import corpus_read as read
from dateline.store.queries import SearchError

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "corpus"))  # corpus_records, as tests/corpus do
from tests.corpus.test_story_labels import corpus, lettered  # noqa: E402
from tests.store.older import downgrade  # noqa: E402

#: labels of our own: punctuation, hyphens, apostrophes, accents, letters case folding changes
LABELS = {
    "s01": "Gaza ceasefire talks, August 2024", "s02": "Hamas-backed protests in Cairo",
    "s03": "Cairo aid trucks, August 2024", "s04": "São Paulo floods, May 2024",
    "s05": "Kyïv grain exports", "s06": "İstanbul corridor talks", "s07": "Großmann repairs start",
    "s08": "Ǆakovica mayor, May 2024", "s09": "Don't stop the talks", "s10": "Untitled story, August 2024",
    "s11": "Egypt and Qatar mediation", "s12": "Talks talks talks", "s13": "The 5'11\" envoy",
    "s14": "Ceasefire (partial) in Rafah", "s15": "Naïve café owners, 2024",
}

#: searches in the search syntax: words, phrases, prefixes, boolean operators and brackets,
#: letters beyond ASCII, words FTS5 makes no token of, and text that was not UTF-8
QUERIES = [
    "talks", "TALKS", "cairo", "august 2024", '"august 2024"', '"2024 august"', "aug*", '"cairo a"*',
    "talks NOT ceasefire", "hamas OR qatar", "(hamas OR qatar) cairo", "talks AND (gaza OR istanbul)",
    "NOT*", "hamas-backed", '"hamas backed"', "don't", "5'11\"", "sao paulo", "são paulo", "SÃO PAULO",
    "kyiv", "kyïv", "İstanbul", "istanbul", "großmann", "GROẞMANN", "grossmann", "ǆakovica", "ǄAKOVICA",
    "ǅ", "naive cafe", "naïve", "café*", "(partial)", "\udcff", "cairo \ufffd", "ceas* rafah",
    "untitled story", "nothing here", "2024",
]

#: searches whose syntax is wrong: the same error either way
#: (",", "— &": words FTS5 makes no token of, alone: "no words to search for"; were QUERIES of no rows)
WRONG = ["AND talks", "talks OR", "(talks", "talks)", '"talks', "ta*lks", '""', "NEAR", "()", ",", "— &"]


@pytest.fixture()
def labelled(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "labels.db") as store:
        with store.transaction() as conn:
            sql.put_story_labels(conn, sorted(LABELS.items()), 1)
        yield store


def indexed(conn: sqlite3.Connection, text: str) -> set[str]:
    """The story ids whose stored label the stored index matches."""
    query = read.LabelSearch(text).query
    return {r[0] for r in conn.execute("SELECT story_id FROM story_labels WHERE rowid IN (SELECT rowid FROM "
                                       "story_labels_fts WHERE story_labels_fts MATCH ?)", (query,))}


def in_memory(conn: sqlite3.Connection, text: str) -> set[str]:
    """The story ids whose stored label matches, the labels indexed in memory (schema 5 to 8)."""
    search = read.LabelSearch(text)
    try:
        return search.hits([(r[0], r[1]) for r in conn.execute("SELECT story_id, label FROM story_labels")])
    finally:
        search.close()


def integrity(conn: sqlite3.Connection) -> None:
    """FTS5's own check that the index holds exactly the stored labels (an error otherwise)."""
    conn.execute("INSERT INTO story_labels_fts(story_labels_fts, rank) VALUES ('integrity-check', 1)")


@pytest.mark.parametrize("text", QUERIES)
def test_the_stored_index_finds_what_the_labels_in_memory_found(labelled: Store, text: str) -> None:
    assert indexed(labelled.conn, text) == in_memory(labelled.conn, text)


def test_the_queries_find_something_and_not_everything(labelled: Store) -> None:
    found = {text: indexed(labelled.conn, text) for text in QUERIES}
    assert found["talks"] == {"s01", "s06", "s09", "s12"} and found['"2024 august"'] == set()
    assert found["sao paulo"] == {"s04"} and found["grossmann"] == set() and found["hamas-backed"] == {"s02"}
    assert found["aug*"] == {"s01", "s03", "s10"} and found["talks NOT ceasefire"] == {"s06", "s09", "s12"}
    assert sum(bool(v) for v in found.values()) >= 25 and all(len(v) < len(LABELS) for v in found.values())


@pytest.mark.parametrize("text", WRONG)
def test_a_wrong_search_is_the_same_error(tmp_path: Path, text: str) -> None:
    with Store(tmp_path / "s.db") as store:
        store.put(corpus()[:6])
        update(store)
        with pytest.raises(SearchError) as stored:
            read.stories(store.conn, min_articles=1, search=text)
    with pytest.raises(SearchError) as memory:
        read.LabelSearch(text)
    assert str(stored.value) == str(memory.value) and repr(text) in str(stored.value)


def test_the_index_follows_upserts_deletes_and_updates(labelled: Store) -> None:
    with labelled.transaction() as conn:
        sql.put_story_labels(conn, [("s01", "Rafah crossing reopens"), ("s16", "Gaza talks resume")], 1)
        conn.execute("DELETE FROM story_labels WHERE story_id IN ('s02', 's12')")
        conn.execute("UPDATE story_labels SET label = 'Cairo bread prices' WHERE story_id = 's03'")
    integrity(labelled.conn)
    for text in [*QUERIES, "rafah", "gaza talks", "bread"]:
        assert indexed(labelled.conn, text) == in_memory(labelled.conn, text), text
    assert indexed(labelled.conn, "talks") == {"s06", "s09", "s16"}
    assert indexed(labelled.conn, "cairo") == {"s03"}


def searches(store: Store) -> dict[tuple[str, int, int | None, int], list[dict[str, Any]]]:
    """Every fixture search of the stories, at two sizes and a few pages."""
    return {(text, n, limit, offset): read.stories(store.conn, min_articles=n, search=text, limit=limit, offset=offset)
            for text in [*QUERIES, "hamas", "egypt", "august", "the"] for n in (1, 2)
            for limit, offset in ((None, 0), (2, 1))}


def test_a_search_of_stories_gives_the_rows_the_labels_in_memory_gave(tmp_path: Path) -> None:

    with Store(tmp_path / "s.db") as store:
        store.put([*corpus(), *lettered()])
        update(store)
        integrity(store.conn)
        by_index = searches(store)
        assert sum(bool(rows) for rows in by_index.values()) >= 40
        downgrade(store.conn, 8)  # no stored index: the labels indexed in memory, as schema 8 did
        assert searches(store) == by_index


def test_update_and_rebuild_keep_the_index_whole(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        records = [*corpus(), *lettered()]
        store.put(records[::2])
        update(store)
        store.put(records[1::2])  # stories grow and merge: their labels dropped and written again
        update(store)
        integrity(store.conn)
        expected = searches(store)
        update(store, rebuild=True)
        integrity(store.conn)
        assert searches(store) == expected


def schema_8_store(path: Path) -> None:
    """A store on ``path`` written and updated, then set back to schema 8 (the rows a dateline of
    schema 8 would have written: migrations 9 and later add none of their own)."""
    with Store(path) as old:
        old.put([*corpus(), *lettered()])
        update(old)
        downgrade(old.conn, 8)
        assert old.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'story_labels_fts'").fetchone() is None


def test_a_schema_8_store_migrates_without_loss(tmp_path: Path) -> None:
    path = tmp_path / "v8.db"
    schema_8_store(path)
    tables = ("story_labels", "corpus_articles", "story_terms", "story_label_state", "articles")
    with sqlite3.connect(path) as conn:
        before = {t: [tuple(r) for r in conn.execute(f"SELECT * FROM {t} ORDER BY 1")] for t in tables}
        assert len(before["story_labels"]) > 10
    with Store(path, read_only=True) as old:  # read as it is: readers may skip migration 9
        assert old.schema_version == 8
        expected = searches(old)  # the labels indexed in memory
    with Store(path) as store:
        assert store.schema_version == LATEST >= 9
        assert {t: [tuple(r) for r in store.conn.execute(f"SELECT * FROM {t} ORDER BY 1")] for t in tables} == before
        integrity(store.conn)  # every stored label indexed by the migration
        assert searches(store) == expected
        assert update(store).story_labels == 0  # nothing to write again
    with Store(path) as again:  # reopening applies nothing twice
        assert [r[0] for r in again.conn.execute("SELECT version FROM schema_migrations")] == list(range(1, LATEST + 1))


def test_migration_9_runs_again_on_a_store_set_back_by_hand(tmp_path: Path) -> None:
    path = tmp_path / "set-back.db"
    with Store(path) as store:
        store.put(corpus()[:10])
        update(store)
        expected = searches(store)
        store.conn.execute("DELETE FROM schema_migrations WHERE version >= 9")  # set back: 9 and later
        store.conn.execute("PRAGMA user_version = 8")
    with Store(path) as store:
        assert store.schema_version == LATEST
        integrity(store.conn)
        assert searches(store) == expected


def test_a_migration_cut_short_while_it_indexes_the_labels_leaves_schema_8(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Migration 9 is one transaction: cut short at its last statement (the index of the stored
    labels being built: Ctrl-C, a full disk), the store is as it was at schema 8, no index, no
    trigger, and the next open migrates it whole."""
    path = tmp_path / "cut.db"
    schema_8_store(path)
    applied = schema._column_exists

    def cut_at_rebuild(conn: sqlite3.Connection, statement: str) -> bool:
        if "'rebuild'" in statement:
            raise KeyboardInterrupt
        return applied(conn, statement)

    with monkeypatch.context() as patched:
        patched.setattr(schema, "_column_exists", cut_at_rebuild)
        with pytest.raises(KeyboardInterrupt):
            Store(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 8
        assert conn.execute("SELECT name FROM sqlite_master WHERE name LIKE 'story_labels_fts%'").fetchall() == []
        assert conn.execute("SELECT COUNT(*) FROM schema_migrations WHERE version = 9").fetchone()[0] == 0
    with Store(path) as store:
        assert store.schema_version == LATEST
        integrity(store.conn)
        assert store.conn.execute("SELECT COUNT(*) FROM story_labels_fts").fetchone()[0] > 10
