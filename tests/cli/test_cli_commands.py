"""The CLI over a real SQLite file: tables, --json, --csv, filters, one-line errors, process, demo."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from dateline.cli import main
from dateline.cli.demo import BUNDLED, demo_inputs
from dateline.sources import SourceItem, iter_sources
from dateline.store import Store
from tests.cli.helpers import json_lines
from tests.corpus.corpus_records import record
from tests.records import record_a, record_b


def run(*args: str, input: str | bytes | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=input)


def one_error_line(result: Result, *words: str) -> None:
    """Exit 1, nothing on stdout, one line `dateline: error: ...` holding ``words``."""
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("dateline: error: ")
    for word in words:
        assert word in lines[0]
    assert result.stdout == ""


def test_articles_table_json_csv(db: str) -> None:
    table = run("articles", "--db", db)
    assert table.exit_code == 0
    lines = table.stdout.splitlines()
    assert lines[0].split()[:3] == ["id", "published", "source"]
    assert "cccc3333dddd4444" in lines[3] and "Doha: Qatar said" in lines[3]  # no title: first words
    rows = json_lines(run("articles", "--db", db, "--json").stdout)
    assert [r["id"] for r in rows] == [record_a().id, record_b().id]  # newest first
    parsed = list(csv.DictReader(io.StringIO(run("articles", "--db", db, "--csv", "--limit", "1").stdout)))
    assert len(parsed) == 1 and parsed[0]["source"] == "Example Times"


@pytest.mark.parametrize(("search", "expected"), [
    ("corridor", [record_a().id]), ("stalling", [record_b().id]), ("nothing-like-this", []),
])
def test_articles_search(db: str, search: str, expected: list[str]) -> None:
    rows = json_lines(run("articles", "--db", db, "--search", search, "--json").stdout)
    assert [r["id"] for r in rows] == expected
    assert all("[" in r["snippet"] for r in rows)


def test_articles_search_table_shows_the_text_as_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # the whole snippet fits
    db = str(tmp_path / "brackets.db")
    with Store(db) as store:
        store.put([record("brackets", ["Envoy [Smith] in Doha, C:\\ aside."])])
    (line,) = [s for s in run("articles", "--db", db, "--search", "Doha").stdout.splitlines() if "brackets" in s]
    assert "Envoy [Smith] in ⟦Doha⟧, C:\\ aside." in line, line  # was \\[Smith\\], then [Smith] like a hit
    (row,) = json_lines(run("articles", "--db", db, "--search", "Doha", "--json").stdout)
    assert "\\[Smith\\]" in row["snippet"] and "[Doha]" in row["snippet"] and "match" not in row


@pytest.mark.parametrize(("body", "expected"), [
    ("Envoys met in Doha on Monday.", "Envoys met in [Doha] on Monday."),
    ("The note [sic] from Doha was read.", "The note [sic] from ⟦Doha⟧ was read."),
    ("Notes [sic] and ⟦a⟧ in Doha.", "Notes [sic] and ⟦a⟧ in ⟪Doha⟫."),
    ("All [a] ⟦b⟧ ⟪c⟫ 〚d〛 in Doha.", "All \\[a\\] ⟦b⟧ ⟪c⟫ 〚d〛 in [Doha]."),  # the escaped form
])
def test_a_hit_mark_in_the_table_is_never_the_texts_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        body: str, expected: str) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    db = str(tmp_path / "marks.db")
    with Store(db) as store:
        store.put([record("marks", [body])])
    (line,) = [s for s in run("articles", "--db", db, "--search", "Doha").stdout.splitlines() if "marks" in s]
    assert line.rstrip().endswith(expected), line


def test_search_hits_are_right_in_a_body_holding_the_stores_hit_markers(tmp_path: Path) -> None:
    """A body may hold any characters, the store's own hit markers too (a record put through
    the Python API): its text stays text and the real hit is still found."""
    from dateline.store.queries import HIT_CLOSE, HIT_OPEN

    body = f"Envoys wrote {HIT_OPEN}not a hit{HIT_CLOSE} and {HIT_CLOSE}odd{HIT_OPEN} before Doha talks."
    db = str(tmp_path / "markers.db")
    with Store(db) as store:
        store.put([record("markers", [body])])
    (row,) = json_lines(run("articles", "--db", db, "--search", "Doha", "--json").stdout)
    text = row["snippet_text"]
    assert HIT_OPEN in text and HIT_CLOSE in text and text.replace("…", "") in body
    assert [text[s:e] for s, e in row["snippet_hits"]] == ["Doha"]
    assert row["snippet"].count("[") == 1 and "[Doha]" in row["snippet"]


def test_show_by_prefix(db: str) -> None:
    out = run("show", "cccc", "--db", db, "--json").stdout
    # one line, as `process --json` prints one article (was indented over many lines)
    assert json_lines(out) == [record_b().to_json()]
    summary = run("show", "aaaa1111", "--db", db).stdout
    assert "published  2024-08-25 (from metadata)" in summary
    assert "[direct] Hamas: We will not accept" in summary
    one_error_line(run("show", "zzz", "--db", db), db, "no article with id 'zzz'")


@pytest.mark.parametrize(("args", "expected"), [
    (["--actor", "hamas", "--type", "CONSULT,REJECT"], ["ev-consult", "ev-reject"]),
    (["--since", "2024-08", "--until", "2024-08-22"], ["ev-accuse"]),
    (["--status", "planned"], ["ev-pressure"]),
    (["--place", "Doha"], ["ev-end"]),
])
def test_events_filters(db: str, args: list[str], expected: list[str]) -> None:
    result = run("events", "--db", db, "--json", *args)
    assert [r["id"] for r in json_lines(result.stdout)] == expected


def test_events_table_and_csv(db: str) -> None:
    table = run("events", "--db", db, "--actor", "Israel").stdout.splitlines()
    assert table[0].split()[:4] == ["date", "type", "status", "sources"]
    assert "ACCUSE" in table[2] and "Israel" in table[2] and "Hamas" in table[2]
    rows = list(csv.DictReader(io.StringIO(run("events", "--db", db, "--csv").stdout)))
    assert len(rows) == 5 and rows[0]["source_names"] == "Qatar"


def test_quotes_timeline_actors(db: str) -> None:
    quotes = json_lines(run("quotes", "--db", db, "--speaker", "Qatar", "--json").stdout)
    assert [q["text"] for q in quotes] == ["the Doha round ended in July with no deal"]
    found = json_lines(run("quotes", "--db", db, "--search", "permanent", "--json").stdout)
    assert [q["speakers"] for q in found] == [["org:hamas"]]
    timeline = json_lines(run("timeline", "--db", db, "--actor", "hamas", "--json").stdout)
    assert {r["kind"] for r in timeline} == {"event", "statement"}
    only_events = json_lines(run("timeline", "--db", db, "--no-statements", "--json").stdout)
    assert len(only_events) == 5
    actors = run("actors", "--db", db).stdout.splitlines()
    assert actors[2].startswith("org:hamas")


@pytest.mark.parametrize(("evidence", "cell"), [
    ("Israel accused Hamas", "Israel; → Hamas"),  # was 'Israel; Hamas': who accused whom?
    ("Mediators met delegations", "Egypt; Qatar; → Hamas"),
    ("Hamas rejected the new", "Hamas"),  # no target: no arrow
])
def test_timeline_table_shows_who_did_it_to_whom(db: str, evidence: str, cell: str) -> None:
    lines = run("timeline", "--db", db, "--no-statements").stdout.splitlines()
    (line,) = [line for line in lines if evidence in line]
    assert f"  {cell}  " in line, line
    rows = json_lines(run("timeline", "--db", db, "--no-statements", "--json").stdout)
    assert all("who" not in r and "→" not in "".join(r["actors"]) for r in rows)  # JSON: names only


def test_places(db: str) -> None:
    (row,) = json_lines(run("places", "--db", db, "--json").stdout)
    assert (row["name"], row["country"], row["geonames_id"], row["lat"]) == ("Cairo", "EG", 360630, 30.06)
    assert run("places", "--db", db, "--country", "IL").stdout.strip() == "(no rows)"


@pytest.mark.parametrize("command", ["articles", "events", "quotes", "timeline", "actors", "places"])
def test_missing_database_is_one_line(tmp_path: Path, command: str) -> None:
    missing = str(tmp_path / "absent.db")
    one_error_line(run(command, "--db", missing), missing, "no such database")
    assert not Path(missing).exists()


@pytest.mark.parametrize("command", ["events", "quotes", "timeline", "articles"])
def test_bad_date_is_one_line(db: str, command: str) -> None:
    one_error_line(run(command, "--db", db, "--since", "yesterday"), "--since 'yesterday'")


def test_not_a_database_is_one_line(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_text("not a database\n" * 200)
    one_error_line(run("articles", "--db", str(junk)), str(junk), "not a usable dateline database")


# -- process: the real reader and pipeline --------------------------------------------------

ARTICLE = (
    "Amman: Jordan's foreign minister met his Egyptian counterpart on Tuesday to discuss aid "
    "convoys to Gaza, the ministry said.\n\n"
    "Both called for an immediate ceasefire and the release of hostages.\n"
)


def test_process_json_is_the_record(tmp_path: Path, use_pipeline) -> None:  # type: ignore[no-untyped-def]
    from dateline.reader import read_item
    from dateline.sources import iter_sources

    path = tmp_path / "amman.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = run("process", str(path), "--json")
    assert result.exit_code == 0, result.output
    (item,) = list(iter_sources([path]))
    expected = use_pipeline.process(read_item(item)).to_json()  # type: ignore[arg-type]
    assert json.loads(result.stdout) == expected and result.stdout.count("\n") == 1  # one line
    summary = run("process", str(path)).stdout
    assert "dateline   Amman" in summary and "paragraphs" in summary
    assert summary.endswith(f"\n  from       {path}\n")


def test_process_stdin_and_published(use_pipeline) -> None:  # type: ignore[no-untyped-def]
    result = run("process", "-", "--json", "--published", "2024-08-20", input=ARTICLE.encode())
    record = json.loads(result.stdout)
    assert record["published"] == {"date": "2024-08-20", "evidence": "given"}
    assert record["body"].startswith("Jordan's foreign minister")


@pytest.mark.parametrize(("content", "words"), [(None, "no such file"), (b"", "empty input"),
                                                (b"\x00\x01\x02" * 500, "binary")])
def test_process_bad_input_is_one_line(tmp_path: Path, use_pipeline, content, words) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bad.txt"
    if content is not None:
        path.write_bytes(content)
    one_error_line(run("process", str(path)), str(path), words)


def test_missing_model_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import dateline.nlp

    real_load = dateline.nlp.load
    monkeypatch.setattr(dateline.nlp, "load", lambda **kw: real_load(**kw, model="no_such_model_pkg"))
    path = tmp_path / "amman.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    one_error_line(run("process", str(path)), "no_such_model_pkg", "not installed")
    one_error_line(run("ingest", str(path), "--db", str(tmp_path / "x.db")), "not installed")


def test_demo_builds_a_fresh_database(tmp_path: Path, use_pipeline,  # type: ignore[no-untyped-def]
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("demo.db").write_text("a file that --db named by mistake")  # not a demo database: kept
    one_error_line(run("demo"), "demo.db", "is not a dateline database", "replaces only a demo database")
    assert Path("demo.db").read_text() == "a file that --db named by mistake"
    Path("demo.db").unlink()
    assert run("demo").exit_code == 0
    result = run("demo")  # an old demo database is replaced: the same articles, once
    assert result.exit_code == 0, result.output
    bundled = [r for r in iter_sources([BUNDLED]) if isinstance(r, SourceItem)]
    inputs = [r for r in iter_sources(demo_inputs()) if isinstance(r, SourceItem)]
    assert len(bundled) >= 6, "the demo articles bundled in src/dateline/data/demo"
    assert f"demo.db: {len(inputs)} articles" in result.stdout
    assert result.stdout.count("  published  ") == len(inputs)
    for hint in ("dateline articles --db demo.db", "dateline events --db demo.db",
                 "dateline serve --db demo.db", "http://127.0.0.1:8000/"):
        assert hint in result.stdout


def test_actors_file_reaches_the_pipeline(tmp_path: Path) -> None:
    extra = tmp_path / "extra.jsonl"
    extra.write_text('{"id": "per:zara-qudsiyeh", "name": "Zara Qudsiyeh", "type": "person", '
                     '"country": "JOR", "aliases": ["Qudsiyeh"]}\n', encoding="utf-8")
    path = tmp_path / "amman.txt"
    path.write_text("Amman: Zara Qudsiyeh, a Jordanian envoy, met Egyptian mediators on Tuesday.\n\n"
                    "Qudsiyeh said the talks were useful.\n", encoding="utf-8")
    result = run("process", str(path), "--json", "--actors", str(extra))
    assert result.exit_code == 0, result.output
    assert "per:zara-qudsiyeh" in {a["id"] for a in json.loads(result.stdout)["actors"]}
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "per:a", "name": "A", "type": "person"}\n{not json\n', encoding="utf-8")
    one_error_line(run("process", str(path), "--actors", str(bad)), f"{bad}:2", "not valid JSON")


def test_demo_inputs_with_and_without_shared(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import dateline.cli.demo as demo

    monkeypatch.setattr(demo, "REPO", tmp_path / "elsewhere" / "checkout")
    work = tmp_path / "clone"
    work.mkdir()
    assert demo_inputs(cwd=work) == [BUNDLED]  # no ../shared: the bundled articles only
    examples = tmp_path / "shared" / "examples"
    examples.mkdir(parents=True)
    assert demo_inputs(cwd=work) == [BUNDLED, examples.resolve()]


@pytest.mark.parametrize("search", ["-", "—", "& ,", "\x00"])
@pytest.mark.parametrize("command", ["articles", "quotes", "stories"])
def test_a_search_of_no_words_is_one_error_line(db: str, command: str, search: str) -> None:
    # was: no rows and exit 0 for '-', while a NUL was this error
    run("corpus", "update", "--db", db, "-q")  # (else `stories` notes that it was not run)
    one_error_line(run(command, "--db", db, "--search", search), f"--search {search!r}",
                   "no words to search for")


def test_process_dir_reports_every_bad_file_and_reads_the_good_one(tmp_path: Path, use_pipeline) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "amman.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "noise.txt").write_bytes(b"\x00\x01\x02" * 500)
    result = run("process", str(folder), "--json")
    assert result.exit_code == 1, result.output  # was: the first bad file's line alone, nothing read
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2 and all(line.startswith("dateline: error: ") for line in lines)
    assert any(str(folder / "empty.txt") in line and "empty input" in line for line in lines)
    assert any(str(folder / "noise.txt") in line and "binary" in line for line in lines)
    assert json.loads(result.stdout)["body"].startswith("Jordan's foreign minister")


def test_process_dir_of_bad_files_is_one_line_each(tmp_path: Path, use_pipeline) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_bytes(b"")
    result = run("process", str(folder))
    assert result.exit_code == 1 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert [line.split(": ")[2] for line in lines] == [str(folder / n) for n in ("a.txt", "b.txt", "c.txt")]
    assert all("empty input" in line for line in lines)


def _two_articles(where: Path, kind: str) -> Path:
    """A directory of two articles and an empty file, or the two as JSON Lines and a bad row."""
    second = ARTICLE.replace("Amman: Jordan's", "Cairo: Egypt's")
    if kind == "jsonl":
        rows = [json.dumps({"text": ARTICLE}), json.dumps({"text": second}), "{not json"]
        (where / "two.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
        return where / "two.jsonl"
    folder = where / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_text(second, encoding="utf-8")
    (folder / "c.txt").write_bytes(b"")
    return folder


@pytest.mark.parametrize("kind", ["dir", "jsonl"])
def test_process_reads_every_article_of_a_dir_or_json_lines(tmp_path: Path, use_pipeline, kind: str) -> None:  # type: ignore[no-untyped-def]
    from dateline.reader import read_item

    path = _two_articles(tmp_path, kind)
    result = run("process", str(path), "--json")
    # was exit 1, nothing on stdout: 'holds 2 articles; `dateline process` reads one'
    assert result.exit_code == 1, result.output  # the bad one
    (bad,) = result.stderr.strip().splitlines()
    assert bad.startswith("dateline: error: ") and ("empty input" in bad or "malformed JSON" in bad)
    items = [r for r in iter_sources([path]) if isinstance(r, SourceItem)]
    expected = [use_pipeline.process(read_item(item)).to_json() for item in items]
    assert [json.loads(line) for line in result.stdout.splitlines()] == expected  # JSON Lines
    assert len(expected) == 2
    summaries = run("process", str(path)).stdout.rstrip("\n").split("\n\n")
    assert [s.splitlines()[4] for s in summaries] == ["  dateline   Amman", "  dateline   Cairo"]
    assert [s.splitlines()[-1] for s in summaries] == [f"  from       {item.origin}" for item in items]


DAY_FORM = "expected YYYY-MM-DD (a day that exists)"


@pytest.mark.parametrize(("value", "words"), [("2024-02-30", DAY_FORM), ("18/08/2024", DAY_FORM),
                                              ("2024-08", DAY_FORM), ("2024-08-18T09:30", DAY_FORM),
                                              ("2024-08-18 and more", DAY_FORM),
                                              ("1700-01-01", "outside the years 1800-2100")])
def test_process_bad_published_is_one_line_before_any_article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              value: str, words: str) -> None:
    """A bad --published is the option's one error, not one per article, and no model is loaded."""
    monkeypatch.setattr("dateline.cli.articles.load_pipeline", lambda *a, **k: pytest.fail("loaded"))
    folder = _two_articles(tmp_path, "dir")
    # was one line per article ('in/a.txt: published date ... is not a date'), after loading the model
    # was '--published: '2024-02-30' is not a date', and '2024-08-18 and more' was taken as 2024-08-18
    one_error_line(run("process", str(folder), "--published", value), f"--published {value!r}: {words}")


