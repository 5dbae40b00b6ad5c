"""A dated scheduled thing that its clause tells as over is the past occurrence, also where the
coming one is nearer to publication (2024-10-01: March 3 2024 is seven months back, March 3
2025 five ahead), whatever the parser makes of "passed"/"lapsed". Near misses keep the nearest:
a present or future ("passes", "will pass"), a deadline "to pass the bill", one "passed by the
Senate" (enacted). Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED, PAST, AHEAD = "2024-10-01", "2024-03-03", "2025-03-03"


@pytest.mark.parametrize("text", [
    "The March 3 deadline passed without a deal.",
    "The March 3 deadline expired without a deal.",
    "The March 3 deadline came and went without a deal.",
    "The March 3 deadline lapsed without a deal.",
    "Officials said the March 3 deadline passed without a deal.",
    "The March 3 deadline has expired.",
    "The March 3 deadline had passed.",
])
def test_told_over_is_past(time_tag: Any, text: str) -> None:
    assert [(t.text, t.value) for t in time_tag(text, PUBLISHED)] == [("March 3", PAST)]


@pytest.mark.parametrize("text", [
    "The March 3 deadline passes quietly.",
    "The March 3 deadline will pass quietly.",
    "Lawmakers face the March 3 deadline to pass the bill.",
    "The March 3 deadline passed by the Senate.",
])
def test_not_told_over_keeps_nearest(time_tag: Any, text: str) -> None:
    assert [(t.text, t.value) for t in time_tag(text, PUBLISHED)] == [("March 3", AHEAD)]


def test_present_before_the_day_is_coming(time_tag: Any) -> None:
    assert [t.value for t in time_tag("The March 3 deadline passes quietly.", "2024-02-20")] == ["2024-03-03"]
