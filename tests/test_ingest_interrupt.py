"""SIGINT to the parent process alone of ``dateline ingest --workers 2`` (``kill -INT PID``, not a
terminal's Ctrl-C to the whole process group): the command ends with one line saying what is
kept, the store opens and holds every committed article, and the same ingest finishes the job.

It hung before: the interrupt landed in spaCy's ``nlp.pipe``, whose cleanup joined workers that
never got the signal and were blocked writing results to a pipe nobody read."""

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
from dateline.pipeline import Pipeline
from dateline.store import Store
from tests.cli.test_cli_kill import COUNT, committed, write_articles

BOUND_S = 60  # how long the command may take to end after SIGINT: a hang, not a speed limit


def _as_in_a_terminal() -> None:
    """SIGINT with its default handling (a suite started in the background has it ignored)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _interrupt_parent_after(proc: subprocess.Popen[bytes], db: Path, stored: int) -> bool:
    """SIGINT to ``proc`` alone once ``stored`` articles are committed; False when it ended first."""
    deadline = time.monotonic() + 180
    while proc.poll() is None and time.monotonic() < deadline:
        if len(committed(db)) >= stored:
            os.kill(proc.pid, signal.SIGINT)
            return True
        time.sleep(0.01)
    return False


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to one process is POSIX")
def test_sigint_to_the_parent_alone_ends_the_ingest(tmp_path: Path, pipeline: Pipeline,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("dateline.cli.articles.load_pipeline", lambda *a, **k: pipeline)
    corpus, db = tmp_path / "corpus", tmp_path / "parent.db"
    write_articles(corpus)
    args = ["ingest", str(corpus), "--db", str(db), "--batch-size", "4", "--quiet"]
    proc = subprocess.Popen([sys.executable, "-m", "dateline.cli", *args, "--workers", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True, preexec_fn=_as_in_a_terminal)
    try:
        sent = _interrupt_parent_after(proc, db, 8)
        try:
            _, err = proc.communicate(timeout=BOUND_S)
        except subprocess.TimeoutExpired:
            pytest.fail(f"ingest --workers 2 still running {BOUND_S} s after SIGINT to its parent")
    finally:
        if proc.poll() is None:  # the hang: its workers too, by their process group
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
    stderr = err.decode()
    assert sent, f"ingest ended before the interrupt: {stderr[-500:]}"
    assert proc.returncode == 130, stderr[-2000:]
    assert "Traceback" not in stderr, stderr[-2000:]
    (line,) = stderr.strip().splitlines()
    before = committed(db)
    assert line.startswith(f"dateline: error: {db}: interrupted: stored "), line
    assert line.endswith("so far; every stored article is kept and running the same ingest again "
                         "stores the rest"), line
    assert 8 <= len(before) < COUNT
    with Store(db) as store:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert {store.get(i).id for i in before} == set(before)  # type: ignore[union-attr]
    again = CliRunner().invoke(main, args[:-1])
    assert again.exit_code == 0, again.output
    assert f"stored {COUNT - len(before)}, replaced 0, unchanged {len(before)}, failed 0" in again.stderr
    assert committed(db).items() >= before.items()  # nothing committed was changed or lost
