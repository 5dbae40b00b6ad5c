"""``Store.places``: one row per gazetteer entry (a GeoNames id, else a name and country), its
label the commonest stored name, on a real SQLite file; migrations 11 (the index an older store's
entries are ranked by) and 12 (the entries kept by triggers) reach an existing store on open and
change none of its rows; the kept entries list what the place rows do after inserts, re-ingest
and deletion."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from dateline.model import ArticleRecord, Place, Published
from dateline.store import LATEST, Store
from dateline.store.places import places as place_entries
from tests.store.older import set_version

GAZA, KHAN_YUNIS = 281133, 281102


def article(rid: str, body: str, *named: tuple[str, str, str | None, int | None]) -> ArticleRecord:
    """An article whose places are each (words in the body, stored name, feature code, id)."""
    places = []
    for words, name, code, geonames_id in named:
        at = body.index(words)
        places.append(Place(at, at + len(words), words, name, "PS", 31.5, 34.46, geonames_id, 0.8, code))
    return ArticleRecord(id=rid, body=body, paragraphs=((0, len(body)),), title="Gaza",
                         published=Published("2024-03-05", "metadata"), places=tuple(places))


# our own sentences
CORPUS = [
    article("aaaa0000place001", "Gaza City's hospitals ran short of fuel; in Gaza City the lights went out.",
            ("Gaza City", "Gaza City", "P.PPL", GAZA), ("in Gaza City", "Gaza City", "P.PPL", GAZA)),
    article("aaaa0000place002", "Aid trucks reached Gaza on Tuesday, and Khan Younis waited. In Khan "
            "Younis the market stayed shut.", ("Gaza", "Gaza", "P.PPLA", GAZA),
            ("Khan Younis", "Khan Yunis", "P.PPL", KHAN_YUNIS), ("In Khan Younis", "Khan Yunis", "P.PPL", KHAN_YUNIS)),
    article("aaaa0000place003", "Fishermen in Gaza City mended their nets near Rafah.",
            ("Gaza City", "Gaza City", "P.PPL", GAZA), ("Rafah", "Rafah", None, None)),
    article("aaaa0000place004", "The crossing at Rafah opened; Khan Yunis and Rafah camp stayed dark.",
            ("Rafah", "Rafah", "P.PPL", None), ("Khan Yunis", "Khan Yunis", "P.PPL", KHAN_YUNIS),
            ("Rafah camp", "Rafah", "P.PPLX", None)),
]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store(tmp_path / "places.db") as opened:
        opened.put(CORPUS)
    return Store(tmp_path / "places.db")


def test_one_row_per_entry_labelled_by_its_commonest_name(store: Store) -> None:
    with store:
        rows = store.places()
    assert [(r["name"], r["geonames_id"], r["articles"], r["mentions"]) for r in rows] == [
        ("Gaza City", GAZA, 3, 4), ("Khan Yunis", KHAN_YUNIS, 2, 3), ("Rafah", None, 2, 3)]
    gaza = rows[0]
    assert gaza["names"] == ["Gaza City", "Gaza"] and gaza["texts"] == ["Gaza", "Gaza City", "in Gaza City"]
    assert gaza["feature"] == "P.PPL" and gaza["country"] == "PS" and gaza["lat"] == pytest.approx(31.5)
    assert rows[2]["names"] == ["Rafah"] and rows[2]["feature"] == "P.PPL"  # one code stored, one not


def test_a_filter_finds_the_entry_and_counts_all_its_names(store: Store) -> None:
    """"Gaza City" or "Khan Younis" (the words of one article) find their entry, counted whole."""
    with store:
        assert [(r["name"], r["articles"]) for r in store.places(search="khan younis")] == [("Khan Yunis", 2)]
        assert [(r["name"], r["mentions"]) for r in store.places(search="gaza")] == [("Gaza City", 4)]
        assert [r["name"] for r in store.places(search="camp")] == ["Rafah"]
        assert [r["name"] for r in store.places(country="ps", limit=2)] == ["Gaza City", "Khan Yunis"]
        assert store.places(country="IL") == []


def test_a_limited_list_is_the_head_of_the_whole(store: Store) -> None:
    """Entries tied at the cut (Khan Yunis and Rafah: 2 articles and 3 mentions each) are
    ordered by name, as in the whole list."""
    with store:
        whole = store.places()
        assert all(store.places(limit=n) == whole[:n] for n in range(1, len(whole) + 2))


def test_the_entries_are_ranked_from_the_index(store: Store) -> None:
    with store:
        plan = " ".join(str(row[3]) for row in store.conn.execute(
            "EXPLAIN QUERY PLAN SELECT geonames_id, COUNT(DISTINCT article_id), COUNT(*) FROM places "
            "WHERE geonames_id IS NOT NULL GROUP BY geonames_id"))
    assert "COVERING INDEX places_entry" in plan


def rows_of(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                             "AND name NOT LIKE '%fts%' AND name != 'schema_migrations'")]
        return {t: sorted(map(tuple, conn.execute(f"SELECT * FROM {t}")), key=repr) for t in tables}


def test_a_schema_10_store_gets_the_index_on_open_and_keeps_its_rows(store: Store, tmp_path: Path) -> None:
    store.close()
    path = tmp_path / "places.db"
    set_version(path, 10)
    before = rows_of(path)
    assert len(before["places"]) == 10
    with Store(path, read_only=True) as old:  # read as it is: readers may skip migration 11
        assert old.schema_version == 10
        expected = old.places()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'places_entry'").fetchone() is None
    with Store(path) as migrated:
        assert migrated.schema_version == LATEST >= 11
        assert migrated.places() == expected
    after = rows_of(path)
    assert {t: after[t] for t in before} == before
    assert [(r[2], r[6]) for r in after["place_entries"]] == [("Rafah", 3), ("Khan Yunis", 3), ("Gaza City", 4)]
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'places_entry'").fetchone() == (1,)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_no_listing_walks_the_whole_table_through_the_index(store: Store, tmp_path: Path) -> None:
    """Reading every place row through ``places_entry`` looks each row up by rowid: slower than
    the table scan of the query it replaced (the whole list, the map's 2,000). Each statement of
    an older store's listing reads the table by a scan or searches the index for the entries it
    wants."""
    store.close()
    set_version(tmp_path / "places.db", 11)
    with Store(tmp_path / "places.db", read_only=True) as store:
        statements: list[str] = []
        store.conn.set_trace_callback(statements.append)
        try:
            store.places()
            store.places(search="gaza", limit=1)
        finally:
            store.conn.set_trace_callback(None)
        plans = [str(row[3]) for sql in statements if sql.lstrip().upper().startswith("SELECT")
                 for row in store.conn.execute("EXPLAIN QUERY PLAN " + sql)]
    assert len(plans) >= 4
    assert not [p for p in plans if p.startswith("SCAN places USING INDEX")], plans


# our own sentences: a second Rafah in another country, a place without coordinates, words in capitals
MORE = [
    article("aaaa0000place005", "Convoys left Rafah for Khan Yunis at dawn.",
            ("Rafah", "Rafah", "P.PPL", None), ("Khan Yunis", "Khan Yunis", "P.PPLA2", KHAN_YUNIS)),
    article("aaaa0000place006", "GAZA CITY: the strike hit a school in Gaza City.",
            ("GAZA CITY", "Gaza City", "P.PPL", GAZA), ("Gaza City", "Gaza", "P.PPL", GAZA)),
]
EGYPT_RAFAH = ArticleRecord(
    id="aaaa0000place007", body="Trucks waited at Rafah on the Egyptian side.", paragraphs=((0, 45),),
    published=Published("2024-03-06", "metadata"),
    places=(Place(17, 22, "Rafah", "Rafah", "EG", None, None, None, 0.6, "P.PPL"),))
FILTERS: list[dict[str, Any]] = [{}, {"limit": 1}, {"limit": 2}, {"limit": 3}, {"search": "gaza"},
                                 {"search": "RAFAH", "limit": 1}, {"search": "camp"}, {"country": "eg"},
                                 {"country": "PS, EG", "search": "rafah"}, {"search": "nowhere"}]


def from_rows(store: Store) -> list[list[dict[str, Any]]]:
    """Each listing of ``FILTERS`` as the place rows give it: a copy of the store's file without
    the kept entries, read by the row-based query."""
    copy = sqlite3.connect(store.path.with_name("rows.db"))
    try:
        store.conn.backup(copy)
        copy.execute("DROP TABLE place_entries")
        return [place_entries(copy, **kw) for kw in FILTERS]
    finally:
        copy.close()


def listings(store: Store) -> list[list[dict[str, Any]]]:
    return [store.places(**kw) for kw in FILTERS]


def same(kept: list[list[dict[str, Any]]], rows: list[list[dict[str, Any]]]) -> None:
    """Equal listings, the mean coordinates to rounding (a running sum takes deleted rows off)."""
    assert [[{k: v for k, v in r.items() if k not in ("lat", "lon")} for r in rs] for rs in kept] == [
        [{k: v for k, v in r.items() if k not in ("lat", "lon")} for r in rs] for rs in rows]
    assert [[(r["lat"], r["lon"]) for r in rs] for rs in kept] == [
        [(pytest.approx(r["lat"]), pytest.approx(r["lon"])) if r["lat"] is not None else (None, None)
         for r in rs] for rs in rows]


def test_the_kept_entries_list_what_the_rows_do_after_each_write(store: Store) -> None:
    with store:
        same(listings(store), from_rows(store))
        store.put([*MORE, EGYPT_RAFAH])
        added = listings(store)
        assert [(r["name"], r["country"], r["articles"]) for r in store.places(search="rafah")] == [
            ("Rafah", "PS", 3), ("Rafah", "EG", 1)]
        same(added, from_rows(store))
        # re-ingest: Khan Yunis leaves article 2, Gaza City is named there twice more
        again = article("aaaa0000place002", "Aid trucks reached Gaza on Tuesday; Gaza City waited. In Gaza "
                        "the market stayed shut.", ("Gaza", "Gaza", "P.PPLA", GAZA),
                        ("Gaza City", "Gaza City", "P.PPL", GAZA), ("In Gaza", "Gaza", "P.PPLA", GAZA))
        assert store.put([again]).replaced == ["aaaa0000place002"]
        same(listings(store), from_rows(store))
        khan = store.places(search="khan")[0]
        assert (khan["articles"], khan["mentions"], khan["feature"]) == (2, 2, "P.PPL")
        assert store.delete("aaaa0000place007") and store.delete("aaaa0000place003")
        same(listings(store), from_rows(store))
        assert [r["country"] for r in store.places(search="rafah")] == ["PS"]
        for rid in store.ids():
            store.delete(rid)
        assert store.places() == []
        assert [store.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in (
            "place_entries", "place_groups", "place_entry_articles", "place_entry_confidence")] == [0, 0, 0, 0]


def test_an_updated_place_row_moves_to_its_entry(store: Store) -> None:
    with store:
        store.conn.execute("UPDATE places SET geonames_id = NULL, name = 'Rafah', country = 'PS', confidence = 0.95 "
                           "WHERE article_id = 'aaaa0000place001' AND seq = 1")
        same(listings(store), from_rows(store))
        assert store.places(search="rafah")[0]["confidence"] == 0.95


def test_a_listing_reads_the_entries_not_the_place_rows(store: Store) -> None:
    read: set[str] = set()

    def note(action: int, table: str | None, *_: object) -> int:
        if action == sqlite3.SQLITE_READ and table:
            read.add(table)
        return sqlite3.SQLITE_OK

    with store:
        store.conn.set_authorizer(note)
        try:
            assert store.places(limit=1)[0]["name"] == "Gaza City"
            assert store.places(search="gaza", country="PS", limit=1)[0]["name"] == "Gaza City"
        finally:
            store.conn.set_authorizer(None)
    assert {"place_entries", "place_groups"} <= read and "places" not in read, read
