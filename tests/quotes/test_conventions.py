"""Attribution conventions learnt from PolNeAR's guidelines and general English reporting (our own
sentences): frames that belong to the next quote, contents that never cut a quote, signatures,
stated attitudes, line-break paragraphs and markup."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.quotes.extract import Found
from dateline.quotes.marks import paragraphs, quoted_spans
from tests.quotes.conftest import span_text


def _with(found: list[Found], text: str, content: str) -> Found:
    hits = [f for f in found if span_text(text, f.content) == content]
    assert hits, f"no attribution with content {content!r}: {[span_text(text, f.content) for f in found]}"
    return hits[0]


@pytest.mark.parametrize(("text", "content", "cue", "source"), [
    # a stated attitude: copula + attitude adjective
    ("Party leaders are optimistic that the bill will pass.", "that the bill will pass",
     "are optimistic", "Party leaders"),
    ("The mayor was critical of the new budget.", "the new budget", "was critical of", "The mayor"),
    # the particle parsed as the mark of a for-to clause
    ("The senator is calling for the agency to release the files.",
     "the agency to release the files", "is calling", "The senator"),
    # an aspectual verb hands the statement to the verb it governs
    ("The governor continued to warn that the levee could fail.", "that the levee could fail",
     "warn", "The governor"),
    # the subject of a purpose infinitive is the main clause's
    ("The senator used the hearing to highlight the agency's failures.",
     "the agency's failures", "highlight", "The senator"),
    # a passive cue with an agent reports on its subject
    ("The tax plan was criticized by several economists.", "The tax plan", "was criticized",
     "several economists"),
    # the controller of a passive ('was prompted to say')
    ("The candidate was prompted to say, “I have never met him.”", "I have never met him.",
     "say", "The candidate"),
])
def test_reported_constructions(found_in: Any, text: str, content: str, cue: str, source: str) -> None:
    f = _with(found_in(text), text, content)
    assert cue in (span_text(text, f.cue) or "")
    assert span_text(text, f.source) == source


def test_a_passive_with_nobody_named_reports_the_clause(found_in: Any) -> None:
    text = "The governor was criticized over the budget cuts."
    f = _with(found_in(text), text, "The governor was criticized over the budget cuts")
    assert f.source is None and span_text(text, f.cue) == "was criticized"


def test_a_quote_closed_by_a_period_is_not_framed_by_the_next_sentence(found_in: Any) -> None:
    text = "“We are done here.” Reid said the senators had left."
    found = found_in(text)
    reported = _with(found, text, "the senators had left")
    assert span_text(text, reported.source) == "Reid"
    assert not any(f.kind == "direct" and f.cue_token == reported.cue_token for f in found)


def test_a_frame_before_a_colon_belongs_to_the_next_quote(found_in: Any) -> None:
    text = "“Let me be clear,” the coach wrote. “Nobody is leaving.” He added: “We stay together.”"
    found = found_in(text)
    second = _with(found, text, "Nobody is leaving.")
    third = _with(found, text, "We stay together.")
    assert span_text(text, second.cue) == "wrote"
    assert span_text(text, third.cue) == "added"


def test_reported_speech_takes_in_the_closing_mark(found_in: Any) -> None:
    text = "The coach says the league “has gone soft.”"
    assert any(span_text(text, f.content) == "the league “has gone soft.”" and f.kind == "indirect"
               for f in found_in(text))


def test_a_quote_whose_sentence_runs_on_takes_in_the_rest(found_in: Any) -> None:
    text = "The economist added: “In hindsight, we should have seen” it coming."
    f = _with(found_in(text), text, "In hindsight, we should have seen” it coming")
    assert f.kind == "direct" and span_text(text, f.outer) == "“In hindsight, we should have seen” it coming"


def test_a_signature_in_the_next_paragraph(found_in: Any) -> None:
    text = "The fact checker looked at two claims.\n\n“We never raised taxes on the middle class.”\n\n- Jane Doe."
    f = _with(found_in(text), text, "We never raised taxes on the middle class.")
    assert span_text(text, f.source) == "Jane Doe"


def test_that_said_is_not_a_statement(found_in: Any) -> None:
    text = "That said, the minister insisted that talks would go on."
    found = found_in(text)
    assert not any(span_text(text, f.source) == "That" for f in found)
    assert _with(found, text, "that talks would go on")


@pytest.mark.parametrize(("text", "expected"), [
    # web copy, one paragraph a line: an open quote stops at the line end
    ("He said “we will see.\nLater she said “no.”", ["we will see.", "no."]),
    # an opening mark typed where the closing one belongs
    ("“We are ready,“ he said. “Go.“", ["We are ready,", "Go."]),
    # marks inside markup are attribute values, not quotes
    ('<tweet author="@someone" date="May 1">Great rally tonight</tweet> and “more to come,” he said.',
     ["more to come,"]),
])
def test_line_paragraphs_and_markup(text: str, expected: list[str]) -> None:
    assert [text[q.start:q.end] for q in quoted_spans(text)] == expected


def test_hard_wrapped_text_keeps_its_paragraphs() -> None:
    line = "word " * 12
    text = f"{line}\n{line}\n{line}\n\n{line}"
    assert len(paragraphs(text)) == 2
    assert len(paragraphs(text.replace("\n\n", "\n").replace("word", "longerword"))) == 4


def test_one_long_line_does_not_unwrap_wrapped_copy() -> None:
    line = "word " * 12
    url = "https://www.example.org/" + "x" * 120
    text = "\n".join([line] * 11 + [url, "", line])
    assert len(paragraphs(text)) == 2
