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
