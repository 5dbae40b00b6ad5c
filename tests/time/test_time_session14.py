"""Session 14: a year's possessive is the year ("returned to 2020's level"), "the 1990's" with its
article or a modifier a decade; a scheduled thing told as over two days ahead of publication
goes back as far as a past clause's other dates do (the year before: "a past clause never names
a day that has not come", ``dates._looks_ahead``), whether it is a deadline or a meeting, while
"set March 3 as the deadline" still looks ahead; a thing told as befallen ("missed the March 3
deadline") goes back like one told as over. "The following day" after a month or year only is a day of it, unknown
("2022-08-XX"). Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED = "2024-10-01"


@pytest.mark.parametrize(("text", "expected"), [
    ("Output returned to its 2020's level after the strike.", [("2020", "2020")]),
    ("Turnout fell below 2010's record.", [("2010", "2010")]),
    ("Prices fell back to the 2020s level.", [("2020s", "202")]),
    ("Sales grew in the 1990's.", [("1990's", "199")]),
    ("In the early 1990's, prices fell.", [("the early 1990's", "199")]),
    ("Costs rose in the mid-1980's.", [("the mid-1980's", "198")]),
])
def test_possessive_year_and_decade(time_tag: Any, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in time_tag(text, PUBLISHED)] == expected


@pytest.mark.parametrize("text", [
    "The March 3 deadline passed without a deal.",
    "The March 3 meeting ended without a deal.",
    "Negotiators missed the March 3 deadline.",
    "The March 3 deadline was missed.",
    "The opposition boycotted the March 3 vote.",
])
def test_told_over_two_days_ahead_goes_back_a_year(time_tag: Any, text: str) -> None:
    assert [t.value for t in time_tag(text, "2024-03-01")] == ["2023-03-03"]


@pytest.mark.parametrize("text", [
    "The government set March 3 as the deadline for the talks.",
    "The March 3 deadline loomed over the talks.",
    "Negotiators extended the March 3 deadline.",
    "Negotiators will miss the March 3 deadline.",
])
def test_deadline_not_told_over_looks_ahead(time_tag: Any, text: str) -> None:
    assert "2024-03-03" in [t.value for t in time_tag(text, "2024-03-01")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The ship sank in August 2022. The following day, divers reached the wreck.", "2022-08-XX"),
    ("The ship sank in 2022. The next day, divers reached the wreck.", "2022-XX-XX"),
    ("The ship sank in August 2022. The next morning, divers reached the wreck.", "2022-08-XXTMO"),
    ("The ship sank on Aug. 2, 2022. The next day, divers reached the wreck.", "2022-08-03"),
    ("The ship sank on Aug. 2, 2022, the worst disaster of 2022. The next day, divers reached the wreck.",
     "2022-08-03"),
    ("The Aug. 2 investigation found failures. The following day, the minister resigned.", "XXXX-XX-XX"),
    ("The minister said he would resign the following day.", "2024-10-02"),
])
def test_next_day_after_month_or_year(time_tag: Any, text: str, expected: str) -> None:
    """After a month or year the day is unknown (TimeML's 2022-08-XX); a past clause with no day
    before it is no day ahead of publication."""
    assert time_tag(text, PUBLISHED)[-1].value == expected
