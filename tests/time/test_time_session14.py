"""Session 14: a year's possessive is the year ("returned to 2020's level"), "the 1990's" with its
article or a modifier a decade; a scheduled thing told as over two days ahead of publication
goes back as far as a past clause's other dates do (the year before: "a past clause never names
a day that has not come", ``dates._looks_ahead``), whether it is a deadline or a meeting, while
"set March 3 as the deadline" still looks ahead. Our own sentences."""

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
])
def test_told_over_two_days_ahead_goes_back_a_year(time_tag: Any, text: str) -> None:
    assert [t.value for t in time_tag(text, "2024-03-01")] == ["2023-03-03"]


@pytest.mark.parametrize("text", [
    "The government set March 3 as the deadline for the talks.",
    "The March 3 deadline loomed over the talks.",
])
def test_deadline_not_told_over_looks_ahead(time_tag: Any, text: str) -> None:
    assert "2024-03-03" in [t.value for t in time_tag(text, "2024-03-01")]
