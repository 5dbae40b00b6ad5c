"""Machine output and exports at their edges (adversarial QA), over real SQLite files: exact
CSV, exports that fail half way, an empty store, library noise on stderr."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner, Result

from dateline.cli import main
from dateline.corpus import export
from dateline.store import Store
from tests.cli.helpers import json_lines
from tests.records import record_a, record_b

ODD_SOURCE = 'The "Daily", Times\nEvening  Edition'  # a comma, quotes, a line break, two spaces


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


@pytest.fixture()
def odd_db(tmp_path: Path) -> str:
    """Two records, one with a source that needs CSV quoting and a place at full precision."""
    a = record_a()
    place = dataclasses.replace(a.places[0], lat=30.06263, lon=31.24967, confidence=0.875)
    path = tmp_path / "odd.db"
    with Store(path) as store:
        store.put([dataclasses.replace(a, source=ODD_SOURCE, places=(place,)), record_b()])
    return str(path)


def test_csv_keeps_values_exact(odd_db: str) -> None:
    places = list(csv.DictReader(io.StringIO(run("places", "--db", odd_db, "--csv").stdout)))
    assert (places[0]["lat"], places[0]["lon"]) == ("30.06263", "31.24967")  # was 30.06, 31.25
    assert places[0]["confidence"] == "0.875"  # was 0.88
    (found,) = json_lines(run("places", "--db", odd_db, "--json").stdout)
    assert float(places[0]["lat"]) == found["lat"]
    articles = list(csv.DictReader(io.StringIO(run("articles", "--db", odd_db, "--csv").stdout)))
    assert [r["source"] for r in articles] == [ODD_SOURCE, "Gulf Example"]  # was 'The "Daily", Times Evening Edition'
    events = list(csv.DictReader(io.StringIO(run("events", "--db", odd_db, "--csv").stdout)))
    shown = json_lines(run("events", "--db", odd_db, "--json").stdout)
    assert [r["confidence"] for r in events] == [str(e["confidence"]) for e in shown]
    assert events[0]["sources"] == "; ".join(shown[0]["sources"])


def _damage_last(db: str) -> str:
    with sqlite3.connect(db) as conn:
        (damaged,) = conn.execute("SELECT id FROM articles ORDER BY rowid DESC LIMIT 1").fetchone()
        conn.execute("UPDATE articles SET record = '{\"broken' WHERE id = ?", (damaged,))
    return str(damaged)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_failed_export_keeps_the_previous_file(odd_db: str, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"articles.{fmt}"
    assert run("export", "articles", "--format", fmt, "-o", str(target), "--db", odd_db).exit_code == 0
    before = target.read_bytes()
    damaged = _damage_last(odd_db)
    result = run("export", "articles", "--format", fmt, "-o", str(target), "--db", odd_db)
    assert result.exit_code == 1 and damaged in result.stderr and "Traceback" not in result.output
    assert target.read_bytes() == before  # was cut to the rows before the damaged one
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_failed_first_export_leaves_no_file(odd_db: str, tmp_path: Path) -> None:
    _damage_last(odd_db)
    target = tmp_path / "new.jsonl"
    assert run("export", "articles", "-o", str(target), "--db", odd_db).exit_code == 1
    assert not target.exists()  # was a file of the first article only, as if the export were whole
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


@pytest.mark.parametrize(("kind", "merged"), [("articles", False), ("events", False),
                                              ("events", True), ("quotes", False), ("actors", False)])
def test_parquet_of_an_empty_store_has_the_columns(tmp_path: Path, kind: str, merged: bool) -> None:
    db, target = tmp_path / "empty.db", tmp_path / "out.parquet"
    Store(db).close()
    result = run("export", kind, *(["--merged"] if merged else []), "--format", "parquet",
                 "-o", str(target), "--db", str(db))
    assert result.exit_code == 0, result.output
    table = pq.read_table(target)
    assert table.num_rows == 0
    assert tuple(table.schema.names) == export.columns(kind, merged)  # was no column at all


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
def test_export_to_a_full_stdout_names_stdout(odd_db: str) -> None:
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "dateline.cli", "export", "articles", "--db", odd_db],
                              stdout=full, stderr=subprocess.PIPE, text=True, timeout=120)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1] == ("dateline: error: <stdout>: cannot write "
                                                    "(No space left on device)")  # was 'dateline: ...'


def test_page_that_lxml_cannot_parse_is_one_line_without_library_noise(tmp_path: Path) -> None:
    page = tmp_path / "comment.html"
    page.write_text("<!-- nothing but a comment -->", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "dateline.cli", "process", str(page)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    # trafilatura logged four 'ERROR trafilatura.utils: lxml parsing failed ...' lines first
    assert done.stderr.splitlines() == [
        f"dateline: error: {page}: no article text found (only page furniture or markup)"]


@pytest.mark.parametrize("target", ["same", "link", "wal", "relative"])
def test_export_onto_its_own_database_is_refused(odd_db: str, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch, target: str) -> None:
    db = Path(odd_db)
    output = {"same": db, "link": tmp_path / "link.db", "wal": Path(f"{db}-wal"),
              "relative": Path(db.name)}[target]
    if target == "link":
        output.symlink_to(db)
    monkeypatch.chdir(db.parent)
    before = db.read_bytes()
    result = run("export", "articles", "-o", str(output), "--db", odd_db)
    assert result.exit_code == 1  # was 0: the JSON Lines replaced the database, every article lost
    assert result.stderr.strip() == (f"dateline: error: {output}: is the database being exported "
                                     f"(--db {odd_db}) or one of its files; writing there would "
                                     "destroy it: give another -o FILE")
    assert db.read_bytes() == before
    assert len(json_lines(run("articles", "--db", odd_db, "--json").stdout)) == 2


def test_escape_sequences_never_reach_the_terminal(tmp_path: Path, use_pipeline) -> None:  # type: ignore[no-untyped-def]
    feed, db = tmp_path / "feed.jsonl", tmp_path / "esc.db"
    row = {"text": "Talks resume\u001b]0;pwned\u0007 in Cairo on Tuesday, the minister said, officials added.",
           "source": "Wire\u001b]52;c;aGVsbG8=\u0007 Service", "id": "esc\u001b[2J-1"}
    feed.write_text(json.dumps(row) + "\n", encoding="utf-8")
    assert run("ingest", str(feed), "--db", str(db), "-q").exit_code == 0
    old = dataclasses.replace(record_b(), title="Old \x1b]0;title\x07 record")  # stored before the fix
    with Store(db) as store:
        store.put([old])
    for args in (["articles"], ["show", "esc"], ["show", old.id], ["quotes"], ["events"]):
        shown = run(*args, "--db", str(db))
        assert shown.exit_code == 0, shown.output
        assert "\x1b" not in shown.stdout and "\x07" not in shown.stdout, (args, shown.stdout)
    (stored,) = [r for r in json_lines(run("articles", "--db", str(db), "--json").stdout) if r["id"] != old.id]
    assert (stored["id"], stored["source"]) == ("esc-1", "Wire Service")


def test_export_over_a_file_keeps_its_permissions_and_writes_through_a_link(odd_db: str, tmp_path: Path) -> None:
    real = tmp_path / "private" / "articles.jsonl"
    real.parent.mkdir()
    real.write_text("old\n")
    real.chmod(0o600)
    link = tmp_path / "latest.jsonl"
    link.symlink_to(real)
    assert run("export", "articles", "-o", str(link), "--db", odd_db).exit_code == 0
    assert link.is_symlink()  # the link still leads to the file it led to
    assert len(real.read_text().splitlines()) == 2
    assert real.stat().st_mode & 0o777 == 0o600
    run("export", "articles", "-o", str(real), "--db", odd_db)
    assert real.stat().st_mode & 0o777 == 0o600
