"""SIGINT to the parent process alone of ``dateline ingest --workers 2`` (``kill -INT PID``, not a
terminal's Ctrl-C to the whole process group): the command ends with one line saying what is
kept, the store opens and holds every committed article, and the same ingest finishes the job.

It hung before: the interrupt landed in spaCy's ``nlp.pipe``, whose cleanup joined workers that
never got the signal and were blocked writing results to a pipe nobody read."""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import main
from dateline.pipeline import Pipeline, _Watchdog
from dateline.store import Store
from tests.cli.test_cli_kill import COUNT, committed, write_articles

STILL_S = 30  # seconds without CPU time in the whole process group: a hang, not a slow machine
CEILING_S = 1800  # seconds in all: a hang that keeps spending CPU still ends the test, not the suite


def _as_in_a_terminal() -> None:
    """SIGINT with its default handling (a suite started in the background has it ignored)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def cpu_ticks(group: int) -> int | None:
    """CPU clock ticks used so far by the processes of process group ``group`` (with the children
    they have reaped); None where there is no /proc to read them from."""
    if not os.path.exists("/proc/self/stat"):
        return None
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            fields = stat.read_text().rsplit(")", 1)[1].split()  # from the state on: pgrp is [2]
            if int(fields[2]) == group:
                total += sum(int(f) for f in fields[11:15])  # utime, stime, cutime, cstime
    return total


def running(proc: subprocess.Popen[bytes] | subprocess.Popen[str], progress: list[float | int | None]) -> bool:
    """Whether ``proc`` (the leader of its own process group) is running and not stuck: stuck is
    no CPU time in its group for ``STILL_S`` seconds (blocked for ever, as a hang is; a slow,
    loaded machine still gives it CPU time), or 600 s without /proc to tell, or ``CEILING_S`` in
    all (a hang that spins). ``progress`` is the caller's [ticks, when they changed, when it
    started], starting [None, None, None]."""
    if proc.poll() is not None:
        return False
    ticks, now = cpu_ticks(proc.pid), time.monotonic()
    if progress[2] is None:
        progress[2] = now
    if progress[1] is None or (ticks is not None and ticks != progress[0]):
        progress[:2] = [ticks, now]
    return (now - progress[1] < (STILL_S if ticks is not None else 600)  # type: ignore[operator]
            and now - progress[2] < CEILING_S)  # type: ignore[operator]


def ended(proc: subprocess.Popen[bytes] | subprocess.Popen[str]) -> bool:
    """Wait for ``proc`` to end; False when it is stuck instead (``running``)."""
    progress: list[float | int | None] = [None, None, None]
    while running(proc, progress):
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=0.5)
    return proc.poll() is not None


def _interrupt_parent_after(proc: subprocess.Popen[bytes], db: Path, stored: int) -> bool:
    """SIGINT to ``proc`` alone once ``stored`` articles are committed; False when it ended (or
    was stuck) first."""
    progress: list[float | int | None] = [None, None, None]
    while running(proc, progress):
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
    with (tmp_path / "stderr").open("w+b") as err:
        proc = subprocess.Popen([sys.executable, "-m", "dateline.cli", *args, "--workers", "2"],
                                stdout=subprocess.DEVNULL, stderr=err,
                                start_new_session=True, preexec_fn=_as_in_a_terminal)
        try:
            sent = _interrupt_parent_after(proc, db, 8)
            if not ended(proc):
                pytest.fail(f"ingest --workers 2 still running after SIGINT to its parent, {STILL_S} s "
                            "without CPU time")
        finally:
            if proc.poll() is None:  # the hang: its workers too, by their process group
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        err.seek(0)
        stderr = err.read().decode()
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


def _work(seconds: float) -> None:
    time.sleep(seconds)


def _round(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, reading_s: float,
           lives: tuple[float, float]) -> list[multiprocessing.Process]:
    """A round of two workers whose watchdog allows 0.5 s to see them all, started after its
    first batches took ``reading_s`` to read, each living ``lives`` seconds; watched 2 s."""
    monkeypatch.setattr(_Watchdog, "GRACE_S", 0.5)
    caplog.set_level(logging.WARNING, logger="dateline.pipeline")
    done: list[bool] = []
    with _Watchdog(2, lambda: bool(done)):
        time.sleep(reading_s)
        workers = [multiprocessing.Process(target=_work, args=(s,)) for s in lives]
        for worker in workers:
            worker.start()
        time.sleep(2)
        done.append(True)
    for worker in workers:
        worker.join()
    return workers


def test_workers_started_after_a_slow_first_read_are_no_dead_worker(
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """spaCy starts its workers only once its first batches are read, which a slow stream or a
    loaded machine can make take longer than the grace: that is no dead worker (the warning broke
    the interrupted ingest's one line of stderr, and the watchdog stopped watching the round)."""
    workers = _round(monkeypatch, caplog, 1.5, (3, 3))
    assert "a worker process died" not in caplog.text
    assert [w.exitcode for w in workers] == [0, 0]  # neither was ended


def test_a_worker_that_dies_at_once_is_still_found(monkeypatch: pytest.MonkeyPatch,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    """The near miss: one of the two gone before it is seen, after the same slow read."""
    workers = _round(monkeypatch, caplog, 1.5, (0, 30))
    assert "a worker process died" in caplog.text
    assert workers[1].exitcode == -signal.SIGTERM  # the other ended with it


def _left_on_ctrl_c(seconds: float) -> None:
    time.sleep(seconds)
    os._exit(128 + signal.SIGINT)  # as pipeline._exit_quietly does on SIGINT


def _ctrl_c_round(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
                  parent_ends_s: float) -> str:
    """Two workers, one leaving with Ctrl-C's status after 1 s; the parent ends the round
    ``parent_ends_s`` later (as its own SIGINT makes it), with 1.5 s allowed for that."""
    monkeypatch.setattr(_Watchdog, "CTRL_C_S", 1.5)
    caplog.set_level(logging.WARNING, logger="dateline.pipeline")
    with _Watchdog(2, lambda: False):
        workers = [multiprocessing.Process(target=_left_on_ctrl_c, args=(1,)),
                   multiprocessing.Process(target=_work, args=(30,))]
        for worker in workers:
            worker.start()
        time.sleep(1 + parent_ends_s)
        for worker in workers:
            worker.terminate()
    for worker in workers:
        worker.join()
    return caplog.text


def test_a_worker_gone_on_ctrl_c_before_the_parent_is_no_dead_worker(
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """Ctrl-C reaches the whole process group; a worker's exit may come before the parent's
    handler runs: that is the interrupt, not a death (the warning broke the one line of stderr)."""
    assert "a worker process died" not in _ctrl_c_round(monkeypatch, caplog, 0.5)


def test_a_worker_sent_sigint_alone_is_still_a_dead_worker(
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """The near miss: the parent goes on past the wait, so the worker died alone."""
    assert "a worker process died" in _ctrl_c_round(monkeypatch, caplog, 4)
