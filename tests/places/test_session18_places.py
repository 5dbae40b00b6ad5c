"""Session 18 (sentences of our own): officials in a town a hazard struck are its own; a county
council is its English or Irish county's unless the text lies in a US state; a ground tagged as
its club."""

from __future__ import annotations

from typing import Any

import pytest

_TORNADO = "A tornado tore through Paris, Texas, on Sunday. "
_STORM = "A storm hit Moscow, Idaho, on Monday. "


def _second(nlp: Any, text: str, name: str) -> Any:
    found = [p for p in nlp(text)._.places if p.text == name]
    assert len(found) == 2 and found[0].feature != "PPLC"
    return found[1]


@pytest.mark.parametrize(("text", "name"), [
    (_TORNADO + "Officials in Paris said the shelters were full.", "Paris"),
    (_STORM + "Officials in Moscow said the roads were closed.", "Moscow"),
    ("Flooding hit London, Ontario, overnight. Officials in London said the river was rising.", "London"),
])
def test_officials_in_a_town_a_hazard_struck_are_its_own(nlp: Any, text: str, name: str) -> None:
    assert _second(nlp, text, name).feature != "PPLC"


@pytest.mark.parametrize(("text", "name"), [
    (_TORNADO + "Officials in Paris said France would send aid.", "Paris"),  # the capital's country
    (_STORM + "Officials in Moscow said Ukraine had struck again.", "Moscow"),  # news abroad
    (_TORNADO + "Diplomats in Paris said the talks would go on.", "Paris"),  # where they sit
    (_TORNADO + "Paris said it would send aid.", "Paris"),  # the government speaks
    ("Police in Paris, Texas, said the fire was out. Officials in Paris said the shelters were full.",
     "Paris"),  # no hazard struck the town: last session's choice
])
def test_the_capital_keeps_its_government_elsewhere(nlp: Any, text: str, name: str) -> None:
    assert _second(nlp, text, name).feature == "PPLC"


def _read(nlp: Any, text: str, name: str) -> list[tuple[str | None, str]]:
    return [(p.country, p.feature) for p in nlp(text)._.places if p.text == name]


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Suffolk County Council closed a road in Ipswich on Monday.", "Suffolk County", "GB"),
    ("Suffolk County Council approved the budget on Tuesday.", "Suffolk County", "GB"),
    ("Clare County Council approved the plan.", "Clare County", "IE"),  # GeoNames' An Clar
    ("Suffolk County Council in Riverhead approved the budget.", "Suffolk County", "US"),  # New York's
    ("Police in Harrison said Clare County Council would meet.", "Clare County", "US"),  # Michigan's
    ("Middlesex County Council met in Cambridge.", "Middlesex County", "US"),  # no English council now
    ("Suffolk County police arrested a man in Riverhead.", "Suffolk County", "US"),  # no council
])
def test_a_county_council_is_its_countys_unless_the_text_is_in_a_us_state(
        nlp: Any, text: str, name: str, country: str) -> None:
    got = _read(nlp, text, name)
    assert got and got[0] == (country, "ADM2")


def test_a_bare_irish_town_keeps_its_town(nlp: Any) -> None:
    """Our alias reaches the Irish county, not Michigan's "Wexford County" by its bare name."""
    assert _read(nlp, "The ferry left Wexford on Monday.", "Wexford") == [("IE", "PPL")]


@pytest.mark.parametrize("text", [
    "Root scored a century at Headingley.",
    "Rain stopped play at Headingley.",
])
def test_a_ground_tagged_as_its_club(nlp: Any, text: str) -> None:
    assert any(e.text == "Headingley" and e.label_ == "ORG" for e in nlp(text).ents)  # the case in point
    assert _read(nlp, text, "Headingley") == [("GB", "STDM")]


@pytest.mark.parametrize("text", [
    "Yorkshire signed a bowler from Headingley Carnegie.",  # a longer name
    "Trent Bridge Inn was sold.",
])
def test_no_ground_inside_a_longer_name(nlp: Any, text: str) -> None:
    assert not {p.text for p in nlp(text)._.places} & {"Headingley", "Trent Bridge"}
