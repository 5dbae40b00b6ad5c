"""Numbers that look like years but are not: a slash pair that is no season or fiscal year
("Regulation (EU) 2022/2065", "resolution 2023/24"), and "FY" before a code ("flight FY1234").
Our own sentences; (text, published, timex texts expected)."""

from __future__ import annotations

from typing import Any

import pytest

PUB = "2024-08-18"


@pytest.mark.parametrize(("text", "expected"), [
    # an act's number is no pair of years
    ("The Commission enforces Regulation (EU) 2022/2065 against the platforms.", []),
    ("The council adopted resolution 2023/24 without a vote.", []),
    ("Directive 2019/1937 protects whistleblowers.", []),
    # with a slash only consecutive years are a pair
    ("The figures were compared for 2022/2065 and beyond.", []),
    ("Enrolment fell in the 2024/25 school year.", [("2024", "2024"), ("25", "2025")]),
    ("The 1999/2000 season was his best.", [("1999", "1999"), ("2000", "2000")]),
    ("Revenue grew in 2018/2020 compared with the decade before.", []),
    # a dash keeps the wider tolerance
    ("Drought struck in 2018-2021.", [("2018", "2018"), ("2021", "2021")]),
    # FY only before a year or two digits, not a flight or a plate
    ("Firefly flight FY1234 landed safely in Penang.", []),
    ("Officers traced the tail number FY 12 to a charter firm.", []),
    ("Profits rose in FY25.", [("FY25", "2025")]),
    ("The budget for FY 2025 was cut.", [("FY 2025", "2025")]),
])
def test_year_like_numbers(time_tag: Any, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in time_tag(text, PUB)] == expected


@pytest.mark.parametrize(("text", "years"), [
    # a market's move to a four-digit level names no year
    ("The index fell 12 points to close at 2015.", []),
    ("The index closed at 2015.", []),
    ("The Nikkei rose to 2010 on Tuesday.", []),
    ("The index fell 1.2% to 1998 on Tuesday.", []),
    # near misses: a year after "to"/"in", and a level of a year ("fell to 2019 levels")
    ("The plan runs to 2030.", ["2030"]),
    ("The deadline was pushed to 2026.", ["2026"]),
    ("The truce ended in 2015.", ["2015"]),
    ("Unemployment fell to 2019 levels.", ["2019"]),
    # a year naming a noun after a verb of markets and sport ("fell to" a player)
    ("Djokovic fell to 2019 champion Nadal.", ["2019"]),
    ("She lost to 2016 finalist Kerber in the second round.", ["2016"]),
    # a level before a preposition, a weekday or a deictic word
    ("The index closed at 2015 on Tuesday.", []),
    ("The index closed at 2015 yesterday.", []),
])
def test_market_level_is_no_year(time_tag: Any, text: str, years: list[str]) -> None:
    assert [t.value for t in time_tag(text, "2024-08-21") if t.text.isdigit()] == years
