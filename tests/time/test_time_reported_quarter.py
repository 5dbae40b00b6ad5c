"""Earnings reports: "a year earlier", "year-ago", "the latest period", "the 1988 quarter" take
the quarter the report named in a past clause (a fiscal one too), else the quarter before
publication's. Our own sentences; (text, published, expected (text, value) pairs)."""

from __future__ import annotations

from typing import Any

import pytest

NOV = "1989-11-01"

CASES = [
    # the named quarter is the report's: its year before, its latest period
    ("Ralston earned $1.20 a share in the fourth quarter ended Sept. 30, compared with $84.9 million, "
     "or $1.24 a share, a year earlier.", NOV,
     [("the fourth quarter", "1989-Q4"), ("Sept. 30", "1989-09-30"), ("a year earlier", "1988-Q4")]),
    ("Acme posted a loss in its fiscal first quarter. Sales in the latest period rose 5%.", NOV,
     [("fiscal first quarter", "1989-Q1"), ("the latest period", "1989-Q1")]),
    ("Acme earned $8 million in the second quarter. The year-ago results included a charge.", NOV,
     [("the second quarter", "1989-Q2"), ("year-ago", "1988-Q2")]),
    # a year is no count of quarters: "the 1988 quarter" is the report's quarter of 1988
    ("Acme's third-quarter profit rose 10%. The company earned $3 million in the 1988 quarter.", NOV,
     [("third-quarter", "1989-Q3"), ("the 1988 quarter", "1988-Q3")]),
    # no quarter named, or only one looked forward to: the quarter before publication's
    ("Profit rose to $5 million from $4 million a year ago.", NOV, [("a year ago", "1988-Q3")]),
    ("Acme expects a loss in the fourth quarter. Net was $5 million, compared with $4 million a year earlier.",
     NOV, [("the fourth quarter", "1989-Q4"), ("a year earlier", "1988-Q3")]),
    # "the quarter ended <day>": the calendar quarter of that day, even after a report named another
    ("The company reported results for the quarter ended Sept. 30.", "2024-08-21",
     [("the quarter", "2023-Q3"), ("Sept. 30", "2023-09-30")]),
    ("For the quarter ending June 30, 2023, sales rose.", "2024-08-21",
     [("the quarter", "2023-Q2"), ("June 30, 2023", "2023-06-30")]),
    ("Acme's fiscal first quarter was strong. For the quarter ended Sept. 30, net rose.", NOV,
     [("fiscal first quarter", "1989-Q1"), ("the quarter", "1989-Q3"), ("Sept. 30", "1989-09-30")]),
    # the compared quarter itself does not become the report's
    ("Acme earned $8 million in the second quarter. Last year's second quarter was weak, and the "
     "year-earlier period had a charge.", NOV,
     [("the second quarter", "1989-Q2"), ("Last year's second quarter", "1988-Q2"),
      ("the year-earlier period", "1988-Q2")]),
    # a war story: the named quarter is no anchor of its "a year earlier", nor is a city's quarter a period
    ("Israel's economy shrank in the second quarter. A year earlier, Hamas had not yet attacked.", "2024-08-21",
     [("the second quarter", "2024-Q2"), ("A year earlier", "2023")]),
    ("Israel's economy grew in the first quarter. The army said it had cleared the quarter of Shejaiya.",
     "2024-08-21", [("the first quarter", "2024-Q1")]),
    ("The quarter of Gaza's people who fled have nowhere to go.", "2024-08-21", []),
    # "the 1988 period" of a report is its period of that year, found in the first pass too (was "1988")
    ("Acme's third-quarter profit rose 10%. In the 1988 period, the company earned $3 million.", NOV,
     [("third-quarter", "1989-Q3"), ("the 1988 period", "1988-Q3")]),
    ("Acme lost $5 million, compared with a loss of $195 million in the 1988 period.", NOV,
     [("the 1988 period", "1988-Q3")]),
    # near miss: no earnings near, a year
    ("Historians studied the 1948 period in depth.", NOV, [("1948", "1948")]),
    # near misses: an era ("the 1968 period of unrest"), and a year too far back to be compared
    ("Acme's profit rose in the third quarter. Critics recalled the 1968 period of unrest.", NOV,
     [("the third quarter", "1989-Q3"), ("1968", "1968")]),
    ("Acme's profit rose in the third quarter, ending the 1988 period of losses.", NOV,
     [("the third quarter", "1989-Q3"), ("1988", "1988")]),
    ("Acme's profit rose in the third quarter. In the 1975 period, it had lost money.", NOV,
     [("the third quarter", "1989-Q3"), ("1975", "1975")]),
    # "the same period last year": the reported quarter, a year back; with none reported, that year
    ("Acme earned $3 million in the third quarter, up from $2 million in the same period last year.", NOV,
     [("the third quarter", "1989-Q3"), ("the same period last year", "1988-Q3")]),
    ("Acme earned $3 million in the third quarter, against $2 million in the comparable period last year.", NOV,
     [("the third quarter", "1989-Q3"), ("the comparable period last year", "1988-Q3")]),
    ("Tourist arrivals rose 8% compared with the corresponding period last year.", "2024-08-21",
     [("the corresponding period last year", "2023")]),
    # near miss: no year, no timex
    ("The sale happened in the same period.", NOV, []),
    # a quarter owned by a year: that year's ("next year's first quarter" was "next year" + this year's Q1)
    ("Profit should recover as early as next year's first quarter.", NOV, [("next year's first quarter", "1990-Q1")]),
    ("The company expects a loss in next year's second half.", "2024-08-21", [("next year's second half", "2025-H2")]),
    ("Sales fell in last year's fourth quarter.", "2024-08-21", [("last year's fourth quarter", "2023-Q4")]),
    ("Sales rose in this year's second quarter.", "2024-08-21", [("this year's second quarter", "2024-Q2")]),
    # near miss: a year alone
    ("The company will expand next year.", "2024-08-21", [("next year", "2025")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_reported_quarter(time_tag: Any, text: str, published: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in time_tag(text, published)] == expected


@pytest.mark.parametrize(("text", "anchors"), [
    # counted from the quarter the text named (itself from publication): anchored on the text
    ("Acme earned $8 million in the second quarter. The year-ago results included a charge.", ["publication", "text"]),
    ("Acme earned $8 million in the second quarter, compared with $4 million a year earlier.", ["publication", "text"]),
    ("Profit rose to $5 million from $4 million a year ago.", ["publication"]),
])
def test_reported_quarter_anchor(time_tag: Any, text: str, anchors: list[str]) -> None:
    assert [t.anchor for t in time_tag(text, NOV)] == anchors
