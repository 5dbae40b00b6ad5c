"""One machine, two worker processes: the store ends up as single-process ``ingest`` leaves it;
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


@pytest.mark.slow
def test_pool_equals_single_process_ingest(corpus: list[str], pipeline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    errors: list[str] = []
    with Store(tmp_path / "one.db") as one, Store(tmp_path / "pool.db") as pool:
        single = ingest(corpus, one, pipeline)
        report = ingest_pool(corpus, pool, workers=2, spec=PipelineSpec(batch_size=3),
                             on_error=lambda e: errors.append(str(e)))
        rows = "SELECT id FROM articles ORDER BY rowid"
        ids = [row[0] for row in one.conn.execute(rows)]
        assert ids == [row[0] for row in pool.conn.execute(rows)]  # same order, too
        assert all(one.get(i) == pool.get(i) for i in ids)
    assert (report.stored, report.failed) == (single.stored, single.failed) == (12, 2)
    assert errors == [str(e) for e in single.errors]


@pytest.mark.parametrize(("args", "expected"), [
    (["--out", "parts"], "--out: Parquet output is written by the Dask path"),
    (["--dask", "local:2", "--workers", "2"], "--workers: with --dask the cluster decides"),
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


def test_workers_that_cannot_load_the_pipeline_say_so_in_one_line(corpus: list[str],
                                                                  tmp_path: Path) -> None:
    bad = tmp_path / "bad-dictionary.jsonl"
    bad.write_text("not json\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "dateline.cli", "ingest", corpus[1], "--db", str(tmp_path / "x.db"),
         "--workers", "2", "--actors", str(bad), "-q"],
        capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "dateline: error: worker processes: cannot load the dateline pipeline (DictionaryError: "
        f"{bad}:1: not valid JSON (Expecting value at column 1))"]
