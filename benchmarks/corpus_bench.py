"""`make bench` (corpus part): ``corpus update`` on synthetic article records, 10,000 at a time.

    python benchmarks/corpus_bench.py --out benchmarks/results [--articles 100000] [--step 10000] [--keep DB]

Synthetic records (no spaCy: the corpus stage reads records) arrive in publication order, about
270 a day (100,000 over a year): bodies of 150-250 words drawn from a Zipf vocabulary, 10% of
them wire copies of a recent article (dateline prefix, byline, trimmed or edited), 3-6 actors of
a pool of 400, 2-4 places of 250, 2-4 events whose types, dates and actors follow the article.
Each step stores 10,000 more records (timed apart) and runs ``dateline.corpus.update`` over them;
the time, the peak resident memory during the update (sampled every 10 ms) and the Python heap
growth are recorded per step, and the time of a second update with nothing new (finding the
work left). Flat curves mean the cost per article does not grow with the
store. Writes ``<out>/corpus.json`` (``corpus.quick.json`` under 100,000 articles). ``--keep DB``
leaves the store at ``DB`` (a new file) to profile a further step on a copy of it: ``Synth`` is
seeded, so records ``N..N+step`` are the same in any run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from dateline.corpus import update
from dateline.model import Actor, ArticleRecord, Event, Place, Published, event_id
from dateline.store import Store

SEED = 7
TYPES = ("CONSULT", "AGREE", "ASSAULT", "ACCUSE", "REQUEST", "REJECT", "SUPPORT", "THREATEN",
         "COERCE", "AID", "COOPERATE", "RETREAT", "MOBILIZE", "CONCEDE", "PROTEST", "SANCTION")


class Synth:
    """A seeded stream of synthetic article records."""

    def __init__(self, seed: int = SEED, per_day: int = 274) -> None:
        self.rng = random.Random(seed)
        self.per_day = per_day
        syllables = ["ka", "lo", "mi", "ren", "sa", "tor", "vi", "qu", "ne", "dal", "bro", "ust"]
        self.vocab = sorted({"".join(self.rng.choices(syllables, k=self.rng.randint(1, 4)))
                             for _ in range(12000)})
        self.rng.shuffle(self.vocab)  # frequency independent of spelling and length
        self.weights = [1 / (i + 1) for i in range(len(self.vocab))]  # Zipf
        self.actors = [Actor(f"cty:{i:03d}", f"Country {i}", "country", f"C{i:02d}"[:3]) for i in range(150)] + \
            [Actor(f"per:p{i}", f"Person {i}", "person", f"C{i % 150:02d}"[:3]) for i in range(250)]
        self.places = [f"Place {i}" for i in range(250)]
        self.recent: list[ArticleRecord] = []

    def words(self, n: int) -> list[str]:
        return self.rng.choices(self.vocab, weights=self.weights, k=n)

    def record(self, n: int) -> ArticleRecord:
        day = (date(2024, 1, 1) + timedelta(days=n // self.per_day)).isoformat()
        if self.recent and self.rng.random() < 0.1:
            return self.copy(n, day)
        words = self.words(self.rng.randint(150, 250))
        paras = [" ".join(words[i:i + 40]) + "." for i in range(0, len(words), 40)]
        actors = tuple(self.rng.sample(self.actors[:60], 2) + self.rng.sample(self.actors, self.rng.randint(1, 4)))
        actors = tuple({a.id: a for a in actors}.values())
        record = self.build(f"s{n:06d}", paras, day, actors, self.rng.sample(self.places, self.rng.randint(2, 4)))
        self.recent = (self.recent + [record])[-200:]
        return record

    def build(self, rid: str, paras: list[str], day: str, actors: tuple[Actor, ...],
              places: list[str]) -> ArticleRecord:
        body = "\n\n".join(paras)
        spans, at = [], 0
        for p in paras:
            spans.append((at, at + len(p)))
            at += len(p) + 2
        place_recs = tuple(Place(0, 5, name, name, "XX", feature="PPL") for name in places)
        events = []
        for k in range(self.rng.randint(2, 4)):
            kind = self.rng.choice(TYPES[:8]) if k == 0 else self.rng.choice(TYPES)
            src, tgt = (actors[0].id,), (actors[1].id,)
            ev_day = (date.fromisoformat(day) - timedelta(days=self.rng.randint(0, 2))).isoformat()
            evidence = spans[k % len(spans)]
            events.append(Event(event_id(rid, kind, src, tgt, evidence), kind, "said", evidence,
                                sources=src, targets=tgt, date=ev_day, date_anchor="text",
                                place=places[0], confidence=0.8))
        return ArticleRecord(id=rid, body=body, paragraphs=tuple(spans), url=f"https://synthetic.example/{rid}",
                             source=f"Outlet {self.rng.randint(0, 80)}", published=Published(day, "given"),
                             actors=actors, places=place_recs, events=tuple(events))

    def copy(self, n: int, day: str) -> ArticleRecord:
        original = self.rng.choice(self.recent[-100:])
        paras = [original.body[a:b] for a, b in original.paragraphs]
        how = self.rng.choice(("dateline", "trim", "edit"))
        if how == "dateline":
            paras = [f"BYLINE {self.rng.randint(0, 99)} (Wire) - {paras[0]}", *paras[1:]]
        elif how == "trim":
            paras = paras[: max(2, len(paras) - 2)]
        else:
            paras = [p.replace(p.split()[-1], "edited", 1) for p in paras]
        return self.build(f"s{n:06d}", paras, day, original.actors, [p.name for p in original.places])


class PeakRss:
    """Peak resident memory of this process while the block runs (sampled every 10 ms)."""

    def __enter__(self) -> PeakRss:
        self.peak = self.now()
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.sample, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join()

    @staticmethod
    def now() -> int:
        try:
            for line in Path("/proc/self/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
        except OSError:
            pass
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024

    def sample(self) -> None:
        while not self.stop.wait(0.01):
            self.peak = max(self.peak, self.now())


def run(articles: int, step: int, db: Path) -> list[dict[str, Any]]:
    synth = Synth()
    steps: list[dict[str, Any]] = []
    with Store(db) as store:
        for start in range(0, articles, step):
            records = [synth.record(n) for n in range(start, min(start + step, articles))]
            t0 = time.perf_counter()
            for i in range(0, len(records), 1000):
                store.put(records[i:i + 1000])
            put_s = time.perf_counter() - t0
            del records
            before = PeakRss.now()
            cpu0 = time.process_time()
            t0 = time.perf_counter()
            with PeakRss() as rss:
                report = update(store)
            seconds, cpu = time.perf_counter() - t0, time.process_time() - cpu0
            t1 = time.perf_counter()
            update(store)  # nothing new: what finding the work costs (flat when it is an index lookup)
            idle_ms = 1000 * (time.perf_counter() - t1)
            row = {"articles_in_store": min(start + step, articles), "new_articles": report.articles,
                   "update_seconds": round(seconds, 2), "update_cpu_seconds": round(cpu, 2),
                   "ms_per_article": round(1000 * seconds / max(report.articles, 1), 3),
                   "cpu_ms_per_article": round(1000 * cpu / max(report.articles, 1), 3),
                   "idle_update_ms": round(idle_ms, 1),
                   "rss_before_mb": round(before / 2**20, 1), "rss_peak_mb": round(rss.peak / 2**20, 1),
                   "rss_growth_mb": round((rss.peak - before) / 2**20, 1), "put_seconds": round(put_s, 2),
                   "duplicate_pairs": report.duplicate_pairs, "events": report.events,
                   "event_links": report.event_links, "story_links": report.story_links}
            print(f"[corpus] {row['articles_in_store']:>7} articles: update {row['update_seconds']} s "
                  f"({row['ms_per_article']} ms/article), idle update {row['idle_update_ms']} ms, "
                  f"peak {row['rss_peak_mb']} MiB", file=sys.stderr, flush=True)
            steps.append(row)
    return steps


def flatness(steps: list[dict[str, Any]], key: str) -> float | None:
    """Last step's value over the first's (1.0 = flat); None with fewer than two steps."""
    if len(steps) < 2 or not steps[0][key]:
        return None
    return round(steps[-1][key] / steps[0][key], 3)


def steady_flatness(steps: list[dict[str, Any]], key: str, width: int = 3) -> float | None:
    """The median of the last ``width`` steps' values over the median of the first ``width``
    (fewer where there are under twice as many steps; 1.0 = flat): one step slowed or sped up by
    the machine moves it less than ``flatness`` (the same code gave last/first 1.67, then 1.05).
    None with fewer than two steps."""
    n = min(width, len(steps) // 2)
    if n == 0:
        return None
    first = statistics.median(step[key] for step in steps[:n])
    last = statistics.median(step[key] for step in steps[-n:])
    return round(last / first, 3) if first else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "results")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--step", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, metavar="DB", help="Build the store at DB (a new file) and keep it.")
    args = parser.parse_args(argv)
    if args.keep is not None and args.keep.exists():
        parser.error(f"--keep {args.keep}: exists; give a new file")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="dateline-corpus-bench-") as tmp:
        db = args.keep or Path(tmp) / "bench.db"
        steps = run(args.articles, args.step, db)
        db_mb = sum(p.stat().st_size for p in db.parent.iterdir() if p.name.startswith(db.name)) / 2**20
    result = {
        "about": "corpus update (duplicates, event merging, stories) on synthetic records added "
                 f"{args.step} at a time; time (CPU of this process, and wall clock: noisy on a "
                 "shared machine) and peak RSS of each update. *_last3_over_first3 (the median of the last "
                 "three steps over that of the first three) near 1 means flat: the cost per article "
                 "does not grow with the store; *_last_over_first (one step over one) moves with the "
                 "machine's load.",
        "created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "command": "python benchmarks/corpus_bench.py " + " ".join(sys.argv[1:] if argv is None else argv),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "articles": args.articles, "step": args.step, "database_mb": round(db_mb, 1),
        "steps": steps,
        "cpu_time_last3_over_first3": steady_flatness(steps, "cpu_ms_per_article"),
        "wall_time_last3_over_first3": steady_flatness(steps, "ms_per_article"),
        "cpu_time_last_over_first": flatness(steps, "cpu_ms_per_article"),
        "wall_time_last_over_first": flatness(steps, "ms_per_article"),
        "rss_peak_last_over_first": flatness(steps, "rss_peak_mb"),
        "rss_growth_last_over_first": flatness(steps, "rss_growth_mb"),
        "wall_seconds": round(time.perf_counter() - started, 1),
    }
    args.out.mkdir(parents=True, exist_ok=True)
    name = "corpus.json" if args.articles >= 100_000 else "corpus.quick.json"
    (args.out / name).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"[corpus] wrote {args.out / name}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
