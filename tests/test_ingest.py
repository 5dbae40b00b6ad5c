"""Ingest with the real reader and pipeline into a real SQLite file: idempotence, bad inputs."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from spacy.language import Language
from spacy.tokens import Doc

from dateline.cli import main
from dateline.ingest import ingest
from dateline.model import CleanArticle
from dateline.pipeline import Pipeline
from dateline.sources import SourceError, SourceItem
from dateline.store import Store
from dateline.store.write import serialize

CITIES = ["Cairo", "Doha", "Jerusalem", "Amman", "Beirut", "Gaza City", "Riyadh", "Ankara"]


def article_text(n: int) -> str:
    """A short report of our own writing; n makes it unique."""
    city = CITIES[n % len(CITIES)]
    return (
        f"{city}: Negotiators from Egypt and Qatar met Israeli and Hamas envoys on Monday for "
        f"round {n} of talks on a Gaza truce, officials said.\n\n"
        f"The session number {n} focused on the release of hostages and on aid convoys, "
        "according to two people briefed on the meeting.\n\n"
        f"A further meeting is planned in {CITIES[(n + 3) % len(CITIES)]} next week."
    )


def article_html(n: int) -> str:
    paras = "".join(f"<p>{p}</p>" for p in article_text(n).split("\n\n"))
    return (f"<html><head><title>Truce talks, round {n}</title></head><body><article>"
            f"<h1>Truce talks, round {n}</h1>{paras}</article></body></html>")


def write_corpus(folder: Path, count: int, html_every: int = 3) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        if html_every and n % html_every == 2:
            path = folder / f"report-{n:04d}.html"
            path.write_text(article_html(n), encoding="utf-8")
        else:
            path = folder / f"report-{n:04d}.txt"
            path.write_text(article_text(n), encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture(scope="module")
def bad_inputs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A folder of good and bad inputs, and for each bad one the words its error must hold."""
    root = tmp_path_factory.mktemp("inputs")
    write_corpus(root / "good", 3)
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (root / "invalid-utf8.txt").write_bytes(bytes(range(128, 256)) * 40)
    (root / "latin1.txt").write_bytes(article_text(40).replace("Monday", "Monday at the café")
                                      .encode("latin-1"))
    with open(root / "huge.txt", "wb") as fh:  # 50 MB: no article is that large
        line = b"The talks went on and on without an end in sight.\n"
        fh.write(line * (50 * 1024 * 1024 // len(line) + 1))
    lines = [json.dumps({"text": article_text(41), "id": "jsonl-good-1"}),
             '{"text": "broken line, no closing brace"',
             json.dumps({"html": article_html(42), "id": "jsonl-good-2", "url": "https://x.example/42"})]
    (root / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    expected = {
        "empty.txt": "empty", "binary.txt": "binary", "invalid-utf8.txt": "encoding",
        "huge.txt": "too large", "feed.jsonl:2": "malformed JSON",
        "missing-folder": "no such file",
    }
    return root, expected


def bad_paths(root: Path) -> list[str]:
    return [str(root / "good"), *(str(root / n) for n in (
        "empty.txt", "binary.txt", "invalid-utf8.txt", "latin1.txt", "huge.txt", "feed.jsonl")),
        str(root / "missing-folder")]


def test_ingest_directory_twice_is_one_row_each(tmp_path: Path, pipeline) -> None:  # type: ignore[no-untyped-def]
    write_corpus(tmp_path / "in", 6)
    with Store(tmp_path / "db.sqlite") as store:
        first = ingest([tmp_path / "in"], store, pipeline, batch_size=4)
        assert (first.stored, first.unchanged, first.failed) == (6, 0, 0)
        second = ingest([tmp_path / "in"], store, pipeline, batch_size=4)
        assert (second.stored, second.replaced, second.unchanged, second.failed) == (0, 0, 6, 0)
        assert len(store) == 6
        assert [r["title"] for r in store.articles(search="round 5")] == ["Truce talks, round 5"]
        assert len(store.articles(search="hostages convoys")) == 6


def test_each_record_is_serialized_once(tmp_path: Path, pipeline,  # type: ignore[no-untyped-def]
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The digest that finds a repeated id is the one the store writes: one serialization per
    record and run (there were two), and a second run is still all unchanged."""
    from dateline.model import ArticleRecord

    write_corpus(tmp_path / "in", 5)
    real, calls = ArticleRecord.to_json, []

    def counted(self: ArticleRecord) -> dict[str, object]:
        calls.append(self.id)
        return real(self)

    monkeypatch.setattr(ArticleRecord, "to_json", counted)
    with Store(tmp_path / "db.sqlite") as store:
        for run, expected in enumerate([(5, 0, 0), (0, 0, 5)]):
            calls.clear()
            report = ingest([tmp_path / "in"], store, pipeline, batch_size=2)
            assert (report.stored, report.replaced, report.unchanged) == expected, run
            assert len(calls) == len(set(calls)) == 5, run
        monkeypatch.setattr(ArticleRecord, "to_json", real)
        rows = store.conn.execute("SELECT id, record, digest FROM articles").fetchall()
        assert len(rows) == 5
        for row in rows:  # stored as before: the record's own JSON and digest
            record = store.get(row["id"])
            assert record is not None and serialize(record) == (row["record"], row["digest"])


def test_bad_inputs_cost_only_themselves(tmp_path: Path, pipeline, bad_inputs) -> None:  # type: ignore[no-untyped-def]
    root, expected = bad_inputs
    seen: list[SourceError] = []
    with Store(tmp_path / "db.sqlite") as store:
        report = ingest(bad_paths(root), store, pipeline, batch_size=2, on_error=seen.append)
        assert report.failed == len(expected) == len(seen)
        for name, words in expected.items():
            (error,) = [e for e in seen if e.origin.endswith(name)]
            assert words in error.message
        assert report.stored == len(store) == 3 + 1 + 2  # good/, latin1.txt, two JSONL lines
        assert {"jsonl-good-1", "jsonl-good-2"} <= set(store.ids())
        (latin,) = [r for r in store.articles(search="café")]
        assert latin["origin"].endswith("latin1.txt")


def test_cli_ingest_reports_each_bad_input_on_one_line(tmp_path: Path, pipeline, bad_inputs,  # type: ignore[no-untyped-def]
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("dateline.cli.articles.load_pipeline", lambda *a, **k: pipeline)
    root, expected = bad_inputs
    db = tmp_path / "cli.db"
    result = CliRunner().invoke(main, ["ingest", *bad_paths(root), "--db", str(db), "--batch-size", "3"])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("dateline: error: ")]
    assert len(errors) == len(expected)
    for name, words in expected.items():
        assert sum(name in line and words in line for line in errors) == 1, name
    assert "Traceback" not in result.output
    assert "stored 6" in result.stderr
    with Store(db) as store:
        assert len(store) == 6


def test_cli_ingest_clean_run_exits_zero(tmp_path: Path, pipeline, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("dateline.cli.articles.load_pipeline", lambda *a, **k: pipeline)
    write_corpus(tmp_path / "in", 2)
    db = str(tmp_path / "ok.db")
    first = CliRunner().invoke(main, ["ingest", str(tmp_path / "in"), "--db", db, "--quiet"])
    assert first.exit_code == 0 and first.stderr == ""
    again = CliRunner().invoke(main, ["ingest", str(tmp_path / "in"), "--db", db])
    assert again.exit_code == 0 and "unchanged 2" in again.stderr


def test_cli_ingest_counts_the_json_files_a_directory_holds(tmp_path: Path, pipeline,  # type: ignore[no-untyped-def]
                                                            monkeypatch) -> None:
    monkeypatch.setattr("dateline.cli.articles.load_pipeline", lambda *a, **k: pipeline)
    write_corpus(tmp_path / "in", 2)
    (tmp_path / "in" / "expected.json").write_text('{"events": []}', encoding="utf-8")
    run = CliRunner().invoke(main, ["ingest", str(tmp_path / "in"), "--db", str(tmp_path / "j.db")])
    assert run.exit_code == 0
    assert "stored 2, replaced 0, unchanged 0, failed 0; skipped 1 .json file (not an article)" in run.stderr
    (tmp_path / "in" / "expected.json").unlink()
    again = CliRunner().invoke(main, ["ingest", str(tmp_path / "in"), "--db", str(tmp_path / "j.db")])
    assert "unchanged 2" in again.stderr and ".json" not in again.stderr


def test_cli_ingest_counts_each_json_file_once(tmp_path: Path, pipeline,  # type: ignore[no-untyped-def]
                                             monkeypatch) -> None:
    """A folder given twice, or a folder and its parent: its .json file is one file skipped."""
    monkeypatch.setattr("dateline.cli.articles.load_pipeline", lambda *a, **k: pipeline)
    write_corpus(tmp_path / "in" / "week", 1)
    (tmp_path / "in" / "week" / "labels.json").write_text("{}", encoding="utf-8")
    run = CliRunner().invoke(main, ["ingest", str(tmp_path / "in"), str(tmp_path / "in" / "week"),
                                    "--db", str(tmp_path / "twice.db")])
    assert run.exit_code == 0, run.output
    assert "; skipped 1 .json file (not an article)" in run.stderr


def test_cli_ingest_counts_articles_stored_as_text_only(tmp_path: Path, pipeline,  # type: ignore[no-untyped-def]
                                                         monkeypatch) -> None:
    """An article in another language is stored without the English stages; the summary says
    how many, beside the warning that names each."""
    monkeypatch.setattr("dateline.cli.articles.load_pipeline", lambda *a, **k: pipeline)
    write_corpus(tmp_path / "in", 2)
    (tmp_path / "in" / "lluvias.txt").write_text(LLUVIAS, encoding="utf-8")
    db = str(tmp_path / "es.db")
    run = CliRunner().invoke(main, ["ingest", str(tmp_path / "in"), "--db", db])
    assert run.exit_code == 0
    assert "stored 3, replaced 0, unchanged 0, failed 0 (1 text only: not English)" in run.stderr
    with Store(db) as store:
        [spanish] = [r.id for r in store.records() if r.language == "es"]
    shown = CliRunner().invoke(main, ["show", spanish, "--db", db]).stdout
    assert "  language   es (Spanish): text only, dateline reads English" in shown
    english_only = CliRunner().invoke(main, ["ingest", str(tmp_path / "in" / "report-0000.txt"),
                                             "--db", str(tmp_path / "en.db")])
    assert "text only" not in english_only.stderr


LLUVIAS = ("Las lluvias torrenciales que cayeron durante el fin de semana en el sur del país dejaron "
           "al menos doce muertos, según informaron el lunes las autoridades locales, que pidieron a "
           "los vecinos que no se acerquen a los ríos mientras continúan las tareas de rescate.\n")


def test_an_article_given_twice_is_counted_text_only_once(tmp_path: Path, pipeline) -> None:  # type: ignore[no-untyped-def]
    """As ``stored``: one id, one article, however many times the run reads it."""
    spanish = tmp_path / "lluvias.txt"
    spanish.write_text(LLUVIAS, encoding="utf-8")
    with Store(tmp_path / "db.sqlite") as store:
        report = ingest([spanish, spanish], store, pipeline)
        assert (report.stored, report.text_only) == (1, 1)
        assert ingest([spanish], store, pipeline).text_only == 1  # unchanged, still text only


def test_reader_crash_costs_one_input(tmp_path: Path, pipeline) -> None:  # type: ignore[no-untyped-def]
    from dateline.reader import read_item

    def fragile(item: SourceItem) -> CleanArticle:
        if item.origin.endswith("report-0001.txt"):
            raise KeyError("surprise")
        return read_item(item)

    write_corpus(tmp_path / "in", 4, html_every=0)
    with Store(tmp_path / "db.sqlite") as store:
        report = ingest([tmp_path / "in"], store, pipeline, reader=fragile)
        assert (report.stored, report.failed) == (3, 1)
        assert "reader failed (KeyError" in report.errors[0].message
        assert report.errors[0].origin.endswith("report-0001.txt")


@Language.component("dateline_test_ingest_explode")
def explode(doc: Doc) -> Doc:
    """A component with a bug: an article saying EXPLODE breaks it."""
    if "EXPLODE" in doc.text:
        raise RuntimeError("component bug")
    return doc


@pytest.mark.parametrize("n_process", [1, 2])
def test_pipeline_crash_costs_one_article(tmp_path: Path, nlp, n_process: int) -> None:  # type: ignore[no-untyped-def]
    paths = write_corpus(tmp_path / "in", 5, html_every=0)
    paths[2].write_text(article_text(2) + "\n\nEXPLODE", encoding="utf-8")
    nlp.add_pipe("dateline_test_ingest_explode", name="explode", last=True)
    try:
        with Store(tmp_path / "db.sqlite") as store:
            report = ingest([tmp_path / "in"], store, Pipeline(nlp, batch_size=2, n_process=n_process),
                            batch_size=3)
    finally:
        nlp.remove_pipe("explode")
    assert (report.stored, report.failed) == (4, 1)
    assert report.errors[0].origin.endswith("report-0002.txt")
    assert "pipeline failed (RuntimeError: component bug)" in report.errors[0].message


def test_cli_ingest_interrupted_keeps_committed_batches(tmp_path: Path, pipeline,  # type: ignore[no-untyped-def]
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C between batches: one line saying what is kept, exit 130; the same ingest again
    stores only the rest, and a third run finds everything unchanged."""
    monkeypatch.setattr("dateline.cli.articles.load_pipeline", lambda *a, **k: pipeline)
    write_corpus(tmp_path / "in", 7)
    db = str(tmp_path / "int.db")
    args = ["ingest", str(tmp_path / "in"), "--db", db, "--batch-size", "2"]
    real_put, calls = Store.put, []

    def put_then_interrupt(self: Store, records):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real_put(self, records)

    monkeypatch.setattr(Store, "put", put_then_interrupt)
    stopped = CliRunner().invoke(main, args)
    monkeypatch.setattr(Store, "put", real_put)
    assert stopped.exit_code == 130 and "Traceback" not in stopped.output
    assert stopped.stderr.strip() == (f"dateline: error: {db}: interrupted: stored 4, replaced 0, "
                                      "unchanged 0, failed 0 so far; every stored article is kept "
                                      "and running the same ingest again stores the rest")
    with Store(db) as store:
        assert len(store) == 4
    again = CliRunner().invoke(main, args)
    assert again.exit_code == 0 and "stored 3, replaced 0, unchanged 4, failed 0" in again.stderr
    third = CliRunner().invoke(main, args)
    assert third.exit_code == 0 and "stored 0, replaced 0, unchanged 7, failed 0" in third.stderr


#: ingest with worker processes, interrupted while a batch is written, in a process of its own
#: that must then exit; the articles are long, so the workers are blocked on their full pipes
CTRL_C_WHILE_STORING = """
import sys
import time
from dateline.ingest import ingest
from dateline.nlp import load
from dateline.pipeline import Pipeline
from dateline.store import Store

real_put, calls = Store.put, []

def put_then_interrupt(self, records):
    calls.append(1)
    if len(calls) == 3:  # spaCy has sent a batch that a worker blocked on its pipe never reads
        time.sleep(3)  # the workers fill their pipes
        raise KeyboardInterrupt
    return real_put(self, records)

Store.put = put_then_interrupt
with Store(sys.argv[2]) as store:
    try:
        ingest([sys.argv[1]], store, Pipeline(load(), batch_size=1, n_process=2), batch_size=1)
    except KeyboardInterrupt:
        print("interrupted; stored", len(store), flush=True)
"""


@pytest.mark.slow
def test_ctrl_c_while_storing_lets_the_worker_processes_go(tmp_path: Path) -> None:
    """Ctrl-C while a batch is written (not while the pipeline works) with worker processes
    blocked on their pipes: ingest closes its stream, so ``Pipeline.attempt`` lets its workers
    and their queues go and the process exits (it hung at exit: nothing but spaCy referred to
    the queues it had to abandon), and the batch committed before stays."""
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(9):
        long = " ".join([article_text(n).replace("\n\n", " ")] * 20)
        (folder / f"report-{n:04d}.txt").write_text(long, encoding="utf-8")
    root = Path(__file__).resolve().parent.parent
    try:
        done = subprocess.run([sys.executable, "-c", CTRL_C_WHILE_STORING, str(folder),
                               str(tmp_path / "db.sqlite")],
                              cwd=root, capture_output=True, text=True, timeout=120)
    except subprocess.TimeoutExpired as hung:
        pytest.fail(f"the interrupted ingest did not exit: {hung.stdout!r}")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "interrupted; stored 2\n"
    assert "W127" not in done.stderr


def test_one_id_for_two_articles_is_an_error_and_reruns_are_unchanged(tmp_path: Path, pipeline) -> None:  # type: ignore[no-untyped-def]
    """Two JSON Lines rows with one "id" but different texts: the first is stored, the second is
    reported (were it stored, every run would swap them and report "replaced 2"). The same file
    given twice is the same articles twice: unchanged, no error."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps({"id": "dup", "text": article_text(n)}) for n in (1, 2))
                    + "\n" + json.dumps({"id": "solo", "text": article_text(3)}) + "\n", encoding="utf-8")
    with Store(tmp_path / "db.sqlite") as store:
        for run in range(2):
            seen: list[SourceError] = []
            report = ingest([feed, feed], store, pipeline, batch_size=2, on_error=seen.append)
            expected = (2, 0, 2) if run == 0 else (0, 0, 4)
            assert (report.stored, report.replaced, report.unchanged) == expected, run
            assert report.failed == 2 and [e.origin for e in seen] == [f"{feed}:2", f"{feed}:2"]
            assert "id 'dup' is already the id of a different article in this run" in seen[0].message
            assert f"({feed}:1)" in seen[0].message
            stored = store.get("dup")
            assert stored is not None and "round 1 of talks" in stored.body


def test_a_record_the_store_cannot_take_costs_only_itself(tmp_path: Path, pipeline) -> None:  # type: ignore[no-untyped-def]
    """A record SQLite refuses (here a title with half a surrogate pair, which no source lets
    through any more) rolls back its batch, which is put again one record at a time."""
    from dateline.reader import read_item

    paths = write_corpus(tmp_path / "in", 5, html_every=0)
    poisoned = str(paths[2])

    def reader(item: SourceItem) -> CleanArticle:
        article = read_item(item)
        return replace(article, title="Talks \ud800") if item.origin == poisoned else article

    seen: list[SourceError] = []
    with Store(tmp_path / "db.sqlite") as store:
        report = ingest([tmp_path / "in"], store, pipeline, batch_size=4, reader=reader,
                        on_error=seen.append)
        assert (report.stored, report.failed) == (4, 1)
        assert [e.origin for e in seen] == [poisoned]
        assert seen[0].message.startswith("cannot be stored (UnicodeEncodeError")
        assert len(store) == 4


def test_a_batch_the_store_refuses_is_put_again_one_by_one(tmp_path: Path, pipeline,  # type: ignore[no-untyped-def]
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite refusing one record's rows (a constraint) rolls back the whole batch; the batch is
    put again record by record, so only that record fails and its batch partners are stored."""
    import sqlite3

    import dateline.store as store_module

    paths = write_corpus(tmp_path / "in", 5, html_every=0)
    poisoned = str(paths[1])
    real_insert = store_module.insert_article

    def insert(conn, record, *args):  # type: ignore[no-untyped-def]
        real_insert(conn, record, *args)  # rows written, then refused: the rollback must undo them
        if record.origin == poisoned:
            raise sqlite3.IntegrityError("CHECK constraint failed")

    monkeypatch.setattr(store_module, "insert_article", insert)
    seen: list[SourceError] = []
    with Store(tmp_path / "db.sqlite") as store:
        report = ingest([tmp_path / "in"], store, pipeline, batch_size=4, on_error=seen.append)
        assert (report.stored, report.failed) == (4, 1)
        assert [e.origin for e in seen] == [poisoned]
        assert "cannot be stored (IntegrityError: CHECK constraint failed)" in seen[0].message
        assert len(store) == 4 and poisoned not in {r.origin for r in store.records()}
        assert store.counts()["furniture"] == sum(len(r.furniture) for r in store.records())
