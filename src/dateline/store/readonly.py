"""Reading a database where nothing can be written: a read-only file, directory or mount.

A WAL database is read through its ``-shm`` file (the WAL index), which the first reader
creates beside the database: in a read-only directory there is none, and even SQLite's
read-only mode (``mode=ro``) cannot open the database. Then the file is opened as immutable
(``immutable=1``: no locks, no WAL index), which is exact only while no other program writes
it, and a warning says so once, at open:

- a non-empty ``-wal`` file (committed changes the file lacks) is refused, at open and at any
  later query, with a ``StoreError`` naming the file, not silently ignored;
- a long-lived reader (``dateline serve``) checks the file's and its ``-wal``'s size, time and
  inode before each statement and opens the file again when they changed, so it does not go on
  serving the snapshot it opened;
- what it cannot see: changes still in a ``-wal`` that is not visible here (a mount of the
  database file alone), and a statement that runs while another program writes the file may
  fail ("database disk image is malformed") or mix old and new pages: SQLite takes no lock.

A database on a read-only mount that another program still writes (a Docker volume mounted
``:ro`` while the host ingests) is therefore best read from a copy, or through a writable
mount, where SQLite keeps its WAL index and readers see each commit whole.
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
SNAPSHOT = ("read as a snapshot: SQLite cannot keep its WAL index (-shm) beside it, so it takes no "
            "locks; it is opened again when the file changes, but while another program writes it "
            "a read may fail or mix old and new data: read a copy, or mount it writable")


def open_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection to the dateline database at ``path`` (which exists), at the
    current schema version; a ``StoreError`` naming the file when it cannot be read so. Where
    only an immutable connection is possible, it is opened again whenever the file changes."""
    uri = path.resolve().as_uri()
    try:
        conn = _connect(f"{uri}?mode=ro")
    except sqlite3.OperationalError as first:
        if not _cannot_write_beside(first):
            raise StoreError(str(path), f"cannot read the database ({first})") from first
        _refuse_wal(path, f"cannot be read where nothing can be written: its write-ahead log "
                          f"{path.name}-wal holds changes that only a writable copy can read "
                          f"({first}); copy the database with its -wal file to a writable place")
        snapshot = _Snapshot(path, f"{uri}?mode=ro&immutable=1")
        log.warning("%s: %s", path, SNAPSHOT)
        return cast(sqlite3.Connection, snapshot)
    except sqlite3.DatabaseError as err:
        raise StoreError(str(path), f"not a usable dateline database ({err})") from err
    _check_version(path, conn)
    return conn


class _Snapshot:
    """An immutable connection, opened again before a statement when the database file (or its
    ``-wal``) changed since it was opened. Stands for a ``sqlite3.Connection``: its statement
    methods check first, everything else is the current connection's."""

    def __init__(self, path: Path, uri: str) -> None:
        self._path, self._uri, self._swap = path, uri, threading.Lock()
        self._seen = _signature(path)
        self._conn = self._open()
        self._retired: sqlite3.Connection | None = None  # the one before, left to its cursors

    def _open(self) -> sqlite3.Connection:
        try:
            conn = _connect(self._uri)
        except sqlite3.DatabaseError as err:
            raise StoreError(str(self._path), f"cannot read the database ({err})") from err
        _check_version(self._path, conn)
        return conn

    def _current(self) -> sqlite3.Connection:
        """The connection to use now: a new one when the file changed (the old one is left to
        its cursors, which may still be read, until the next change closes it: a server over a
        file that keeps changing holds two connections, not one per change)."""
        now = _signature(self._path)
        if now != self._seen:
            with self._swap:
                if now != self._seen:
                    _refuse_wal(self._path, f"is being written by another program: its "
                                            f"write-ahead log {self._path.name}-wal holds changes "
                                            "that cannot be read where nothing can be written; "
                                            "try again when it has finished, or read a copy")
                    fresh = self._open()
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
