"""Read queries over the cross-article state: duplicates, merged events, stories.

Plain dict rows (JSON-ready), filters bound as parameters only, like ``store.queries``.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterator
from typing import Any

from dateline.store.queries import actor_names, event_roles

Row = dict[str, Any]


def duplicate_map(conn: sqlite3.Connection) -> dict[str, str]:
    """duplicate article id -> its canonical article id (articles not listed are canonical)."""
    return {r[0]: r[1] for r in conn.execute(
        "SELECT article_id, duplicate_of FROM corpus_articles WHERE duplicate_of IS NOT NULL")}


def article_state(conn: sqlite3.Connection) -> dict[str, tuple[str | None, str | None]]:
    """(duplicate_of, story_id) by article id, for the articles ``corpus update`` has seen."""
    return {r[0]: (r[1], r[2]) for r in conn.execute(
        "SELECT article_id, duplicate_of, story_id FROM corpus_articles")}


def cluster_map(conn: sqlite3.Connection) -> dict[int, str]:
    """event key -> cluster id."""
    return {int(r[0]): str(r[1]) for r in conn.execute("SELECT event_key, cluster_id FROM event_clusters")}


def merged_events(conn: sqlite3.Connection, *, story: str | None = None,
                  cluster: str | None = None) -> list[Row]:
    """One row per event cluster, in date order: its sources, first report and every evidence."""
    params: dict[str, Any] = {}
    where = []
    if story:
        params["story"] = story
        where.append("c.cluster_id IN (SELECT x.cluster_id FROM event_clusters x JOIN events y ON "
                     "y.event_key = x.event_key JOIN corpus_articles s ON s.article_id = y.article_id "
                     "WHERE s.story_id = :story)")
    if cluster:
        params["cluster"] = cluster
        where.append("c.cluster_id = :cluster")
    sql = ("SELECT c.cluster_id, c.sortkey, e.event_key, e.id, e.type, e.mode, e.status, e.date, "
           "e.date_anchor, e.date_start, e.date_end, e.place, e.trigger, e.confidence, e.article_id, "
           "substr(a.body, e.evidence_start + 1, e.evidence_end - e.evidence_start) AS evidence, "
           "a.published, a.source, a.url, a.title, COALESCE(ca.duplicate_of, e.article_id) AS root "
           "FROM event_clusters c JOIN events e ON e.event_key = c.event_key "
           "JOIN articles a ON a.id = e.article_id "
           "LEFT JOIN corpus_articles ca ON ca.article_id = e.article_id")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY c.cluster_id, c.sortkey"
    members: dict[str, list[Row]] = defaultdict(list)
    for r in conn.execute(sql, params):
        members[r["cluster_id"]].append(dict(r))
    roles = event_roles(conn, [m["event_key"] for ms in members.values() for m in ms])
    names = actor_names(conn, {a for ids in roles.values() for a in ids})
    rows = [_cluster_row(cid, ms, roles, names) for cid, ms in members.items()]
    rows.sort(key=lambda r: (r["date_start"] is None, r["date_start"] or "", r["first_report"]["published"] or "",
                             r["cluster_id"]))
    return rows


def _ranked(values: list[str]) -> list[str]:
    counts = Counter(values)
    return sorted(counts, key=lambda v: (-counts[v], values.index(v)))


def _cluster_row(cid: str, ms: list[Row], roles: dict[tuple[int, str], list[str]],
                 names: dict[str, str]) -> Row:
    first = ms[0]  # sorted by sortkey: the first member event
    reports = sorted(ms, key=lambda m: (m["published"] or "9999", m["article_id"]))
    sources = _ranked([a for m in ms for a in roles.get((m["event_key"], "source"), [])])
    targets = _ranked([a for m in ms for a in roles.get((m["event_key"], "target"), [])])
    starts = [m["date_start"] for m in ms if m["date_start"]]
    ends = [m["date_end"] for m in ms if m["date_end"]]
    places = _ranked([m["place"] for m in ms if m["place"]])
    modes = _ranked([m["mode"] for m in ms if m["mode"]])
    canonical = {m["root"] for m in ms}
    return {
        "cluster_id": cid, "type": first["type"], "mode": modes[0] if modes else None,
        "status": first["status"], "date": first["date"], "date_anchor": first["date_anchor"],
        "date_start": min(starts) if starts else None, "date_end": max(ends) if ends else None,
        "place": places[0] if places else None,
        "sources": sources, "targets": targets,
        "source_names": [names.get(a, a) for a in sources],
        "target_names": [names.get(a, a) for a in targets],
        "n_reports": len(ms), "n_articles": len({m["article_id"] for m in ms}),
        "n_sources": len(canonical),
        "outlets": sorted({m["source"] for m in ms if m["source"] and m["article_id"] in canonical}),
        "first_report": {"article_id": reports[0]["article_id"], "published": reports[0]["published"],
                         "source": reports[0]["source"], "url": reports[0]["url"]},
        "confidence": max(m["confidence"] for m in ms),
        "trigger": first["trigger"],
        "evidence": [{"event_id": m["id"], "article_id": m["article_id"], "duplicate": m["root"] != m["article_id"],
                      "published": m["published"], "source": m["source"], "url": m["url"],
                      "text": m["evidence"]} for m in reports],
        "event_ids": [m["id"] for m in ms],
    }


def stories(conn: sqlite3.Connection, *, min_articles: int = 2, search: str | None = None,
            limit: int | None = None, offset: int = 0) -> list[Row]:
    """Stories with at least ``min_articles`` articles, largest first, with labels.

    ``offset`` skips that many stories (matching ``search``, a casefolded substring of the label,
    when given). The database pages (LIMIT/OFFSET) and only the stories returned are summarised;
    a search filters on the labels ``corpus update`` stored (schema 5). Where a story has no
    stored label (a read-only store of an older schema, a store not updated since it was
    migrated or since one of its articles was replaced) a search summarises every story up to
    the last one returned, as before: the rows are the same either way.
    """
    with _one_read(conn):  # the labels checked are the labels filtered on
        return _stories(conn, min_articles, search, limit, offset)


@contextlib.contextmanager
def _one_read(conn: sqlite3.Connection) -> Iterator[None]:
    """Run the block's statements in one read transaction (one snapshot of a WAL database) when
    ``conn`` is a plain connection outside a transaction; else as they come."""
    if not isinstance(conn, sqlite3.Connection) or conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        conn.execute("COMMIT")


def _stories(conn: sqlite3.Connection, min_articles: int, search: str | None, limit: int | None,
             offset: int) -> list[Row]:
    params: dict[str, Any] = {"n": min_articles}
    where = "story_id IS NOT NULL"
    if search and labels_complete(conn):
        params["q"] = search.casefold()
        where += (" AND story_id IN (SELECT story_id FROM story_labels WHERE "
                  "instr(folded, :q) > 0 AND labeller = :labeller)")
        params["labeller"] = _labeller()
        search = None
    sql = ("SELECT story_id, COUNT(*) AS articles, SUM(duplicate_of IS NULL) AS distinct_articles, "
           f"MIN(published) AS first, MAX(published) AS last FROM corpus_articles WHERE {where} "
           "GROUP BY story_id HAVING COUNT(*) >= :n ORDER BY articles DESC, first, story_id")
    if not search:
        params.update(limit=limit if limit else -1, offset=max(offset, 0))
        rows = [dict(r) for r in conn.execute(sql + " LIMIT :limit OFFSET :offset", params)]
        for row in rows:
            row.update(story_summary(conn, row["story_id"]))
        return rows
    return _search_summaries(conn, sql, params, search, limit, offset)


def _search_summaries(conn: sqlite3.Connection, sql: str, params: dict[str, Any], search: str,
                      limit: int | None, offset: int) -> list[Row]:
    """The stories of ``sql`` whose label holds ``search``, found by summarising each in turn
    (the way without stored labels: its cost grows with the offset)."""
    out: list[Row] = []
    skip = max(offset, 0)
    for r in conn.execute(sql, params).fetchall():
        row = dict(r)
        row.update(story_summary(conn, row["story_id"]))
        if search.casefold() not in row["label"].casefold():
            continue
        if skip:
            skip -= 1
            continue
        out.append(row)
        if limit and len(out) >= limit:
            break
    return out


def _labeller() -> int:
    from dateline.corpus.stories import LABELLER

    return LABELLER


def labels_complete(conn: sqlite3.Connection) -> bool:
    """Whether every story has its label stored by this dateline's label function (the
    ``story_labels`` table of schema 5 exists, and no story lacks a row of this version)."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'story_labels'"
                    ).fetchone() is None:
        return False
    return conn.execute(
        "SELECT 1 FROM corpus_articles c WHERE c.story_id IS NOT NULL AND NOT EXISTS (SELECT 1 "
        "FROM story_labels l WHERE l.story_id = c.story_id AND l.labeller = ?) LIMIT 1",
        (_labeller(),)).fetchone() is None


