"""Session 23: what a past modal reports is seen from the day of saying ("said Monday talks would
resume Thursday": the Thursday after that Monday; "would have resumed": the one before), also in a
second reported clause coordinated with the first; "Speaking Monday, the minister said" dates the
saying; a forecast's day is its day of saying ("predicted Monday that storms would hit overnight":
Monday night); a year told by the day or month it ends is a year's duration, as TimeBank writes
"the year ended March 31" ("the fiscal year that ends Sept. 30", "the year to March 2025"). Review:
"said Monday talks would resume" dates the saying; a statistic's year to July has ended; "said Hamas
had until Tuesday to respond" looks ahead. Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

PUB = "2024-08-18"  # a Sunday; the Monday before is 08-12, the Thursday after it 08-15

#: a past modal's report reads from the day of saying
REPORTED_MODALS: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("The minister said on Monday that talks would resume Thursday.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-15")]),
    ("The minister said Tuesday that the vote would be held on Friday.",
     [("Tuesday", "DATE", "2024-08-13"), ("Friday", "DATE", "2024-08-16")]),
    ("The minister said on Friday that talks would resume Thursday.",
     [("Friday", "DATE", "2024-08-16"), ("Thursday", "DATE", "2024-08-22")]),
    ("Talks would resume Thursday, the minister said Monday.",
     [("Thursday", "DATE", "2024-08-15"), ("Monday", "DATE", "2024-08-12")]),
    ("The minister told reporters Monday that talks would resume Thursday.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-15")]),
    ("The minister said Monday that talks would resume Thursday and end Friday.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-15"), ("Friday", "DATE", "2024-08-16")]),
    ("The minister said on Monday that talks would resume Monday.",
     [("Monday", "DATE", "2024-08-12"), ("Monday", "DATE", "2024-08-19")]),
    ("The minister said Monday that talks would have resumed Thursday.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-08")]),
    ("The minister said Saturday that the talks would have resumed Sunday.",
     [("Saturday", "DATE", "2024-08-17"), ("Sunday", "DATE", "2024-08-11")]),
    # a second reported clause gets its own direction, in either order
    ("The mayor said on Monday the city was shelled on Saturday and that aid would arrive Thursday.",
     [("Monday", "DATE", "2024-08-12"), ("Saturday", "DATE", "2024-08-10"), ("Thursday", "DATE", "2024-08-15")]),
    ("The mayor said on Monday that aid would arrive Thursday and that the city was shelled on Saturday.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-15"), ("Saturday", "DATE", "2024-08-10")]),
    ("The mayor said on Friday the city was shelled on Saturday and that aid would arrive Tuesday.",
     [("Friday", "DATE", "2024-08-16"), ("Saturday", "DATE", "2024-08-10"), ("Tuesday", "DATE", "2024-08-20")]),
    # near misses: "will" (from now), a past perfect, no day of saying, another sentence, a relative
    # clause beside the saying, "since", "next", a clause with no modal
    ("The minister said Monday that talks will resume Thursday.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-22")]),
    ("The minister said Monday that talks had resumed Thursday.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-08")]),
    ("The mayor said the city was shelled on Saturday and that aid would arrive Tuesday.",
     [("Saturday", "DATE", "2024-08-17"), ("Tuesday", "DATE", "2024-08-20")]),
    ("The minister said Monday. Talks would resume Thursday.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-22")]),
    ("The minister, who would resign Thursday, said Monday he was tired.",
     [("Thursday", "DATE", "2024-08-22"), ("Monday", "DATE", "2024-08-12")]),
    ("Officials who said Monday that talks would resume Thursday were wrong.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-22")]),
    ("The minister said Monday that the first talks since Thursday would resume soon.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-08")]),
    ("The minister said Monday that talks would resume next Thursday.",
     [("Monday", "DATE", "2024-08-12"), ("next Thursday", "DATE", "2024-08-22")]),
    ("The minister said Monday that he would meet the envoy who arrived Saturday.",
     [("Monday", "DATE", "2024-08-12"), ("Saturday", "DATE", "2024-08-10")]),
    ("Talks would resume Thursday.", [("Thursday", "DATE", "2024-08-22")]),
    # review: a day of saying with no "that", also read by the parser as one noun with the
    # clause's bare subject ("said Monday talks": 'Monday talks'), and its near misses
    ("The minister said Monday talks would resume Thursday.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-15")]),
    ("The minister said Tuesday Israel would send a delegation to Doha on Thursday.",
     [("Tuesday", "DATE", "2024-08-13"), ("Thursday", "DATE", "2024-08-15")]),
    ("Officials said Monday strikes had hit the port Sunday.",
     [("Monday", "DATE", "2024-08-12"), ("Sunday", "DATE", "2024-08-11")]),
    ("He said Monday's talks would resume Thursday.",
     [("Monday", "DATE", "2024-08-19"), ("Thursday", "DATE", "2024-08-22")]),
    ("He said the Monday talks would resume Thursday.",
     [("Monday", "DATE", "2024-08-19"), ("Thursday", "DATE", "2024-08-22")]),
    ("The minister will say Monday talks would resume Thursday.",
     [("Monday", "DATE", "2024-08-19"), ("Thursday", "DATE", "2024-08-22")]),
    ("Officials feared Monday talks would fail.", [("Monday", "DATE", "2024-08-19")]),
]

#: review: a deadline given ('had until Tuesday to respond') that a verb of saying reports is ahead of the saying
REPORTED_DEADLINES: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("Blinken said Hamas had until Tuesday to respond.", [("Tuesday", "DATE", "2024-08-20")]),
    ("Hamas had until Tuesday to respond, Blinken said.", [("Tuesday", "DATE", "2024-08-20")]),
    ("Officials said landlords had until Aug. 30 to register.", [("Aug. 30", "DATE", "2024-08-30")]),
    # near misses: told as a fact, no infinitive, a verb of its own, a past perfect of another verb
    ("Residents had until Friday to leave, and most did.", [("Friday", "DATE", "2024-08-16")]),
    ("He said Hamas had until Tuesday.", [("Tuesday", "DATE", "2024-08-13")]),
    ("He said the talks had lasted until Tuesday.", [("Tuesday", "DATE", "2024-08-13")]),
    ("He said the rebels had held the town until Tuesday to protect the road.", [("Tuesday", "DATE", "2024-08-13")]),
]

#: a participle of speaking dates the saying it opens
SPEAKING: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("Speaking Monday, the minister said the strike happened Sunday.",
     [("Monday", "DATE", "2024-08-12"), ("Sunday", "DATE", "2024-08-11")]),
    ("Speaking to reporters on Monday, the minister said the strike happened Sunday.",
     [("Monday", "DATE", "2024-08-12"), ("Sunday", "DATE", "2024-08-11")]),
    ("Talking to reporters Monday, the minister said the strike happened Sunday.",
     [("Monday", "DATE", "2024-08-12"), ("Sunday", "DATE", "2024-08-11")]),
    ("Speaking Monday, the minister said the strike would start Thursday.",
     [("Monday", "DATE", "2024-08-12"), ("Thursday", "DATE", "2024-08-15")]),
    # near misses: another participle, a verb that is no saying, "speaking of", another main verb
    ("Arriving Monday, the minister said the strike happened Sunday.",
     [("Monday", "DATE", "2024-08-12"), ("Sunday", "DATE", "2024-08-18")]),
    ("Speaking Monday, the minister denied that the strike happened Sunday.",
     [("Monday", "DATE", "2024-08-12"), ("Sunday", "DATE", "2024-08-18")]),
    ("Speaking of Monday, the minister said the strike happened Sunday.",
     [("Monday", "DATE", "2024-08-12"), ("Sunday", "DATE", "2024-08-18")]),
    ("Speaking Monday, the minister met the men who fought Sunday.",
     [("Monday", "DATE", "2024-08-12"), ("Sunday", "DATE", "2024-08-18")]),
]


#: a year told by the day or month it ends: P1Y, its end its own expression
YEAR_TO: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("Revenue will rise in the fiscal year that ends Sept. 30.",
     [("the fiscal year", "DURATION", "P1Y"), ("Sept. 30", "DATE", "2024-09-30")]),
    ("Revenue will rise in the fiscal year that ends in June.",
     [("the fiscal year", "DURATION", "P1Y"), ("June", "DATE", "2025-06")]),
    ("Toyota expects profit to fall in the year to March 2025.",
     [("the year", "DURATION", "P1Y"), ("March 2025", "DATE", "2025-03")]),
    ("The company said profit rose in the year to May 31.",
     [("the year", "DURATION", "P1Y"), ("May 31", "DATE", "2024-05-31")]),
    ("Revenue rose 5% in the year ended Sept. 30.",
     [("the year", "DURATION", "P1Y"), ("Sept. 30", "DATE", "2023-09-30")]),
    # the end of a year its clause tells as running is ahead, as past when told past
    ("Revenue will rise in the fiscal year ending Sept. 30.",
     [("the fiscal year", "DURATION", "P1Y"), ("Sept. 30", "DATE", "2024-09-30")]),
    ("Toyota expects profit to fall in the year to March 31.",
     [("the year", "DURATION", "P1Y"), ("March 31", "DATE", "2025-03-31")]),
    ("Revenue rose 5% in the fiscal year ending Sept. 30.",
     [("the fiscal year", "DURATION", "P1Y"), ("Sept. 30", "DATE", "2023-09-30")]),
    ("Sales in the year to March 31 were the best ever.",
     [("the year", "DURATION", "P1Y"), ("March 31", "DATE", "2024-03-31")]),
    ("Results for the year ended Sept. 30 are due next week.",
     [("the year", "DURATION", "P1Y"), ("Sept. 30", "DATE", "2023-09-30"), ("next week", "DATE", "2024-W34")]),
    # review: a present clause's year ends ahead only where it foresees; a statistic's year has ended
    ("Analysts expect inflation of 3% in the year to July.",
     [("the year", "DURATION", "P1Y"), ("July", "DATE", "2025-07")]),
    ("The ministry projects growth of 2% in the year to March.",
     [("the year", "DURATION", "P1Y"), ("March", "DATE", "2025-03")]),
    ("Annual inflation is 3.1% in the year to July, the statistics office said.",
     [("the year", "DURATION", "P1Y"), ("July", "DATE", "2024-07")]),
    ("Unemployment is at 4.2% in the year to June, up from 3.9% a year earlier.",
     [("the year", "DURATION", "P1Y"), ("June", "DATE", "2024-06"), ("a year earlier", "DATE", "2023")]),
    ("Revenue in the year to June 30 is 5% higher than a year earlier.",
     [("the year", "DURATION", "P1Y"), ("June 30", "DATE", "2024-06-30"), ("a year earlier", "DATE", "2023")]),
    # near misses: no month after "to", a year that ended something else, a move, Mrs. May
    ("He looked forward to the year to come.", []),
    ("Inflation fell over the year to 2.5% in March.", [("March", "DATE", "2024-03")]),
    ("The year that ended the war was 1945.", [("1945", "DATE", "1945")]),
    ("The law moved the vote from the year to March 2025.", [("March 2025", "DATE", "2025-03")]),
    ("The mayor gave the year to May, his deputy.", [("May", "DATE", "2024-05")]),
]


@pytest.mark.parametrize(("text", "expected"), REPORTED_MODALS + REPORTED_DEADLINES + SPEAKING + YEAR_TO)
def test_tags(time_tag: Any, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type, t.value) for t in time_tag(text, PUB)] == expected


@pytest.mark.parametrize(("text", "night"), [
    ("Forecasters predicted Monday that storms would hit overnight.", "2024-08-12TNI"),
    ("Officials said Monday that storms would hit overnight.", "2024-08-12TNI"),
    ("Analysts forecast on Monday that storms would hit overnight.", "2024-08-12TNI"),
    # near misses: a perfect modal, what happened, a day's possessive, no day of saying, another verb
    ("Officials said Monday that storms would have hit overnight.", "2024-08-11TNI"),
    ("Officials said Monday that drones hit Kyiv overnight.", "2024-08-11TNI"),
    ("Forecasters predicted Monday's storm would hit overnight.", "2024-08-17TNI"),
    ("Forecasters predicted that storms would hit overnight.", "2024-08-17TNI"),
    ("Storms hit overnight, and forecasters predicted Monday more would come.", "2024-08-17TNI"),
])
def test_overnight_from_the_day_of_saying(time_tag: Any, text: str, night: str) -> None:
    assert [t.value for t in time_tag(text, PUB) if t.text == "overnight"] == [night]
