"""Session 22: a request or question in a relative clause of a root noun ends before the
sentence's verb the parser hung inside it, the passive of 'asked not to be named' names no one,
and a report run on into the sentence's own verb is a reduced relative. Sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.quotes.conftest import span_text


def _records(found_in: Any, text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(span_text(text, f.cue), span_text(text, f.source), span_text(text, f.content))
            for f in found_in(text)]


@pytest.mark.parametrize(("text", "content"), [
    ("The general who urged his troops to hold the line was killed on Sunday.", "his troops to hold the line"),
    ("The diplomat who asked reporters whether the talks had failed smiled.", "whether the talks had failed"),
    ("The diplomat who asked reporters whether the talks had failed smiled and left.",
     "whether the talks had failed"),
    # near misses: a verb that reports a clause, a participle of the request, no relative
    ("The general who urged his troops to believe the line was broken.",
     "his troops to believe the line was broken"),
    ("The man who asked his wife to keep the doors locked.", "his wife to keep the doors locked"),
    ("The official who asked reporters whether the car had got stuck.", "whether the car had got stuck"),
])
def test_a_request_in_a_relative_clause_ends_before_the_sentences_verb(found_in: Any, text: str,
                                                                        content: str) -> None:
    """The root noun needs a verb: a clause hung on a verb that reports none ('hold'), or a
    participle right after a verb ('had failed smiled'), is the sentence's."""
    assert [r[2] for r in _records(found_in, text) if r[1] == "who"] == [content]


def test_a_request_with_no_relative_keeps_its_clause(found_in: Any) -> None:
    """No root noun: the cut is not made."""
    text = "The general urged his troops to hold the line was killed on Sunday."
    assert ("urged", "The general", "his troops to hold the line was killed on Sunday") in _records(found_in, text)


@pytest.mark.parametrize("text", [
    "A senior official, who asked not to be named, said the talks had stalled.",
    "An official, who asked not to be named because she was not authorised to speak, said the talks had stalled.",
    "The minister asked to be named envoy to the talks.",
])
def test_asked_not_to_be_named_names_no_one(quotes_of: Any, text: str) -> None:
    """'named' under 'asked' is the reporter's term for the source: no record of it."""
    assert not [q for q in quotes_of(text) if "named" in (q.cue or "")]


@pytest.mark.parametrize(("text", "source"), [
    ("A senior official, who asked not to be named, said the talks had stalled.", "A senior official"),
    ("The senator asked that the report not be named after him.", "The senator"),
    # review: a passive 'named' deep in what is said or asked is no anonymity
    ("He declined to say who would be named to the post.", "He"),
    ("The spokesman refused to confirm that the general would be named as the new commander.", "The spokesman"),
    ("The senator requested to know whether the officers would be identified.", "The senator"),
])
def test_the_source_still_speaks(quotes_of: Any, text: str, source: str) -> None:
    assert any(q.speaker_text == source for q in quotes_of(text))


@pytest.mark.parametrize("text", [
    "The ceasefire reported on Sunday the mediators had brokered collapsed.",
    "The truce reported on Sunday the rebels had signed broke down.",
])
def test_a_report_run_on_into_the_sentences_verb_reports_nothing(found_in: Any, text: str) -> None:
    """A tensed verb right after the clause, with no 'and' or comma, is the sentence's own: the
    'report' is a reduced relative of its noun."""
    assert not [r for r in _records(found_in, text) if r[0] == "reported"]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("The paper reported on Sunday the mediators had brokered a truce.", "The paper",
     "the mediators had brokered a truce"),
    ("The envoy reported on Sunday the talks had stalled and resumed.", "The envoy",
     "the talks had stalled and resumed"),
    ("The ceasefire reported on Sunday the mediators had brokered a deal.", "The ceasefire",
     "the mediators had brokered a deal"),
    ("The army said the rebels had fled, retreated and regrouped.", "The army",
     "the rebels had fled, retreated and regrouped"),
    ("The paper reported on Sunday the rebels had signed up for the talks.", "The paper",
     "the rebels had signed up for the talks"),
    ("The paper reported on Sunday the ministry had kept quiet.", "The paper", "the ministry had kept quiet"),
])
def test_a_joined_or_complete_report_stays(found_in: Any, text: str, source: str, content: str) -> None:
    assert any(r[1] == source and r[2] == content for r in _records(found_in, text))


