"""Session 11: a cue verb in a sense that reports nothing is no attribution ('pressed against a
fence' is physical; 'pressed Iran to halt', 'pressed for talks' are directives), and an infinitive
under a request to someone ('begged reporters to ask') is what was asked for, not a statement of the
one who asked. Sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.quotes.conftest import span_text


@pytest.mark.parametrize("text", [
    "Viewers were spread across the lawn and pressed against a fence.",
    "Protesters were kept behind barriers and pressed against the gates of the embassy.",
    "The crowd pressed against the barriers outside the courthouse.",
    # a fronted phrase is no fallback content of the physical sense
    "Behind the stage, supporters stood on the grass and pressed against a barrier, waiting for the senator.",
    "Near the podium, reporters pressed forward to hear the minister.",
])
def test_pressed_against_is_no_statement(found_in: Any, text: str) -> None:
    assert found_in(text) == []


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The senators pressed Iran to halt enrichment at Fordow.", "pressed",
     "Iran to halt enrichment at Fordow"),
    ("Aides to the governor have pressed for a bigger role in the talks.", "have pressed for",
     "a bigger role in the talks"),
    ("The talks must go on, he pressed.", "pressed", "The talks must go on"),
])
def test_press_as_a_directive_still_reports(found_in: Any, text: str, cue: str, content: str) -> None:
    [hit] = found_in(text)
    assert (span_text(text, hit.cue), span_text(text, hit.content)) == (cue, content)


@pytest.mark.parametrize(("text", "content"), [
    ("Manafort all but begged reporters to ask him about something else.",
     "reporters to ask him about something else"),
    ("The mayor urged residents to report any damage to the city.",
     "residents to report any damage to the city"),
    ("The envoy pressed both sides to accept the ceasefire terms.",
     "both sides to accept the ceasefire terms"),
])
def test_an_infinitive_under_a_request_is_its_content(found_in: Any, text: str, content: str) -> None:
    assert [span_text(text, f.content) for f in found_in(text)] == [content]
