"""Reading a database where nothing can be written: a read-only file, directory or mount.

A WAL database is read through its ``-shm`` file (the WAL index). Since SQLite 3.22 a
read-only connection (``mode=ro``) reads it when the ``-shm`` and ``-wal`` already exist and
can be read, even where neither can be written: beside a live writer it maps the writer's
WAL index read-only and takes its read locks, so it sees each commit whole; after a writer
crashed (or one whose files could not be removed) it builds a private index from the
``-wal`` in memory. Such a connection is opened first, and a long-lived reader (``dateline
serve``) then sees every new commit of the writer.

Where there is no ``-shm`` and none can be made (a read-only directory or mount that no writer
has open; a ``-shm`` this process cannot read), SQLite cannot open the database in ``mode=ro``.
Then the file is opened as immutable (``immutable=1``: no locks, no WAL index), which is exact
only while no other program writes it, and a warning says so once, at open:

- a non-empty ``-wal`` file (committed changes the file lacks) is refused, at open and at any
  later query, with a ``StoreError`` naming the file and what to do, not silently ignored;
- a long-lived reader checks the file's and its ``-wal``'s size, time and inode before each
  statement; when they changed it opens the database in ``mode=ro`` if it now can (a writer
  made the ``-shm``: from then on it reads live), or as immutable again, so it does not go on
  serving the snapshot it opened;
- what it cannot see: changes still in a ``-wal`` that is not visible here (a mount of the
  database file alone), and a statement that runs while another program writes the file may
  fail ("database disk image is malformed") or mix old and new pages: SQLite takes no lock.

A database on a read-only mount that another program writes (a Docker volume mounted ``:ro``
while the host ingests) is therefore read live while the writer has it open, and as a
snapshot between writers; a mount of the database file alone, without its directory, is best
read from a copy.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from pathlib import Path
from typing import Any, cast

from dateline.store.errors import StoreError
from dateline.store.schema import LATEST, current_version, readable

log = logging.getLogger(__name__)

#: why a store opened for reading refuses a write
READ_ONLY = ("opened for reading only (the file or its directory is read-only, so SQLite cannot "
             "write it or, beside it, its -wal and -shm files); fix the permissions or use a copy "
             "in a writable place")

#: said once when a database is opened as immutable
SNAPSHOT = ("read as a snapshot: beside it there is no WAL index (-shm) this process can read, and "
            "SQLite cannot make one here, so it takes no locks; it is opened again when the file changes (and read live "
            "once a writer has made the -shm), but while another program writes it a read may fail "
            "or mix old and new data: read a copy, or mount it writable")

#: said when a snapshot becomes a live reader
LIVE = "read live: a writer has made its WAL index (-shm), which this reader now follows"


def open_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection to the dateline database at ``path`` (which exists), at the
    current schema version; a ``StoreError`` naming the file when it cannot be read so. Where
    SQLite can read it only as immutable, it is opened again whenever the file changes."""
    uri = path.resolve().as_uri()
    try:
        conn = _connect(f"{uri}?mode=ro")
    except sqlite3.OperationalError as first:
        if not _cannot_write_beside(first):
            raise StoreError(str(path), f"cannot read the database ({first})") from first
        _refuse_wal(path, f"cannot be read here: its write-ahead log {path.name}-wal holds "
                          f"changes that SQLite reads only through its WAL index {path.name}-shm, "
                          f"which {_no_index(path)} ({first}); open it once where it can be "
                          "written, or copy the database with its -wal file to a writable place")
        snapshot = _Snapshot(path, uri)
        log.warning("%s: %s", path, SNAPSHOT)
        return cast(sqlite3.Connection, snapshot)
    except sqlite3.DatabaseError as err:
        raise StoreError(str(path), f"not a usable dateline database ({err})") from err
    _check_version(path, conn)
    return conn


