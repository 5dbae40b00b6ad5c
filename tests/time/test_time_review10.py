"""Session-10 review follow-ups (our own conflict/diplomacy and earnings sentences): a bare
"year-ago" outside earnings text, bare clock times across sentences and within one, the day
that ends a quarter, ordinal day lists. Cases are (text, published, expected (text, value) pairs)."""

from __future__ import annotations

from typing import Any

import pytest

TUE = "2024-08-20"
SUN = "2024-08-25"
Case = tuple[str, str | None, list[tuple[str, str]]]

YEAR_AGO: list[Case] = [
    # outside earnings text: the year before publication, as "a year ago"
    ("The year-ago ceasefire collapsed within days.", TUE, [("year-ago", "2023"), ("days", "PXD")]),
    ("Militants launched a year-ago offensive that stalled.", TUE, [("year-ago", "2023")]),
    ("The year-earlier truce talks failed in Doha.", TUE, [("year-earlier", "2023")]),
    ("Unlike the year-ago summit, this one produced a communique.", TUE, [("year-ago", "2023")]),
    ("The year-ago offensive in Kursk drew international condemnation.", "2025-01-05", [("year-ago", "2024")]),
    ("The year-ago ceasefire collapsed.", None, [("year-ago", "XXXX")]),
    # earnings text: a quarter, a year before the reported one
    ("Profit rose to $4.2 million from $3.1 million in the year-ago quarter.", TUE,
     [("the year-ago quarter", "2023-Q2")]),
    ("Revenue was $12 million, up from $9 million year-ago.", TUE, [("year-ago", "2023-Q2")]),
    ("Net income rose 5% from year-ago levels.", TUE, [("year-ago", "2023-Q2")]),
    ("Year-ago results included a one-time gain.", TUE, [("Year-ago", "2023-Q2")]),
    ("Year-earlier profit was $3.8 million, or 12 cents a share.", TUE, [("Year-earlier", "2023-Q2")]),
    ("Sales fell 3% from the year-earlier period.", TUE, [("the year-earlier period", "2023-Q2")]),
    # "a year ago" unchanged
    ("The ceasefire collapsed a year ago.", TUE, [("a year ago", "2023")]),
]

CLOCKS: list[Case] = [
    # the next sentence of the paragraph: the narrative's day
    ("Rockets struck the city at 3 a.m. Thursday. A second barrage came at 5 a.m.", TUE,
     [("3 a.m. Thursday", "2024-08-15T03:00"), ("5 a.m.", "2024-08-15T05:00")]),
    ("Rockets struck the city on Thursday. A second barrage came at 5 a.m.", TUE,
     [("Thursday", "2024-08-15"), ("5 a.m.", "2024-08-15T05:00")]),
    ("Rockets struck the city at 3 a.m. Thursday. Sirens sounded again. A second barrage came at 5 a.m.", TUE,
     [("3 a.m. Thursday", "2024-08-15T03:00"), ("5 a.m.", "2024-08-15T05:00")]),
    ("The vote was held yesterday. Polls closed at 8 p.m.", TUE,
     [("yesterday", "2024-08-19"), ("8 p.m.", "2024-08-19T20:00")]),
    ("The summit opens on Thursday. Leaders will arrive at 10 a.m.", TUE,
     [("Thursday", "2024-08-22"), ("10 a.m.", "2024-08-22T10:00")]),
    ("Shelling began at midnight Friday and lasted until 4 a.m. Saturday. At 6 a.m. the guns fell silent.", TUE,
     [("midnight Friday", "2024-08-16T24:00"), ("4 a.m. Saturday", "2024-08-17T04:00"),
      ("6 a.m.", "2024-08-17T06:00")]),
    # within a sentence: the nearest day before it, not the first
    ("The crossing opened at 9 a.m. Saturday and at 9 a.m. Sunday, then closed at 5 p.m.", TUE,
     [("9 a.m. Saturday", "2024-08-17T09:00"), ("9 a.m. Sunday", "2024-08-18T09:00"),
      ("5 p.m.", "2024-08-18T17:00")]),
    ("The crossing opened at 9 a.m. Saturday and closed at 5 p.m.", TUE,
     [("9 a.m. Saturday", "2024-08-17T09:00"), ("5 p.m.", "2024-08-17T17:00")]),
    # neighbours that keep the publication day: another paragraph, a clause on the other side of it
    ("Rockets struck the city at 3 a.m. Thursday.\n\nA second barrage came at 5 a.m.", TUE,
     [("3 a.m. Thursday", "2024-08-15T03:00"), ("5 a.m.", "2024-08-20T05:00")]),
    ("Talks were held in Cairo on Monday. The truce takes effect at 6 p.m.", TUE,
     [("Monday", "2024-08-19"), ("6 p.m.", "2024-08-20T18:00")]),
    ("Fighting erupted on Aug. 12. The curfew runs from 10 p.m. to 5 a.m.", TUE,
     [("Aug. 12", "2024-08-12"), ("10 p.m.", "2024-08-20T22:00"), ("5 a.m.", "2024-08-20T05:00")]),
    ("The truce takes effect at 6 p.m., officials said.", TUE, [("6 p.m.", "2024-08-20T18:00")]),
    ("The curfew begins at 7 p.m. tonight and ends at 6 a.m. tomorrow.", TUE,
     [("7 p.m. tonight", "2024-08-20T19:00"), ("6 a.m. tomorrow", "2024-08-21T06:00")]),
]

