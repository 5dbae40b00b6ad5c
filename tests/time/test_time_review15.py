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
