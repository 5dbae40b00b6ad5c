"""A store where nothing can be written (a read-only directory, file or mount) can still be read:
real SQLite files in a directory made read-only for real, by permissions when the tests run as
an ordinary user, or (root ignores permissions) by a read-only bind mount in a private mount
namespace (``unshare -m``) that vanishes with the process; skipped, saying why, when neither
is possible. Writing commands still give one error line naming the file."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from dateline.store import LATEST, Store, StoreError, readonly
from tests.records import record_a, record_b
from tests.store.older import set_version

REPO = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(REPO / "src")}

#: runs in the read-only place: each CLI command in-process (CliRunner), then the web API over
#: the store the CLI opens; prints {name: [exit code, stdout, stderr]}
SCRIPT = r"""
import json, sys
import uvicorn
uvicorn.run = lambda app, **options: None  # serve: started, not served
from click.testing import CliRunner
from dateline.cli import main
db, commands = sys.argv[1], json.loads(sys.argv[2])
out = {}
for name, args in commands.items():
    result = CliRunner().invoke(main, [*args, "--db", db])
    out[name] = [result.exit_code, result.stdout, result.stderr]
from fastapi.testclient import TestClient
from dateline.cli.options import open_store
from dateline.web import create_app
for name, store in (("web", open_store(db)), ("web by path", db)):  # create_app opens a path itself
    with TestClient(create_app(store), base_url="http://127.0.0.1") as client:
        response = client.get("/articles")
        out[name] = [response.status_code, response.text, ""]
print(json.dumps(out))
"""

READING = {
    "articles": ["articles", "--json"],
    "show": ["show", "aaaa"],
    "export": ["export", "articles"],
    "actors": ["actors"],
    "quotes": ["quotes"],
    "places": ["places"],
    "events": ["events", "--actor", "hamas"],
}
WRITING = {"ingest": ["ingest", "../in.txt", "-q"], "corpus update": ["corpus", "update", "-q"],
           "serve --allow-ingest": ["serve", "--allow-ingest", "--token", "t" * 20, "--port", "8765"]}


def build(folder: Path) -> Path:
    folder.mkdir()
    db = folder / "news.db"
    with Store(db) as store:
        store.put([record_a(), record_b()])
    assert sorted(p.name for p in folder.iterdir()) == ["news.db"]  # WAL, its -wal/-shm gone
    return db


#: the web app over a database path in the read-only place: {"web": [status or None, text]}
WEB_SCRIPT = r"""
import json, sys
from fastapi.testclient import TestClient
from dateline.store import StoreError
from dateline.web import create_app
try:
    app = create_app(sys.argv[1])
except StoreError as err:
    print(json.dumps({"web": [None, err.message]}))
    sys.exit()
with TestClient(app, base_url="http://127.0.0.1") as client:
    response = client.get("/articles")
    print(json.dumps({"web": [response.status_code, response.text]}))
