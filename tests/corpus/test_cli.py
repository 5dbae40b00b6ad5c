"""The corpus commands end to end through click: update, stories, story, export, eval dedup."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from corpus_records import OTHER, WIRE, gaza_record, record

from dateline.cli import main
from dateline.store import Store


@pytest.fixture()
def db(tmp_path: Path) -> str:
    path = tmp_path / "cli.db"
    with Store(path) as store:
        store.put([gaza_record("wire"), gaza_record("copy", ["By Staff", *WIRE], "2024-08-21"),
                   gaza_record("rewrite", [WIRE[0].replace("Negotiators", "Envoys"), OTHER[0], WIRE[3]],
                               "2024-08-21", source="Other Outlet"),
                   record("flood", OTHER)])
    return str(path)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_update_then_rerun(db: str) -> None:
    code, _, err = run("corpus", "update", "--db", db)
    assert code == 0 and "4 new articles (1 duplicate pairs)" in err
    code, _, err = run("corpus", "update", "--db", db)
    assert code == 0 and "0 new articles" in err


def test_stories_and_story(db: str) -> None:
    code, _, err = run("stories", "--db", db)
    assert code == 0 and "corpus update" in err  # says what is missing
    run("corpus", "update", "--db", db, "-q")
    code, out, _ = run("stories", "--db", db, "--json")
    (story,) = [json.loads(line) for line in out.splitlines()]  # JSON Lines
    assert story["story_id"] == "wire" and story["articles"] == 3 and story["distinct_articles"] == 2
    code, out, _ = run("story", "copy", "--db", db)  # any member's id finds the story
    assert code == 0 and story["label"] in out and "CONSULT" in out and "statement" in out
    code, out, _ = run("story", "wire", "--db", db, "--json")
    data = json.loads(out)
    (event,) = [t for t in data["timeline"] if t["kind"] == "event"]
    assert event["sources"] == 2 and set(data["negotiation"]) == {"proposals", "stances"}
    code, _, err = run("story", "nosuch", "--db", db)
    assert code == 1 and "no article with id 'nosuch'" in err


@pytest.mark.parametrize("stray", ["\udcff", "\udce9"])
def test_a_stories_search_with_bytes_that_are_not_utf8_finds_nothing(db: str, stray: str) -> None:
    """click passes such bytes on as lone surrogates (``$'\\xff'`` in a shell): no rows, no error."""
    run("corpus", "update", "--db", db, "-q")
    code, out, _ = run("stories", "--db", db, "--json", "--min-articles", "1")
    word = json.loads(out.splitlines()[0])["label"].split()[0]
    for search, expected in ((word, True), (stray, False), (word + stray, False)):
        code, out, err = run("stories", "--db", db, "--json", "--min-articles", "1", "--search", search)
        assert code == 0 and bool(out) == expected, (search, err)


@pytest.mark.parametrize(("kind", "extra"), [("articles", []), ("events", []), ("events", ["--merged"]),
                                             ("quotes", []), ("actors", [])])
def test_export_formats(db: str, tmp_path: Path, kind: str, extra: list[str]) -> None:
    run("corpus", "update", "--db", db, "-q")
    code, out, _ = run("export", kind, *extra, "--db", db)
    assert code == 0 and all(json.loads(line) for line in out.splitlines())
    target = tmp_path / f"{kind}.parquet"
    code, _, err = run("export", kind, *extra, "--format", "parquet", "-o", str(target), "--db", db)
    assert code == 0 and f"{target}:" in err
    frame = pd.read_parquet(target)
    assert len(frame) == len(out.splitlines())
    if kind == "articles":
        assert set(frame["duplicate_of"].dropna()) == {"wire"} and frame["url"].notna().all()


@pytest.mark.parametrize(("args", "message"), [
    (["export", "events", "--format", "parquet"], "needs -o FILE"),
    (["export", "quotes", "--format", "plover"], "for events"),
    (["export", "quotes", "--merged"], "is for events"),
    (["export", "events", "--format", "parquet", "-o", "-"], "needs -o FILE"),
])
def test_export_errors_are_one_line(db: str, args: list[str], message: str) -> None:
    code, _, err = run(*args, "--db", db)
    assert code == 1 and message in err and err.count("\n") == 1


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "plover"])
def test_export_to_dash_is_stdout(db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run("export", "events", "--format", fmt, "-o", "-", "--db", db)
    assert code == 0 and not (tmp_path / "-").exists()  # was a file named '-' and nothing on stdout
    assert out == run("export", "events", "--format", fmt, "--db", db)[1] and "CONSULT" in out


def test_plover_export(db: str) -> None:
    run("corpus", "update", "--db", db, "-q")
    code, out, _ = run("export", "events", "--merged", "--format", "plover", "--db", db)
    (row,) = [json.loads(line) for line in out.splitlines()]
    assert row["event"] == "CONSULT" and row["n_sources"] == 2
    assert [a["code"] for a in row["source"]] == ["EGY", "QAT"]
    assert row["eventLoc"]["name"] == "Cairo" and row["eventLoc"]["country code"] == "EG"


def test_eval_dedup_on_a_folder(tmp_path: Path) -> None:
    arts = tmp_path / "articles"
    arts.mkdir()
    (arts / "a.txt").write_text("Talks in Cairo\n\n" + "\n\n".join(WIRE), encoding="utf-8")
    (arts / "b.html").write_text("<html><head><title>Cairo talks</title></head><body><article>"
                                 + "".join(f"<p>{p}</p>" for p in WIRE[:5]) + "</article></body></html>",
                                 encoding="utf-8")
    (arts / "c.txt").write_text("Floods in Dhaka\n\n" + "\n\n".join(OTHER), encoding="utf-8")
    (tmp_path / "pairs.json").write_text('{"pairs": [["a.txt", "b.html"]]}', encoding="utf-8")
    code, out, _ = run("eval", "dedup", str(tmp_path), "--json")
    result = json.loads(out)
    assert code == 0 and {"precision", "recall", "f1", "n"} <= set(result)
    assert result == result | {"precision": 1.0, "recall": 1.0, "n": 1}
    (tmp_path / "pairs.json").unlink()
    code, _, err = run("eval", "dedup", str(tmp_path), "--json")
    assert code == 1 and "pairs.json" in err


@pytest.mark.parametrize("extra", [[], ["--merged"]])
def test_export_to_a_file_shows_progress_on_a_terminal(db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       extra: list[str]) -> None:
    import dateline.cli.corpus as corpus_cli

    monkeypatch.setattr(corpus_cli, "_show_progress", lambda output: output is not None)
    run("corpus", "update", "--db", db, "-q")
    target = tmp_path / "events.jsonl"
    code, _, err = run("export", "events", *extra, "-o", str(target), "--db", db)
    assert code == 0 and "export events" in err and "row" in err  # was no progress at all
    assert f"{target}: " in err and target.read_text(encoding="utf-8").count("\n") >= 1


@pytest.mark.parametrize(("search", "problem"), [('"Gaza', "a double quote is not closed"),
                                                 ("Gaza AND", "AND needs a term after it"),
                                                 ("(Gaza", "a '(' is not closed")])
@pytest.mark.parametrize("command", ["stories", "articles", "quotes"])
def test_a_malformed_search_is_one_line_in_every_command(db: str, command: str, search: str,
                                                         problem: str) -> None:
    run("corpus", "update", "--db", db, "-q")
    code, out, err = run(command, "--db", db, "--search", search)
    assert code == 1 and out == "" and "Traceback" not in err
    assert err.startswith(f"dateline: error: --search {search!r}: {problem}") and err.count("\n") == 1


def test_stories_and_articles_take_the_same_prefix_and_phrase(db: str) -> None:
    run("corpus", "update", "--db", db, "-q")
    code, out, _ = run("stories", "--db", db, "--json", "--min-articles", "1")
    labels = [json.loads(line)["label"] for line in out.splitlines()]
    word = labels[0].replace(",", " ").split()[0]
    for search in (word[:3] + "*", f'"{word}"', f"{word} OR nosuchword"):
        code, out, err = run("stories", "--db", db, "--json", "--min-articles", "1", "--search", search)
        assert code == 0 and labels[0] in [json.loads(line)["label"] for line in out.splitlines()], (search, err)
    for search in ("Gaz*", '"ceasefire in Gaza"', "Gaza NOT flood", "(Cairo OR Doha) hostag*"):
        code, out, err = run("articles", "--db", db, "--json", "--search", search)
        assert code == 0 and {"wire", "copy"} <= {json.loads(line)["id"] for line in out.splitlines()}, (search, err)
    code, out, _ = run("stories", "--db", db, "--json", "--min-articles", "1", "--search", word[:3])
    assert word[:3] == word or out == ""  # a piece of a word is no word
