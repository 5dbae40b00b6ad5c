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


@pytest.mark.parametrize("text", [
    "From Rafah: “There is nowhere safe left for us.”",
    "The talks stalled.\n\nFrom Khan Younis: “We have nothing left.”",
    "Talks resume next week. From Thursday: “The crossing will open at 9 a.m. for aid trucks.”",
    "Reporters visited the trenches. From the ground: “We need more drones, not more speeches.”",
    "From the sidelines of the conference: “This is a turning point for the region.”",
    "Here's Wednesday's schedule: “Talks begin at noon in Cairo.”",
])
def test_lead_naming_a_place_date_or_locative_gives_no_speaker(quotes_of: Any, text: str) -> None:
    assert [q.speaker_text for q in quotes_of(text) if q.speaker_text] == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("From the report: “Most of the damage was caused by artillery.”", "the report"),
    ("Here's Carter in 1979: “We have a duty to pursue peace.”", "Carter"),
    ("From the Jordanian side: “We will not accept any displacement.”", "the Jordanian side"),
    ("The talks stalled.\n\nMore from Kirby: “We are not going to get ahead of the negotiators.”",
     "Kirby"),
    ("From the State Department: “We continue to push for a ceasefire.”", "the State Department"),
    ("From Rafah: “There is nowhere safe left for us,” the aid worker said.", "the aid worker"),
])
def test_lead_naming_a_source_or_a_frame_after_gives_the_speaker(quotes_of: Any, text: str,
                                                                  speaker: str) -> None:
    assert [q.speaker_text for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text", [
    "“We are prepared,” said Saudi Foreign Minister Prince Faisal bin Farhan Al Saud, asked about "
    "the next meeting.",
    "“We have no choice,” said Olena, a nurse in Kharkiv, asked about the evacuation.",
    "“We are ready,” said Gallant, asked about the northern front.",
])
def test_asked_aside_after_a_long_inverted_frame_is_no_statement(quotes_of: Any, text: str) -> None:
    assert [q.cue for q in quotes_of(text)] == ["said"]


def test_asked_as_the_subjects_own_verb_stays(quotes_of: Any) -> None:
    text = "Olena, a nurse in Kharkiv, asked about the evacuation and said “We have no choice.”"
    assert "asked about" in [q.cue for q in quotes_of(text)]


@pytest.mark.parametrize("text", [
    "In a television interview on Sunday, the senator responded.",
    "Later that day, the minister said.",
])
def test_a_cues_leading_adverbial_is_no_content(quotes_of: Any, text: str) -> None:
    assert [q.text for q in quotes_of(text)] == []


def test_retort_with_a_noun_of_saying_reports(quotes_of: Any) -> None:
    text = "Later that day, the senator fired back a response saying he would not support the plan."
    assert ("a response saying he would not support the plan", "fired back") in [
        (q.text, q.cue) for q in quotes_of(text)]


def test_carried_quote_merges_into_the_speakers_own_document(quotes_of: Any) -> None:
    text = ("“Focus will turn to Nevada,” campaign manager Robby Mook wrote. “We have built strong "
            "teams” there and in March states, the memo stated.")
    assert [q.cue for q in quotes_of(text)] == ["wrote", "stated"]


@pytest.mark.parametrize(("text", "quoted", "added", "cue", "speaker"), [
    ("Peskov said “the West” had no right to set conditions and added that Moscow would respond.",
     "the West", "that Moscow would respond", "added", "Peskov"),
    ("Peskov said “NATO” was escalating the conflict and added that Moscow would respond.",
     "NATO", "that Moscow would respond", "added", "Peskov"),
    ("Erdogan said “Israel” must be held accountable and warned that Ankara would not stay silent.",
     "Israel", "that Ankara would not stay silent", "warned", "Erdogan"),
    ("The ministry said “dozens” were killed and added that rescue teams were still searching.",
     "dozens", "that rescue teams were still searching", "added", "The ministry"),
])
def test_quoted_subject_is_partial_and_the_added_statement_is_the_speakers(
        quotes_of: Any, text: str, quoted: str, added: str, cue: str, speaker: str) -> None:
    found = [(q.kind, q.text, q.cue, q.speaker_text) for q in quotes_of(text)]
    assert ("partial", quoted, "said", speaker) in found
    assert ("indirect", added, cue, speaker) in found


def test_a_quoted_sentence_after_said_stays_direct(quotes_of: Any) -> None:
    text = "Kirby said “We are closer than ever.”"
    assert [(q.kind, q.text) for q in quotes_of(text)] == [("direct", "We are closer than ever.")]


@pytest.mark.parametrize(("text", "speaker"), [
    ("“We will not surrender,” said Hamas official Osama Hamdan, speaking in Beirut.",
     "Hamas official Osama Hamdan"),
    ("“The plant is stable,” said Grossi, reached by phone in Vienna.", "Grossi"),
    ("“We have no food,” said Ahmed, displaced from Khan Younis, who now lives in a tent.", "Ahmed"),
    ("“The war is over,” declared the headline on May 8, 1945.", "the headline"),
])
def test_inverted_frames_speaker_leaves_out_a_closing_aside(quotes_of: Any, text: str,
                                                            speaker: str) -> None:
    assert [q.speaker_text for q in quotes_of(text)] == [speaker]
