"""SQL for the cross-article state of ``dateline.corpus`` (tables of migration 2).

Plain functions over an open connection, called inside the transactions that
``dateline.corpus.update`` opens; values are always bound, never formatted into SQL.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from dateline.store.queries import chunks, marks

Row = dict[str, Any]


# -- duplicates ------------------------------------------------------------------------------
def new_articles(conn: sqlite3.Connection, limit: int, after: int = 0) -> list[Row]:
    """Articles not yet seen by ``corpus update`` (schema 10's ``pending_articles``), in storage
    order from rowid ``after`` on."""
    return [dict(r) for r in conn.execute(
        "SELECT a.rowid AS rowid, a.id, a.body, a.published FROM pending_articles p CROSS JOIN articles a "
        "ON a.id = p.article_id WHERE a.rowid > ? ORDER BY a.rowid LIMIT ?", (after, limit))]  # CROSS:
    # read the pending rows and look their articles up, never the other way round


def count_new(conn: sqlite3.Connection) -> dict[str, int]:
    """How much ``corpus update`` has left to do: the pending rows (schema 10), or in a store read
    before that migration, what its state lacks (a scan of every article and event)."""
    if _has_pending(conn):
        articles = conn.execute("SELECT COUNT(*) FROM pending_articles").fetchone()[0]
        events = conn.execute("SELECT COUNT(*) FROM pending_events").fetchone()[0]
    else:
        articles = conn.execute("SELECT COUNT(*) FROM articles a LEFT JOIN corpus_articles c ON "
                                "c.article_id = a.id WHERE c.article_id IS NULL").fetchone()[0]
        events = conn.execute("SELECT COUNT(*) FROM events e LEFT JOIN event_clusters c ON "
                              "c.event_key = e.event_key WHERE c.event_key IS NULL").fetchone()[0]
    return {"articles": int(articles), "events": int(events)}


def _has_pending(conn: sqlite3.Connection) -> bool:
    """Whether the store has schema 10's pending work (a read-only older one may not)."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'pending_events'"
                        ).fetchone() is not None


def band_candidates(conn: sqlite3.Connection, keys: Sequence[int], cap: int) -> tuple[list[str], list[int]]:
    """Articles sharing an open band key, and which of ``keys`` are open.

    A key with ``cap`` articles is closed (a "stop band": boilerplate shared by unrelated
    articles): its articles are no candidates and it takes no more, so a lookup reads at most
    ``cap`` rows per key however large the store grows.
    """
    params: dict[str, Any] = {}
    postings: dict[int, list[str]] = {k: [] for k in keys}
    for r in conn.execute(f"SELECT key, article_id FROM lsh_bands WHERE key IN "
                          f"({marks('k', list(keys), params)})", params):
        postings[r[0]].append(r[1])
    open_keys = [k for k in keys if len(postings[k]) < cap]
    return sorted({a for k in open_keys for a in postings[k]}), open_keys


def signatures(conn: sqlite3.Connection, ids: Sequence[str]) -> list[Row]:
    out: list[Row] = []
    for part in chunks(list(ids)):
        params: dict[str, Any] = {}
        out.extend(dict(r) for r in conn.execute(
            "SELECT article_id, signature, shingles, sortkey, duplicate_of, similarity "
            f"FROM corpus_articles WHERE article_id IN ({marks('a', list(part), params)})", params))
    return out


