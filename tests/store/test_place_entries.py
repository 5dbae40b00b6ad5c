"""``Store.places``: one row per gazetteer entry (a GeoNames id, else a name and country), its
label the commonest stored name, on a real SQLite file; migration 11 (the index the query ranks
entries by) reaches an existing store on open and changes none of its rows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from dateline.model import ArticleRecord, Place, Published
from dateline.store import LATEST, Store
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
    assert rows_of(path) == before
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'places_entry'").fetchone() == (1,)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_no_listing_walks_the_whole_table_through_the_index(store: Store) -> None:
    """Reading every place row through ``places_entry`` looks each row up by rowid: slower than
    the table scan of the query it replaced (the whole list, the map's 2,000). Each statement of
    a listing reads the table by a scan or searches the index for the entries it wants."""
    with store:
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
