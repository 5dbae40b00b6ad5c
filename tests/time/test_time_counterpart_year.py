"""A period matched in another year is one expression ("the same period a year earlier", "the
same period of 1988", "... in 1988"), and a year stays a year before a possessive or a market's lows ("fell to
2019's level", "2019 lows") while a bare level stays none ("closed at 2015"). "The third quarter
a year earlier" is one too (session 18: it was two, this year's quarter and a year; TBAQ writes
"the quarter a year ago" as one). Near miss: a decade's "1990's" is no year. Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Sales rose 5% from the same period a year earlier.", "2024-08-19",
     [("the same period a year earlier", "2023")]),
    ("Sales rose 5% from the same period of 1988.", "1989-08-19", [("the same period of 1988", "1988")]),
    ("Sales rose 5% from the same period in 1988.", "1989-08-19", [("the same period in 1988", "1988")]),
    ("Net income was $5 million in the second quarter, up from $4 million in the same quarter in 1988.",
     "1989-08-19", [("the second quarter", "1989-Q2"), ("the same quarter in 1988", "1988-Q2")]),
    ("Net income was $5 million in the second quarter, up from $4 million in the same period of 1988.",
     "1989-08-19", [("the second quarter", "1989-Q2"), ("the same period of 1988", "1988-Q2")]),
    ("Net income was $5 million in the third quarter, up from $4 million in the same period a year earlier.",
     "2024-08-19", [("the third quarter", "2024-Q3"), ("the same period a year earlier", "2023-Q3")]),
    ("Profit rose in the third quarter from the third quarter a year earlier.", "2024-08-19",
     [("the third quarter", "2024-Q3"), ("the third quarter a year earlier", "2023-Q3")]),
    ("Prices fell to 2019's level.", "2024-08-19", [("2019", "2019")]),
    ("Prices fell to 2019 lows.", "2024-08-19", [("2019", "2019")]),
    ("The index closed at 2015.", "2024-08-19", []),
    ("The index rose 12 points to 2010 on Tuesday.", "2024-08-19", [("Tuesday", "2024-08-13")]),
])
def test_counterpart_and_year(time_tag: Any, text: str, published: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in time_tag(text, published)] == expected


def test_decade_apostrophe_is_no_year(time_tag: Any) -> None:
    assert all(t.value != "1990" for t in time_tag("In the 1990's, prices fell.", "2024-08-19"))
