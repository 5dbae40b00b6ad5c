"""Writing the cluster's cross-article rows into the store (no cluster needed): the staged rows
go in in one transaction, so a row that fails part-way leaves the store as it was."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from dateline.scale.steps import CORPUS_TABLES, copy_staged, open_staging
from dateline.store import Store
from tests.scale.corpus_events import events_corpus, state


def rows(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """One good row per table, for the first article and its first events."""
    aid = store.ids()[0]
    first, second = (r[0] for r in store.conn.execute(
        "SELECT event_key FROM events ORDER BY event_key LIMIT 2"))
    return {"corpus_articles": [(aid, b"sig", 10, 100, "2024-08-05", "k", None, None, "now")],
            "lsh_bands": [(7, aid), (8, aid)],
            "duplicate_pairs": [],
            "event_clusters": [(first, "c1", "k", "FIGHT", "2024-08-05", "2024-08-05", 0, 9),
                               (second, "c1", "k", "FIGHT", None, None, None, None)],
            "event_blocks": [("FIGHT|cty:ISR", "2024-08-05", "2024-08-05", first)],
            "event_links": [(first, second, 0.8)]}


def staged(path: Path, tables: dict[str, list[tuple[Any, ...]]]) -> Path:
    with contextlib.closing(open_staging(path)) as spill:
        for table, values in tables.items():
            spill.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(CORPUS_TABLES[table]))})",
                              values)
        spill.commit()
    return path


@pytest.mark.parametrize(("table", "bad"), [
    ("corpus_articles", ("no-such-article", b"s", 1, 1, None, "k", None, None, "now")),  # foreign key
    ("event_blocks", ("FIGHT|cty:ISR", None, "2024-08-05", 1)),  # a NULL day
    ("event_links", (1, 2, None)),  # the last table: everything else already written
])
def test_a_row_failing_part_way_leaves_the_store_as_it_was(table: str, bad: tuple[Any, ...],
                                                           tmp_path: Path) -> None:
    with Store(tmp_path / "t.db") as store:
        store.put(events_corpus(6))
        before = state(store)
        tables = rows(store)
        tables[table] = [*tables[table], bad]
        with pytest.raises(sqlite3.IntegrityError):
            copy_staged(store, staged(tmp_path / "bad.db", tables))
        assert state(store) == before
        assert not store.conn.in_transaction
        good = rows(store)
        copy_staged(store, staged(tmp_path / "good.db", good))  # the same without it
        after = state(store)
    assert {name: len(after[name]) for name in CORPUS_TABLES} == {
        name: len(values) for name, values in good.items()}
    with sqlite3.connect(tmp_path / "t.db") as other:  # on disk, as another reader sees it
        links = other.execute("SELECT a, b, score FROM event_links").fetchall()
    assert links == good["event_links"]
