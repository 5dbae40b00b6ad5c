"""A figure "a year earlier" beside a forecast of a quarter not yet over ("expects a fourth-quarter
loss of $5 million, against a profit of $3 million a year earlier" in November) compares with that
quarter a year back: the quarter the text names, not the last quarter over by publication. A
report's quarter (a past clause's, or one over) still beats a forecast's, and a figure told in a
later sentence is of a quarter over, not the forecast's; with no quarter named the last one over
stays the reading; with no figure beside it "a year earlier" is the year. Our own
sentences."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Analysts expect a fourth-quarter loss of $5 million, against a profit of $3 million a year earlier.",
     "1989-11-02", [("fourth-quarter", "1989-Q4"), ("a year earlier", "1988-Q4")]),
    ("The brewer will post a fourth-quarter loss of $4 million, against a profit of $3 million a year earlier.",
     "1989-04-05", [("fourth-quarter", "1989-Q4"), ("a year earlier", "1988-Q4")]),
    # near misses: a report's quarter told before a forecast named in passing; no quarter named;
    # a forecast with no figure beside "a year earlier"
    ("The brewer's third-quarter profit fell 9%. It expects a fourth-quarter charge of $2 million. "
     "Its beer unit earned $4 million, compared with $5 million a year earlier.", "1989-11-02",
     [("third-quarter", "1989-Q3"), ("fourth-quarter", "1989-Q4"), ("a year earlier", "1988-Q3")]),
    ("Analysts expect a fourth-quarter loss. Its beer unit earned $4 million, against $5 million a year earlier.",
     "1989-11-02", [("fourth-quarter", "1989-Q4"), ("a year earlier", "1988-Q3")]),
    ("The brewer expects a loss of $4 million, against a profit of $3 million a year earlier.",
     "1989-11-02", [("a year earlier", "1988-Q3")]),
    ("Analysts expect a fourth-quarter loss. A year earlier, the brewer was sold.",
     "1989-11-02", [("fourth-quarter", "1989-Q4"), ("A year earlier", "1988")]),
])
def test_forecast_quarter_compared(time_tag: Any, text: str, published: str,
                                   expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in time_tag(text, published)] == expected
