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
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

KINDS = ("reader", "bare", "full")
WARMUP = 8
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


def measure_reader(corpus: Path, repeat: int) -> dict[str, Any]:
    """read_item over every item, ``repeat`` times; the fastest pass counts."""
    from dateline.reader import read_item
    from dateline.sources import InputError

    items = load_items(corpus)
    for item in items[:WARMUP]:
        with contextlib.suppress(InputError):
            read_item(item)
    rss_before = peak_rss_mb()
    best: dict[str, Any] | None = None
    for run in range(repeat):
        per_format = {"html": [0, 0.0], "text": [0, 0.0]}
        refused = 0
        start = time.perf_counter()
        for item in Progress(f"reader pass {run + 1}/{repeat}", len(items)).wrap(items):
            t0 = time.perf_counter()
            try:
                read_item(item)
            except InputError:
                refused += 1
            slot = per_format["html" if item.html is not None else "text"]
            slot[0] += 1
            slot[1] += time.perf_counter() - t0
        seconds = time.perf_counter() - start
        if best is None or seconds < best["seconds"]:
            best = {"seconds": seconds, "per_format": per_format, "refused": refused}
    assert best is not None
    return {
        "articles": len(items),
        "refused": best["refused"],
        "seconds": round(best["seconds"], 3),
        "articles_per_s": round(len(items) / best["seconds"], 1),
        "by_format": {
            k: {"articles": n, "articles_per_s": round(n / s, 1) if s else None}
            for k, (n, s) in best["per_format"].items() if n
        },
        "passes": repeat,
        "rss_before_mb": rss_before,
        "peak_rss_mb": peak_rss_mb(),
    }


def measure_nlp(corpus: Path, kind: str, batch_size: int) -> dict[str, Any]:
    """One timed pass of the full pipeline or of bare spaCy over the same clean articles."""
    articles, refused = read_all(load_items(corpus))
    if kind == "full":
        from dateline.nlp import load
        from dateline.pipeline import Pipeline

        pipeline = Pipeline(load(), batch_size=batch_size)
        nlp = pipeline.nlp

        def run(batch: list[Any]) -> Iterator[int]:
            return (len(r.body) for r in pipeline.pipe(batch))
    else:
        import spacy

        from dateline.nlp import MODEL

        nlp = spacy.load(MODEL)

        def run(batch: list[Any]) -> Iterator[int]:
            return (len(d.text) for d in nlp.pipe((a.body for a in batch), batch_size=batch_size))

    sum(run(articles[:WARMUP]))
    rss_before = peak_rss_mb()
    start = time.perf_counter()
    chars = sum(Progress(kind, len(articles)).wrap(run(articles)))
    seconds = time.perf_counter() - start
    words = sum(len(a.body.split()) for a in articles)
    assert chars == sum(len(a.body) for a in articles), "a body was lost on the way"
    return {
        "articles": len(articles),
        "refused_by_reader": len(refused),
        "seconds": round(seconds, 3),
        "articles_per_s": round(len(articles) / seconds, 2),
        "words_per_s": round(words / seconds, 0),
        "batch_size": batch_size,
        "pipe_names": list(nlp.pipe_names),
        "model": f"{nlp.meta.get('name')}-{nlp.meta.get('version')}",
        "rss_after_load_mb": rss_before,
        "peak_rss_mb": peak_rss_mb(),
    }


def child_main(kind: str, corpus: Path, repeat: int, batch_size: int) -> None:
    """Entry point of a measurement child: pin, measure, print one JSON line."""
    core = pin_one_core()
    t0 = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    if kind == "reader":
        result = measure_reader(corpus, repeat)
    else:
        result = measure_nlp(corpus, kind, batch_size)
    result["core"] = core
    result["cores_used"] = 1 if core is not None else None
    result["loadavg_1m_before"] = round(t0, 2) if t0 is not None else None
    result["loadavg_1m_after"] = round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None
    print(json.dumps(result), flush=True)