QUARTER_END: list[Case] = [
    # the day agrees with the quarter it ends
    ("Profit fell in the quarter ending Dec. 31, the company said.", "2025-01-10",
     [("the quarter", "2024-Q4"), ("Dec. 31", "2024-12-31")]),
    ("Sales in the quarter ending Dec. 31 will rise.", "2024-11-10",
     [("the quarter", "2024-Q4"), ("Dec. 31", "2024-12-31")]),
    ("Sales in the quarter ending Dec. 31 rose.", "2024-11-10",
     [("the quarter", "2023-Q4"), ("Dec. 31", "2023-12-31")]),
    ("Arms exports rose in the quarter that ended on June 30.", TUE,
     [("the quarter", "2024-Q2"), ("June 30", "2024-06-30")]),
    # neighbours: a year written, a fiscal quarter, no quarter
    ("The quarter ending Dec. 31, 2023 saw a drop in sales.", TUE,
     [("The quarter", "2023-Q4"), ("Dec. 31, 2023", "2023-12-31")]),
    ("The fourth quarter ended Sept. 30, the company said.", TUE,
     [("The fourth quarter", "2023-Q4"), ("Sept. 30", "2023-09-30")]),
    ("The quarter ended Jan. 20, the company said.", "2025-01-03",
     [("The quarter", "2024-Q1"), ("Jan. 20", "2024-01-20")]),
]

ORDINAL_LISTS: list[Case] = [
    # an ordinal suffix is never a count
    ("Aug. 21st, 22nd and 23rd saw heavy shelling.", SUN,
     [("Aug. 21st", "2024-08-21"), ("22nd", "2024-08-22"), ("23rd", "2024-08-23")]),
    ("On Aug. 21st and 22nd people died.", SUN, [("Aug. 21st", "2024-08-21"), ("22nd", "2024-08-22")]),
    ("Strikes on Aug. 21st and 22nd killed 40.", SUN, [("Aug. 21st", "2024-08-21"), ("22nd", "2024-08-22")]),
    ("Protests were held on August 1st, 2nd and 3rd in Tehran.", SUN,
     [("August 1st", "2024-08-01"), ("2nd", "2024-08-02"), ("3rd", "2024-08-03")]),
    # bare numbers before a noun or verb stay counts
    ("On Aug. 21, 22 and 23 people died.", SUN, [("Aug. 21", "2024-08-21")]),
    ("On Aug. 21 and 22 soldiers were wounded.", SUN, [("Aug. 21", "2024-08-21")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), YEAR_AGO + CLOCKS + QUARTER_END + ORDINAL_LISTS)
def test_review10(time_tag: Any, text: str, published: str | None, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in time_tag(text, published)] == expected
