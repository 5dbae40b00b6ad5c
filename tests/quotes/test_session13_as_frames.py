"""Session 13: source frames after 'as' ('As the Post reported on Monday, S', 'S, as reported by
Reuters', 'as the minister described it'); frames with nobody named, and 'as' of time or cause,
are no statement. Sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.quotes.conftest import span_text


@pytest.mark.parametrize(("text", "content", "source", "cue"), [
    ("As the Post reported on Monday, the talks stalled over the weekend.",
     "the talks stalled over the weekend", "the Post", "reported"),
    ("The talks stalled over the weekend, as the Post reported on Monday.",
     "The talks stalled over the weekend", "the Post", "reported"),
    ("The talks stalled over the weekend, as reported by Reuters.",
     "The talks stalled over the weekend", "Reuters", "reported"),
    ("The talks stalled over the weekend, as first reported by Axios.",
     "The talks stalled over the weekend", "Axios", "first reported"),
    ("As first reported by Axios, the talks stalled over the weekend.",
     "the talks stalled over the weekend", "Axios", "first reported"),
    ("As Reuters first reported, the two sides met in Cairo.",
     "the two sides met in Cairo", "Reuters", "first reported"),
])
def test_an_as_frame_reports_the_clause_it_hangs_on(found_in: Any, text: str, content: str,
                                                    source: str, cue: str) -> None:
    [hit] = found_in(text)
    assert (span_text(text, hit.content), span_text(text, hit.source), span_text(text, hit.cue)) == \
        (content, source, cue)


@pytest.mark.parametrize(("text", "content", "source"), [
    # the 'it' stands for the words reported: the clause the frame hangs on, never 'it' itself
    ("The deal was a betrayal of the workers, as the minister described it.",
     "The deal was a betrayal of the workers", "the minister"),
    ("As the minister described it, the deal was a betrayal of the workers.",
     "the deal was a betrayal of the workers", "the minister"),
    ("The talks were a dead end, as one diplomat put it.", "The talks were a dead end", "one diplomat"),
])
def test_described_it_reports_what_it_stands_for(found_in: Any, text: str, content: str,
                                                 source: str) -> None:
    [hit] = found_in(text)
    assert (span_text(text, hit.content), span_text(text, hit.source)) == (content, source)
    assert span_text(text, hit.cue).endswith(" it")


@pytest.mark.parametrize(("text", "outer", "inner", "inner_source"), [
    ("He said the talks, as one aide put it, were dead.",
     "the talks, as one aide put it, were dead", "the talks, as one aide put it, were dead", "aide"),
    ("She said that the plan, as one official described it, was unworkable.",
     "that the plan, as one official described it, was unworkable",
     "the plan, as one official described it, was unworkable", "official"),
])
def test_an_as_frame_inside_a_reported_clause(found_in: Any, text: str, outer: str, inner: str,
                                              inner_source: str) -> None:
    hits = {span_text(text, h.cue): h for h in found_in(text)}
    said = next(h for c, h in hits.items() if c in ("said",))
    framed = next(h for c, h in hits.items() if c and c.endswith(" it"))
    assert span_text(text, said.content) == outer
    assert span_text(text, framed.content) == inner
    assert inner_source in (span_text(text, framed.source) or "")


@pytest.mark.parametrize("text", [
    "As expected, the talks stalled over the weekend.",
    "The troops withdrew from the border, as agreed in Doha.",
    "The talks stalled over the weekend, as reported earlier.",
    "As reported earlier, the talks stalled over the weekend.",
    "The crowd fell silent as the minister spoke.",
    "He smiled at the cameras, as the reporter asked again.",
    "The convoy left at dawn, as the minister said goodbye to the troops.",
])
def test_no_source_or_no_frame_is_no_as_statement(found_in: Any, text: str) -> None:
    assert all(span_text(text, h.cue) not in ("reported", "expected", "agreed", "spoke", "asked")
               for h in found_in(text))
    assert not any(span_text(text, h.content) in ("the talks stalled over the weekend",
                                                  "The talks stalled over the weekend",
                                                  "The crowd fell silent",
                                                  "He smiled at the cameras",
                                                  "The convoy left at dawn")
                   for h in found_in(text))


def test_an_it_frame_with_a_time_still_frames(found_in: Any) -> None:
    text = "As the senator put it on Monday, the talks are a dead end."
    [hit] = found_in(text)
    assert (span_text(text, hit.content), span_text(text, hit.cue)) == ("the talks are a dead end", "put it")
    assert found_in("As the clerk put it on the shelf, the lights went out.") == []


@pytest.mark.parametrize(("text", "content"), [
    # after a colon the clause after it; a leading 'that' is the outer clause's
    ("The campaign has shifted gear: the main super PAC started buying ad time this week, as first "
     "reported by the Times on Tuesday.", "the main super PAC started buying ad time this week"),
    ("It does not help that invoking Weimar is a classic scare tactic, as one columnist noted in "
     "The Intercept.", "invoking Weimar is a classic scare tactic"),
])
def test_a_trailing_frame_reports_its_own_clause(found_in: Any, text: str, content: str) -> None:
    assert content in [span_text(text, h.content) for h in found_in(text)]


@pytest.mark.parametrize("text", [
    # 'as' of time: the verb says what was done, not when or to whom
    "As the White House hints at what its plans might include, the governor is not having any of it.",
    "As Trump and Cruz lamented illegal immigration, Clinton reached out to Spanish-speaking voters.",
])
def test_as_of_time_with_a_complement_is_no_frame(found_in: Any, text: str) -> None:
    clause = text.split(", ", 1)[1].rstrip(".")
    assert clause not in [span_text(text, h.content) for h in found_in(text)]


def test_a_frame_after_a_framed_quote_reports_the_report(found_in: Any) -> None:
    text = "“We would act,” Carson noted in an interview, as reported by BuzzFeed News."
    assert [span_text(text, h.source) for h in found_in(text)] == ["Carson"]


def test_a_frame_that_is_no_report_does_not_join_clauses(found_in: Any) -> None:
    text = "McCain supported it and Cruz, as he has in the past, opposed the measure."
    assert all("opposed" not in (span_text(text, h.content) or "") for h in found_in(text)
               if span_text(text, h.cue) == "supported")
