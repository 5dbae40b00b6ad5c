"""One measurement, run alone in a fresh child process so its time and peak memory are its own.

Kinds: ``reader`` (``dateline.reader.read_item`` over ``dateline.sources`` items), ``full``
(``dateline.pipeline.Pipeline`` over the clean articles) and ``bare`` (``nlp.pipe`` of the plain
spaCy model over the same bodies). The child pins itself to one core; the articles are read
before the clock starts for ``full`` and ``bare``; a short warm-up precedes every timed pass.
Progress goes to stderr, the result is one JSON line on stdout.
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

KINDS = ("reader", "bare", "full", "paired")
WARMUP = 8
PROFILE = 120  # articles for the per-component profile of the full pipeline
T = TypeVar("T")


def pin_one_core() -> int | None:
    """Run on one core, the idlest this process may use; the core, or None where unsupported."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    allowed = os.sched_getaffinity(0)
    core = _idlest(allowed) if len(allowed) > 1 else min(allowed)
    os.sched_setaffinity(0, {core})
    return core


def _idlest(allowed: set[int], wait: float = 0.5) -> int:
    """The allowed core with the most idle time over ``wait`` seconds (from /proc/stat)."""
    def idle() -> dict[int, int]:
        out = {}
        try:
            lines = Path("/proc/stat").read_text().splitlines()
        except OSError:
            return {}
        for line in lines:
            name, *values = line.split()
            if name.startswith("cpu") and name[3:].isdigit():
                out[int(name[3:])] = int(values[3]) + int(values[4])  # idle + iowait
        return out

    before = idle()
    time.sleep(wait)
    after = idle()
    deltas = {c: after[c] - before[c] for c in allowed if c in before and c in after}
    return max(deltas, key=lambda c: (deltas[c], -c)) if deltas else min(allowed)


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MiB (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


class Progress:
    """Counts items as they pass and prints a line to stderr at most every ``every`` seconds."""

    def __init__(self, label: str, total: int, every: float = 5.0) -> None:
        self.label, self.total, self.every = label, total, every
        self.start = self.last = time.perf_counter()

    def wrap(self, items: Iterable[T]) -> Iterator[T]:
        for done, item in enumerate(items, start=1):
            yield item
            now = time.perf_counter()
            if now - self.last >= self.every or done == self.total:
                self.last = now
                rate = done / max(now - self.start, 1e-9)
                print(f"    {self.label}: {done}/{self.total} articles ({rate:.1f}/s)",
                      file=sys.stderr, flush=True)


def load_items(corpus: Path) -> list[Any]:
    """Every source item of the corpus folder, decoded (not timed)."""
    from dateline.sources import SourceItem, iter_sources

    items = [r for r in iter_sources([corpus]) if isinstance(r, SourceItem)]
    if not items:
        raise SystemExit(f"error: {corpus} holds no readable article")
    return items


def read_all(items: list[Any]) -> tuple[list[Any], list[str]]:
    """Clean articles for the items the reader accepts, and the origins it refused."""
    from dateline.reader import read_item
    from dateline.sources import InputError

    articles, refused = [], []
    for item in items:
        try:
            articles.append(read_item(item))
        except InputError:
            refused.append(item.origin)
    return articles, refused


class Clock:
    """CPU time of this process (the figure that counts on a shared machine) and wall time."""

    def __init__(self) -> None:
        self.cpu0, self.wall0 = time.process_time(), time.perf_counter()

    def read(self) -> tuple[float, float]:
        return time.process_time() - self.cpu0, time.perf_counter() - self.wall0


def rates(n: int, cpu: float, wall: float, digits: int = 2) -> dict[str, float]:
    """Articles per CPU-second of the pinned process (one core) and per wall-clock second."""
    return {
        "cpu_seconds": round(cpu, 3),
        "wall_seconds": round(wall, 3),
        "articles_per_s": round(n / cpu, digits),
        "articles_per_wall_s": round(n / wall, digits),
    }


def measure_reader(corpus: Path, repeat: int) -> dict[str, Any]:
    """read_item over every item, ``repeat`` times; the fastest pass (CPU time) counts. Then
    ``html_reference``: the reader and trafilatura alone on the HTML pages, interleaved."""
    from dateline.reader import read_item
    from dateline.sources import InputError

    items = load_items(corpus)
    for item in items[:WARMUP]:
        with contextlib.suppress(InputError):
            read_item(item)
    pages = [item for item in items if item.html is not None]
    rss_before = peak_rss_mb()
    best: dict[str, Any] | None = None
    for run in range(repeat):
        per_format = {"html": [0, 0.0], "text": [0, 0.0]}
        refused = 0
        clock = Clock()
        for item in Progress(f"reader pass {run + 1}/{repeat}", len(items)).wrap(items):
            t0 = time.process_time()
            try:
                read_item(item)
            except InputError:
                refused += 1
            slot = per_format["html" if item.html is not None else "text"]
            slot[0] += 1
            slot[1] += time.process_time() - t0
        cpu, wall = clock.read()
        if best is None or cpu < best["cpu"]:
            best = {"cpu": cpu, "wall": wall, "per_format": per_format, "refused": refused}
    assert best is not None
    return {
        "articles": len(items),
        "refused": best["refused"],
        **rates(len(items), best["cpu"], best["wall"], digits=1),
        "by_format": {
            k: {"articles": n, "articles_per_s": round(n / t, 1) if t else None}
            for k, (n, t) in best["per_format"].items() if n
        },
        "passes": repeat,
        "html_reference": html_reference(pages, max(3, repeat)),
        "rss_before_mb": rss_before,
        "peak_rss_mb": peak_rss_mb(),
    }


def html_reference(pages: list[Any], passes: int) -> dict[str, Any]:
    """The reader and trafilatura alone (with the options the reader passes it) timed page by page
    in turn, the order swapped each pass, over ``passes`` passes: the reference that tells a slower
    machine (both slower) from slower reader code (its share of trafilatura's rate falls). Timed
    side by side, both meet the same state of the machine, so the share moves less than either
    rate (two passes timed apart gave trafilatura 28.9 and 42.7 pages/s); the median pass counts."""
    import statistics

    import trafilatura

    from dateline.reader import read_item
    from dateline.sources import InputError

    def reader(item: Any) -> None:
        with contextlib.suppress(InputError):
            read_item(item)

    def alone(item: Any) -> None:
        trafilatura.extract(item.html, favor_precision=True, include_comments=False, include_tables=True,
                            include_images=False, with_metadata=False, deduplicate=False)

    if not pages:
        return {"trafilatura_articles_per_s": None, "reader_articles_per_s": None, "reader_share": None}
    runs: list[tuple[float, float]] = []  # (reader, trafilatura) CPU seconds of each pass
    for run in range(passes):
        spent = {reader: 0.0, alone: 0.0}
        order = (reader, alone) if run % 2 == 0 else (alone, reader)
        for item in Progress(f"reader and trafilatura, pass {run + 1}/{passes}", len(pages)).wrap(pages):
            for timed in order:
                t0 = time.process_time()
                timed(item)
                spent[timed] += time.process_time() - t0
        runs.append((spent[reader], spent[alone]))
    shares = [theirs / ours for ours, theirs in runs if ours > 0]
    return {
        "method": f"interleaved page by page, {passes} passes, median",
        "trafilatura_articles_per_s": round(statistics.median(len(pages) / t for _, t in runs), 1),
        "reader_articles_per_s": round(statistics.median(len(pages) / r for r, _ in runs), 1),
        "reader_share": round(statistics.median(shares), 3) if shares else None,
        "reader_shares": [round(share, 3) for share in shares],
    }


Runner = Callable[[list[Any]], Iterator[int]]


def make_runner(kind: str, batch_size: int) -> tuple[Runner, Any]:
    """A function processing clean articles (yielding body lengths), and its spaCy Language."""
    if kind == "full":
        from dateline.nlp import load
        from dateline.pipeline import Pipeline

        pipeline = Pipeline(load(), batch_size=batch_size)

        def run_full(batch: list[Any]) -> Iterator[int]:
            return (len(r.body) for r in pipeline.pipe(batch))

        return run_full, pipeline.nlp
    import spacy

    from dateline.nlp import MODEL

    nlp = spacy.load(MODEL)

    def run_bare(batch: list[Any]) -> Iterator[int]:
        return (len(d.text) for d in nlp.pipe((a.body for a in batch), batch_size=batch_size))

    return run_bare, nlp


def measure_nlp(corpus: Path, kind: str, batch_size: int) -> dict[str, Any]:
    """One timed pass of the full pipeline or of bare spaCy over the same clean articles."""
    articles, refused = read_all(load_items(corpus))
    run, nlp = make_runner(kind, batch_size)
    sum(run(articles[:WARMUP]))
    rss_before = peak_rss_mb()
    clock = Clock()
    chars = sum(Progress(kind, len(articles)).wrap(run(articles)))
    cpu, wall = clock.read()
    words = sum(len(a.body.split()) for a in articles)
    assert chars == sum(len(a.body) for a in articles), "a body was lost on the way"
    peak = peak_rss_mb()  # before profiling, which is not part of the measurement
    profile = profile_components(nlp, articles[:PROFILE], batch_size) if kind == "full" else None
    return {
        "articles": len(articles),
        "refused_by_reader": len(refused),
        **rates(len(articles), cpu, wall),
        "words_per_s": round(words / cpu, 0),
        "batch_size": batch_size,
        "pipe_names": list(nlp.pipe_names),
        "model": f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}",
        "rss_after_load_mb": rss_before,
        "peak_rss_mb": peak,
        **({"components": profile} if profile is not None else {}),
    }


