"""``kill -9`` in the middle of ``dateline ingest``, then the same ingest again: nothing committed
is lost, nothing is doubled, the final count is right."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import main
from dateline.store import Store

COUNT = 120
BATCH = 4
PLACES = ["Cairo", "Doha", "Amman", "Beirut", "Ankara", "Muscat"]


def write_articles(folder: Path) -> None:
    folder.mkdir()
    for n in range(COUNT):
        place = PLACES[n % len(PLACES)]
        (folder / f"brief-{n:04d}.txt").write_text(
            f"{place}: Envoys held a meeting numbered {n} on the Gaza truce on Wednesday, a "
            f"diplomat said.\n\nThey agreed to meet again in {PLACES[(n + 1) % len(PLACES)]}.\n",
            encoding="utf-8",
        )


def committed(db: Path) -> dict[str, str]:
    """Article id -> digest, read by a separate connection (what a crash leaves)."""
    if not db.exists():
        return {}
    conn = sqlite3.connect(db, timeout=5)
    try:
        return dict(conn.execute("SELECT id, digest FROM articles").fetchall())
    except sqlite3.OperationalError:  # schema not created yet
        return {}
    finally:
        conn.close()


@pytest.mark.slow
def test_kill_9_then_rerun(tmp_path: Path, use_pipeline) -> None:  # type: ignore[no-untyped-def]
    corpus, db = tmp_path / "corpus", tmp_path / "kill.db"
    write_articles(corpus)
    args = ["ingest", str(corpus), "--db", str(db), "--batch-size", str(BATCH), "--quiet"]
    proc = subprocess.Popen([sys.executable, "-m", "dateline.cli", *args],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 180
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            if len(committed(db)) >= 3 * BATCH:
                os.kill(proc.pid, signal.SIGKILL)
                break
            time.sleep(0.01)
    finally:
        if proc.poll() is None:
            proc.kill()
        _, err = proc.communicate()
    assert proc.returncode == -signal.SIGKILL, f"ingest ended before the kill: {err.decode()[-500:]}"

    before = committed(db)
    assert 3 * BATCH <= len(before) < COUNT
    assert len(before) % BATCH == 0  # whole batches only: one transaction per batch

    result = CliRunner().invoke(main, args[:-1])  # the same ingest, with its summary
    assert result.exit_code == 0, result.output
    assert f"stored {COUNT - len(before)}, replaced 0, unchanged {len(before)}, failed 0" in result.stderr

    after = committed(db)
    assert len(after) == COUNT
    assert all(after[i] == digest for i, digest in before.items())  # nothing committed lost
    with Store(db) as store:
        counts = store.counts()
        assert counts["articles"] == COUNT
        conn = store.conn
        for table in ("furniture", "mentions", "timexes", "places", "stances"):
            dup = conn.execute(f"SELECT COUNT(*) FROM (SELECT article_id, seq FROM {table} "
                               "GROUP BY article_id, seq HAVING COUNT(*) > 1)").fetchone()[0]
            assert dup == 0, table
        for fts in ("articles_fts", "quotes_fts"):
            conn.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)")
        hits = conn.execute("SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH 'envoys'")
        assert hits.fetchone()[0] == COUNT
