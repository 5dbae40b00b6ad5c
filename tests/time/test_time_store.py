"""Captions' time expressions in the store: schema 8 adds ``timexes.offsets_in``; a store written
by schema 7 migrates in place and loses nothing; a read-only schema 7 store is read as it is."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from pathlib import Path

import pytest

from dateline.model import Timex
from dateline.store import LATEST, Store, schema
from tests.records import record_a, record_b

#: a caption's timex (its offsets index furniture 0's text, "Delegates arrive. Image Credit: AFP")
CAPTION = Timex(0, 9, "Delegates", "DATE", "2024-08-24", offsets_in="furniture:0")


def _old_store(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A schema 7 store holding ``record_a`` as the dateline of schema 7 wrote it: its tables made
    by migrations 1-7 only, its rows those of the same record (no ``offsets_in`` anywhere)."""
    new = path.with_name("new.db")
    with Store(new) as store:
        store.put([record_a()])
    with monkeypatch.context() as patched:
        patched.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:7])
        with Store(path) as old:
            assert old.schema_version == 7
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("ATTACH DATABASE ? AS new", (str(new),))
    for table in ("articles", "furniture", "actors", "article_actors", "mentions", "timexes", "places", "quotes",
                  "quote_speakers", "events", "event_actors", "proposals", "proposal_actors", "stances"):
        cols = ", ".join(f'"{r[1]}"' for r in conn.execute(f"PRAGMA main.table_info({table})"))
        conn.execute(f"INSERT INTO main.{table} ({cols}) SELECT {cols} FROM new.{table}")
    stored = json.loads(conn.execute("SELECT record FROM articles").fetchone()[0])
    for t in stored["timexes"]:
        del t["offsets_in"]  # the public record of schema 7 had no such key
    conn.execute("UPDATE articles SET record = ?", (json.dumps(stored),))
    conn.commit()
    conn.close()


def _timex_rows(conn: sqlite3.Connection, columns: str) -> list[tuple[object, ...]]:
    return [tuple(r) for r in conn.execute(f"SELECT {columns} FROM timexes ORDER BY article_id, seq")]


def test_a_schema_7_store_migrates_in_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "v7.db"
    _old_store(path, monkeypatch)
    v7_columns = 'article_id, seq, start, "end", text, type, value, mod, anchor, date_start, date_end'
    with sqlite3.connect(path) as conn:
        before = _timex_rows(conn, v7_columns)
        assert before and "offsets_in" not in {r[1] for r in conn.execute("PRAGMA table_info(timexes)")}
    with Store(path, read_only=True) as old:  # read as it is: readers may skip migration 8
        assert old.schema_version == 7 and old.get(record_a().id) == record_a()
    with Store(path) as store:
        assert store.schema_version == LATEST >= 8  # later migrations apply too
        assert _timex_rows(store.conn, v7_columns) == before  # nothing lost
        assert {r[0] for r in _timex_rows(store.conn, "offsets_in")} == {None}  # the body's, as they were
        assert store.get(record_a().id) == record_a()
        with_caption = record_b(timexes=(*record_b().timexes, CAPTION))
        store.put([with_caption])
        assert store.get(with_caption.id) == with_caption
        rows = store.conn.execute("SELECT text, offsets_in FROM timexes WHERE article_id = ? ORDER BY seq",
                                  (with_caption.id,)).fetchall()
        assert tuple(rows[-1]) == ("Delegates", "furniture:0")
    with Store(path) as again:  # reopening applies nothing twice
        assert [r[0] for r in again.conn.execute("SELECT version FROM schema_migrations")] == list(range(1, LATEST + 1))


def test_migration_8_is_skipped_where_the_column_exists(tmp_path: Path) -> None:
    """A store set back to 7 by hand with the column left (as tests' downgrades do) migrates again."""
    path = tmp_path / "set-back.db"
    with Store(path) as store:
        store.put([record_a(timexes=(*record_a().timexes, CAPTION))])
        store.conn.execute("DELETE FROM schema_migrations WHERE version >= 8")  # set back: 8 and later
        store.conn.execute("PRAGMA user_version = 7")
    with Store(path) as store:
        assert store.schema_version == LATEST
        assert [r[0] for r in _timex_rows(store.conn, "offsets_in")] == [None, "furniture:0"]


def test_record_json_round_trip_keeps_offsets_in() -> None:
    record = record_a(timexes=(*record_a().timexes, CAPTION))
    data = record.to_json()
    assert data["timexes"][-1]["offsets_in"] == "furniture:0" and data["timexes"][0]["offsets_in"] is None
    assert type(record).from_json(data) == record
    old = json.loads(json.dumps(data))
    for t in old["timexes"]:
        del t["offsets_in"]
    assert type(record).from_json(old).timexes[0] == dataclasses.replace(record.timexes[0], offsets_in=None)
