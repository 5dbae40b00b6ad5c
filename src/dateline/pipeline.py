"""One article the whole way: reader -> nlp -> records. Batches stream through ``nlp.pipe``.

With ``n_process`` > 1 the same ``nlp.pipe`` runs in that many processes (spaCy's own
multiprocessing): each Doc crosses as ``Doc.to_bytes``, whose ``user_data`` is msgpack. The
records and the ``CleanArticle`` that dateline's Doc extensions hold are frozen dataclasses of
``dateline.model``; the msgpack codec below (registered with srsly) carries them both ways.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import logging
import multiprocessing
import multiprocessing.queues
import os
import signal
import threading
import time
import warnings
import weakref
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import fields, is_dataclass, replace
from pathlib import Path
from types import FrameType
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc

from dateline import model
from dateline import nlp as nlp_package
from dateline.actors import DictionaryError
from dateline.model import ArticleRecord, CleanArticle
from dateline.nlp import ModelMissing
from dateline.nlp.records import prepare, to_record
from dateline.reader.language import foreign, identify, name_of
from dateline.sources.items import InputError

log = logging.getLogger(__name__)

#: what ``Pipeline.attempt`` yields for each article: its record, or the exception that stopped it
Outcome = tuple[CleanArticle, ArticleRecord | Exception]


def as_clean(article: CleanArticle | str | Path) -> CleanArticle:
    """A clean article as given, or read as ``dateline.read`` reads a path or an article's text
    or HTML (a one-line string naming a file reads the file); raises InputError for a string or
    path that gives no article, and a TypeError that says what to give for anything else."""
    if isinstance(article, CleanArticle):
        return article
    if isinstance(article, str | Path):
        from dateline.reader import read_item
        from dateline.sources.given import source_item

        return read_item(source_item(article, several="read it with dateline.sources.iter_sources"))
    raise TypeError(f"dateline.Pipeline takes CleanArticle records (dateline.reader.read_item) or "
                    f"articles' texts, or their files' paths, not {type(article).__name__}")


def _unread(article: object, err: InputError | OSError) -> CleanArticle:
    """The stand-in for an article that could not be read: no body, its origin for messages."""
    origin = getattr(err, "origin", None) or getattr(err, "filename", None)
    given = article if isinstance(article, str) and len(article) < 200 else None
    return CleanArticle(body="", paragraphs=(), origin=str(origin or given or "<text>"))


class Pipeline:
    """The understanding stage over clean articles. Loads the spaCy pipeline once.

    ``n_process`` > 1 runs ``nlp.pipe`` in that many processes (forked from this one on Linux,
    so the pipeline is not loaded again); records come back in input order.
    """

    def __init__(self, nlp: Language | None = None, *, batch_size: int = 16,
                 n_process: int = 1) -> None:
        if n_process < 1:
            raise ValueError(f"n_process must be at least 1, not {n_process}")
        self.nlp = nlp if nlp is not None else nlp_package.load()
        self.batch_size = batch_size
        self.n_process = n_process

    def process(self, article: CleanArticle | str | Path) -> ArticleRecord:
        """One clean article (or an article's text, HTML or file, as ``dateline.read`` takes them)
        -> its record, in this process; raises InputError for input that is no article, and what
        a component raises."""
        article = as_clean(article)
        if foreign(article.body):  # the body decides: lang="fr" over an English brief is read
            return self._text_only(article)
        with _PIPE_LOCK:  # never while ``attempt`` has swapped the error handlers
            doc = prepare(self.nlp.make_doc, article)
            for _name, component in self.nlp.pipeline:
                doc = component(doc)
        return to_record(doc)

    def pipe(self, articles: Iterable[CleanArticle | str | Path]) -> Iterator[ArticleRecord]:
        """Clean articles (or articles' texts, HTML or files, read as ``dateline.read`` reads
        them) -> records, in order, streaming; raises at the first article that fails."""
        for _article, outcome in self.attempt(articles):
            if isinstance(outcome, Exception):
                raise outcome
            yield outcome

    def attempt(self, articles: Iterable[CleanArticle | str | Path]) -> Iterator[Outcome]:
        """Every article, in order, with its record or the exception that stopped it: a failing
        article costs only itself. One that cannot be read (an empty text, a missing file) comes
        with its InputError or OSError and a stand-in CleanArticle (empty body, its origin). spaCy drops a Doc whose component raised; such an article is
        run again here, alone (``process``), which gives its record or its error.

        With worker processes: when the stream stops before its end (interrupted, or closed by
        a caller that stops reading it: close it, as ``ingest`` does, or drop its last
        reference) its workers are ended and nothing still queued for them holds up this
        process's exit. A stream that is neither read to its end, closed nor dropped keeps its
        workers, and the exit waits for them.

        SIGINT sent to this process alone (``kill -INT PID``, not a terminal's Ctrl-C, which
        reaches the whole process group) while such a stream runs in the main thread, with
        SIGINT at Python's default handler, first ends its workers, then raises
        KeyboardInterrupt as that handler does: spaCy's cleanup joins the workers, which would
        otherwise wait for ever to write results nobody reads. (A caller's own SIGINT handler
        is left alone.)

        Process-wide: the first stream with worker processes registers a fork hook (it cannot
        be removed) under which every process forked afterwards by this process, for whatever
        purpose, exits at once with status 130 and no cleanup on SIGINT. That is what makes
        Ctrl-C end forked workers in silence, the KeyboardInterrupt reaching this process's
        caller alone; workers started otherwise (``spawn``, ``forkserver``) do not have it."""
        if self.n_process > 1:
            _workers_leave_ctrl_c_to_the_parent()
        return self._rounds(articles)

    def _rounds(self, articles: Iterable[CleanArticle | str | Path]) -> Iterator[Outcome]:
        """``attempt``: ``nlp.pipe`` over the articles, started again after a failure."""
        pending: deque[tuple[int, CleanArticle, Exception | None]] = deque()  # handed to nlp.pipe
        source, count = iter(articles), itertools.count()
        broken: list[BaseException] = []  # what the input itself raised: not ours to handle
        done: list[bool] = []  # [True] once the input is read to its end

        def numbered(workers: _Watchdog) -> Iterator[tuple[Doc, int]]:
            workers.see_queues()  # nlp.pipe has made its queues and reads its input: now
            while True:
                try:
                    given = next(source)
                except StopIteration:
                    done.append(True)
                    return
                except BaseException as err:  # the stream ends: spaCy's cleanup must not
                    broken.append(err)  # wait for workers blocked on their full pipes
                    workers.end_workers()
                    raise
                n = next(count)
                try:
                    article = as_clean(given)
                except (InputError, OSError) as err:  # this article's outcome, not the batch's
                    pending.append((n, _unread(given, err), err))
                    continue
                except BaseException as err:  # a value that is no article: the caller's to fix
                    broken.append(err)
                    workers.end_workers()
                    raise
                pending.append((n, article, None))
                if foreign(article.body):  # its record is made alone, without the English stages
                    continue
                try:
                    doc = prepare(self.nlp.make_doc, article)
                except Exception:  # e.g. longer than nlp.max_length: left to the retry
                    continue
                yield doc, n

        finished, barren = False, 0  # barren: rounds in a row that died without one record
        while not finished:
            first = next(count)  # numbers only grow: a round that takes no article leaves it last
            piped = 0
            try:
                with _Watchdog(self.n_process, lambda: not pending and bool(done)) as watchdog:
                    docs = self.nlp.pipe(numbered(watchdog), as_tuples=True,
                                         batch_size=self.batch_size, n_process=self.n_process)
                    for doc, n in _quietly(self.nlp, docs, watchdog.end_workers):
                        piped += 1
                        while pending[0][0] != n:
                            yield self._alone(*pending.popleft()[1:])
                        article = pending.popleft()[1]
                        yield article, _record(doc)
                finished = True
            except Exception as err:  # a dead worker process; a component spaCy lets raise
                progress = bool(pending) or next(count) > first + 1
                barren = barren + 1 if piped == 0 else 0
                if broken or not progress or barren >= 3:  # workers that die whatever they read
                    raise
                log.info("nlp.pipe stopped (%s: %s); its %d pending articles are run alone, "
                         "then it starts again", type(err).__name__, err, len(pending))
            while pending:
                yield self._alone(*pending.popleft()[1:])

    def _text_only(self, article: CleanArticle) -> ArticleRecord:
        """The record of an article in another language: its text, furniture and metadata
        (source, title, author, publication date, dateline as the reader found them), none of
        what the English stages would make up from it (actors, mentions, times, places, quotes,
        events); the user is told so. Its language is the body's, as the reader sets it, also
        for a ``CleanArticle`` made without one."""
        code = identify(article.body) or ""
        article = replace(article, language=code)
        log.warning("%s: body is %s (%s); dateline reads English: stored text only",
                    article.origin or article.url or article.id or "<article>", name_of(code), code)
        return to_record(prepare(self.nlp.make_doc, article))

    def _alone(self, article: CleanArticle, unread: Exception | None = None) -> Outcome:
        """One article run again in this process: its record or its error (``unread``: the
        error that reading it gave, its outcome as it is)."""
        if unread is not None:
            return article, unread
        try:
            return article, self.process(article)
        except Exception as err:
            log.debug("pipeline failed on %s", article.origin, exc_info=True)
            return article, err


def load_pipeline(actors: Sequence[str] = (), *, batch_size: int = 16,
                  n_process: int = 1) -> Pipeline:
    """The full pipeline with extra actor dictionary files (``--actors``). Raises
    ``dateline.nlp.ModelMissing`` or ``dateline.actors.DictionaryError``: see ``load_problem``."""
    config = {"dateline_actors": {"extra_dictionaries": list(actors)}} if actors else None
    return Pipeline(nlp_package.load(config=config), batch_size=batch_size, n_process=n_process)


def load_problem(err: ModelMissing | DictionaryError) -> tuple[str, str]:
    """Where and what to fix, for one error line, when ``load_pipeline`` failed: the missing
    model, or the file and line of a malformed dictionary."""
    if isinstance(err, ModelMissing):
        return nlp_package.MODEL, str(err)
    where, _, problem = str(err).partition(": ")
    return where, problem or "malformed actor dictionary"


# --- errors inside nlp.pipe -------------------------------------------------------------------

#: held while the error handlers are swapped and while ``process`` runs: threads sharing one
#: pipeline (a Dask worker with several threads) must not see each other's handlers
_PIPE_LOCK = threading.RLock()


def _drop_failed(name: str | None, component: Any, docs: list[Doc], err: Exception) -> None:
    """spaCy error handler: leave the failed Docs out (``attempt`` runs them again alone).
    ``name`` is None when a whole batch failed in a worker process (spaCy's E871)."""
    if name is None:
        log.warning("a batch failed in a worker process; its articles are run again here: %s", err)
    else:
        log.debug("%s failed on %d doc(s): %s", name, len(docs), err)


@contextlib.contextmanager
def _dropping_failed(nlp: Language) -> Iterator[None]:
    """Install ``_drop_failed`` on ``nlp`` and its components; restore theirs afterwards."""
    saved: list[tuple[Any, Callable[..., Any]]] = []
    previous = nlp.default_error_handler
    nlp.default_error_handler = _drop_failed
    for _name, component in nlp.pipeline:
        if hasattr(component, "set_error_handler"):
            handler = component.get_error_handler()  # type: ignore[attr-defined]
            try:
                component.set_error_handler(_drop_failed)
            except AttributeError:  # spaCy's parser and NER (Cython) keep theirs
                continue
            saved.append((component, handler))
    try:
        yield
    finally:
        nlp.default_error_handler = previous
        for component, handler in saved:
            component.set_error_handler(handler)


def _record(doc: Doc) -> ArticleRecord | Exception:
    try:
        return to_record(doc)
    except Exception as err:
        return err


def _quietly(nlp: Language, docs: Iterator[tuple[Doc, int]],
             stopped: Callable[[], None]) -> Iterator[tuple[Doc, int]]:
    """``docs``, each taken with ``_drop_failed`` installed (only then: ``process`` must see a
    component's own error) and without spaCy's W127 ('not all worker processes completed'): a
    worker that died is handled (``_Watchdog``, then ``attempt`` runs its articles again), and
    workers that Ctrl-C ended are meant to be gone. When this stream is closed before its end,
    ``stopped`` is called first (it ends the workers: spaCy would wait for ever on one blocked
    writing to its full pipe, and lets go of its queues while spaCy still holds them), then
    ``docs`` is closed, with W127 silenced there too."""
    finished = False
    try:
        while True:
            with _PIPE_LOCK, _dropping_failed(nlp), _without_w127():
                try:
                    item = next(docs)
                except StopIteration:
                    finished = True
                    return
            yield item
    finally:
        close = getattr(docs, "close", None)
        if not finished and close is not None:
            stopped()
            with _without_w127():
                close()


@contextlib.contextmanager
def _without_w127() -> Iterator[None]:
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"\[W127\]")
        yield


# --- Ctrl-C with worker processes -----------------------------------------------------------

_AT_FORK: list[bool] = []  # [True] once the hook below is registered (it cannot be removed)


def _workers_leave_ctrl_c_to_the_parent() -> None:
    """Processes forked from now on (spaCy's ``nlp.pipe`` workers) end at once and in silence on
    SIGINT. Ctrl-C in a terminal reaches the whole process group: the parent says what was
    done, instead of every worker printing its own KeyboardInterrupt traceback. (Ignoring
    SIGINT there instead would hang: spaCy's parent waits for workers blocked on a full pipe.)"""
    if not _AT_FORK and hasattr(os, "register_at_fork"):
        os.register_at_fork(after_in_child=lambda: signal.signal(signal.SIGINT, _exit_quietly))
        _AT_FORK.append(True)


def _exit_quietly(signum: int, _frame: object) -> None:
    os._exit(128 + signum)


def _queues() -> Iterator[multiprocessing.queues.Queue[Any]]:
    """Every multiprocessing queue of this process."""
    return (obj for obj in gc.get_objects() if isinstance(obj, multiprocessing.queues.Queue))


#: the rounds with worker processes running in the main thread, whose workers SIGINT ends first
_ROUNDS: set[_Watchdog] = set()


def _interrupted(signum: int, frame: FrameType | None) -> None:
    """SIGINT while rounds with worker processes run in the main thread: their workers are
    ended, then KeyboardInterrupt is raised as Python's own handler does. The interrupt may
    land inside spaCy's ``nlp.pipe``, whose cleanup joins its workers: when SIGINT reached
    this process alone they were still alive, blocked writing to a pipe nobody reads any more,
    and the join never returned."""
    for watchdog in list(_ROUNDS):
        watchdog.end_workers()
    signal.default_int_handler(signum, frame)  # raises KeyboardInterrupt


def _children() -> list[multiprocessing.process.BaseProcess]:
    """``multiprocessing.active_children()``, tried again when another thread changed the set
    of children while it was being read (none when that keeps happening)."""
    for _ in range(3):
        try:
            return multiprocessing.active_children()
        except RuntimeError:
            continue
    return []


class _Watchdog:
    """One round of ``nlp.pipe`` in worker processes: its workers and its queues.

    When a worker dies (killed, out of memory), the others are ended. spaCy's parent reads
    each worker's results from a pipe whose write end every later-forked worker also holds, so
    a dead worker alone would leave it waiting for ever; with all of them gone it gets
    EOFError, and ``attempt`` runs the pending articles again. A worker leaves before its round
    ends only by dying: spaCy stops them after the last result (``finishing``: the input is
    read and nothing is pending).

    When the round stops early, ``end_workers`` ends them and abandons the queues spaCy made
    for them (``see_queues``): each queue's feeder thread may be blocked writing batches into
    a full pipe that no living worker reads, and the interpreter's exit waits for such threads
    (the command hung after 'interrupted', or after its stream was closed). They are abandoned
    through references taken while the round ran: once spaCy's generator is closed the queues
    may be collected, their feeder threads still blocked and still awaited at exit. (A
    workaround for spaCy's ``_multiprocessing_pipe``.)"""

    #: to see every worker started once the first is (spaCy starts them one after another, but
    #: only after reading its first batches, which may take any time: a slow stream, a loaded
    #: machine), or else to decide that one died at once
    GRACE_S = 10.0
    #: for the parent to end the round after a worker left on Ctrl-C (the whole process group
    #: got SIGINT, the worker's exit came first); a worker sent SIGINT alone died all the same
    CTRL_C_S = 5.0

    def __init__(self, processes: int, finishing: Callable[[], bool]) -> None:
        self.processes = processes
        self.finishing = finishing
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._watch, name="dateline-watchdog", daemon=True)
        self.before: set[int | None] = set()
        self.queues_before: weakref.WeakSet[multiprocessing.queues.Queue[Any]] = weakref.WeakSet()
        self.queues: list[multiprocessing.queues.Queue[Any]] = []  # this round's, once seen

    def __enter__(self) -> _Watchdog:
        if self.processes > 1:
            self.before = {p.pid for p in multiprocessing.active_children()}
            self.queues_before = weakref.WeakSet(_queues())
            if threading.current_thread() is threading.main_thread():  # where SIGINT lands
                _ROUNDS.add(self)
                if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
                    signal.signal(signal.SIGINT, _interrupted)  # (or ours already)
            self.thread.start()
        return self

    def see_queues(self) -> None:
        """Note the queues made since the round began: spaCy's, which it made before it reads
        its input (and before any of them has a feeder thread)."""
        if self.processes > 1 and not self.queues:
            self.queues = [q for q in _queues() if q not in self.queues_before]

    def end_workers(self) -> None:
        """End this round's worker processes and abandon its queues (the stream stopped before
        its end: nothing they do or hold is wanted any more)."""
        if self.processes > 1:
            for queue in self.queues:
                queue.cancel_join_thread()
            for process in _children():
                if process.pid not in self.before:
                    with contextlib.suppress(OSError):
                        process.terminate()

    def __exit__(self, *exc: object) -> None:
        if self.processes > 1:
            _ROUNDS.discard(self)
            if not _ROUNDS and signal.getsignal(signal.SIGINT) is _interrupted and \
                    threading.current_thread() is threading.main_thread():  # else kept: harmless
                signal.signal(signal.SIGINT, signal.default_int_handler)
            self.stop.set()
            self.thread.join()
            self.queues = []

    @staticmethod
    def _ctrl_c(processes: Iterable[multiprocessing.process.BaseProcess]) -> bool:
        """Whether a worker left on SIGINT (``_exit_quietly``'s status), not killed."""
        return any(p.exitcode == 128 + signal.SIGINT for p in processes)

    def _watch(self) -> None:
        started: float | None = None  # when a worker of this round was first seen
        full = False
        seen: dict[int | None, multiprocessing.process.BaseProcess] = {}
        while not self.stop.wait(0.5):
            try:
                alive = [p for p in multiprocessing.active_children() if p.pid not in self.before]
            except RuntimeError:  # the main thread was starting a process: next time
                continue
            seen.update((p.pid, p) for p in alive)
            full = full or len(alive) >= self.processes
            if alive and started is None:
                started = time.monotonic()
            if len(alive) >= self.processes or self.finishing() or \
                    not (full or (started is not None and time.monotonic() - started > self.GRACE_S)):
                continue
            if self._ctrl_c(seen.values()) and self.stop.wait(self.CTRL_C_S):
                return  # the parent was interrupted too and ended the round: no death to tell
            log.warning("a worker process died; its articles are run again")
            for process in alive:
                process.terminate()
            return


