"""Review of session 20: a firm named by a political word is no political body, nor are the unnamed parties to a
deal; an act given up, with an article or on a gerund, is no act told."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events import extract


def _rows(nlp: Any, text: str) -> list[tuple[str, str | None, str, str]]:
    return [(f.event.type, f.event.mode, f.event.status, f.event.trigger) for f in extract(nlp(text))]


_WITHDRAWN = [("SANCTION", "withdraw", "happened", "withdrew proposal")]


@pytest.mark.parametrize(("text", "rows"), [
    # a firm whose name holds "Union", and the parties to a deal, are business
    ("Union Pacific withdrew its merger proposal.", []),
    ("Union Pacific abandoned its merger talks with Norfolk Southern.", []),
    ("The two companies said both parties withdrew the merger proposal.", []),
    # near misses: a party named as one, a named party, a bloc and the unions stay political sides
    ("The ruling party withdrew its merger proposal.", _WITHDRAWN),
    ("The Labour Party withdrew its merger proposal.", _WITHDRAWN),
    ("The opposition bloc withdrew its merger proposal.", _WITHDRAWN),
    ("The unions withdrew their merger proposal.", _WITHDRAWN),
])
def test_a_firms_name_and_a_deals_parties_are_no_political_side(
        nlp: Any, text: str, rows: list[tuple[str, str | None, str, str]]) -> None:
    assert _rows(nlp, text) == rows


@pytest.mark.parametrize(("text", "rows"), [
    # the fighting given up stopped, as fighting given up did; an attack given up on was not made
    ("The rebels gave up the fighting.", [("CONCEDE", None, "happened", "gave up")]),
    ("The rebels gave up the shelling of the town.", [("CONCEDE", None, "happened", "gave up")]),
    ("The rebels have given up on attacking the city.", [("CONCEDE", None, "happened", "given up")]),
    ("The rebels have not given up on attacking the city.", [("CONCEDE", None, "negated", "given up")]),
    # near misses: an attack told beside the giving up, or after another verb, stays
    ("The rebels gave up the fighting after the army shelled the town.",
     [("CONCEDE", None, "happened", "gave up"), ("ASSAULT", "shelling", "happened", "shelled")]),
    ("The army withdrew the troops after the bombing.",
     [("RETREAT", "withdraw", "happened", "withdrew"), ("ASSAULT", "explosives", "happened", "bombing")]),
])
def test_an_act_given_up_is_none_told(nlp: Any, text: str, rows: list[tuple[str, str | None, str, str]]) -> None:
    assert _rows(nlp, text) == rows


@pytest.mark.parametrize(("text", "rows"), [
    # a search or wedding party withdrawing its support is no political body's act, as its merger offer is none
    ("The search party withdrew its support for the mayor.", []),
    ("The wedding party withdrew its support for the mayor.", []),
    # near misses: a party, a named or a ruling party withdrawing support cut it
    ("The party withdrew its support for the government.", [("SANCTION", "withdraw", "happened", "withdrew support")]),
    ("The ruling party withdrew its support for the government.",
     [("SANCTION", "withdraw", "happened", "withdrew support")]),
])
def test_a_band_of_people_commits_no_support(nlp: Any, text: str, rows: list[tuple[str, str | None, str, str]]) -> None:
    assert _rows(nlp, text) == rows


@pytest.mark.parametrize(("text", "status"), [
    # an activity not given up goes on, with or without its article, as one not stopped does
    ("The rebels have not given up fighting.", "ongoing"),
    ("The rebels have not given up the fighting.", "ongoing"),
    ("The army has not abandoned the shelling of the town.", "ongoing"),
    ("The rebels would not stop fighting.", "ongoing"),
])
def test_an_activity_not_given_up_goes_on(nlp: Any, text: str, status: str) -> None:
    assert [f.event.status for f in extract(nlp(text)) if f.event.type == "ASSAULT"] == [status]


def test_a_meeting_not_cancelled_is_no_activity_going_on(nlp: Any) -> None:
    # near miss: cancelling is no renouncing; the meeting not cancelled keeps the cut's negated reading
    assert _rows(nlp, "The EU did not cancel the meeting with Iran.") == [
        ("SANCTION", "discontinue", "negated", "cancel meeting")]
