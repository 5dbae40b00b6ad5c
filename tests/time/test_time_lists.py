"""A bare "Eid" with a year, lists of days written with one month, "the week of March 6".
Our own sentences; (text, published, expected (text, value) pairs of the timexes)."""

from __future__ import annotations

from typing import Any

import pytest

TUE = "2024-08-20"

CASES = [
    # "Eid 2024": both feasts fall in the year; the text's named feast decides, else the year
    ("Eid 2024 was marked by grief in Gaza.", TUE, [("Eid 2024", "2024")]),
    ("Gazans marked a grim Eid 2024 in tents.", TUE, [("Eid 2024", "2024")]),
    ("Families spent Eid in 2023 under fire.", TUE, [("Eid", "2023"), ("2023", "2023")]),
    ("Prices soared before Eid al-Adha. Eid 2024 was the bleakest yet.", TUE,
     [("Eid al-Adha", "2024-06-16"), ("Eid 2024", "2024-06-16")]),
    ("Eid 2023 came after a month of fasting. Eid al-Fitr prayers were held in ruins.", TUE,
     [("Eid 2023", "2023-04-21"), ("a month", "P1M"), ("Eid al-Fitr", "2024-04-10")]),
    ("Eid al-Fitr and Eid al-Adha both fell in wartime; Eid 2024 was grim.", TUE,
     [("Eid al-Fitr", "2024-04-10"), ("Eid al-Adha", "2024-06-16"), ("Eid 2024", "2024")]),
    ("Eid al-Fitr 2024 fell on April 10.", TUE, [("Eid al-Fitr 2024", "2024-04-10"), ("April 10", "2024-04-10")]),
    # lists of days: every day
    ("Fighting raged on Aug. 3, 4 and 5.", TUE,
     [("Aug. 3", "2024-08-03"), ("4", "2024-08-04"), ("5", "2024-08-05")]),
    ("Strikes hit Rafah on August 3, 4, and 5, 2023.", TUE,
     [("August 3", "2023-08-03"), ("4", "2023-08-04"), ("5, 2023", "2023-08-05")]),
    ("Talks will be held on Sept. 2, 3 or 4.", TUE,
     [("Sept. 2", "2024-09-02"), ("3", "2024-09-03"), ("4", "2024-09-04")]),
    ("Protests were held on 3, 4 and 5 August.", TUE,
     [("3", "2024-08-03"), ("4", "2024-08-04"), ("5 August", "2024-08-05")]),
    ("Dozens were killed in strikes on Aug. 12, 13, 14 and 15.", TUE,
     [("Aug. 12", "2024-08-12"), ("13", "2024-08-13"), ("14", "2024-08-14"), ("15", "2024-08-15")]),
    # ordinal days sharing one month: each a date, the suffix in the extent
    ("Shelling was heavy on Aug. 3rd, 4th and 5th.", TUE,
     [("Aug. 3rd", "2024-08-03"), ("4th", "2024-08-04"), ("5th", "2024-08-05")]),
    ("Crossings closed on September 1st, 2nd, and 3rd, 2023.", TUE,
     [("September 1st", "2023-09-01"), ("2nd", "2023-09-02"), ("3rd, 2023", "2023-09-03")]),
    ("Marches were held on the 3rd, 4th and 5th of August.", TUE,
     [("3rd", "2024-08-03"), ("4th", "2024-08-04"), ("5th of August", "2024-08-05")]),
    ("Talks ran on the 3rd and 4th of August.", TUE, [("3rd", "2024-08-03"), ("4th of August", "2024-08-04")]),
    # not lists of days: counts, a year, a decreasing run
    # an ordinal suffix is never a count: "5th people" are no five people
    ("On Aug. 3rd, 4th and 5th people died in separate strikes.", TUE,
     [("Aug. 3rd", "2024-08-03"), ("4th", "2024-08-04"), ("5th", "2024-08-05")]),
    ("On Aug. 3, 4 and 5 people died in separate strikes.", TUE, [("Aug. 3", "2024-08-03")]),
    ("Dozens were killed in strikes on Aug. 12, 13 and 15 killed more.", TUE, [("Aug. 12", "2024-08-12")]),
    ("On Aug. 3, 2024, talks resumed.", TUE, [("Aug. 3, 2024", "2024-08-03")]),
    ("By Aug. 3, 40,000 and 5,000 had fled.", TUE, [("Aug. 3", "2024-08-03")]),
    ("Polls on Aug. 9, 5 and 3 differed.", TUE, [("Aug. 9", "2024-08-09")]),
    # the week of a day
    ("The talks were held the week of March 6.", TUE, [("the week of March 6", "2024-W10")]),
    ("Envoys will return the week of Sept. 9 for another round.", TUE, [("the week of Sept. 9", "2024-W37")]),
    ("The vote is set for the week beginning Monday, Oct. 7, 2024.", TUE,
     [("the week beginning Monday, Oct. 7, 2024", "2024-W41")]),
    ("Aid deliveries fell during the week of Dec. 30, 2024.", TUE, [("the week of Dec. 30, 2024", "2025-W01")]),
    # the week's Monday is the narrative's day: "the week after" is the next week, not publication's
    ("Strikes went on over the week of Aug. 12, 2024 and the week after.", "2024-08-22",
     [("the week of Aug. 12, 2024", "2024-W33"), ("the week after", "2024-W34")]),
    ("The week of the attack was chaotic.", TUE, []),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_eid_lists_and_weeks(time_tag: Any, text: str, published: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in time_tag(text, published)] == expected
