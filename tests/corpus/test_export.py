"""Exports re-read by pandas and pyarrow with the documented columns; PLOVER records checked
against the fields of the PLOVER gold standard records in ../shared."""

from __future__ import annotations

import io
import json
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow.parquet as pq
import pytest
from corpus_records import OTHER, WIRE, gaza_record, record

from dateline.corpus import export, update
from dateline.model import Event, Place
from dateline.store import Store

GSR = Path(__file__).resolve().parents[3] / "shared" / "data" / "events" / "plover-gsr"


@pytest.fixture()
def filled(store: Store) -> Store:
    store.put([gaza_record("wire"), gaza_record("copy", ["By Staff\n\n" + WIRE[0], *WIRE[1:]], "2024-08-21"),
               record("flood", OTHER)])
    update(store)
    return store


def _text(store: Store, kind: str, fmt: str, merged: bool = False) -> str:
    buffer = io.StringIO()
    export.write(export.rows(store, kind, merged=merged, fmt=fmt), fmt,
                 export.columns(kind, merged, fmt), buffer, None)
    return buffer.getvalue()


@pytest.mark.parametrize(("kind", "merged"), [("articles", False), ("events", False), ("events", True),
                                              ("quotes", False), ("actors", False),
                                              ("places", False)])
def test_csv_and_parquet_have_the_documented_columns(filled: Store, tmp_path: Path, kind: str,
                                                     merged: bool) -> None:
    cols = list(export.columns(kind, merged))
    frame = pd.read_csv(io.StringIO(_text(filled, kind, "csv", merged)))
    assert list(frame.columns) == cols and len(frame) > 0
    out = tmp_path / f"{kind}.parquet"
    n = export.write(export.rows(filled, kind, merged=merged, fmt="parquet"), "parquet",
                     tuple(cols), None, out)
    table = pq.read_table(out)
    assert table.column_names == cols and table.num_rows == n == len(frame)


def test_jsonl_articles_are_public_records_with_duplicate_of(filled: Store) -> None:
    rows = [json.loads(line) for line in _text(filled, "articles", "jsonl").splitlines()]
    by_id = {r["id"]: r for r in rows}
    assert by_id["copy"]["duplicate_of"] == "wire" and by_id["wire"]["duplicate_of"] is None
    assert all(r["url"].startswith("https://news.example/") for r in rows)
    assert all(r["schema_version"] == 1 and "body" in r for r in rows)


def test_merged_events_carry_sources_and_every_evidence(filled: Store) -> None:
    (row,) = [json.loads(line) for line in _text(filled, "events", "jsonl", merged=True).splitlines()]
    assert row["n_reports"] == 2 and row["n_sources"] == 1
    assert [e["article_id"] for e in row["evidence"]] == ["wire", "copy"]
    bodies = {r.id: r.body for r in filled.records()}
    for e in row["evidence"]:  # each report's span, the duplicate's too, is where its text is
        start, end = e["span"]
        assert bodies[e["article_id"]][start:end] == e["text"] and e["text"]
    assert row["first_report"]["url"] == "https://news.example/wire"


def test_parquet_needs_a_file_and_plover_needs_events(filled: Store) -> None:
    with pytest.raises(export.ExportError, match="-o FILE"):
        export.write(iter([]), "parquet", ("id",), io.StringIO(), None)
    with pytest.raises(export.ExportError, match="for events"):
        list(export.rows(filled, "quotes", fmt="plover"))


def _gsr_records() -> list[dict[str, Any]]:
    path = GSR / "PLOVER_GSR_CAMEO.txt"
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is not beside this checkout)")
    text = re.sub(r",\s*([}\]])", r"\1", path.read_text(encoding="utf-8"))
    return [r for r in json.loads(text) if r.get("event") != "DOCUMENT"]


def _types() -> set[str]:
    path = GSR / "events.jsonl"
    return {e["type"] for line in path.read_text(encoding="utf-8").splitlines()
            for e in json.loads(line)["events"]}


@pytest.mark.parametrize("merged", [False, True])
def test_plover_records_have_the_fields_of_the_gold_standard(filled: Store, merged: bool) -> None:
    gold = _gsr_records()
    always = set.intersection(*(set(r) for r in gold))  # fields every coded record has
    optional = set.union(*(set(r) for r in gold)) - always - {"comment", "size", "dead", "injured"}
    rows = [json.loads(line) for line in _text(filled, "events", "plover", merged).splitlines()]
    assert rows
    for row in rows:
        assert always <= set(row), always - set(row)
        assert optional <= set(row), optional - set(row)
        assert row["event"] in _types()
        assert isinstance(row["text"], str) and isinstance(row["eventText"], str)
        for side in ("source", "target"):
            for actor in row[side]:
                assert {"actorText", "code"} <= set(actor)
        if row["eventLoc"] is not None:
            gold_loc = next(r["eventLoc"] for r in gold if "eventLoc" in r)
            assert set(gold_loc) <= set(row["eventLoc"])
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["date"])
        assert row["event_type"] == row["event"] and row["story_date"]