def insert_article_state(conn: sqlite3.Connection, article_id: str, blob: bytes, n_shingles: int,
                         length: int, published: str | None, sortkey: str, keys: Sequence[int],
                         now: str) -> None:
    conn.execute(
        "INSERT INTO corpus_articles (article_id, signature, shingles, length, published, sortkey, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (article_id, blob, n_shingles, length, published, sortkey, now))
    conn.executemany("INSERT INTO lsh_bands (key, article_id) VALUES (?, ?)",
                     [(k, article_id) for k in keys])


def insert_duplicate_pair(conn: sqlite3.Connection, a: str, b: str, similarity: float) -> None:
    a, b = min(a, b), max(a, b)
    conn.execute("INSERT OR REPLACE INTO duplicate_pairs (a, b, similarity) VALUES (?, ?, ?)",
                 (a, b, similarity))
    conn.execute("UPDATE corpus_articles SET similarity = MAX(COALESCE(similarity, 0), ?) "
                 "WHERE article_id IN (?, ?)", (similarity, a, b))


def rename_root(conn: sqlite3.Connection, table: str, column: str, key: str, old: str,
                new: str | None) -> None:
    """Point every member of component ``old`` at ``new`` (``table`` and ``column`` are ours)."""
    assert (table, column, key) in _ROOTS
    conn.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = ?", (new, old))


_ROOTS = {("corpus_articles", "duplicate_of", "article_id"),
          ("corpus_articles", "story_id", "article_id"),
          ("event_clusters", "cluster_id", "event_key")}


# -- events ----------------------------------------------------------------------------------
def new_event_keys(conn: sqlite3.Connection, limit: int, after: int = 0) -> list[int]:
    """Events not yet in a cluster (schema 10's ``pending_events``), by key from ``after`` on."""
    return [int(r[0]) for r in conn.execute(
        "SELECT event_key FROM pending_events WHERE event_key > ? ORDER BY event_key LIMIT ?", (after, limit))]


def event_rows(conn: sqlite3.Connection, keys: Sequence[int]) -> list[Row]:
    """Events with their actors, article root, publication date and evidence text."""
    rows: list[Row] = []
    for part in chunks(list(keys)):
        params: dict[str, Any] = {}
        keys_in = marks("k", list(part), params)
        found = [dict(r) for r in conn.execute(
            "SELECT e.event_key, e.id, e.article_id, e.type, e.status, e.date_start, e.date_end, "
            "e.place, a.published, COALESCE(c.duplicate_of, e.article_id) AS root, "
            "e.evidence_start, e.evidence_end, ec.sent_start, ec.sent_end, "
            "substr(a.body, e.evidence_start + 1, e.evidence_end - e.evidence_start) AS evidence "
            "FROM events e JOIN articles a ON a.id = e.article_id "
            "LEFT JOIN corpus_articles c ON c.article_id = e.article_id "
            "LEFT JOIN event_clusters ec ON ec.event_key = e.event_key "
            f"WHERE e.event_key IN ({keys_in})", params)]
        roles: dict[tuple[int, str], list[str]] = defaultdict(list)
        countries: dict[tuple[int, str], list[str]] = defaultdict(list)
        for r in conn.execute("SELECT x.event_key, x.role, x.actor_id, ac.country FROM event_actors x "
                              "LEFT JOIN actors ac ON ac.id = x.actor_id WHERE x.event_key "
                              f"IN ({keys_in}) ORDER BY x.event_key, x.role, x.seq", params):
            roles[(r["event_key"], r["role"])].append(r["actor_id"])
            if r["country"]:
                countries[(r["event_key"], r["role"])].append(r["country"])
        for row in found:
            for role in ("source", "target"):
                row[f"{role}s"] = tuple(roles.get((row["event_key"], role), ()))
                row[f"{role}_countries"] = tuple(countries.get((row["event_key"], role), ()))
        rows.extend(found)
    rows.sort(key=lambda r: r["event_key"])
    return rows


def event_candidates(conn: sqlite3.Connection, keys: Sequence[str], low: str | None,
                     high: str | None, type_: str, root: str, limit: int) -> list[int]:
    """Clustered events sharing a block key whose days meet [low, high] (at most ``limit`` per
    key, the latest: by end day, then by key), and the events of the same type in the same article
    or its copies."""
    found: set[int] = set()
    if low and high and keys:
        params: dict[str, Any] = {"low": low, "high": high, "limit": limit * len(keys)}
        found.update(int(r[0]) for r in conn.execute(
            f"SELECT DISTINCT event_key FROM event_blocks WHERE key IN ({marks('k', list(keys), params)}) "
            "AND day_end BETWEEN :low AND date(:high, '+32 days') AND day_start <= :high "
            "ORDER BY day_end DESC, event_key DESC LIMIT :limit", params))
    found.update(int(r[0]) for r in conn.execute(
        "SELECT ec.event_key FROM (SELECT ? AS id UNION SELECT article_id FROM corpus_articles "
        "WHERE duplicate_of = ?) AS copies JOIN events e ON e.article_id = copies.id "
        "JOIN event_clusters ec ON ec.event_key = e.event_key WHERE ec.type = ?", (root, root, type_)))
    return sorted(found)


def cluster_of(conn: sqlite3.Connection, keys: Sequence[int]) -> dict[int, tuple[str, str]]:
    """(cluster id, sortkey of the cluster's first event) by event key."""
    out: dict[int, tuple[str, str]] = {}
    for part in chunks(list(keys)):
        params: dict[str, Any] = {}
        for r in conn.execute(
                "SELECT c.event_key, c.cluster_id, (SELECT MIN(x.sortkey) FROM event_clusters x "
                "WHERE x.cluster_id = c.cluster_id) AS first FROM event_clusters c "
                f"WHERE c.event_key IN ({marks('k', list(part), params)})", params):
            out[int(r["event_key"])] = (str(r["cluster_id"]), str(r["first"]))
    return out


# -- stories ---------------------------------------------------------------------------------
def article_features(conn: sqlite3.Connection, article_id: str) -> tuple[list[tuple[str, str]], list[str]]:
    actors = [(r[0], r[1]) for r in conn.execute(
        "SELECT actor_id, type FROM article_actors WHERE article_id = ? ORDER BY seq", (article_id,))]
    places = [r[0] for r in conn.execute(
        "SELECT DISTINCT name FROM places WHERE article_id = ? ORDER BY name", (article_id,))]
    return actors, places


def new_story_articles(conn: sqlite3.Connection, limit: int) -> list[Row]:
    return [dict(r) for r in conn.execute(
        "SELECT article_id AS id, published, duplicate_of FROM corpus_articles "
        "WHERE story_id IS NULL ORDER BY sortkey LIMIT ?", (limit,))]


def story_candidates(conn: sqlite3.Connection, article_id: str, feats: Sequence[str],
                     low: str, high: str, min_shared: int) -> list[Row]:
    """Storied articles published in [low, high] sharing at least ``min_shared`` features with
    this one: id, published, their number of features and the number shared."""
    params: dict[str, Any] = {"low": low, "high": high, "me": article_id, "n": min_shared}
    sql = ("SELECT c.article_id AS id, c.published, c.features, COUNT(*) AS shared "
           "FROM story_features f JOIN corpus_articles c ON c.article_id = f.article_id "
           f"WHERE f.feature IN ({marks('f', list(feats), params)}) AND f.day BETWEEN :low AND :high "
           "AND c.story_id IS NOT NULL AND f.article_id != :me "
           "GROUP BY c.article_id HAVING COUNT(*) >= :n ORDER BY c.article_id")
    return [dict(r) for r in conn.execute(sql, params)]


def story_roots(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, tuple[str, str]]:
    """(story id, its first article's sortkey) by article id. A first article stored again (a
    new record, not yet through the story pass) has no sortkey yet: the one that pass gives it
    (``corpus.stories.story_sortkey``: its date, else 9999-99-99, a bar and its id)."""
    out: dict[str, tuple[str, str]] = {}
    for part in chunks(list(ids)):
        params: dict[str, Any] = {}
        for r in conn.execute(
                "SELECT c.article_id, c.story_id, COALESCE(s.story_sortkey, COALESCE(s.published, "
                "'9999-99-99') || '|' || s.article_id) FROM corpus_articles c JOIN "
                "corpus_articles s ON s.article_id = c.story_id "
                f"WHERE c.article_id IN ({marks('a', list(part), params)}) AND c.story_id IS NOT NULL",
                params):
            out[r[0]] = (r[1], r[2])
    return out


def _unlabelled(conn: sqlite3.Connection, labeller: int) -> str:
    """The stories without a label of version :labeller, after :after: those without any (schema
    10's ``pending_stories``) and those labelled by each other version present, an arm per
    version, so each arm reads ``story_labels_labeller`` in story order from :after on and a
    LIMIT stops them all (one arm of every other version, ``labeller != ?``, read and sorted every
    label of them at each batch: a store relabelled whole after a ``LABELLER`` change took time
    in the square of its stories)."""
    arms = ["SELECT story_id FROM pending_stories WHERE story_id > :after"]
    arms += [f"SELECT story_id FROM story_labels INDEXED BY story_labels_labeller WHERE labeller = {int(v)} "
             "AND story_id > :after" for v in _labellers(conn) if v != labeller]
    return " UNION ".join(arms)


def _labellers(conn: sqlite3.Connection) -> list[int]:
    """The label versions in ``story_labels``, one index step each (usually one, LABELLER's)."""
    return [int(r[0]) for r in conn.execute(
        "WITH RECURSIVE v(n) AS (SELECT MIN(labeller) FROM story_labels UNION ALL "
        "SELECT (SELECT MIN(labeller) FROM story_labels WHERE labeller > v.n) FROM v WHERE v.n IS NOT NULL) "
        "SELECT n FROM v WHERE n IS NOT NULL")]


def unlabelled_stories(conn: sqlite3.Connection, labeller: int, limit: int, after: str = "") -> list[str]:
    """Up to ``limit`` stories without a label of version ``labeller`` (schema 5's
    ``story_labels``), by id, from the first id after ``after`` on (a cursor: each batch reads
    on from the last one's end, not from the first story again)."""
    return [str(r[0]) for r in conn.execute(
        f"{_unlabelled(conn, labeller)} ORDER BY 1 LIMIT :limit", {"after": after, "limit": limit})]


def count_unlabelled(conn: sqlite3.Connection, labeller: int) -> int:
    """How many stories lack a label of version ``labeller``."""
    return int(conn.execute(f"SELECT COUNT(*) FROM ({_unlabelled(conn, labeller)})", {"after": ""}).fetchone()[0])


def live_stories(conn: sqlite3.Connection, ids: Sequence[str]) -> set[str]:
    """Those of ``ids`` that are stories now (have a member)."""
    out: set[str] = set()
    for chunk in chunks(list(ids)):
        params: dict[str, Any] = {}
        out.update(str(r[0]) for r in conn.execute(
            f"SELECT DISTINCT story_id FROM corpus_articles WHERE story_id IN ({marks('s', chunk, params)})",
            params))
    return out


def put_story_labels(conn: sqlite3.Connection, labels: Sequence[tuple[str, str]], labeller: int) -> None:
    """Store (story id, label) pairs written by label function version ``labeller``."""
    conn.executemany("INSERT INTO story_labels (story_id, label, folded, labeller) VALUES (?, ?, ?, ?) "
                     "ON CONFLICT (story_id) DO UPDATE SET label = excluded.label, folded = excluded.folded, "
                     "labeller = excluded.labeller",  # an upsert: the label index's triggers fire (schema 9)
                     [(sid, text, text.casefold(), labeller) for sid, text in labels])


__all__ = [
    "article_features", "band_candidates", "cluster_of", "count_new", "count_unlabelled",
    "event_candidates", "event_rows", "insert_article_state", "insert_duplicate_pair", "live_stories",
    "new_articles", "new_event_keys", "new_story_articles", "put_story_labels", "rename_root",
    "signatures", "story_candidates", "story_roots", "unlabelled_stories",
]
