"""A store in a place this process cannot write, beside a writer: since SQLite 3.22 a read-only
connection reads a WAL database whose ``-wal`` and ``-shm`` exist and can be read, so the
reader sees the writer's commits (and, long-lived, each later one) instead of refusing the
``-wal``; with no ``-shm`` and no way to make one it is still refused, naming the file. Real
SQLite files; the reader runs in a read-only place (``read_only_place``), the writer here."""

from __future__ import annotations

import json
import os
import select
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from dateline.store import Store, readonly
from tests.records import record_a, record_b
from tests.store.test_store_readonly import ENV, build, read_only_place

#: a long-lived reader: opens the store read-only, then answers each line it reads with the
#: ids and record_a's title it sees now, and what the store logged: {"ids", "title", "said"}
#: (or {"error"} with the StoreError's message)
pytestmark = pytest.mark.skipif(sqlite3.sqlite_version_info < (3, 22, 0), reason=(
    "SQLite before 3.22 cannot read a WAL database where it cannot write its -shm"))

READER = r"""
import json, logging, sys
from dateline.store import Store, StoreError
said = []
class Keep(logging.Handler):
    def emit(self, record):
        said.append(record.getMessage())
logging.getLogger("dateline.store").addHandler(Keep())
logging.getLogger("dateline.store").setLevel(logging.INFO)
def answer(work):
    try:
        out = work()
    except StoreError as err:
        out = {"error": err.message}
    print(json.dumps({**out, "said": said}), flush=True)
holder = {}
def look():
    if "store" not in holder:
        holder["store"] = Store(sys.argv[1], read_only=True)
    store = holder["store"]
    record = store.get(sys.argv[2])
    return {"ids": sorted(store.ids()), "title": record.title if record else None}
answer(look)
for _ in sys.stdin:
    answer(look)
"""


class Reader:
    """The ``READER`` process in a read-only place: ``ask()`` is what it sees now."""

    def __init__(self, argv: list[str], cwd: Path) -> None:
        self.process = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, cwd=cwd, env=ENV, text=True)
        self.first = self._answer()

    def _answer(self) -> dict[str, object]:
        assert self.process.stdout is not None and self.process.stderr is not None
        ready, _, _ = select.select([self.process.stdout], [], [], 120)
        line = self.process.stdout.readline() if ready else ""
        if not line:  # ended (its stderr says why), or still silent after 120 s
            pytest.fail(f"the reader ended: {self.process.stderr.read()[-2000:]}" if ready
                        else "the reader did not answer in 120 s")
        answer: dict[str, object] = json.loads(line)
        return answer

    def ask(self) -> dict[str, object]:
        assert self.process.stdin is not None
        self.process.stdin.write("?\n")
        self.process.stdin.flush()
        return self._answer()

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=60)


@contextmanager
def reader_in_read_only_place(folder: Path, db: Path) -> Iterator[Reader]:
    with read_only_place(folder) as prefix:
        reader = Reader([*prefix, sys.executable, "-c", READER, str(db), record_a().id], folder)
        try:
            yield reader
        finally:
            reader.close()


def writer(db: Path) -> Store:
    """A writable store that keeps its commits in the -wal while it is open."""
    store = Store(db)
    store.conn.execute("PRAGMA wal_autocheckpoint = 0")
    return store


def sees(answer: dict[str, object], ids: list[str], title: str | None) -> bool:
    return answer.get("ids") == sorted(ids) and answer.get("title") == title


A, B = record_a().id, record_b().id
OLD = record_a().title


def test_a_reader_sees_a_live_writers_commits_and_each_later_one(tmp_path: Path) -> None:
    db = build(tmp_path / "d")
    live = writer(db)
    live.put([record_a(title="changed")])
    assert Path(f"{db}-wal").stat().st_size > 0 and Path(f"{db}-shm").exists()
    with reader_in_read_only_place(db.parent, db) as reader:
        assert sees(reader.first, [A, B], "changed"), reader.first  # was refused
        live.delete(B)
        assert sees(reader.ask(), [A], "changed")
        live.put([record_b(), record_a(title="again")])
        assert sees(reader.ask(), [A, B], "again")
        live.close()  # its last commit stays readable (the reader holds the -wal open)
        answer = reader.ask()
        assert sees(answer, [A, B], "again") and answer["said"] == [], answer  # no snapshot
    with Store(db) as store:  # nothing was lost
        assert store.get(A) == record_a(title="again")


