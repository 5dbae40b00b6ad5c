"""Session 17, round 3 (sentences of our own): a sovereign's cue keeps a name the country's
after a state's office read it as a state; a county council may be England's or Ireland's;
England's Test grounds GeoNames' towns lack."""

from __future__ import annotations

from typing import Any

import pytest


def _places(nlp: Any, text: str) -> list[Any]:
    return list(nlp(text)._.places)


def _read(nlp: Any, text: str, name: str) -> list[tuple[str | None, str]]:
    return [(p.country, p.feature) for p in _places(nlp, text) if p.text == name]


_MINNA = "Niger's governor said bandits had kidnapped 20 villagers in Minna.\n\n"


@pytest.mark.parametrize("second", [
    "Niger's junta expelled French troops last year.",
    "The Niger junta expelled French troops last year.",
    "Niger's army expelled French troops last year.",
    "Niger's president fled to the capital.",
])
def test_a_sovereigns_cue_keeps_the_country(nlp: Any, second: str) -> None:
    got = _read(nlp, _MINNA + second, "Niger")
    assert got[0] == ("NG", "ADM1")  # the governor's state, by Minna
    assert got[-1][0] == "NE"


@pytest.mark.parametrize("second", [
    "Niger's military governor built the road in 1990.",  # a state's office under army rule
    "Niger's government paid the ransom.",  # a state has a government too
])
def test_a_states_office_keeps_the_state(nlp: Any, second: str) -> None:
    assert _read(nlp, _MINNA + second, "Niger")[-1] == ("NG", "ADM1")


def test_a_guards_name_is_no_sovereigns_army(nlp: Any) -> None:
    text = "Police in Atlanta said Georgia's governor would visit.\n\nGeorgia Army National Guard troops arrived."
    assert {c for c, _ in _read(nlp, text, "Georgia")} == {"US"}


@pytest.mark.parametrize(("text", "country"), [
    ("Kent County Council approved the budget on Tuesday.", "GB"),
    ("Essex County Council closed three libraries in Chelmsford.", "GB"),
    ("Durham County Council closed schools in Bishop Auckland.", "GB"),
    ("Police in Grand Rapids said Kent County Council would meet.", "US"),  # Michigan's
    ("Sussex County Council in Delaware met in Georgetown.", "US"),
    ("Sussex County Council approved the budget on Tuesday.", "US"),  # England's Sussex has none
    ("Kent County commissioners met in Grand Rapids.", "US"),  # no council
])
def test_a_county_council(nlp: Any, text: str, country: str) -> None:
    name = text.split(" County")[0].split()[-1] + " County"
    got = _read(nlp, text, name)
    assert got and got[0] == (country, "ADM2")


@pytest.mark.parametrize(("text", "country"), [
    ("Yorkshire fans cheered at Headingley.", "GB"),  # the ground in Leeds
    ("Residents of Headingley, Manitoba, cleared snow on Monday.", "CA"),
    ("Police in Winnipeg said a truck overturned near Headingley.", "CA"),
    ("England batted first at Edgbaston on Thursday.", "GB"),
])
def test_a_test_ground_beside_a_namesake_town(nlp: Any, text: str, country: str) -> None:
    name = "Edgbaston" if "Edgbaston" in text else "Headingley"
    assert [c for c, _ in _read(nlp, text, name)] == [country]
