"""A comma list of weekdays that a conjunct closes is told in sequence as a pair is ("Rain fell
Monday, Tuesday and Wednesday" on a Monday: last week's three days, not today and last week's
Tuesday and Wednesday), and so is a pair after "through" in a past clause. Each day of a longer
list is the one before the next one's day, back from the last ("fell Monday, Tuesday, Wednesday,
Thursday and Friday" on a Wednesday: last week's five days, not this week's Monday and Tuesday),
also where the parse hangs a day on another as a bare adverbial. A week named after a list is
each of its days' ("Monday, Tuesday and Wednesday last week"). Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

MON, TUE, WED = "2024-08-19", "2024-08-20", "2024-08-21"
FRI = "2024-08-23"


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Rain fell Monday, Tuesday and Wednesday.", MON, ["2024-08-12", "2024-08-13", "2024-08-14"]),
    ("Rain fell on Monday, Tuesday, and Wednesday.", MON, ["2024-08-12", "2024-08-13", "2024-08-14"]),
    ("Rain fell Monday, Tuesday and Wednesday.", TUE, ["2024-08-12", "2024-08-13", "2024-08-14"]),
    ("Rain fell Monday, Tuesday and Wednesday.", WED, ["2024-08-19", "2024-08-20", "2024-08-21"]),
    ("Rain will fall Monday, Tuesday and Wednesday.", TUE, ["2024-08-26", "2024-08-27", "2024-08-28"]),
    ("Rain fell Monday, Tuesday, Wednesday, Thursday and Friday.", WED,
     ["2024-08-12", "2024-08-13", "2024-08-14", "2024-08-15", "2024-08-16"]),
    ("Officials met on Monday, Tuesday, Wednesday and Thursday.", WED,
     ["2024-08-12", "2024-08-13", "2024-08-14", "2024-08-15"]),
    ("Prices fell Monday, rose Tuesday and slipped Friday.", WED, ["2024-08-12", "2024-08-13", "2024-08-16"]),
    ("Rain will fall Monday, Tuesday, Wednesday, Thursday and Friday.", WED,
     ["2024-08-26", "2024-08-27", "2024-08-28", "2024-08-29", "2024-08-30"]),
    ("Rain fell through Monday and Tuesday.", MON, ["2024-08-12", "2024-08-13"]),
    ("Rain fell through Monday and Tuesday.", WED, ["2024-08-19", "2024-08-20"]),
    # near misses: no list (an apposition the list does not go on from), a present clause, a list
    # latest first, a list told ahead
    ("Rain fell Monday, Tuesday it snowed.", MON, ["2024-08-19", "2024-08-13"]),
    ("The office is closed through Monday and Tuesday.", MON, ["2024-08-19", "2024-08-20"]),
    ("Talks were held Friday, Thursday and Wednesday.", MON, ["2024-08-16", "2024-08-15", "2024-08-14"]),
    ("Rain will fall Monday, Tuesday and Wednesday.", MON, ["2024-08-19", "2024-08-20", "2024-08-21"]),
    # a week named after a list is every day's ("Monday and Tuesday last week" was already)
    ("Rain fell Monday, Tuesday and Wednesday last week.", WED, ["2024-08-12", "2024-08-13", "2024-08-14", "2024-W33"]),
    ("Talks were held Monday, Tuesday, and Wednesday last week.", WED,
     ["2024-08-12", "2024-08-13", "2024-08-14", "2024-W33"]),
    ("Talks will resume Monday, Tuesday and Wednesday next week.", MON,
     ["2024-08-26", "2024-08-27", "2024-08-28", "2024-W35"]),
    # not a list: a clause on (", and"), or a bare comma, keeps the first day this week's
    ("The market fell Monday, and Tuesday last week it had risen.", WED, ["2024-08-19", "2024-08-13", "2024-W33"]),
    ("The rally was Monday, Tuesday last week saw riots.", WED, ["2024-08-19", "2024-08-13", "2024-W33"]),
    # a list whose last day is today or yesterday keeps this week's days
    ("Rain fell Monday, Tuesday, Wednesday, Thursday and Friday.", FRI,
     ["2024-08-19", "2024-08-20", "2024-08-21", "2024-08-22", "2024-08-23"]),
    ("Rain fell Monday, Tuesday and Wednesday.", WED, ["2024-08-19", "2024-08-20", "2024-08-21"]),
    ("Rain fell Monday, Tuesday it snowed.", WED, ["2024-08-19", "2024-08-20"]),
])
def test_weekday_list_in_one_week(time_tag: Any, text: str, published: str, expected: list[str]) -> None:
    assert [t.value for t in time_tag(text, published)] == expected
