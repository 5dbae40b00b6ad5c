"""Anaphoric periods and days: "the following year/month", "the previous year" count from the
date the narrative named; a bare clock time takes the day of a dated clock time in its sentence;
"until Thursday" of a past perfect looks back. Our own sentences; (text, published, expected)."""

from __future__ import annotations

from typing import Any

import pytest

WED = "2000-04-05"

CASES = [
    ("On May 22, 1995, Farkas was made a general, and the following year he was posted to Rome.", WED,
     [("May 22, 1995", "1995-05-22"), ("the following year", "1996")]),
    ("In March, the company got an offer. The following month, it put itself up for sale.", WED,
     [("March", "2000-03"), ("The following month", "2000-04")]),
    ("Sales rose in 1997. The previous year they had fallen.", WED, [("1997", "1997"), ("The previous year", "1996")]),
    # a week named relatively is the narrative's week too
    ("The talks will resume next week and the following week too.", WED,
     [("next week", "2000-W15"), ("the following week", "2000-W16")]),
    ("Strikes continued last week and the week after.", WED, [("last week", "2000-W13"), ("the week after", "2000-W14")]),
    # the anaphor keeps its extent and point, and "fiscal" does not lose it
    ("In 2014, Russia annexed Crimea. At the end of the following year, talks began.", WED,
     [("2014", "2014"), ("the end of the following year", "2015")]),
    ("The ceasefire began in January. Later the following month it collapsed.", WED,
     [("January", "2000-01"), ("Later the following month", "2000-02")]),
    ("Spending rose in 1998. The previous fiscal year, it fell.", WED,
     [("1998", "1998"), ("The previous fiscal year", "1997")]),
    # a relative week anchors only weeks: a day named before it stays the days' anchor
    ("On Tuesday, Israel struck Rafah, ending a lull that began last week. The following day, Hamas fired.", WED,
     [("Tuesday", "2000-04-04"), ("last week", "2000-W13"), ("The following day", "2000-04-05")]),
    ("Blinken arrived on Monday after a visit last week to Cairo. Two days later he flew to Doha.", WED,
     [("Monday", "2000-04-03"), ("last week", "2000-W13"), ("Two days later", "2000-04-05")]),
    ("The envoy met them on Sunday and said a deal could come next week. The next morning he left.", WED,
     [("Sunday", "2000-04-02"), ("next week", "2000-W15"), ("The next morning", "2000-04-03TMO")]),
    # no date named before: from publication, as before
    ("The following year was hard.", WED, [("The following year", "2001")]),
    # a clock time and its dated twin in one sentence
    ("He will leave at 4 in the morning (4 a.m. EDT Thursday), Castro said.", WED,
     [("4 in the morning", "2000-04-06T04:00"), ("4 a.m. EDT Thursday", "2000-04-06T04:00")]),
    ("Strikes hit at 9 p.m. and again at 11 p.m.", WED, [("9 p.m.", "2000-04-05T21:00"), ("11 p.m.", "2000-04-05T23:00")]),
    # "until": a past perfect has reached the day; a deferral or a future state looks ahead
    ("Until Tuesday, police had not called him a suspect.", WED, [("Tuesday", "2000-04-04")]),
    ("The court had postponed the hearing until Tuesday.", WED, [("Tuesday", "2000-04-11")]),
    ("Officials said the border would stay shut until Tuesday.", WED, [("Tuesday", "2000-04-11")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_anaphora(time_tag: Any, text: str, published: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in time_tag(text, published)] == expected
