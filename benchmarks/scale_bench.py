"""`make bench` (scale part): the Dask path with 1 and 2 workers on the same corpus.

    python benchmarks/scale_bench.py --shared ../shared --out benchmarks/results [--size 500]

Builds the benchmark corpus of real news texts (bench_corpus.py: the same sets as run.py) and,
for each setting, starts a fresh ``LocalCluster`` of one-thread worker processes, waits until
every worker has loaded the pipeline (start-up is not timed: it is paid once per worker, not per
article), then times ``dateline.scale.run_dask`` over the corpus into Parquet (no SQLite, which
is the same single writer in every setting). It reports:

- throughput (articles per wall-clock second) with 1 and 2 workers, and their ratio (target
  >= 1.7 on 2 cores); articles per CPU-second of the workers beside it, which other jobs on a
  shared machine do not disturb;
- peak resident memory of each worker at two corpus sizes (``--size-small`` and ``--size``):
  flat means the workers stream, whatever the corpus size;
- the Parquet hand-off: the workers' time to write records as Parquet plus the client's time to
  read them back into records, relative to the processing time (reader + nlp + records;
  target < 5%);
- ``dateline ingest --workers N`` (spaCy's ``nlp.pipe(n_process=N)``, no Dask) into SQLite, start-up included.

Writes ``<out>/scale.json``.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_corpus  # noqa: E402

TARGETS = {"scaling_ratio_2_workers": 1.7, "handoff_pct_max": 5.0}


def log(message: str) -> None:
    print(f"[scale-bench] {message}", file=sys.stderr, flush=True)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    parser.add_argument("--out", type=Path, default=HERE / "results")
    parser.add_argument("--size", type=int, default=500, help="corpus size (default 500)")
    parser.add_argument("--size-small", type=int, default=250,
                        help="the smaller corpus for the memory comparison (default 250)")
    parser.add_argument("--partition-size", type=int, default=25,
                        help="articles per partition (default 25)")
    parser.add_argument("--workers", default="1,2", help="worker counts to time (default 1,2)")
    parser.add_argument("--no-pool", dest="pool", action="store_false",
                        help="skip the one-machine run (dateline ingest --workers N)")
    return parser.parse_args(argv)


def run_setting(paths: list[str], workers: int, parts: Path, partition_size: int) -> dict[str, Any]:
    """One fresh cluster, warmed up, then one timed run over ``paths``."""
    from distributed import Client, LocalCluster

    from dateline.scale.cluster import ClusterOptions, PipelinePlugin, run_dask
    from dateline.scale.output import read_partition
    from dateline.scale.worker import PipelineSpec

    spec = PipelineSpec()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=":0", silence_logs=logging.ERROR) as cluster, \
            Client(cluster) as client:
        started = time.perf_counter()
        client.register_plugin(PipelinePlugin(spec))  # returns once every worker has loaded it
        warmup = time.perf_counter() - started
        cpu_before = client.run(time.process_time)
        load_before = os.getloadavg()[0]
        report = run_dask(paths, parts, client=client, spec=spec,
                          options=ClusterOptions(partition_size=partition_size))
        cpu_after = client.run(time.process_time)
        load_after = os.getloadavg()[0]
    if report.failed_partitions:
        raise SystemExit(f"error: {len(report.failed_partitions)} partitions failed; see above")
    started = time.perf_counter()
    read_back = sum(len(read_partition(parts, r.id)) for r in report.results)
    read_s = time.perf_counter() - started
    cpu_s = {w: round(cpu_after[w] - cpu_before.get(w, 0.0), 2) for w in cpu_after}
    rss: dict[str, float] = {}
    for r in report.results:
        if r.worker and r.peak_rss_mb:
            rss[r.worker] = max(rss.get(r.worker, 0.0), r.peak_rss_mb)
    process_s = sum(r.process_s for r in report.results)
    write_s = sum(r.write_s for r in report.results)
    return {
        "workers": workers,
        "articles": report.written,
        "articles_read_back": read_back,
        "bad_inputs": report.failed,
        "partitions": report.partitions,
        "warmup_s": round(warmup, 2),
        "wall_s": report.wall_s,
        "articles_per_s": round(report.written / report.wall_s, 2),
        "worker_cpu_s": cpu_s,
        "articles_per_worker_cpu_s": round(report.written / max(sum(cpu_s.values()), 1e-9), 2),
        "peak_rss_mb_per_worker": rss,
        "process_s": round(process_s, 2),
        "parquet_write_s": round(write_s, 3),
        "parquet_read_s": round(read_s, 3),
        "handoff_pct": round(100 * (write_s + read_s) / process_s, 2),
        "parquet_bytes": sum(p.stat().st_size for p in parts.rglob("*.parquet")),
        "loadavg_1m": [round(load_before, 2), round(load_after, 2)],
    }


def run_pool(paths: list[str], workers: int, db: Path) -> dict[str, Any]:
    """``dateline ingest --workers N``: nlp.pipe(n_process=N) into SQLite, start-up included."""
    import resource

    from dateline.scale.pool import ingest_pool
    from dateline.scale.worker import PipelineSpec
    from dateline.store import Store

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    with Store(db) as store:
        report = ingest_pool(paths, store, workers=workers, spec=PipelineSpec())
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return {"workers": workers, "articles": report.stored, "wall_s": round(wall, 2),
            "articles_per_s": round(report.stored / wall, 2), "workers_cpu_s": round(cpu, 2),
            "includes": "process start-up and pipeline loading, SQLite writes in the parent"}


def build(shared: Path, size: int, folder: Path) -> tuple[list[str], dict[str, int]]:
    try:
        entries = bench_corpus.select(shared, size)
    except bench_corpus.SharedMissing as err:
        raise SystemExit(f"error: no benchmark data: {err}; pass --shared PATH") from err
    bench_corpus.write(entries, folder)
    by_set: dict[str, int] = {}
    for e in entries:
        by_set[e.set] = by_set.get(e.set, 0) + 1
    return [str(folder)], by_set


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.getLogger("distributed").setLevel(logging.CRITICAL)  # closing clusters is noisy
    counts = [int(n) for n in args.workers.split(",")]
    started = time.perf_counter()
    runs: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="dateline-scale-") as tmp:
        root = Path(tmp)
        paths, by_set = build(args.shared, args.size, root / "corpus")
        log(f"corpus: {args.size} articles {by_set}")
        for n in counts:
            log(f"{n} worker(s), {args.size} articles")
            runs.append(run_setting(paths, n, root / f"parts-{n}", args.partition_size))
            log(f"    {runs[-1]['articles_per_s']} articles/s, rss {runs[-1]['peak_rss_mb_per_worker']}")
        pool = None
        if args.pool:
            log(f"nlp.pipe(n_process) (--workers {max(counts)}) into SQLite, {args.size} articles")
            pool = run_pool(paths, max(counts), root / "pool.db")
            log(f"    {pool['articles_per_s']} articles/s (start-up included)")
        small_paths, _ = build(args.shared, args.size_small, root / "corpus-small")
        top = max(counts)
        log(f"{top} worker(s), {args.size_small} articles (memory at a smaller size)")
        small = run_setting(small_paths, top, root / "parts-small", args.partition_size)
    report = summarize(args, runs, small, by_set, sys.argv[1:] if argv is None else argv)
    report["process_pool"] = pool
    report["wall_seconds"] = round(time.perf_counter() - started, 1)
    args.out.mkdir(parents=True, exist_ok=True)
    out = args.out / "scale.json"
    out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    for name, target in report["targets"].items():
        log(f"{name}: {target['value']} (target {target['rule']}): "
            f"{'met' if target['met'] else 'MISSED'}")
    log(f"wrote {out}")
    return 0


def sizing(rate: float, load: float = 0.5) -> dict[str, Any]:
    """Cores for 100k, 1M and 10M articles a day at ``rate`` articles per worker CPU-second,
    planning for an average load of ``load`` (room for peaks and re-runs)."""
    per_day = rate * 86_400
    return {"articles_per_worker_cpu_s": rate, "articles_per_core_day": round(per_day),
            "planned_load": load,
            "cores": {str(n): math.ceil(n / (per_day * load)) for n in (100_000, 1_000_000, 10_000_000)}}


def summarize(args: argparse.Namespace, runs: list[dict[str, Any]], small: dict[str, Any],
              by_set: dict[str, int], argv: list[str]) -> dict[str, Any]:
    by_workers = {r["workers"]: r for r in runs}
    one, two = by_workers.get(1), by_workers.get(2)
    ratio = round(two["articles_per_s"] / one["articles_per_s"], 3) if one and two else None
    cpu_ratio = (round(two["articles_per_worker_cpu_s"] / one["articles_per_worker_cpu_s"], 3)
                 if one and two else None)
    large = by_workers[max(by_workers)]
    handoff = max(r["handoff_pct"] for r in runs)
    return {
        "about": "Dask LocalCluster of one-thread worker processes, pipeline loaded once per "
                 "worker before timing; run_dask into Parquet (no SQLite). articles_per_s is "
                 "wall clock; articles_per_worker_cpu_s is per CPU-second of the workers (steady "
                 "on a shared machine). handoff_pct = (Parquet write in workers + read back on "
                 "the client) / processing time.",
        "created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "command": "python benchmarks/scale_bench.py " + " ".join(argv),
        "machine": {"cpu_count": os.cpu_count(),
                    "cpus_usable": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None},
        "corpus": {"articles": args.size, "by_set": by_set, "partition_size": args.partition_size},
        "runs": runs,
        "memory": {
            "sizes": [args.size_small, args.size],
            "peak_rss_mb_max_per_worker": [max(small["peak_rss_mb_per_worker"].values()),
                                           max(large["peak_rss_mb_per_worker"].values())],
            "small_run": small,
        },
        "sizing": sizing(min(r["articles_per_worker_cpu_s"] for r in runs)),
        "scaling_ratio_2_workers": ratio,
        "scaling_ratio_2_workers_cpu": cpu_ratio,
        "targets": {
            "scaling_ratio_2_workers": {"rule": f">= {TARGETS['scaling_ratio_2_workers']}",
                                        "value": ratio,
                                        "met": ratio is not None and ratio >= TARGETS["scaling_ratio_2_workers"]},
            "handoff_pct": {"rule": f"< {TARGETS['handoff_pct_max']}", "value": handoff,
                            "met": handoff < TARGETS["handoff_pct_max"]},
        },
    }


if __name__ == "__main__":
    sys.exit(main())
