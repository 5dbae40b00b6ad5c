"""A date in a body's name ("Israel's Oct. 7 commission", "the Jan. 6 committee") names a thing:
it is not the day of a bare clock time in its sentence or the next, nor the narrative's day. A
date of an event ("Friday's talks", "Monday's rally", "the Oct. 7 attacks", "Trump's July 25
phone call") is that day, in its sentence and the next. Our own sentences; (text, published, expected)."""

from __future__ import annotations

from typing import Any

import pytest

SUN = "2024-08-18"

CASES = [
    # the date is part of the noun's name: publication's day (or the clause's own day)
    ("Israel's Oct. 7 commission said it would meet at 3 p.m.", SUN,
     [("Oct. 7", "2023-10-07"), ("3 p.m.", "2024-08-18T15:00")]),
    ("The Oct. 7 commission met at 3 p.m.", SUN, [("Oct. 7", "2023-10-07"), ("3 p.m.", "2024-08-18T15:00")]),
    ("The Oct. 7 inquiry commission said it would meet at 3 p.m.", SUN,
     [("Oct. 7", "2023-10-07"), ("3 p.m.", "2024-08-18T15:00")]),
    # a named day: Israel's inquiry into 2023's Oct. 7, also once Oct. 7, 2024 has passed
    ("The Oct. 7 inquiry heard its first witness at 10 a.m.", "2024-11-20",
     [("Oct. 7", "2023-10-07"), ("10 a.m.", "2024-11-20T10:00")]),
    ("The Jan. 6 committee's report came out. The ministers met at 4 p.m.", SUN,
     [("Jan. 6", "2021-01-06"), ("4 p.m.", "2024-08-18T16:00")]),
    ("The March 3 inquiry's report came out. The ministers met at 4 p.m.", SUN,
     [("March 3", "2024-03-03"), ("4 p.m.", "2024-08-18T16:00")]),
    # nor is it the day of "later in the day"
    ("Israel's Oct. 7 commission published its report. Later in the day, Netanyahu responded.", SUN,
     [("Oct. 7", "2023-10-07"), ("Later in the day", "2024-08-18")]),
    # nor the anchor of "the following day", which stays on the narrative's last day
    ("Rockets hit Haifa on Friday. Israel's Oct. 7 commission met. The following day, Netanyahu responded.", SUN,
     [("Friday", "2024-08-16"), ("Oct. 7", "2023-10-07"), ("The following day", "2024-08-17")]),
    ("The Oct. 7 attacks killed 1,200 people. The following day, Israel declared war.", SUN,
     [("Oct. 7", "2023-10-07"), ("The following day", "2023-10-08")]),
    # a day named as when something happened still holds, in the sentence and the next
    ("The Oct. 7 commission met on Friday and adjourned at 3 p.m.", SUN,
     [("Oct. 7", "2023-10-07"), ("Friday", "2024-08-16"), ("3 p.m.", "2024-08-16T15:00")]),
    ("Rockets struck Haifa on Friday. The sirens stopped at 3 p.m.", SUN,
     [("Friday", "2024-08-16"), ("3 p.m.", "2024-08-16T15:00")]),
    # the modified noun's own event: the clock time is on its day
    ("Friday's talks opened at 10 a.m.", SUN, [("Friday", "2024-08-16"), ("10 a.m.", "2024-08-16T10:00")]),
    ("The Oct. 7 attack, which began at 6:29 a.m., killed 1,200 people.", SUN,
     [("Oct. 7", "2023-10-07"), ("6:29 a.m.", "2023-10-07T06:29")]),
    ("Israel mourned the victims of the Oct. 7 attacks, which began at 6:29 a.m.", SUN,
     [("Oct. 7", "2023-10-07"), ("6:29 a.m.", "2023-10-07T06:29")]),
    # an event noun of any kind, not only a scheduled or violent one
    ("Monday's rally began at 5 p.m.", SUN, [("Monday", "2024-08-12"), ("5 p.m.", "2024-08-12T17:00")]),
    ("Thursday's funeral began at 11 a.m.", SUN, [("Thursday", "2024-08-15"), ("11 a.m.", "2024-08-15T11:00")]),
    ("Trump's July 25 phone call began at 9:03 a.m.", SUN,
     [("July 25", "2024-07-25"), ("9:03 a.m.", "2024-07-25T09:03")]),
    # and in the next sentence, which goes on telling that event
    ("The Oct. 7 attacks killed 1,200 people. They began at 6:29 a.m.", SUN,
     [("Oct. 7", "2023-10-07"), ("6:29 a.m.", "2023-10-07T06:29")]),
    ("Officials held Monday's meeting in Cairo. It began at 9 a.m.", SUN,
     [("Monday", "2024-08-12"), ("9 a.m.", "2024-08-12T09:00")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_clock_day(time_tag: Any, text: str, published: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in time_tag(text, published)] == expected
