"""Odd metadata given with an article on the command line (adversarial QA): one error line
naming the input, never an 'unexpected' error or a pipeline failure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import main
from dateline.store import Store
from tests.cli.helpers import json_lines

ARTICLE = ("Amman: Jordan's foreign minister met his Egyptian counterpart on Tuesday to discuss aid "
           "convoys, the ministry said.\n\nBoth called for the talks to resume next week.\n")


def test_process_with_a_url_that_cannot_be_parsed(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(main, ["process", str(article), "--url", "http://[::1"])
    assert result.exit_code == 1
    # was 'dateline: error: dateline process: unexpected ValueError: Invalid IPv6 URL'
    assert result.stderr.strip() == (f"dateline: error: {article}: url 'http://[::1' is not a URL "
                                     "(Invalid IPv6 URL); correct it or leave it out")


def test_ingest_names_the_row_with_a_bad_url_and_stores_the_rest(tmp_path: Path, use_pipeline) -> None:  # type: ignore[no-untyped-def]
    feed, db = tmp_path / "feed.jsonl", tmp_path / "x.db"
    rows = [{"url": "http://[::1/story", "text": ARTICLE}, {"text": ARTICLE.replace("Amman", "Aqaba")}]
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(feed), "--db", str(db), "-q"])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("dateline: error:")]
    # was 'feed.jsonl:1: pipeline failed (ValueError: Invalid IPv6 URL); please report this input'
    assert errors == [f"dateline: error: {feed}:1: url 'http://[::1/story' is not a URL "
                      "(Invalid IPv6 URL); correct it or leave it out"]
    with Store(db, create=False) as store:
        assert len(store) == 1


@pytest.mark.parametrize("option", ["--story-window", "--event-window"])
def test_a_window_past_the_calendar_is_refused_before_a_rebuild_starts(db: str, option: str) -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["corpus", "update", "--db", db, "-q"]).exit_code == 0
    before = runner.invoke(main, ["stories", "--db", db, "--min-articles", "1", "--json"]).stdout
    assert json_lines(before)
    result = runner.invoke(main, ["corpus", "update", "--db", db, "--rebuild", option, "99999999999"])
    # was 'unexpected OverflowError' after the rebuild had already forgotten every story
    assert result.exit_code == 2 and "is not in the range 0<=x<=3650" in result.stderr
    assert runner.invoke(main, ["stories", "--db", db, "--min-articles", "1", "--json"]).stdout == before


def test_stories_min_articles_too_large_for_sqlite_is_a_usage_error(db: str) -> None:
    result = CliRunner().invoke(main, ["stories", "--db", db, "--min-articles", "99999999999999999999"])
    assert result.exit_code == 2 and "--min-articles" in result.stderr  # was 'unexpected OverflowError'
