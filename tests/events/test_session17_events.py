"""Session 17: the air-strike reading of a stop is decided once, in ``readings.cessation``; a stop that
did not happen leaves the stopped act going on, air strikes as an offensive; a foiling that did not happen
leaves the attack done; an attack's aim hung on its doer keeps its stopper out of the targets; "the
attacks of X" are X's; regime change (oust, topple) stays out of the lexicon."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events import extract, load_lexicon
from dateline.events.readings import air_strikes, cessation


def _events(nlp: Any, text: str) -> list[Any]:
    return list(extract(nlp(text)))


def _named(texts: tuple[tuple[str, ...], ...], word: str) -> bool:
    return any(word in names for names in texts)


def _trig(found: list[Any], trigger: str) -> Any:
    return next(f for f in found if f.event.trigger == trigger)


@pytest.mark.parametrize(("text", "verb", "strikes"), [
    # item 1: cessation itself tells air strikes (an attack) from a walkout, for "halt" and "called off"
    ("Russia halted its air strikes on Kyiv.", "halted", True),
    ("Israel called off the drone strikes.", "called", True),
    ("The strikes on the port were suspended.", "suspended", True),
    ("The union ended its strike.", "ended", False),
    ("The dockworkers called off the strike.", "called", False),
    ("Police ended the strike.", "ended", False),
])
def test_cessation_reads_air_strikes_itself(nlp: Any, text: str, verb: str, strikes: bool) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == verb)
    assert (air_strikes(token) is not None) == strikes
    reading = cessation(token, token.lemma_.lower(), load_lexicon())
    if strikes:
        assert reading is not None and reading[0] == ("RETREAT", "ceasefire"), reading
    else:
        assert reading is None or reading[0] != ("RETREAT", "ceasefire"), reading


@pytest.mark.parametrize(("text", "act", "mode"), [
    # item 2: one convention, the stop is negated and the stopped act goes on (status ongoing)
    ("Russia did not halt the offensive.", "offensive", "heavy-weapons"),
    ("Israel did not halt its air strikes.", "air strikes", "airstrike"),
    ("Israel has not called off its air strikes on Gaza.", "air strikes", "airstrike"),
    ("The defence ministry did not suspend the drone strikes.", "drone strikes", "airstrike"),
    ("Russia did not call off its offensive.", "offensive", "heavy-weapons"),
])
def test_a_negated_stop_leaves_the_act_going_on(nlp: Any, text: str, act: str, mode: str) -> None:
    found = _events(nlp, text)
    assert [(f.event.type, f.event.mode, f.event.status, f.event.trigger) for f in found] == [
        ("ASSAULT", mode, "ongoing", act)], found


@pytest.mark.parametrize(("text", "expected"), [
    # near misses: a stop that happened is the ceasefire; a walkout not ended stays a negated concession;
    # a refusal to halt strikes is a REJECT, and the strikes still go on
    ("Israel halted its air strikes.", ("RETREAT", "happened")),
    ("The union did not end its strike.", ("CONCEDE", "negated")),
    ("Israel would not halt its air strikes.", ("REJECT", "happened")),
])
def test_a_stop_that_happened_or_a_walkout_keeps_its_reading(nlp: Any, text: str, expected: tuple[str, str]) -> None:
    found = {(f.event.type, f.event.status) for f in _events(nlp, text)}
    assert expected in found, found
    assert ("RETREAT", "negated") not in found, found


@pytest.mark.parametrize(("text", "refusal"), [
    ("Israel would not halt its air strikes.", "halt"),
    ("Russia will not call off its air strikes on Kyiv.", "call off"),
    ("Russia will not call off its offensive.", "call off"),
])
def test_a_refused_halt_leaves_the_attack_going_on(nlp: Any, text: str, refusal: str) -> None:
    found = {(f.event.type, f.event.status, f.event.trigger) for f in _events(nlp, text)}
    assert ("REJECT", "happened", refusal) in found, found
    assert any(t == "ASSAULT" and st == "ongoing" for t, st, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    # near misses: what "call off" reads besides attacks keeps its negated row
    ("Israel did not call off the talks.", ("SANCTION", "negated")),
    ("The union did not call off the strike.", ("CONCEDE", "negated")),
    ("Russia called off its offensive.", ("RETREAT", "happened")),
])
def test_call_off_keeps_its_other_readings(nlp: Any, text: str, expected: tuple[str, str]) -> None:
    assert expected in {(f.event.type, f.event.status) for f in _events(nlp, text)}


@pytest.mark.parametrize(("text", "attack"), [
    # item 3: a foiling that did not happen leaves the attack done
    ("Police did not foil the attack.", "attack"),
    ("Troops did not repel the assault on the base.", "assault"),
    ("The guards did not thwart the raid.", "raid"),
])
def test_an_unfoiled_attack_happened(nlp: Any, text: str, attack: str) -> None:
    found = _trig(_events(nlp, text), attack)
    assert (found.event.type, found.event.status) == ("ASSAULT", "happened"), found


@pytest.mark.parametrize(("text", "status"), [
    # near misses: an attack not made is negated; one not stopped goes on; one foiled happened
    ("The militants did not attack the church.", "negated"),
    ("Police did not stop the attack.", "ongoing"),
    ("Police foiled the attack.", "happened"),
])
def test_other_negations_of_an_attack(nlp: Any, text: str, status: str) -> None:
    found = next(f for f in _events(nlp, text) if f.event.type == "ASSAULT")
    assert found.event.status == status, found


@pytest.mark.parametrize(("text", "doer", "stopper"), [
    # items 4 and 5: an aim hung deep in the doer phrase or on the doer keeps the stopper out of the targets
    ("Police foiled an attack by a group of militants on a church.", "militants", "Police"),
    ("Security forces thwarted an attack by a band of gunmen on a bus.", "gunmen", "Security forces"),
    ("Troops repelled an attack by rebels on civilians.", "rebels", "Troops"),
    ("Troops repelled an attack by rebels on aid workers.", "rebels", "Troops"),
])
def test_a_stopper_guarding_another_aim_is_no_target(nlp: Any, text: str, doer: str, stopper: str) -> None:
    found = next(f for f in _events(nlp, text) if f.event.trigger in ("attack", "assault"))
    assert _named(found.source_texts, doer), found
    assert not _named(found.target_texts, stopper), found


@pytest.mark.parametrize(("text", "side"), [
    # near misses: an attack on the stopper's own, or with no aim named, is on the stopper
    ("The army repelled an attack by rebels on its base.", "army"),
    ("Soldiers repulsed an attack by the rebels.", "Soldiers"),
    ("Police foiled an attack by militants.", "Police"),
])
def test_an_attack_on_the_stoppers_own_is_on_it(nlp: Any, text: str, side: str) -> None:
    found = _trig(_events(nlp, text), "attack")
    assert _named(found.target_texts, side), found


@pytest.mark.parametrize(("text", "doer"), [
    # item 6: "the attacks of X", X an armed body or a group, are X's
    ("Security forces stopped the attacks of the militants.", "militants"),
    ("The army said it had stopped the attacks of the insurgents near the border.", "insurgents"),
    ("The attacks of Hamas on Israel continued.", "Hamas"),
])
def test_the_attacks_of_an_armed_side_are_its_own(nlp: Any, text: str, doer: str) -> None:
    found = _trig(_events(nlp, text), "attacks")
    assert _named(found.source_texts, doer) and not _named(found.target_texts, doer), found


def test_an_armed_sides_attacks_stopped_by_another_are_no_ceasefire(nlp: Any) -> None:
    found = _events(nlp, "The army said it had stopped the attacks of the insurgents near the border.")
    assert "RETREAT" not in {f.event.type for f in found}, found


def test_an_aim_hung_on_the_of_doer_is_the_target(nlp: Any) -> None:
    found = _trig(_events(nlp, "The attacks of Hamas on Israel continued."), "attacks")
    assert _named(found.target_texts, "Israel"), found


@pytest.mark.parametrize(("text", "target"), [
    # near misses: a patient noun's "of" is its target; a side's own fighters' attacks halted are its truce
    ("The bombing of the rebels continued.", "rebels"),
])
def test_a_patient_nouns_of_is_its_target(nlp: Any, text: str, target: str) -> None:
    found = next(f for f in _events(nlp, text) if f.event.type == "ASSAULT")
    assert _named(found.target_texts, target), found


def test_a_side_halting_its_own_fighters_attacks_is_a_ceasefire(nlp: Any) -> None:
    found = _events(nlp, "Hamas halted the attacks of its fighters.")
    assert ("RETREAT", "ceasefire") in {(f.event.type, f.event.mode) for f in found}, found


@pytest.mark.parametrize("text", [
    # item 7: no PLOVER type and no GSR train record codes a removal from power; it stays no event
    "Morsi, who was ousted by the army, was jailed.",
    "The army toppled the president in July.",
    "Generals deposed the king.",
])
def test_regime_change_is_no_event(nlp: Any, text: str) -> None:
    found = _events(nlp, text)
    assert not any(w in f.event.trigger for f in found for w in ("ousted", "toppled", "deposed")), found
