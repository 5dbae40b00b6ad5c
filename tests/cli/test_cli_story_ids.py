"""`dateline story ID` with an id that names neither a story nor an article says both, and where
to list stories (it said only 'no article with id ...', pointing at `dateline articles`)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from dateline.cli import main
from tests.cli.test_cli_bad_input import one_error_line


@pytest.fixture()
def storied(db: str) -> str:
    result = CliRunner().invoke(main, ["corpus", "update", "--db", db, "-q"])
    assert result.exit_code == 0, result.output
    return db


@pytest.mark.parametrize(("given", "words"), [
    ("zzzz", ["no story 'zzzz'", "no article with id 'zzzz'", "dateline stories --db"]),
    (" ", ["no single story for ' '", "an empty id names no article"]),
])
def test_an_id_that_names_nothing(storied: str, given: str, words: list[str]) -> None:
    one_error_line(CliRunner().invoke(main, ["story", given, "--db", storied]), storied, *words)


def test_a_story_id_and_an_article_id_both_find_the_story(storied: str) -> None:
    listed = CliRunner().invoke(main, ["stories", "--db", storied, "--min-articles", "1", "--csv"])
    story_id = listed.stdout.splitlines()[1].split(",")[0]
    for given in (story_id, story_id[:6]):
        result = CliRunner().invoke(main, ["story", given, "--db", storied])
        assert result.exit_code == 0 and f"({story_id})" in result.stdout, result.output