def story_members(conn: sqlite3.Connection, story_id: str) -> list[Row]:
    return [dict(r) for r in conn.execute(
        "SELECT a.id, a.published, a.source, a.title, a.url, c.duplicate_of, substr(a.body, 1, 400) AS lead "
        "FROM corpus_articles c JOIN articles a ON a.id = c.article_id WHERE c.story_id = ? "
        "ORDER BY c.story_sortkey", (story_id,))]


def story_summary(conn: sqlite3.Connection, story_id: str) -> Row:
    """Label, top actors and places, outlets of one story."""
    from dateline.corpus.stories import label, month_name, prefer_specific, ranked

    members = story_members(conn, story_id)
    distinct = [m for m in members if m["duplicate_of"] is None]
    actors: Counter[str] = Counter()
    places: Counter[str] = Counter()
    actor_mentions: Counter[str] = Counter()
    place_mentions: Counter[str] = Counter()
    countries: set[str] = set()
    for m in distinct:
        found = [(r[0], r[1]) for r in conn.execute(
            "SELECT aa.name, (SELECT COUNT(*) FROM mentions x WHERE x.article_id = aa.article_id "
            "AND x.actor_id = aa.actor_id) FROM article_actors aa WHERE aa.article_id = ? AND "
            "aa.type != 'media'", (m["id"],))]
        actors.update({name for name, _ in found})
        actor_mentions.update(dict(found))
        found = [(r[0], r[1]) for r in conn.execute(
            "SELECT name, COUNT(*), MAX(feature LIKE 'PCL%') FROM places WHERE article_id = ? "
            "GROUP BY name", (m["id"],))]
        countries.update(r[0] for r in conn.execute(
            "SELECT DISTINCT name FROM places WHERE article_id = ? AND feature LIKE 'PCL%'", (m["id"],)))
        places.update({name for name, _ in found})
        place_mentions.update(dict(found))
    top_actors, top_places = ranked(actors, actor_mentions), ranked(places, place_mentions)
    days = sorted(m["published"] for m in distinct if m["published"])
    month = month_name(days[len(days) // 2]) if days else None
    texts = [m["title"] or "" for m in distinct] + [m["lead"] or "" for m in distinct]
    for_label = prefer_specific(top_places, places, countries)
    return {"label": label(top_actors, for_label, texts, month), "actors": top_actors[:5],
            "places": top_places[:5], "outlets": sorted({m["source"] for m in distinct if m["source"]})}


def story_quotes(conn: sqlite3.Connection, story_id: str) -> Iterator[Row]:
    """Quotes of the story's canonical articles (a duplicate's quotes are copies)."""
    from dateline.store.queries import quotes

    ids = [m["id"] for m in story_members(conn, story_id) if m["duplicate_of"] is None]
    for aid in ids:
        yield from quotes(conn, article=aid)


__all__ = ["article_state", "cluster_map", "duplicate_map", "labels_complete", "merged_events", "stories",
           "story_members", "story_quotes", "story_summary"]
