""""would one day" under a past frame ("never imagined", "had hoped", "was sure", "said") is a
future seen from that past moment: TimeML's FUTURE_REF, as any "one day" after a modal, but with no
anchor on the publication (the day may have come before it). "will", a present frame or no frame
keep the publication as anchor. Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

PUB = "2024-08-21"


@pytest.mark.parametrize(("text", "expected"), [
    ("He never imagined he would one day lead the country.", [("one day", "FUTURE_REF", None)]),
    ("As a girl in Tbilisi she had hoped she would one day dance at the Bolshoi.", [("one day", "FUTURE_REF", None)]),
    ("The trainer was sure his horse would one day win the Derby.", [("one day", "FUTURE_REF", None)]),
    ("The exile said he would one day go back to his farm.", [("one day", "FUTURE_REF", None)]),
    ("Officials said the mine would reopen in the near future.", [("the near future", "FUTURE_REF", None)]),
    # near misses: "will" speaks from now; a present frame; a conditional with no frame; a length
    ("The exile said he will one day go back to his farm.", [("one day", "FUTURE_REF", "publication")]),
    ("The trainer is sure his horse could one day win the Derby.", [("one day", "FUTURE_REF", "publication")]),
    ("The tunnel would one day cut travel times, planners say.", [("one day", "FUTURE_REF", "publication")]),
    ("He never imagined he would spend one day in prison.", [("one day", "P1D", None)]),
])
def test_future_seen_from_the_past(time_tag: Any, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(t.text, t.value, t.anchor) for t in time_tag(text, PUB)] == expected
