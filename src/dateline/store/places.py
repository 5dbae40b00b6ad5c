"""The places of stored articles, one row per gazetteer entry, most covered first.

An entry is a GeoNames id, or a name and country where the id is missing. The articles that named
it under any of its names ("Gaza" and "Gaza City" of one id), or feature codes, count once; its
label is its commonest stored name, and ``names`` lists them all, the commonest first.

A store at schema 12 keeps each entry's row (``place_entries``, kept by triggers on ``places``):
a listing reads those rows, and a search the entries' groups of names and words, never the place
rows. An older store read as it is (read-only) is read from its rows in two steps: each entry's
``articles`` and ``mentions`` (from the index ``places_entry`` where no filter is given), then the
rows of the entries listed (those of the page, and those tied with its last one), read by their id,
or in one pass of the table where, unfiltered, they hold most rows.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import defaultdict
from typing import Any

from dateline.store.dates import FilterError
from dateline.store.queries import like, marks, split_list

Row = dict[str, Any]
#: an entry: its GeoNames id, or (None, name, country) where it has none
Key = tuple[int | None, str | None, str | None]

_SEP = "\x1f"  # between name and country in the key of an entry without an id


def places(conn: sqlite3.Connection, *, search: str | None = None, country: str | None = None,
           limit: int | None = None) -> list[Row]:
    """Entries whose rows pass the filters (``search``: text in a name or in the words used;
    ``country``: ISO alpha-2 codes), each counted over all its rows, ``limit`` at most."""
    where, params = _filters(search, country)
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'place_entries'").fetchone():
        return _stored(conn, where, params, limit)
    counted = _counts(conn, where, params)
    counted.sort(key=lambda e: (-e[1], -e[2]))
    everything = sum(e[2] for e in counted)
    if limit is not None and 0 < limit < len(counted):
        last = counted[limit - 1]
        counted = [e for e in counted if (e[1], e[2]) >= (last[1], last[2])]  # ties at the cut: by name
    listed = {key: (articles, mentions) for key, articles, mentions in counted}
    rows = _details(conn, listed, scan=not where and sum(e[2] for e in counted) > everything // 2)
    rows.sort(key=lambda r: (-r["articles"], -r["mentions"], r["name"]))
    return rows[:limit] if limit is not None and limit > 0 else rows


def _filters(search: str | None, country: str | None) -> tuple[str, dict[str, Any]]:
    params: dict[str, Any] = {}
    where: list[str] = []
    if search:
        params["like"] = like(search)
        where.append("(p.name LIKE :like ESCAPE '\\' OR p.text LIKE :like ESCAPE '\\')")
    if countries := split_list(country, upper=True):
        if stray := [c for c in countries if not re.fullmatch(r"[A-Z]{2}", c)]:
            raise FilterError(f"--country {','.join(stray)!r}: expected ISO 3166 alpha-2 codes "
                              "(two letters, e.g. PS,IL)")
        where.append(f"p.country IN ({marks('country', countries, params)})")
    return " AND ".join(where), params


#: the entries (``place_entries``) in the order of a listing: most articles, then mentions, then
#: by label; entries of one label by id, those without one last, by country (as the rows' groups)
_ENTRIES = ("SELECT e.name, e.country, e.geonames_id, e.feature, e.lat_sum, e.lat_n, e.lon_sum, e.lon_n, "
            "e.articles, e.mentions, e.confidence, e.texts, e.names FROM place_entries e{where} "
            "ORDER BY e.articles DESC, e.mentions DESC, e.name, e.geonames_id IS NULL, e.geonames_id, e.country")


def _stored(conn: sqlite3.Connection, where: str, params: dict[str, Any], limit: int | None) -> list[Row]:
    """The listing from the stored entries: those with a group of rows that passes ``where``."""
    sql = _ENTRIES.format(where=f" WHERE e.entry IN (SELECT p.entry FROM place_groups p WHERE {where})"
                          if where else "")
    if limit is not None and limit > 0:
        params["limit"] = min(int(limit), 2**63 - 1)
        sql += " LIMIT :limit"
    return [{"name": name, "country": country, "geonames_id": geonames_id, "feature": feature,
             "lat": lat_sum / lat_n if lat_n else None, "lon": lon_sum / lon_n if lon_n else None,
             "articles": articles, "mentions": mentions, "confidence": confidence,
             "texts": json.loads(texts), "names": json.loads(names)}
            for (name, country, geonames_id, feature, lat_sum, lat_n, lon_sum, lon_n, articles, mentions,
                 confidence, texts, names) in conn.execute(sql, params)]


def _counts(conn: sqlite3.Connection, where: str, params: dict[str, Any]) -> list[tuple[Key, int, int]]:
    """Each entry with a row that passes ``where``: (key, articles, mentions) over all its rows."""
    with_id = without_id = ""
    if where:
        with_id = f" AND geonames_id IN (SELECT p.geonames_id FROM places p WHERE {where})"
        without_id = (f" AND name || '{_SEP}' || COALESCE(country, '') IN (SELECT p.name || '{_SEP}' || "
                      f"COALESCE(p.country, '') FROM places p WHERE p.geonames_id IS NULL AND {where})")
    found: list[tuple[Key, int, int]] = []
    for row in conn.execute("SELECT geonames_id, COUNT(DISTINCT article_id), COUNT(*) FROM places "
                            f"WHERE geonames_id IS NOT NULL{with_id} GROUP BY geonames_id", params):
        found.append(((row[0], None, None), row[1], row[2]))
    for row in conn.execute("SELECT name, country, COUNT(DISTINCT article_id), COUNT(*) FROM places "
                            f"WHERE geonames_id IS NULL{without_id} GROUP BY name, country", params):
        found.append(((None, row[0], row[1]), row[2], row[3]))
    return found


#: each (entry, name, country, feature code) of the rows that pass ``{where}``: its rows, summed
#: coordinates and their count, best confidence and the words used. ``{table}``: NOT INDEXED
#: where it reads the whole table (through ``places_entry`` the planner would look every row up
#: by rowid to group it: slower than the base query it replaced)
_GROUPS = ("SELECT geonames_id, name, country, feature, COUNT(*), SUM(lat), COUNT(lat), SUM(lon), COUNT(lon), "
           "MAX(confidence), json_group_array(DISTINCT text) FROM places{table} WHERE {where} "
           "GROUP BY geonames_id, name, country, feature")


def _details(conn: sqlite3.Connection, counts: dict[Key, tuple[int, int]], scan: bool) -> list[Row]:
    """The rows of the entries in ``counts``, each made one: its commonest name, country and
    feature code, mean coordinates, best confidence and the words used for it. ``scan``: they
    hold most place rows, read in one pass of the table rather than by id."""
    ids = [] if scan else [key[0] for key in counts if key[0] is not None]
    groups: defaultdict[Key, list[Any]] = defaultdict(list)
    queries: list[tuple[str, list[Any]]] = [(_GROUPS.format(table=" NOT INDEXED", where="1"), [])] if scan else []
    for start in range(0, len(ids), 500):  # SQLite caps the parameters of one statement
        chunk = ids[start:start + 500]
        queries.append((_GROUPS.format(table="", where=f"geonames_id IN ({', '.join('?' * len(chunk))})"), chunk))
    if not scan and len(ids) < len(counts):
        queries.append((_GROUPS.format(table="", where="geonames_id IS NULL"), []))
    for sql, args in queries:
        for row in conn.execute(sql, args):
            key: Key = (row[0], None, None) if row[0] is not None else (None, row[1], row[2])
            if key in counts:
                groups[key].append(tuple(row))
    return [_entry(key, groups[key], *counts[key]) for key in counts if groups[key]]


def _entry(key: Key, groups: list[Any], articles: int, mentions: int) -> Row:
    """One entry from its groups' rows (``_GROUPS``), in one pass: a listing reads thousands."""
    names: dict[str, int] = {}
    countries: dict[str, int] = {}
    features: dict[str, int] = {}
    texts: set[str] = set()
    lat = lon = 0.0
    lats = lons = 0
    confidence = None
    for _, name, country, feature, n, lat_sum, lat_n, lon_sum, lon_n, best, words in groups:
        names[name] = names.get(name, 0) + n
        if country is not None:
            countries[country] = countries.get(country, 0) + n
        if feature is not None:
            features[feature] = features.get(feature, 0) + n
        if lat_n:
            lat, lats = lat + lat_sum, lats + lat_n
        if lon_n:
            lon, lons = lon + lon_sum, lons + lon_n
        if best is not None and (confidence is None or best > confidence):
            confidence = best
        texts.update(json.loads(words))
    ranked = sorted(names, key=lambda name: (-names[name], name)) if len(names) > 1 else list(names)
    return {"name": ranked[0], "country": _commonest(countries), "geonames_id": key[0],
            "feature": _commonest(features), "lat": lat / lats if lats else None,
            "lon": lon / lons if lons else None, "articles": articles, "mentions": mentions,
            "confidence": confidence, "texts": sorted(texts), "names": ranked}


def _commonest(counts: dict[str, int]) -> str | None:
    if len(counts) < 2:
        return next(iter(counts), None)
    return min(counts, key=lambda value: (-counts[value], value))


__all__ = ["places"]
