"""Session 24: the day of saying that a past modal's report is seen from, in three more forms:
a participle of speaking on the subject ("The minister, speaking Monday, said"), "said on Monday"
with no "that" (the parser's "on [Monday talks]") and a participle at or after an event of that
day ("Speaking after Monday's meeting, the envoy said"), which also dates that event in the
past. A relative week told in such a report is the saying's week ("said on Thursday that talks
would resume this week"), and so is a relative month ("said on Thursday that it had struck
launchers last month", "by the end of the month", at a month's turn). Review: a month bounding a
span ("since June") is no narrative month for "the following day". Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

PUB = "2024-08-18"  # a Sunday; the Monday before is 08-12, the Thursday after it 08-15

#: the day of saying a report's "would" is seen from
SAYING_DAYS: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("The minister, speaking Monday, said talks would resume Thursday.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-15")]),
    ("The minister said on Monday talks would resume Thursday.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-15")]),
    ("The minister said on Monday talks were going well and would resume Thursday.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-15")]),
    ("Speaking after Monday's meeting, the envoy said talks would resume Thursday.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-15")]),
    ("The envoy, speaking after the meeting on Monday, said talks would resume Thursday.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-15")]),
    ("Speaking after a meeting Monday, the envoy said talks would resume Thursday.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-15")]),
    ("Speaking at Monday's rally, Trump said he would visit Ohio on Thursday.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-15")]),
    ("The spokesman, speaking Monday on Sky News, said the ceasefire would hold until Thursday.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-15")]),
    # an event a past participle is at or after is past, whatever the participle
    ("The minister, arriving after Monday's meeting, said the strike happened Sunday.",
     [("Monday", "DATE", "2024-08-12"), ("Sunday", "DATE", "2024-08-18")]),
    ("Speaking after Monday's meeting, the envoy denied talks would resume Thursday.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-22")]),
    # near misses: "will" (from now), an event ahead of the speaking, "speaking of", a progressive,
    # a relative clause, a noun after "on", no participle
    ("Speaking after Monday's meeting, the envoy said talks will resume Thursday.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-22")]),
    ("Speaking ahead of Monday's meeting, the envoy said talks would resume Thursday.",
     [("Monday", "DATE", "2024-08-19"), ("Thursday", "DATE", "2024-08-22")]),
    ("Speaking before Monday's meeting, the envoy said talks would resume Thursday.",
     [("Monday", "DATE", "2024-08-19"), ("Thursday", "DATE", "2024-08-22")]),
    ("Speaking of Monday's meeting, the envoy said talks would resume Thursday.",
     [("Monday", "DATE", "2024-08-19"), ("Thursday", "DATE", "2024-08-22")]),
    ("Looking ahead to Monday's meeting, the envoy said talks would resume Thursday.",
     [("Monday", "DATE", "2024-08-19"), ("Thursday", "DATE", "2024-08-22")]),
    ("The minister, who was speaking Monday, said talks would resume Thursday.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-22")]),
    ("The minister focused on Monday talks, which would resume Thursday.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-22")]),
    ("Speaking on Monday talks, the envoy said they would resume Thursday.",
     [("Monday", "DATE", "2024-08-19"), ("Thursday", "DATE", "2024-08-22")]),
    ("After Monday's meeting, the envoy said talks would resume Thursday.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-22")]),
    # review: what a participle looks or aims at is no event it was at (often still ahead)
    ("Looking ahead at Monday's summit, diplomats said a deal was unlikely.",
     [("Monday", "DATE", "2024-08-19")]),
    ("Aiming at Monday's deadline, negotiators said a deal was close.",
     [("Monday", "DATE", "2024-08-19")]),
    ("Pointing at Monday's vote, analysts said the ruling party would likely win.",
     [("Monday", "DATE", "2024-08-19")]),
    # review: a saying opened by "speaking Monday" in any tense but the future is that day's
    ("Speaking on Monday, the minister says talks would resume Thursday.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-15")]),
    ("Speaking Monday, the minister has said talks would resume Thursday.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-15")]),
    ("The minister, speaking Monday, will say talks would resume Thursday.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-22")]),
    # review: "said (on) Monday" glued by the parser to a longer subject of the report ("on" left bare)
    ("The minister said on Monday Gaza talks would resume Thursday.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-15")]),
    ("Hamas said Monday Gaza talks would resume Thursday.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-15")]),
    ("The minister said on Monday morning talks would resume Thursday.",
     [("Monday morning", "TIME", "2024-08-12TMO"), ("Thursday", "DATE", "2024-08-15")]),
    ("The minister feared Monday Gaza talks would fail.",
     [("Monday", "DATE", "2024-08-19")]),
    ("The minister said the Monday Gaza talks would resume Thursday.",
     [("Monday", "DATE", "2024-08-19"), ("Thursday", "DATE", "2024-08-22")]),
]


#: a relative week in a report, published on Tuesday 2024-08-20 (W34): the week of the saying
REPORTED_WEEKS: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("The minister said on Thursday that talks would resume this week.",
     [("Thursday", "DATE", "2024-08-15"), ("this week", "DATE", "2024-W33")]),
    ("The minister said Thursday talks would resume next week.",
     [("Thursday", "DATE", "2024-08-15"), ("next week", "DATE", "2024-W34")]),
    ("Officials said on Friday that the convoy had arrived last week.",
     [("Friday", "DATE", "2024-08-16"), ("last week", "DATE", "2024-W32")]),
    ("Talks will resume this week, the minister said Thursday.",
     [("this week", "DATE", "2024-W33"), ("Thursday", "DATE", "2024-08-15")]),
    ("Fighting this week killed 40 people, officials said on Thursday.",
     [("this week", "DATE", "2024-W33"), ("Thursday", "DATE", "2024-08-15")]),
    # near misses: beside the saying, dating the saying, another sentence, a saying to come, no
    # saying, "the past week"
    ("The minister, who resigned this week, said on Thursday that talks would resume.",
     [("this week", "DATE", "2024-W34"), ("Thursday", "DATE", "2024-08-15")]),
    ("This week, the minister said on Thursday that talks would resume.",
     [("This week", "DATE", "2024-W34"), ("Thursday", "DATE", "2024-08-15")]),
    ("The minister said on Thursday. Talks would resume this week.",
     [("Thursday", "DATE", "2024-08-15"), ("this week", "DATE", "2024-W34")]),
    ("The minister will say on Thursday that talks would resume this week.",
     [("Thursday", "DATE", "2024-08-22"), ("this week", "DATE", "2024-W34")]),
    ("The talks resumed on Thursday and will continue next week.",
     [("Thursday", "DATE", "2024-08-15"), ("next week", "DATE", "2024-W35")]),
    ("The minister said on Thursday that talks over the past week had stalled.",
     [("Thursday", "DATE", "2024-08-15"), ("the past week", "DATE", "2024-W33")]),
]


#: a relative month in a report of the month before publication (Sunday 2024-09-01)
REPORTED_MONTHS: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("The U.S. military said on Thursday that it had struck Houthi launchers last month.",
     [("Thursday", "DATE", "2024-08-29"), ("last month", "DATE", "2024-07")]),
    ("The U.S. military said on Thursday that strikes would continue next month.",
     [("Thursday", "DATE", "2024-08-29"), ("next month", "DATE", "2024-09")]),
    ("Strikes last month destroyed 20 launchers, the U.S. military said Thursday.",
     [("last month", "DATE", "2024-07"), ("Thursday", "DATE", "2024-08-29")]),
    ("Kyiv said on Monday that it expected more strikes by the end of the month.",
     [("Monday", "DATE", "2024-08-26"), ("the end of the month", "DATE", "2024-08")]),
    ("Aid groups said on Saturday that 20,000 people had fled since the start of the month.",
     [("Saturday", "DATE", "2024-08-31"), ("the start of the month", "DATE", "2024-08")]),
    # near misses: dating the saying, beside the saying, another sentence, a saying to come
    ("By the end of the month, Kyiv said on Monday, strikes had stopped.",
     [("the end of the month", "DATE", "2024-09"), ("Monday", "DATE", "2024-08-26")]),
    ("Kyiv said on Monday. Strikes would stop by the end of the month.",
     [("Monday", "DATE", "2024-08-26"), ("the end of the month", "DATE", "2024-09")]),
    ("Last month, the U.S. military said on Thursday, strikes destroyed 20 launchers.",
     [("Last month", "DATE", "2024-08"), ("Thursday", "DATE", "2024-08-29")]),
    ("The U.S. military, which struck launchers last month, said on Thursday it was ready.",
     [("last month", "DATE", "2024-08"), ("Thursday", "DATE", "2024-08-29")]),
    ("The U.S. military said on Thursday. Strikes last month destroyed 20 launchers.",
     [("Thursday", "DATE", "2024-08-29"), ("last month", "DATE", "2024-08")]),
    ("The U.S. military will say on Thursday that strikes last month destroyed 20 launchers.",
     [("Thursday", "DATE", "2024-09-05"), ("last month", "DATE", "2024-08")]),
    # review: a saying dated by the calendar, with no weekday in the text
    ("Kyiv said on Aug. 26 that it expected more strikes by the end of the month.",
     [("Aug. 26", "DATE", "2024-08-26"), ("the end of the month", "DATE", "2024-08")]),
    ("On Aug. 26, officials said strikes had killed 40 people last month.",
     [("Aug. 26", "DATE", "2024-08-26"), ("last month", "DATE", "2024-07")]),
    ("Officials, who met on Aug. 26, said strikes had killed 40 people last month.",
     [("Aug. 26", "DATE", "2024-08-26"), ("last month", "DATE", "2024-08")]),
    ("Officials said strikes that began on Aug. 26 would intensify next month.",
     [("Aug. 26", "DATE", "2024-08-26"), ("next month", "DATE", "2024-10")]),
]


#: review: a month or year bounding a span ("since June", "by September") is no narrative month a
#: later "the following day" is a day of
BOUNDS: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("A U.S. destroyer sailed through the Taiwan Strait on Tuesday, the first such transit since June. "
     "Beijing said the following day that it had tracked the ship.",
     [("Tuesday", "DATE", "2024-08-13"), ("June", "DATE", "2024-06"), ("the following day", "DATE", "2024-08-14")]),
    ("Troops arrived on Monday and will stay until October. The next morning, they began patrols.",
     [("Monday", "DATE", "2024-08-12"), ("October", "DATE", "2024-10"), ("The next morning", "TIME", "2024-08-13TMO")]),
    # near misses: a month that is the narrative's time
    ("The ship sank in August 2022. The following day, rescuers found survivors.",
     [("August 2022", "DATE", "2022-08"), ("The following day", "DATE", "2022-08-XX")]),
    ("The talks collapsed in March. The following day, Hamas walked out.",
     [("March", "DATE", "2024-03"), ("The following day", "DATE", "2024-03-XX")]),
]


CASES = [(PUB, *c) for c in SAYING_DAYS] + [(PUB, *c) for c in BOUNDS] + [("2024-08-20", *c) for c in REPORTED_WEEKS] \
    + [("2024-09-01", *c) for c in REPORTED_MONTHS]


@pytest.mark.parametrize(("published", "text", "expected"), CASES)
def test_tags(time_tag: Any, published: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type, t.value) for t in time_tag(text, published)] == expected
