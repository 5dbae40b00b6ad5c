"""`dateline ingest` lists at most ten errors of one file, then how many more it left out: a
feed whose every line is bad gave a screenful of errors."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import main


@pytest.fixture()
def inputs(tmp_path: Path) -> list[str]:
    pretty = tmp_path / "records.jsonl"
    pretty.write_text("".join(json.dumps({"title": f"t{i}"}) + "\n" for i in range(24)))
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"title": "no text"}\n{oops\n')
    return [str(pretty), str(feed)]


def _errors(result_stderr: str) -> list[str]:
    return [line for line in result_stderr.splitlines() if line.startswith("dateline: error: ")]


def test_a_file_of_bad_lines_is_listed_ten_lines_and_a_count(tmp_path: Path, inputs: list[str],
                                                              use_pipeline) -> None:  # type: ignore[no-untyped-def]
    pretty, feed = inputs
    n_lines = len(Path(pretty).read_text().splitlines())
    result = CliRunner().invoke(main, ["ingest", *inputs, "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1
    errors = _errors(result.stderr)
    assert sum(line.startswith(f"dateline: error: {pretty}:") for line in errors) == 10 + 1
    assert sum(line.startswith(f"dateline: error: {feed}:") for line in errors) == 2  # under ten: all
    assert errors[-1] == (f"dateline: error: {pretty}: {n_lines - 10} more errors not shown "
                          f"({n_lines} in all; `dateline -v ingest ...` shows every one)")
    assert f"failed {n_lines + 2}" in result.stderr  # the summary counts every one


def test_verbose_lists_every_error(tmp_path: Path, inputs: list[str], use_pipeline) -> None:  # type: ignore[no-untyped-def]
    logger = logging.getLogger("dateline")  # what `dateline -v` enables (through the root logger)
    before = logger.level
    logger.setLevel(logging.INFO)
    try:
        pretty = inputs[0]
        n_lines = len(Path(pretty).read_text().splitlines())
        result = CliRunner().invoke(main, ["ingest", pretty, "--db", str(tmp_path / "x.db")])
    finally:
        logger.setLevel(before)
    assert len(_errors(result.stderr)) == n_lines
