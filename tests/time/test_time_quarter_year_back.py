"""The quarter a year back named as one phrase: "the quarter a year ago", "the third quarter a year
earlier", "the period a year earlier" in an earnings report are the reported quarter of the year
before (as "the same quarter a year earlier" already was), not this year's quarter and a year.
Near misses: a comparison after "from" and a span "a year earlier than planned" stay apart, and
"half a year ago" is no half of a report. Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

OCT = "1989-10-26"
Q3 = "Acme earned $5 million in the third quarter. "


@pytest.mark.parametrize(("text", "expected"), [
    (Q3 + "For the quarter a year ago, Acme reported earnings of $3 million.",
     [("the third quarter", "1989-Q3"), ("the quarter a year ago", "1988-Q3")]),
    ("Acme earned $5 million in the third quarter, up from $3 million in the quarter a year earlier.",
     [("the third quarter", "1989-Q3"), ("the quarter a year earlier", "1988-Q3")]),
    (Q3 + "In the third quarter a year earlier, it earned $3 million.",
     [("the third quarter", "1989-Q3"), ("the third quarter a year earlier", "1988-Q3")]),
    (Q3 + "In the period a year earlier, it earned $3 million.",
     [("the third quarter", "1989-Q3"), ("the period a year earlier", "1988-Q3")]),
    # near misses
    ("Profit in the quarter rose 5% from a year ago.", [("the quarter", "1989-Q3"), ("a year ago", "1988")]),
    ("Acme sold more than half a year ago.", [("more than half a year ago", "1989-04")]),
])
def test_quarter_a_year_back(time_tag: Any, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in time_tag(text, OCT)] == expected


def test_a_year_earlier_than_planned_is_no_counterpart(time_tag: Any) -> None:
    """A quarter reached a year ahead of a plan stays this year's quarter, whatever "a year
    earlier than planned" is tagged as (a comparison, a DURATION: test_time_than_planned)."""
    found = [(t.text, t.value) for t in time_tag("The plant opened in the third quarter a year earlier than planned.", OCT)]
    assert found[0] == ("the third quarter", "1989-Q3")
    assert not any("quarter a year" in text for text, _ in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("He spent the period a year ago in prison.", [("a year ago", "1988")]),
    ("Unemployment was higher in the period a year ago.", [("a year ago", "1988")]),
    # near miss: earnings text without a quarter named before
    ("Net income rose to $5 million from $3 million in the period a year ago.",
     [("the period a year ago", "1988-Q3")]),
])
def test_period_a_year_back_is_a_report_period_only(time_tag: Any, text: str, expected: list[tuple[str, str]]) -> None:
    """Session 18 review: "the period a year ago" outside earnings text is no quarter."""
    assert [(t.text, t.value) for t in time_tag(text, OCT)] == expected
