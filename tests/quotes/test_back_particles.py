"""Verbs of retort whose particle the parser reads as an adverb ('shot back', 'fired back',
'hit back'): the verb with 'back' frames the quote after it; without 'back' it is no cue.
Sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(("text", "content", "cue", "speaker"), [
    ("When the envoy mocked her, the minister shot back, “I could have stayed home, but I chose "
     "to negotiate.”", "I could have stayed home, but I chose to negotiate.", "shot back",
     "the minister"),
    ("The spokesman fired back: “Our patience with Ankara is not unlimited.”",
     "Our patience with Ankara is not unlimited.", "fired back", "The spokesman"),
    ("Lavrov hit back, “Washington is in no position to lecture anyone.”",
     "Washington is in no position to lecture anyone.", "hit back", "Lavrov"),
])
def test_back_particle_frames_a_quote(quotes_of: Any, text: str, content: str, cue: str,
                                      speaker: str) -> None:
    found = [(q.text, q.cue, q.speaker_text) for q in quotes_of(text)]
    assert (content, cue, speaker) in found


@pytest.mark.parametrize("text", [
    "Troops fired on the convoy near the border crossing, the ministry said.",
    "Health spending shot back up last year, the ministry said.",
])
def test_without_back_no_statement_of_the_verb(quotes_of: Any, text: str) -> None:
    assert all(q.cue not in ("fired", "shot", "shot back") for q in quotes_of(text))


@pytest.mark.parametrize("text", [
    "Hezbollah fired back rockets toward Haifa after the raid.",
    "The militia fired back a salvo of missiles at the frigate.",
    "Air defence units shot back several drones over Kursk.",
    "The sailors shot back three warning shots at the skiff.",
])
def test_back_particle_with_a_weapon_object_is_no_statement(quotes_of: Any, text: str) -> None:
    assert [q.cue for q in quotes_of(text)] == []


@pytest.mark.parametrize(("text", "content", "cue"), [
    ("The foreign minister fired back that Berlin had no lessons to give.",
     "that Berlin had no lessons to give", "fired back"),
    ("“Nobody in Moscow takes that seriously,” the spokeswoman shot back.",
     "Nobody in Moscow takes that seriously,", "shot back"),
])
def test_back_particle_with_a_clause_or_quote_reports(quotes_of: Any, text: str, content: str,
                                                      cue: str) -> None:
    assert (content, cue) in [(q.text, q.cue) for q in quotes_of(text)]
