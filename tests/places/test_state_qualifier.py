"""A US state named by its very name after a town qualifies the town: "Springfield, Washington"
is a Springfield in Washington state (none known there: a point in the state), and "Washington"
is the state, not D.C. nor a Washington County elsewhere. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest


def _places(nlp: Any, text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.text: (p.country, p.feature) for p in nlp(text)._.places}


def _lat(nlp: Any, text: str, name: str) -> float | None:
    return next(p.lat for p in nlp(text)._.places if p.text == name)


@pytest.mark.parametrize("text", [
    "Police in Springfield, Washington, said the fire was out.",
    "A farmer near Springfield, Washington, lost his barn.",
])
def test_town_in_washington_state(nlp: Any, text: str) -> None:
    assert _places(nlp, text)["Washington"] == ("US", "ADM1")
    lat = _lat(nlp, text, "Springfield")
    assert lat is not None and lat > 45  # in Washington state, not Virginia


def test_unknown_town_in_washington_state(nlp: Any) -> None:
    got = _places(nlp, "Fire crews in Zorbleton, Washington, worked overnight.")
    assert got["Washington"] == ("US", "ADM1")


def test_unknown_town_in_a_country(nlp: Any) -> None:
    got = _places(nlp, "Villagers in Zorbleton, Kenya, fled the floods.")
    assert got["Kenya"] == ("KE", "PCLI")


@pytest.mark.parametrize(("text", "name"), [
    ("The company is based in Seattle, Washington, and employs 500 people.", "Washington"),
    ("A bridge in Vancouver, Washington, was closed.", "Washington"),
    ("A man from Spokane, Wash., was arrested.", "Wash."),
    ("The team played in Athens, Georgia, on Saturday.", "Georgia"),
    ("A plant in Marion, Ohio, will close.", "Ohio"),
])
def test_state_after_its_town(nlp: Any, text: str, name: str) -> None:
    assert _places(nlp, text)[name] == ("US", "ADM1")


@pytest.mark.parametrize(("text", "name", "want"), [
    ("Officials in Washington, D.C., said the plan was ready.", "Washington", ("US", "PPLC")),
    ("The bill passed in Washington, officials said.", "Washington", ("US", "PPLC")),
    ("He flew from Moscow to Springfield, Washington and Beijing.", "Washington", ("US", "PPLC")),
    ("Georgia, the former Soviet republic, held elections.", "Georgia", ("GE", "PCLI")),
    ("A fire in Tbilisi, Georgia, spread quickly.", "Georgia", ("GE", "PCLI")),
])
def test_no_state_qualifier(nlp: Any, text: str, name: str, want: tuple[str, str]) -> None:
    assert _places(nlp, text)[name] == want


def test_springfield_virginia_stays(nlp: Any) -> None:
    text = "The mayor of Springfield, Virginia, spoke on Monday."
    assert _places(nlp, text)["Virginia"] == ("US", "ADM1")
    assert _lat(nlp, text, "Springfield") == pytest.approx(38.789, abs=0.01)


def test_county_word_keeps_the_county(nlp: Any) -> None:
    got = _places(nlp, "A school in Media, Delaware County, closed early.")
    assert got["Delaware County"] == ("US", "ADM2")
