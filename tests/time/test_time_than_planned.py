"""A span before "earlier/later than" is a comparison ("finished a year earlier than planned",
"opened two weeks later than expected"): the time compared with (a plan, a forecast) is not one
the text names, so the span is a length, DURATION, as TimeML tags an offset from an event ("two
days after the explosion"), not a date a year before the publication. The same span with no
"than" is still a date ("closed a year earlier", "from a year earlier", "two weeks later" after a
named day). A day of the month before the span makes it no rate ("on Aug. 1, a week earlier").
Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

PUB = "2024-08-21"


@pytest.mark.parametrize(("text", "expected"), [
    ("The tunnel was finished a year earlier than planned.", [("a year earlier", "DURATION", "P1Y")]),
    ("The bridge opened two weeks later than expected.", [("two weeks later", "DURATION", "P2W")]),
    ("The stadium will open a year later than planned.", [("a year later", "DURATION", "P1Y")]),
    ("The mine closed three months earlier than the company had forecast.",
     [("three months earlier", "DURATION", "P3M")]),
    ("The plant opened in the third quarter a year earlier than planned.",
     [("the third quarter", "DATE", "2024-Q3"), ("a year earlier", "DURATION", "P1Y")]),
    # a comparison after a day of the month is no rate ("four cars a week"), nor a span before an event
    ("The plant opened on Aug. 1, a week earlier than scheduled.",
     [("Aug. 1", "DATE", "2024-08-01"), ("a week earlier", "DURATION", "P1W")]),
    ("The plant opened on Aug. 1, a week before the vote.",
     [("Aug. 1", "DATE", "2024-08-01"), ("a week", "DURATION", "P1W")]),
    ("The plant builds four cars a week.", []),
    ("The plant earned $2.5 million a year.", []),
    ("Output rose to 1,200 a day.", []),
    # near misses: no comparison
    ("The plant closed a year earlier.", [("a year earlier", "DATE", "2023")]),
    ("Sales rose 5% from a year earlier.", [("a year earlier", "DATE", "2023")]),
    ("The plant opened on Aug. 1. It closed two weeks later.",
     [("Aug. 1", "DATE", "2024-08-01"), ("two weeks later", "DATE", "2024-W33")]),
    ("The plant closed two weeks later, sooner than expected.", [("two weeks later", "DATE", "2024-W36")]),
])
def test_span_than_planned(time_tag: Any, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type, t.value) for t in time_tag(text, PUB)] == expected
