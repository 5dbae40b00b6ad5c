"""Review of session 17's time rules, near misses of each. Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

TUE = "2024-08-20"


@pytest.mark.parametrize(("text", "expected"), [
    # a past clause coordinated with one still to come: the past weekday is the last such day
    ("He was arrested Monday and will appear in court Wednesday.", ["2024-08-19", "2024-08-21"]),
    ("The minister met the envoy Monday and will see the general Wednesday.", ["2024-08-19", "2024-08-21"]),
    ("She flew to Paris Monday, and she returns Wednesday.", ["2024-08-19", "2024-08-21"]),
    ("Voters went to the polls Sunday, and results are due Wednesday.", ["2024-08-18", "2024-08-21"]),
])
def test_past_clause_beside_a_coming_one_is_no_sequence(time_tag: Any, text: str, expected: list[str]) -> None:
    assert [t.value for t in time_tag(text, TUE)] == expected


NOV = "1989-11-02"


@pytest.mark.parametrize(("text", "expected"), [
    # a stretch of a year or six months is no report period: the comparison stays the quarter's
    ("Acme earned $5 million in the third quarter, its best result in a year. Sales rose 8% from a year "
     "earlier.", "1988-Q3"),
    ("Acme earned $5 million in the third quarter. The company signed a one-year lease. Revenue rose to "
     "$90 million from $70 million a year earlier.", "1988-Q3"),
    ("Acme earned $5 million in the third quarter. Over the past six months, the company has hired 200 "
     "workers. Revenue rose to $90 million from $70 million a year earlier.", "1988-Q3"),
    # a report period longer than a quarter: the year
    ("Acme earned $5 million in the third quarter. In the year ended Aug. 31, net rose to $9 million "
     "from $7 million a year earlier.", "1988"),
])
def test_only_a_report_period_makes_the_year(time_tag: Any, text: str, expected: str) -> None:
    assert time_tag(text, NOV)[-1].value == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a quarter named, but no report's figure compared: the year
    ("Fighting eased in the third quarter. A year ago, the town was under siege and 40% of its homes "
     "lay in ruins.", "1988"),
    ("Inflation eased in the third quarter. Bread cost $5 last year.", "1988"),
    ("Fighting intensified in the second quarter, the United Nations said. Aid rose to $2 billion from "
     "$1 billion last year.", "1988"),
    # a year's figure told after the quarter's, no comparison: the year
    ("Acme posted a third-quarter loss of $24 million. It lost $80 million last year on sales of $1 "
     "billion.", "1988"),
    # the comparison of a report's figure: that quarter a year before
    ("Acme posted a third-quarter loss of $24 million, compared with a net loss of $3 million last "
     "year.", "1988-Q3"),
    ("Acme earned $5 million in the third quarter. Revenue rose 8% from a year earlier.", "1988-Q3"),
])
def test_quarter_comparison_needs_a_report_figure(time_tag: Any, text: str, expected: str) -> None:
    assert time_tag(text, NOV)[-1].value == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a base form joined to a verb with "will" shares it: the coming day
    ("The army will withdraw and hand over the base Wednesday.", "2024-08-21"),
    ("Prices will fall sharply and rise again Wednesday.", "2024-08-21"),
    # near misses: past conjuncts keep the past
    ("The army withdrew and handed over the base Wednesday.", "2024-08-14"),
    ("The army has withdrawn and handed over the base Wednesday.", "2024-08-14"),
])
def test_conjunct_shares_its_verbs_future(time_tag: Any, text: str, expected: str) -> None:
    assert [t.value for t in time_tag(text, TUE)] == [expected]
