"""`make eval`: run every `dateline eval` command on the public gold data, write results/*.json.

Each run goes through the CLI, so the JSON keys measured here are the contract users see.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

# (result name, eval task, path under shared/data, extra flags)
RUNS: list[tuple[str, str, str, list[str]]] = [
    ("reader", "reader", "article-extraction", []),
    ("reader-trafilatura", "reader", "article-extraction", ["--baseline", "trafilatura"]),
    ("time", "time", "tempeval3/TBAQ-cleaned", []),
    ("entities", "entities", "entities/conll2003/eng.testa", []),
    ("places-lgl-gold-spans", "places", "places/lgl/lgl.xml", ["--gold-spans"]),
    ("places-trnews-gold-spans", "places", "places/tr-news/TR-News.xml", ["--gold-spans"]),
    ("places-geovirus-gold-spans", "places", "places/geovirus/GeoVirus.xml", ["--gold-spans"]),
    ("places-lgl", "places", "places/lgl/lgl.xml", []),
    ("quotes-dev", "quotes", "quotes/polnear/dev", []),
    ("events", "events", "events/plover-gsr/events.jsonl", []),
    ("events-test-b", "events", "events/plover-gsr/events.jsonl", ["--split", "test-b"]),
    ("places-trnews", "places", "places/tr-news/TR-News.xml", []),
    ("places-geovirus", "places", "places/geovirus/GeoVirus.xml", []),
]


def available_tasks() -> set[str]:
    import dateline.cli  # noqa: F401  (registers every command)
    from dateline.cli.eval import eval_group

    return set(eval_group.commands)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results"))
    parser.add_argument("--only", nargs="*", help="result names to run (default: all)")
    args = parser.parse_args()
    data = args.shared / "data"
    if not data.is_dir():
        print(f"eval: {data} is absent: the gold data sets live in ../shared/data", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    tasks = available_tasks()
    failed = 0
    for name, task, rel, flags in RUNS:
        if args.only and name not in args.only:
            continue
        if task not in tasks:
            print(f"eval: skipping {name}: `dateline eval {task}` does not exist yet", file=sys.stderr)
            continue
        cmd = [sys.executable, "-m", "dateline.cli", "eval", task, str(data / rel), "--json", *flags]
        print(f"eval: {name} ...", file=sys.stderr, flush=True)
        started = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0:
            failed += 1
            print(f"eval: {name} failed:\n{proc.stderr[-2000:]}", file=sys.stderr)
            continue
        result = json.loads(proc.stdout)
        result["_run"] = {"command": " ".join(["dateline", *cmd[3:]]), "seconds": round(time.perf_counter() - started, 1)}
        (args.out / f"{name}.json").write_text(json.dumps(result, indent=2, sort_keys=True) + "\n")
        print(f"eval: {name} done in {result['_run']['seconds']} s", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
