"""Review of session 13's quote rules: near misses of the 'as' frame inside a reported clause,
the crowd cries and the past tense read as a relative. Sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.quotes.conftest import span_text


@pytest.mark.parametrize(("text", "cue", "content"), [
    # an 'as' frame before a coordinator closes the clause: the verb after 'and' is a second act
    ("He criticized the plan, as one aide put it, and walked out.", "criticized", "the plan"),
    ("She announced the cuts, as the Post reported, and resigned.", "announced", "the cuts"),
])
def test_a_frame_before_and_does_not_run_the_clause_on(found_in: Any, text: str, cue: str,
                                                       content: str) -> None:
    hits = found_in(text)
    assert [span_text(text, h.content) for h in hits if span_text(text, h.cue) == cue] == [content]
    assert not any("and" in (span_text(text, h.content) or "").split() for h in hits)


@pytest.mark.parametrize(("text", "source"), [
    ("His old friends jeered loudly, “Goodbye!”", "His old friends"),
    ("Opposition lawmakers had jeered, “Shame on you!”", "Opposition lawmakers"),
    ("His friends jeered, “Goodbye!”", "His friends"),  # tagged a present: nlp's lemma mend
])
def test_jeer_frames_a_quote(found_in: Any, text: str, source: str) -> None:
    [hit] = found_in(text)
    assert (hit.kind, span_text(text, hit.source)) == ("direct", source)
    assert "jeered" in (span_text(text, hit.cue) or "")


@pytest.mark.parametrize("text", [
    "The crowd jeered the minister as he left the hall.",  # a frame verb, no cue of speech
    "The crowd jeered at the plan.",
])
def test_jeer_without_a_quote_is_no_statement(found_in: Any, text: str) -> None:
    assert found_in(text) == []


@pytest.mark.parametrize("text", [
    # who hears or tells of a cry is not who cried it
    "He heard cries of “Help!” from the river.",
    "The crowd heard a chant of “No justice, no peace” from the street.",
    "The reporter described the cries of “Shame!” from the gallery.",
])
def test_the_object_of_hearing_is_no_crowd_cry(found_in: Any, text: str) -> None:
    assert not any("cry" in h.flags for h in found_in(text))


def test_a_led_chant_is_its_leaders(found_in: Any) -> None:
    text = "Students led chants of “Free Palestine!” outside the library."
    [hit] = found_in(text)
    assert (span_text(text, hit.source), span_text(text, hit.cue)) == ("Students", "chants of")
