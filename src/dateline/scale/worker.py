"""What runs in a worker process: the pipeline, loaded once per process, over one partition.

The same ``dateline.ingest.process_items`` that one machine runs makes the records; only
records (never spaCy Docs) leave the process, as Parquet files. Bad inputs come back as data: one (origin, message) pair each.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import resource
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from dateline.ingest import first_of_each_id, process_items, text_only_ids
from dateline.scale.output import PartitionResult, write_partition
from dateline.scale.partitions import Partition
from dateline.scale.schema import unique

if TYPE_CHECKING:
    from dateline.pipeline import Pipeline


@dataclass(frozen=True)
class PipelineSpec:
    """How a worker builds its pipeline: extra actor dictionaries and the nlp.pipe batch size.

    The actor files must be readable at the same path on every worker (a shared filesystem).
    """

    actors: tuple[str, ...] = ()
    nlp_batch_size: int = 16
    batch_size: int = 64  # --workers: articles per store transaction

    def salt(self) -> str:
        """What enters every partition id: a change of settings or dictionaries redoes the work."""
        files: list[list[str | None]] = []
        for path in self.actors:
            try:
                files.append([path, hashlib.sha256(Path(path).read_bytes()).hexdigest()])
            except OSError:
                files.append([path, None])
        return json.dumps({"actors": files, "dateline": _version()})


def _version() -> str:
    from importlib import metadata

    try:
        return metadata.version("dateline")
    except metadata.PackageNotFoundError:
        return "unknown"


_LOCK = threading.Lock()


@functools.lru_cache(maxsize=2)
def _pipeline(spec: PipelineSpec) -> Pipeline:
    from dateline.pipeline import load_pipeline

    return load_pipeline(spec.actors, batch_size=spec.nlp_batch_size)


def pipeline_for(spec: PipelineSpec) -> Pipeline:
    """This process's pipeline for ``spec``: loaded on the first call, then reused."""
    with _LOCK:
        return _pipeline(spec)


def run_partition(partition: Partition, out: str, spec: PipelineSpec) -> PartitionResult:
    """Read, understand and write one partition; its manifest is written last. An article id
    read twice in the partition is written and counted once, the first; a different later
    article with that id is an error, as in ``dateline ingest``."""
    started = time.perf_counter()
    records, errors = process_items(partition.items(), pipeline_for(spec))
    records = unique(s.record for s in first_of_each_id(records, errors.append))
    result = PartitionResult(
        id=partition.id, inputs=partition.describe(), articles=len(records),
        text_only_ids=sorted(text_only_ids(records)),
        errors=[(e.origin, e.message) for e in errors],
        process_s=round(time.perf_counter() - started, 4), worker=_worker_address(),
        pid=os.getpid(),
    )
    result.peak_rss_mb = peak_rss_mb()
    write_partition(Path(out), partition.id, records, result)
    return result


def peak_rss_mb() -> float:
    """This process's peak resident memory, MiB (Linux reports KiB)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _worker_address() -> str | None:
    try:
        from distributed import get_worker

        return str(get_worker().address)
    except (ImportError, ValueError):
        return None


__all__ = ["PipelineSpec", "peak_rss_mb", "pipeline_for", "run_partition"]
