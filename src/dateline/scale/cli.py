"""The ``dateline ingest`` options for more than one core: ``--dask``, ``--out``, ``--workers``.

``scale_options`` adds the options to the ingest command and, when one of them asks for more
than one process, runs the ingest here instead of the single-process body of the command.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import shutil
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from dateline.cli.options import CliError, error_line, open_store
from dateline.ingest import IngestReport

if TYPE_CHECKING:
    from dateline.scale.worker import PipelineSpec

F = TypeVar("F", bound=Callable[..., Any])


def scale_options(fn: F) -> F:
    """Decorate the ingest command (below ``@cli_errors``) with the scale options."""

    @functools.wraps(fn)
    def wrapper(*args: Any, dask: str | None, out: str | None, workers: int, partition_size: int,
                retries: int, **kwargs: Any) -> Any:
        if dask is None:
            _refuse_dask_only(("partition_size", "--partition-size"), ("retries", "--retries"))
        if dask is None and out is None and workers == 1:
            return fn(*args, **kwargs)
        return _run(dask=dask, out=out, workers=workers, partition_size=partition_size,
                    retries=retries, **kwargs)

    for option in reversed(_OPTIONS):
        wrapper = option(wrapper)
    return wrapper  # type: ignore[return-value]


def _refuse_dask_only(*options: tuple[str, str]) -> None:
    """A Dask-only option given without --dask is a mistake to name, not a value to ignore."""
    context = click.get_current_context(silent=True)
    if context is None:
        return
    for name, flag in options:
        if context.get_parameter_source(name) not in (None, click.core.ParameterSource.DEFAULT):
            raise CliError(flag, "is for the Dask path: add --dask local:N (or --dask tcp://HOST:PORT)")


_OPTIONS = [
    click.option("--dask", metavar="ADDRESS",
                 help="Run on a Dask cluster: local:N (N worker processes here) or the "
                      "scheduler's tcp://HOST:PORT. See docs/scaling.md."),
    click.option("--out", metavar="DIR", type=click.Path(file_okay=False),
                 help="With --dask: keep the Parquet records in DIR (one dataset per record kind, "
                      "plus duplicates and merged events) and do not load the database. A re-run "
                      "skips finished partitions."),
    click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
                 help="Without --dask: worker processes on this machine."),
    click.option("--partition-size", type=click.IntRange(min=1), default=64, show_default=True,
                 help="With --dask: articles per partition (one task, one Parquet file per kind)."),
    click.option("--retries", type=click.IntRange(min=0), default=2, show_default=True,
                 help="With --dask: extra tries of a partition whose task failed."),
]


def _run(*, paths: tuple[str, ...], db: str, batch_size: int, quiet: bool,
         actors: tuple[str, ...], dask: str | None, out: str | None, workers: int,
         partition_size: int, retries: int) -> None:
    from dateline.scale.worker import PipelineSpec

    spec = PipelineSpec(actors=tuple(str(Path(a).resolve()) for a in actors), batch_size=batch_size)
    progress = not quiet and sys.stderr.isatty()
    if dask is None:
        if out is not None:
            raise CliError("--out", "Parquet output is written by the Dask path: add --dask local:N")
        from dateline.scale.pool import PoolError, ingest_pool

        report = IngestReport()
        with open_store(db, create=True) as store:
            try:
                ingest_pool(paths, store, workers=workers, spec=spec, progress=progress,
                            on_error=_error, report=report)
            except PoolError as err:
                raise CliError(err.origin, err.message) from err
            except KeyboardInterrupt:
                error_line(db, f"interrupted: {report.summary()} so far; every stored article is "
                               "kept and running the same ingest again stores the rest")
                raise click.exceptions.Exit(130) from None
        where = db
    else:
        if workers != 1:
            raise CliError("--workers", "with --dask the cluster decides the workers: "
                                        "use --dask local:N for N processes here")
        report = _run_dask(paths, db, spec, dask, out, partition_size, retries, progress, quiet)
        where = out or db
    if not quiet:
        click.echo(f"{where}: {report.summary()}", err=True)
    if report.failed:
        raise click.exceptions.Exit(1)


def _run_dask(paths: tuple[str, ...], db: str, spec: PipelineSpec, address: str,
              out: str | None, partition_size: int, retries: int, progress: bool,
              quiet: bool) -> IngestReport:
    from dateline.scale.cluster import ClusterError, ClusterOptions, connect, run_dask
    from dateline.scale.partitions import PlanError

    if not logging.getLogger().isEnabledFor(logging.INFO):  # -v shows Dask's own log lines
        logging.getLogger("distributed").setLevel(logging.ERROR)
    options = ClusterOptions(partition_size=partition_size, retries=retries)
    staging = Path(out) if out is not None else Path(f"{db}.parts")
    try:
        if out is not None:
            with connect(address) as client:
                report = run_dask(paths, staging, client=client, spec=spec, options=options,
                                  progress=progress, on_error=_error)
                if not report.failed_partitions:
                    with _steps_failing(staging, "the records are written"):
                        _parquet_steps(client, staging, report.ids, quiet=quiet)
        else:
            with open_store(db, create=True) as store:
                fresh = len(store) == 0
                with connect(address) if fresh else contextlib.nullcontext() as client:
                    report = run_dask(paths, staging, address=None if fresh else address,
                                      client=client, spec=spec, options=options, store=store,
                                      progress=progress, on_error=_error)
                    if not report.failed_partitions:
                        with _steps_failing(Path(db), "the records are stored; run `dateline "
                                            "corpus update` on the store to finish"):
                            _store_steps(client, store, staging, report.ids, quiet=quiet)
    except (ClusterError, PlanError) as err:
        raise CliError(err.origin, err.message) from err
    if out is None and not report.failed_partitions:
        shutil.rmtree(staging, ignore_errors=True)  # everything is in the database now
    return report


@contextlib.contextmanager
def _steps_failing(where: Path, kept: str) -> Iterator[None]:
    """The cross-article steps failing after the ingest (a Dask error, an unreadable Parquet
    file): one error line naming where, and what is kept, instead of a traceback."""
    try:
        yield
    except (OSError, ValueError, RuntimeError) as err:
        raise CliError(str(where), f"duplicates and event merging failed ({type(err).__name__}: "
                       f"{err}); {kept}") from err


def _parquet_steps(client: Any, out: Path, ids: list[str], *, quiet: bool) -> None:
    """Duplicates and merged events of this run's partitions, as Dask group-bys, into Parquet
    beside the records (dateline.scale.steps)."""
    from dateline.scale.corpus import write_duplicates
    from dateline.scale.parquet import write_parquet
    from dateline.scale.steps import cross_article, plan_parts

    if not ids:
        return
    result = cross_article(client, plan_parts(out, ids))
    found = result.dedup.found
    path = write_duplicates(out, found)
    written = write_parquet(out, result, client)
    if not quiet:
        click.echo(f"{path}: {len(found.pairs)} duplicate pairs, {len(found.duplicate_of)} "
                   "articles with an earlier or longer copy", err=True)
        sizes = [n for n in Counter(result.merged.clusters.values()).values() if n > 1]
        click.echo(f"{written['event_clusters'].parent}: {len(sizes)} events reported more than "
                   f"once ({sum(sizes)} reports)", err=True)


def _store_steps(client: Any, store: Any, out: Path, ids: list[str], *, quiet: bool) -> None:
    """Duplicates and event merging on the cluster, written into the store as ``dateline corpus
    update`` writes them, then stories here (dateline.scale.steps.to_store)."""
    from dateline.scale.steps import to_store

    said: list[str] = []
    on_cluster = to_store(client, store, out, ids, say=said.append)
    if not quiet:
        where = "duplicates and events on the cluster, stories here" if on_cluster else said[0]
        click.echo(f"{store.path}: corpus updated ({where})", err=True)


def _error(error: Any) -> None:
    error_line(error.origin, error.message)


__all__ = ["scale_options"]
