""""last" after a modal, "to" or "not" is the verb, and the span after it alone is the duration
("The strike could last a week": "a week", not "last a week"); "the last two weeks", "last
week" after "not" and "last" before a noun's span keep their extents. Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

PUB = "2024-08-21"


@pytest.mark.parametrize(("text", "expected"), [
    ("The strike could last a week.", [("a week", "DURATION", "P1W")]),
    ("The hearings are expected to last three days.", [("three days", "DURATION", "P3D")]),
    ("The truce did not last a day.", [("a day", "DURATION", "P1D")]),
    ("Repairs may last several months.", [("several months", "DURATION", "PXM")]),
    # near misses: "last" a modifier
    ("Prices rose in the last two weeks.", [("the last two weeks", "DURATION", "P2W")]),
    ("Not last week but the week before, rain fell.",
     [("last week", "DATE", "2024-W33"), ("the week before", "DATE", "2024-W32")]),
    ("The firm did not report last two quarters' results.", [("last two quarters", "DURATION", "P2Q")]),
])
def test_last_the_verb(time_tag: Any, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type, t.value) for t in time_tag(text, PUB)] == expected
