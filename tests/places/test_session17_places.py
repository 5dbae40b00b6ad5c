"""Session 17 (sentences of our own): one rule for every capital after a same-name town
qualified elsewhere in the text; a county a hazard hits whatever the tagger's label."""

from __future__ import annotations

from typing import Any

import pytest


def _places(nlp: Any, text: str) -> list[Any]:
    return list(nlp(text)._.places)


_PARIS = "Police in Paris, Texas, said the fire was out. "
_IOWA = "Police in Washington, Iowa, said the fire was out. "


@pytest.mark.parametrize(("first", "second", "capital"), [
    (_PARIS, "Officials in Paris said aid was coming.", True),
    (_PARIS, "Ministers in Paris said aid was coming.", True),
    (_PARIS, "Paris said it would send aid.", True),
    (_PARIS, "Paris police said a man was held.", False),  # the town's police
    (_PARIS, "Paris officials said the road would reopen.", False),  # a town's officials
    (_PARIS, "City officials in Paris said the road was open.", False),  # a local body
    (_IOWA, "Washington lawmakers voted on the bill.", True),  # no town has lawmakers
    (_IOWA, "Officials in Washington said aid was coming.", True),
    (_IOWA, "Washington officials said the road would reopen.", False),
    (_PARIS, "Diplomats flew to Paris for the talks.", True),  # going where they sit
    (_IOWA, "Federal officials flew to Washington to survey the damage.", False),  # a site visit
    ("Police in London, Ontario, said the road was shut. ", "Officials in London said talks would resume.", True),
])
def test_a_government_cue_after_a_same_name_town_is_the_capital(nlp: Any, first: str, second: str,
                                                                  capital: bool) -> None:
    name = first.split()[2].rstrip(",")
    found = [p for p in _places(nlp, first + second) if p.text == name]
    assert len(found) == 2 and found[0].feature != "PPLC"
    assert (found[1].feature == "PPLC") is capital
    assert capital or (found[1].lat, found[1].lon) == (found[0].lat, found[0].lon)


def test_hazard_hits_a_county_tagged_as_an_organisation(nlp: Any) -> None:
    text = "Heavy rain lashed Sussex and Kent overnight."
    assert any(e.text == "Sussex" and e.label_ == "ORG" for e in nlp(text).ents)  # the case in point
    got = {p.text: p for p in _places(nlp, text)}
    assert got["Sussex"].country == "GB" and got["Sussex"].feature == "ADM2"


@pytest.mark.parametrize("text", [
    "The Storm Team hit Devon on Monday.",  # a team, no hazard
    "A flu outbreak hit Chelsea before the match.",  # a club: a town, not a county
])
def test_hazard_keeps_no_team_or_club(nlp: Any, text: str) -> None:
    assert not {"Devon", "Chelsea"} & {p.text for p in _places(nlp, text)}


@pytest.mark.parametrize(("text", "name"), [
    ("Yorkshire County Cricket Club signed a new bowler on Monday.", "Yorkshire"),
    ("Durham County Cricket Club beat Sussex by six wickets.", "Durham"),
])
def test_a_club_named_after_a_county_is_no_place(nlp: Any, text: str, name: str) -> None:
    """A club's name does not say where it is (it plays at its grounds and away)."""
    assert name not in {p.text for p in _places(nlp, text)}


def test_a_place_after_a_clubs_of_stays(nlp: Any) -> None:
    assert "Hartford" in {p.text for p in _places(nlp, "The Rotary Club of Hartford met on Monday.")}


@pytest.mark.parametrize("text", [
    "Durham beat Sussex by six wickets.",  # sides by a county's name, no hazard
    "Rain hit Sussex's match against Kent on Saturday.",  # the match is hit, its ground unsaid
])
def test_hazard_reads_no_side_or_its_match(nlp: Any, text: str) -> None:
    from dateline.gazetteer import load
    from dateline.places import hazards

    assert hazards.hazard_places(nlp(text), load(), text) == []
    assert "Sussex" not in {p.text for p in _places(nlp, text)}


def test_weather_hitting_a_county_name_is_the_county(nlp: Any) -> None:
    """A choice: weather that hit a county's bare name fell there, even in a cricket report."""
    text = "Rain hit Sussex again on Saturday."
    got = {p.text: p for p in _places(nlp, text)}
    assert got["Sussex"].country == "GB" and got["Sussex"].feature == "ADM2"
