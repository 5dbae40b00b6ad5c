"""Session 17, round 2: one test of an act a negated stop leaves going on (``readings.unstopped``, the
active and the passive); an aim not given up stands ("has not abandoned its plan to invade"); a stop's
object the parser reads as a clause ("did not stop the drone strikes") is its object; security forces
named by "the raids of" are the raiders; the ceasefire of stopped air strikes carries the strikes read once."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events import extract
from dateline.events.readings import unstopped


def _events(nlp: Any, text: str) -> list[Any]:
    return list(extract(nlp(text)))


def _rows(nlp: Any, text: str) -> list[tuple[str, str | None, str, str]]:
    return [(f.event.type, f.event.mode, f.event.status, f.event.trigger) for f in _events(nlp, text)]


@pytest.mark.parametrize(("text", "act", "going_on"), [
    # item 1: the object, the gerund and the passive's subject of a negated stop all go on
    ("The rebels would not stop their offensive.", "offensive", True),
    ("The militia did not stop shelling the town.", "shelling", True),
    ("The Russian offensive was not called off.", "offensive", True),
    ("The assault on the town was not halted.", "assault", True),
    # near misses: a stop that happened, active and passive, and a negated verb that stops nothing
    ("The rebels stopped their offensive.", "offensive", False),
    ("The offensive was halted by the army.", "offensive", False),
    ("The offensive was not launched.", "offensive", False),
])
def test_unstopped_reads_the_active_and_the_passive(nlp: Any, text: str, act: str, going_on: bool) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == act)
    assert unstopped(token) == going_on


@pytest.mark.parametrize(("text", "row"), [
    # item 2: an aim not given up stands: its act keeps the status the aim gives it
    ("Israel did not abandon its plans to invade Rafah.", ("ASSAULT", "heavy-weapons", "planned", "invade")),
    ("Israel has not abandoned its plan to invade Rafah.", ("ASSAULT", "heavy-weapons", "hypothetical", "invade")),
    ("Russia did not drop its threat to cut gas supplies.", ("THREATEN", None, "ongoing", "threat")),
])
def test_an_aim_not_given_up_stands(nlp: Any, text: str, row: tuple[str, str | None, str, str]) -> None:
    assert _rows(nlp, text) == [row]


def test_a_bid_not_given_up_is_no_concession(nlp: Any) -> None:
    rows = _rows(nlp, "Iran has not given up its bid to build a bomb.")
    assert not any(r[0] == "CONCEDE" for r in rows), rows


@pytest.mark.parametrize(("text", "row"), [
    # near misses: an aim given up is dropped; a giving up of no aim is a negated concession
    ("Israel has abandoned its plan to invade Rafah.", ("ASSAULT", "heavy-weapons", "negated", "invade")),
    ("Iran gave up its bid to build a bomb.", ("CONCEDE", None, "happened", "gave up")),
    ("The government did not drop the charges against him.", ("CONCEDE", None, "negated", "drop charges")),
])
def test_an_aim_given_up_and_a_plain_giving_up(nlp: Any, text: str, row: tuple[str, str | None, str, str]) -> None:
    assert row in _rows(nlp, text)


def test_a_demand_not_dropped_leaves_its_content_unasserted(nlp: Any) -> None:
    # only the aim itself stands; what it asks for is not thereby going on
    rows = _rows(nlp, "Hamas has not dropped its demand for a full withdrawal.")
    assert not any(r[2] == "ongoing" for r in rows), rows


@pytest.mark.parametrize(("text", "status", "sources"), [
    # item 3: "strikes" read as a clause of "stop" (and "drone" as its object) is the stopped object
    ("Air defences did not stop the drone strikes.", "ongoing", ()),
    ("Israel did not stop the drone strikes.", "ongoing", ("Israel",)),
    ("Israel did not stop the missile strikes.", "ongoing", ("Israel",)),
])
def test_strikes_misread_as_a_clause_are_the_stopped_object(nlp: Any, text: str, status: str,
                                                            sources: tuple[str, ...]) -> None:
    found = _events(nlp, text)
    assert [(f.event.type, f.event.mode, f.event.status) for f in found] == [("ASSAULT", "airstrike", status)], found
    assert tuple(n[0] for n in found[0].source_texts) == sources, found


def test_drone_strikes_stopped_by_their_side_are_a_ceasefire(nlp: Any) -> None:
    rows = _rows(nlp, "Israel stopped the drone strikes.")
    assert [r[:3] for r in rows] == [("RETREAT", "ceasefire", "happened")], rows


@pytest.mark.parametrize(("text", "trigger", "doer"), [
    # item 4: police and other security forces after "the raids / attacks of" are the doers
    ("Residents condemned the raids of the police on the camp.", "raids", "police"),
    ("The attacks of police officers on the marchers left dozens hurt.", "attacks", "police officers"),
])
def test_security_forces_of_a_raid_do_it(nlp: Any, text: str, trigger: str, doer: str) -> None:
    found = next(f for f in _events(nlp, text) if f.event.trigger == trigger)
    assert any(doer in names for names in found.source_texts), found
    assert not any(doer in names for names in found.target_texts), found


@pytest.mark.parametrize(("text", "trigger"), [
    # near misses: a raid of a police station, an attack on the police: on them
    ("Residents condemned the raids of the police station.", "raids"),
    ("Residents condemned the attack on the police.", "attack"),
])
def test_a_police_place_or_the_police_attacked_are_no_doers(nlp: Any, text: str, trigger: str) -> None:
    found = next(f for f in _events(nlp, text) if f.event.trigger == trigger)
    assert not any("police" in names for names in found.source_texts), found


@pytest.mark.parametrize(("text", "target"), [
    # item 5: the ceasefire's noun is the strikes cessation read, carrying their aim
    ("Russia halted its air strikes on Kyiv.", "Kyiv"),
    ("Israel called off the drone strikes on Rafah.", "Rafah"),
])
def test_stopped_air_strikes_carry_their_aim(nlp: Any, text: str, target: str) -> None:
    found = _events(nlp, text)
    assert [f.event.type for f in found] == ["RETREAT"], found
    assert any(target in names for names in found[0].target_texts), found
