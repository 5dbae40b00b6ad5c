"""Review 8 of the quotes stage: a third party's quote inside reported speech keeps its speaker,
a carried quote is not merged into another source's frame, a lead label names a source (not a
place, a date or a locative noun), and an 'asked about' aside after a long inverted frame is no
statement. Sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(("text", "content", "cue", "speaker"), [
    ("Scholz said Erdogan had told him “we will not open the border under any circumstances”.",
     "we will not open the border under any circumstances", "had told", "Erdogan"),
    ("The mediator said Hamas had threatened “a response the occupation will not forget”.",
     "a response the occupation will not forget", "had threatened", "Hamas"),
    ("Gantz said Netanyahu had promised “a complete victory” but had delivered only division.",
     "a complete victory", "had promised", "Netanyahu"),
])
def test_third_party_speech_inside_reported_speech_keeps_its_speaker(
        quotes_of: Any, text: str, content: str, cue: str, speaker: str) -> None:
    found = [(q.text, q.cue, q.speaker_text) for q in quotes_of(text)]
    assert (content, cue, speaker) in found


@pytest.mark.parametrize(("text", "speaker"), [
    ("Borrell said the two sides opposed “any unilateral step”.", "Borrell"),
    ("The spokesman said Israel had rejected “every serious proposal”.", "The spokesman"),
])
def test_stance_inside_reported_speech_is_one_record(quotes_of: Any, text: str,
                                                     speaker: str) -> None:
    assert [q.speaker_text for q in quotes_of(text)] == [speaker]
