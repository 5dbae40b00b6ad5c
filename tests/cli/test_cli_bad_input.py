"""Hostile input to the CLI over real SQLite files: each is one line `dateline: error: <where>:
<problem>` naming the file, exit status 1, no traceback, and nothing already stored is lost."""

from __future__ import annotations

import dataclasses
import gzip
import logging
import os
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from dateline.cli import main
from dateline.cli.options import is_read_only, read_only_problem
from dateline.store import Store
from tests.records import record_a

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
ARTICLE = ("Amman: Jordan's foreign minister met his Egyptian counterpart on Tuesday to discuss aid "
           "convoys, the ministry said.\n\nBoth called for the talks to resume next week.\n")


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def one_error_line(result: Result, *words: str) -> str:
    """Exit 1, one line `dateline: error: ...` holding ``words`` (beside `note:`/`warning:` lines), no traceback."""
    assert result.exit_code == 1, (result.output, result.exception)
    assert isinstance(result.exception, SystemExit), result.exception
    lines = [line for line in result.stderr.strip().splitlines() if not line.startswith(("note: ", "warning: "))]
    assert len(lines) == 1, lines
    assert lines[0].startswith("dateline: error: ") and "Traceback" not in result.output
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


@pytest.mark.parametrize("command", [["articles"], ["events"], ["show", "aaaa"], ["ingest", "x.txt"],
                                     ["corpus", "update"]])
def test_db_that_is_a_directory(tmp_path: Path, command: list[str]) -> None:
    one_error_line(run(*command, "--db", str(tmp_path)), str(tmp_path), "is a directory")


def test_db_in_a_missing_directory(tmp_path: Path) -> None:
    db = tmp_path / "nowhere" / "x.db"
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    one_error_line(run("ingest", str(article), "--db", str(db)), str(db), "does not exist")
    assert not db.parent.exists()


def test_read_only_database_is_refused_before_any_work(db: str, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    with Store(db) as store:
        before = store.counts()
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if str(p) == db else real(p, mode))
    line = one_error_line(run("ingest", str(article), "--db", db), db, "the file is read-only")
    assert "Traceback" not in line
    monkeypatch.undo()
    with Store(db) as store:
        assert store.counts() == before


def test_read_only_sqlite_errors_are_recognised(db: str) -> None:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as caught:
        conn.execute("DELETE FROM articles")
    conn.close()
    assert is_read_only(caught.value)
    assert "read-only" in read_only_problem(Path(db), caught.value)
    assert not is_read_only(sqlite3.OperationalError("no such table: x"))


def test_eval_on_a_binary_file_names_it(tmp_path: Path) -> None:
    png = tmp_path / "gold.jsonl"
    png.write_bytes(PNG)
    one_error_line(run("eval", "events", str(png)), str(png), "not UTF-8 text")


