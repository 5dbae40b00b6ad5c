"""The places of stored articles, one row per gazetteer entry, most covered first.

An entry is a GeoNames id, or a name and country where the id is missing. The articles that named
it under any of its names ("Gaza" and "Gaza City" of one id), or feature codes, count once; its
label is its commonest stored name, and ``names`` lists them all, the commonest first.

Two steps, so that a page does not group every place row: each entry's ``articles`` and
``mentions`` (from the index ``places_entry`` on ``(geonames_id, article_id)`` alone, where no
filter is given), then the rows of the entries listed (those of the page, and those tied with its
last one), read by their id, or in one pass of the table where, unfiltered, they hold most rows.
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter, defaultdict
from typing import Any

from dateline.store.dates import FilterError
from dateline.store.queries import like, marks

Row = dict[str, Any]
#: an entry: its GeoNames id, or (None, name, country) where it has none
Key = tuple[int | None, str | None, str | None]

_SEP = "\x1f"  # between name and country in the key of an entry without an id


def places(conn: sqlite3.Connection, *, search: str | None = None, country: str | None = None,
           limit: int | None = None) -> list[Row]:
    """Entries whose rows pass the filters (``search``: text in a name or in the words used;
    ``country``: ISO alpha-2 codes), each counted over all its rows, ``limit`` at most."""
    where, params = _filters(search, country)
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
    countries = [c.strip().upper() for c in (country or "").split(",") if c.strip()]
    if countries:
        if stray := [c for c in countries if not re.fullmatch(r"[A-Z]{2}", c)]:
            raise FilterError(f"--country {','.join(stray)!r}: expected ISO 3166 alpha-2 codes "
                              "(two letters, e.g. PS,IL)")
        where.append(f"p.country IN ({marks('country', countries, params)})")
    return " AND ".join(where), params


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


_GROUPS = ("SELECT geonames_id, name, country, feature, text, COUNT(*), SUM(lat), COUNT(lat), SUM(lon), "
           "COUNT(lon), MAX(confidence) FROM places WHERE {} GROUP BY geonames_id, name, country, feature, text")


def _details(conn: sqlite3.Connection, counts: dict[Key, tuple[int, int]], scan: bool) -> list[Row]:
    """The rows of the entries in ``counts``, each made one: its commonest name, country and
    feature code, mean coordinates, best confidence and the words used for it. ``scan``: they
    hold most place rows, read in one pass of the table rather than by id."""
    ids = [] if scan else [key[0] for key in counts if key[0] is not None]
    groups: defaultdict[Key, list[Any]] = defaultdict(list)
    queries: list[tuple[str, list[Any]]] = [(_GROUPS.format("1"), [])] if scan else []
    for start in range(0, len(ids), 500):  # SQLite caps the parameters of one statement
        chunk = ids[start:start + 500]
        queries.append((_GROUPS.format(f"geonames_id IN ({', '.join('?' * len(chunk))})"), chunk))
    if not scan and len(ids) < len(counts):
        queries.append((_GROUPS.format("geonames_id IS NULL"), []))
    for sql, args in queries:
        for row in conn.execute(sql, args):
            key: Key = (row[0], None, None) if row[0] is not None else (None, row[1], row[2])
            if key in counts:
                groups[key].append(tuple(row))
    return [_entry(key, groups[key], *counts[key]) for key in counts if groups[key]]


def _entry(key: Key, groups: list[Any], articles: int, mentions: int) -> Row:
    names: Counter[str] = Counter()
    countries: Counter[str] = Counter()
    features: Counter[str] = Counter()
    for _, name, country, feature, _, n, *_ in groups:
        names[name] += n
        if country is not None:
            countries[country] += n
        if feature is not None:
            features[feature] += n
    ranked = sorted(names, key=lambda name: (-names[name], name))
    lats, lons = sum(g[7] for g in groups), sum(g[9] for g in groups)
    confidences = [g[10] for g in groups if g[10] is not None]
    return {"name": ranked[0], "country": _commonest(countries), "geonames_id": key[0],
            "feature": _commonest(features),
            "lat": sum(g[6] or 0.0 for g in groups) / lats if lats else None,
            "lon": sum(g[8] or 0.0 for g in groups) / lons if lons else None,
            "articles": articles, "mentions": mentions,
            "confidence": max(confidences) if confidences else None,
            "texts": sorted({g[4] for g in groups}), "names": ranked}


def _commonest(counts: Counter[str]) -> str | None:
    return min(counts, key=lambda value: (-counts[value], value)) if counts else None


__all__ = ["places"]
