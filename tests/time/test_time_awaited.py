"""A weekday on a scheduled event the clause waits for ("prepared for Monday's meeting", "ahead of
Monday's vote") is dated by the waiting, not by the past tense of the verb: the coming day (a
story tells a passed event's outcome, not the preparations); after "before" the nearest day. The
event's own past ("Monday's meeting ended", "after Monday's meeting", "which ended") stays past.
Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

SUN, TUE = "2024-08-18", "2024-08-20"


def day(time_tag: Any, text: str, published: str, words: str = "Monday") -> str:
    hits = [t.value for t in time_tag(text, published) if t.text == words]
    assert hits, f"no timex {words!r} in {text!r}"
    return hits[0]


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Officials prepared for Monday's meeting.", SUN, "2024-08-19"),
    ("Officials prepared for Monday's meeting.", TUE, "2024-08-26"),
    ("Ahead of Monday's meeting, envoys met in Cairo.", SUN, "2024-08-19"),
    ("In preparation for Monday's hearing, lawyers filed a motion.", SUN, "2024-08-19"),
    ("Before Monday's vote, lawmakers debated the bill.", SUN, "2024-08-19"),
    ("Before Monday's vote, lawmakers debated the bill.", TUE, "2024-08-19"),  # the nearest: yesterday
    # near misses: the event told as past
    ("Monday's meeting ended without a deal.", SUN, "2024-08-12"),
    ("The minister spoke after Monday's meeting.", SUN, "2024-08-12"),
    ("Officials prepared for Monday's meeting, which ended without a deal.", SUN, "2024-08-12"),
    ("Officials had prepared for Monday's meeting.", SUN, "2024-08-12"),
    ("Ahead of Monday's meeting, which was held in Doha, envoys met in Cairo.", SUN, "2024-08-12"),
    ("Before Monday's vote, which was won by the government, lawmakers met in private.", SUN, "2024-08-12"),
    ("Before Monday's attack, the town was quiet.", SUN, "2024-08-12"),  # no scheduled thing
    # near misses: a clause ahead of now keeps its verb's reading, the coming Monday
    ("Lawmakers will meet before Monday's vote.", TUE, "2024-08-26"),
    ("Lawmakers are expected to meet before Monday's vote.", TUE, "2024-08-26"),
    ("Lawmakers meet in private before Monday's vote.", TUE, "2024-08-26"),
])
def test_awaited_event(time_tag: Any, text: str, published: str, expected: str) -> None:
    assert day(time_tag, text, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Negotiators prepared for Thursday's talks in Doha.", "2024-08-22"),
    ("Investors awaited Thursday's vote.", "2024-08-22"),
    ("On the eve of Thursday's summit, leaders met in Paris.", "2024-08-22"),
])
def test_awaited_event_ahead_of_the_nearest(time_tag: Any, text: str, expected: str) -> None:
    """From a Sunday the Thursday before is nearer; waiting for it names the coming one."""
    assert day(time_tag, text, SUN, "Thursday") == expected


def test_clock_time_takes_the_awaited_day(time_tag: Any) -> None:
    found = time_tag("Officials prepared for Monday's meeting. It will begin at 9 a.m.", SUN)
    assert [(t.text, t.value) for t in found] == [("Monday", "2024-08-19"), ("9 a.m.", "2024-08-19T09:00")]


@pytest.mark.parametrize(("text", "expected"), [
    # one rule for every word of waiting in a past clause: the coming Monday, not yesterday's
    ("Officials prepared for Monday's meeting.", "2024-08-26"),
    ("Officials were waiting for Monday's meeting.", "2024-08-26"),
    ("Officials waited on Monday's meeting.", "2024-08-26"),
    ("Investors awaited Monday's vote.", "2024-08-26"),
    ("Ahead of Monday's vote, lawmakers met in private.", "2024-08-26"),
    ("Lawmakers looked ahead to Monday's vote.", "2024-08-26"),
    ("Fans looked forward to Monday's match.", "2024-08-26"),
    ("In the run-up to Monday's vote, lawmakers met in private.", "2024-08-26"),
    ("In the lead-up to Monday's vote, lawmakers met in private.", "2024-08-26"),
    ("The team was ready for Monday's match and flew to Doha.", "2024-08-26"),
    ("Officials waited for Monday's meeting, and they agreed to stay in Cairo.", "2024-08-26"),
    # near misses: "before" only orders the two (the nearest), and an event a later clause
    # takes up as past ("and won it") has taken place
    ("Before Monday's vote, lawmakers met in private.", "2024-08-19"),
    ("The team was ready for Monday's match and won it.", "2024-08-19"),
    ("Officials waited for Monday's meeting, and it ended without a deal.", "2024-08-19"),
    ("The vote was postponed to Monday's session.", "2024-08-19"),
    ("He spoke to Monday's meeting.", "2024-08-19"),
    ("The scandal led to Monday's vote.", "2024-08-19"),  # "led to" is no "lead-up to"
    # a later "it" that is no event taken up keeps the waiting's coming Monday
    ("Officials prepared for Monday's meeting, but it was unclear whether Hamas would attend.", "2024-08-26"),
    ("Officials prepared for Monday's meeting but postponed it.", "2024-08-26"),
    ("In the build-up to Monday's vote, lawmakers met in private.", "2024-08-26"),
])
def test_waiting_in_a_past_clause_names_the_coming_day(time_tag: Any, text: str, expected: str) -> None:
    """Published on Tuesday, when the nearest Monday (yesterday) and the coming one differ."""
    assert day(time_tag, text, TUE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a calendar-dated scheduled thing told as having taken place is past, not the nearest
    ("The March 3 meeting ended without a deal.", "2023-03-03"),
    ("The March 3 vote was held in secret.", "2023-03-03"),
    # near misses: the plan of it, and its future, take the nearest (the coming March 3)
    ("The March 3 deadline was set by the court.", "2024-03-03"),
    ("The March 3 meeting will end without a deal.", "2024-03-03"),
    ("The March 3 meeting will decide the matter.", "2024-03-03"),
])
def test_dated_event_that_took_place(time_tag: Any, text: str, expected: str) -> None:
    """Published on 20 February 2024, when the coming March 3 is nearer than the last."""
    assert day(time_tag, text, "2024-02-20", "March 3") == expected
