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


@pytest.mark.parametrize(("text", "carried", "speaker"), [
    ("“We will strike back,” the Houthi spokesman said. “The answer will be painful” and will come "
     "quickly, Al Masirah reported.", "The answer will be painful", "the Houthi spokesman"),
    ("“We are very close,” Miller said. “Some gaps remain” but mediators were hopeful, according "
     "to three diplomats.", "Some gaps remain", "Miller"),
    ("“We condemn this attack,” Cameron said. “It is unacceptable” and Hezbollah bears "
     "responsibility, a senior Foreign Office official said later.", "It is unacceptable", "Cameron"),
])
def test_carried_quote_stays_when_another_source_frames_the_sentence(
        quotes_of: Any, text: str, carried: str, speaker: str) -> None:
    assert (carried, "direct", speaker) in [(q.text, q.kind, q.speaker_text) for q in quotes_of(text)]


@pytest.mark.parametrize("text", [
    "“We are ready,” Gallant said. “The army is prepared” and Hezbollah should take note, he told "
    "reporters.",
    "“We are ready,” Yoav Gallant said. “The army is prepared” and Hezbollah should take note, "
    "Gallant told reporters.",
])
def test_carried_quote_is_one_statement_with_the_same_speakers_frame(quotes_of: Any,
                                                                    text: str) -> None:
    kinds = [(q.kind, q.cue) for q in quotes_of(text) if "The army is prepared" in q.text]
    assert kinds == [("indirect", "told")]
