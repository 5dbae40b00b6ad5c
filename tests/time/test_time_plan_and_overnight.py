"""A day between the subject and an active past plan dates the planning, as one before the
subject does ("Officials on Friday planned to reopen the border" on a Wednesday: last Friday, not
the coming one); a day in the subject ("Officials on Friday's list planned") or after the verb
("planned to reopen it on Friday") is the plan's, the nearest. A past perfect plan keeps its past
day ("had planned to reopen it Friday", as TBAQ's "had been due to expire Friday evening", told
after that Friday). An overnight cause of a coming day's event is the night before that day
("will open Tuesday after overnight gains" on a Monday: Monday night), not the one before
publication; a past day before a future clause is no such day. Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

MON, WED = "2024-08-19", "2024-08-21"


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Officials on Friday planned to reopen the border.", WED, ["2024-08-16"]),
    ("Officials on Friday planned to reopen the border.", MON, ["2024-08-16"]),
    ("On Friday, officials planned to reopen the border.", WED, ["2024-08-16"]),
    # near misses: the plan's day, the nearest
    ("Officials planned to reopen the border on Friday.", WED, ["2024-08-23"]),
    ("Officials on Friday's list planned to reopen the border.", WED, ["2024-08-23"]),
    ("Officials on Friday were scheduled to reopen the border.", WED, ["2024-08-23"]),
    ("Officials on Friday will plan to reopen the border.", WED, ["2024-08-23"]),
    ("The ministry had planned to reopen it Friday.", WED, ["2024-08-16"]),
])
def test_day_of_planning(time_tag: Any, text: str, published: str, expected: list[str]) -> None:
    assert [t.value for t in time_tag(text, published)] == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Tokyo shares will open Tuesday after overnight gains.", MON, ["2024-08-20", "2024-08-19TNI"]),
    ("Tokyo shares will open Tuesday after overnight gains.", WED, ["2024-08-27", "2024-08-26TNI"]),
    ("Tokyo shares opened Tuesday after overnight gains.", WED, ["2024-08-20", "2024-08-19TNI"]),
    # near misses: no day, a day in another clause's past, no cause
    ("Shares will open higher after overnight gains.", WED, ["2024-08-20TNI"]),
    ("Shares opened Tuesday. They will rise after overnight gains.", WED, ["2024-08-20", "2024-08-20TNI"]),
    ("Tokyo shares will open Tuesday. Traders will watch overnight gains.", WED, ["2024-08-27", "2024-08-20TNI"]),
])
def test_overnight_before_a_coming_day(time_tag: Any, text: str, published: str, expected: list[str]) -> None:
    assert [t.value for t in time_tag(text, published)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The summit opens Friday. Markets will rise after overnight gains.", ["2024-08-23", "2024-08-20TNI"]),
    ("The bridge will reopen Friday. Traffic across the whole region will ease after overnight repairs.",
     ["2024-08-23", "2024-08-20TNI"]),
    # near miss: the coming day in the overnight cause's own sentence
    ("The bridge will reopen Friday after overnight repairs.", ["2024-08-23", "2024-08-22TNI"]),
])
def test_overnight_before_a_coming_day_of_its_sentence(time_tag: Any, text: str, expected: list[str]) -> None:
    """Session 18 review: a coming day told in an earlier sentence is not the overnight's morning."""
    assert [t.value for t in time_tag(text, WED)] == expected
