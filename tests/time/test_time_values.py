"""Value normalization beyond the issue's examples: anchoring by the clause and by the noun a
date modifies, narrative weekdays, named days, durations of one unit (our own sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.model import Timex


def find(timexes: list[Timex], text: str) -> Timex:
    hits = [t for t in timexes if t.text == text]
    assert hits, f"no timex {text!r} in {[t.text for t in timexes]}"
    return hits[0]


MON = "1999-11-01"  # a Monday; ISO week 44

CASES = [
    # (sentence, DCT, timex text, type, value)
    # a past verb does not move a scheduled date into the past
    ("The mayor gave no reason for the Nov. 20 deadline.", MON, "Nov. 20", "DATE", "1999-11-20"),
    ("The board declared a dividend payable Dec. 1 to holders of record Nov. 15.", MON, "Nov. 15", "DATE", "1999-11-15"),
    # a participle "set" is no plan; "was set to" is ahead of a past moment
    ("Shares are near the record high set on Sept. 9.", MON, "Sept. 9", "DATE", "1999-09-09"),
    ("The ferry was set to sail on Wednesday.", MON, "Wednesday", "DATE", "1999-11-03"),
    ("The offer had been due to lapse on Oct. 29.", MON, "Oct. 29", "DATE", "1999-10-29"),
    # no verb tense: a bare month is the latest one, unless a scheduled thing names it
    ("Shares rose in May from a low in February.", MON, "February", "DATE", "1999-02"),
    ("Shares, sliding from a peak in June to a low in March, hurt the fund.", MON, "March", "DATE", "1999-03"),
    ("Envoys can help with preparations for the summit in April.", MON, "April", "DATE", "2000-04"),
    ("Preparations for the summit in April worry the hosts.", MON, "April", "DATE", "2000-04"),
    # narrative weekdays
    ("Stocks fell on Friday, down 2% from the previous Friday.", MON, "the previous Friday", "DATE", "1999-10-22"),
    # named days and holiday weeks
    ("The city remembered the September 11 attacks.", "2011-05-02", "September 11", "DATE", "2001-09-11"),
    ("The shop reopens on September 11.", "2011-05-02", "September 11", "DATE", "2011-09-11"),
    ("Security has tightened since 9/11.", MON, "9/11", "DATE", "2001-09-11"),
    ("Pilgrims gathered as Easter week began.", "2000-04-18", "Easter week", "DATE", "2000-W16"),
    ("Shops stayed shut over the Christmas weekend.", "2000-01-03", "Christmas weekend", "DATE", "1999-W51-WE"),
    ("January nineteen ninety-nine. The storm returns.", MON, "January nineteen ninety-nine", "DATE", "1999-01"),
    # one unit, hyphenated
    ("Negotiators left their third day-long session.", MON, "day-long", "DURATION", "P1D"),
    ("The decades-long feud ended.", MON, "decades-long", "DURATION", "PXDE"),
]


@pytest.mark.parametrize(("text", "dct", "span", "type_", "value"), CASES)
def test_value(time_tag: Any, text: str, dct: str, span: str, type_: str, value: str) -> None:
    t = find(time_tag(text, dct), span)
    assert (t.type, t.value) == (type_, value)


@pytest.mark.parametrize(("text", "span", "type_", "value"), [
    ("The ministry publishes a daily tally of arrests.", "daily", "SET", "P1D"),
    ("The president gave his weekly radio address.", "weekly", "SET", "P1W"),
    ("The fund pays out twice annually.", "annually", "SET", "P1Y"),
    ("Analysts see the deficit narrowing in the short term.", "the short term", "DATE", "FUTURE_REF"),
    ("It was the first rise for the first time in years.", "years", "DURATION", "PXY"),
])
def test_more_timexes(time_tag: Any, text: str, span: str, type_: str, value: str) -> None:
    t = find(time_tag(text, MON), span)
    assert (t.type, t.value) == (type_, value)


@pytest.mark.parametrize(("text", "word"), [
    ("Sales should grow 8% annually through 2005.", "annually"),
    ("The company raised its quarterly dividend.", "quarterly"),
    ("He was last seen on Nov. 3, the day before police issued a warrant.", "the day before"),
])
def test_not_timexes(time_tag: Any, text: str, word: str) -> None:
    start = text.index(word)
    assert not [t for t in time_tag(text, MON) if t.start < start + len(word) and t.end > start]


@pytest.mark.parametrize(("text", "span"), [
    ("For the nine months, profit rose 4%.", "the nine months"),
    ("Net income for the six months ended June 30 fell.", "the six months"),
    ("Organizers planned the two day rally.", "two day"),
    ("In the 18 months since the uprising, thousands have fled.", "the 18 months"),
])
def test_duration_extent(time_tag: Any, text: str, span: str) -> None:
    """TimeBank keeps the determiner of a counted period ("the nine months"), not of an
    adjective ("the two day rally")."""
    assert span in [t.text for t in time_tag(text, MON)]


@pytest.mark.parametrize(("text", "words", "value", "mod"), [
    # a part of the day said before its day is that day's part, with its modifier
    ("Shares were up 2 pence at mid-afternoon yesterday.", "mid-afternoon yesterday", "1999-10-31TAF", "MID"),
    ("By mid-morning Tuesday, the crowd had grown.", "mid-morning Tuesday", "1999-10-26TMO", "MID"),
    ("Late afternoon Friday, the talks ended.", "Late afternoon Friday", "1999-10-29TAF", "END"),
    ("He left in midafternoon yesterday.", "midafternoon yesterday", "1999-10-31TAF", "MID"),
    # near misses: the modifier before the day, and a word that names no day
    ("The talks ended late Friday afternoon.", "late Friday afternoon", "1999-10-29TAF", "END"),
    ("Late morning now is the busiest time.", "now", "PRESENT_REF", None),
])
def test_part_of_day_before_its_day(time_tag: Any, text: str, words: str, value: str, mod: str | None) -> None:
    t = find(time_tag(text, MON), words)
    assert (t.value, t.mod) == (value, mod)


@pytest.mark.parametrize(("text", "expected"), [
    # a plural part of the day makes a weekday a set, also for the first of two weekdays sharing it
    ("The market is open on Saturday mornings.", [("Saturday mornings", "SET", "XXXX-WXX-6TMO")]),
    ("The market is open on Saturday and Sunday mornings.",
     [("Saturday", "SET", "XXXX-WXX-6TMO"), ("Sunday mornings", "SET", "XXXX-WXX-7TMO")]),
    ("Flights leave on Monday and Tuesday nights.",
     [("Monday", "SET", "XXXX-WXX-1TNI"), ("Tuesday nights", "SET", "XXXX-WXX-2TNI")]),
    # near miss: a plural first weekday keeps its whole day ("Saturdays", not only their mornings)
    ("He works Saturdays and Sunday mornings.",
     [("Saturdays", "SET", "XXXX-WXX-6"), ("Sunday mornings", "SET", "XXXX-WXX-7TMO")]),
    # near miss: the nights of one week named
    ("He met them on Saturday and Sunday nights last week.",
     [("Saturday", "DATE", "1999-10-30"), ("Sunday nights", "TIME", "1999-10-31TNI"), ("last week", "DATE", "1999-W43")]),
    # near miss: one night of one week (the weekend just past)
    ("He met them on Saturday and Sunday night.",
     [("Saturday", "DATE", "1999-10-30"), ("Sunday night", "TIME", "1999-10-31TNI")]),
])
def test_weekday_with_plural_part_of_day_is_a_set(time_tag: Any, text: str,
                                                  expected: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type, t.value) for t in time_tag(text, MON)] == expected
