"""Read queries over the cross-article state: duplicates, merged events, stories.

Plain dict rows (JSON-ready), filters bound as parameters only, like ``store.queries``.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from typing import Any

from dateline.store.queries import actor_names, event_roles, fts_query

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
    """One row per event cluster, in date order: its sources, first report and every evidence
    (each report's text and ``span``, ``[start, end]`` in its article's body)."""
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
           "e.evidence_start, e.evidence_end, substr(a.body, e.evidence_start + 1, e.evidence_end - e.evidence_start) AS evidence, "
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
                      "text": m["evidence"], "span": [m["evidence_start"], m["evidence_end"]]}
                     for m in reports],
        "event_ids": [m["id"] for m in ms],
    }


def stories(conn: sqlite3.Connection, *, min_articles: int = 2, search: str | None = None,
            limit: int | None = None, offset: int = 0, stored: bool = True) -> list[Row]:
    """Stories with at least ``min_articles`` articles, largest first, with labels.

    ``offset`` skips that many stories (matching ``search``, when given: the search syntax of
    articles and quotes, ``queries.SEARCH_SYNTAX``, over the label, by FTS5 with the articles'
    tokenizer; a ``SearchError`` when its syntax is wrong). The database pages (LIMIT/OFFSET) and
    only the stories returned are summarised; a search matches the labels ``corpus update``
    stored (schema 5) by their stored FTS5 index (schema 9: index lookups, however many stories
    there are; a read-only store of schema 5 to 8 indexes its labels in memory). A story without a stored label (a store not updated since
    it was migrated, or since one of the story's articles changed) is summarised to test its
    label, in its place among the others, and only when it comes before the end of the page; a
    read-only store of an older schema has no stored labels, so a search there summarises every
    story up to the page. The rows are the same either way. A term no label can hold (text that
    was not UTF-8: a lone surrogate, as the command line makes of such bytes, or U+FFFD) matches
    nothing.

    Each story on the page is summarised from its stored label and running sums
    (``store.labels.stored_summary``) where they are current, so a year-long story costs a few
    index counts, not every member; in full (``story_summary``) where they are
    not (a small story, one changed since the last ``corpus update``, a store of schema 6 or
    older) or with ``stored=False``. The rows are the same either way.
    """
    summary = _summary if stored else lambda c, row: story_summary(c, row["story_id"])
    matcher = LabelSearch(search) if search else None
    try:
        with _one_read(conn):  # the labels filtered on are the labels of the stories read
            return _stories(conn, min_articles, matcher, limit, offset, summary)
    finally:
        if matcher is not None:
            matcher.close()


def _summary(conn: sqlite3.Connection, row: Row) -> Row:
    """``row``'s story summarised: from the stored state where current, else in full."""
    return current_summary(conn, row["story_id"], int(row["distinct_articles"] or 0))


def current_summary(conn: sqlite3.Connection, story_id: str, distinct: int | None = None) -> Row:
    """``story_summary`` of ``story_id`` (of ``distinct`` distinct articles; counted when not
    given): read from its stored label and running sums where they are current
    (``store.labels.stored_summary``), in full where they are not. The row is the same either
    way."""
    from dateline.store.labels import stored_summary

    if distinct is None:
        distinct = int(conn.execute("SELECT COUNT(*) FROM corpus_articles WHERE story_id = ? AND "
                                    "duplicate_of IS NULL", (story_id,)).fetchone()[0])
    stored = stored_summary(conn, story_id, distinct)
    return stored if stored is not None else story_summary(conn, story_id)


class LabelSearch:
    """A search (``queries.search_query``) over story labels with the FTS5 of the articles'
    search (its tokenizer: whole words, any case, diacritics ignored): ``query`` is its FTS5
    query, for the stored index of labels (schema 9); ``hits`` and ``holds`` test labels in a
    table in memory (labels not stored, a store older than schema 9)."""

    def __init__(self, text: str) -> None:
        self.db = sqlite3.connect(":memory:")
        try:
            self.db.execute("CREATE VIRTUAL TABLE labels USING fts5(story_id UNINDEXED, label, "
                            "tokenize='unicode61 remove_diacritics 2')")
            self.query = fts_query(self.db, "labels", text)
        except BaseException:
            self.db.close()
            raise

    def close(self) -> None:
        """Free the table in memory now: a connection left to the garbage collector keeps its
        megabytes (16,661 labels: about 1-2 MB) until a full collection, search after search."""
        self.db.close()

    def hits(self, labels: list[tuple[str, str]]) -> set[str]:
        """The story ids of those ``(story_id, label)`` whose label matches."""
        self.db.execute("DELETE FROM labels")
        self.db.executemany("INSERT INTO labels (story_id, label) VALUES (?, ?)", labels)
        return {r[0] for r in self.db.execute("SELECT story_id FROM labels WHERE labels MATCH ?",
                                              (self.query,))}

    def holds(self, label: str) -> bool:
        """Whether ``label`` matches."""
        return bool(self.hits([("", label)]))


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


_GROUPED = ("SELECT story_id, COUNT(*) AS articles, SUM(duplicate_of IS NULL) AS distinct_articles, "
            "MIN(published) AS first, MAX(published) AS last FROM corpus_articles "
            "WHERE story_id IS NOT NULL GROUP BY story_id HAVING COUNT(*) >= :n")
_ORDER = " ORDER BY articles DESC, first, story_id"
#: the stories with their stored label of version :labeller, each marked ``unlabelled`` when it
#: has none (its label is yet to be tested), in the order of ``stories``
_LABELLED = (f"SELECT g.*, l.label AS stored_label, l.story_id IS NULL AS unlabelled FROM ({_GROUPED}) g "
             "LEFT JOIN story_labels l ON l.story_id = g.story_id AND l.labeller = :labeller")

#: the stories, each with a stored label of version :labeller that matches the search :q (by the
#: stored label index, schema 9) or with none (``unlabelled``: its label is yet to be tested), the
#: columns of ``_GROUPED``: only the matched stories' articles are read (by the story index), and
#: the stories without a label are found in the story index alone
_INDEXED = ("WITH matched (story_id, unlabelled) AS (SELECT l.story_id, 0 FROM story_labels l "
            "WHERE l.labeller = :labeller AND l.rowid IN (SELECT rowid FROM story_labels_fts WHERE "
            "story_labels_fts MATCH :q) UNION ALL SELECT s.story_id, 1 FROM (SELECT DISTINCT story_id "
            "FROM corpus_articles WHERE story_id IS NOT NULL) s WHERE NOT EXISTS (SELECT 1 FROM "
            "story_labels l WHERE l.story_id = s.story_id AND l.labeller = :labeller)) "
            "SELECT * FROM (SELECT m.story_id, COUNT(*) AS articles, SUM(c.duplicate_of IS NULL) AS "
            "distinct_articles, MIN(c.published) AS first, MAX(c.published) AS last, m.unlabelled FROM "
            "matched m JOIN corpus_articles c ON c.story_id = m.story_id GROUP BY m.story_id "
            "HAVING COUNT(*) >= :n)")

Summary = Callable[[sqlite3.Connection, Row], Row]


def _stories(conn: sqlite3.Connection, min_articles: int, matcher: LabelSearch | None,
             limit: int | None, offset: int, summary: Summary) -> list[Row]:
    params: dict[str, Any] = {"n": min_articles, "limit": limit if limit else -1, "offset": max(offset, 0)}
    if matcher is None:
        return _summarised(conn, [dict(r) for r in conn.execute(_GROUPED + _ORDER + " LIMIT :limit OFFSET :offset",
                                                                  params)], summary)
    if not _has_labels(conn):  # an older schema: every story is tested
        return _search_summaries(conn, _rows(conn, _GROUPED + _ORDER, params), matcher, limit, offset, summary)
    params["labeller"] = _labeller()
    if _has_label_index(conn):  # schema 9: the stored labels matched by their stored index
        params["q"] = matcher.query
        return _search_summaries(conn, _rows(conn, _INDEXED + _ORDER, params), matcher, limit, offset, summary)
    every = [dict(r) for r in conn.execute(_LABELLED + _ORDER, params)]
    # the stored labels of the stories listed (min_articles) matched in one FTS5 pass in memory
    hits = matcher.hits([(r["story_id"], r.pop("stored_label")) for r in every if not r["unlabelled"]])
    rows = (_without(r, "stored_label") for r in every if r["unlabelled"] or r["story_id"] in hits)
    return _search_summaries(conn, iter(rows), matcher, limit, offset, summary)


def _without(row: Row, key: str) -> Row:
    row.pop(key, None)
    return row


def _summarised(conn: sqlite3.Connection, rows: list[Row], summary: Summary) -> list[Row]:
    for row in rows:
        row.update(summary(conn, row))
    return rows


def _rows(conn: sqlite3.Connection, sql: str, params: dict[str, Any]) -> Iterator[Row]:
    """The rows of ``sql`` as they come (read only as far as the caller goes) from a plain
    connection, which holds one snapshot meanwhile (``_one_read``); all at once from a store
    that may open its file again between statements (``store.readonly``), which would close a
    cursor left open."""
    cursor = conn.execute(sql, params)
    rows = cursor if isinstance(conn, sqlite3.Connection) else cursor.fetchall()
    return (dict(r) for r in rows)


def _search_summaries(conn: sqlite3.Connection, rows: Iterator[Row], matcher: LabelSearch,
                      limit: int | None, offset: int, summary: Summary) -> list[Row]:
    """Those of ``rows`` (in order) whose label ``matcher`` matches, page ``offset``/``limit``.
    A row marked ``unlabelled`` (or every row, where none is marked: a store without stored
    labels) is summarised to test its label; a row with a stored label matches already, and is
    summarised only when it is on the page."""
    out: list[Row] = []
    skip = max(offset, 0)
    for row in rows:
        unlabelled = row.pop("unlabelled", True)
        if unlabelled:
            row.update(summary(conn, row))
            if not matcher.holds(row["label"]):
                continue
        if skip:
            skip -= 1
            continue
        if not unlabelled:
            row.update(summary(conn, row))
        out.append(row)
        if limit and len(out) >= limit:
            break
    return out


def _labeller() -> int:
    from dateline.corpus.stories import LABELLER

    return LABELLER


def _has_labels(conn: sqlite3.Connection) -> bool:
    """Whether the store has schema 5's ``story_labels`` (a read-only older one may not)."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'story_labels'"
                        ).fetchone() is not None


def _has_label_index(conn: sqlite3.Connection) -> bool:
    """Whether the store has schema 9's stored index of the labels (a read-only older one may not)."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'story_labels_fts'"
                        ).fetchone() is not None


def labels_complete(conn: sqlite3.Connection) -> bool:
    """Whether every story has its label stored by this dateline's label function (the
    ``story_labels`` table of schema 5 exists, and no story lacks a row of this version). It
    scans the stories, so a search does not ask it: it tests each story without a label in its
    place, and only up to the end of its page."""
    if not _has_labels(conn):
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


__all__ = ["LabelSearch", "article_state", "cluster_map", "current_summary", "duplicate_map", "labels_complete", "merged_events", "stories",
           "story_members", "story_quotes", "story_summary"]
