"""One shape for every ``--json``: JSON Lines, one document per row or record."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner, Result

from dateline.cli import main
from dateline.cli.eval import emit
from tests.cli.helpers import json_lines
from tests.records import record_b

LISTINGS = ["articles", "events", "quotes", "timeline", "actors", "places"]


def run(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=input)


@pytest.mark.parametrize("command", LISTINGS)
def test_every_listing_is_json_lines(db: str, command: str) -> None:
    """One JSON object per row, each on a line of its own; no rows, no lines (was one indented array)."""
    out = run(command, "--db", db, "--json", "--limit", "0").stdout
    rows = json_lines(out)
    assert rows and all(isinstance(row, dict) for row in rows)
    assert out.count("\n") == len(rows)
    table = run(command, "--db", db, "--csv", "--limit", "0").stdout
    assert len(list(csv.reader(io.StringIO(table)))) - 1 == len(rows)  # the same rows as --csv
    assert [sorted(r) for r in rows] == [sorted(rows[0])] * len(rows)


@pytest.mark.parametrize("command", ["articles", "events", "quotes", "timeline"])
def test_an_empty_listing_prints_nothing(db: str, command: str) -> None:
    result = run(command, "--db", db, "--json", "--since", "2099")
    assert result.exit_code == 0 and result.stdout == ""  # was "[]"


def test_show_and_story_print_one_line(db: str) -> None:
    shown = run("show", record_b().id[:6], "--db", db, "--json").stdout
    assert shown == json.dumps(record_b().to_json(), ensure_ascii=False) + "\n"
    assert run("corpus", "update", "--db", db, "-q").exit_code == 0
    story = run("story", record_b().id, "--db", db, "--json").stdout
    (data,) = json_lines(story)
    assert record_b().id in {a["id"] for a in data["articles"]}


EVALS = ["eval dedup", "eval entities", "eval events", "eval merge", "eval places", "eval quotes", "eval reader",
         "eval time"]


def test_every_json_help_says_json_lines() -> None:
    for command in [*LISTINGS, "stories", "show", "story", "process", *EVALS]:
        text = " ".join(run(*command.split(), "--help").stdout.split())
        assert "JSON Lines: one JSON document per line" in text, command  # eval's was 'Print the scores as JSON.'
    for command in ["show", "story", "process", *EVALS]:  # one document: said so
        assert "one line" in " ".join(run(*command.split(), "--help").stdout.split()), command


def test_eval_json_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    """The scores are one line, as show and story print one (were indented over many)."""
    emit({"strict": {"f1": 0.5, "n": 3}, "errors": []}, as_json=True)
    out = capsys.readouterr().out
    assert json_lines(out) == [{"strict": {"f1": 0.5, "n": 3}, "errors": []}] and out.count("\n") == 1


@pytest.mark.parametrize("fmt", ["--json", "--csv"])
def test_a_cut_listing_says_so_on_stderr_only(db: str, fmt: str) -> None:
    """--limit cuts JSON Lines and CSV as it cuts the table, and says so where jq does not read."""
    result = run("events", "--db", db, fmt, "--limit", "1")
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == (1 if fmt == "--json" else 2)
    assert "(the first 1 rows; --limit 0 shows all)" in result.stderr
