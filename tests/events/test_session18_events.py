"""Session 18: a defender's stop of another side's attack is no event of the stopper's, for an attack as for
strikes (the attack stays the attacker's); a programme not given up stands; an offer withdrawn reduces
relations (SANCTION), no troops pulled back; an offensive that "would not be called off" goes on."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events import extract


def _rows(nlp: Any, text: str) -> list[tuple[str, str | None, str, str]]:
    return [(f.event.type, f.event.mode, f.event.status, f.event.trigger) for f in extract(nlp(text))]


@pytest.mark.parametrize(("text", "row"), [
    # item 1: one convention for both nouns: the attacker's ASSAULT happened, the blocker has no event
    ("Air defences halted the drone attack.", ("ASSAULT", "airstrike", "happened", "drone attack")),
    ("Air defences halted the drone strikes.", ("ASSAULT", "airstrike", "happened", "drone strikes")),
    ("Air defences stopped the drone attack.", ("ASSAULT", "airstrike", "happened", "drone attack")),
    ("The army halted the attack.", ("ASSAULT", None, "happened", "attack")),
    ("The attack was halted by air defences.", ("ASSAULT", None, "happened", "attack")),
])
def test_a_stopped_attack_is_the_attackers_only(nlp: Any, text: str, row: tuple[str, str | None, str, str]) -> None:
    assert _rows(nlp, text) == [row]


@pytest.mark.parametrize(("text", "expected"), [
    # near misses: a combat verb names force (the blocker's ASSAULT); one's own attack halted is a ceasefire;
    # a march halted by police is restricted
    ("Troops repelled the assault.", ("ASSAULT", None, "happened", "repelled")),
    ("Russia halted its drone attack on Kyiv.", ("RETREAT", "ceasefire", "happened", "halted attack")),
    ("Israel halted the air strikes.", ("RETREAT", "ceasefire", "happened", "halted strikes")),
])
def test_blocking_near_misses_keep_their_readings(nlp: Any, text: str,
                                                  expected: tuple[str, str | None, str, str]) -> None:
    assert expected in _rows(nlp, text)


def test_an_armed_advance_halted_is_the_advancers_attack_only(nlp: Any) -> None:
    rows = _rows(nlp, "Ukrainian troops halted the Russian advance near Kharkiv.")
    assert [r[3] for r in rows] == ["advance"] and rows[0][0] == "ASSAULT", rows


@pytest.mark.parametrize(("text", "rows"), [
    # item 2: a programme (or an offer) not given up stands: no negated CONCEDE or SANCTION
    ("Iran has not given up its nuclear programme.", []),
    ("Iran has not given up its nuclear program, the agency said.", []),
    # an offer withdrawn is a SANCTION (CAMEO 16, reduce relations), no troop withdrawal
    ("Moscow withdrew the offer.", [("SANCTION", "withdraw", "happened", "withdrew offer")]),
    ("The offer was withdrawn by Moscow.", [("SANCTION", "withdraw", "happened", "offer withdrawn")]),
])
def test_programmes_and_offers(nlp: Any, text: str, rows: list[tuple[str, str | None, str, str]]) -> None:
    assert _rows(nlp, text) == rows


def test_an_offer_of_talks_withdrawn_pulls_back_no_troops(nlp: Any) -> None:
    rows = _rows(nlp, "Moscow withdrew its offer of talks.")
    assert ("SANCTION", "withdraw", "happened", "withdrew offer") in rows and "RETREAT" not in {r[0] for r in rows}


@pytest.mark.parametrize(("text", "row"), [
    # near misses: a plain giving up stays a CONCEDE, done or not; troops withdrawn pull back; a demand
    # withdrawn is conceded
    ("Iran gave up its nuclear programme.", ("CONCEDE", None, "happened", "gave up")),
    ("The rebels did not give up their weapons.", ("RETREAT", "disarm", "negated", "give up weapons")),  # disarming
    # (session 21)
    ("Moscow withdrew its troops from the border.", ("RETREAT", "withdraw", "happened", "withdrew")),
    ("Moscow withdrew its demand for talks.", ("CONCEDE", None, "happened", "withdrew demand")),
])
def test_giving_up_near_misses(nlp: Any, text: str, row: tuple[str, str | None, str, str]) -> None:
    assert row in _rows(nlp, text)


@pytest.mark.parametrize("text", [
    # item 2: a refused stop in the passive keeps the offensive going on, as the active does
    "Moscow said the Russian offensive would not be called off.",
    "Moscow said the Russian offensive would not be halted.",
    "The offensive would not be called off, Moscow said.",
])
def test_an_offensive_that_would_not_be_called_off_goes_on(nlp: Any, text: str) -> None:
    rows = _rows(nlp, text)
    assert ("ASSAULT", "heavy-weapons", "ongoing", "offensive") in rows and "REJECT" in {r[0] for r in rows}, rows


@pytest.mark.parametrize(("text", "rows"), [
    # near misses: talks or a visit not called off are no attack; a stop promised is planned
    ("Moscow said the talks would not be called off.", [("SANCTION", "discontinue", "negated", "talks called off")]),
    ("Moscow said the visit would not be called off.", [("SANCTION", "discontinue", "negated", "visit called off")]),
])
def test_other_acts_not_called_off(nlp: Any, text: str, rows: list[tuple[str, str | None, str, str]]) -> None:
    assert _rows(nlp, text) == rows


def test_an_offensive_to_be_called_off_is_planned_no_attack(nlp: Any) -> None:
    rows = _rows(nlp, "Moscow said the Russian offensive would be called off.")
    assert ("RETREAT", "ceasefire", "planned", "offensive called off") in rows
    assert "ASSAULT" not in {r[0] for r in rows}, rows