def test_event_rows_carry_the_public_evidence_span_and_its_text(filled: Store, tmp_path: Path) -> None:
    """``evidence`` is the public record's ``[start, end]`` in the body (DESIGN.md), in every
    format; the sentence is ``evidence_text`` (``evidence`` was the text)."""
    public = {e["id"]: e for r in filled.records() for e in r.to_json()["events"]}
    bodies = {r.id: r.body for r in filled.records()}
    rows = [json.loads(line) for line in _text(filled, "events", "jsonl").splitlines()]
    assert rows and len(rows) == len(public)
    for row in rows:
        start, end = row["evidence"]
        assert row["evidence"] == public[row["id"]]["evidence"]
        assert row["evidence_text"] == bodies[row["article_id"]][start:end]
    frame = pd.read_csv(io.StringIO(_text(filled, "events", "csv")))
    assert list(frame["evidence"]) == [f"{r['evidence'][0]}; {r['evidence'][1]}" for r in rows]
    assert list(frame["evidence_text"]) == [r["evidence_text"] for r in rows]
    out = tmp_path / "events.parquet"
    export.write(export.rows(filled, "events", fmt="parquet"), "parquet", export.columns("events"), None, out)
    assert pq.read_table(out).column("evidence").to_pylist() == [r["evidence"] for r in rows]
    plover = [json.loads(line) for line in _text(filled, "events", "plover").splitlines()]
    assert [p["text"] for p in plover] == [r["evidence_text"] for r in rows]  # still the sentence


def test_plover_language_is_the_article_language(store: Store) -> None:
    """Each PLOVER record carries its article's language (ISO 639-1), English where unknown."""
    store.put([replace(gaza_record("wire"), language="en-GB"),
               replace(gaza_record("bahasa", published="2024-08-22", source="Berita Contoh"), language="id"),
               gaza_record("unknown", published="2024-08-23", source="Other Wire")])
    update(store)
    rows = [json.loads(line) for line in _text(store, "events", "plover").splitlines()]
    assert sorted((r["event_id"], r["language"]) for r in rows) == [
        ("bahasa-e1", "id"), ("unknown-e1", "en"), ("wire-e1", "en")]


def _washington(rid: str, lat: float, lon: float, geonames_id: int) -> Any:
    """An article that resolved "Washington" to its own place and held a protest there."""
    text = "Farmers protested in Washington on Monday against the new water rules."
    place = Place(text.find("Washington"), text.find("Washington") + 10, "Washington", "Washington",
                  "US", lat, lon, geonames_id, 0.9, "PPL")
    event = Event(f"{rid}-e1", "PROTEST", "protested", (0, len(text)), sources=("grp:farmers",),
                  place="Washington", confidence=0.8)
    quiet = Event(f"{rid}-e2", "PROTEST", "protested", (0, len(text)), sources=("grp:farmers",), confidence=0.8)
    return record(rid, [text], places=(place,), events=(event, quiet))


def test_geojson_places_and_events_sit_where_their_article_resolved_them(store: Store) -> None:
    store.put([_washington("dc", 38.895, -77.036, 4140963), _washington("iowa", 41.299, -91.693, 4880889)])
    places = json.loads(_text(store, "places", "geojson"))
    assert places["type"] == "FeatureCollection"
    assert sorted(f["geometry"]["coordinates"][0] for f in places["features"]) == [-91.693, -77.036]
    assert {f["properties"]["name"] for f in places["features"]} == {"Washington"}
    events = json.loads(_text(store, "events", "geojson"))["features"]
    located = {f["properties"]["article_id"]: f["geometry"] for f in events if f["properties"]["place"]}
    assert located == {"dc": {"type": "Point", "coordinates": [-77.036, 38.895]},
                       "iowa": {"type": "Point", "coordinates": [-91.693, 41.299]}}
    unplaced = [f for f in events if not f["properties"]["place"]]
    assert len(unplaced) == 2 and all(f["geometry"] is None for f in unplaced)  # kept, not dropped
    assert set(events[0]["properties"]) == set(export.EVENT_COLUMNS)


def test_geojson_is_for_places_and_events_and_refused_before_writing(filled: Store) -> None:
    with pytest.raises(export.ExportError, match="places and events"):
        export.rows(filled, "quotes", fmt="geojson")  # refused at once: no header written first
    assert json.loads(_text(filled, "events", "geojson", merged=True))["features"]


def test_plover_event_location_is_its_own_articles_place(store: Store) -> None:
    store.put([_washington("dc", 38.895, -77.036, 4140963), _washington("iowa", 41.299, -91.693, 4880889)])
    rows = [json.loads(line) for line in _text(store, "events", "plover").splitlines()]
    located = {r["urls"][0].rsplit("/", 1)[1]: (r["latitude"], r["eventLoc"]["geonames_id"])
               for r in rows if r["eventLoc"]}
    assert located == {"dc": (38.895, 4140963), "iowa": (41.299, 4880889)}  # was one Washington for both


def test_plover_export_reads_places_per_500_events_not_per_event(store: Store) -> None:
    """Each PLOVER record's eventLoc is where its own article put it, read in batches as the
    GeoJSON export reads them: a few place queries for 600 articles, not one per event."""
    store.put([gaza_record(f"w{i:03d}", published=f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
                           source=f"Wire {i}") for i in range(600)])
    statements: list[str] = []
    with store.reading() as conn:
        conn.set_trace_callback(statements.append)
    try:
        rows = [json.loads(line) for line in _text(store, "events", "plover").splitlines()]
    finally:
        with store.reading() as conn:
            conn.set_trace_callback(None)
    assert len(rows) == 600 and all(r["eventLoc"] is not None for r in rows)
    assert sum("FROM places" in s for s in statements) <= 3