def test_a_crashed_writers_wal_is_read(tmp_path: Path) -> None:
    """A writer that died with committed changes in its -wal: the reader builds its own WAL
    index from the -wal (SQLite's heap-memory index) and sees them."""
    db = build(tmp_path / "d")
    crash(db)
    with reader_in_read_only_place(db.parent, db) as reader:
        assert sees(reader.first, [A], "crashed"), reader.first
        assert reader.first["said"] == []


def crash(db: Path) -> None:
    """A writer process that commits (record_b gone, record_a retitled) and dies unclosed,
    leaving its -wal and -shm."""
    script = ("import os, sys\nfrom dateline.store import Store\nfrom tests.records import record_a\n"
              "store = Store(sys.argv[1])\nstore.conn.execute('PRAGMA wal_autocheckpoint = 0')\n"
              f"store.delete({B!r})\nstore.put([record_a(title='crashed')])\nos._exit(0)\n")
    env = {**ENV, "PYTHONPATH": os.pathsep.join([ENV["PYTHONPATH"], str(Path(__file__).parents[2])])}
    subprocess.run([sys.executable, "-c", script, str(db)], check=True, env=env, timeout=120)
    assert Path(f"{db}-wal").stat().st_size > 0 and Path(f"{db}-shm").exists()


def test_without_its_wal_index_a_wal_is_refused_naming_the_file(tmp_path: Path) -> None:
    db = build(tmp_path / "d")
    crash(db)
    Path(f"{db}-shm").unlink()  # and none can be made in the read-only place
    with reader_in_read_only_place(db.parent, db) as reader:
        error = str(reader.first.get("error"))
        assert error.startswith(f"cannot be read here: its write-ahead log {db.name}-wal"), reader.first
        assert f"{db.name}-shm, which is absent and cannot be made here" in error
        assert "copy the database with its -wal file to a writable place" in error
    with Store(db) as store:  # where it can be written, the changes are there
        assert store.get(A) == record_a(title="crashed")


def test_a_snapshot_reads_live_once_a_writer_starts(tmp_path: Path) -> None:
    """Opened when no writer was there (no -shm: a snapshot, said once), a long-lived reader
    sees a writer's commits as soon as the writer has made its WAL index, and later ones."""
    if os.geteuid() != 0:
        pytest.skip("a writer of this user cannot make its -wal in a directory made read-only "
                    "by permissions: only a read-only mount (as root) keeps out the reader alone")
    db = build(tmp_path / "d")
    with reader_in_read_only_place(db.parent, db) as reader:
        assert sees(reader.first, [A, B], OLD)
        assert reader.first["said"] == [f"{db}: {readonly.SNAPSHOT}"]
        live = writer(db)
        try:
            live.put([record_a(title="changed")])
            answer = reader.ask()
            assert sees(answer, [A, B], "changed"), answer
            assert answer["said"] == [f"{db}: {readonly.SNAPSHOT}", f"{db}: {readonly.LIVE}"]
            live.delete(B)
            assert sees(reader.ask(), [A], "changed")
        finally:
            live.close()


def test_cli_and_web_read_a_live_writers_commits(tmp_path: Path) -> None:
    from tests.store.test_store_readonly import run_read_only

    db = build(tmp_path / "d")
    live = writer(db)
    try:
        live.delete(B)
        results = run_read_only(db.parent, db, {"articles": ["articles", "--json"]})
    finally:
        live.close()
    code, out, err = results["articles"]
    assert code == 0 and [json.loads(line)["id"] for line in str(out).splitlines()] == [A], (out, err)
    for web in ("web", "web by path"):
        assert results[web][0] == 200 and B not in str(results[web][1]), results[web]


def test_an_unusable_wal_index_is_the_end_of_a_sentence(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    assert readonly._no_index(db).startswith("is absent")
    Path(f"{db}-shm").write_bytes(b"")
    expected = "SQLite could not use here" if os.geteuid() == 0 else "this process may not read"
    Path(f"{db}-shm").chmod(0)
    try:
        assert readonly._no_index(db) == expected
    finally:
        Path(f"{db}-shm").chmod(0o644)