def test_actor_dictionary_that_is_not_utf8(tmp_path: Path) -> None:
    article, actors = tmp_path / "a.txt", tmp_path / "actors.jsonl"
    article.write_text(ARTICLE, encoding="utf-8")
    actors.write_bytes(gzip.compress(b'{"id": "per:x"}\n'))
    one_error_line(run("process", str(article), "--actors", str(actors)), str(actors), "not UTF-8 text")


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_to_a_place_that_cannot_be_written(db: str, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / "missing" / f"out.{fmt}"
    result = run("export", "articles", "--format", fmt, "-o", str(target), "--db", db)
    line = one_error_line(result, str(target), "cannot write")
    assert "No such file or directory" in line or "errno 2" in line


@pytest.mark.parametrize(("command", "words"), [
    (["show", ""], ["an empty id names no article", "give an article id"]),  # the store's error
    (["story", " "], ["an empty id names no article", "give an article id"]),
    (["show", "zzzz"], ["no article with id 'zzzz'"]),
])
def test_empty_or_unknown_ids(db: str, command: list[str], words: list[str]) -> None:
    one_error_line(run(*command, "--db", db), *words)


def test_page_without_text_is_one_line_without_library_noise(
        tmp_path: Path, use_pipeline, caplog: pytest.LogCaptureFixture) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "nobody.html"
    page.write_text("<html><head><title>Only a title</title></head></html>", encoding="utf-8")
    db = tmp_path / "x.db"
    with caplog.at_level(logging.WARNING):
        result = run("ingest", str(page), "--db", str(db))
    assert result.exit_code == 1
    assert [line for line in result.stderr.splitlines() if line.startswith("dateline: error:")] == [
        f"dateline: error: {page}: no article text found (only page furniture or markup)"]
    assert not [r for r in caplog.records if r.name.startswith("trafilatura")]


def test_hostile_folder_costs_only_its_bad_files(tmp_path: Path, use_pipeline) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good one é.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "wide.txt").write_bytes(ARTICLE.replace("Amman", "Irbid").encode("utf-16"))
    (folder / "image.html").write_bytes(PNG)
    (folder / "huge.txt").write_text("talks went on " * 80_000, encoding="utf-8")  # one 1.1 MB line
    (folder / "gone.txt").symlink_to(folder / "nothing.txt")
    name = os.fsdecode(b"caf\xe9.txt")  # a name that is not UTF-8
    (folder / name).write_text(ARTICLE.replace("Amman", "Aqaba"), encoding="utf-8")
    db = tmp_path / "x.db"
    first = run("ingest", str(folder), "--db", str(db))
    assert first.exit_code == 1 and isinstance(first.exception, SystemExit)
    errors = sorted(line for line in first.stderr.splitlines() if line.startswith("dateline: error:"))
    assert len(errors) == 3, errors
    assert f"{folder / 'gone.txt'}: broken symbolic link" in errors[0]
    assert f"{folder / 'huge.txt'}: article text too long" in errors[1]
    assert f"{folder / 'image.html'}: binary data" in errors[2]
    assert "stored 3, replaced 0, unchanged 0, failed 3" in first.stderr
    with Store(db) as store:
        assert {r.origin for r in store.records()} == {
            str(folder / "good one é.txt"), str(folder / "wide.txt"), str(folder / "caf\\xe9.txt")}
    again = run("ingest", str(folder), "--db", str(db))
    assert "stored 0, replaced 0, unchanged 3, failed 3" in again.stderr


def test_serve_on_a_port_in_use_is_one_line(db: str) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run("serve", "--db", db, "--port", str(port))
    one_error_line(result, f"127.0.0.1:{port}", "cannot listen", "Address already in use")
    assert "serving" not in result.output


def test_serve_on_a_host_that_does_not_resolve(db: str) -> None:
    one_error_line(run("serve", "--db", db, "--host", "no-such-host.invalid"),
                   "--host", "'no-such-host.invalid' cannot be resolved")


@pytest.mark.parametrize("damage", ["{}", "not json"])
def test_show_a_damaged_record_names_the_database_and_article(db: str, damage: str) -> None:
    conn = sqlite3.connect(db)
    (article,) = conn.execute("SELECT id FROM articles ORDER BY id LIMIT 1").fetchone()
    conn.execute("UPDATE articles SET record = ? WHERE id = ?", (damage, article))
    conn.commit()
    conn.close()
    one_error_line(run("show", article, "--db", db), db, f"the stored record of article {article} is damaged")
    one_error_line(run("export", "articles", "--db", db, "-o", str(Path(db).with_suffix(".jsonl"))), db,
                   f"the stored record of article {article} is damaged")  # every reader of records, not show alone


@pytest.mark.parametrize(("ids", "shown"), [
    (["abc1", "abc2"], "(abc1, abc2);"),  # exactly two: no "..." promising more
    (["abc1", "abc2", "abc3"], "(abc1, abc2, ...);"),
])
def test_ambiguous_prefix_lists_what_it_matches(tmp_path: Path, ids: list[str], shown: str) -> None:
    db = str(tmp_path / "ambiguous.db")
    with Store(db) as store:
        store.put([dataclasses.replace(record_a(), id=i) for i in ids])
    line = one_error_line(run("show", "abc", "--db", db), db, "id prefix 'abc' is ambiguous")
    assert shown in line
    assert run("show", "abc2", "--db", db).exit_code == 0


def test_demo_never_deletes_a_database_of_real_articles(db: str, use_pipeline) -> None:  # type: ignore[no-untyped-def]
    with Store(db) as store:
        before = store.counts()
    one_error_line(run("demo", "--db", db), db, "holds 2 articles that are not demo articles",
                   "give another --db")
    with Store(db) as store:
        assert store.counts() == before


