"""Ingest: sources -> reader -> Pipeline -> store, streaming, one transaction per batch.

A bad input (empty, binary, undecodable, too large, malformed JSON Lines, missing, no article in
it) costs only itself: it is reported through ``on_error`` and counted, and the run goes on. A
crash (or ``kill -9``) loses at most the batch being written; every committed batch stays, and
running the same ingest again stores only what is missing (ids are stable).
"""

from __future__ import annotations

import logging
import sqlite3
import sys
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, TypeVar

from tqdm import tqdm

from dateline.model import ArticleRecord, CleanArticle
from dateline.reader.language import foreign
from dateline.sources import InputError, SourceError, SourceItem, iter_sources
from dateline.sources.files import JSONL_SUFFIXES, list_directory, skipped_note
from dateline.store import PutResult
from dateline.store.write import Serialized

if TYPE_CHECKING:
    from dateline.pipeline import Pipeline
    from dateline.store import Store

log = logging.getLogger(__name__)

Reader = Callable[[SourceItem], CleanArticle]
ErrorHandler = Callable[[SourceError], None]
T = TypeVar("T")


@dataclass
class IngestReport:
    """What one ingest did."""

    stored: int = 0  # new articles written
    replaced: int = 0  # articles already stored whose record changed (children replaced)
    unchanged: int = 0  # articles already stored, identical: skipped
    failed: int = 0  # inputs that were not stored
    text_only: int = 0  # articles (ids, each once) not in English: stored without the English stages
    skipped_json: int = 0  # .json files in directory inputs: not articles, not read
    errors: list[SourceError] = field(default_factory=list)  # one per failed input

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def summary(self) -> str:
        return (f"stored {self.stored}, replaced {self.replaced}, unchanged {self.unchanged}, "
                f"failed {self.failed}{self.text_only_note()}{self.skipped_json_note()}")

    def text_only_note(self) -> str:
        """' (N text only: not English)' after the counts; nothing when there is none."""
        return f" ({self.text_only} text only: not English)" if self.text_only else ""

    def skipped_json_note(self) -> str:
        """'; skipped N .json file(s) (not articles)' at the end; nothing when there is none."""
        return f"; {skipped_note(self.skipped_json)}" if self.skipped_json else ""


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    pipeline: Pipeline,
    *,
    batch_size: int = 64,
    progress: bool = False,
    on_error: ErrorHandler | None = None,
    reader: Reader | None = None,
    stdin: BinaryIO | None = None,
    report: IngestReport | None = None,
) -> IngestReport:
    """Read, understand and store every article under ``paths`` ("-" is stdin).

    Articles stream through ``pipeline`` (in ``pipeline.n_process`` processes when it has more
    than one: ``dateline ingest --workers``); their records go into the store ``batch_size`` at
    a time, one transaction each, in input order. ``progress`` shows a tqdm bar on stderr.
    ``reader`` defaults to ``dateline.reader.read_item``. Counts go into ``report`` (a new one
    by default), as each batch commits: a caller interrupted mid-run still knows what was stored.
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, not {batch_size}")
    if reader is None:
        from dateline.reader import read_item

        reader = read_item
    paths = list(paths)
    report = IngestReport() if report is None else report
    total = count_inputs(paths) if progress else None  # no second directory walk when unseen
    processes = getattr(pipeline, "n_process", 1)
    bar = tqdm(total=total, unit="article", file=sys.stderr, disable=not progress,
               dynamic_ncols=True, desc=f"ingest ({processes} processes)" if processes > 1 else "ingest")

    def fail(error: SourceError) -> None:
        report.failed += 1
        report.errors.append(error)
        bar.update(1)
        if on_error is not None:
            if progress:
                with bar.external_write_mode(file=sys.stderr):
                    on_error(error)
            else:
                on_error(error)

    skipped: list[Path] = []
    clean = _read_all(iter_sources(paths, stdin=stdin, skipped=skipped), reader, fail)
    records = first_of_each_id(_understand(clean, pipeline, fail), fail)
    foreign_ids: set[str] = set()
    try:
        for batch in _chunks(records, batch_size):
            result = _put(store, batch, fail)
            report.stored += len(result.stored)
            report.replaced += len(result.replaced)
            report.unchanged += len(result.unchanged)
            put = {*result.stored, *result.replaced, *result.unchanged}
            foreign_ids.update(text_only_ids(s.record for s in batch if s.record.id in put))
            report.text_only = len(foreign_ids)
            bar.update(len(result.stored) + len(result.replaced) + len(result.unchanged))
            bar.set_postfix(stored=report.stored, failed=report.failed, refresh=False)
    finally:
        # stopped early (Ctrl-C, a database error): the stream, and any worker processes of
        # ``pipeline.attempt``, are let go now rather than whenever it is collected
        records.close()
        report.skipped_json = len(set(skipped))  # a directory given twice: its files once
        bar.close()
    return report


def process_items(
    items: Iterable[SourceItem | SourceError],
    pipeline: Pipeline,
    *,
    reader: Reader | None = None,
) -> tuple[list[ArticleRecord], list[SourceError]]:
    """Records for ``items`` (in order) and one error per bad input, exactly as ``ingest`` makes
    them: the per-article code that the Dask workers run. Nothing is raised for a bad input;
    errors come back as data."""
    if reader is None:
        from dateline.reader import read_item

        reader = read_item
    errors: list[SourceError] = []
    records = list(_understand(_read_all(items, reader, errors.append), pipeline, errors.append))
    return records, errors


def _read_all(items: Iterable[SourceItem | SourceError], reader: Reader,
              fail: ErrorHandler) -> Iterator[CleanArticle]:
    """Clean articles, in order; every bad input goes to ``fail`` instead."""
    for item in items:
        if isinstance(item, SourceError):
            fail(item)
            continue
        try:
            yield reader(item)
        except InputError as err:
            fail(SourceError(err.origin or item.origin, err.message))
        except Exception as err:  # a reader bug must cost one input, not the run
            log.debug("reader failed on %s", item.origin, exc_info=True)
            fail(SourceError(item.origin, f"reader failed ({type(err).__name__}: {err}); "
                                          "please report this input"))


def _understand(articles: Iterable[CleanArticle], pipeline: Pipeline,
                fail: ErrorHandler) -> Iterator[ArticleRecord]:
    """Records, in order, streaming (``pipeline.n_process`` processes may do the work); an
    article that makes the pipeline fail goes to ``fail`` and costs only itself."""
    for article, outcome in pipeline.attempt(articles):
        if isinstance(outcome, Exception):
            origin = article.origin or article.id or "<article>"
            fail(SourceError(origin, f"pipeline failed ({type(outcome).__name__}: {outcome}); "
                                     "please report this input"))
        else:
            yield outcome


def text_only_ids(records: Iterable[ArticleRecord]) -> set[str]:
    """The ids of the records stored as text only (their body is not English): what
    ``IngestReport.text_only`` counts, each id once however often a run reads it."""
    return {record.id for record in records if foreign(record.body)}


def first_of_each_id(records: Iterable[ArticleRecord],
                     fail: ErrorHandler) -> Generator[Serialized, None, None]:
    """Records, serialized once for the store (``Serialized``: its JSON and digest, which
    ``Store.put`` takes as they are), except a later one whose id an earlier input of this run
    gave to a different article (two JSON Lines rows with one "id"): that one goes to ``fail``.
    Were it stored, each run would replace the first with the second and the second with the
    first again, and never find the store unchanged. The same article twice (one file given
    twice) passes. A record that cannot be serialized goes to ``fail`` too."""
    seen: dict[str, tuple[str, str]] = {}  # id -> (digest, origin) of its first article
    for record in records:
        try:
            serialized = Serialized.of(record)
        except _RECORD_ERRORS as err:
            _unstorable(record, err, fail)
            continue
        first = seen.setdefault(record.id, (serialized.digest, record.origin or "<input>"))
        if first[0] != serialized.digest:
            fail(SourceError(record.origin or record.id,
                             f"id {record.id!r} is already the id of a different article in this run "
                             f"({first[1]}); not stored: give each article its own id"))
            continue
        yield serialized


#: what a record (not the database) can make ``Store.put`` raise: text SQLite cannot take, an
#: integer too large for it, a constraint the record breaks
_RECORD_ERRORS = (ValueError, OverflowError, sqlite3.IntegrityError, sqlite3.InterfaceError)


def _put(store: Store, batch: list[Serialized], fail: ErrorHandler) -> PutResult:
    """``store.put(batch)``; when a record cannot be stored, the batch is rolled back and put
    again one record at a time, so the bad record costs only itself. A database problem (disk
    full, read-only, locked, damaged) still stops the run: every later batch would meet it."""
    try:
        return store.put(batch)
    except _RECORD_ERRORS as err:
        if len(batch) > 1:
            results = [_put(store, [record], fail) for record in batch]
            return PutResult(*([i for r in results for i in getattr(r, name)]
                               for name in ("stored", "replaced", "unchanged")))
        _unstorable(batch[0].record, err, fail)
        return PutResult()


def _unstorable(record: ArticleRecord, err: Exception, fail: ErrorHandler) -> None:
    log.debug("cannot store %s", record.origin, exc_info=True)
    fail(SourceError(record.origin or record.id, f"cannot be stored ({type(err).__name__}: {err}); "
                                                 "please report this input"))


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last may be shorter), streaming."""
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def count_inputs(paths: list[str | Path]) -> int | None:
    """Number of input files for the progress bar; None when unknown (stdin, JSON Lines)."""
    total = 0
    for raw in paths:
        path = Path(raw)
        if str(raw) == "-":
            return None
        try:
            files = list_directory(path)[0] if path.is_dir() else [path]
        except OSError:  # unreadable: one error line
            files = []
        if any(_matches(p.name, JSONL_SUFFIXES) for p in files):
            return None
        total += max(len(files), 1)  # an empty directory or a missing path is one error line
    return total


def _matches(name: str, suffixes: tuple[str, ...]) -> bool:
    return name.lower().endswith(suffixes)


__all__ = ["IngestReport", "count_inputs", "ingest", "process_items", "text_only_ids"]
