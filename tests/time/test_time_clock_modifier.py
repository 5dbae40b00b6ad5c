"""A bare clock time's day: a date that only modifies a noun ("Israel's Oct. 7 commission",
"Trump's July 25 phone call") names a thing, not the day of its sentence or the next; it times a
clock only in the clause of its own event noun ("Friday's talks opened at 10 a.m."). Our own
sentences; (text, published, expected)."""

from __future__ import annotations

from typing import Any

import pytest

SUN = "2024-08-18"

CASES = [
    # the date is part of the noun's name: publication's day (or the clause's own day)
    ("Israel's Oct. 7 commission said it would meet at 3 p.m.", SUN,
     [("Oct. 7", "2023-10-07"), ("3 p.m.", "2024-08-18T15:00")]),
    ("The Oct. 7 commission met at 3 p.m.", SUN, [("Oct. 7", "2023-10-07"), ("3 p.m.", "2024-08-18T15:00")]),
    ("The panel studied Trump's July 25 phone call. The ministers met at 4 p.m.", SUN,
     [("July 25", "2024-07-25"), ("4 p.m.", "2024-08-18T16:00")]),
    # a day named as when something happened still holds, in the sentence and the next
    ("The Oct. 7 commission met on Friday and adjourned at 3 p.m.", SUN,
     [("Oct. 7", "2023-10-07"), ("Friday", "2024-08-16"), ("3 p.m.", "2024-08-16T15:00")]),
    ("Rockets struck Haifa on Friday. The sirens stopped at 3 p.m.", SUN,
     [("Friday", "2024-08-16"), ("3 p.m.", "2024-08-16T15:00")]),
    # the modified noun's own event: the clock time is on its day
    ("Friday's talks opened at 10 a.m.", SUN, [("Friday", "2024-08-16"), ("10 a.m.", "2024-08-16T10:00")]),
    ("The Oct. 7 attack, which began at 6:29 a.m., killed 1,200 people.", SUN,
     [("Oct. 7", "2023-10-07"), ("6:29 a.m.", "2023-10-07T06:29")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_clock_day(time_tag: Any, text: str, published: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in time_tag(text, published)] == expected
