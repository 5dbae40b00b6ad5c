"""A calendar quarter named without a year for a report's figure, in a present or future clause,
early in the next quarter, is the quarter just over ("will post a fourth-quarter loss" on Jan. 8:
the fourth quarter of the year before, whose report is due). A forecast of the economy, a plan,
a fiscal quarter, a date late in the quarter and the current quarter keep the year of
publication. Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Marlow will post a fourth-quarter loss.", "1990-01-08", [("fourth-quarter", "1989-Q4")]),
    ("Marlow expects a loss for the fourth quarter.", "1990-01-15", [("the fourth quarter", "1989-Q4")]),
    ("Marlow says its fourth-quarter net income will fall by half.", "1990-02-02", [("fourth-quarter", "1989-Q4")]),
    ("Marlow expects a loss for its fourth quarter.", "1990-01-08", [("fourth quarter", "1989-Q4")]),
    ("Marlow expects its fourth-quarter results to show a loss.", "1990-01-08", [("fourth-quarter", "1989-Q4")]),
    ("Marlow will post a fourth-quarter loss of $5 million, against a profit of $3 million a year earlier.",
     "1990-01-08", [("fourth-quarter", "1989-Q4"), ("a year earlier", "1988-Q4")]),
    # near misses: no report's figure; late in the quarter; fiscal quarters; the quarter now running
    ("Marlow expects growth to pick up in the fourth quarter.", "1990-01-08", [("the fourth quarter", "1990-Q4")]),
    ("Marlow expects fourth-quarter growth to pick up as new plants open.", "1990-01-08",
     [("fourth-quarter", "1990-Q4")]),
    ("Marlow plans a fourth-quarter launch of its new brand.", "1990-01-08", [("fourth-quarter", "1990-Q4")]),
    ("Marlow expects to return to profit by the fourth quarter.", "1990-01-08", [("the fourth quarter", "1990-Q4")]),
    ("Marlow will post a fourth-quarter loss.", "1990-03-20", [("fourth-quarter", "1990-Q4")]),
    ("Marlow will post a fiscal fourth-quarter loss.", "1990-01-08", [("fiscal fourth-quarter", "1990-Q4")]),
    ("Marlow will post a loss for its fourth fiscal quarter.", "1990-01-08", [("fourth fiscal quarter", "1990-Q4")]),
    ("Marlow expects a loss for the fourth fiscal quarter.", "1990-01-08", [("the fourth fiscal quarter", "1990-Q4")]),
    ("Marlow expects a profit for its fourth quarter of next year.", "1990-01-08",
     [("fourth quarter of next year", "1991-Q4")]),
    ("Marlow expects first-quarter earnings to fall.", "1990-01-08", [("first-quarter", "1990-Q1")]),
    ("Marlow will post a fourth-quarter loss.", "1990-10-08", [("fourth-quarter", "1990-Q4")]),
    ("Marlow will post a loss for the second quarter, and expects a profit in the third quarter.", "1990-07-10",
     [("the second quarter", "1990-Q2"), ("the third quarter", "1990-Q3")]),
    ("Marlow posted a fourth-quarter loss.", "1990-01-08", [("fourth-quarter", "1989-Q4")]),
])
def test_quarter_just_over_in_a_report(time_tag: Any, text: str, published: str,
                                       expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in time_tag(text, published)] == expected
