"""``dateline export places|events --format geojson``: one RFC 7946 FeatureCollection, written
as it streams (one feature a line), for QGIS, kepler.gl or a web map.

A place is a Point at its gazetteer coordinates (``[lon, lat]``, RFC 7946's order); its
properties are the columns of ``dateline export places``. An event is a Point where its place
resolved in its own article (the article's place of that name: "Washington" is D.C. in one
report and the Iowa town in another; a merged event: the first of its reports' articles that
resolved it), its properties the event's export columns; an event whose
place is unknown or unresolved keeps ``"geometry": null`` (RFC 7946 §3.2): nothing is left out.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import IO, Any

Row = dict[str, Any]
KINDS = ("places", "events")


def place_features(rows: Iterable[Row]) -> Iterator[Row]:
    """Places as Point features (no geometry where the entry has no coordinates)."""
    for row in rows:
        properties = {k: v for k, v in row.items() if k not in ("lat", "lon")}
        yield feature(row.get("lon"), row.get("lat"), properties)


def event_features(rows: Iterable[Row], conn: sqlite3.Connection, cols: tuple[str, ...]) -> Iterator[Row]:
    """Events (reports or merged events) as features, where ``resolved_place`` puts them."""
    for row, place in located(rows, conn):
        found = place or {}
        yield feature(found.get("lon"), found.get("lat"), {c: row.get(c) for c in cols})


def located(rows: Iterable[Row], conn: sqlite3.Connection) -> Iterator[tuple[Row, Row | None]]:
    """Each event with its ``resolved_place``, read ``_CHUNK`` events at a time, still streaming."""
    it = iter(rows)
    while batch := list(islice(it, _CHUNK)):
        yield from zip(batch, resolved_places(conn, batch), strict=True)


def resolved_place(conn: sqlite3.Connection, event: Row) -> Row | None:
    """The gazetteer entry (name, country, lat, lon, geonames_id) of an event's place as its own
    article resolved it (a merged event: the first of its reports' articles that did), one with
    coordinates before one without (its country still counts), or None."""
    return resolved_places(conn, [event])[0]


def resolved_places(conn: sqlite3.Connection, events: Sequence[Row]) -> list[Row | None]:
    """``resolved_place`` of each event, in one query per 500 articles rather than one per event."""
    wanted: list[tuple[tuple[str, ...], str]] = [(_articles(e), e["place"]) if e.get("place") else ((), "")
                                                 for e in events]
    pairs = {(article, name) for articles, name in wanted for article in articles}
    ids = sorted({article for article, _ in pairs})
    entries: dict[tuple[str, str], Row] = {}
    for start in range(0, len(ids), _CHUNK):
        part = ids[start:start + _CHUNK]
        # in this order the first row of each (article, name) is the one resolved_place means
        rows = conn.execute("SELECT article_id, name, country, lat, lon, geonames_id FROM places "
                            f"WHERE article_id IN ({', '.join('?' * len(part))}) "
                            "ORDER BY lat IS NULL OR lon IS NULL, seq", part)
        for row in rows:
            key = (row["article_id"], row["name"])
            if key in pairs and key not in entries:
                entries[key] = {k: row[k] for k in ("name", "country", "lat", "lon", "geonames_id")}
    return [_first_located([entries.get((a, name)) for a in articles]) for articles, name in wanted]


_CHUNK = 500  # article ids per query: SQLite caps the parameters of one statement


def _articles(event: Row) -> tuple[str, ...]:
    """The articles that reported an event, each once, in order (a merged event: its reports')."""
    ids = [e["article_id"] for e in event["evidence"]] if "n_reports" in event else [event["article_id"]]
    return tuple(dict.fromkeys(ids))


def _first_located(found: list[Row | None]) -> Row | None:
    """The first entry with coordinates, else the first entry, else None."""
    present = [p for p in found if p is not None]
    best = next((p for p in present if p["lat"] is not None and p["lon"] is not None),
                present[0] if present else None)
    return None if best is None else dict(best)


def feature(lon: Any, lat: Any, properties: Row) -> Row:
    geometry = None if lon is None or lat is None else {
        "type": "Point", "coordinates": [round(lon, 6), round(lat, 6)]}
    return {"type": "Feature", "geometry": geometry, "properties": properties}


def write(features: Iterable[Row], out: IO[str]) -> int:
    """One FeatureCollection, a feature a line; the number of features written."""
    out.write('{"type": "FeatureCollection", "features": [')
    n = 0
    for item in features:
        out.write(("\n" if n == 0 else ",\n") + json.dumps(item, ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n