# --- records through msgpack (Doc.to_bytes) -------------------------------------------------

_TAG = "__dateline_record__"
_RECORDS: dict[str, type] = {  # every record class of the public model
    name: cls for name, cls in vars(model).items()
    if isinstance(cls, type) and is_dataclass(cls) and cls.__module__ == model.__name__
}


def encode_record(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    """srsly msgpack encoder: a ``dateline.model`` record as a tagged dict of its fields."""
    if _RECORDS.get(type(obj).__name__) is type(obj):
        data = {f.name: getattr(obj, f.name) for f in fields(obj)}  # type: ignore[arg-type]
        data[_TAG] = type(obj).__name__
        return data
    return obj if chain is None else chain(obj)


def decode_record(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    """srsly msgpack decoder: the inverse of ``encode_record`` (msgpack lists back to tuples;
    records hold no lists). Inner records are decoded first."""
    if isinstance(obj, dict) and _TAG in obj:
        cls = _RECORDS[obj.pop(_TAG)]
        return cls(**{key: _tuples(value) for key, value in obj.items()})
    return obj if chain is None else chain(obj)


def _tuples(value: Any) -> Any:
    return tuple(_tuples(v) for v in value) if isinstance(value, list) else value


# Registered on import. Worker processes have them too: forked ones inherit them, and spawned
# ones import this module to unpickle ``_drop_failed``, which every component carries.
srsly.msgpack_encoders.register("dateline_records", func=encode_record)
srsly.msgpack_decoders.register("dateline_records", func=decode_record)


__all__ = ["Outcome", "Pipeline", "as_clean", "decode_record", "encode_record", "load_pipeline", "load_problem"]
