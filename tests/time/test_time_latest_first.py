"""A list of weekdays told latest first is one run of days as a list told earliest first is:
each day is the one before the day told before it, so a list that ends on the publication's
weekday does not read its last day as today after last week's first ones. Clauses and a
verb's coordinated objects keep the story's order, and a day outside the list keeps its own
reading. Our own sentences; 2024-08-21 is a Wednesday."""

from __future__ import annotations

from typing import Any

import pytest

WED, THU, FRI = "2024-08-21", "2024-08-22", "2024-08-23"


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Talks were held Friday, Thursday and Wednesday.", WED, ["2024-08-16", "2024-08-15", "2024-08-14"]),
    ("Talks were held Friday, Thursday and Wednesday.", THU, ["2024-08-16", "2024-08-15", "2024-08-14"]),
    ("Rain fell Thursday and Wednesday.", WED, ["2024-08-15", "2024-08-14"]),
    # a run that ends today or yesterday is this week's
    ("Talks were held Friday, Thursday and Wednesday.", FRI, ["2024-08-23", "2024-08-22", "2024-08-21"]),
    ("Talks were held Wednesday and Tuesday.", WED, ["2024-08-21", "2024-08-20"]),
    # near misses: a day outside the list, "today" closing it, clauses and objects in story
    # order, a coming list
    ("Talks were held on Wednesday, after talks Friday and Thursday.", WED,
     ["2024-08-21", "2024-08-16", "2024-08-15"]),
    ("Talks were held Friday, Thursday and today.", WED, ["2024-08-16", "2024-08-15", "2024-08-21"]),
    ("The market fell Friday, and on Wednesday it rose.", WED, ["2024-08-16", "2024-08-21"]),
    ("The bill passed the Senate Friday and the House Wednesday.", WED, ["2024-08-16", "2024-08-21"]),
    ("Talks will be held Friday, Thursday and Wednesday.", WED, ["2024-08-23", "2024-08-22", "2024-08-21"]),
    # days further apart than one are told in the story's order: the later one is the later day
    ("Rain fell Friday and Wednesday.", WED, ["2024-08-16", "2024-08-21"]),
    ("Rain fell Saturday and Wednesday.", WED, ["2024-08-17", "2024-08-21"]),
    ("Stocks fell Thursday and Monday.", WED, ["2024-08-15", "2024-08-19"]),
])
def test_latest_first_list_is_one_run(time_tag: Any, text: str, published: str, expected: list[str]) -> None:
    assert [t.value for t in time_tag(text, published)] == expected
