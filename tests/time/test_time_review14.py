"""Review 14: a bare "1970's" is the year's possessive only before its noun ("2020's level");
one in a list of decades, before a verb or a conjunction, or at a clause's end is the decade.
Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED = "2024-10-01"


@pytest.mark.parametrize(("text", "expected"), [
    ("In the 1960's and 1970's, cities grew.", ["196", "197"]),
    ("Rents have not been this high since 1990's.", ["199"]),
    ("1990's were a boom for the town.", ["199"]),
    ("Profits rose in 2020's first quarter.", ["2020", "2020-Q1"]),
])
def test_bare_decade_unless_before_its_noun(time_tag: Any, text: str, expected: list[str]) -> None:
    assert [t.value for t in time_tag(text, PUBLISHED)] == expected
