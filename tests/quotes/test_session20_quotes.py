"""Session 20: 'called on X to VERB' where the parse goes wrong (the subject noun read as the root,
the infinitive read as a clause of purpose, 'on the eve of the vote' read as the one asked), and
the passive 'is quoted as saying' as one cue. Sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.quotes.conftest import span_text


def _records(found_in: Any, text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(span_text(text, f.cue), span_text(text, f.source), span_text(text, f.content))
            for f in found_in(text)]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("The coach called on his players to keep calm.", "The coach", "his players to keep calm"),
    ("The rebels called on the United Nations to intervene.", "The rebels", "the United Nations to intervene"),
    ("The rebels of the north called on the United Nations to intervene.", "The rebels of the north",
     "the United Nations to intervene"),
])
def test_a_request_read_as_a_noun_phrase_is_still_a_request(found_in: Any, text: str, source: str,
                                                             content: str) -> None:
    """The parser makes the subject noun the root and 'called' its participle; with no verb of
    the sentence outside the participle, it is the main verb."""
    assert ("called on", source, content) in _records(found_in, text)


@pytest.mark.parametrize("text", [
    "The coach, called on to explain the loss, said nothing.",
    "The coach called on Monday to keep calm.",
    "A coach called on the phone to keep calm.",
    "The coach called on the house to pay respects.",
])
def test_no_request_without_someone_asked(found_in: Any, text: str) -> None:
    """A participle set off by commas, or an 'on' that says when, how or where (a visit)."""
    assert not [r for r in _records(found_in, text) if r[0] == "called on"]


def test_the_infinitive_after_the_one_asked_and_a_day_is_the_request(found_in: Any) -> None:
    text = "Obama called on Congress on Tuesday to pass the bill."
    assert _records(found_in, text) == [("called on", "Obama", "Congress on Tuesday to pass the bill")]


@pytest.mark.parametrize(("text", "content"), [
    ("The party called on the eve of the vote for a boycott.", "a boycott"),
    ("The minister called on the sidelines of the summit for an end to the war.", "an end to the war"),
])
def test_the_eve_or_the_sidelines_are_no_one_asked(found_in: Any, text: str, content: str) -> None:
    assert [r[2] for r in _records(found_in, text)] == [content]


@pytest.mark.parametrize("text", [
    "She called on the phone.",
    "The priest called on the house.",
    "The mayor called on the house to offer condolences.",
])
def test_a_call_or_a_visit_reports_nothing(found_in: Any, text: str) -> None:
    assert _records(found_in, text) == []


@pytest.mark.parametrize(("text", "content"), [
    ("The priest called on the House to pass the bill.", "the House to pass the bill"),
    ("The envoy called upon both sides to hold their fire.", "both sides to hold their fire"),
])
def test_a_body_or_a_party_asked_keeps_its_request(found_in: Any, text: str, content: str) -> None:
    assert [r[2] for r in _records(found_in, text) if r[0] in ("called on", "called upon")] == [content]


@pytest.mark.parametrize(("text", "cue"), [
    ("“We will win the state,” Alvarez is quoted as saying.", "is quoted as saying"),
    ("The senator was widely quoted as saying that the bill would fail.", "was widely quoted as saying"),
    ("He has been quoted as saying he would run again.", "has been quoted as saying"),
])
def test_quoted_as_saying_is_one_cue(found_in: Any, text: str, cue: str) -> None:
    assert [r[0] for r in _records(found_in, text)] == [cue]


@pytest.mark.parametrize(("text", "cues"), [
    ("Smith was quoted in the paper as saying the deal was dead.", ["saying"]),
    ("The Times quoted one of his advisers as saying the campaign was broke.", ["saying"]),
])
def test_an_active_or_interrupted_quoting_keeps_its_cues(found_in: Any, text: str, cues: list[str]) -> None:
    """Only the passive run 'is quoted as saying' is one cue; in the newspaper's active 'quoted X
    as saying' the one quoted speaks through 'saying' and the paper is the medium (session 21:
    no record of 'quoted' with the paper as source)."""
    assert [r[0] for r in _records(found_in, text)] == cues


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The senator groused to a crowd in Ohio that the network never treats him fairly.", "groused",
     "that the network never treats him fairly"),
    ("Some delegates could be heard grousing that the signs were fake.", "grousing", "that the signs were fake"),
])
def test_grousing_is_a_complaint(found_in: Any, text: str, cue: str, content: str) -> None:
    """As 'complained to X that': whom it was said to is not what was said."""
    assert (cue, content) in [(r[0], r[2]) for r in _records(found_in, text)]


@pytest.mark.parametrize("text", [
    "Hunters shot a grouse near the lake.",
    "He went grouse hunting in Scotland.",
    "His main gripe is the cost of the program.",
])
def test_the_bird_or_a_gripe_is_no_cue(found_in: Any, text: str) -> None:
    assert _records(found_in, text) == []


@pytest.mark.parametrize(("text", "record"), [
    ("Rivera was misquoted as saying the plan would fail.", ("was misquoted as saying", "Rivera", "the plan would fail")),
    ("She is quoted saying the plan would fail.", ("is quoted saying", "She", "the plan would fail")),
])
def test_every_passive_quoting_is_one_cue_of_one_record(found_in: Any, text: str,
                                                        record: tuple[str, str, str]) -> None:
    """Review: 'misquoted as' and 'quoted' without 'as' read as 'quoted as' (one rule,
    base.quoted_as): one record, the passive run its cue (was 'saying', and for 'is quoted
    saying' a second, sourceless 'is quoted' record)."""
    assert _records(found_in, text) == [record]


@pytest.mark.parametrize(("text", "content"), [
    ("She called on her office to review the case.", "her office to review the case"),
    ("The mayor called on the hospital to open its doors.", "the hospital to open its doors"),
])
def test_an_institution_asked_to_act_is_a_request(found_in: Any, text: str, content: str) -> None:
    """Review: an office or a hospital with an infinitive after it stands for its people, asked
    (a request at base); only a dwelling is visited with a purpose."""
    assert [r[2] for r in _records(found_in, text) if r[0] == "called on"] == [content]


@pytest.mark.parametrize("text", [
    "The aide called on his office.",
    "The mayor called on the house to offer condolences.",
])
def test_an_office_or_a_house_called_on_alone_is_a_visit(found_in: Any, text: str) -> None:
    assert not [r for r in _records(found_in, text) if r[0] == "called on"]


@pytest.mark.parametrize(("text", "source"), [
    ("Senator called on to resign after scandal", None),
    ("Witnesses called upon to testify at the trial", None),
    ("The senator called on colleagues to resign.", "The senator"),
])
def test_called_on_to_with_no_one_asked_has_no_asker(found_in: Any, text: str, source: str | None) -> None:
    """Review: 'X called on to VERB' (a headline's passive) has X as the one asked, no source;
    with someone between 'on' and 'to', X asks."""
    assert [r[1] for r in _records(found_in, text) if r[0] in ("called on", "called upon")] == [source]
