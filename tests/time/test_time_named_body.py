"""A calendar date naming a body ("Israel's Oct. 7 commission", "the March 3 inquiry") is the past
day the body looks into, whatever the tense of its clause; a date naming an event ("the Nov. 5
election", "the Jan. 6 hearing") is the event's own. Our own sentences, published on Sunday 18
August 2024."""

from __future__ import annotations

from typing import Any

import pytest

SUN = "2024-08-18"


def value(time_tag: Any, text: str, words: str) -> str:
    hits = [t.value for t in time_tag(text, SUN) if t.text == words]
    assert hits, f"no timex {words!r} in {text!r}"
    return hits[0]


@pytest.mark.parametrize(("text", "words", "expected"), [
    ("Israel's Oct. 7 commission will meet on Monday.", "Oct. 7", "2023-10-07"),
    ("The Oct. 7 commission will report in March.", "Oct. 7", "2023-10-07"),
    ("The March 3 inquiry heard testimony on Tuesday.", "March 3", "2024-03-03"),  # "inquiry" is also scheduled
    ("The March 3 committee will hold a hearing next week.", "March 3", "2024-03-03"),
    ("The Oct. 7 probe will be published next month.", "Oct. 7", "2023-10-07"),
    ("The army's Oct. 7 investigations found failures.", "Oct. 7", "2023-10-07"),
    # near misses: an event named by its date takes the clause's reading
    ("The Nov. 5 election will decide the presidency.", "Nov. 5", "2024-11-05"),
    ("The Jan. 6 hearing will take place next week.", "Jan. 6", "2025-01-06"),
    ("The Sept. 3 meeting will decide the matter.", "Sept. 3", "2024-09-03"),
])
def test_date_in_a_body_name_is_past(time_tag: Any, text: str, words: str, expected: str) -> None:
    assert value(time_tag, text, words) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # Oct. 7 is a named day (2023) for its inquiry and commission too, as 9/11's commission is 2001's
    ("Israel's Oct. 7 commission will meet on Monday.", "2024-11-20", "2023-10-07"),
    ("The Oct. 7 probe found failures.", "2025-03-02", "2023-10-07"),
    # near miss: another Oct. 7 body of the year
    ("The Oct. 7 meeting ended without a deal.", "2024-11-20", "2024-10-07"),
])
def test_oct_7_names_2023_for_its_bodies(time_tag: Any, text: str, published: str, expected: str) -> None:
    assert [t.value for t in time_tag(text, published) if t.text == "Oct. 7"] == [expected]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a body names a past event: the last March 3, also when the coming one is nearer
    ("The March 3 investigation found failures.", "2024-11-20", "2024-03-03"),
    ("The March 3 investigation will report next week.", "2024-11-20", "2024-03-03"),
    ("The March 3 investigation found failures.", "2024-02-20", "2023-03-03"),
    ("The March 3 investigation will report next week.", "2024-02-20", "2023-03-03"),
    ("Investigators on the March 3 inquiry met on Monday.", "2024-02-26", "2023-03-03"),
    # near misses: an event named by its date takes its clause's reading
    ("The March 3 meeting will decide the matter.", "2024-02-20", "2024-03-03"),
    ("The March 3 vote will decide the matter.", "2024-11-20", "2025-03-03"),
])
def test_calendar_dated_investigation_without_a_year_is_past(time_tag: Any, text: str, published: str,
                                                             expected: str) -> None:
    assert [t.value for t in time_tag(text, published) if t.text == "March 3"] == [expected]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # Jan. 6 is 2021's named day for the Capitol riot and the bodies that look into it
    ("The Jan. 6 committee will hold a hearing next week.", "2024-08-18", "2021-01-06"),
    ("Lawmakers on the Jan. 6 committee questioned him.", "2024-11-20", "2021-01-06"),
    ("He testified before the House Jan. 6 panel.", "2022-07-12", "2021-01-06"),
    ("The Jan. 6 select committee released its final report.", "2022-12-23", "2021-01-06"),
    ("The Jan. 6 riot left the Capitol damaged.", "2024-11-20", "2021-01-06"),
    ("The January 6 Capitol attack shocked the nation.", "2023-03-02", "2021-01-06"),
    ("Trump pardoned Jan. 6 defendants on his first day.", "2025-01-21", "2021-01-06"),
    ("The Jan. 6 investigation found failures.", "2025-03-02", "2021-01-06"),
    # near misses: another Jan. 6 event of the year, and an article before the riot
    ("The Jan. 6 hearing will take place next week.", "2024-08-18", "2025-01-06"),
    ("The Jan. 6 vote will decide the matter.", "2024-12-10", "2025-01-06"),
    ("The Jan. 6 committee will meet on Monday.", "2020-11-20", "2020-01-06"),
    # nor a breach, an attack on a thing or a panel discussion of another Jan. 6
    ("The company's Jan. 6 breach exposed customer data.", "2024-02-10", "2024-01-06"),
    ("Police said the Jan. 6 attack on a bus killed three people.", "2024-08-18", "2024-01-06"),
    ("The Jan. 6 panel discussion at the library drew a crowd.", "2024-08-18", "2024-01-06"),
    ("The Jan. 6 Capitol breach shocked the nation.", "2024-08-18", "2021-01-06"),
])
def test_jan_6_names_2021_for_the_riot_and_its_bodies(time_tag: Any, text: str, published: str,
                                                     expected: str) -> None:
    assert [t.value for t in time_tag(text, published) if t.text.startswith("Jan")] == [expected]


def test_weekday_of_a_body_keeps_its_clause(time_tag: Any) -> None:
    """"Sunday's cabinet" is the cabinet's Sunday meeting, not a body named after a day."""
    assert value(time_tag, "Sunday's cabinet will discuss the deal.", "Sunday") == SUN


@pytest.mark.parametrize(("text", "words", "expected"), [
    ("Monday's investigation began at 9 a.m.", "9 a.m.", "2024-08-12T09:00"),
    ("Police opened Monday's probe into the fire. The following day, two men were arrested.",
     "The following day", "2024-08-13"),
])
def test_weekday_of_an_investigation_is_a_day_of_the_narrative(time_tag: Any, text: str, words: str,
                                                               expected: str) -> None:
    """"Monday's probe" is the work done that Monday, no name: it dates a bare clock time and
    anchors "the following day" as "Monday's raid" does."""
    assert value(time_tag, text, words) == expected
