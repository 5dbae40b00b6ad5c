"""Time the store's listings that the dashboard opens by default, on a synthetic store.

    python benchmarks/store_listings.py [--out DIR] [--db DB] [--articles 10000] [--repeat 5]

The store (``--db``, kept; else a temporary file) is built first where missing (seeded), its
CPU seconds timed (the writes with the store's triggers): ``--articles`` bare articles, each with 4 places
(5,000 gazetteer entries by a Zipf law, one in ten without an id, a fifth named "... City", a
tenth of the words in capitals), 4 actors and their mentions (2,000 actors, Zipf), 4 events
(two actors each) and 2 quotes. Rows are written with SQL, as the store's tables take them (the
store's triggers fire). Each query's best CPU milliseconds over ``--repeat`` runs is printed
and written to ``DIR/store-listings.json``: the places list (a page, the map's 2,001, all, a
search, a country), the first page of articles, actors and events.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from dateline.store import Store

ENTRIES, ACTORS = 5_000, 2_000
TYPES = ("ACCUSE", "ASSAULT", "CONSULT", "FIGHT", "AID", "PROTEST")


def build(path: Path, articles: int) -> None:
    """A seeded synthetic store of ``articles`` articles at ``path``."""
    rnd = random.Random(7)
    places = [1 / i for i in range(1, ENTRIES + 1)]
    people = [1 / i for i in range(1, ACTORS + 1)]
    with Store(path) as store, store.transaction() as conn:
        conn.executemany("INSERT INTO actors (id, name, type) VALUES (?, ?, ?)",
                         [(f"org:actor{i}", f"Actor {i}", "organization") for i in range(1, ACTORS + 1)])
        for a in range(articles):
            aid = f"a{a:06d}"
            day = f"2024-{1 + a % 12:02d}-{1 + a % 28:02d}"
            conn.execute("INSERT INTO articles (id, title, body, published, source, record, digest, ingested_at) "
                         "VALUES (?, ?, ?, ?, ?, '{}', 'd', 't')",
                         (aid, f"Report {a}", f"Body of report {a}. " * 20, day, f"outlet{a % 40}"))
            for seq in range(4):
                e = rnd.choices(range(1, ENTRIES + 1), weights=places)[0]
                name = f"Place{e}" + (" City" if rnd.random() < 0.2 else "")
                conn.execute('INSERT INTO places (article_id, seq, start, "end", text, name, country, lat, lon, '
                             "geonames_id, confidence, feature) VALUES (?, ?, 0, 1, ?, ?, 'PS', 31.5, 34.4, ?, ?, "
                             "'P.PPL')", (aid, seq, name.upper() if rnd.random() < .1 else name, name,
                                          None if e % 10 == 3 else 100_000 + e, rnd.random()))
            cast = [f"org:actor{i}" for i in rnd.choices(range(1, ACTORS + 1), weights=people, k=4)]
            for seq, actor in enumerate(cast):
                conn.execute("INSERT INTO article_actors (article_id, seq, actor_id, name, type) "
                             "VALUES (?, ?, ?, ?, 'organization')", (aid, seq, actor, actor))
                conn.execute('INSERT INTO mentions (article_id, seq, start, "end", text, actor_id) '
                             "VALUES (?, ?, 0, 1, 'x', ?)", (aid, seq, actor))
                key = conn.execute("INSERT INTO events (article_id, seq, id, type, trigger, evidence_start, "
                                   "evidence_end, date, date_start, date_end, status, confidence) "
                                   "VALUES (?, ?, ?, ?, 'hit', 0, 20, ?, ?, ?, 'reported', 0.7)",
                                   (aid, seq, f"{aid}-e{seq}", TYPES[(a + seq) % len(TYPES)], day, day, day)
                                   ).lastrowid
                conn.executemany("INSERT INTO event_actors (event_key, role, seq, actor_id) VALUES (?, ?, 0, ?)",
                                 [(key, "source", actor), (key, "target", cast[(seq + 1) % 4])])
            for seq in range(2):
                key = conn.execute("INSERT INTO quotes (article_id, seq, start, \"end\", text, kind, cue) "
                                   "VALUES (?, ?, 0, 10, 'We will rebuild.', 'direct', 'said')", (aid, seq)).lastrowid
                conn.execute("INSERT INTO quote_speakers (quote_id, seq, actor_id) VALUES (?, 0, ?)", (key, cast[seq]))


def best(run: Callable[[], list[Any]], repeat: int) -> tuple[float, int]:
    """The fewest CPU milliseconds of ``repeat`` runs, and the rows one run gave."""
    times, rows = [], 0
    for _ in range(repeat):
        start = time.process_time()
        rows = len(run())
        times.append(time.process_time() - start)
    return min(times) * 1000, rows


def measure(db: Path, articles: int, repeat: int) -> dict[str, Any]:
    """Build ``db`` where missing, then time each listing: the result's JSON fields."""
    build_cpu = None
    if not db.exists():
        start = time.process_time()
        build(db, articles)
        build_cpu = round(time.process_time() - start, 2)
    listings = {}
    with Store(db) as store:
        counts = {k: v for k, v in store.counts().items() if v}
        print("schema", store.schema_version, counts)
        cases: list[tuple[str, Callable[[], list[Any]]]] = [
            ("places page 51", lambda: store.places(limit=51)),
            ("places map 2001", lambda: store.places(limit=2001)),
            ("places all", lambda: store.places()),
            ("places search place1", lambda: store.places(search="place1", limit=51)),
            ("places country PS", lambda: store.places(country="PS", limit=51)),
            ("articles page 51", lambda: store.articles(limit=51)),
            ("actors page 51", lambda: store.actors(limit=51)),
            ("events page 51", lambda: store.events(limit=51)),
        ]
        for name, run in cases:
            ms, rows = best(run, repeat)
            print(f"{name:24s} {rows:6d} rows {ms:8.1f} CPU ms")
            listings[name] = {"rows": rows, "cpu_ms": round(ms, 2)}
        return {"schema": store.schema_version, "counts": counts, "build_cpu_seconds": build_cpu,
                "listings": listings}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "results")
    parser.add_argument("--db", type=Path, help="The store to time (built there where missing, and kept).")
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="dateline-listings-") as tmp:
        result = measure(args.db or Path(tmp) / "listings.db", args.articles, args.repeat)
    result = {
        "about": "the store's listings the dashboard opens by default on a synthetic store: the best CPU "
                 "milliseconds of --repeat runs each; build_cpu_seconds is writing the store (its triggers "
                 "included), null for a store given that existed",
        "created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "command": "python benchmarks/store_listings.py " + " ".join(sys.argv[1:] if argv is None else argv),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "articles": args.articles, **result,
    }
    args.out.mkdir(parents=True, exist_ok=True)
    out = args.out / "store-listings.json"
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"[listings] wrote {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
