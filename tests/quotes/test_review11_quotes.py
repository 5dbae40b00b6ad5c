"""Review of session 11: near misses of its rules. An addressee after 'to' is no content, a noun
before a name's relative clause is no title, a floating 'both' is no speaker, and a verb joined to
the passive of a question is the asker's. Sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.quotes.conftest import span_text


@pytest.mark.parametrize("text", [
    "The senator's message to the donors was simple: “We need your help.”",
    "The governor's remarks to reporters on Friday were brief.",
])
def test_an_addressee_is_no_content(found_in: Any, text: str) -> None:
    assert "the donors" not in [span_text(text, f.content) for f in found_in(text)]
    assert "reporters on Friday" not in [span_text(text, f.content) for f in found_in(text)]


def test_opposition_to_names_its_content(found_in: Any) -> None:
    text = "The union's opposition to the pension reform surprised nobody."
    [hit] = found_in(text)
    assert (span_text(text, hit.content), span_text(text, hit.source)) == (
        "the pension reform", "The union's")


@pytest.mark.parametrize(("text", "source"), [
    ("The pride Mr. Cruz feels that his father escaped Cuba shows in every speech.", "Mr. Cruz"),
    ("Sudan's army chief Abdel Fattah al-Burhan said the war would go on.",
     "Sudan's army chief Abdel Fattah al-Burhan"),
])
def test_a_title_is_no_noun_before_a_relative_clause(found_in: Any, text: str, source: str) -> None:
    hit = found_in(text)[0]
    assert span_text(text, hit.source) == source


@pytest.mark.parametrize(("text", "source"), [
    ("Clinton and Sanders both said the primary had been fair.", "Clinton and Sanders"),
    ("The three envoys each said the talks had stalled.", "The three envoys"),
    ("The woman who started it all said the protest would go on.", "The woman who started it all"),
])
def test_a_floating_quantifier_is_no_speaker(found_in: Any, quotes_of: Any, text: str,
                                             source: str) -> None:
    [hit] = found_in(text)
    assert span_text(text, hit.source) == source
    assert [q.speaker_text for q in quotes_of(text)] == [source]


def test_the_asker_says_what_follows_the_question(found_in: Any) -> None:
    text = "The reporter asked Kirby whether the strike was approved and said it was a simple question."
    sources = {span_text(text, f.source) for f in found_in(text)}
    assert "the strike" not in sources


@pytest.mark.parametrize("text", [
    "The army's attack was simple: tanks crossed the border at dawn.",
    "The rebels' position was stark: they were surrounded on three sides.",
    "Her support for the bill was clear: she voted for it twice.",  # ('support for the bill' is)
])
def test_a_deed_before_a_colon_frames_nothing(found_in: Any, text: str) -> None:
    after = text.split(": ")[1].rstrip(".")
    assert after not in [span_text(text, f.content) for f in found_in(text)]


@pytest.mark.parametrize(("text", "content"), [
    ("Her message to voters was clear: the party would not raise taxes.",
     "the party would not raise taxes"),
    ("Their opposition was that the plan would cost too much.", "that the plan would cost too much"),
])
def test_words_before_a_colon_or_that_are_framed(found_in: Any, text: str, content: str) -> None:
    [hit] = found_in(text)
    assert span_text(text, hit.content) == content
