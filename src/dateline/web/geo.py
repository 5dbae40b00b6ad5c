"""``GET /map``: the dashboard's map, each event counted at the place its own article resolved.

The places are the most covered rows of ``GET /places`` (2,000 at most: a map, not a gazetteer)
that have coordinates, each a gazetteer entry (its ``key``: the GeoNames id, else
``name|country``) counted over all its names; an event counts at the entry
``corpus.geojson.resolved_place`` gives it (the same one as ``dateline export events --format
geojson``; ``resolved_places`` reads them all in one query per 500 articles), so two places of one
name ("Paris", France and Texas) each get their own events.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from dateline.corpus.geojson import resolved_places
from dateline.store import Store

Row = dict[str, Any]


def place_key(place: Row) -> str:
    """A gazetteer entry's key: its GeoNames id, else its name and country."""
    if place.get("geonames_id") is not None:
        return str(place["geonames_id"])
    return f"{place['name']}|{place.get('country') or ''}"


def map_data(store: Store, filters: dict[str, Any], max_events: int, max_places: int) -> Row:
    """Located places (of the ``max_places`` most covered) with the number of events (of at most
    ``max_events`` that pass ``filters``) that their articles placed there, most covered first."""
    events = store.events(**filters, limit=max_events + 1)
    truncated = len(events) > max_events
    events = events[:max_events]
    with store.reading() as conn:
        resolved = resolved_places(conn, events)
        rows = store.places(limit=max_places + 1)
    at = Counter(place_key(p) for p in resolved
                 if p is not None and p["lat"] is not None and p["lon"] is not None)
    places = [{"key": place_key(row), **row, "events": at[place_key(row)]} for row in rows[:max_places]
              if row["lat"] is not None and row["lon"] is not None]
    return {"places": places, "events": len(events),
            "located": sum(p["events"] for p in places), "truncated": truncated,
            "places_truncated": len(rows) > max_places}
