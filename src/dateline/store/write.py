"""Writing records: one article row, its child rows, and the global actors, all parameterized.

Called inside the transaction that ``Store.put`` opens; nothing here commits.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from dateline.model import ArticleRecord
from dateline.store.dates import interval


def serialize(record: ArticleRecord) -> tuple[str, str]:
    """The record's public JSON as stored, and its digest.

    The digest leaves out ``origin`` (where the input was read from: ``./in/a.txt`` and
    ``/data/in/a.txt`` are the same article), so re-ingesting from another path changes nothing.
    """
    data = record.to_json()
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    data.pop("origin", None)
    key = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text, hashlib.sha256(key.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Serialized:
    """A record with its stored JSON and digest (``serialize``), computed once: ``ingest``
    compares digests before the store is written, and ``Store.put`` takes this as it is."""

    record: ArticleRecord
    text: str
    digest: str

    @classmethod
    def of(cls, record: ArticleRecord) -> Serialized:
        """Serialize ``record``; raises what ``serialize`` raises (e.g. ``UnicodeEncodeError``
        for text with half a surrogate pair)."""
        return cls(record, *serialize(record))


def delete_article(conn: sqlite3.Connection, article_id: str) -> None:
    """Remove an article; foreign keys cascade to every child row (and FTS triggers fire)."""
    conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))


def insert_article(conn: sqlite3.Connection, record: ArticleRecord, text: str, digest: str,
                   ingested_at: str) -> None:
    """Insert one article and all its child rows."""
    dl = record.dateline
    conn.execute(
        "INSERT INTO articles (id, url, source, title, author, language, published, "
        "published_evidence, dateline_place, dateline_date, dateline_agency, body, origin, "
        "record, digest, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (record.id, record.url, record.source, record.title, record.author, record.language,
         record.published.date, record.published.evidence,
         dl.place if dl else None, dl.date if dl else None, dl.agency if dl else None,
         record.body, record.origin, text, digest, ingested_at),
    )
    aid = record.id
    conn.executemany(
        "INSERT INTO furniture (article_id, seq, kind, text, credit) VALUES (?, ?, ?, ?, ?)",
        [(aid, i, f.kind, f.text, f.credit) for i, f in enumerate(record.furniture)],
    )
    _actors(conn, record)
    conn.executemany(
        'INSERT INTO mentions (article_id, seq, start, "end", text, actor_id) VALUES (?, ?, ?, ?, ?, ?)',
        [(aid, i, m.start, m.end, m.text, m.actor) for i, m in enumerate(record.mentions)],
    )
    conn.executemany(
        'INSERT INTO timexes (article_id, seq, start, "end", text, type, value, mod, anchor, '
        "date_start, date_end, offsets_in) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(aid, i, t.start, t.end, t.text, t.type, t.value, t.mod, t.anchor, *_days(t.value), t.offsets_in)
         for i, t in enumerate(record.timexes)],
    )
    conn.executemany(
        'INSERT INTO places (article_id, seq, start, "end", text, name, country, lat, lon, '
        "geonames_id, confidence, feature, offsets_in) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(aid, i, p.start, p.end, p.text, p.name, p.country, p.lat, p.lon, p.geonames_id,
          p.confidence, p.feature, p.offsets_in) for i, p in enumerate(record.places)],
    )
    _quotes(conn, record)
    _events(conn, record)
    _negotiation(conn, record)


def _days(value: str | None) -> tuple[str | None, str | None]:
    span = interval(value)
    return (span[0], span[1]) if span else (None, None)


def _actors(conn: sqlite3.Connection, record: ArticleRecord) -> None:
    rows: list[tuple[Any, ...]] = [
        (a.id, a.name, a.type, a.country, a.sector, json.dumps(list(a.roles), ensure_ascii=False))
        for a in record.actors
    ]
    conn.executemany(
        "INSERT INTO article_actors (article_id, seq, actor_id, name, type, country, sector, roles) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(record.id, i, *row) for i, row in enumerate(rows)],
    )
    # The global actor keeps the latest name and type, and any country/sector/roles ever known.
    conn.executemany(
        "INSERT INTO actors (id, name, type, country, sector, roles) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET name = excluded.name, type = excluded.type, "
        "country = COALESCE(excluded.country, actors.country), "
        "sector = COALESCE(excluded.sector, actors.sector), "
        "roles = CASE WHEN excluded.roles = '[]' THEN actors.roles ELSE excluded.roles END",
        rows,
    )


def _quotes(conn: sqlite3.Connection, record: ArticleRecord) -> None:
    for i, q in enumerate(record.quotes):
        cur = conn.execute(
            'INSERT INTO quotes (article_id, seq, start, "end", text, kind, cue, speaker_text, '
            "medium, date, date_start, date_end, setting) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (record.id, i, q.start, q.end, q.text, q.kind, q.cue, q.speaker_text, q.medium,
             q.date, *_days(q.date), q.setting),
        )
        conn.executemany(
            "INSERT INTO quote_speakers (quote_id, seq, actor_id) VALUES (?, ?, ?)",
            [(cur.lastrowid, j, s) for j, s in enumerate(q.speakers)],
        )


def _events(conn: sqlite3.Connection, record: ArticleRecord) -> None:
    for i, e in enumerate(record.events):
        cur = conn.execute(
            "INSERT INTO events (article_id, seq, id, type, mode, trigger, evidence_start, "
            "evidence_end, date, date_anchor, date_start, date_end, place, status, confidence) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (record.id, i, e.id, e.type, e.mode, e.trigger, e.evidence[0], e.evidence[1], e.date,
             e.date_anchor, *_days(e.date), e.place, e.status, e.confidence),
        )
        roles = [("source", e.sources), ("target", e.targets)]
        conn.executemany(
            "INSERT INTO event_actors (event_key, role, seq, actor_id) VALUES (?, ?, ?, ?)",
            [(cur.lastrowid, role, j, a) for role, ids in roles for j, a in enumerate(ids)],
        )


def _negotiation(conn: sqlite3.Connection, record: ArticleRecord) -> None:
    for i, p in enumerate(record.proposals):
        cur = conn.execute(
            "INSERT INTO proposals (article_id, seq, name, terms) VALUES (?, ?, ?, ?)",
            (record.id, i, p.name, json.dumps(list(p.terms), ensure_ascii=False)),
        )
        roles = [("proposer", p.proposers), ("endorser", p.endorsers), ("rejecter", p.rejecters)]
        conn.executemany(
            "INSERT INTO proposal_actors (proposal_key, role, seq, actor_id) VALUES (?, ?, ?, ?)",
            [(cur.lastrowid, role, j, a) for role, ids in roles for j, a in enumerate(ids)],
        )
    conn.executemany(
        'INSERT INTO stances (article_id, seq, actor_id, "on", stance, blames, evidence_start, '
        "evidence_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(record.id, i, s.actor, s.on, s.stance, s.blames, s.evidence[0], s.evidence[1])
         for i, s in enumerate(record.stances)],
    )
