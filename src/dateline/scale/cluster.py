"""Ingest on a Dask cluster: partitions in the workers, Parquet out, then (optionally) the store.

    >>> from dateline.scale import ClusterOptions, PipelineSpec, run_dask
    >>> report = run_dask(["news/"], "parts/", address="local:4", store=store)

The client lists the inputs and cuts them into partitions (``scale.partitions``); each worker
runs ``scale.worker.run_partition`` (the pipeline loaded once per worker by a plugin) and writes
the partition's Parquet files and manifest (``scale.output``). The client shows progress over
completed partitions and loads the finished partitions into the SQLite store in input order
(a partition that finishes early waits, on disk, for those before it), so the store's rows,
event keys included, are the ones a single-process ``dateline ingest`` gives them.

A partition whose task raises is retried by Dask (``retries``); a worker that dies has its
tasks moved to another one. A partition whose task is lost after its worker wrote all of it
(manifest and Parquet files, ``scale.output.read_manifest``) is finished. A partition that still
fails is reported with its inputs and counted as failed, never dropped in silence. Partitions with a manifest from an earlier run are
skipped (their records are still loaded; the store ignores what it already holds).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import logging
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from distributed.diagnostics.plugin import WorkerPlugin
from tqdm import tqdm

from dateline.ingest import IngestReport
from dateline.scale.output import PartitionResult, read_manifest, read_partition
from dateline.scale.partitions import Partition, plan
from dateline.scale.worker import PipelineSpec, pipeline_for, run_partition
from dateline.sources import SourceError

if TYPE_CHECKING:
    from distributed import Client

    from dateline.store import Store

log = logging.getLogger(__name__)


class ClusterError(ValueError):
    """A bad ``--dask`` address or a cluster that cannot be reached; says what to pass instead."""

    def __init__(self, origin: str, message: str) -> None:
        super().__init__(f"{origin}: {message}")
        self.origin = origin
        self.message = message


@dataclass(frozen=True)
class ClusterOptions:
    """How the work is cut and retried."""

    partition_size: int = 64  # articles per partition (one task, one Parquet file per kind)
    retries: int = 2  # extra tries of a partition whose task raised


@dataclass
class ClusterReport(IngestReport):
    """An ingest report plus what happened to the partitions."""

    partitions: int = 0
    skipped: int = 0  # finished by an earlier run
    failed_partitions: list[str] = field(default_factory=list)  # ids
    results: list[PartitionResult] = field(default_factory=list)
    written: int = 0  # articles in the Parquet output (this run and skipped partitions)
    read_s: float = 0.0  # client: Parquet -> records, for the store
    wall_s: float = 0.0
    loaded: bool = False  # records went on into a store
    ids: list[str] = field(default_factory=list)  # partition ids, in input order
    text_only_ids: set[str] = field(default_factory=set)  # ``text_only`` counts them

    def summary(self) -> str:
        parts = (f"{self.partitions} partitions ({self.skipped} done before, "
                 f"{len(self.failed_partitions)} failed), {self.written} articles in Parquet")
        loaded = super().summary() if self.loaded else (
            f"failed {self.failed}{self.text_only_note()}{self.skipped_json_note()}")
        return f"{parts}; {loaded}"


class PipelinePlugin(WorkerPlugin):
    """Loads the pipeline when a worker starts (and on every worker that joins later), so the
    first partition does not pay for it and a worker that cannot load it fails at once."""

    name = "dateline-pipeline"

    def __init__(self, spec: PipelineSpec) -> None:
        self.spec = spec

    def setup(self, worker: Any) -> None:
        pipeline_for(self.spec)


@contextlib.contextmanager
def connect(address: str) -> Iterator[Client]:
    """A client for ``local:N`` (a LocalCluster of N one-thread worker processes, closed on
    exit) or a scheduler address such as ``tcp://scheduler:8786``."""
    from distributed import Client, LocalCluster

    if address.startswith("local:"):
        count = address.removeprefix("local:")
        if not count.isdigit() or int(count) < 1:
            raise ClusterError(address, "say how many worker processes: local:N with N >= 1 "
                                        "(e.g. local:4), or a scheduler address tcp://HOST:8786")
        with LocalCluster(n_workers=int(count), threads_per_worker=1, processes=True,
                          dashboard_address=":0", silence_logs=logging.ERROR) as cluster, \
                Client(cluster) as client:
            yield client
        return
    if "://" not in address:
        raise ClusterError(address, "not a Dask address: pass local:N or tcp://HOST:PORT "
                                    "(the scheduler of dask-jobqueue, Kubernetes, dask-scheduler)")
    try:
        client = Client(address, timeout="30s")
    except OSError as err:
        raise ClusterError(address, f"cannot reach the Dask scheduler ({err}); is it running?") from err
    with client:
        yield client


