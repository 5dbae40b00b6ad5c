"""Review 15: what a past verb of foresight or intent puts "by <date>" is still ahead ("threatened
a strike by March", "predicted a recovery by March"); a bare "the 30th" that echoes an ordinal of a
noun just before it ("the 22nd lap ... after the 30th") is no day of the month. Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED = "2024-10-01"


@pytest.mark.parametrize("text", [
    "The union threatened a strike by March.",
    "Analysts predicted a recovery by March.",
    "Economists forecast a surplus by March.",
    "The ministry targeted completion by March.",
    "The board proposed a vote by March.",
    "The envoy sought a deal by March.",
    "The firm scheduled the vote by March.",
    "The minister announced elections by March.",
])
def test_by_a_month_foreseen_in_a_simple_past_looks_ahead(time_tag: Any, text: str) -> None:
    assert [t.value for t in time_tag(text, PUBLISHED)] == ["2025-03"]


@pytest.mark.parametrize("text", [
    "The company lost its gains by March.",
    "Prices rose by March.",
])
def test_by_a_month_reached_in_a_simple_past_stays_past(time_tag: Any, text: str) -> None:
    assert [t.value for t in time_tag(text, PUBLISHED)] == ["2024-03"]


@pytest.mark.parametrize("text", [
    "Verstappen pitted on the 22nd lap and led after the 30th.",
    "The bill passed its 2nd reading; it becomes law after the 3rd.",
    "He lives on the 2nd floor. His sister moved in on the 5th.",
    "Ferrari ran in 2nd until a puncture on the 30th.",
])
def test_ordinal_echoing_a_noun_just_before_is_no_day(time_tag: Any, text: str) -> None:
    assert time_tag(text, "2024-11-30") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The deal was signed on the 28th. It closed on the 30th.", ["2024-11-28", "2024-11-30"]),
    ("It was signed on November 28th. Shares fell on the 29th.", ["2024-11-28", "2024-11-29"]),
    ("The 28th of November was calm; the vote came on the 29th.", ["2024-11-28", "2024-11-29"]),
])
def test_day_after_a_named_day_is_still_a_day(time_tag: Any, text: str, expected: list[str]) -> None:
    assert [t.value for t in time_tag(text, "2024-11-30")] == expected


def test_a_name_like_a_golf_word_leaves_the_day(time_tag: Any) -> None:
    assert [t.value for t in time_tag("The Green Party's motion passed on the 2nd.", "2024-11-30")] == ["2024-11-02"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Profits rose in 2020's first quarter.", ["2020", "2020-Q1"]),
    ("Profits rose in 2020’s first quarter.", ["2020", "2020-Q1"]),
    ("Sales fell in 2018's second half.", ["2018", "2018-H2"]),
    ("Sales will fall in the second half.", ["2024-H2"]),
])
def test_quarter_after_a_years_possessive_is_that_years(time_tag: Any, text: str, expected: list[str]) -> None:
    assert [t.value for t in time_tag(text, PUBLISHED)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("He was born on March 3, 1950. The funeral will be held on the 12th.", ["1950-03-03", "2024-12-12"]),
    ("The deal was signed on March 28, 2019. It closed on the 31st.", ["2019-03-28", "2019-03-31"]),
    ("Talks open on Dec. 2 and will end on the 5th.", ["2024-12-02", "2024-12-05"]),
])
def test_day_of_the_month_named_before_unless_the_tense_forbids(time_tag: Any, text: str, expected: list[str]) -> None:
    assert [t.value for t in time_tag(text, "2024-11-30")] == expected


@pytest.mark.parametrize("text", [
    "Officials hoped the bridge was finished by March.",
    "Officials expected that the work was done by March.",
    "If the bridge was finished by March, tolls would fall.",
    "Unless the debt was paid by March, the firm would fold.",
    "Officials feared a flood by March.",
])
def test_by_a_month_hoped_for_or_supposed_looks_ahead(time_tag: Any, text: str) -> None:
    assert [t.value for t in time_tag(text, PUBLISHED)] == ["2025-03"]


def test_by_a_month_reported_as_done_stays_past(time_tag: Any) -> None:
    assert [t.value for t in time_tag("Officials said the bridge was finished by March.", PUBLISHED)] == ["2024-03"]
