"""Review of session 17: a side stopping the attacks of its own forces, named by a modifier ("Russian
forces", "Hamas fighters"), halts them (a ceasefire), as with "its fighters"."""

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
