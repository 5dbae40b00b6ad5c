"""Reading a database where nothing can be written: a read-only file, directory or mount.

A WAL database is read through its ``-shm`` file (the WAL index), which the first reader
creates beside the database: in a read-only directory there is none, and even SQLite's
read-only mode (``mode=ro``) cannot open the database. Then the file is opened as immutable
(``immutable=1``: no locks, no WAL index), which is exact as long as no write-ahead log holds
committed pages the file lacks: a non-empty ``-wal`` file is refused, not silently ignored.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dateline.store.errors import StoreError
from dateline.store.schema import LATEST, current_version

#: why a store opened for reading refuses a write
READ_ONLY = ("opened for reading only (the file or its directory is read-only, so SQLite cannot "
             "write it or, beside it, its -wal and -shm files); fix the permissions or use a copy "
             "in a writable place")


def open_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection to the dateline database at ``path`` (which exists), at the
    current schema version; a ``StoreError`` naming the file when it cannot be read so."""
    uri = path.resolve().as_uri()
    try:
        conn = _connect(f"{uri}?mode=ro")
    except sqlite3.OperationalError as first:
        if not _cannot_write_beside(first):
            raise StoreError(str(path), f"cannot read the database ({first})") from first
        wal = Path(f"{path}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise StoreError(str(path), f"cannot be read where nothing can be written: its write-ahead "
                             f"log {wal.name} holds changes that only a writable copy can read "
                             f"({first}); copy the database with its -wal file to a writable "
                             "place") from first
        try:
            conn = _connect(f"{uri}?mode=ro&immutable=1")
        except sqlite3.DatabaseError as err:
            raise StoreError(str(path), f"cannot read the database ({err})") from err
    except sqlite3.DatabaseError as err:
        raise StoreError(str(path), f"not a usable dateline database ({err})") from err
    try:
        version = current_version(conn)
    except sqlite3.DatabaseError as err:
        conn.close()
        raise StoreError(str(path), f"not a usable dateline database ({err})") from err
    if version != LATEST:
        conn.close()
        raise StoreError(str(path), _version_problem(version))
    return conn


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
