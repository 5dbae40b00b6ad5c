"""Counts the store keeps by triggers as rows are written (migrations 12 and 13): the places'
entries and the actors' counts list what the rows do, on a real SQLite file, after inserts,
re-ingest (a changed record replaces its rows), deletion, and on a store migrated from the rows
it held; the actors listing reads the counts, not the rows they count."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.model import Actor, ArticleRecord, Event, Mention, Place, Quote
from dateline.store import LATEST, Store
from dateline.store.places import places as place_entries
from dateline.store.queries import actors as actor_rows
from tests.records import record_a, record_b
from tests.store.older import set_version

ACTOR_FILTERS: list[dict[str, Any]] = [{}, {"limit": 1}, {"limit": 2}, {"search": "ham"}, {"type": "country"}]
PLACE_FILTERS: list[dict[str, Any]] = [{}, {"limit": 1}, {"limit": 3}, {"search": "a"}, {"country": "PS"}]


def from_rows(store: Store) -> tuple[list[Any], list[Any]]:
    """The actors and places listings as the rows give them: a copy of the store's file without
    the kept counts, read by the row-based queries."""
    copy = sqlite3.connect(store.path.with_name("rows.db"))
    try:
        store.conn.backup(copy)
        copy.execute("DROP TABLE actor_counts")
        copy.execute("DROP TABLE place_entries")
        copy.row_factory = sqlite3.Row
        return ([actor_rows(copy, **kw) for kw in ACTOR_FILTERS],
                [place_entries(copy, **kw) for kw in PLACE_FILTERS])
    finally:
        copy.close()


def kept(store: Store) -> tuple[list[Any], list[Any]]:
    return ([store.actors(**kw) for kw in ACTOR_FILTERS], [store.places(**kw) for kw in PLACE_FILTERS])


def test_actor_counts_follow_inserts_reingest_and_deletion(tmp_path: Path) -> None:
    with Store(tmp_path / "kept.db") as store:
        store.put([record_a(), record_b()])
        assert kept(store) == from_rows(store)
        hamas = store.actors(search="hamas")[0]
        assert (hamas["articles"], hamas["mentions"], hamas["quotes"], hamas["events"]) == (2, 1, 2, 4)
        # re-ingest: Hamas is named twice in article a's actors and is no longer quoted there
        a = record_a()
        again = record_a(actors=(*a.actors, Actor("org:hamas", "Hamas", "organization")), quotes=(),
                         mentions=(*a.mentions, Mention(0, 5, "Cairo", "cty:EGY")))
        assert store.put([again]).replaced == [a.id]
        assert kept(store) == from_rows(store)
        hamas = store.actors(search="hamas")[0]
        assert (hamas["articles"], hamas["quotes"]) == (2, 0)
        assert store.delete(record_b().id)
        assert kept(store) == from_rows(store)
        assert [r["id"] for r in store.actors()] == ["cty:EGY", "org:hamas", "cty:QAT"]  # 1 article each
        assert store.delete(a.id)
        assert store.actors() == [] and store.conn.execute("SELECT COUNT(*) FROM actor_counts").fetchone()[0] == 0


def test_a_schema_12_store_gets_the_actor_counts_on_open_and_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "kept.db"
    with Store(path) as store:
        store.put([record_a(), record_b()])
        expected = store.actors()
    set_version(path, 12)
    with Store(path, read_only=True) as old:  # read as it is: readers may skip migration 13
        assert old.schema_version == 12 and old.actors() == expected
    with Store(path) as migrated:
        assert migrated.schema_version == LATEST >= 13
        assert migrated.actors() == expected
        assert kept(migrated) == from_rows(migrated)


def test_the_actors_listing_reads_the_counts_not_the_rows(tmp_path: Path) -> None:
    read: set[str] = set()

    def note(action: int, table: str | None, *_: object) -> int:
        if action == sqlite3.SQLITE_READ and table:
            read.add(table)
        return sqlite3.SQLITE_OK

    with Store(tmp_path / "kept.db") as store:
        store.put([record_a(), record_b()])
        store.conn.set_authorizer(note)
        try:
            assert store.actors(limit=1)[0]["id"] == "org:hamas"
        finally:
            store.conn.set_authorizer(None)
    assert "actor_counts" in read and not read & {"article_actors", "mentions", "quote_speakers", "event_actors"}


# random records over small pools of ids, names and countries, so that entries and actors meet;
# coordinates in halves and quarters, which sum exactly in any order (a running sum that took
# deleted rows off differs from the rows' sum in the last bits otherwise)
actor_id = st.sampled_from(["org:a", "org:b", "cty:C", "per:d"])
place = st.builds(Place, start=st.just(0), end=st.just(1), text=st.sampled_from(["a", "A", "b", "in a"]),
                  name=st.sampled_from(["a", "b", "a city"]), country=st.sampled_from([None, "PS", "IL"]),
                  lat=st.sampled_from([None, 31.5, -0.25]), lon=st.sampled_from([None, 34.75, 120.5]),
                  geonames_id=st.none() | st.sampled_from([1, 2]), confidence=st.sampled_from([0.5, 0.8, 0.9]),
                  feature=st.sampled_from([None, "P.PPL", "A.ADM1"]))
record = st.builds(
    ArticleRecord, id=st.sampled_from(["r1", "r2", "r3", "r4"]), body=st.just("body"),
    actors=st.lists(st.builds(Actor, id=actor_id, name=st.sampled_from(["Ay", "Bee"]),
                              type=st.sampled_from(["organization", "country"])), max_size=3).map(tuple),
    mentions=st.lists(st.builds(Mention, start=st.just(0), end=st.just(1), text=st.just("x"), actor=actor_id),
                      max_size=3).map(tuple),
    quotes=st.lists(st.builds(Quote, start=st.just(0), end=st.just(1), text=st.just("q"), kind=st.just("direct"),
                              cue=st.just("said"), speakers=st.lists(actor_id, max_size=2).map(tuple)),
                    max_size=2).map(tuple),
    events=st.lists(st.builds(Event, id=st.just("e"), type=st.just("FIGHT"), trigger=st.just("hit"),
                              evidence=st.just((0, 1)), sources=st.lists(actor_id, max_size=2).map(tuple),
                              targets=st.lists(actor_id, max_size=2).map(tuple)), max_size=2).map(tuple),
    places=st.lists(place, max_size=4).map(tuple))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batches=st.lists(st.lists(record, max_size=3), min_size=1, max_size=4),
       gone=st.lists(st.sampled_from(["r1", "r2", "r3", "r4"]), max_size=2))
def test_the_kept_counts_list_what_the_rows_do(tmp_path_factory: pytest.TempPathFactory,
                                               batches: list[list[ArticleRecord]], gone: list[str]) -> None:
    with Store(tmp_path_factory.mktemp("kept") / "kept.db") as store:
        for batch in batches:
            store.put({r.id: r for r in batch}.values())  # one record per id in a batch
            assert kept(store) == from_rows(store)
        for rid in gone:
            store.delete(rid)
        assert kept(store) == from_rows(store)


def test_counting_a_row_in_does_not_read_every_row_of_its_actor(tmp_path: Path) -> None:
    """An actor named in many articles costs each new row of it what a rare one does: the
    trigger finds the other rows of the row's article (event), not those of its actor."""

    def steps(others: int) -> int:
        with Store(tmp_path / f"{others}.db") as store:
            store.put([record_a(id=f"a{i}") for i in range(others)])
            done = [0]

            def count() -> int:
                done[0] += 1
                return 0

            store.conn.set_progress_handler(count, 1)
            store.put([record_a(id="new")])
            return done[0]

    assert steps(200) < 1.5 * steps(2)
