"""A bare weekday in the simple present of a scheduled event lies ahead ("the talks resume on
Monday"); in the past tense it lies behind ("said on Monday", "met on Monday"). Our own sentences,
published on Tuesday 20 August 2024."""

from __future__ import annotations

from typing import Any

import pytest

TUESDAY = "2024-08-20"
MONDAY_BEFORE, MONDAY_AFTER = "2024-08-19", "2024-08-26"


def monday(time_tag: Any, text: str) -> str:
    hits = [t for t in time_tag(text, TUESDAY) if t.text == "Monday"]
    assert hits, f"no timex 'Monday' in {text!r}"
    return hits[0].value


@pytest.mark.parametrize("text", [
    "The talks resume on Monday.",
    "The negotiations resume in Cairo on Monday.",
    "The new round starts on Monday.",
    "The conference begins on Monday.",
    "The border crossing reopens on Monday.",
    "The summit opens on Monday.",
    "The embassy opens on Monday.",
    "The talks open on Monday in Doha.",  # "open" tagged JJ here
    "The trial opens on Monday.",
    "Schools reopen on Monday after the holiday.",
    "Parliament convenes on Monday.",
    "The delegation leaves on Monday for Amman.",
    "The mediators hold another round on Monday.",
    "The vote takes place on Monday.",
    "The report is due on Monday.",
    "Officials say the talks resume on Monday.",
    "The talks don't resume on Monday.",  # negated: still the timetable of the coming Monday
    "The talks don't resume on Monday, a mediator said.",
    # body prose: a planned action of a named or definite actor is a timetable (futurate present)
    "The two foreign ministers meet on Monday in Doha.",
])
def test_scheduled_present_looks_ahead(time_tag: Any, text: str) -> None:
    assert monday(time_tag, text) == MONDAY_AFTER


@pytest.mark.parametrize("text", [
    "The minister said on Monday that the talks would go on.",
    "The two delegations met on Monday in Doha.",
    "The talks resumed on Monday.",
    "The envoy arrived on Monday.",
    "The delegation left on Monday for Amman.",
    "The vote took place on Monday.",
    "The spokesman told reporters on Monday that no deal was near.",
    "The talks have resumed since Monday.",
    # photo captions in the present: people, not a scheduled thing, as the subject
    "Mourners hold the body of a man killed in a strike, at a hospital in Khan Younis on Monday.",
    "A woman holds a picture of a hostage during a protest in Tel Aviv on Monday.",
    "Rescuers arrive at the scene of a missile strike in Kyiv on Monday.",
    "Displaced families leave Khan Younis on Monday after an evacuation order.",
])
def test_past_tense_looks_back(time_tag: Any, text: str) -> None:
    assert monday(time_tag, text) == MONDAY_BEFORE


@pytest.mark.parametrize("text", [
    "She takes the view that Monday was a mistake.",  # "take" without "place"
    "The shops are open on Monday.",  # a state, not a timetable
])
def test_not_a_timetable(time_tag: Any, text: str) -> None:
    assert monday(time_tag, text) == MONDAY_BEFORE