def test_another_programs_sqlite_file_is_left_alone(tmp_path: Path) -> None:
    """A reading command used to add dateline's schema to it (and turn on WAL)."""
    other = tmp_path / "notes.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('precious')")
    conn.commit()
    conn.close()
    for command in (["articles"], ["ingest", str(tmp_path / "none.txt")], ["corpus", "update"]):
        one_error_line(run(*command, "--db", str(other)), str(other),
                       "is the SQLite database of another program (tables: notes)")
    conn = sqlite3.connect(other)
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")] == ["notes"]
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


@pytest.mark.parametrize(("option", "value"), [("--since", "2024-02-30"), ("--until", "2024-13"),
                                               ("--since", "last week")])
@pytest.mark.parametrize("command", ["articles", "events", "quotes", "timeline"])
def test_a_bad_date_names_the_option_not_the_database(db: str, command: str, option: str, value: str) -> None:
    line = one_error_line(run(command, "--db", db, option, value))
    assert line == f"dateline: error: {option} {value!r}: expected YYYY, YYYY-MM or YYYY-MM-DD (a day that exists)"


@pytest.mark.parametrize("command", ["articles", "events", "quotes", "timeline"])
def test_swapped_date_bounds_are_an_error_not_an_empty_answer(db: str, command: str) -> None:
    line = one_error_line(run(command, "--db", db, "--since", "2025", "--until", "2024-06"))
    assert line == ("dateline: error: --since '2025' is after --until '2024-06': nothing can match; "
                    "swap them")
    assert run(command, "--db", db, "--since", "2024-06", "--until", "2024-06").exit_code == 0


@pytest.mark.parametrize(("option", "value", "stray"), [("--type", "ASSUALT", "ASSUALT"),
                                                        ("--type", "assault,meet", "MEET"),
                                                        ("--status", "happend", "happend")])
@pytest.mark.parametrize("command", ["events", "timeline"])
def test_an_unknown_event_type_or_status_is_an_error_not_an_empty_answer(db: str, command: str, option: str,
                                                                        value: str, stray: str) -> None:
    line = one_error_line(run(command, "--db", db, option, value))  # was "(no rows)"
    assert line.startswith(f"dateline: error: {option} {stray!r}: no such value; use one of ")
    assert ("ASSAULT" if option == "--type" else "happened") in line
    good = "assault,Accuse" if option == "--type" else "Happened"  # any case, as before
    assert run(command, "--db", db, option, good).exit_code == 0


@pytest.mark.parametrize(("value", "stray"), [("Israel", "ISRAEL"), ("PS,ISR", "ISR")])
def test_a_country_that_is_no_alpha2_code_is_an_error_not_an_empty_answer(db: str, value: str, stray: str) -> None:
    line = one_error_line(run("places", "--db", db, "--country", value))  # was "(no rows)"
    assert line == f"dateline: error: --country {stray!r}: expected ISO 3166 alpha-2 codes (two letters, e.g. PS,IL)"
    assert run("places", "--db", db, "--country", "ps, il").exit_code == 0


def test_event_filter_values_are_the_plover_types_and_statuses() -> None:
    from dateline.events.lexicon import PLOVER_TYPES
    from dateline.store.dates import EVENT_STATUSES, EVENT_TYPES

    assert sorted(EVENT_TYPES) == sorted(PLOVER_TYPES)
    assert EVENT_STATUSES == ("happened", "ongoing", "planned", "hypothetical", "negated", "denied")


@pytest.mark.parametrize("command", ["articles", "events", "quotes", "actors", "places", "stories"])
def test_a_limit_past_sqlite_integers_is_a_usage_error(db: str, command: str) -> None:
    result = run(command, "--db", db, "--limit", "99999999999999999999")
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "--limit" in result.stderr and "99999999999999999999" in result.stderr


@pytest.mark.parametrize("command", [["articles"], ["places"], ["stories"], ["story", "aaaa"],
                                     ["export", "events"], ["corpus", "update"], ["ingest", "x.txt"],
                                     ["demo"]])
def test_an_empty_db_path_names_the_option(command: list[str]) -> None:
    """``--db ''`` was read as the working directory ("…: is a directory")."""
    one_error_line(run(*command, "--db", ""), "--db: is empty")


