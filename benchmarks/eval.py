"""`make eval`: run every `dateline eval` command on the public gold data, write results/*.json.

Each run goes through the CLI, so the JSON keys measured here are the contract users see.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# (result name, eval task, path under shared/data, extra flags); "repo:" paths are in this repo,
# "built:" paths are made by a script of benchmarks/ first.
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
    ("quotes-agreement", "quotes", "quotes/polnear/train", ["--agreement"]),
    ("events", "events", "events/plover-gsr/events.jsonl", []),
    ("events-test-b", "events", "events/plover-gsr/events.jsonl", ["--split", "test-b"]),
    ("events-own", "events", "repo:tests/fixtures/events/own-heldout.jsonl", []),
    ("places-trnews", "places", "places/tr-news/TR-News.xml", []),
    ("places-geovirus", "places", "places/geovirus/GeoVirus.xml", []),
    ("dedup", "dedup", "built:dedup", []),
    ("merge-heldout", "merge", "repo:tests/fixtures/corpus/merge-heldout", []),
]


def resolve(rel: str, data: Path, scratch: Path) -> Path:
    """Where a run's input is: in shared/data, in the repo, or built into scratch from shared/data."""
    if rel.startswith("repo:"):
        return REPO / rel.removeprefix("repo:")
    if rel == "built:dedup":
        out = scratch / "dedup"
        if not out.exists():
            subprocess.run([sys.executable, str(REPO / "benchmarks" / "dedup_corpus.py"),
                            "--shared", str(data.parent), "--out", str(out)], check=True)
        return out
    return data / rel


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
    scratch = Path(tempfile.mkdtemp(prefix="dateline-eval-"))
    for name, task, rel, flags in RUNS:
        if args.only and name not in args.only:
            continue
        if task not in tasks:
            print(f"eval: skipping {name}: `dateline eval {task}` does not exist yet", file=sys.stderr)
            continue
        target = resolve(rel, data, scratch)
        cmd = [sys.executable, "-m", "dateline.cli", "eval", task, str(target), "--json", *flags]
        print(f"eval: {name} ...", file=sys.stderr, flush=True)
        started = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0:
            failed += 1
            print(f"eval: {name} failed:\n{proc.stderr[-2000:]}", file=sys.stderr)
            continue
        result = json.loads(proc.stdout)
        shown = [str(c).replace(str(data), "../shared/data").replace(str(scratch), "$SCRATCH")
                 .replace(f"{REPO}/", "") for c in cmd[3:]]
        result["_run"] = {"command": " ".join(["dateline", *shown]), "seconds": round(time.perf_counter() - started, 1)}
        (args.out / f"{name}.json").write_text(json.dumps(result, indent=2, sort_keys=True) + "\n")
        print(f"eval: {name} done in {result['_run']['seconds']} s", file=sys.stderr)
    shutil.rmtree(scratch, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