def test_process_url_names_one_article(tmp_path: Path) -> None:
    folder = _two_articles(tmp_path, "dir")
    one_error_line(run("process", str(folder), "--url", "https://example.org/a"), "--url",
                   f"{folder} holds several")


def test_process_shows_progress_on_a_terminal(tmp_path: Path) -> None:
    """As `dateline ingest`: a bar on stderr when it is a terminal, cleared for each error line."""
    pty = pytest.importorskip("pty")
    import fcntl
    import os
    import struct
    import subprocess
    import sys
    import termios

    folder = _two_articles(tmp_path, "dir")
    terminal, stderr = pty.openpty()
    fcntl.ioctl(stderr, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    done = subprocess.run([sys.executable, "-m", "dateline.cli", "process", str(folder), "--json"],
                          stdout=subprocess.PIPE, stderr=stderr, timeout=300)
    os.close(stderr)
    shown = b""
    while True:
        try:
            chunk = os.read(terminal, 4096)
        except OSError:  # the other end is closed and all is read
            break
        if not chunk:
            break
        shown += chunk
    os.close(terminal)
    assert done.returncode == 1 and len(done.stdout.splitlines()) == 2
    text = shown.decode()
    assert "process: 100%" in text and "3/3" in text
    assert f"\rdateline: error: {folder / 'c.txt'}: empty input\r\n" in text  # on a line of its own
