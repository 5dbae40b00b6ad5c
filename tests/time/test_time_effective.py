"""A measure that "is effective" on a day is set for it, as one that "takes effect" ("The
resignation is effective June 1" in October: next June, not the June gone). Near misses: one
that "was effective" and a measure's day inside a past clause stay in the past. Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

OCT = "1989-10-26"


@pytest.mark.parametrize(("text", "expected"), [
    ("The company said the resignation is effective June 1.", ["1990-06-01"]),
    ("The new rule is effective June 1, the agency said.", ["1990-06-01"]),
    # near misses
    ("The resignation was effective Sept. 30.", ["1989-09-30"]),
    ("The price cut, effective Aug. 1, hurt sales.", ["1989-08-01"]),
    ("The bank named a new chief executive, effective Feb. 1.", ["1990-02-01"]),
])
def test_effective_day(time_tag: Any, text: str, expected: list[str]) -> None:
    assert [t.value for t in time_tag(text, OCT)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The ban is effective from June 1.", ["1990-06-01"]),
    # near misses: a drug that works in a month, a measure in force since a day
    ("The vaccine is effective in June, a study found.", ["1989-06"]),
    ("Police say the curfew is effective since Monday.", ["1989-10-23"]),
])
def test_effective_from_its_day_only(time_tag: Any, text: str, expected: list[str]) -> None:
    assert [t.value for t in time_tag(text, OCT)] == expected
