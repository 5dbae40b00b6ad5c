"""``geojson.resolved_places``: where each of many events sits, as ``resolved_place`` says one by
one, read in one query per 500 articles (GET /map asks for 5,000 events at once)."""

from __future__ import annotations

from typing import Any

from corpus_records import record

from dateline.corpus.geojson import event_features, resolved_place, resolved_places
from dateline.model import Place
from dateline.store import Store

TEXT = "Fishermen blocked the harbour in Tripoli on Friday, and more joined them in Tripoli later."


def _article(rid: str, *places: Place) -> Any:
    return record(rid, [TEXT], places=places)


def _tripoli(country: str, lat: float | None, lon: float | None, geonames_id: int | None, at: int) -> Place:
    start = TEXT.find("Tripoli", at)
    return Place(start, start + 7, "Tripoli", "Tripoli", country, lat, lon, geonames_id, 0.9, "PPLA")


def test_each_event_gets_the_place_its_own_articles_resolved(store: Store) -> None:
    store.put([
        # Libya's capital: first named without coordinates, then with them (those win)
        _article("libya", _tripoli("LY", None, None, None, 0), _tripoli("LY", 32.887, 13.191, 2210247, 50)),
        _article("lebanon", _tripoli("LB", None, None, None, 0)),  # resolved, not located
        _article("nowhere"),
    ])
    report = {"article_id": "libya", "place": "Tripoli"}
    events: list[dict[str, Any]] = [
        report,
        {"article_id": "lebanon", "place": "Tripoli"},
        {"article_id": "nowhere", "place": "Tripoli"},
        {"article_id": "libya", "place": None},
        {"article_id": "libya", "place": "Benghazi"},
        # merged events: the first of their articles that located it, else the first that resolved it
        {"n_reports": 3, "place": "Tripoli", "evidence": [{"article_id": a} for a in ("nowhere", "lebanon", "libya")]},
        {"n_reports": 2, "place": "Tripoli", "evidence": [{"article_id": a} for a in ("nowhere", "lebanon")]},
    ]
    with store.reading() as conn:
        found = resolved_places(conn, events)
        one_by_one = [resolved_place(conn, e) for e in events]
    libya = {"name": "Tripoli", "country": "LY", "lat": 32.887, "lon": 13.191, "geonames_id": 2210247}
    lebanon = {"name": "Tripoli", "country": "LB", "lat": None, "lon": None, "geonames_id": None}
    assert found == [libya, lebanon, None, None, None, libya, lebanon]
    assert found == one_by_one
    assert found[0] is not None
    found[0]["lat"] = 0.0  # each row its own dict
    assert found[5] == libya


def test_many_events_take_one_query_per_500_articles(store: Store) -> None:
    store.put([_article(f"a{i:04d}", _tripoli("LY", 32.887, 13.191, 2210247, 0)) for i in range(600)])
    events = [{"article_id": f"a{i % 600:04d}", "place": "Tripoli"} for i in range(1_800)]
    statements: list[str] = []
    with store.reading() as conn:
        conn.set_trace_callback(statements.append)
        try:
            found = resolved_places(conn, events)
        finally:
            conn.set_trace_callback(None)
    assert len(found) == 1_800 and all(p is not None and p["geonames_id"] == 2210247 for p in found)
    assert len([s for s in statements if "FROM places" in s]) == 2


def test_event_features_read_places_per_500_events_and_still_stream(store: Store) -> None:
    """``dateline export events --format geojson``: each feature where ``resolved_place`` puts
    its event, the places read 500 events at a time, not one query per event."""
    store.put([_article(f"a{i:04d}", _tripoli("LY", 32.887, 13.191, 2210247, 0)) for i in range(300)]
              + [_article(f"b{i:04d}", _tripoli("LB", None, None, None, 0)) for i in range(300)])
    events = [{"article_id": f"{'ab'[i % 2]}{i % 300:04d}", "place": "Tripoli" if i % 7 else None,
               "type": "PROTEST"} for i in range(1_200)]
    pulled: list[int] = []

    def stream() -> Any:
        for i, event in enumerate(events):
            pulled.append(i)
            yield event

    statements: list[str] = []
    with store.reading() as conn:
        expected = [resolved_place(conn, e) for e in events]
        conn.set_trace_callback(statements.append)
        try:
            features = event_features(stream(), conn, ("article_id", "type"))
            first = next(features)
            assert len(pulled) <= 500  # the first feature comes before the whole export is read
            found = [first, *features]
        finally:
            conn.set_trace_callback(None)
    assert len([s for s in statements if "FROM places" in s]) == 3
    assert [f["properties"] for f in found] == [{"article_id": e["article_id"], "type": "PROTEST"} for e in events]
    assert [f["geometry"] for f in found] == [
        None if p is None or p["lat"] is None else {"type": "Point", "coordinates": [p["lon"], p["lat"]]}
        for p in expected]
    assert sum(f["geometry"] is not None for f in found) > 400