def test_demo_into_a_missing_directory_says_so_before_the_model_loads(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    def no_model(*args: object, **kwargs: object) -> None:
        raise AssertionError("the model loaded before the path was checked")

    monkeypatch.setattr("dateline.cli.demo.load_pipeline", no_model)
    target = tmp_path / "nowhere" / "demo.db"
    one_error_line(run("demo", "--db", str(target)), str(target), "does not exist")  # was "unable to open"


@pytest.mark.parametrize("content", ["not json at all\n", "Amman: talks resume.\n"])
def test_a_json_file_that_holds_no_json_is_an_error_not_an_article(db: str, tmp_path: Path,
                                                                    content: str) -> None:
    path = tmp_path / "feed.json"
    path.write_text(content, encoding="utf-8")
    one_error_line(run("ingest", "-q", str(path), "--db", db), "feed.json: not JSON", ".txt")
    one_error_line(run("process", str(path)), "feed.json: not JSON")
    assert Store(db, create=False).counts()["articles"] == 2  # nothing stored from it


def test_a_story_before_corpus_update_names_the_command(db: str) -> None:
    one_error_line(run("story", "aaaa", "--db", db), db, "is in no story yet", f"dateline corpus update --db {db}")


@pytest.mark.parametrize(("args", "where", "words"), [
    (["eval", "time"], "dateline eval time", ["missing argument", "DIRECTORY"]),
    (["eval", "places"], "dateline eval places", ["missing argument", "FILE"]),
    (["eval", "time", "/no/such/gold"], "dateline eval time", ["/no/such/gold", "does not exist"]),
    (["eval", "time", "--bogus", "x"], "dateline eval time", ["no such option", "--bogus"]),
    (["eval", "nosuch"], "dateline eval", ["no such command", "nosuch"]),
    (["eval", "--bogus"], "dateline eval", ["no such option '--bogus'"]),  # the group's own options
    (["eval", "-x"], "dateline eval", ["no such option '-x'"]),
    (["stories", "--bogus"], "dateline stories", ["no such option '--bogus'"]),
    (["stories", "--limit", "x"], "dateline stories", ["invalid value for '--limit'", "'x'", "integer"]),
    (["articles", "--limit", "-1"], "dateline articles", ["invalid value for '--limit'", "-1"]),
    (["corpus", "update", "--bogus"], "dateline corpus update", ["no such option '--bogus'"]),
    (["corpus", "--bogus"], "dateline corpus", ["no such option '--bogus'"]),
    (["corpus", "updat"], "dateline corpus", ["no such command 'updat' (did you mean 'update'?)"]),
    (["story"], "dateline story", ["missing argument 'ID'"]),
    (["nosuch"], "dateline", ["no such command 'nosuch'"]),
    (["--bogus"], "dateline", ["no such option '--bogus'"]),  # the top group's own options
])
def test_usage_errors_are_one_line_naming_the_command(args: list[str], where: str, words: list[str]) -> None:
    """Not click's Usage/Try/Error lines: one `dateline: error: <command path>: <problem>` line
    pointing at that command's --help, exit status 2, for every command and subgroup."""
    result = CliRunner().invoke(main, args, prog_name="dateline")
    assert result.exit_code == 2, (result.output, result.exception)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"dateline: error: {where}: "), lines
    assert "Usage:" not in result.output and "Try '" not in result.output and not result.stdout
    for word in words:
        assert word in lines[0], lines[0]
    assert lines[0].endswith(f"; see `{where} --help`"), lines[0]


def test_usage_error_of_the_real_program_is_one_line() -> None:
    """Through the program itself: stderr is that one line, named as it was run."""
    done = subprocess.run([sys.executable, "-m", "dateline.cli", "corpus", "update", "--bogus"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and not done.stdout
    assert done.stderr.splitlines() == ["dateline: error: python -m dateline.cli corpus update: "
                                        "no such option '--bogus'; see `python -m dateline.cli corpus update --help`"]


@pytest.mark.parametrize("args", [["--help"], ["eval", "--help"], ["corpus", "update", "--help"], ["--version"]])
def test_help_and_version_are_unchanged(args: list[str]) -> None:
    result = CliRunner().invoke(main, args, prog_name="dateline")
    assert result.exit_code == 0 and not result.stderr
    assert ("Usage: dateline" in result.stdout) != (args == ["--version"])


@pytest.mark.parametrize("args", [[], ["eval"], ["corpus"]])
def test_a_group_without_a_command_still_shows_its_help(args: list[str]) -> None:
    result = CliRunner().invoke(main, args, prog_name="dateline")
    assert result.exit_code == 2  # click's status for a group given nothing to do
    assert f"Usage: {' '.join(['dateline', *args])} [OPTIONS] COMMAND" in result.output
    assert "Commands:" in result.output and "dateline: error:" not in result.output
