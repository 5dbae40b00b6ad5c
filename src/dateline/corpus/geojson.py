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
from collections.abc import Iterable, Iterator
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
    for row in rows:
        place = resolved_place(conn, row) or {}
        yield feature(place.get("lon"), place.get("lat"), {c: row.get(c) for c in cols})


def resolved_place(conn: sqlite3.Connection, event: Row) -> Row | None:
    """The gazetteer entry (name, country, lat, lon, geonames_id) of an event's place as its own
    article resolved it (a merged event: the first of its reports' articles that did), one with
    coordinates before one without (its country still counts), or None."""
    name = event.get("place")
    articles = [e["article_id"] for e in event["evidence"]] if "n_reports" in event else [event["article_id"]]
    fallback = None
    for article in dict.fromkeys(articles) if name else ():
        found = conn.execute("SELECT name, country, lat, lon, geonames_id FROM places WHERE article_id = ? "
                             "AND name = ? ORDER BY lat IS NULL OR lon IS NULL, seq LIMIT 1",
                             (article, name)).fetchone()
        if found is not None and found["lat"] is not None and found["lon"] is not None:
            return dict(found)
        fallback = fallback or (dict(found) if found is not None else None)
    return fallback


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
