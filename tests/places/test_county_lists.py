"""Names listed before lower-case "counties" or "parishes" are counties, whatever the model
tagged them (``finders.county_lists``); a list of states before "counties" stays the states
(real pipeline, session ``nlp`` fixture)."""

from __future__ import annotations

from typing import Any

import pytest

from dateline import gazetteer
from dateline.places.finders import county_lists, office_county


def _found(text: str) -> list[str]:
    return [text[s:e] for s, e in county_lists(text, gazetteer.load())]


@pytest.mark.parametrize(("text", "expected"), [
    ("Deputies from Barrow, Jackson and Madison counties searched the river banks.",
     ["Barrow", "Jackson", "Madison"]),
    ("Snow closed schools in Becker, Otter Tail or Wilkin counties on Monday.",
     ["Becker", "Otter Tail", "Wilkin"]),
    ("Levee crews worked through the night in Orleans and Jefferson parishes.",
     ["Orleans", "Jefferson"]),
    ("Small Hitchcock and Hayes counties lost people again last year.", ["Hitchcock", "Hayes"]),
])
def test_listed_counties(text: str, expected: list[str]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "Officials in 40 Indiana counties asked for flood aid.",  # one name: the state's counties
    "Rural Texas and Oklahoma counties voted for the measure.",  # states' counties
    "The Association of Minnesota Counties met in Brainerd.",  # an organisation's name
    "Smith and Jones met county officials on Tuesday.",  # no "counties" after the list
    "Both Trump and Clinton counties swung toward the challenger.",  # voters' counties
])
def test_no_listed_counties(text: str) -> None:
    assert _found(text) == []


def test_listed_counties_become_places(nlp: Any) -> None:
    text = "Area girls from Cooke, Grayson and Love counties will compete for the crown."
    places = {p.text: (p.country, p.feature) for p in nlp(text)._.places}
    for name in ("Cooke", "Grayson", "Love"):
        assert places.get(name) == ("US", "ADM2"), places


def test_state_list_stays_states(nlp: Any) -> None:
    text = "Rural Texas and Oklahoma counties voted for the measure on Tuesday."
    places = {p.text: p.feature for p in nlp(text)._.places}
    assert places.get("Texas") != "ADM2" and places.get("Oklahoma") != "ADM2", places


@pytest.mark.parametrize(("text", "county"), [
    ("Deputies were called, according to Anderson County Sheriff Ray Tull.", "Anderson County"),
    ("The deed was filed with Jefferson Parish Clerk Ann Ruiz last month.", "Jefferson Parish"),
])
def test_office_county_tagged_person(nlp: Any, text: str, county: str) -> None:
    doc = nlp(text)
    places = {p.text: p.feature for p in doc._.places}
    assert places.get(county) == "ADM2", ([(e.text, e.label_) for e in doc.ents], places)


@pytest.mark.parametrize("text", [
    "Jordan Hall said she would run again next spring.",  # a person, no county
    "Greg Taylor County Sheriff said nothing.",  # "Greg Taylor County" is no county
])
def test_no_office_county(nlp: Any, text: str) -> None:
    assert all(p.feature != "ADM2" for p in nlp(text)._.places), nlp(text)._.places


@pytest.mark.parametrize(("text", "county"), [
    ("McHenry County Sheriff Bill Prim said the road was shut.", "McHenry County"),
    ("DeKalb County Clerk Ann Ruiz said the count was done.", "DeKalb County"),
])
def test_office_county_inner_capital(nlp: Any, text: str, county: str) -> None:
    doc = nlp(text)  # the name as the model may tag it PERSON whole, inner capitals included
    span = office_county(doc[0:6], gazetteer.load())
    assert span is not None and text[span[0]:span[1]] == county
