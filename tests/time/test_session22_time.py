"""Session 22: a past weekday a saying reports lies on or before the day of saying ("said Monday
the city had been shelled on Sunday"); the night a saying foresees is the one after it ("said on
Monday they expected attacks overnight"); "later this week" and a future "this week" on a Sunday
are the week ahead; "the next year-and-a-half" is a duration and "this year-to-date" the year; a
modal's "last" is the verb ("Droughts may last summer"); a month a fiscal year ends or begins in
is of that fiscal year ("fiscal 1989, which ends in June"). Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

PUB = "2024-08-18"  # a Sunday


def _tags(time_tag: Any, text: str, published: str = PUB) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in time_tag(text, published)]


#: a past weekday a saying reports lies on or before the day of saying
SAYING_REPORTS: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("The mayor said Monday that the city had been shelled on Sunday.",
     [("Monday", "DATE", "2024-08-12"), ("Sunday", "DATE", "2024-08-11")]),
    ("The mayor said Monday that the city was shelled on Sunday.",
     [("Monday", "DATE", "2024-08-12"), ("Sunday", "DATE", "2024-08-11")]),
    ("The city was shelled on Sunday, the mayor said Monday.",
     [("Sunday", "DATE", "2024-08-11"), ("Monday", "DATE", "2024-08-12")]),
    ("Police said Friday that the suspect was arrested Saturday.",
     [("Friday", "DATE", "2024-08-16"), ("Saturday", "DATE", "2024-08-10")]),
    ("The mayor said Monday that the man who fled on Sunday was caught.",
     [("Monday", "DATE", "2024-08-12"), ("Sunday", "DATE", "2024-08-11")]),
    ("The mayor said on Aug. 12 that the city had been shelled on Sunday.",
     [("Aug. 12", "DATE", "2024-08-12"), ("Sunday", "DATE", "2024-08-11")]),
    # near misses: a future or prospective report, a relative clause beside the saying, another
    # sentence, no verb of saying, the same day
    ("The mayor said Monday that the city will be shelled on Sunday.",
     [("Monday", "DATE", "2024-08-12"), ("Sunday", "DATE", "2024-08-18")]),
    ("The mayor said Monday that talks were scheduled for Thursday.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-15")]),
    ("The mayor, who resigned on Friday, said Monday that he was tired.",
     [("Friday", "DATE", "2024-08-16"), ("Monday", "DATE", "2024-08-12")]),
    ("The mayor said Monday. The city was shelled on Sunday.",
     [("Monday", "DATE", "2024-08-12"), ("Sunday", "DATE", "2024-08-18")]),
    ("The mayor on Monday visited the city that was shelled on Sunday.",
     [("Monday", "DATE", "2024-08-12"), ("Sunday", "DATE", "2024-08-18")]),
    ("Police said Friday that the suspect was arrested Thursday.",
     [("Friday", "DATE", "2024-08-16"), ("Thursday", "DATE", "2024-08-15")]),
    # review: a past progressive reports an arrangement still ahead
    ("Negotiators said Monday they were meeting again Thursday.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-15")]),
    ("The minister said Tuesday that he was leaving for Doha on Wednesday.",
     [("Tuesday", "DATE", "2024-08-13"), ("Wednesday", "DATE", "2024-08-14")]),
]


@pytest.mark.parametrize(("text", "night"), [
    ("Officials said on Monday that they expected attacks overnight.", "2024-08-12TNI"),
    ("Officials said on Monday that they feared strikes would resume overnight.", "2024-08-12TNI"),
    ("Officials said on Monday that residents were expected to return overnight.", "2024-08-12TNI"),
    # near misses: what happened, a perfect, an act of the night, no day of saying, an adjective
    ("Officials said on Monday that drones hit Kyiv overnight.", "2024-08-11TNI"),
    ("Drones hit Kyiv overnight, officials said on Monday.", "2024-08-11TNI"),
    ("Officials said on Monday that they had expected attacks overnight.", "2024-08-11TNI"),
    ("Officials said Monday they expected that fighting overnight had killed dozens.", "2024-08-11TNI"),
    ("Officials said on Monday that they warned residents overnight.", "2024-08-11TNI"),
    ("Officials expected attacks overnight.", "2024-08-17TNI"),
    ("Officials said on Monday that markets expected overnight gains.", "2024-08-17TNI"),
])
def test_overnight_a_saying_foresees(time_tag: Any, text: str, night: str) -> None:
    assert [t.value for t in time_tag(text, PUB) if t.text == "overnight"] == [night]


@pytest.mark.parametrize(("text", "published", "value"), [
    ("The company said it would report results later this week.", PUB, "2024-W34"),
    ("The minister will visit Cairo this week.", PUB, "2024-W34"),
    ("Talks are expected to resume late this week.", PUB, "2024-W34"),
    # near misses: the week told as past, another day of publication
    ("The minister visited Cairo earlier this week.", PUB, "2024-W33"),
    ("The minister visited Cairo this week.", PUB, "2024-W33"),
    ("Prices rose sharply late this week.", PUB, "2024-W33"),
    ("At the end of this week's meeting, ministers signed a deal.", PUB, "2024-W33"),
    ("The company said it would report results later this week.", "2024-08-17", "2024-W33"),
    ("The minister will visit Cairo this week.", "2024-08-19", "2024-W34"),
])
def test_this_week_on_a_sunday(time_tag: Any, text: str, published: str, value: str) -> None:
    assert [t.value for t in time_tag(text, published)] == [value]


#: "the next year-and-a-half" is a duration, "this year-to-date" the year
YEAR_AND_A_HALF: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("The next year-and-a-half will be hard.", [("The next year-and-a-half", "DURATION", "P1Y6M")]),
    ("The next year and a half will be hard.", [("The next year and a half", "DURATION", "P1Y6M")]),
    ("The past year-and-a-half was hard.", [("The past year-and-a-half", "DURATION", "P1Y6M")]),
    ("He spent a year-and-a-half in jail.", [("a year-and-a-half", "DURATION", "P1Y6M")]),
    ("The talks lasted two-and-a-half hours.", [("two-and-a-half hours", "DURATION", "PT2H30M")]),
    ("This year-to-date the fund rose 5%.", [("This year", "DATE", "2024")]),
    # near misses: no article, a half-dozen, a half hour, the year alone, the number's half
    ("Sales rose last year and a half of the gain came from China.", [("last year", "DATE", "2023")]),
    ("The next year and a half-dozen others followed.", [("The next year", "DATE", "2025")]),
    ("The next year and a half hour later it grew.", [("The next year", "DATE", "2025")]),
    ("The next year will be hard.", [("The next year", "DATE", "2025")]),
    ("In the past year and a half million people fled.", [("the past year", "DATE", "2023")]),
    ("The talks lasted two and a half hours.", [("two and a half hours", "DURATION", "PT2H30M")]),
]


#: a modal's "last" is the verb
MODAL_LAST: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("Droughts may last summer, experts said.", []),
    ("The heat could last summer and autumn.", []),
    ("The strike won't last week, union leaders said.", []),
    ("The talks might last Monday and Tuesday.", [("Monday", "DATE", "2024-08-19"), ("Tuesday", "DATE", "2024-08-20")]),
    # near misses: the verb after the phrase, a possessive, the month May, "did"/"was", no modal
    ("Prices may last week have peaked, analysts said.", [("last week", "DATE", "2024-W32")]),
    ("Prices may last year's levels exceed.", [("last year", "DATE", "2023")]),
    ("Rents rose in May last summer.", [("May", "DATE", "2024-05"), ("last summer", "DATE", "2023-SU")]),
    ("It wasn't last summer that the drought began.", [("last summer", "DATE", "2023-SU")]),
    ("He did last summer what others could not.", [("last summer", "DATE", "2023-SU")]),
    ("Analysts say the rally may last, as it did last summer.", [("last summer", "DATE", "2023-SU")]),
]


@pytest.mark.parametrize(("text", "month"), [
    ("The company's fiscal 1989, which ends in June, was weak.", "1989-06"),
    ("Fiscal 1989 ends in June.", "1989-06"),
    ("The company's fiscal year 2025, which began in October, was strong.", "2024-10"),
    ("Fiscal 1990 started in January.", "1990-01"),
    # near misses: no fiscal year's number, another verb, another subject ending, no fiscal
    ("The company's fiscal year, which ends in June, was weak.", "2025-06"),
    ("Fiscal 1989 sales, which rose in June, were strong.", "2024-06"),
    ("The fiscal 1989 budget, which ends debate in June, passed.", "2025-06"),
    ("The fund's 1989 results, which end in June, were weak.", "2024-06"),
])
def test_month_a_fiscal_year_ends_in(time_tag: Any, text: str, month: str) -> None:
    assert [t.value for t in time_tag(text, PUB) if t.type == "DATE" and len(t.value) == 7] == [month]


@pytest.mark.parametrize(("text", "quarter"), [
    ("The company, whose fiscal year ends in September, will post a fourth-quarter loss, analysts expect.", "2024-Q4"),
    ("The fiscal-year company will post a fourth-quarter loss.", "2024-Q4"),
    # near misses: no fiscal word, "fiscal" in the sentence before
    ("The company will post a fourth-quarter loss, analysts expect.", "2023-Q4"),
    ("Its fiscal year ends in September. The company will post a fourth-quarter loss, analysts expect.", "2023-Q4"),
])
def test_fiscal_anywhere_before_a_quarter(time_tag: Any, text: str, quarter: str) -> None:
    assert [t.value for t in time_tag(text, "2024-01-08") if "Q" in t.value] == [quarter]


#: a newspaper named by its day is no day
NEWSPAPERS: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("The Sunday Times reported that insurers raised premiums.", []),
    ("The Sunday Telegraph said the minister would resign.", []),
    ("She told the Sunday Times on Friday that she would run.", [("Friday", "DATE", "2024-08-16")]),
    ("The Mail on Sunday reported the deal on Saturday.", [("Saturday", "DATE", "2024-08-17")]),
    # near misses: a paper told a day, a square, a paper's edition, a lower-case day, another word
    ("The Times on Sunday reported that the talks failed.", [("Sunday", "DATE", "2024-08-18")]),
    ("Talks resumed Sunday, The Times reported.", [("Sunday", "DATE", "2024-08-18")]),
    ("Crowds gathered on Sunday Times Square was packed.", [("Sunday", "DATE", "2024-08-18")]),
    ("The paper's Sunday edition said the minister would resign.", [("Sunday", "DATE", "2024-08-18")]),
    ("The Post on Monday published the letter.", [("Monday", "DATE", "2024-08-12")]),
    ("Talks ended Sunday Post-war plans were shelved.", [("Sunday", "DATE", "2024-08-18")]),
]


#: "since" looks back from a future clause
SINCE: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("Blinken will make his ninth trip to the region since Oct. 7 on Monday.",
     [("Oct. 7", "DATE", "2023-10-07"), ("Monday", "DATE", "2024-08-19")]),
    ("The ceasefire will be the first since Dec. 1 to include Gaza City.", [("Dec. 1", "DATE", "2023-12-01")]),
    ("It will be the largest rally since Saturday.", [("Saturday", "DATE", "2024-08-17")]),
    # near misses: another preposition, a past clause, a month already past
    ("Aid will resume on Oct. 7, officials said.", [("Oct. 7", "DATE", "2024-10-07")]),
    ("The envoy will stay until Oct. 7.", [("Oct. 7", "DATE", "2024-10-07")]),
    ("Prices have risen since March.", [("March", "DATE", "2024-03")]),
    ("The rally will be held on Saturday.", [("Saturday", "DATE", "2024-08-24")]),
]


@pytest.mark.parametrize(("text", "expected"), SAYING_REPORTS + YEAR_AND_A_HALF + MODAL_LAST + NEWSPAPERS + SINCE)
def test_tags(time_tag: Any, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _tags(time_tag, text) == expected
