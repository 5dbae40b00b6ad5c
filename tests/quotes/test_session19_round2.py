"""Session 19, round 2: a day or a medium after 'called on' is no addressee, the request's
content is what follows it; 'X, who was quoted as saying' has the source X. Sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.quotes.conftest import span_text


def _contents(found_in: Any, text: str, cue: str) -> list[str]:
    return [span_text(text, f.content) for f in found_in(text) if span_text(text, f.cue) == cue]


@pytest.mark.parametrize(("text", "content"), [
    ("The union called on Monday for talks with the management.", "talks with the management"),
    ("The minister called on Sunday for calm.", "calm"),
    ("She called on Twitter to say the senator should resign.", "to say the senator should resign"),
    ("The union called on the government for talks with the management.",
     "the government for talks with the management"),  # (an addressee stays)
    ("The mayor called on residents to stay indoors.", "residents to stay indoors"),
])
def test_a_day_or_medium_after_called_on_is_not_the_requests_content(found_in: Any, text: str, content: str) -> None:
    assert _contents(found_in, text, "called on") == [content]


@pytest.mark.parametrize(("text", "source"), [
    ("Rivera, who was quoted as saying the plan would fail, left the room.", "Rivera"),
    ("The mayor, who was quoted by the Times as saying taxes would rise, resigned.", "The mayor"),
])
def test_quoted_as_saying_in_a_relative_has_its_noun_as_source(found_in: Any, text: str, source: str) -> None:
    assert [span_text(text, f.source) for f in found_in(text)
            if (span_text(text, f.cue) or "").endswith("saying")] == [source]  # ('was quoted as saying')


def test_an_asked_relative_keeps_its_source(found_in: Any) -> None:
    text = "Rivera, who was asked about it, said the plan would fail."
    assert [span_text(text, f.source) for f in found_in(text)] == ["Rivera, who was asked about it,"]


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The president called for two days of national mourning.", "called for", "two days of national mourning"),
    ("The union called for 48 hours of calm.", "called for", "48 hours of calm"),
    ("The union pushed for a four-day week.", "pushed for", "a four-day week"),
])
def test_a_span_of_time_asked_for_is_the_content(found_in: Any, text: str, cue: str, content: str) -> None:
    assert _contents(found_in, text, cue) == [content]


@pytest.mark.parametrize(("text", "content"), [
    ("Trump called on Twitter to ban the account.", "Twitter to ban the account"),
    ("The senator called on YouTube to remove the video.", "YouTube to remove the video"),
    ("She called on Twitter to say the senator should resign.", "to say the senator should resign"),  # (said on it)
    ("The president called on state television for calm.", "calm"),
])
def test_a_platform_asked_to_act_is_the_addressee(found_in: Any, text: str, content: str) -> None:
    assert _contents(found_in, text, "called on") == [content]


def _records(found_in: Any, text: str) -> list[tuple[str, str | None, str]]:
    return [(span_text(text, f.cue), f.source and span_text(text, f.source), span_text(text, f.content))
            for f in found_in(text)]


@pytest.mark.parametrize(("text", "record"), [
    ("Rivera was quoted as saying the plan would fail.", ("was quoted as saying", "Rivera", "the plan would fail")),
    ("The senator was quoted by Reuters as saying the bill was dead.",
     ("saying", "The senator", "the bill was dead")),
    ("Rivera, who was misquoted as saying the plan would fail, complained to the editor.",
     ("was misquoted as saying", "Rivera", "the plan would fail")),  # (session 20 review: as 'quoted as')
    ("Rivera, who was quoted as saying the plan would fail, left the room.",
     ("was quoted as saying", "Rivera", "the plan would fail")),  # (session 20: the passive run is the cue)
])
def test_quoted_as_saying_is_one_record_of_the_one_quoted(found_in: Any, text: str, record: tuple[str, str, str]) -> None:
    assert _records(found_in, text) == [record]


def test_quoted_as_having_said_is_the_one_quoteds(found_in: Any) -> None:
    text = "Rivera, who was quoted as having said the plan would fail, denied it."
    assert ("having said", "Rivera", "the plan would fail") in _records(found_in, text)
    assert not any(cue.endswith("quoted") for cue, _, _ in _records(found_in, text))


@pytest.mark.parametrize("text", [
    "The passage was quoted as evidence of bias.",  # (quoted as something, not as saying it)
    "The price was quoted as being too low.",
])
def test_quoted_as_something_keeps_its_passive_record(found_in: Any, text: str) -> None:
    assert [cue for cue, _, _ in _records(found_in, text)] == ["was quoted"]


@pytest.mark.parametrize(("text", "content"), [
    ("She called on Twitter for the senator to resign.", "for the senator to resign"),
    ("The bishop called on state television for the army to leave.", "for the army to leave"),
    ("The union called on Monday for the government to resign.", "for the government to resign"),
])
def test_a_for_to_clause_after_a_medium_is_the_requests_content(found_in: Any, text: str, content: str) -> None:
    assert _contents(found_in, text, "called on") == [content]


@pytest.mark.parametrize(("text", "record"), [
    ("“It is over,” Okafor is quoted as saying.", ("is quoted as saying", "Okafor", "It is over,")),
    ("“We will win,” Rivera was quoted as saying by the Times.", ("was quoted as saying", "Rivera", "We will win,")),
    ("“It is over,” Okafor said.", ("said", "Okafor", "It is over,")),  # (an active frame, as before)
])
def test_a_quote_framed_by_quoted_as_saying_is_the_one_quoteds(found_in: Any, text: str, record: tuple[str, str, str]) -> None:
    assert _records(found_in, text) == [record]


def test_a_quote_before_a_passive_of_its_own_has_no_frame(found_in: Any) -> None:
    text = "“It is over,” the coach was told."
    assert not any(cue == "saying" for cue, _, _ in _records(found_in, text))
