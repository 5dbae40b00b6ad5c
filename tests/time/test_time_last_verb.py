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
    # the parse's tag decides, not the word before: "to" a preposition, "last" a verb after an adverb
    ("Delegates returned to last two weeks' meetings.", [("last two weeks", "DURATION", "P2W")]),
    ("Sales compared to last three years were flat.", [("last three years", "DURATION", "P3Y")]),
    ("Such strikes rarely last a month.", [("a month", "DURATION", "P1M")]),
    ("The strike will likely last a week.", [("a week", "DURATION", "P1W")]),
    ("The truce didn't last a day.", [("a day", "DURATION", "P1D")]),
])
def test_last_the_verb(time_tag: Any, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type, t.value) for t in time_tag(text, PUB)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The truce didn't last a day.", ["a day"]),
    ("The strike could last a week.", ["a week"]),
    ("Delegates returned to last week's meeting.", ["last week"]),
    ("Prices rose over last two weeks.", ["over last two weeks"]),
])
def test_last_the_verb_without_a_parse(text: str, expected: list[str]) -> None:
    """With no parse (a caption), the word before "last" decides; "n't" is one such word."""
    from dateline.time.extract import find_timexes

    assert [t.text for t in find_timexes(text, PUB)] == expected
