"""Review 9 mends of the quotes stage: a pronoun that is someone other than the subject tells
his own words (one record only when it is the speaker again), and a past verb joined to a
reported clause stays that clause's when it names an act, not a statement. Sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.quotes.conftest import span_text


@pytest.mark.parametrize(("text", "teller"), [
    ("Harris's aide said she had told Meloni “we stand together”.", "she"),
    ("A spokesman for Netanyahu said he had told Biden “Israel will defend itself”.", "he"),
    ("The prime minister's office said he had told Biden “Israel will defend itself”.", "he"),
])
def test_a_pronoun_that_is_not_the_subject_keeps_its_record(quotes_of: Any, text: str,
                                                          teller: str) -> None:
    assert teller in [q.speaker_text for q in quotes_of(text)]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Meloni called Harris on Monday. Harris said she had told Meloni “we stand together”.", "Harris"),
    ("Qatar said it had told Hamas “the offer stands”.", "Qatar"),
])
def test_the_speaker_retelling_stays_one_record(quotes_of: Any, text: str, speaker: str) -> None:
    words = text.split("“")[1].split("”")[0]
    assert [q.speaker_text for q in quotes_of(text) if q.text == words] == [speaker]


@pytest.mark.parametrize(("text", "said", "actor"), [
    ("Witnesses said the man was drunk and attacked the guards with a knife.",
     "the man was drunk and attacked the guards with a knife", "the man"),
    ("Sources said the envoy was angry and slammed the door on his way out.",
     "the envoy was angry and slammed the door on his way out", "the envoy"),
    ("Aides said Netanyahu was tired and declined to meet the envoy.",
     "Netanyahu was tired and declined to meet the envoy", None),
    ("Aides said Netanyahu was tired and refused to leave the room.",
     "Netanyahu was tired and refused to leave the room", None),
])
def test_an_act_joined_to_the_reported_clause_is_its_subjects(found_in: Any, text: str, said: str,
                                                              actor: str | None) -> None:
    found = found_in(text)
    assert said in [span_text(text, f.content) for f in found if span_text(text, f.cue) == "said"]
    outer = text.split(" said ")[0]
    assert outer not in [span_text(text, f.source) for f in found if span_text(text, f.cue) != "said"]
    if actor is not None:
        assert actor in [span_text(text, f.source) for f in found]


@pytest.mark.parametrize(("text", "said", "cue"), [
    ("The spokesman said the talks were difficult and declined to comment further.",
     "the talks were difficult", "declined"),
    ("The spokesman said the talks were difficult and refused to say when they would resume.",
     "the talks were difficult", "refused"),
])
def test_declining_to_say_goes_on_with_the_speaker(found_in: Any, text: str, said: str, cue: str) -> None:
    found = found_in(text)
    assert said in [span_text(text, f.content) for f in found if span_text(text, f.cue) == "said"]
    assert [span_text(text, f.source) for f in found if span_text(text, f.cue) == cue] == ["The spokesman"]
