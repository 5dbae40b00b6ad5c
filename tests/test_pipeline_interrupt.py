"""SIGINT to the process alone (``kill -INT PID``, not a terminal's Ctrl-C to the whole process
group) while a Python caller reads ``Pipeline.pipe`` with two worker processes: the caller gets
its KeyboardInterrupt within a bound, and no worker process is left behind.

It hung before: the interrupt landed in spaCy's ``nlp.pipe``, whose cleanup joined workers that
never got the signal and were blocked writing results to a pipe nobody read."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from spacy.language import Language

from dateline.pipeline import Pipeline

BOUND_S = 60  # how long the caller may take to end after SIGINT: a hang, not a speed limit

#: a Python caller reading an endless stream through two worker processes; it says which
#: processes its workers are once records come, then what a KeyboardInterrupt left. Each Doc
#: is larger than a pipe holds, so a worker is mostly blocked writing while the caller reads.
CALLER = """
import multiprocessing, sys
from dateline.nlp import load
from dateline.pipeline import Pipeline
from tests.test_pipeline import BODIES, articles

def endless():
    while True:
        yield from articles(" ".join([body.replace("\\n\\n", " ")] * 80) for body in BODIES)

seen = 0
try:
    for record in Pipeline(load(), batch_size=2, n_process=2).pipe(endless()):
        seen += 1
        if seen == 6:
            print("workers", *[p.pid for p in multiprocessing.active_children()], flush=True)
except KeyboardInterrupt:
    print("KeyboardInterrupt; children left:", len(multiprocessing.active_children()), flush=True)
    sys.exit(3)
"""


def _as_in_a_terminal() -> None:
    """SIGINT with its default handling (a suite started in the background has it ignored)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _running(pid: int) -> bool:
    """Whether process ``pid`` exists and is not a zombie."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[0] != "Z"


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork workers and /proc: Linux")
def test_sigint_to_a_python_caller_of_pipe_ends_it_and_its_workers() -> None:
    root = Path(__file__).resolve().parent.parent
    proc = subprocess.Popen([sys.executable, "-c", CALLER], cwd=root, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True, preexec_fn=_as_in_a_terminal)
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()  # the workers' pids, once records come
        workers = [int(pid) for pid in first.split()[1:]]
        time.sleep(1)  # the workers fill their pipes
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGINT)
        try:
            rest, err = proc.communicate(timeout=BOUND_S)
        except subprocess.TimeoutExpired:
            pytest.fail(f"the caller of Pipeline.pipe still running {BOUND_S} s after SIGINT")
    finally:
        if proc.poll() is None:  # the hang: its workers too, by their process group
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
    assert first.startswith("workers") and len(workers) == 2, f"{first!r} {err[-2000:]}"
    assert proc.returncode == 3, err[-2000:]
    assert rest == "KeyboardInterrupt; children left: 0\n"
    assert "W127" not in err, err[-2000:]
    deadline = time.monotonic() + 10  # terminated workers of an exited caller: reaped by init
    while any(_running(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in workers if _running(pid)]


@pytest.mark.slow
def test_the_sigint_handler_is_the_pipelines_only_while_a_round_runs(nlp: Language) -> None:
    """Installed while a stream with workers runs in the main thread, Python's default back
    once the last one ends (also after one was closed from another thread, where it cannot be
    put back); a caller's own handler is never replaced."""
    from dateline import pipeline as module
    from tests.test_pipeline import articles

    def own(signum: int, frame: object) -> None:
        raise AssertionError("not called")

    saved = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        stream = Pipeline(nlp, batch_size=1, n_process=2).attempt(articles())
        next(stream)
        assert signal.getsignal(signal.SIGINT) is module._interrupted
        closing = threading.Thread(target=stream.close)  # type: ignore[attr-defined]
        closing.start()
        closing.join(60)
        assert not closing.is_alive()
        assert len(list(Pipeline(nlp, batch_size=2, n_process=2).attempt(articles()[:2]))) == 2
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler

        signal.signal(signal.SIGINT, own)
        stream = Pipeline(nlp, batch_size=1, n_process=2).attempt(articles())
        next(stream)
        assert signal.getsignal(signal.SIGINT) is own
        assert len(list(stream)) == len(articles()) - 1
        assert signal.getsignal(signal.SIGINT) is own
    finally:
        signal.signal(signal.SIGINT, saved)
    assert not module._ROUNDS
    assert not multiprocessing.active_children()
