"""Review of session 17: a side stopping the attacks of its own forces, named by a modifier ("Russian
forces", "Hamas fighters"), halts them (a ceasefire), as with "its fighters"; an armed side holding an
attacked place is the attack's target; a walkout stopped reads the same whatever the stop verb."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events import extract


def _senses(nlp: Any, text: str) -> set[tuple[str, str | None]]:
    return {(f.event.type, f.event.mode) for f in extract(nlp(text))}


@pytest.mark.parametrize("text", [
    "Hamas stopped the attacks of Hamas fighters.",
    "Russia stopped the attacks of Russian forces.",
    "Hamas halted the attacks of its fighters.",
])
def test_a_side_stopping_its_own_forces_attacks_is_a_ceasefire(nlp: Any, text: str) -> None:
    assert ("RETREAT", "ceasefire") in _senses(nlp, text)


@pytest.mark.parametrize("text", [
    # near misses: another side's forces, named by a modifier or not, are foiled
    "Ukraine stopped the attacks of Russian forces.",
    "Government forces stopped the attacks of rebel forces.",
    "Security forces stopped the attacks of the militants.",
])
def test_another_sides_attacks_stopped_are_no_ceasefire(nlp: Any, text: str) -> None:
    assert ("RETREAT", "ceasefire") not in _senses(nlp, text)


def _attack(nlp: Any, text: str) -> Any:
    return next(f for f in extract(nlp(text)) if f.event.trigger in ("attack", "assault"))


@pytest.mark.parametrize(("text", "side"), [
    # an armed side repelling an attack on a place holds the place: the attack is on it
    ("Troops repelled an attack by rebels on the town.", "Troops"),
    ("Soldiers halted an assault by insurgents on the village.", "Soldiers"),
    ("Troops repelled an attack on the town.", "Troops"),
])
def test_an_armed_side_holding_the_attacked_place_is_the_target(nlp: Any, text: str, side: str) -> None:
    found = _attack(nlp, text)
    assert any(side in names for names in found.target_texts), found


@pytest.mark.parametrize("text", [
    # near misses: people an armed side shields, and a place a defender guards, are another's aim
    "Troops repelled an attack by rebels on civilians.",
    "Police foiled an attack by a group of militants on a church.",
    "Police stopped an attack on a synagogue.",
])
def test_a_stopper_shielding_another_is_no_target(nlp: Any, text: str) -> None:
    assert not _attack(nlp, text).target_texts


@pytest.mark.parametrize(("text", "expected"), [
    # one convention for a walkout whatever the verb (stop as end, halt, call off): ended, CONCEDE (CAMEO
    # 082); not ended, a negated CONCEDE; refused, the strikers' REJECT (CAMEO 1242, refuse to ease dissent)
    ("The union stopped the strike.", ("CONCEDE", "happened")),
    ("The union did not stop the strike.", ("CONCEDE", "negated")),
    ("The union will not stop the strike until pay rises.", ("REJECT", "happened")),
    ("The strikers will not stop the strike until pay rises, the union said.", ("REJECT", "happened")),
    ("The union would not end the strike.", ("REJECT", "happened")),
    ("The union stopped its strike on the advice of its lawyers.", ("CONCEDE", "happened")),
])
def test_a_walkout_stopped_reads_as_one_ended(nlp: Any, text: str, expected: tuple[str, str]) -> None:
    found = {(f.event.type, f.event.status) for f in extract(nlp(text))}
    assert expected in found and not any(t in ("RETREAT", "ASSAULT") for t, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    # near misses: air strikes stopped are a ceasefire, and refused a REJECT beside the strikes going on
    ("The army stopped the strikes on the city.", {("RETREAT", "happened")}),
    ("Israel stopped the air strikes.", {("RETREAT", "happened")}),
    ("Israel stopped its strikes on Gaza on Tuesday.", {("RETREAT", "happened")}),
    ("The army will not stop the strikes on the city.", {("REJECT", "happened"), ("ASSAULT", "ongoing")}),
])
def test_air_strikes_stopped_keep_their_reading(nlp: Any, text: str, expected: set[tuple[str, str]]) -> None:
    assert {(f.event.type, f.event.status) for f in extract(nlp(text))} == expected


@pytest.mark.parametrize(("text", "status"), [
    # a foiling that did not happen leaves the attack done, unless the foiling is only a condition
    ("If police do not foil the attack, many will die.", "hypothetical"),
    ("Unless troops repel the assault, the town will fall.", "hypothetical"),
    ("Police did not foil the attack.", "happened"),
    ("Police failed to foil the attack.", "happened"),
])
def test_an_unfoiled_attack_in_a_condition_may_yet_come(nlp: Any, text: str, status: str) -> None:
    assert _attack(nlp, text).event.status == status


@pytest.mark.parametrize(("text", "act"), [
    # a negated stop in the passive leaves the act going on, as the active does, "call off" included
    ("The Russian offensive was not called off.", "offensive"),
    ("Russia's war was not ended.", "war"),
    ("Israel's air strikes were not called off.", "air strikes"),
])
def test_a_negated_passive_stop_leaves_the_act_going_on(nlp: Any, text: str, act: str) -> None:
    found = [(f.event.type, f.event.status, f.event.trigger) for f in extract(nlp(text))]
    assert found == [("ASSAULT", "ongoing", act)], found


@pytest.mark.parametrize(("text", "expected"), [
    # near misses: a passive stop that happened is the ceasefire; talks or a walkout not called off keep their rows
    ("The Russian offensive was called off.", ("RETREAT", "happened")),
    ("The talks were not called off.", ("SANCTION", "negated")),
    ("The union's strike was not called off.", ("CONCEDE", "negated")),
])
def test_a_passive_call_off_keeps_its_other_readings(nlp: Any, text: str, expected: tuple[str, str]) -> None:
    assert expected in {(f.event.type, f.event.status) for f in extract(nlp(text))}