"""


@contextlib.contextmanager
def read_only_place(folder: Path) -> Iterator[list[str]]:
    """While open, ``folder`` is read-only for the programs run by the argv prefix it yields:
    a read-only bind mount in a private mount namespace under root (which ignores
    permissions), else the folder and every file in it without write permission (the -wal and
    -shm too: an open writer keeps its descriptors). Skips, saying why, when impossible."""
    if os.geteuid() == 0:
        if shutil.which("unshare") is None:
            pytest.skip("root ignores permissions and unshare(1) is absent: no read-only place")
        mount = f'mount --bind "{folder}" "{folder}" && mount -o remount,bind,ro "{folder}"'
        probe = subprocess.run(["unshare", "-m", "sh", "-c", f'{mount} && ! touch "{folder}/probe"'],
                               capture_output=True)
        if probe.returncode != 0:
            pytest.skip(f"root ignores permissions and no read-only mount can be made here "
                        f"({probe.stderr.decode().strip()[-200:]})")
        yield ["unshare", "-m", "sh", "-c", f'{mount} && exec "$@"', "sh"]
        return
    files = [f for f in folder.iterdir() if f.is_file()]
    for file in files:
        file.chmod(0o444)
    folder.chmod(0o555)
    try:
        yield []
    finally:
        folder.chmod(0o755)
        for file in files:
            if file.exists():
                file.chmod(0o644)


def run_read_only(folder: Path, db: Path, commands: dict[str, list[str]],
                  script: str = SCRIPT) -> dict[str, list[object]]:
    """``script`` with ``folder`` (holding ``db``) read-only for real; skips when impossible."""
    argv = [sys.executable, "-c", script, str(db), json.dumps(commands)]
    with read_only_place(folder) as prefix:
        done = subprocess.run([*prefix, *argv], capture_output=True, cwd=folder, env=ENV, timeout=300)
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    result: dict[str, list[object]] = json.loads(done.stdout)
    return result


@pytest.mark.slow
def test_reading_commands_work_in_a_read_only_directory(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    db = build(folder)
    (tmp_path / "in.txt").write_text("Cairo: talks resumed on Monday, officials said.\n", encoding="utf-8")
    results = run_read_only(folder, db, {**READING, **WRITING})
    snapshot = f"WARNING dateline.store.readonly: {db}: {readonly.SNAPSHOT}"
    for name in READING:
        code, out, err = results[name]
        said = [line for line in str(err).splitlines() if not line.startswith("note: ")]
        # said once per process: CliRunner's later commands have another stderr than logging's
        assert code == 0 and said in ([snapshot], [] if name != "articles" else None) and out, (name, err)
    assert {json.loads(line)["id"] for line in str(results["articles"][1]).splitlines()} == {record_a().id, record_b().id}
    assert str(record_a().title) in str(results["show"][1])
    assert len(str(results["export"][1]).splitlines()) == 2
    assert "hamas" in str(results["actors"][1]).lower() and "Cairo" in str(results["places"][1])
    for web in ("web", "web by path"):
        assert results[web][0] == 200 and record_a().id in str(results[web][1]), results[web]
    for name in WRITING:  # serve --allow-ingest too: every POST would fail
        code, out, err = results[name]
        (line,) = str(err).strip().splitlines()
        assert code == 1 and line.startswith(f"dateline: error: {db}: "), (name, err)
        assert "read-only" in line, line
    assert sorted(p.name for p in folder.iterdir()) == ["news.db"]
    with Store(db) as store:  # writable again: nothing was changed
        assert sorted(store.ids()) == sorted([record_a().id, record_b().id])


def test_a_read_only_store_reads_and_refuses_every_write(tmp_path: Path) -> None:
    db = build(tmp_path / "d")
    with Store(db) as writable:
        expected = (writable.articles(), writable.events(), writable.quotes(), writable.counts())
    with Store(db, read_only=True) as store:
        assert (store.articles(), store.events(), store.quotes(), store.counts()) == expected
        assert store.get(record_a().id) == record_a() and store.schema_version == LATEST
        for write in (lambda: store.put([record_a(title="changed")]), lambda: store.delete(record_a().id)):
            with pytest.raises(StoreError) as caught:
                write()
            assert caught.value.origin == str(db) and "opened for reading only" in caught.value.message
        with pytest.raises(sqlite3.OperationalError, match="readonly"):  # below the store too
            store.conn.execute("DELETE FROM articles")
    with Store(db) as store:
        assert store.get(record_a().id) == record_a()


def no_wal_index(real: Callable[[str], sqlite3.Connection]) -> Callable[[str], sqlite3.Connection]:
    """``readonly._connect`` as in a read-only directory: ``mode=ro`` cannot make the -shm."""
    def connect(uri: str) -> sqlite3.Connection:
        if uri.endswith("?mode=ro"):
            err = sqlite3.OperationalError("unable to open database file")
            err.sqlite_errorname = "SQLITE_CANTOPEN"
            raise err
        return real(uri)

    return connect


def test_a_snapshot_follows_the_file_another_program_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           caplog: pytest.LogCaptureFixture) -> None:
    """Opened as immutable (no WAL index can be made beside it), a long-lived reader says once
    that it reads a snapshot; while a writer holds changes in the -wal every query is refused,
    naming the file; once they reach the file it is opened again (it served the old data)."""
    db = build(tmp_path / "d")
    monkeypatch.setattr(readonly, "_connect", no_wal_index(readonly._connect))
    with caplog.at_level(logging.WARNING, logger="dateline.store.readonly"):
        reader = Store(db, read_only=True)
    assert [r.getMessage() for r in caplog.records] == [f"{db}: {readonly.SNAPSHOT}"]
    with reader:
        assert sorted(reader.ids()) == sorted([record_a().id, record_b().id])
        writer = Store(db)
        writer.put([record_a(title="changed")])
        for read in (reader.ids, lambda: reader.get(record_a().id), reader.articles):
            with pytest.raises(StoreError) as caught:
                read()
            assert caught.value.origin == str(db)
            assert "being written by another program" in caught.value.message
        writer.close()  # its changes reach the file; the -wal is gone
        assert reader.get(record_a().id) == record_a(title="changed")
        with Store(db) as again:
            again.delete(record_b().id)
        assert reader.ids() == [record_a().id]
        assert not caplog.records[1:]  # said once


def test_a_read_only_v3_store_is_read_as_it_is(tmp_path: Path) -> None:
    """v4 only adds the event block keys ``corpus update`` looks up: readers skip it."""
    db = build(tmp_path / "d")
    set_version(db, 3)
    with Store(db, read_only=True) as store:  # was "older than this dateline's"
        assert store.get(record_a().id) == record_a() and store.schema_version == 3
    results = run_read_only(tmp_path / "d", db, {"articles": ["articles", "--json"]})
    assert results["articles"][0] == 0 and record_a().id in str(results["articles"][1])
    web = run_read_only(tmp_path / "d", db, {}, WEB_SCRIPT)["web"]
    assert web[0] == 200 and record_a().id in str(web[1]), web  # was "not a usable dateline database"
    with Store(db) as store:  # writable: migrated as ever
        assert store.schema_version == LATEST


def test_a_read_only_v4_store_lists_and_searches_stories_the_old_way(tmp_path: Path) -> None:
    """v5 stores story labels for searches; a v4 store, read-only, has none: the CLI and the API
    summarise every story as before, and give the rows a v5 store gives."""
    from dateline.corpus import update
    from tests.corpus.corpus_records import OTHER, gaza_record
    from tests.corpus.corpus_records import record as corpus_record

    folder = tmp_path / "d"
    db = build(folder)
    commands = {"all": ["stories", "--json", "--min-articles", "1"],
                "search": ["stories", "--json", "--min-articles", "1", "--search", "CAIRO"],
                "none": ["stories", "--json", "--search", "no such words"]}
    with Store(db) as store:
        store.put([gaza_record("g1"), gaza_record("g2", published="2024-08-21"),
                   corpus_record("flood", OTHER, published="2024-08-12")])
        update(store)
    expected = run_read_only(folder, db, commands)
    assert json.loads(str(expected["search"][1]).splitlines()[0]) and expected["none"][1] == ""  # JSON Lines
    set_version(db, 4)
    results = run_read_only(folder, db, commands)
    for name in commands:
        assert results[name][:2] == expected[name][:2], name
    web = run_read_only(folder, db, {}, WEB_SCRIPT.replace('"/articles"', '"/stories?search=cairo"'))["web"]
    assert web[0] == 200 and json.loads(str(web[1]))["items"] and "Cairo" in str(web[1]), web
    with Store(db) as store:  # writable: migrated as ever, labelled at the next update
        assert store.schema_version == LATEST
        assert update(store).story_labels >= 2


def test_the_web_app_says_why_a_read_only_store_cannot_be_read(tmp_path: Path) -> None:
    db = build(tmp_path / "d")
    set_version(db, 2)
    web = run_read_only(tmp_path / "d", db, {}, WEB_SCRIPT)["web"]
    assert web[0] is None and "schema version 2 is older than this dateline's" in str(web[1]), web
    assert "unable to open" not in str(web[1])  # was SQLite's word for a write it could not do


@pytest.mark.parametrize(("version", "words"), [
    (LATEST + 1, "newer than this dateline's"),
    (2, "older than this dateline's"),
    (0, "holds no dateline database"),
])
def test_read_only_schema_that_cannot_be_migrated(tmp_path: Path, version: int, words: str) -> None:
    db = build(tmp_path / "d")
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.close()
    with pytest.raises(StoreError) as caught:
        Store(db, read_only=True)
    assert caught.value.origin == str(db) and words in caught.value.message


def test_read_only_needs_an_existing_database(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such database"):
        Store(tmp_path / "absent.db", read_only=True)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a usable dateline database"):
        Store(junk, read_only=True)
