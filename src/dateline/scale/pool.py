"""One machine, several cores: a pool of worker processes running the per-article code.

The parent reads the sources (cheap: bytes to text) and cuts them into chunks; each worker
process, with its own pipeline loaded once, turns a chunk into records and errors with
``dateline.ingest.process_items`` (the code ``ingest`` runs); records, not spaCy Docs, come
back. The parent stores each chunk in one transaction, in input order, so the store ends up as
a single-process ``ingest`` would leave it.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TYPE_CHECKING

from tqdm import tqdm

from dateline.ingest import IngestReport, _chunks, _count_inputs
from dateline.scale.worker import PipelineSpec, run_chunk, warm
from dateline.sources import SourceError, iter_sources

if TYPE_CHECKING:
    from dateline.model import ArticleRecord
    from dateline.store import Store

Done = tuple[list["ArticleRecord"], list[SourceError], float]


class PoolError(ValueError):
    """The worker processes cannot run the pipeline (a missing model, a malformed dictionary)."""

    def __init__(self, origin: str, message: str) -> None:
        super().__init__(f"{origin}: {message}")
        self.origin = origin
        self.message = message


def ingest_pool(
    paths: Iterable[str | Path],
    store: Store,
    *,
    workers: int,
    spec: PipelineSpec | None = None,
    progress: bool = False,
    on_error: Callable[[SourceError], None] | None = None,
) -> IngestReport:
    """Like ``dateline.ingest.ingest`` with ``workers`` processes doing the understanding.

    At most two chunks per worker are in flight, so memory stays flat whatever the corpus size.
    """
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    spec = spec or PipelineSpec()
    paths = list(paths)
    report = IngestReport()
    total = _count_inputs(paths) if progress else None  # no second directory walk when unseen
    bar = tqdm(total=total, unit="article", file=sys.stderr, disable=not progress,
               dynamic_ncols=True, desc=f"ingest ({workers} processes)")

    def collect(done: Done) -> None:
        records, errors, _rss = done
        for error in errors:
            report.failed += 1
            report.errors.append(error)
            if on_error is not None:
                with bar.external_write_mode(file=sys.stderr):
                    on_error(error)
        if records:
            result = store.put(records)
            report.stored += len(result.stored)
            report.replaced += len(result.replaced)
            report.unchanged += len(result.unchanged)
        bar.update(len(records) + len(errors))
        bar.set_postfix(stored=report.stored, failed=report.failed, refresh=False)

    context = multiprocessing.get_context("spawn")  # no forked copies of threads or open files
    try:
        with ProcessPoolExecutor(workers, mp_context=context, initializer=warm,
                                 initargs=(spec,)) as pool:
            pending: deque[Future[Done]] = deque()
            for chunk in _chunks(iter_sources(paths), spec.batch_size):
                pending.append(pool.submit(run_chunk, chunk, spec))
                while len(pending) >= 2 * workers:
                    collect(_result(pending.popleft()))
            while pending:
                collect(_result(pending.popleft()))
    finally:
        bar.close()
    return report


def _result(future: Future[Done]) -> Done:
    """A chunk's outcome; bad inputs come back as data, so what a chunk raises is the pipeline
    failing to load in the worker."""
    try:
        return future.result()
    except BrokenProcessPool:
        raise
    except Exception as err:
        raise PoolError("worker processes", f"cannot load the dateline pipeline "
                                            f"({type(err).__name__}: {err})") from err


__all__ = ["PoolError", "ingest_pool"]
