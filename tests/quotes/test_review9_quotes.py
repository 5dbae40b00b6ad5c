"""Review 9 of the quotes stage: a speaker telling of his own words is one statement, an editor's
note defining a word is no statement, and a past verb joined to a reported clause after a copula
or an auxiliary is the outer speaker's. Sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.quotes.conftest import span_text


@pytest.mark.parametrize(("text", "speaker"), [
    ("Blinken said he had told Netanyahu “the time has come to close the gaps and sign the deal”.",
     "Blinken"),
    ("The minister said she had told the envoy “no plan that divides the city will pass”.",
     "The minister"),
    ("The rebels said they had told the mediators “our fighters will hold every position”.",
     "The rebels"),
])
def test_own_words_retold_are_one_record(quotes_of: Any, text: str, speaker: str) -> None:
    assert [q.speaker_text for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Scholz said Erdogan had told him “the border stays shut for now”.", "Erdogan"),
    ("Blinken said she had told Lammy “nobody wants a wider war”.", None),
])
def test_someone_elses_words_keep_their_own_record(quotes_of: Any, text: str,
                                                   speaker: str | None) -> None:
    records = quotes_of(text)
    assert len(records) == 2
    if speaker is not None:
        assert speaker in [q.speaker_text for q in records]


@pytest.mark.parametrize("text", [
    "Note: “Hamas” here refers to the armed movement that has run the Gaza Strip since 2007.",
    "Editor's note: “Settlers” in this story refers to Israelis who live in the occupied West Bank.",
    "Editor’s note: The term “hostages” means people seized on the day of the raid.",
    "The word “intifada” refers to an uprising against occupation.",
])
def test_editors_note_defining_a_word_is_no_statement(quotes_of: Any, found_in: Any, text: str) -> None:
    assert quotes_of(text) == []
    assert [f for f in found_in(text) if f.kind == "indirect"] == []


@pytest.mark.parametrize("text", [
    "Note: The talks resume on Monday, the ministry said.",
    "The minister's remarks referred to the collapse of the truce, aides said.",
    "“This is theft,” Lapid said, referring to the budget transfers.",
])
def test_notes_and_references_still_report(quotes_of: Any, text: str) -> None:
    assert [q.speaker_text for q in quotes_of(text)] != []


@pytest.mark.parametrize(("text", "accuser", "said"), [
    ("Netanyahu said Hamas was “stubborn” and accused the movement of sabotaging the truce.",
     "Netanyahu", "Hamas was “stubborn”"),
    ("Netanyahu said Hamas was stubborn and accused the movement of sabotaging the truce.",
     "Netanyahu", "Hamas was stubborn"),
    ("The envoy said Israel would never sign the draft and accused Hamas of moving the goalposts.",
     "The envoy", "Israel would never sign the draft"),
])
def test_past_verb_after_reported_copula_is_the_outer_speakers(
        found_in: Any, nlp: Any, text: str, accuser: str, said: str) -> None:
    found = found_in(text)
    accused = [f for f in found if span_text(text, f.cue) == "accused"]
    assert [span_text(text, f.source) for f in accused] == [accuser]
    assert said in [span_text(text, f.content) for f in found if span_text(text, f.cue) == "said"]


@pytest.mark.parametrize(("text", "accuser"), [
    ("The envoy said Hamas rejected the draft and accused Israel of moving the goalposts.", "Hamas"),
    ("The envoy said that Hamas had rejected the draft and had accused Israel of stalling.", "Hamas"),
    ("She noted that Sanders has criticized the bank and called its chief “reckless”.", "Sanders"),
])
def test_verb_of_the_reported_clause_keeps_its_subject(found_in: Any, text: str, accuser: str) -> None:
    accused = [f for f in found_in(text) if span_text(text, f.cue) in ("accused", "had accused", "called")]
    assert accused and {span_text(text, f.source) for f in accused} == {accuser}


@pytest.mark.parametrize(("text", "source", "cue"), [
    ("“The plan has failed every family in this state,” a narrator in the video states. “It is "
     "time for a change.”", "a narrator in the video", "states"),
    ("“We urge you to reconsider the sanctions,” the pair write. “Nothing is gained by waiting.”",
     "the pair", "write"),
])
def test_frame_verb_read_as_a_noun_frames_the_quote(found_in: Any, text: str, source: str,
                                                   cue: str) -> None:
    found = found_in(text)
    assert [(span_text(text, f.source), span_text(text, f.cue)) for f in found] == [(source, cue)] * 2


@pytest.mark.parametrize("text", [
    "“It is over,” the two states. Officials declined to comment.",
    "“It is over,” said the officials in the border states.",
])
def test_a_noun_after_a_quote_is_no_frame_of_its_own(found_in: Any, text: str) -> None:
    assert "states" not in [span_text(text, f.cue) for f in found_in(text)]
