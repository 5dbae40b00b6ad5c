"""Session 15: "1980's" after a determiner or a possessive pronoun and before its noun is the
decade ("those 1980's films", "her 1990's heyday"), for no year's possessive follows a
determiner; the loose "its 2020's level" of the publication's own decade stays the year, as do
"2020's level" and "all 2020's gains". A day after a month's last day is the next month's first.
Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED = "2024-10-01"


@pytest.mark.parametrize(("text", "expected"), [
    ("Critics still love those 1980's films.", [("1980's", "198")]),
    ("The station plays these 1970's hits all night.", [("1970's", "197")]),
    ("He drove a 1960's sedan to the show.", [("1960's", "196")]),
    ("She never recovered her 1990's heyday.", [("1990's", "199")]),
    ("The club never matched its 1990's form.", [("1990's", "199")]),
])
def test_determined_decade_before_its_noun(time_tag: Any, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in time_tag(text, PUBLISHED)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Output returned to its 2020's level after the strike.", "2020"),
    ("Sales fell below their 2020's peak.", "2020"),
    ("Turnout fell below 2010's record.", "2010"),
    ("All 2020's gains were lost.", "2020"),
])
def test_year_possessive_stays_the_year(time_tag: Any, text: str, expected: str) -> None:
    assert [t.value for t in time_tag(text, PUBLISHED)] == [expected]


def test_pronoun_decade_without_publication_date_is_the_decade(time_tag: Any) -> None:
    assert [t.value for t in time_tag("She never recovered her 1990's heyday.", None)] == ["199"]


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("The deal closed on March 31. The next day, shares fell.", "2024-04-05", "2024-04-01"),
    ("The deal closed on the 31st of March. The following day, shares fell.", "2024-04-05", "2024-04-01"),
    ("Talks ended on Dec. 31. The next day, the law took effect.", "2025-01-05", "2025-01-01"),
    ("The vote was held on Feb. 29. The next day, results came in.", "2024-03-05", "2024-03-01"),
    ("The vote was held on Feb. 28. The next day, results came in.", "2023-03-05", "2023-03-01"),
])
def test_day_after_month_end_rolls_over(time_tag: Any, text: str, published: str, expected: str) -> None:
    assert time_tag(text, published)[-1].value == expected


@pytest.mark.parametrize("text", [
    "The company lost its gains by March.",
    "All the gains were erased by March.",
    "The bridge was finished by March.",
    "By March, the funds ran out.",
])
def test_by_a_month_in_a_simple_past_is_reached(time_tag: Any, text: str) -> None:
    assert [t.value for t in time_tag(text, PUBLISHED)] == ["2024-03"]


@pytest.mark.parametrize("text", [
    "The bridge will be finished by March.",
    "The bridge was to be finished by March.",
    "Officials said the bridge would be finished by March.",
    "The law required reports by March.",
    "The vote was postponed by March.",
])
def test_by_a_month_still_awaited_looks_ahead(time_tag: Any, text: str) -> None:
    assert [t.value for t in time_tag(text, PUBLISHED)] == ["2025-03"]


def test_by_a_weekday_in_a_simple_past_is_reached(time_tag: Any) -> None:
    assert [t.value for t in time_tag("Israel replied by Thursday.", PUBLISHED)] == ["2024-09-26"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Sales grew in the 1990’s.", ["199"]),
    ("Critics still love those 1980’s films.", ["198"]),
    ("Prices soared in the ’90s.", ["199"]),
    ("Output returned to its 2020’s level.", ["2020"]),
    ("Profits rose in 2020’s first quarter.", ["2020", "2020-Q1"]),
])
def test_curly_apostrophe_reads_as_the_straight_one(time_tag: Any, text: str, expected: list[str]) -> None:
    assert [t.value for t in time_tag(text, PUBLISHED)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The deal closed on the 31st. The next day, shares fell.", ["2024-03-31", "2024-04-01"]),
    ("The deal was signed on March 28. It closed on the 31st.", ["2024-03-28", "2024-03-31"]),
    ("The vote was held on the 2nd.", ["2024-04-02"]),
    ("He will step down on the 30th.", ["2024-04-30"]),
    ("Shares fell on the day after the 31st.", ["2024-04-01"]),  # one expression (session 16)
])
def test_day_of_the_month_standing_alone(time_tag: Any, text: str, expected: list[str]) -> None:
    assert [t.value for t in time_tag(text, "2024-04-05")] == expected


@pytest.mark.parametrize("text", [
    "The lift stopped on the 31st floor.",
    "The strike ended on the 31st day.",
    "He made birdie on the 18th.",
    "She sank a long putt on the 17th.",
])
def test_ordinal_of_a_noun_or_a_hole_is_no_day(time_tag: Any, text: str) -> None:
    assert time_tag(text, "2024-04-05") == []
