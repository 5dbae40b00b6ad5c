"""Values in news paragraphs of diplomacy and conflict (our own writing), published on different
weekdays and across year boundaries: weekday ranges, weeks named beside a weekday, quarters,
windows of time. Cases are (text, published, timex text, expected value)."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.time.hijri import to_gregorian

CASES = [
    # a weekday range lies on one side of the publication date as a whole
    ("Delegations met from Monday to Wednesday in Cairo.", "2025-01-06", "Monday", "2024-12-30"),
    ("Delegations met from Monday to Wednesday in Cairo.", "2025-01-06", "Wednesday", "2025-01-01"),
    ("The talks ran from Monday to Wednesday.", "2024-08-22", "Monday", "2024-08-19"),
    ("The talks will run from Thursday to Saturday.", "2024-08-20", "Saturday", "2024-08-24"),
    ("Talks were held between Sunday and Tuesday.", "2024-08-20", "Sunday", "2024-08-18"),
    # a week named beside the weekday places it
    ("Delegations met from Monday to Wednesday last week in Cairo.", "2025-01-06", "Monday", "2024-12-30"),
    ("The talks will run from Monday through Wednesday next week.", "2024-08-20", "Wednesday", "2024-08-28"),
    ("He met Netanyahu on Monday last week.", "2024-08-20", "Monday", "2024-08-12"),
    ("Envoys meet on Thursday next week.", "2024-08-20", "Thursday", "2024-08-29"),
    # "this <weekday>" follows the clause when it has a direction
    ("The talks resume this Monday.", "2024-08-25", "this Monday", "2024-08-26"),
    ("Hamas rejected the plan this Monday.", "2024-08-25", "this Monday", "2024-08-19"),
    ("The summit is this Sunday.", "2024-08-20", "this Sunday", "2024-08-25"),
    # "by"/"until" in a past clause: reached already, or still ahead
    ("By Sunday, at least 40 people had been killed.", "2024-08-23", "Sunday", "2024-08-18"),
    ("Fighting raged until Tuesday, when a truce took hold.", "2024-08-23", "Tuesday", "2024-08-20"),
    ("The talks continued until Tuesday.", "2024-08-22", "Tuesday", "2024-08-20"),
    ("The court postponed the hearing until Tuesday.", "2024-08-22", "Tuesday", "2024-08-27"),
    ("The ceasefire was extended until Tuesday.", "2024-08-22", "Tuesday", "2024-08-27"),
    ("Israel said it expected a reply by Tuesday.", "2024-08-22", "Tuesday", "2024-08-27"),
    ("Hamas said it would respond by Tuesday.", "2024-08-22", "Tuesday", "2024-08-27"),
    # a verb conjoined after the first takes the adjunct that follows it
    ("The envoy spent the past three days in Doha and leaves for Cairo on Thursday.", "2024-08-20",
     "Thursday", "2024-08-22"),
    # across the year boundary
    ("Fighting resumed on Monday after a lull.", "2025-01-02", "Monday", "2024-12-30"),
    ("Qatari mediators said last week that talks would resume.", "2025-01-02", "last week", "2024-W52"),
    ("Negotiators met in Doha in late December.", "2025-01-02", "late December", "2024-12"),
    ("The ceasefire expires on Friday.", "2024-12-30", "Friday", "2025-01-03"),
    ("A summit is planned for mid-January.", "2024-12-30", "mid-January", "2025-01"),
    ("The agreement takes effect on January 1.", "2025-12-31", "January 1", "2026-01-01"),
    ("Hostilities ended last year, in November.", "2026-01-01", "November", "2025-11"),
    ("Officials expect a decision early next year.", "2025-12-31", "early next year", "2026"),
    # a month-day a year back would carry its year; one within the month ahead is meant
    ("Talks could resume in the first quarter, the Kremlin said, but not before Jan. 20.", "2025-01-03",
     "Jan. 20", "2025-01-20"),
    ("The quarter ended Jan. 20, the company said.", "2025-01-03", "Jan. 20", "2024-01-20"),
    ("Rebels seized the city on Dec. 8.", "2024-12-29", "Dec. 8", "2024-12-08"),
    # windows of time, durations and quarters
    ("In the past 24 hours, 40 people were killed.", "2024-08-20", "the past 24 hours", "PT24H"),
    ("For the past decade, the crossing has opened only twice a week.", "2024-08-20", "the past decade", "P10Y"),
    ("Talks would resume in the coming days.", "2024-08-20", "the coming days", "PXD"),
    ("Between 2014 and 2016, the two sides held 11 rounds of talks.", "2024-08-20", "2016", "2016"),
    ("Q3 numbers will be released in October.", "2024-08-20", "Q3", "2024-Q3"),
    ("Q4 revenue rose.", "2025-01-10", "Q4", "2024-Q4"),
    ("Revenue rose in Q2 2024.", "2024-08-20", "Q2 2024", "2024-Q2"),
    ("The ministry said the first quarter of next year would see higher spending.", "2024-12-30",
     "the first quarter of next year", "2025-Q1"),
    ("Earlier this month, the envoy visited Beirut.", "2025-01-09", "Earlier this month", "2025-01"),
    ("The second half of the year will be tough.", "2024-08-21", "The second half of the year", "2024-H2"),
    ("The last week of the month is key.", "2024-08-21", "The last week of the month", "2024-W35"),
    ("A week-long truce in November freed 105 hostages.", "2024-09-02", "week-long", "P1W"),
    ("A week-long truce in November freed 105 hostages.", "2024-09-02", "November", "2023-11"),
    ("The ceasefire, which took effect at 6 a.m. on Sunday, lasted less than 48 hours.", "2024-09-02",
     "6 a.m. on Sunday", "2024-09-01T06:00"),
    ("The UN said on New Year's Eve that aid had fallen.", "2025-01-01", "New Year's Eve", "2024-12-31"),
    ("He visited Riyadh in December and will return in the spring.", "2025-01-01", "the spring", "2025-SP"),
    ("Leaders last met 18 months ago.", "2024-08-20", "18 months ago", "2023-02"),
    ("Israel struck Lebanon on Sunday morning.", "2024-08-26", "Sunday morning", "2024-08-25TMO"),
    ("The decision is due on Friday.", "2024-01-02", "Friday", "2024-01-05"),
    ("Talks collapsed on Aug. 2. The week before, a deal had seemed close.", "2024-08-20", "The week before",
     "2024-W30"),
    ("Talks collapsed on Aug. 2. The week after, fighting resumed.", "2024-08-20", "The week after", "2024-W32"),
    # ranges of years: each end is a year
    ("The 2024-25 fiscal year budget raises defense spending.", "2024-08-21", "2024", "2024"),
    ("The 2024-25 fiscal year budget raises defense spending.", "2024-08-21", "25", "2025"),
    ("The 2022-2023 war displaced thousands.", "2024-08-21", "2023", "2023"),
    ("The 1999-2000 season ended.", "2024-08-21", "2000", "2000"),
    # Islamic holidays as Saudi Arabia observed them (tabular outside the table); Ramadan is the Gregorian month holding its 15th day
    ("The truce talks stalled ahead of Ramadan, which began on Monday.", "2024-03-15", "Ramadan", "2024-03"),
    ("Mediators hope for a deal before Eid al-Fitr.", "2024-03-15", "Eid al-Fitr", "2024-04-10"),
    ("Mediators want a truce before Ramadan.", "2025-02-10", "Ramadan", "2025-03"),
    ("Last Ramadan, talks collapsed.", "2025-02-10", "Last Ramadan", "2024-03"),
    ("Pilgrims gathered for Eid al-Adha.", "2024-06-20", "Eid al-Adha", "2024-06-16"),
    ("Ramadan 2023 saw clashes at the mosque.", "2024-06-20", "Ramadan 2023", "2023-04"),
    ("Eid ul-Fitr celebrations were muted last year.", "2026-01-05", "Eid ul-Fitr", "2025-03-30"),
    ("The offensive is expected to pause during Ramadan.", "2026-01-05", "Ramadan", "2026-03"),
]


@pytest.mark.parametrize(("text", "published", "span", "expected"), CASES)
def test_news_value(time_tag: Any, text: str, published: str, span: str, expected: str) -> None:
    hits = [t for t in time_tag(text, published) if t.text == span]
    assert hits, f"no timex {span!r} in {text!r}: {[t.text for t in time_tag(text, published)]}"
    assert hits[0].value == expected


@pytest.mark.parametrize(("text", "span"), [
    ("The Q-3 plan was shelved.", "Q-3"),
    ("Rebels seized the town on Sunday, a commander said.", "Sun"),
    ("The file was stamped 2024-01 in the archive.", "2024"),
    ("Call the hotline on 2024-3310 for help.", "2024"),
    # Ramadan is also a name
    ("Mourners pray in Gaza City on Friday. REUTERS/Ramadan Abed", "Ramadan"),
    ("A photo by Ramadan Abed shows the ruins.", "Ramadan"),
])
def test_not_a_timex(time_tag: Any, text: str, span: str) -> None:
    assert all(t.text != span for t in time_tag(text, "2024-08-20"))


@pytest.mark.parametrize(("hijri", "gregorian"), [
    ((1445, 9, 1), "2024-03-11"),  # 1 Ramadan 1445
    ((1446, 10, 1), "2025-03-31"),  # 1 Shawwal 1446 (Saudi Arabia kept 30 March)
    ((1420, 10, 1), "2000-01-08"),  # two Eids al-Fitr in 2000
    ((1421, 10, 1), "2000-12-28"),
])
def test_tabular_islamic_calendar(hijri: tuple[int, int, int], gregorian: str) -> None:
    assert to_gregorian(*hijri).isoformat() == gregorian
