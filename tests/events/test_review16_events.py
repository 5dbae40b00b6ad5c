"""Review of session 16's round 3: a person's "his" or "her" aim is no defender's own; a passive stop
that is negated leaves the attack going on, as the active does; an aim the parser hangs on the stop verb
is the attack's."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events import extract


def _attack(nlp: Any, text: str) -> Any:
    return next(f for f in extract(nlp(text)) if f.event.trigger == "attack")


@pytest.mark.parametrize("text", [
    "Police foiled an attack on his home.",
    "Security forces foiled an attack on his house.",
    "Police stopped an attack on her convoy.",
    "Security forces foiled an attack on the governor's home.",
])
def test_a_persons_aim_is_no_defenders_own(nlp: Any, text: str) -> None:
    found = _attack(nlp, text)
    assert not found.target_texts, found


@pytest.mark.parametrize(("text", "side"), [
    # near misses: a force's own, named by a pronoun that can stand for it, is on it
    ("Police foiled an attack on their homes.", "Police"),
    ("Police foiled an attack on its headquarters.", "Police"),
    ("Police foiled an attack on police officers' homes.", "Police"),
    ("The army repelled an attack by rebels on its base.", "army"),
])
def test_a_forces_own_aim_is_on_it(nlp: Any, text: str, side: str) -> None:
    found = _attack(nlp, text)
    assert any(side in names for names in found.target_texts), found


@pytest.mark.parametrize(("passive", "active"), [
    ("The attack on the church was not stopped by police.", "Police did not stop the attack on the church."),
    ("The attack on the city was not stopped by the army.", "The army did not stop the attack on the city."),
])
def test_an_attack_not_stopped_in_the_passive_goes_on(nlp: Any, passive: str, active: str) -> None:
    assert _attack(nlp, passive).event.status == _attack(nlp, active).event.status == "ongoing"


@pytest.mark.parametrize(("text", "expected"), [
    # near misses: stopped, it happened; not carried out, it did not
    ("The attack on the church was stopped by police.", "happened"),
    ("The attack was not carried out by militants.", "negated"),
])
def test_other_passives_keep_their_status(nlp: Any, text: str, expected: str) -> None:
    found = next(f for f in extract(nlp(text)) if f.event.type == "ASSAULT")
    assert found.event.status == expected, found


@pytest.mark.parametrize(("text", "side"), [
    # the parser hangs the aim on the stop verb ("foiled an attack by gunmen | on a bus"): no defender's
    ("Police foiled an attack by gunmen on a bus.", None),
    # near misses: a day is no aim, so an attack with none named is on the defenders; one on them is
    ("Police foiled an attack by militants on Sunday night.", "Police"),
    ("Police foiled an attack by militants on Sunday.", "Police"),
    ("Police foiled an attack by militants on police.", "Police"),
])
def test_an_aim_hung_on_the_stop_verb_is_the_attacks(nlp: Any, text: str, side: str | None) -> None:
    found = _attack(nlp, text)
    assert [side] == [n for names in found.target_texts for n in names][:1] if side else not found.target_texts, found
