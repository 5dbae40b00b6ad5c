"""Review of session 17's time rules, near misses of each. Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

TUE = "2024-08-20"


@pytest.mark.parametrize(("text", "expected"), [
    # a past clause coordinated with one still to come: the past weekday is the last such day
    ("He was arrested Monday and will appear in court Wednesday.", ["2024-08-19", "2024-08-21"]),
    ("The minister met the envoy Monday and will see the general Wednesday.", ["2024-08-19", "2024-08-21"]),
    ("She flew to Paris Monday, and she returns Wednesday.", ["2024-08-19", "2024-08-21"]),
    ("Voters went to the polls Sunday, and results are due Wednesday.", ["2024-08-18", "2024-08-21"]),
])
def test_past_clause_beside_a_coming_one_is_no_sequence(time_tag: Any, text: str, expected: list[str]) -> None:
    assert [t.value for t in time_tag(text, TUE)] == expected
