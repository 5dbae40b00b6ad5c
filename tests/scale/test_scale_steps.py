"""Writing the cluster's cross-article rows into the store (no cluster needed): the staged rows
go in in one transaction, so a row that fails part-way leaves the store as it was; a store that
another connection changed after the plan is not written at all; the staging file beside the
store is never left behind, even by a killed process."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from dateline.corpus import update
from dateline.scale.steps import (
    CORPUS_TABLES,
    STAGING_PREFIX,
    StoreChanged,
    StoreShape,
    copy_staged,
    staging,
    to_store,
)
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


@contextlib.contextmanager
def staged(folder: Path, tables: dict[str, list[tuple[Any, ...]]]) -> Iterator[sqlite3.Connection]:
    with staging(folder) as spill:
        for table, values in tables.items():
            spill.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(CORPUS_TABLES[table]))})",
                              values)
        spill.commit()
        yield spill


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
        with pytest.raises(sqlite3.IntegrityError), staged(tmp_path, tables) as spill:
            copy_staged(store, spill)
        assert state(store) == before
        assert not store.conn.in_transaction
        good = rows(store)
        with staged(tmp_path, good) as spill:  # the same without it
            copy_staged(store, spill)
        after = state(store)
    assert {name: len(after[name]) for name in CORPUS_TABLES} == {
        name: len(values) for name, values in good.items()}
    with sqlite3.connect(tmp_path / "t.db") as other:  # on disk, as another reader sees it
        links = other.execute("SELECT a, b, score FROM event_links").fetchall()
    assert links == good["event_links"]


def _more(path: Path) -> None:
    with Store(path) as other:
        other.put(events_corpus(2, seed=5))


def _replace_last(path: Path) -> None:
    """The last article replaced by a record with the same id and as many events: the same
    row count, largest rowid and event keys, only the content differs."""
    with Store(path) as other:
        last = other.get(other.conn.execute("SELECT id FROM articles ORDER BY rowid DESC").fetchone()[0])
        assert last is not None
        other.put([dataclasses.replace(last, title="Updated")])


def _corpus_update(path: Path) -> None:
    with Store(path) as other:
        update(other)


@pytest.mark.parametrize(("change", "expected"), [
    (_more, "it now holds 8 articles up to row 8, not 6 up to row 6"),
    (_replace_last, "another connection wrote to it"),
    (_corpus_update, "it now has cross-article state in corpus_articles, lsh_bands, "),
])
def test_a_store_changed_after_the_plan_is_not_written(change: Callable[[Path], None], expected: str,
                                                       tmp_path: Path) -> None:
    """Another process writes to the store between the plan (its shape) and the copy: the copy
    raises StoreChanged in its transaction, before writing anything."""
    with Store(tmp_path / "t.db") as store:
        store.put(events_corpus(6))
        with store.reading() as conn:
            shape = StoreShape.of(conn)
        tables = rows(store)
        change(tmp_path / "t.db")  # another connection, as another process
        before = state(store)
        with pytest.raises(StoreChanged) as raised, staged(tmp_path, tables) as spill:
            copy_staged(store, spill, shape)
        assert raised.value.what.startswith(expected)
        assert str(raised.value).startswith(f"{tmp_path / 't.db'}: {expected}")
        assert state(store) == before
        assert not store.conn.in_transaction


def test_an_unchanged_store_is_written(tmp_path: Path) -> None:
    with Store(tmp_path / "t.db") as store:
        store.put(events_corpus(6))
        with store.reading() as conn:
            shape = StoreShape.of(conn)
        tables = rows(store)
        with Store(tmp_path / "t.db") as other:  # another connection that only reads
            assert len(other.ids()) == 6
        with staged(tmp_path, tables) as spill:
            copy_staged(store, spill, shape)
        assert len(state(store)["event_links"]) == 1


def test_staging_leaves_no_file_even_when_killed(tmp_path: Path) -> None:
    """The staging database works without a name in the folder: a process killed while it
    stages rows (here by SIGKILL, after many rows) leaves the folder as it found it."""
    script = textwrap.dedent(f"""
        import os, signal
        from pathlib import Path
        from dateline.scale.steps import staging
        with staging(Path({str(tmp_path)!r})) as spill:
            for n in range(20):
                spill.executemany("INSERT INTO lsh_bands VALUES (?, ?)",
                                  [(k, "x" * 200) for k in range(2000)])
            spill.commit()
            assert spill.execute("SELECT COUNT(*) FROM lsh_bands").fetchone()[0] == 40000
            print(sorted(p.name for p in Path({str(tmp_path)!r}).iterdir()), flush=True)
            os.kill(os.getpid(), signal.SIGKILL)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, cwd=Path(__file__).resolve().parents[2], check=False)
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert done.stdout.strip() == "[]"  # nothing named in the folder while it staged
    assert not [p for p in os.listdir(tmp_path) if p.startswith(STAGING_PREFIX)]


def test_without_a_cluster_corpus_update_runs_here_and_reads_no_partition(tmp_path: Path) -> None:
    """A store that held articles before the run gets no cluster (``dateline ingest --dask``
    starts none): ``corpus update`` runs here, says why, and no Parquet file is read (here
    there are none)."""
    said: list[str] = []
    with Store(tmp_path / "one.db") as one, Store(tmp_path / "dask.db") as dask:
        for store in (one, dask):
            store.put(events_corpus(8))
        update(one)
        assert not to_store(None, dask, tmp_path / "no-such-folder", ["p0", "p1"], say=said.append)
        assert state(dask) == state(one)
    assert said == ["cross-article steps on this machine (dateline corpus update): the store held "
                    "articles before this run"]
