"""The store: article records in one SQLite file (WAL, FTS5, numbered migrations).

    >>> from dateline.store import Store
    >>> with Store("dateline.db") as store:
    ...     store.put(records)                   # one transaction; idempotent by article id
    ...     store.events(actor="hamas", since="2024-08")

``get`` returns exactly the record that was put (its public JSON is stored whole); the child
tables (furniture, actors, mentions, timexes, places, quotes, events, proposals, stances) are
normalized copies for filtering. Every statement binds its values; no SQL is built from input.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from dateline.model import ArticleRecord
from dateline.store import queries
from dateline.store.dates import FilterError
from dateline.store.errors import AmbiguousId, EmptyId, StoreError, UnknownId
from dateline.store.places import places as place_entries
from dateline.store.readonly import READ_ONLY, open_read_only
from dateline.store.schema import LATEST, NewerSchema, current_version, migrate
from dateline.store.write import Serialized, delete_article, insert_article

DEFAULT_PATH = "dateline.db"




@dataclass
class PutResult:
    """What one ``put`` did, by article id."""

    stored: list[str] = field(default_factory=list)  # new articles
    replaced: list[str] = field(default_factory=list)  # same id, different record
    unchanged: list[str] = field(default_factory=list)  # same id, identical record: skipped


def _empty_file(path: Path) -> bool:
    """``path`` is a file of no bytes with no write-ahead log holding a database's first pages."""
    try:
        if not path.is_file() or path.stat().st_size:
            return False
        wal = path.with_name(path.name + "-wal")
        return not wal.exists() or wal.stat().st_size == 0
    except OSError:  # unreadable: opening it says why
        return False


