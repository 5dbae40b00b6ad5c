"""Review 16: "that" after a verb of saying or knowing opens a clause, so "2020's" after it is the
year's possessive whatever its noun ("said that 2020's election was rigged"); the decade still
running is no era ("its 2020's election" in 2024: the year). A two-digit year after an apostrophe
is no year ahead of a past clause or after "since" ("crashed in '29": 1929), nor a count in
quotes ("'24/7'", "'10-0'"). Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED = "2024-10-01"


@pytest.mark.parametrize("published", [PUBLISHED, None])
@pytest.mark.parametrize(("text", "expected"), [
    ("Trump said that 2020's election was rigged.", "2020"),
    ("He insisted that 2010's crisis was over.", "2010"),
    ("Officials said that 2020's census missed millions.", "2020"),
    ("He said that 1990's rules were too strict.", "1990"),
    ("She argued that 1990's reforms had failed.", "1990"),
    ("He told reporters that 2010's season was his best.", "2010"),
])
def test_clause_that_leaves_the_year_possessive(time_tag: Any, text: str, published: str | None,
                                                expected: str) -> None:
    assert [t.value for t in time_tag(text, published)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Fans loved that 1990's sound.", "199"),
    ("Nobody forgets that 1980's film.", "198"),
    ("That 1990's sound is back on the radio.", "199"),
])
def test_determiner_that_keeps_the_decade(time_tag: Any, text: str, expected: str) -> None:
    assert [t.value for t in time_tag(text, PUBLISHED)] == [expected]


@pytest.mark.parametrize("text", [
    "Its 2020's election was close.",
    "The league cut their 2020's season short.",
])
def test_pronoun_before_the_running_decade_is_the_year(time_tag: Any, text: str) -> None:
    assert [t.value for t in time_tag(text, PUBLISHED)] == ["2020"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Its 2020's election was close.", "202"),  # no publication date: the noun decides
    ("She never recovered her 1990's heyday.", "199"),
])
def test_pronoun_decade_without_the_running_decade(time_tag: Any, text: str, expected: str) -> None:
    assert [t.value for t in time_tag(text, None)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("The market crashed in '29, he said.", [("'29", "1929")]),
    ("Prices have doubled since '26.", [("'26", "1926")]),
    ("Prices have doubled since '08.", [("'08", "2008")]),
    ("She joined the class of '28.", [("'28", "2028")]),  # a class: its year may lie ahead
    ("They will reunite in '28.", [("'28", "2028")]),
])
def test_short_year_of_a_past_clause_is_not_ahead(time_tag: Any, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in time_tag(text, PUBLISHED)] == expected


@pytest.mark.parametrize("text", [
    "Crews worked in '24/7' shifts.",
    "They won in '10-0' fashion.",
])
def test_short_year_not_a_quoted_count(time_tag: Any, text: str) -> None:
    assert time_tag(text, PUBLISHED) == []


@pytest.mark.parametrize("text", [
    "The index rose on Sept. 23. It closed at 5,012, a Monday high.",
    "Shares fell on Sept. 23. The fund lost 3, a Monday filing showed.",
])
def test_weekday_beside_a_number_is_not_the_day_named(time_tag: Any, text: str) -> None:
    assert [t.value for t in time_tag(text, "2024-10-05")] == ["2024-09-23", "2024-09-30"]
