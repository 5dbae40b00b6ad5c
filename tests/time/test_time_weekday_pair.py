"""Two weekdays joined by "and" are days of one week, as a range's ends are ("Monday and Tuesday
night", published on Monday 2024-08-19: in a past clause last week's Monday and Tuesday, not today
and last Tuesday). Near misses: a future clause keeps today and tomorrow; two listed latest first
("Friday and Thursday") are each the last such day. Weekdays of two coordinated past clauses ("arrested
him Monday, and on Tuesday they released him") are told in sequence too (session 17), but not when
the first is a day of saying ("said Monday ..., and on Tuesday they banned it": the saying is today,
as at base; ``sequence.spoken``). Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

MON = "2024-08-19"


@pytest.mark.parametrize(("text", "expected"), [
    ("Protests took place Monday and Tuesday night.", ["2024-08-12", "2024-08-13TNI"]),
    ("Protests took place Monday night and Tuesday.", ["2024-08-12TNI", "2024-08-13"]),
    ("Protests took place Sunday and Monday night.", ["2024-08-18", "2024-08-19TNI"]),
    ("Protests will take place Monday and Tuesday night.", ["2024-08-19", "2024-08-20TNI"]),
    # the day of saying keeps its own reading (today); a past Tuesday after it would be tomorrow
    ("Police said Monday that the march would go ahead, and on Tuesday they banned it.",
     ["2024-08-19", "2024-08-13"]),
    ("Police arrested him Monday, and on Tuesday they released him.", ["2024-08-12", "2024-08-13"]),
    ("Talks were held Friday and Thursday.", ["2024-08-16", "2024-08-15"]),
])
def test_pair_in_one_week(time_tag: Any, text: str, expected: list[str]) -> None:
    assert [t.value for t in time_tag(text, MON)] == expected