class Store:
    """One SQLite database of article records. Usable from several threads (calls serialize).

    Code outside the store reaches the connection only through ``reading()`` (several reads
    that belong together) and ``transaction()`` (writes); the lock stays private.
    """

    def __init__(self, path: str | Path = DEFAULT_PATH, *, create: bool = True,
                 read_only: bool = False) -> None:
        """Open (and migrate) the database at ``path``; ``create``: a missing file is a new
        database. ``read_only``: open an existing database for reading only, where nothing can
        be written (a read-only file or directory, a read-only mount): every write is a
        ``StoreError`` naming the file (``open_read_only``)."""
        self.path = Path(path)
        self.read_only = read_only
        if (read_only or not create) and not self.path.exists():
            raise StoreError(str(self.path), "no such database; build one with `dateline ingest PATH "
                             f"--db {self.path}` or `dateline demo --db {self.path}`")
        if (read_only or not create) and _empty_file(self.path):
            # Reading would make it a database (the schema, a WAL): someone's empty file is left as it is.
            raise StoreError(str(self.path), "is an empty file, not a dateline database; build one "
                             f"with `dateline ingest PATH --db {self.path}`")
        self._lock = threading.RLock()
        if read_only:
            self.conn = open_read_only(self.path)
            return
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=30.0,
                                        check_same_thread=False)
        except sqlite3.Error as err:
            raise StoreError(str(self.path), f"cannot open the database ({err})") from err
        self.conn.row_factory = sqlite3.Row
        try:
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")  # WAL: durable across process crashes
            self.conn.execute("PRAGMA foreign_keys = ON")
            # 64 MiB of page cache (the default is 2 MiB): corpus updates look up random keys
            # (LSH bands, event blocks) all over indexes that outgrow a small cache.
            self.conn.execute("PRAGMA cache_size = -65536")
            migrate(self.conn)
        except NewerSchema as err:
            self.conn.close()
            raise StoreError(str(self.path), str(err)) from err
        except sqlite3.DatabaseError as err:
            self.conn.close()
            raise StoreError(str(self.path), f"not a usable dateline database ({err})") from err

    # -- lifecycle -------------------------------------------------------------------------
    def close(self) -> None:
        with self._lock:
            self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        with self._lock:
            return current_version(self.conn)

    # -- writing ---------------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic write transaction on the store's connection, under its lock:

            >>> with store.transaction() as conn:
            ...     conn.executemany("INSERT INTO event_links (a, b, score) VALUES (?, ?, ?)", links)

        ``BEGIN IMMEDIATE`` takes SQLite's write lock at once (other writers wait, readers of
        the WAL do not); the block's statements are committed when it ends, and all rolled
        back when it raises, so nothing is ever half written. Compute what you write before
        entering: the lock is held until the block ends. Transactions do not nest.
        """
        with self._lock:
            if self.read_only:
                raise StoreError(str(self.path), READ_ONLY)
            if self.conn.in_transaction:
                raise StoreError(str(self.path), "a transaction is already open on this store; "
                                 "write everything in the one transaction() block")
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise

    def put(self, records: Iterable[ArticleRecord | Serialized]) -> PutResult:
        """Store records in ONE transaction: all of them or (on any error) none.

        A new id is inserted; an id already stored with an identical record is skipped; an id
        stored with a different record has its article row and every child row replaced. A
        ``Serialized`` record is stored with the JSON and digest it carries (serialized once by
        a caller that needed the digest already); any other is serialized here.
        """
        # build everything before taking the write lock
        batch = [r if isinstance(r, Serialized) else Serialized.of(r) for r in records]
        result = PutResult()
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self.transaction() as conn:
            for record, text, digest in ((s.record, s.text, s.digest) for s in batch):
                row = conn.execute("SELECT digest FROM articles WHERE id = ?", (record.id,)).fetchone()
                if row is not None and row["digest"] == digest:
                    result.unchanged.append(record.id)
                    continue
                if row is not None:
                    delete_article(conn, record.id)
                    result.replaced.append(record.id)
                else:
                    result.stored.append(record.id)
                insert_article(conn, record, text, digest, now)
        return result

    def delete(self, article_id: str) -> bool:
        """Remove one article and its child rows; True when it was there."""
        with self.transaction() as conn:
            found = conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None
            delete_article(conn, article_id)
        return found

    # -- reading ---------------------------------------------------------------------------
    @contextlib.contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """The store's connection under its lock, for several reads that belong together:

            >>> with store.reading() as conn:
            ...     members = corpus_read.story_members(conn, story_id)
            ...     events = corpus_read.merged_events(conn, story=story_id)

        No other thread of this store writes between the block's statements; each statement
        still reads what is committed when it runs (another process may commit in between).
        Write only in ``transaction()``, which may be opened inside this block (each one
        commits when it ends): a job that reads, then writes, in steps, keeps the lock
        throughout. This store's other threads wait until the block ends.
        """
        with self._lock:
            yield self.conn

    def get(self, article_id: str) -> ArticleRecord | None:
        """The record stored under this exact id, or None."""
        with self._lock:
            row = self.conn.execute("SELECT record FROM articles WHERE id = ?", (article_id,)).fetchone()
        return None if row is None else self._decode(row["record"], article_id)

    def _decode(self, text: str, article_id: str) -> ArticleRecord:
        """A stored record back; a damaged one is a ``StoreError`` naming the database and article."""
        try:
            return ArticleRecord.from_json(json.loads(text))
        except (ValueError, TypeError, KeyError, AttributeError) as err:
            raise StoreError(str(self.path), f"the stored record of article {article_id} is damaged "
                                             f"({type(err).__name__}: {err}); rebuild the database from its "
                                             "inputs with `dateline ingest`") from err

    def resolve(self, prefix: str) -> str:
        """The full id of the one article whose id is or starts with ``prefix``; ``UnknownId``
        when there is none, ``AmbiguousId`` (an ``UnknownId``) when there are several, ``EmptyId``
        (an ``UnknownId``) when ``prefix`` is blank (it would name the only article of a store
        of one)."""
        if not prefix.strip():
            raise EmptyId(str(self.path), "an empty id names no article; give an article id or a "
                                          "unique prefix of one")
        with self._lock:
            if self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (prefix,)).fetchone():
                return prefix
            rows = self.conn.execute(
                "SELECT id FROM articles WHERE substr(id, 1, ?) = ? ORDER BY id LIMIT 3",
                (len(prefix), prefix)).fetchall()
        if not rows:
            raise UnknownId(str(self.path), f"no article with id {prefix!r}; list them with "
                             f"`dateline articles --db {self.path}`")
        if len(rows) > 1:
            shown = ", ".join(r["id"] for r in rows[:2]) + (", ..." if len(rows) > 2 else "")
            raise AmbiguousId(str(self.path), f"id prefix {prefix!r} is ambiguous ({shown}); "
                             "give more characters")
        return str(rows[0]["id"])

    def records(self, *, page: int = 500) -> Iterator[ArticleRecord]:
        """Every stored record, in storage order, read ``page`` rows at a time (bounded memory)."""
        last = 0
        while True:
            with self._lock:
                rows = self.conn.execute(
                    "SELECT rowid, id, record FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?",
                    (last, page)).fetchall()
            if not rows:
                return
            for row in rows:
                yield self._decode(row["record"], row["id"])
            last = rows[-1]["rowid"]

    def __len__(self) -> int:
        with self._lock:
            return int(self.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    def ids(self) -> list[str]:
        """Every stored article id, sorted."""
        with self._lock:
            return [r[0] for r in self.conn.execute("SELECT id FROM articles ORDER BY id")]

    def counts(self) -> dict[str, int]:
        """Rows per table: articles and each kind of child record."""
        tables = ("articles", "furniture", "actors", "mentions", "timexes", "places", "quotes",
                  "events", "proposals", "stances")
        with self._lock:
            return {t: int(self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]) for t in tables}

    def event_type_counts(self) -> dict[str, int]:
        """Events per PLOVER type, most first (then by type)."""
        with self._lock:
            rows = self.conn.execute("SELECT type, COUNT(*) FROM events GROUP BY type "
                                     "ORDER BY COUNT(*) DESC, type").fetchall()
        return {str(t): int(n) for t, n in rows}

    def _query(self, fn: Any, **kwargs: Any) -> list[dict[str, Any]]:
        with self._lock:
            try:
                return list(fn(self.conn, **kwargs))
            except FilterError as err:
                raise StoreError(str(self.path), str(err)) from err

    def articles(self, *, search: str | None = None, source: str | None = None,
                 since: str | None = None, until: str | None = None,
                 limit: int | None = None) -> list[dict[str, Any]]:
        """Articles newest first; with ``search`` (``queries.SEARCH_SYNTAX``), by FTS5 relevance with a snippet whose hits
        no text can fake (``queries.articles``)."""
        return self._query(queries.articles, search=search, source=source, since=since,
                           until=until, limit=limit)

    def quotes(self, *, speaker: str | None = None, since: str | None = None,
               until: str | None = None, search: str | None = None, article: str | None = None,
               limit: int | None = None) -> list[dict[str, Any]]:
        """Quotes in date order; ``search`` (``queries.SEARCH_SYNTAX``) is over quote texts."""
        return self._query(queries.quotes, speaker=speaker, since=since, until=until,
                           search=search, article=article, limit=limit)

    def events(self, *, actor: str | None = None, type: str | None = None,
               since: str | None = None, until: str | None = None, place: str | None = None,
               status: str | None = None, article: str | None = None,
               limit: int | None = None) -> list[dict[str, Any]]:
        """Events in date order, filtered by actor, PLOVER type, dates, place and status."""
        return self._query(queries.events, actor=actor, type=type, since=since, until=until,
                           place=place, status=status, article=article, limit=limit)

    def timeline(self, *, actor: str | None = None, type: str | None = None,
                 since: str | None = None, until: str | None = None, place: str | None = None,
                 status: str | None = None, statements: bool | None = None,
                 limit: int | None = None) -> list[dict[str, Any]]:
        """Events and statements in one chronology."""
        return self._query(queries.timeline, actor=actor, type=type, since=since, until=until,
                           place=place, status=status, statements=statements, limit=limit)

    def actors(self, *, search: str | None = None, type: str | None = None,
               limit: int | None = None) -> list[dict[str, Any]]:
        """Actors of stored articles, most covered first, with article/mention/quote/event counts."""
        return self._query(queries.actors, search=search, type=type, limit=limit)


    def places(self, *, search: str | None = None, country: str | None = None,
               limit: int | None = None) -> list[dict[str, Any]]:
        """Resolved places, one row per gazetteer entry, most covered first."""
        return self._query(place_entries, search=search, country=country, limit=limit)


__all__ = ["DEFAULT_PATH", "AmbiguousId", "EmptyId", "LATEST", "PutResult", "Serialized", "Store", "StoreError",
           "UnknownId"]
