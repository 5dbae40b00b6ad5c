"""Review of session 14: a that-clause after a title in marks is the cue's content; a modal with a
subject of its own after a frame is no run-on of the quote. Sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.quotes.conftest import span_text


@pytest.mark.parametrize(("text", "content"), [
    # the parser reads the clause as a relative clause on the title, as the title's clause, or as
    # the cue's clause after the title as its object
    ("The senator said in his 2015 book, “An Immigrant Son,” that his parents came from Cuba.",
     "that his parents came from Cuba"),
    ("The senator said in his memoir, “The Long Way Home,” that his mother raised him alone.",
     "that his mother raised him alone"),
    ("The senator said in her 2012 book, “Can't Is Not an Option,” that her parents came from India.",
     "that her parents came from India"),
    ("The senator said in his 2012 book, “A Farmer's Son,” that his parents came from Mexico.",
     "that his parents came from Mexico"),
    ("The senator wrote in his 2015 memoir, “Against the Current,” that his father had fled the war.",
     "that his father had fled the war"),
])
def test_a_that_clause_after_a_title_is_the_cues_content(found_in: Any, text: str, content: str) -> None:
    hits = found_in(text)
    assert [(span_text(text, h.content), span_text(text, h.source)) for h in hits] == \
        [(content, "The senator")]


@pytest.mark.parametrize("text", [
    # near misses: a title that closes the sentence, a relative clause of the writer's on a noun,
    # a noun phrase after the title whose relative clause has a verb
    "The senator said in his 2015 memoir, “Against the Current.”",
    "The senator spoke on Tuesday, the day that voters chose a new mayor.",
    "The senator published “Against the Current,” a 2015 memoir that sold poorly among voters.",
])
def test_no_that_clause_no_content(found_in: Any, text: str) -> None:
    assert not [h for h in found_in(text) if "Against" in (span_text(text, h.content) or "") or
                "voters" in (span_text(text, h.content) or "")]


def test_a_relative_clause_of_an_aside_is_no_content(found_in: Any) -> None:
    text = "The senator said in a statement, one that aides had drafted, that the city was ready."
    assert "that aides had drafted" not in [span_text(text, h.content) for h in found_in(text)]


@pytest.mark.parametrize(("text", "content"), [
    ("“We will hold the line,” she said, should anyone ask why the troops stayed.", "We will hold the line,"),
    ("“We will hold the line,” he said, could there be any doubt about it.", "We will hold the line,"),
])
def test_a_modal_with_its_own_subject_is_no_run_on(found_in: Any, text: str, content: str) -> None:
    assert content in [span_text(text, h.content) for h in found_in(text)]


def test_a_modal_the_quote_is_subject_of_still_runs_on(found_in: Any) -> None:
    text = "“Only a fool,” she said, would sign a deal like this one."
    assert "Only a fool,” she said, would sign a deal like this one" in \
        [span_text(text, h.content) for h in found_in(text)]


def test_he_passes_a_company_the_model_did_not_tag(quotes_of: Any) -> None:
    # (a capitalised subject no actor holds blocks a he/she only where it speaks, as in
    # test_session14_quotes: 'Vorkapich, whose house flooded in 1997, said ...')
    text = ("President Joe Biden spoke in Warsaw on Friday. Gazprom cut its gas supplies to Europe. "
            "“We will stand with Ukraine,” he said.")
    assert next(q.speakers for q in quotes_of(text) if "stand with" in (q.text or "")) == ("per:joe-biden",)
