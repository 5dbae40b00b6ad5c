"""One machine, two worker processes (``--workers``: spaCy's ``nlp.pipe(n_process=2)``): the
store ends up row for row as single-process ``ingest`` leaves it, and a re-run changes nothing;
the scale options refuse what they cannot do, saying what to pass instead."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import main
from dateline.ingest import ingest
from dateline.scale.pool import ingest_pool
from dateline.scale.worker import PipelineSpec
from dateline.store import Store


def dump(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, in storage order, without the clock columns (``*_at``)."""
    tables = store.conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
        "AND name NOT LIKE '%fts%' ORDER BY name").fetchall()
    out = {}
    for table, sql in tables:
        columns = ", ".join(f'"{c[1]}"' for c in store.conn.execute(f"PRAGMA table_info({table})")
                            if not c[1].endswith("_at"))
        order = columns if "WITHOUT ROWID" in sql.upper() else "rowid"  # keyed tables are stored by key
        out[table] = [tuple(r) for r in store.conn.execute(
            f"SELECT {columns} FROM {table} ORDER BY {order}")]
    return out


@pytest.mark.slow
def test_pool_equals_single_process_ingest(corpus: list[str], pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    errors: list[str] = []
    with Store(tmp_path / "one.db") as one, Store(tmp_path / "pool.db") as pool:
        single = ingest(corpus, one, pipeline)
        report = ingest_pool(corpus, pool, workers=2, spec=PipelineSpec(batch_size=3, nlp_batch_size=2),
                             on_error=lambda e: errors.append(str(e)))
        ids = one.ids()
        assert ids == pool.ids()
        assert all(one.get(i) == pool.get(i) for i in ids)
        assert dump(one) == dump(pool)  # same rows, in the same order
        again = ingest_pool(corpus, pool, workers=2, spec=PipelineSpec(batch_size=5))
        assert (again.stored, again.replaced, again.unchanged, again.failed) == (0, 0, 12, 2)
        assert dump(one) == dump(pool)
    assert (report.stored, report.failed) == (single.stored, single.failed) == (12, 2)
    assert errors == [str(e) for e in single.errors]


@pytest.mark.parametrize(("args", "expected"), [
    (["--out", "parts"], "--out: Parquet output is written by the Dask path"),
    (["--dask", "local:2", "--workers", "2"], "--workers: with --dask the cluster decides"),
    (["--partition-size", "5"], "--partition-size: is for the Dask path"),  # was ignored
    (["--workers", "2", "--retries", "0"], "--retries: is for the Dask path"),
    (["--dask", "scheduler:8786"], "scheduler:8786: not a Dask address"),
    (["--dask", "local:none"], "local:none: say how many worker processes"),
    (["--dask", "local:2", "-"], "<stdin>: standard input cannot be cut into partitions"),
])
def test_scale_options_refuse_with_one_line(args: list[str], expected: str, corpus: list[str],
                                            tmp_path: Path) -> None:
    paths = [] if "-" in args else corpus[1:]
    result = CliRunner().invoke(main, ["ingest", *paths, "--db", str(tmp_path / "x.db"), *args])
    assert result.exit_code == 1
    assert f"dateline: error: {expected}" in result.output


@pytest.mark.parametrize("workers", ["1", "2"])
def test_workers_that_cannot_load_the_pipeline_say_so_in_one_line(corpus: list[str], tmp_path: Path,
                                                                  workers: str) -> None:
    bad = tmp_path / "bad-dictionary.jsonl"
    bad.write_text("not json\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "dateline.cli", "ingest", corpus[1], "--db", str(tmp_path / "x.db"),
         "--workers", workers, "--actors", str(bad), "-q"],
        capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [  # the same line with one process or two
        f"dateline: error: {bad}:1: not valid JSON (Expecting value at column 1)"]
