"""Review of session 15's road-as-a-song rule ("Nat King Cole recorded Route 66"): roads
recorded as measured, not sung, stay places. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(("text", "road"), [
    ("Cameras recorded Route 9 traffic at 90 mph on Friday.", "Route 9"),
    ("The county records Route 9 as its busiest road.", "Route 9"),
    ("Police recorded Interstate 80 as the deadliest stretch in the state.", "Interstate 80"),
    ("The performance of Interstate 35 bridges worried engineers.", "Interstate 35"),
    ("Rain recorded on Route 9 flooded two lanes.", "Route 9"),
    ("The highest temperature recorded on Interstate 95 was 104 degrees.", "Interstate 95"),
])
def test_road_measured_not_sung_stays(nlp: Any, text: str, road: str) -> None:
    """A verb of recording before a road makes it a title only where the title ends there
    ("recorded Route 66 in 1946"), not where the road modifies a noun or is measured "as" one."""
    assert road in [p.text for p in nlp(text)._.places]


@pytest.mark.parametrize("text", [
    "The Beatles recorded Abbey Road in 1969.",
    "She sang “Route 66” with the trio.",
])
def test_road_recorded_as_a_title_is_no_place(nlp: Any, text: str) -> None:
    assert not [p for p in nlp(text)._.places if p.text in ("Abbey Road", "Route 66")]
