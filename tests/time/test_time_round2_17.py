"""Session 17, time round 2: a fronted day dates an active past plan; "the previous Friday" is the
one before the narrative's scene day; a bare adverbial participle shares the future of the verb it
hangs on. Near misses for each. Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

WED = "1998-09-30"


@pytest.mark.parametrize(("text", "expected"), [
    ("On Friday, the county council planned to repay the flood victims' deposits.", "1998-09-25"),
    ("On Friday, the ministry hoped to reopen the border.", "1998-09-25"),
    # near misses: a date inside the plan, or a plan told in the present or passive, looks ahead
    ("The government plans to pay the claims on Friday.", "1998-10-02"),
    ("On Friday, officials were set to pay the claims.", "1998-10-02"),
])
def test_fronted_day_dates_a_past_plan(time_tag: Any, text: str, expected: str) -> None:
    assert [t.value for t in time_tag(text, WED)] == [expected]


def test_previous_weekday_counts_from_the_scene_day(time_tag: Any) -> None:
    text = ("Tokyo shares closed lower Friday in thin trading. Traders were unsettled by overnight losses "
            "in Europe. The index lost 120 points, down 2% from the previous Friday.")
    values = {t.text: t.value for t in time_tag(text, "2024-08-19")}
    assert values["the previous Friday"] == "2024-08-09"


def test_previous_weekday_without_a_scene_counts_from_publication(time_tag: Any) -> None:
    assert [t.value for t in time_tag("The index fell 2% from the previous Friday.", "2024-08-19")] == ["2024-08-16"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The ferry company said two boats would sail on weekends, with a third leaving each Wednesday "
     "from June 4.", "1998-06-04"),
    ("The ship will sail from Genoa, stopping in Naples on Thursday.", "1998-02-19"),
    # near misses: a participle of a past clause stays in the past, a noun's day stays an event's
    ("Police fired tear gas, injuring two people on Thursday.", "1998-02-12"),
    ("The notes will convert at $30 a share, representing a premium over Thursday's closing price.", "1998-02-12"),
])
def test_bare_participle_takes_its_verbs_tense(time_tag: Any, text: str, expected: str) -> None:
    assert [t.value for t in time_tag(text, "1998-02-13") if t.type == "DATE"] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a noun's "overnight" in a past clause: the night before the day the story tells
    ("Tokyo shares closed lower Friday in thin trading. Traders were unsettled by overnight losses in Europe.",
     "2024-08-15TNI"),
    # near misses: with no day told, or as an adverb, the night before publication
    ("Troops killed five people in an overnight raid, officials said.", "2024-08-18TNI"),
    ("Protesters gathered in the square Friday. Overnight, police cleared it.", "2024-08-18TNI"),
])
def test_overnight_before_the_day_told(time_tag: Any, text: str, expected: str) -> None:
    assert [t.value for t in time_tag(text, "2024-08-19") if t.type == "TIME"] == [expected]
