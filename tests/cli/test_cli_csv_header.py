"""--csv of a list command has one header whether or not anything matched: a script that reads
the columns by name must not meet the table's columns when a filter leaves no rows."""

from __future__ import annotations

import csv
import io

import pytest
from click.testing import CliRunner

from dateline.cli import main

NOTHING = ("--since", "2099")  # a day no hand-built record reaches
NO_NAME = ("--search", "zzqqxx")  # words no actor, place or story label holds


def _header(*args: str) -> tuple[list[str], int]:
    result = CliRunner().invoke(main, [*args, "--csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    return rows[0], len(rows) - 1


@pytest.mark.parametrize(("command", "empty"), [
    (("articles",), NOTHING),
    (("articles", "--search", "ceasefire OR talks OR Hamas OR Israel"), NOTHING),
    (("quotes",), NOTHING),
    (("events",), NOTHING),
    (("timeline",), NOTHING),
    (("actors",), NO_NAME),
    (("places",), NO_NAME),
    (("stories", "--min-articles", "1"), NO_NAME),
])
def test_empty_csv_has_the_header_of_a_full_one(db: str, command: tuple[str, ...],
                                                empty: tuple[str, ...]) -> None:
    update = CliRunner().invoke(main, ["corpus", "update", "--db", db, "-q"])
    assert update.exit_code == 0, update.output
    full, n_full = _header(*command, "--db", db)
    none, n_none = _header(*command, *empty, "--db", db)
    assert n_full > 0, f"{command}: the hand-built records should give rows"
    assert n_none == 0
    assert none == full
