"""dateline_time over our own sentences: extents, types, values, mods, anchors (real pipeline)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.model import Timex
from dateline.time import find_timexes
from dateline.time.calendar import easter, month_day_near, weekday_near


def find(timexes: list[Timex], text: str) -> Timex:
    hits = [t for t in timexes if t.text == text]
    assert hits, f"no timex {text!r} in {[t.text for t in timexes]}"
    return hits[0]


AUG18 = "2024-08-18"  # a Sunday; ISO week 33

CASES = [
    # (sentence, DCT, timex text, type, value, mod)
    ("Blinken arrived in Israel on Sunday.", AUG18, "Sunday", "DATE", "2024-08-18", None),
    ("Blinken is set to meet Israeli leaders on Monday.", AUG18, "Monday", "DATE", "2024-08-19", None),
    ("The ministers met in Doha on Monday.", AUG18, "Monday", "DATE", "2024-08-12", None),
    ("Sunday's talks in Cairo ended without a deal.", AUG18, "Sunday", "DATE", "2024-08-18", None),
    ("The stakes rose after the killings in late July.", AUG18, "late July", "DATE", "2024-07", "END"),
    ("The war began with the October 7 attack.", AUG18, "October 7", "DATE", "2023-10-07", None),
    ("The truce would freeze fighting for six weeks.", AUG18, "six weeks", "DURATION", "P6W", None),
    ("Despite two days of talks, no deal emerged.", AUG18, "two days", "DURATION", "P2D", None),
    ("Exports fell sharply last year.", AUG18, "last year", "DATE", "2023", None),
    ("Negotiators gather again this week.", AUG18, "this week", "DATE", "2024-W34", None),  # a Sunday: the week ahead
    ("Prices have doubled over the past 10 months.", AUG18, "the past 10 months", "DURATION", "P10M", None),
    ("Shelling continued on Saturday night.", AUG18, "Saturday night", "TIME", "2024-08-17TNI", None),
    ("Protesters march every Friday.", AUG18, "every Friday", "SET", "XXXX-WXX-5", None),
    ("The session opens at 3 p.m. in Geneva.", AUG18, "3 p.m.", "TIME", "2024-08-18T15:00", None),
    ("Inflation was high in the 1990s.", AUG18, "1990s", "DATE", "199", None),
    ("Growth slowed in the early 2000s.", AUG18, "the early 2000s", "DATE", "200", "START"),
    ("Profit fell in the third quarter.", AUG18, "the third quarter", "DATE", "2024-Q3", None),
    ("The talks are now stalled.", AUG18, "now", "DATE", "PRESENT_REF", None),
    ("He currently leads the delegation.", AUG18, "currently", "DATE", "PRESENT_REF", None),
    ("The army recently withdrew from the town.", AUG18, "recently", "DATE", "PAST_REF", None),
    ("The plant closed in mid-2023.", AUG18, "mid-2023", "DATE", "2023", "MID"),
    ("He ruled the province for about three years.", AUG18, "about three years", "DURATION", "P3Y", "APPROX"),
    ("The siege lasted more than a week.", AUG18, "more than a week", "DURATION", "P1W", "MORE_THAN"),
    ("The envoy left yesterday.", AUG18, "yesterday", "DATE", "2024-08-17", None),
    ("The envoy leaves today.", AUG18, "today", "DATE", "2024-08-18", None),
    ("The envoy returns tomorrow.", AUG18, "tomorrow", "DATE", "2024-08-19", None),
    ("The deal collapsed a year ago.", AUG18, "a year ago", "DATE", "2023", None),
    ("Earlier this month, the army withdrew.", AUG18, "Earlier this month", "DATE", "2024-08", "START"),
    ("The fighting eased in the summer.", AUG18, "the summer", "DATE", "2024-SU", None),
    ("Elections were held in May.", AUG18, "May", "DATE", "2024-05", None),
    ("The framework was laid out in late May.", AUG18, "late May", "DATE", "2024-05", "END"),
    ("Revenue rose in fiscal 2023.", AUG18, "fiscal 2023", "DATE", "2023", None),
    ("Talks collapsed two years ago.", AUG18, "two years ago", "DATE", "2022", None),
    ("Talks are planned for the first week of September.", AUG18, "the first week of September", "DATE", "2024-W36", None),
    ("The plan covers the first half of 2025.", AUG18, "the first half of 2025", "DATE", "2025-H1", None),
    ("Hamas rejected the proposal at the end of last year.", AUG18, "the end of last year", "DATE", "2023", "END"),
    ("A truce took effect at 0500 GMT.", AUG18, "0500 GMT", "TIME", "2024-08-18T05:00", None),
    ("The offensive, which began on Thursday, will continue next week.", AUG18, "next week", "DATE", "2024-W34", None),
    ("The envoy waited for a week or so.", AUG18, "a week or so", "DURATION", "P1W", "APPROX"),
    ("The vote took five and a half hours.", AUG18, "five and a half hours", "DURATION", "PT5H30M", None),
    ("The meeting lasted half an hour.", AUG18, "half an hour", "DURATION", "PT30M", None),
    ("Patrols pass every two weeks.", AUG18, "every two weeks", "SET", "P2W", None),
    ("The mill closed half a century ago.", AUG18, "half a century ago", "DATE", "1974", None),
    ("Witnesses saw the car in the weeks before the attack.", AUG18, "weeks", "DURATION", "PXW", None),
    # year boundaries
    ("The attack happened on Dec. 30.", "2025-01-02", "Dec. 30", "DATE", "2024-12-30", None),
    ("The summit will be held on Jan. 5.", "2024-12-28", "Jan. 5", "DATE", "2025-01-05", None),
    ("Last year's election was disputed.", "2025-01-01", "Last year", "DATE", "2024", None),
    ("The envoy visited last week.", "2025-01-02", "last week", "DATE", "2024-W52", None),
    ("Troops withdrew on Tuesday.", "2025-01-01", "Tuesday", "DATE", "2024-12-31", None),
    # without a publication date: underspecified, not invented
    ("Talks resumed on August 18.", None, "August 18", "DATE", "XXXX-08-18", None),
    ("Talks resumed on Sunday.", None, "Sunday", "DATE", "XXXX-WXX-7", None),
    ("The talks are now stalled.", None, "now", "DATE", "PRESENT_REF", None),
    ("The accord was signed on August 18, 2024.", None, "August 18, 2024", "DATE", "2024-08-18", None),
]


@pytest.mark.parametrize(("text", "dct", "span", "type_", "value", "mod"), CASES)
def test_timex(time_tag: Any, text: str, dct: str | None, span: str, type_: str, value: str,
               mod: str | None) -> None:
    t = find(time_tag(text, dct), span)
    assert (t.type, t.value, t.mod) == (type_, value, mod)
    assert text[t.start:t.end] == t.text


@pytest.mark.parametrize(("text", "word"), [
    ("Officials said the talks may resume soon.", "may"),
    ("Thousands joined the Long March toward the border.", "March"),
    ("The protest march reached the square.", "march"),
    ("Leaves fall from the trees.", "fall"),
    ("The convoy carried 1500 soldiers.", "1500"),
    ("Iraq imports about three-quarters of its food.", "three-quarters"),
    ("The film High Noon was shown.", "Noon"),
    ("The airline runs four flights a week.", "a week"),
])
def test_not_a_timex(time_tag: Any, text: str, word: str) -> None:
    start = text.index(word)
    overlapping = [t for t in time_tag(text, AUG18) if t.start < start + len(word) and t.end > start]
    assert overlapping == []


@pytest.mark.parametrize(("text", "span", "value", "anchor"), [
    ("Troops entered the city on March 3, 2024. The following day, they withdrew.",
     "The following day", "2024-03-04", "text"),
    ("The ceasefire began on June 10, 2024. Two days later, it collapsed.",
     "Two days later", "2024-06-12", "text"),
    ("The ceasefire began on June 10, 2024. It collapsed the next day.", "the next day", "2024-06-11", "text"),
    ("The envoy left yesterday.", "yesterday", "2024-08-17", "publication"),
    ("The accord was signed on August 18, 2024.", "August 18, 2024", "2024-08-18", None),
    ("The war began in June 1998 and ended later that year.", "later that year", "1998", "text"),
])
def test_anchor(time_tag: Any, text: str, span: str, value: str, anchor: str | None) -> None:
    t = find(time_tag(text, AUG18), span)
    assert (t.value, t.anchor) == (value, anchor)


def test_without_parse_still_resolves() -> None:
    """The pure function works on text alone (no Doc): the news default, past, for weekdays."""
    found = find_timexes("Blinken arrived on Sunday, two days after the talks.", AUG18)
    assert [(t.text, t.value) for t in found] == [("Sunday", "2024-08-18"), ("two days", "P2D")]


@pytest.mark.parametrize(("ref", "weekday", "way", "expected"), [
    ("2024-08-18", 7, "past", "2024-08-18"),
    ("2024-08-18", 7, "before", "2024-08-11"),
    ("2024-08-18", 1, "future", "2024-08-19"),
    ("2024-08-18", 5, "same_week", "2024-08-16"),
])
def test_weekday_near(ref: str, weekday: int, way: str, expected: str) -> None:
    from datetime import date

    assert weekday_near(date.fromisoformat(ref), weekday, way).isoformat() == expected


def test_calendar_helpers() -> None:
    from datetime import date

    assert easter(2024) == date(2024, 3, 31)
    assert month_day_near(date(2024, 8, 18), 10, 7, "past") == date(2023, 10, 7)
    assert month_day_near(date(2024, 8, 18), 2, 30, "past") is None


WORDS = ["on", "Sunday", "May", "late", "July", "the", "past", "10", "months", "2024", "a", "year",
         "ago", "every", "Friday", "3", "p.m.", "Feb.", "30", "nineteen", "ninety-one", "quarter",
         "third", "two", "days", "later", "mid-2023", "now", ",", "."]


@settings(max_examples=60, deadline=None)
@given(words=st.lists(st.sampled_from(WORDS), max_size=12),
       published=st.sampled_from([None, "2024-08-18", "0001-01-01", "9999-12-31", "not a date"]))
def test_any_text_gives_valid_records(words: list[str], published: str | None) -> None:
    """No input raises; every record's offsets cut out its own text; types are TIMEX3 types."""
    text = " ".join(words)
    for t in find_timexes(text, published):
        assert text[t.start:t.end] == t.text and t.value
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
