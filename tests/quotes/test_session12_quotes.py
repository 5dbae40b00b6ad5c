"""Session 12: 'press' with an object reports only when the object is a party urged or a point
insisted on ('pressed Netanyahu', 'pressed the case'), not a thing pressed ('pressed the button');
a frame after 'as' in the middle of a clause reports the clause around it; a second passive the
parse reads as active has no speaker. Sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.quotes.conftest import span_text


@pytest.mark.parametrize("text", [
    "She pressed the button and the lift doors closed.",
    "Protesters pressed the barrier outside the embassy.",
    "Workers pressed olives at the mill near Jenin.",
    "He pressed his hand against the glass of the cell.",
    "The guard pressed the button to open the gate.",
    "The rebels have been pressing their advantage in the north.",
])
def test_a_thing_pressed_is_no_statement(found_in: Any, text: str) -> None:
    assert found_in(text) == []


@pytest.mark.parametrize(("text", "source", "content"), [
    ("Blinken pressed Netanyahu to accept the deal.", "Blinken", "Netanyahu to accept the deal"),
    ("Blinken pressed Netanyahu on the fate of the hostages.", "Blinken",
     "Netanyahu on the fate of the hostages"),
    ("The European Union pressed the government on judicial reforms.", "The European Union",
     "the government on judicial reforms"),
    ("The senator pressed for a ceasefire in Gaza.", "The senator", "a ceasefire in Gaza"),
    # insisting on a point: the report stands
    ("The lawyer pressed the issue with the judge on Monday.", "The lawyer", "the issue"),
    ("The governor has been pressing the case that low rates help growth.", "The governor",
     "the case that low rates help growth"),
])
def test_press_urging_a_party_or_a_point_reports(found_in: Any, text: str, source: str,
                                                 content: str) -> None:
    [hit] = found_in(text)
    assert (span_text(text, hit.source), span_text(text, hit.content)) == (source, content)


@pytest.mark.parametrize(("text", "content", "source", "cue"), [
    ("The talks, as one diplomat put it, are “a dead end.”",
     "The talks, as one diplomat put it, are “a dead end.”", "one diplomat", "put it"),
    ("The talks, as one diplomat put it, are a dead end.",
     "The talks, as one diplomat put it, are a dead end", "one diplomat", "put it"),
    ("Talks, as the minister said, were at a dead end.",
     "Talks, as the minister said, were at a dead end", "the minister", "said"),
    ("The result, as he explained on Monday, was a bubble that could burst.",
     "The result, as he explained on Monday, was a bubble that could burst", "he", "explained"),
])
def test_an_as_frame_mid_clause_reports_the_clause_around_it(found_in: Any, text: str, content: str,
                                                             source: str, cue: str) -> None:
    [hit] = found_in(text)
    assert (span_text(text, hit.content), span_text(text, hit.source), span_text(text, hit.cue)) == \
        (content, source, cue)


@pytest.mark.parametrize(("text", "content"), [
    # at the opening of the sentence, the 'as' frame reports the clause after it
    ("As the Post reported, the army withdrew from the town.", "the army withdrew from the town"),
    ("The offer, one official said, was final.", "The offer, one official said, was final"),
    # after a sentence adverb the frame splits no clause: the clause after it is the report
    ("Of course, as one analyst observed, the biggest winner was not on the stage.",
     "the biggest winner was not on the stage"),
    ("However, as the Post has reported, the cases were rare.", "the cases were rare"),
])
def test_frames_beside_the_as_frame_keep_their_content(found_in: Any, text: str, content: str) -> None:
    assert [span_text(text, f.content) for f in found_in(text)] == [content]


def test_as_put_it_outside_a_frame_is_no_statement(found_in: Any) -> None:
    assert found_in("The army withdrew from the town, as the minister had promised.") == []
    assert found_in("She put it on the table as the meeting began.") == []


@pytest.mark.parametrize("text", [
    "The plan was drafted by aides and criticised as reckless.",
    "The deal was signed in Doha and hailed as a breakthrough.",
])
def test_a_second_passive_read_as_active_gives_no_speaker(found_in: Any, text: str) -> None:
    assert all(f.source is None for f in found_in(text))


@pytest.mark.parametrize(("text", "content"), [
    ("He was asked about the deal and described it as a breakthrough.", "it as a breakthrough"),
    ("He was asked about the deal and said it was close.", "it was close"),
])
def test_an_active_after_a_passive_keeps_its_subject(found_in: Any, text: str, content: str) -> None:
    [hit] = [f for f in found_in(text) if span_text(text, f.content) == content]
    assert span_text(text, hit.source) == "He"
