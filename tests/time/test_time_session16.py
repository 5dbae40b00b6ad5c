"""Session 16: "this/every/that 1990's" before a noun is the decade, and after "that" or a
possessive pronoun the noun decides (a figure of a year: the year's possessive; any other noun: the
decade), with or without a publication date. "The day before/after" a day is one expression
with it; before an event nothing is tagged (TimeBank). A weekday in brackets or apposition beside
a day takes that day; "the class of '24" is a year; "on Monday and on Wednesday", "Monday's and
Wednesday's", "Monday as well as Wednesday" are days of one week. Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED = "2024-10-01"  # a Tuesday


@pytest.mark.parametrize(("text", "expected"), [
    ("Critics loved that 1990's sound.", ("1990's", "199")),
    ("That 1990's sound is back on the radio.", ("1990's", "199")),
    ("This 1980's film still holds up.", ("1980's", "198")),
    ("Every 1970's car on the lot rusted.", ("1970's", "197")),
    ("Each 1960's model sold out.", ("1960's", "196")),
    ("He said that 1990's rules were too strict.", ("1990", "1990")),  # a clause's "that" (review 16)
    ("He said that 2020's gains were lost.", ("2020", "2020")),
])
def test_determiner_governs_the_decade(time_tag: Any, text: str, expected: tuple[str, str]) -> None:
    assert [(t.text, t.value) for t in time_tag(text, PUBLISHED)] == [expected]


@pytest.mark.parametrize("published", [PUBLISHED, None])
@pytest.mark.parametrize(("text", "expected"), [
    ("She never recovered her 1990's heyday.", "199"),
    ("The band kept its 1970's style.", "197"),
    ("Output never returned to its 2010's level.", "2010"),
    ("The ministry cut its 1990's budget twice.", "1990"),
    ("Exports stayed below their 2019's peak.", "2019"),
])
def test_noun_decides_after_a_pronoun(time_tag: Any, text: str, published: str | None, expected: str) -> None:
    assert [t.value for t in time_tag(text, published)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Markets fell the day after the 31st.", [("the day after the 31st", "2024-09-01")]),
    ("Shares rose the day before Sept. 12.", [("the day before Sept. 12", "2024-09-11")]),
    ("The day after Aug. 3, police left. The next day, they returned.",
     [("The day after Aug. 3", "2024-08-04"), ("The next day", "2024-08-05")]),
    ("Markets fell on the 31st.", [("the 31st", "2024-08-31")]),
    ("They will meet the day after tomorrow.", [("the day after tomorrow", "2024-10-07")]),
    ("He left the day after Friday's vote.", [("the day after Friday", "2024-10-05")]),
])
def test_day_beside_a_day(time_tag: Any, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in time_tag(text, "2024-10-05")] == expected


@pytest.mark.parametrize("text", [
    "Markets fell the day after the vote.",
    "The day before the election, polls closed early.",
])
def test_day_beside_an_event_is_not_tagged(time_tag: Any, text: str) -> None:
    assert time_tag(text, PUBLISHED) == []


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Talks resumed on the 3rd (a Thursday).", "2024-10-05", ["2024-10-03", "2024-10-03"]),
    ("Talks resumed on the 3rd (a Sunday).", "2024-11-05", ["2024-11-03", "2024-11-03"]),
    ("The ship docked on Aug. 3 (a Saturday).", "2024-10-05", ["2024-08-03", "2024-08-03"]),
    ("The vote is on Oct. 12, a Saturday.", "2024-10-05", ["2024-10-12", "2024-10-12"]),
    # a weekday that does not agree is read on its own
    ("Talks resumed on the 3rd (a Friday).", "2024-10-05", ["2024-10-03", "2024-10-04"]),
])
def test_weekday_beside_its_day(time_tag: Any, text: str, published: str, expected: list[str]) -> None:
    assert [t.value for t in time_tag(text, published)] == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("The class of ’24 graduated in June.", PUBLISHED, [("’24", "2024"), ("June", "2024-06")]),
    ("She is in the class of '28.", PUBLISHED, [("'28", "2028")]),
    ("He was class of '45 at the academy.", PUBLISHED, [("'45", "1945")]),
    ("That was the summer of '69.", PUBLISHED, [("'69", "1969")]),
    ("The class of ’24 graduated.", None, [("’24", "XX24")]),
    ("He said 'in '24 hours' was wrong.", PUBLISHED, []),
])
def test_short_year(time_tag: Any, text: str, published: str | None, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in time_tag(text, published)] == expected


@pytest.mark.parametrize("published", ["2024-09-30", PUBLISHED])
@pytest.mark.parametrize("text", [
    "Police fired tear gas on Monday and on Wednesday.",
    "Clashes erupted on Monday and again on Wednesday.",
    "Talks were held on Monday and Wednesday.",
    "Monday's and Wednesday's talks failed.",
    "Prices fell on Monday as well as Wednesday.",
])
def test_weekday_pair_with_repeated_preposition(time_tag: Any, text: str, published: str) -> None:
    assert [t.value for t in time_tag(text, published)] == ["2024-09-23", "2024-09-25"]


def test_weekday_pair_ahead_keeps_one_week(time_tag: Any) -> None:
    values = [t.value for t in time_tag("Talks will be held on Monday and on Wednesday.", PUBLISHED)]
    assert values == ["2024-10-07", "2024-10-09"]
