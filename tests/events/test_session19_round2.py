"""Session 19, round 2: a firm's deal whatever the noun of offering; an activity in a gerund or an aim given up on
stands when not given up; a thing with its article is no activity."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events import extract


def _rows(nlp: Any, text: str) -> list[tuple[str, str | None, str, str]]:
    return [(f.event.type, f.event.mode, f.event.status, f.event.trigger) for f in extract(nlp(text))]


@pytest.mark.parametrize(("text", "rows"), [
    # a merger, takeover or buyout offered, whatever the noun: business, no political act
    ("Tesla withdrew its merger proposal.", []),
    ("The company withdrew its acquisition proposal.", []),
    ("Tesla withdrew its buyout deal.", []),
    ("Tesla withdrew its tender offer.", []),
    # near misses: a side's proposal is a withdrawn offer; an objection to a merger keeps its reading
    ("Hamas withdrew its ceasefire proposal.", [("SANCTION", "withdraw", "happened", "withdrew proposal")]),
    ("The EU withdrew its trade proposal.", [("SANCTION", "withdraw", "happened", "withdrew proposal")]),
    ("Germany withdrew its proposal to merge the two agencies.", [("SANCTION", "withdraw", "happened", "withdrew proposal")]),
    ("Washington withdrew its objection to the merger.", [("CONCEDE", None, "happened", "withdrew objection")]),
])
def test_a_firms_deal_is_business_whatever_its_noun(nlp: Any, text: str,
                                                   rows: list[tuple[str, str | None, str, str]]) -> None:
    assert _rows(nlp, text) == rows


@pytest.mark.parametrize(("text", "rows"), [
    # the activity in a gerund, or the aim given up on, goes on: no concession; the fighting is ongoing
    ("The rebels have not given up fighting.", [("ASSAULT", None, "ongoing", "fighting")]),
    ("Iran has not given up on its nuclear ambitions.", []),
    ("The police have not given up searching for the boy.", []),
    # near misses: given up it is a concession; a thing, or what is no aim given up on, keeps its negated reading
    ("Iran has given up on its nuclear ambitions.", [("CONCEDE", None, "happened", "given up")]),
    ("He has not given up on the team.", [("CONCEDE", None, "negated", "given up")]),
    ("The rebels have not given up their weapons.", [("RETREAT", "disarm", "negated", "given up weapons")]),  # disarming, and
    ("The rebels have not given up the building.", [("RETREAT", "withdraw", "negated", "given up")]),  # ground (session 21)
    ("Iran has not given up uranium enrichment.", []),
])
def test_an_activity_or_aim_not_given_up_stands(nlp: Any, text: str,
                                               rows: list[tuple[str, str | None, str, str]]) -> None:
    assert _rows(nlp, text) == rows


def test_an_activity_given_up_is_a_concession(nlp: Any) -> None:
    # near miss of the gerund: given up, the fighting is conceded (its ASSAULT row is another matter)
    assert ("CONCEDE", None, "happened", "given up") in _rows(nlp, "The rebels have given up fighting.")


@pytest.mark.parametrize(("text", "rows"), [
    # a stopper is a side by the same test as a discontinuer: a state body stops its own side's attack
    ("The Russian attack was halted by the Russian junta.", [("RETREAT", "ceasefire", "happened", "attack halted")]),
    ("The Burmese offensive was halted by the Burmese ministry.",
     [("RETREAT", "ceasefire", "happened", "offensive halted")]),
    # a church is no side: the attack is foiled, no ceasefire
    ("The Russian attack was halted by the Russian Orthodox Church.", [("ASSAULT", None, "happened", "attack")]),
    # near misses: pressure is no side; commanders and troops are
    ("The Russian attack was halted by Russian pressure.", [("ASSAULT", None, "happened", "attack")]),
    ("The Russian attack was halted by Russian commanders.", [("RETREAT", "ceasefire", "happened", "attack halted")]),
    ("The Russian offensive was halted by Russian troops.", [("RETREAT", "ceasefire", "happened", "offensive halted")]),
])
def test_a_stopper_is_a_side_as_a_discontinuer_is(nlp: Any, text: str,
                                                  rows: list[tuple[str, str | None, str, str]]) -> None:
    assert _rows(nlp, text) == rows