def profile_components(nlp: Any, articles: list[Any], batch_size: int) -> dict[str, Any]:
    """CPU seconds and share of each step of the full pipeline over ``articles``: making the
    Doc, every pipe in order, and turning the Doc into a record."""
    from spacy.util import minibatch

    from dateline.nlp.records import prepare, to_record

    totals = {"make_doc": 0.0, **{name: 0.0 for name in nlp.pipe_names}, "to_record": 0.0}
    for batch in minibatch(articles, batch_size):
        t0 = time.process_time()
        docs = [prepare(nlp.make_doc, a) for a in batch]
        totals["make_doc"] += time.process_time() - t0
        for name, proc in nlp.pipeline:
            t0 = time.process_time()
            docs = list(proc.pipe(docs)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
            totals[name] += time.process_time() - t0
        t0 = time.process_time()
        for doc in docs:
            to_record(doc)
        totals["to_record"] += time.process_time() - t0
    total = sum(totals.values()) or 1.0
    ours = sum(v for k, v in totals.items() if k.startswith("dateline_") or k == "to_record")
    return {
        "articles": len(articles),
        "dateline_share": round(ours / total, 3),
        "cpu_seconds": {k: round(v, 3) for k, v in totals.items()},
        "share": {k: round(v / total, 3) for k, v in totals.items()},
    }


def measure_paired(corpus: Path, batch_size: int) -> dict[str, Any]:
    """Bare and full over the same chunks in turn (ABBA order), in one process.

    Both see the same machine load within seconds of each other, so their ratio is steadier on
    a shared machine than two separate runs; memory is not measured here.
    """
    articles, _ = read_all(load_items(corpus))
    chunk = max(8, min(48, len(articles) // 6))  # several chunks even on a --limit run
    runners = {kind: make_runner(kind, batch_size)[0] for kind in ("bare", "full")}
    for run in runners.values():
        sum(run(articles[:WARMUP]))
    cpu = {"bare": 0.0, "full": 0.0}
    wall = {"bare": 0.0, "full": 0.0}
    chunks = [articles[i : i + chunk] for i in range(0, len(articles), chunk)]
    done = 0
    for n, part in enumerate(chunks):
        for kind in ("bare", "full") if n % 2 == 0 else ("full", "bare"):
            clock = Clock()
            sum(runners[kind](part))
            c, w = clock.read()
            cpu[kind] += c
            wall[kind] += w
        done += len(part)
        print(f"    paired: {done}/{len(articles)} articles", file=sys.stderr, flush=True)
    return {
        "articles": len(articles),
        "chunk": chunk,
        "bare": rates(len(articles), cpu["bare"], wall["bare"]),
        "full": rates(len(articles), cpu["full"], wall["full"]),
        "full_over_bare": round(cpu["bare"] / cpu["full"], 3),
        "full_over_bare_wall": round(wall["bare"] / wall["full"], 3),
    }


def child_main(kind: str, corpus: Path, repeat: int, batch_size: int) -> None:
    """Entry point of a measurement child: pin, measure, print one JSON line."""
    core = pin_one_core()
    t0 = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    if kind == "reader":
        result = measure_reader(corpus, repeat)
    elif kind == "paired":
        result = measure_paired(corpus, batch_size)
    else:
        result = measure_nlp(corpus, kind, batch_size)
    result["core"] = core
    result["cores_used"] = 1 if core is not None else None
    result["loadavg_1m_before"] = round(t0, 2) if t0 is not None else None
    result["loadavg_1m_after"] = round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None
    print(json.dumps(result), flush=True)
