""""the quarter ended Sept. 30" is the calendar quarter holding that day wherever it stands: a
report's quarter named before (a fiscal one, another company's) does not override the day the
sentence gives. "the quarter" with no day still takes the report's quarter. Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

OCT = "1989-10-20"


@pytest.mark.parametrize(("text", "expected"), [
    ("Orbis earned $20 million in the fiscal first quarter. For the quarter ended Sept. 30, sales rose 9%.",
     [("the fiscal first quarter", "1989-Q1"), ("the quarter", "1989-Q3"), ("Sept. 30", "1989-09-30")]),
    ("Carver Steel posted net income for the fiscal second quarter. Its rival lost money, though sales "
     "increased in the quarter ended Sept. 30.",
     [("the fiscal second quarter", "1989-Q2"), ("the quarter", "1989-Q3"), ("Sept. 30", "1989-09-30")]),
    # near misses: no day, the report's quarter; an ordinal quarter keeps its own number
    ("Orbis earned $20 million in the fiscal first quarter. For the quarter, sales rose 9%.",
     [("the fiscal first quarter", "1989-Q1"), ("the quarter", "1989-Q1")]),
    ("Orbis earned $20 million in the fiscal first quarter ended Sept. 30.",
     [("the fiscal first quarter", "1989-Q1"), ("Sept. 30", "1989-09-30")]),
])
def test_quarter_ended_on_a_day(time_tag: Any, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in time_tag(text, OCT)] == expected
