"""One rule for dates typed on the command line (store.dates.DATE_SYNTAX), one wording for a bad one."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from dateline.cli import main
from dateline.store.dates import DATE_FORM
from tests.cli.helpers import json_lines


def run(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=input)


def error(result: Result) -> str:
    assert result.exit_code == 1 and result.stdout == "", result.output
    (line,) = result.stderr.splitlines()
    return line


@pytest.mark.parametrize(("typed", "padded"), [
    (["--since", "2024-8", "--until", "2024-8-22"], ["--since", "2024-08", "--until", "2024-08-22"]),
    (["--since", "2024-8-20"], ["--since", "2024-08-20"]),
    (["--until", "2024-7-9"], ["--until", "2024-07-09"]),
])
@pytest.mark.parametrize("command", ["articles", "events", "quotes", "timeline"])
def test_an_unpadded_date_is_the_padded_one(db: str, command: str, typed: list[str],
                                            padded: list[str]) -> None:
    """`--since 2024-8-18` was refused while `--published 2024-8-18` was taken."""
    got = run(command, "--db", db, "--json", *typed)
    assert got.exit_code == 0, got.output
    assert got.stdout == run(command, "--db", db, "--json", *padded).stdout


def test_the_filter_filters(db: str) -> None:
    """The unpadded bounds above do cut the list (not a filter that passes everything)."""
    everything = json_lines(run("events", "--db", db, "--json").stdout)
    some = json_lines(run("events", "--db", db, "--json", "--since", "2024-8", "--until", "2024-8-22").stdout)
    assert [e["id"] for e in some] == ["ev-accuse"] and len(everything) > 1


@pytest.mark.parametrize("value", ["2024-8-18x", "2024-08-18T00:00", "2024-8-18 ", "2024-8-", "2024-8-1-2",
                                   "2024-08-018", "2024-8-32", "2024-0-1"])
def test_text_after_a_date_or_no_day_is_refused(db: str, value: str) -> None:
    assert error(run("events", "--db", db, "--since", value)) == \
        f"dateline: error: --since {value!r}: {DATE_FORM}"


@pytest.mark.parametrize("command", ["articles", "events", "quotes", "timeline"])
def test_both_bad_bounds_are_named_in_the_one_error(db: str, command: str) -> None:
    line = error(run(command, "--db", db, "--since", "2024-13", "--until", "2024-02-30"))
    # was only --since's
    assert line == f"dateline: error: --since '2024-13' and --until '2024-02-30': {DATE_FORM}"


def test_one_bad_bound_beside_a_good_one_is_named_alone(db: str) -> None:
    line = error(run("events", "--db", db, "--since", "2024-8", "--until", "soon"))
    assert line == f"dateline: error: --until 'soon': {DATE_FORM}"


def test_published_takes_a_day_as_since_does(tmp_path: Path, use_pipeline: object) -> None:
    path = tmp_path / "cairo.txt"
    path.write_text("Cairo: talks resumed on Monday, officials said.\n", encoding="utf-8")
    result = run("process", str(path), "--json", "--published", "2024-8-20")
    assert result.exit_code == 0, result.output
    assert json_lines(result.stdout)[0]["published"] == {"date": "2024-08-20", "evidence": "given"}