@pytest.mark.parametrize(("text", "cue", "source"), [
    ("China warned that “Taiwan independence means war,” and accused President Lai of provoking conflict.",
     "accused", "China"),
    ("China warned that “Taiwan independence means war” and accused President Lai of provoking conflict.",
     "accused", "China"),
    ("The spokesman said that “Hamas rejects the deal,” and denied the report.", "denied", "The spokesman"),
    ("Residents said “the soldiers came at night,” and accused them of looting.", "accused", "Residents"),
    # near miss: a subject of its own after the marks
    ("He said that “the talks are dead,” and the rebels accused the army of lying.", "accused", "the rebels"),
])
def test_a_verb_joined_after_a_quoted_clause_is_the_speakers(found_in: Any, text: str, cue: str,
                                                             source: str) -> None:
    """The quoted words close before 'and': the joined verb is outside them, the speaker's."""
    assert [r[1] for r in _records(found_in, text) if r[0] == cue] == [source]


@pytest.mark.parametrize(("text", "cue", "speakers"), [
    ("Zelenskiy visited the front on Saturday. The commander who ordered the advance on Kursk was praised by him.",
     "ordered", ()),
    ("Burhan spoke in Port Sudan. A general who told reporters the army would win was later dismissed.", "told", ()),
    ("Blinken arrived in Israel. Mediators who urged Hamas to accept the deal said a reply was due.", "urged", ()),
    # its noun named: that one
    ("Blinken arrived in Israel. Hamas leader Yahya Sinwar, who urged fighters to keep going, was not seen again.",
     "urged", ("per:yahya-sinwar",)),
    ("Netanyahu met Blinken on Monday. Netanyahu, who said Israel would not withdraw, left early.", "said",
     ("per:benjamin-netanyahu",)),
])
def test_a_relative_who_speaks_for_its_noun(quotes_of: Any, text: str, cue: str, speakers: tuple[str, ...]) -> None:
    """Review: a relative 'who' is its noun's actor, none where nobody named the noun; not the
    person the sentence before named."""
    assert [q.speakers for q in quotes_of(text) if q.cue == cue] == [speakers]


@pytest.mark.parametrize(("text", "content"), [
    ("Mali's military government said that its troops had killed dozens of jihadists near the Algerian border, "
     "a claim that could not be independently verified.",
     "that its troops had killed dozens of jihadists near the Algerian border"),
    ("Russia said its forces had shot down 30 drones, an assertion Kyiv disputed.", "its forces had shot down 30 drones"),
    ("Hamas said Israel had killed three hostages in the strike, a charge Israel denied on Sunday.",
     "Israel had killed three hostages in the strike"),
    # near misses: no comma, another noun, a claim noun that is no head, 'the'
    ("He said the minister had made a claim that the vote was rigged.",
     "the minister had made a claim that the vote was rigged"),
    ("The lawyer said the court had dropped the charge, a decision welcomed by the family.",
     "the court had dropped the charge, a decision welcomed by the family"),
    ("Officials said the ministry had filed a complaint, a claim form sent to the court in May.",
     "the ministry had filed a complaint, a claim form sent to the court in May"),
    ("Kyiv said the bridge had been destroyed, the claim first made on Telegram.",
     "the bridge had been destroyed, the claim first made on Telegram"),
])
def test_a_claim_the_reporter_calls_it_is_no_part_of_the_words(quotes_of: Any, text: str, content: str) -> None:
    """Review: '..., a claim that could not be verified' after the reported clause is the
    reporter's comment on it, not what was said (the record's content)."""
    assert [q.text for q in quotes_of(text) if q.cue == "said"] == [content]
