"""A quarter that is over by publication is the one a report speaks of even when the report is
still to come ("expects to report a third-quarter loss"): "a year earlier" with a figure after it is
that quarter a year back. A quarter not over yet ("expects a fourth-quarter loss" in November) or
a comparison quarter ("last year's third quarter") names no report period. Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Marlow Mining said it expects to report a third-quarter loss of $9 million. "
     "A year earlier, its net income was $1.4 million.", "1989-11-02",
     [("third-quarter", "1989-Q3"), ("A year earlier", "1988-Q3")]),
    ("The mill will post a second-quarter loss of $4 million. A year earlier, its profit was $3 million.",
     "1991-08-05", [("second-quarter", "1991-Q2"), ("A year earlier", "1990-Q2")]),
    # near misses: the quarter is not over; a comparison quarter; no quarter named
    ("The company expects sales to rise in the fourth quarter. A year earlier, sales were $2 million.",
     "1989-11-02", [("the fourth quarter", "1989-Q4"), ("A year earlier", "1988")]),
    ("The mill expects a third-quarter loss. A year earlier, its profit was $5 million.", "1989-08-02",
     [("third-quarter", "1989-Q3"), ("A year earlier", "1988")]),
    ("The mill expects to beat last year's third-quarter profit. A year earlier, its profit was $5 million.",
     "1989-11-02", [("last year's third-quarter", "1988-Q3"), ("A year earlier", "1987")]),
])
def test_quarter_still_to_be_reported(time_tag: Any, text: str, published: str,
                                      expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in time_tag(text, published)] == expected
