"""A numbered road the model cuts before its number ("County Road" tagged, "56" apart) is one
place with its number; a named street before a number stays the street (real pipeline)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(("text", "road"), [
    ("Flood water washed out part of County Road 56 near the lake.", "County Road 56"),
    ("A culvert on County Road 96 gave way on Sunday.", "County Road 96"),
    ("Deputies closed State Road 17 after the storm.", "State Road 17"),
])
def test_road_takes_its_number(nlp: Any, text: str, road: str) -> None:
    assert road in [p.text for p in nlp(text)._.places]


def test_street_before_a_number_stays(nlp: Any) -> None:
    text = "He was driving on Main Street 20 minutes before the crash."
    assert [p.text for p in nlp(text)._.places] == ["Main Street"]
