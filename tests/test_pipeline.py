"""The Pipeline: records through msgpack (how they cross spaCy's worker processes), a failing
component costs one article, and ``n_process=2`` gives the records of one process."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import threading
import time
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import srsly
from hypothesis import given, settings
from spacy.language import Language
from spacy.tokens import Doc

from dateline.model import CleanArticle, Published
from dateline.pipeline import Pipeline
from tests.records import record_a, record_b, records

BODIES = [
    "Cairo: Egypt's foreign minister met envoys from Qatar on Tuesday, officials said.",
    "Doha: Qatar said the talks ended in July with no deal.\n\nEXPLODE said nobody.",
    "Amman: Jordan rejected the proposal on Wednesday, according to two diplomats.",
    "Beirut: Lebanon and Israel agreed to a ceasefire on Sunday, a spokesman said.",
    "Riyadh: Saudi Arabia will host a further round next week, the ministry said.",
]


def articles(bodies: Iterable[str] = BODIES) -> list[CleanArticle]:
    out = []
    for n, body in enumerate(bodies):
        start = 0
        spans = []
        for para in body.split("\n\n"):
            spans.append((start, start + len(para)))
            start += len(para) + 2
        out.append(CleanArticle(body=body, paragraphs=tuple(spans), origin=f"art-{n}.txt",
                                published=Published("2024-08-18", "given")))
    return out


@Language.component("dateline_test_explode")
def explode(doc: Doc) -> Doc:
    """A component with a bug: an article saying EXPLODE breaks it."""
    if "EXPLODE" in doc.text:
        raise RuntimeError("component bug")
    return doc


class BatchExplode:
    """A component with its own ``pipe`` and no error handler (like spaCy's parser): a batch
    holding EXPLODE raises out of ``nlp.pipe``."""

    def __call__(self, doc: Doc) -> Doc:
        return explode(doc)

    def pipe(self, docs: Iterable[Doc], batch_size: int = 16) -> Iterator[Doc]:
        for doc in docs:
            yield explode(doc)


@Language.factory("dateline_test_batch_explode")
def batch_explode(nlp: Language, name: str) -> BatchExplode:
    return BatchExplode()


PARENT = os.getpid()


@Language.component("dateline_test_die")
def die(doc: Doc) -> Doc:
    """A worker process that dies (killed, out of memory) on an article saying DIE."""
    if "DIE" in doc.text and os.getpid() != PARENT:
        os._exit(3)
    return doc


@given(records)
@settings(max_examples=60, deadline=None)
def test_records_round_trip_through_msgpack(record) -> None:  # type: ignore[no-untyped-def]
    assert srsly.msgpack_loads(srsly.msgpack_dumps({"r": [record]}))["r"] == [record]


@pytest.mark.parametrize("value", [record_a(), record_b(), articles()[1], Published("2024", None)])
def test_records_in_doc_user_data_survive_to_bytes(nlp, value) -> None:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc("Some text.")
    doc._.events = [value]
    back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert back._.events == [value]


@pytest.mark.slow
@pytest.mark.parametrize("factory", ["dateline_test_explode", "dateline_test_batch_explode"])
def test_a_failing_component_costs_only_its_article(nlp, pipeline, factory: str) -> None:  # type: ignore[no-untyped-def]
    nlp.add_pipe(factory, name="explode", last=True)
    try:
        outcomes = list(Pipeline(nlp, batch_size=2).attempt(articles()))
    finally:
        nlp.remove_pipe("explode")
    assert [a.origin for a, _ in outcomes] == [f"art-{n}.txt" for n in range(len(BODIES))]
    failed = [(a.origin, str(o)) for a, o in outcomes if isinstance(o, Exception)]
    assert failed == [("art-1.txt", "component bug")]
    good = [o for _a, o in outcomes if not isinstance(o, Exception)]
    assert good == [pipeline.process(a) for a in articles() if "EXPLODE" not in a.body]


@pytest.mark.slow
def test_two_processes_give_the_records_of_one(nlp, pipeline) -> None:  # type: ignore[no-untyped-def]
    nlp.add_pipe("dateline_test_explode", name="explode", last=True)
    try:
        two = list(Pipeline(nlp, batch_size=1, n_process=2).attempt(articles()))
        one = list(Pipeline(nlp, batch_size=1).attempt(articles()))
    finally:
        nlp.remove_pipe("explode")
    assert [a for a, _ in two] == [a for a, _ in one] == articles()
    assert [str(o) if isinstance(o, Exception) else o for _a, o in two] == \
           [str(o) if isinstance(o, Exception) else o for _a, o in one]
    assert str(two[1][1]) == "component bug"
    assert sum(not isinstance(o, Exception) and bool(o.actors) for _a, o in two) >= 4


@pytest.mark.slow
def test_a_worker_that_dies_costs_nothing(nlp, pipeline) -> None:  # type: ignore[no-untyped-def]
    bodies = [b.replace("EXPLODE", "DIE") for b in BODIES]
    nlp.add_pipe("dateline_test_die", name="die", last=True)
    try:
        with warnings.catch_warnings(record=True) as seen:
            warnings.simplefilter("always")
            two = list(Pipeline(nlp, batch_size=1, n_process=2).pipe(articles(bodies)))
    finally:
        nlp.remove_pipe("die")
    assert two == [pipeline.process(a) for a in articles(bodies)]
    assert not [w for w in seen if "W127" in str(w.message)]  # handled, so not shown


@pytest.mark.slow
def test_an_article_whose_record_fails_is_reported_not_lost(nlp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import dateline.pipeline as module

    real = module.to_record

    def fussy(doc: Doc):  # type: ignore[no-untyped-def]
        if "Jordan" in doc.text:
            raise ValueError("cannot build the record")
        return real(doc)

    monkeypatch.setattr(module, "to_record", fussy)
    outcomes = list(Pipeline(nlp, batch_size=2).attempt(articles()))
    assert [a.origin for a, _ in outcomes] == [f"art-{n}.txt" for n in range(len(BODIES))]
    assert [str(o) for _a, o in outcomes if isinstance(o, Exception)] == ["cannot build the record"]


def new_queues(before: list[object]) -> list[multiprocessing.queues.Queue[object]]:
    import gc

    return [q for q in gc.get_objects()
            if isinstance(q, multiprocessing.queues.Queue) and not any(q is b for b in before)]


@pytest.mark.slow
@pytest.mark.parametrize("stop", ["closed", "closed while the workers are blocked", "interrupted"])
def test_a_stream_stopped_early_lets_its_workers_go(nlp, stop: str) -> None:  # type: ignore[no-untyped-def]
    """With worker processes, a stream that stops before its end (its reader closes it, or Ctrl-C
    reaches it) leaves nothing that holds up the exit: the queues spaCy fed the workers are
    abandoned (the command hung after 'interrupted'), no other queue is touched, the workers are
    gone and spaCy's W127 is not shown."""
    mine = multiprocessing.Queue()  # type: ignore[var-annotated]
    before = new_queues([])
    made: list[multiprocessing.queues.Queue[object]] = []  # spaCy's, seen while the stream runs

    def feed() -> Iterator[CleanArticle]:
        if stop == "closed while the workers are blocked":
            yield from articles(" ".join([body.replace("\n\n", " ")] * 80) for body in BODIES)
        else:
            yield from articles(BODIES * 3)
        if stop == "interrupted":
            made.extend(new_queues(before))
            raise KeyboardInterrupt

    stream = Pipeline(nlp, batch_size=1, n_process=2).attempt(feed())
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        if stop == "closed":
            next(stream)
            made.extend(new_queues(before))
            stream.close()
        elif stop == "closed while the workers are blocked":
            next(stream)
            made.extend(new_queues(before))
            time.sleep(3)  # the workers fill their pipes (each Doc is larger than a pipe holds)
            closing = threading.Thread(target=stream.close, daemon=True)
            closing.start()
            closing.join(60)  # spaCy joined workers blocked writing to their pipes: for ever
            assert not closing.is_alive(), "closing the stream hung"
        else:
            with pytest.raises(KeyboardInterrupt):
                list(stream)
    assert len(made) == 2 and all(q._joincancelled for q in made)  # type: ignore[attr-defined]
    assert not mine._joincancelled  # type: ignore[attr-defined]
    assert not [w for w in seen if "W127" in str(w.message)]
    assert not multiprocessing.active_children()


#: a stream with worker processes stopped early, in a process of its own that must then exit;
#: the workers are blocked writing Docs larger than their pipes hold, and nothing but the
#: stream refers to spaCy's queues (a reference would keep them alive and hide a hang)
STOP_THEN_EXIT = """
import sys, time
from dateline.nlp import load
from dateline.pipeline import Pipeline
from tests.test_pipeline import BODIES, articles

how = sys.argv[1]

def feed():
    yield from articles(" ".join([body.replace("\\n\\n", " ")] * 80) for body in BODIES)
    time.sleep(3)
    raise KeyboardInterrupt

stream = Pipeline(load(), batch_size=1, n_process=2).attempt(feed())
next(stream)
time.sleep(3)  # the workers fill their pipes
if how == "closed":
    stream.close()
elif how == "dropped":
    del stream
else:
    try:
        list(stream)
    except KeyboardInterrupt:
        pass
print("stopped", flush=True)
"""


@pytest.mark.slow
@pytest.mark.parametrize("how", ["closed", "dropped", "interrupted"])
def test_a_process_whose_stream_stopped_early_exits(how: str) -> None:
    """The process exits once its stream is closed, dropped or interrupted with the workers
    blocked: spaCy's queues were let go before spaCy's own frame (and with it the last
    reference to them) was gone. It hung at exit, waiting for a queue's feeder thread."""
    import tempfile

    from tests.test_ingest_interrupt import STILL_S, ended

    root = Path(__file__).resolve().parent.parent
    # a hang is a process that gets no CPU time any more, not one slower than a bound (a loaded
    # machine took over 120 s); its output goes to files, which a stuck process cannot block on
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen([sys.executable, "-c", STOP_THEN_EXIT, how], cwd=root, stdout=out,
                                stderr=err, text=True, start_new_session=True)
        try:
            exited = ended(proc)
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    assert exited, f"the process did not exit after its stream was {how} ({STILL_S} s without CPU time): {stdout!r}"
    assert proc.returncode == 0, stderr
    assert stdout == "stopped\n"
    assert "W127" not in stderr


@pytest.mark.slow
def test_workers_end_quietly_on_ctrl_c(nlp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """A stream with worker processes makes every process forked after it end at once, with
    status 130 and no traceback, on SIGINT (Ctrl-C reaches the whole process group)."""
    import dateline.pipeline as module

    hooks: list[Callable[[], object]] = []
    monkeypatch.setattr(module, "_AT_FORK", [])
    monkeypatch.setattr(os, "register_at_fork", lambda after_in_child: hooks.append(after_in_child))
    assert len(list(Pipeline(nlp, batch_size=2, n_process=2).attempt(articles()[:2]))) == 2
    list(Pipeline(nlp, batch_size=2, n_process=2).attempt(articles()[:1]))
    assert len(hooks) == 1  # once per process
    list(Pipeline(nlp, batch_size=2).attempt(articles()[:1]))
    pid = os.fork()
    if pid == 0:  # a child as a worker starts: the hook runs, then Ctrl-C
        try:
            hooks[0]()
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(10)
        except BaseException:
            os._exit(1)
        os._exit(0)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 130


TEXTS = ["Egyptian mediators met Hamas officials in Cairo on Sunday, officials said.",
         "<p>Qatar's prime minister spoke with the US secretary of state by phone on Monday.</p>"]


def test_pipe_and_process_take_articles_texts_as_read_does(pipeline) -> None:  # type: ignore[no-untyped-def]
    import dateline

    records = list(pipeline.pipe(TEXTS))  # was AttributeError: 'str' object has no attribute 'origin'
    assert [r.body for r in records] == [TEXTS[0], TEXTS[1][3:-4]]
    assert pipeline.process(TEXTS[0]) == records[0]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dateline, "_default_pipeline", lambda: pipeline)
        assert dateline.read(TEXTS[0]).body == records[0].body


@pytest.mark.parametrize("value", [None, 3, b"bytes"])
def test_pipe_names_what_it_takes(pipeline, value: object) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(TypeError, match="CleanArticle records .* or articles' texts"):
        list(pipeline.pipe([TEXTS[0], value]))
    with pytest.raises(TypeError, match="CleanArticle records"):
        pipeline.process(value)


def test_pipe_and_process_read_a_path_as_read_does(pipeline, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from dateline.sources import InputError

    file = tmp_path / "cairo.txt"
    file.write_text(TEXTS[0], encoding="utf-8")
    for value in (str(file), file):
        (record,) = pipeline.pipe([value])
        assert record.body == TEXTS[0]  # was the path itself, read as the article's text
        assert pipeline.process(value).body == TEXTS[0]
    with pytest.raises(InputError, match="no such file"):
        list(pipeline.pipe([str(tmp_path / "missing.txt")]))


def test_an_unreadable_article_costs_only_itself(pipeline, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from dateline.sources import InputError

    given = [TEXTS[0], "", str(tmp_path / "missing.html"), TEXTS[1]]
    outcomes = list(pipeline.attempt(given))  # was InputError out of the whole batch
    assert len(outcomes) == 4
    assert [o.body for _a, o in (outcomes[0], outcomes[3])] == [TEXTS[0], TEXTS[1][3:-4]]
    for (article, outcome), origin in zip(outcomes[1:3], ["<text>", str(tmp_path / "missing.html")],
                                          strict=True):
        assert isinstance(outcome, InputError) and article.body == "" and article.origin == origin


def test_an_article_in_another_language_keeps_its_text_only(pipeline, caplog) -> None:  # type: ignore[no-untyped-def]
    """The English stages would make up actors, times and quotes from Indonesian words: its
    record keeps text, furniture and metadata, and the user is told why it has nothing else."""
    body = ("Presiden Joko Widodo mengatakan pada hari Senin bahwa pemerintah akan membangun "
            "bendungan baru di Jawa Barat, kata juru bicara istana kepada wartawan di Jakarta. "
            "Menurut dia, proyek itu akan selesai dalam dua tahun.")
    english, indonesian = articles([BODIES[0], body])
    indonesian = replace(indonesian, language="id", title="Bendungan baru")
    english = replace(english, language="en")
    with caplog.at_level("WARNING", logger="dateline.pipeline"):
        records = list(pipeline.pipe([english, indonesian, english]))
        alone = pipeline.process(indonesian)
    assert records[1] == alone
    assert (alone.body, alone.title, alone.language, alone.published) == (
        body, "Bendungan baru", "id", Published("2024-08-18", "given"))
    assert not (alone.actors or alone.mentions or alone.timexes or alone.places or alone.quotes
                or alone.events)
    assert records[0].actors and records[0] == records[2]
    assert "art-1.txt: body is Indonesian (id); dateline reads English: stored text only" in caplog.text


def test_an_article_made_without_a_language_gets_its_body_s(pipeline, caplog) -> None:  # type: ignore[no-untyped-def]
    body = ("Presiden Joko Widodo mengatakan pada hari Senin bahwa pemerintah akan membangun "
            "bendungan baru di Jawa Barat, kata juru bicara istana kepada wartawan di Jakarta. "
            "Menurut dia, proyek itu akan selesai dalam dua tahun.")
    [bare] = articles([body])
    with caplog.at_level("WARNING", logger="dateline.pipeline"):
        record = pipeline.process(replace(bare, language=None))
    assert record.language == "id" and not record.actors
    assert "body is Indonesian (id)" in caplog.text


def test_a_language_only_declared_does_not_skip_the_english_stages(pipeline) -> None:  # type: ignore[no-untyped-def]
    """A page may declare another language over English text: the body decides."""
    (english,) = articles([BODIES[0]])
    declared = pipeline.process(replace(english, language="fr"))
    assert declared.language == "fr" and declared.actors
    assert declared.actors == pipeline.process(english).actors
