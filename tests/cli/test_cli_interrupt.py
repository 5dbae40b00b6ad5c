"""A real Ctrl-C (SIGINT to the whole process group, as a terminal sends it) in the middle of
``dateline ingest``, with one process and with worker processes: one line saying what is kept,
no traceback, no hang, a consistent store, and the same ingest again finishes the job."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import main
from dateline.store import Store
from tests.cli.test_cli_kill import COUNT, committed, write_articles


def _as_in_a_terminal() -> None:
    """SIGINT handled as in a terminal's foreground job: a suite started in the background
    (``make test &`` from a script) runs with SIGINT ignored, which its children inherit."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="process groups and SIGINT are POSIX")
@pytest.mark.parametrize(("workers", "said"), [
    ("1", "interrupted: stored "),  # both ingests count what they stored
    ("2", "interrupted: stored "),
])
def test_sigint_then_rerun(tmp_path: Path, use_pipeline, workers: str, said: str) -> None:  # type: ignore[no-untyped-def]
    corpus, db = tmp_path / "corpus", tmp_path / "int.db"
    write_articles(corpus)
    args = ["ingest", str(corpus), "--db", str(db), "--batch-size", "4", "--quiet"]
    proc = subprocess.Popen([sys.executable, "-m", "dateline.cli", *args, "--workers", workers],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
                            preexec_fn=_as_in_a_terminal)
    deadline = time.monotonic() + 180
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            if len(committed(db)) >= 8:
                os.killpg(proc.pid, signal.SIGINT)
                break
            time.sleep(0.01)
        _, err = proc.communicate(timeout=60)  # it hung here: worker queues blocked the exit
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
    stderr = err.decode()
    assert proc.returncode == 130, f"ingest ended before the interrupt: {stderr[-500:]}"
    assert "Traceback" not in stderr and "Warning" not in stderr, stderr[-2000:]
    (line,) = stderr.strip().splitlines()
    assert line.startswith(f"dateline: error: {db}: {said}"), line

    before = committed(db)
    assert 8 <= len(before) < COUNT
    with Store(db) as store:
        conn = store.conn
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
    again = CliRunner().invoke(main, args[:-1])
    assert again.exit_code == 0, again.output
    assert f"stored {COUNT - len(before)}, replaced 0, unchanged {len(before)}, failed 0" in again.stderr
