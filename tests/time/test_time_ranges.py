"""Ranges of days written once with their month ("Aug. 28-29", "28-29 August"), fiscal years
("FY25", "FY2024-25", "Q3 FY25") and "earlier/later in the day". Our own sentences; (text,
published, timex text, expected value, expected mod)."""

from __future__ import annotations

from typing import Any

import pytest

CASES = [
    # both days of a range, the second as its own timex (TimeBank: "April 24 and 25")
    ("The talks will be held on Aug. 28-29 in Doha.", "2024-08-21", "Aug. 28", "2024-08-28", None),
    ("The talks will be held on Aug. 28-29 in Doha.", "2024-08-21", "29", "2024-08-29", None),
    ("The talks will be held on 28-29 August in Doha.", "2024-08-21", "28", "2024-08-28", None),
    ("The talks will be held on 28-29 August in Doha.", "2024-08-21", "29 August", "2024-08-29", None),
    ("Envoys met from Aug. 12 to 14 in Cairo.", "2024-08-21", "14", "2024-08-14", None),
    ("The summit was held on April 24 and 25.", "2024-08-21", "25", "2024-04-25", None),
    ("The summit was held on 3 and 4 March.", "2025-03-10", "3", "2025-03-03", None),
    ("The fair runs Dec. 30-31, 2025.", "2025-06-01", "Dec. 30", "2025-12-30", None),
    ("The fair runs Dec. 30-31, 2025.", "2025-06-01", "31, 2025", "2025-12-31", None),
    # years written with a slash, as "2024-25"
    ("The 2024/25 budget was approved.", "2024-08-21", "2024", "2024", None),
    ("The 2024/25 budget was approved.", "2024-08-21", "25", "2025", None),
    ("The 1999/2000 season ended badly.", "2024-08-21", "2000", "2000", None),
    # fiscal years: the year they are named by (TimeBank: "fiscal 1989" -> 1989)
    ("The ministry's FY25 budget rose by 4%.", "2024-08-21", "FY25", "2025", None),
    ("The FY 2026 request goes to Congress.", "2024-08-21", "FY 2026", "2026", None),
    ("Exports grew in fiscal 2025.", "2025-08-21", "fiscal 2025", "2025", None),
    ("The FY2024-25 plan cut subsidies.", "2024-08-21", "FY2024", "2024", None),
    ("The FY2024-25 plan cut subsidies.", "2024-08-21", "25", "2025", None),
    ("The FY24/25 accounts were audited.", "2025-08-21", "FY24", "2024", None),
    ("The FY24/25 accounts were audited.", "2025-08-21", "25", "2025", None),
    ("Revenue fell in Q3 FY25.", "2025-08-21", "Q3 FY25", "2025-Q3", None),
    ("Revenue fell in FY25 Q3.", "2025-08-21", "FY25 Q3", "2025-Q3", None),
    # the reference day: the one the narrative last named, else the publication date
    ("Earlier in the day, police fired tear gas in the square.", "2024-08-21", "Earlier in the day",
     "2024-08-21", "START"),
    ("Troops entered the town on Monday. Later in the day they withdrew.", "2024-08-21",
     "Later in the day", "2024-08-19", "END"),
    ("The hearings resumed on Tuesday. Lawmakers asked about Trump's July 25 phone call. Later in the day, "
     "Volker testified.", "2019-11-20", "Later in the day", "2019-11-19", "END"),  # not the call's day
    ("Earlier today the army said the road was open.", "2024-08-21", "Earlier today", "2024-08-21", "START"),
    ("The minister will speak later today.", "2024-08-21", "later today", "2024-08-21", "END"),
]


@pytest.mark.parametrize(("text", "published", "span", "expected", "mod"), CASES)
def test_range_and_fiscal(time_tag: Any, text: str, published: str, span: str, expected: str,
                          mod: str | None) -> None:
    found = time_tag(text, published)
    hits = [t for t in found if t.text == span]
    assert hits, f"no timex {span!r} in {text!r}: {[t.text for t in found]}"
    assert (hits[0].value, hits[0].mod) == (expected, mod)


@pytest.mark.parametrize(("text", "span"), [
    ("On Aug. 28 and 29 people died in the floods.", "29"),  # a count, not a day
    ("The court ruled 5-4 on June 5-4 votes.", "4"),
    ("At the end of the day it is a matter of trust.", "the day"),
    ("It is late in the day for reforms.", "late in the day"),
    ("The FY-style label is a brand.", "FY"),
    ("The file dated 2024/08/18 was lost.", "2024"),
    ("The 2024/08 report was lost.", "2024"),
])
def test_not_a_range(time_tag: Any, text: str, span: str) -> None:
    assert all(span not in t.text for t in time_tag(text, "2024-08-21"))


@pytest.mark.parametrize(("text", "expected"), [
    # the weekday closing a past stretch that opens on a date is past, not the nearest (Thursday ahead)
    ("The company bought 254,200 shares from Sept. 14 to Thursday.", "1989-10-26"),
    ("The exhibition ran from Sept. 14 through Thursday.", "1989-10-26"),
    # near misses: a move of a date, a future clause, "until" a term
    ("The meeting was postponed to Thursday.", "1989-11-02"),
    ("The company will buy shares from Sept. 14 to Thursday.", "1989-11-02"),
    ("The sale was extended from Sept. 14 until Thursday.", "1989-11-02"),
    ("The deadline was extended from Sept. 14 to Thursday.", "1989-11-02"),
    ("The hearing was adjourned from Oct. 20 to Thursday.", "1989-11-02"),
    ("The vote was put back from Oct. 20 to Thursday.", "1989-11-02"),
])
def test_weekday_ending_a_past_stretch(time_tag: Any, text: str, expected: str) -> None:
    assert [t.value for t in time_tag(text, "1989-10-30") if t.text == "Thursday"] == [expected]