def run_dask(
    paths: Iterable[str | Path],
    out: str | Path,
    *,
    address: str | None = None,
    client: Client | None = None,
    spec: PipelineSpec | None = None,
    options: ClusterOptions | None = None,
    store: Store | None = None,
    progress: bool = False,
    on_error: Callable[[SourceError], None] | None = None,
    on_result: Callable[[PartitionResult], None] | None = None,
) -> ClusterReport:
    """Ingest ``paths`` on the cluster at ``address`` (or through ``client``) into Parquet under
    ``out``, and into ``store`` when one is given. ``on_result`` sees each finished partition."""
    if client is None and address is None:
        raise ValueError("run_dask needs an address or a client")
    spec = spec or PipelineSpec()
    options = options or ClusterOptions()
    started = time.perf_counter()
    out = Path(out).resolve()
    skipped: list[Path] = []
    partitions = plan(paths, size=options.partition_size, salt=spec.salt(), skipped=skipped)
    report = ClusterReport(partitions=len(partitions), loaded=store is not None,
                           ids=[p.id for p in partitions], skipped_json=len(set(skipped)))
    loader = _InOrder([p.id for p in partitions],
                      lambda pid: _load(out, pid, store, report) if store is not None else None)
    bar = tqdm(total=sum(p.articles for p in partitions), unit="article", file=sys.stderr,
               disable=not progress, dynamic_ncols=True, desc="ingest (dask)")

    def say(error: SourceError) -> None:
        if on_error is None:
            return
        if progress:
            with bar.external_write_mode(file=sys.stderr):
                on_error(error)
        else:
            on_error(error)

    def finished(partition: Partition, result: PartitionResult) -> None:
        report.results.append(result)
        report.written += result.articles
        report.text_only_ids.update(result.text_only_ids)
        report.text_only = len(report.text_only_ids)
        for error in result.source_errors():
            report.failed += 1
            report.errors.append(error)
            say(error)
        loader.done(partition.id, True)
        if on_result is not None:
            on_result(result)
        bar.update(partition.articles)
        bar.set_postfix(written=report.written, failed=report.failed, refresh=False)

    try:
        todo = []
        for partition in partitions:
            previous = read_manifest(out, partition.id)
            if previous is None:
                todo.append(partition)
                continue
            previous.skipped = True
            report.skipped += 1
            finished(partition, previous)
        failed = functools.partial(_skip, loader)
        if todo and client is not None:
            _submit(client, todo, out, spec, options, finished, failed, report, say)
        elif todo and address is not None:  # a cluster is started only when there is work
            with connect(address) as own:
                _submit(own, todo, out, spec, options, finished, failed, report, say)
    finally:
        bar.close()
    report.wall_s = round(time.perf_counter() - started, 3)
    return report


def _submit(client: Client, todo: list[Partition], out: Path, spec: PipelineSpec,
            options: ClusterOptions, finished: Callable[[Partition, PartitionResult], None],
            failed: Callable[[Partition], None], report: ClusterReport, say: Callable[[SourceError], None]) -> None:
    """Run the partitions; each one's result (or its final failure) as it completes."""
    from distributed import as_completed

    try:
        client.register_plugin(PipelinePlugin(spec))
    except Exception as err:  # the model or a dictionary is missing on the workers
        raise ClusterError("dask workers", f"cannot load the dateline pipeline ({type(err).__name__}: "
                           f"{err}); install dateline and its model on every worker") from err
    where = hashlib.sha256(str(out).encode("utf-8")).hexdigest()[:8]  # two outputs, two tasks
    by_key = {f"dateline-{p.id}-{where}": p for p in todo}
    futures = client.map(run_partition, todo, out=str(out), spec=spec, key=list(by_key),
                         retries=options.retries)
    for future in as_completed(futures):
        partition = by_key[str(future.key)]
        if future.status == "finished":
            finished(partition, future.result())
        elif (written := read_manifest(out, partition.id)) is not None:
            finished(partition, written)  # its worker wrote it all, then died or lost the result
        else:
            _failed(partition, future.exception(), options, report, say)
            failed(partition)
        future.release()


def _failed(partition: Partition, exc: Any, options: ClusterOptions, report: ClusterReport,
            say: Callable[[SourceError], None]) -> None:
    report.failed_partitions.append(partition.id)
    report.failed += partition.articles
    error = SourceError(partition.describe(), (
        f"partition {partition.id} failed after {options.retries} retries "
        f"({type(exc).__name__}: {exc}); its inputs were not stored: run the same command "
        "again to retry only the unfinished partitions"))
    report.errors.append(error)
    say(error)


class _InOrder:
    """Hands finished partitions to ``load`` in input order: one that finishes before those
    ahead of it waits (its records stay on disk) until they are finished or have failed."""

    def __init__(self, order: list[str], load: Callable[[str], None]) -> None:
        self.order, self.load = order, load
        self.ready: dict[str, bool] = {}
        self.at = 0

    def done(self, pid: str, ok: bool) -> None:
        self.ready[pid] = ok
        while self.at < len(self.order) and self.order[self.at] in self.ready:
            if self.ready.pop(self.order[self.at]):
                self.load(self.order[self.at])
            self.at += 1


def _skip(loader: _InOrder, partition: Partition) -> None:
    loader.done(partition.id, False)


def _load(out: Path, pid: str, store: Store, report: ClusterReport) -> None:
    started = time.perf_counter()
    records = read_partition(out, pid)
    report.read_s += time.perf_counter() - started
    if not records:
        return
    result = store.put(records)
    report.stored += len(result.stored)
    report.replaced += len(result.replaced)
    report.unchanged += len(result.unchanged)


__all__ = ["ClusterError", "ClusterOptions", "ClusterReport", "PipelinePlugin", "connect", "run_dask"]