class _Snapshot:
    """An immutable connection, opened again before a statement when the database file (or its
    ``-wal``) changed since it was opened: in ``mode=ro`` where SQLite now can (a writer made
    the ``-shm``), which then follows every commit and is never swapped again. Stands for a
    ``sqlite3.Connection``: its statement methods check first, everything else is the current
    connection's."""

    def __init__(self, path: Path, uri: str) -> None:
        self._path, self._uri, self._swap = path, uri, threading.Lock()
        self._seen = _signature(path)
        self._live = False  # True once a mode=ro connection (it follows the writer) was opened
        self._conn = self._immutable()
        self._retired: sqlite3.Connection | None = None  # the one before, left to its cursors

    def _immutable(self) -> sqlite3.Connection:
        try:
            conn = _connect(f"{self._uri}?mode=ro&immutable=1")
        except sqlite3.DatabaseError as err:
            raise StoreError(str(self._path), f"cannot read the database ({err})") from err
        _check_version(self._path, conn)
        return conn

    def _following(self) -> sqlite3.Connection | None:
        """A ``mode=ro`` connection, or None where SQLite still cannot open one here."""
        try:
            conn = _connect(f"{self._uri}?mode=ro")
        except sqlite3.OperationalError as err:
            if _cannot_write_beside(err):
                return None
            raise StoreError(str(self._path), f"cannot read the database ({err})") from err
        except sqlite3.DatabaseError as err:
            raise StoreError(str(self._path), f"not a usable dateline database ({err})") from err
        _check_version(self._path, conn)
        return conn

    def _reopen(self) -> sqlite3.Connection:
        """The connection that reads the changed file: a live one where possible, else a new
        snapshot (refused while the -wal holds changes it would not see)."""
        fresh = self._following()
        if fresh is not None:
            self._live = True
            log.info("%s: %s", self._path, LIVE)
            return fresh
        name = self._path.name
        _refuse_wal(self._path, f"is being written by another program: its write-ahead log "
                                f"{name}-wal holds changes that SQLite reads only through its WAL "
                                f"index {name}-shm, which {_no_index(self._path)}; try again when "
                                "it has finished, or read a copy")
        return self._immutable()

    def _current(self) -> sqlite3.Connection:
        """The connection to use now: a new one when the file changed (the old one is left to
        its cursors, which may still be read, until the next change closes it: a server over a
        file that keeps changing holds two connections, not one per change)."""
        if self._live:
            return self._conn
        now = _signature(self._path)
        if now != self._seen:
            with self._swap:
                if now != self._seen and not self._live:
                    fresh = self._reopen()
                    if self._retired is not None:
                        self._retired.close()
                    self._retired, self._conn, self._seen = self._conn, fresh, now
        return self._conn

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        return self._current().execute(sql, parameters)

    def executemany(self, sql: str, parameters: Any, /) -> sqlite3.Cursor:
        return self._current().executemany(sql, parameters)

    def executescript(self, script: str, /) -> sqlite3.Cursor:
        return self._current().executescript(script)

    def cursor(self, *args: Any, **kwargs: Any) -> sqlite3.Cursor:
        return self._current().cursor(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def _signature(path: Path) -> tuple[tuple[int, int, int] | None, ...]:
    """What changes when a program writes the database: its file's and its -wal's inode, size
    and modification time (None: absent)."""
    def of(name: str) -> tuple[int, int, int] | None:
        try:
            stat = os.stat(name)
        except FileNotFoundError:
            return None
        return stat.st_ino, stat.st_size, stat.st_mtime_ns

    return of(str(path)), of(f"{path}-wal")


def _no_index(path: Path) -> str:
    """Why SQLite has no WAL index for ``path``, as the end of a sentence."""
    shm = Path(f"{path}-shm")
    if not shm.exists():
        return "is absent and cannot be made here (nothing can be written beside the database)"
    if not os.access(shm, os.R_OK):
        return "this process may not read"
    return "SQLite could not use here"


def _refuse_wal(path: Path, problem: str) -> None:
    """A ``StoreError`` when a non-empty -wal holds changes that an immutable read ignores."""
    wal = Path(f"{path}-wal")
    try:
        size = wal.stat().st_size
    except FileNotFoundError:
        return
    if size > 0:
        raise StoreError(str(path), problem)


def _check_version(path: Path, conn: sqlite3.Connection) -> None:
    """Close ``conn`` and raise a ``StoreError`` unless it holds a schema this dateline reads
    (the current one, or one that lacks only migrations readers may skip)."""
    try:
        version = current_version(conn)
    except sqlite3.DatabaseError as err:
        conn.close()
        raise StoreError(str(path), f"not a usable dateline database ({err})") from err
    if not readable(version):
        conn.close()
        raise StoreError(str(path), _version_problem(version))


def _cannot_write_beside(err: sqlite3.Error) -> bool:
    """SQLite could not open or make the -shm (or -wal) file beside the database."""
    name = str(getattr(err, "sqlite_errorname", ""))
    return name.startswith(("SQLITE_CANTOPEN", "SQLITE_READONLY"))


def _connect(uri: str) -> sqlite3.Connection:
    """Open ``uri`` and read its schema, which opens the WAL index (where opening fails)."""
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA query_only = ON")
    except sqlite3.Error:
        conn.close()
        raise
    conn.row_factory = sqlite3.Row
    return conn


def _version_problem(version: int) -> str:
    if version > LATEST:
        return f"schema version {version} is newer than this dateline's ({LATEST}); upgrade dateline"
    if version == 0:
        return ("holds no dateline database (and, read-only, cannot become one); build one "
                "with `dateline ingest PATH --db FILE` in a writable place")
    return (f"schema version {version} is older than this dateline's ({LATEST}) and, read-only, "
            "cannot be upgraded; run any dateline command on it (or on a copy) where it can be "
            "written, which upgrades it")


__all__ = ["READ_ONLY", "open_read_only"]
