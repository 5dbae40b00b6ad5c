"""Profile one ``corpus update`` on a store built by ``corpus_bench.py --keep DB``.

    python benchmarks/corpus_bench.py --articles 40000 --out /tmp/x --keep /tmp/b40k.db
    python benchmarks/corpus_profile.py /tmp/b40k.db --new 1000 [--repeat 3] [--profile /tmp/b40k.prof]

Each round copies ``DB`` (so the kept store stays as built), stores the bench generator's next
``--new`` records (``Synth`` is seeded: records ``N..N+new``, ``N`` the articles in the store, are
those the bench would add next), and times ``dateline.corpus.update`` over them, in wall and CPU
milliseconds. With ``--profile`` the last round runs under cProfile (its stats written there;
the top functions by cumulative time and the callers of SQLite's execute calls printed), so the
statements that grow with the store can be told from those that do not by comparing two sizes.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_bench import Synth  # noqa: E402

from dateline.corpus import update  # noqa: E402
from dateline.model import ArticleRecord  # noqa: E402
from dateline.store import Store  # noqa: E402


def next_records(start: int, new: int) -> list[ArticleRecord]:
    """Records ``start..start+new`` of the bench's seeded stream (the first ``start`` drawn and dropped)."""
    synth = Synth()
    for n in range(start):
        synth.record(n)
    return [synth.record(n) for n in range(start, start + new)]


def one_round(db: Path, records: list[ArticleRecord], tmp: Path, profile: Path | None) -> tuple[float, float]:
    """(wall ms, CPU ms) of one update of ``records`` on a copy of ``db``."""
    copy = tmp / "round.db"
    for suffix in ("", "-wal", "-shm"):
        (tmp / f"round.db{suffix}").unlink(missing_ok=True)
    shutil.copyfile(db, copy)
    with Store(copy) as store:
        store.put(records)
        profiler = cProfile.Profile() if profile else None
        cpu, t0 = time.process_time(), time.perf_counter()
        if profiler:
            profiler.enable()
        report = update(store)
        if profiler:
            profiler.disable()
        wall, cpu = 1000 * (time.perf_counter() - t0), 1000 * (time.process_time() - cpu)
        if profiler and profile:
            profiler.dump_stats(str(profile))
    print(f"[profile] {report.summary()}", file=sys.stderr)
    return wall, cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path, help="A store kept by corpus_bench.py --keep (not changed).")
    parser.add_argument("--new", type=int, default=1000, help="Records to add and update over (default 1000).")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", type=Path, help="Profile the last round; write its cProfile stats here.")
    args = parser.parse_args(argv)
    if not args.db.is_file():
        parser.error(f"{args.db}: no such store; build one with corpus_bench.py --keep")
    with sqlite3.connect(args.db) as conn:  # its writes are in the file: the bench closed it
        start = int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    records = next_records(start, args.new)
    rounds = []
    with tempfile.TemporaryDirectory(prefix="dateline-corpus-profile-", dir=args.db.parent) as tmp:
        for i in range(args.repeat):
            last = i == args.repeat - 1
            rounds.append(one_round(args.db, records, Path(tmp), args.profile if last else None))
    plain = rounds[:-1] if args.profile and len(rounds) > 1 else rounds
    best_wall, best_cpu = min(w for w, _ in plain), min(c for _, c in plain)
    print(f"store {start} articles, update of {args.new}: best {best_wall:.0f} ms wall, {best_cpu:.0f} ms CPU "
          f"({best_cpu / args.new:.3f} CPU ms/article); rounds (wall, cpu ms): "
          + ", ".join(f"({w:.0f}, {c:.0f})" for w, c in rounds))
    if args.profile:
        stats = pstats.Stats(str(args.profile))
        stats.sort_stats("cumulative").print_stats(r"dateline", 30)
        stats.print_callers(r"execute|commit")
    return 0


if __name__ == "__main__":
    sys.exit(main())
