"""One machine, several cores: ``dateline ingest --workers N``.

The pipeline is loaded once, here; spaCy's ``nlp.pipe(n_process=N)`` forks N processes from
this one, so they start with it loaded. The reader runs here (cheap: bytes to text); Docs cross
as ``Doc.to_bytes``, dateline's records inside them (``dateline.pipeline``'s msgpack codec). It
is ``dateline.ingest.ingest`` with a multi-process pipeline: the same per-article code, the
records stored in input order, one transaction per ``--batch-size`` articles, so the store ends
up as a single-process ``ingest`` leaves it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from dateline.ingest import IngestReport, ingest
from dateline.scale.worker import PipelineSpec
from dateline.sources import SourceError

if TYPE_CHECKING:
    from dateline.store import Store


class PoolError(ValueError):
    """The pipeline cannot be loaded (a missing model, a malformed dictionary), or a worker
    process died."""

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
    report: IngestReport | None = None,
) -> IngestReport:
    """Like ``dateline.ingest.ingest`` with ``workers`` processes doing the understanding
    (``report``, when given, is filled as each batch commits, so an interrupted caller knows).

    At most about two nlp batches per process are in flight, so memory stays flat whatever the
    corpus size.
    """
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    from dateline.actors import DictionaryError
    from dateline.nlp import ModelMissing
    from dateline.pipeline import load_pipeline, load_problem

    spec = spec or PipelineSpec()
    try:
        pipeline = load_pipeline(spec.actors, batch_size=spec.nlp_batch_size, n_process=workers)
    except (ModelMissing, DictionaryError) as err:
        raise PoolError(*load_problem(err)) from err
    try:
        return ingest(paths, store, pipeline, batch_size=spec.batch_size, progress=progress,
                      on_error=on_error, report=report)
    except EOFError as err:  # spaCy's parent reads from a worker that is gone
        raise PoolError("worker processes", "a worker process died (killed or out of memory); "
                        "what is stored stays: run the same command again for the rest") from err


__all__ = ["PoolError", "ingest_pool"]
