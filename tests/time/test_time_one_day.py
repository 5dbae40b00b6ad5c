""""one day" just after a modal is some day ahead, TimeML's FUTURE_REF, not a length of one
day ("the drug could one day replace insulin shots"); "one day" as what a thing lasts or takes,
with a rate after it, or after a quantity word or "last" stays a duration. Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

PUB = "2024-08-21"


@pytest.mark.parametrize(("text", "expected"), [
    ("Engineers say the bridge will one day carry trains.", [("one day", "DATE", "FUTURE_REF")]),
    ("Doctors hope the drug could one day replace insulin shots.", [("one day", "DATE", "FUTURE_REF")]),
    ("She said she may one day return to her village.", [("one day", "DATE", "FUTURE_REF")]),
    ("We'll one day rebuild the bridge, the mayor said.", [("one day", "DATE", "FUTURE_REF")]),
    # near misses: a length, a rate, a quantity word, "'d" that is "had"
    ("He'd one day left on his visa.", [("one day", "DURATION", "P1D")]),
    ("The strike lasted one day.", [("one day", "DURATION", "P1D")]),
    ("The court could take one day to rule.", [("one day", "DURATION", "P1D")]),
    ("He will spend one day in Paris.", [("one day", "DURATION", "P1D")]),
    ("Staff will one day a week work from home.", [("one day", "DURATION", "P1D")]),
    ("The plant would need about one day to restart.", [("about one day", "DURATION", "P1D")]),
])
def test_one_day_after_a_modal(time_tag: Any, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type, t.value) for t in time_tag(text, PUB)] == expected
