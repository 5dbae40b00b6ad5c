"""Review of session 19's places (sentences of our own): a known person is a sign that officials
in a capital's namesake are the capital's only where the person is of the capital's country."""

from __future__ import annotations

from typing import Any

import pytest

from dateline import gazetteer
from dateline.places import resolve_spans
from tests.places.spans import spans as _spans


@pytest.mark.parametrize(("text", "people", "country"), [
    ("A tornado hit Moscow, Idaho, on Sunday. Officials in Moscow said Zelensky was far away.",
     frozenset({"UA"}), "US"),
    ("A tornado hit Moscow, Idaho, on Sunday. Officials in Moscow said Putin had called.",
     frozenset({"RU"}), "RU"),
    ("A tornado hit Paris, Texas, on Sunday. Officials in Paris said Putin would not be welcome.",
     frozenset({"RU"}), "US"),
    ("A tornado hit Paris, Texas, on Sunday. Officials in Paris said Abbott and Macron spoke.",
     frozenset({"US", "FR"}), "FR"),
])
def test_a_person_speaks_for_his_own_capital_only(text: str, people: frozenset[str],
                                                  country: str) -> None:
    town = text.split(",")[0].split()[-1]
    state = text.split(", ")[1]
    got = resolve_spans(text, _spans(text, [town, state, town]), gazetteer.load(), people=people)
    assert [p.country for p in got] == ["US", "US", country]


@pytest.mark.parametrize(("text", "country"), [
    ("A tornado hit Moscow, Idaho, on Sunday. Officials in Moscow said Zelensky was far away.", "US"),
    ("A tornado hit Paris, Texas, on Sunday. Officials in Paris said the shelters were full. "
     "Mayor Steve Clifford said Putin would not be welcome.", "US"),
])
def test_a_foreign_leader_only_named(nlp: Any, text: str, country: str) -> None:
    town = text.split(",")[0].split()[-1]
    assert [p.country for p in nlp(text)._.places if p.text == town][-1] == country


@pytest.mark.parametrize(("text", "name"), [
    ("Louth County Council met on Monday.", "Lu"),
    ("Cavan County Council said the road was shut.", "An Cabhan"),
    ("Longford County Council approved the plan.", "An Longfort"),
    ("Wexford County Council approved the plan.", "Loch Garman"),
])
def test_an_irish_council_end_to_end(nlp: Any, text: str, name: str) -> None:
    """The finder keeps "<name> County" of the council where only our "County <name>" alias
    names the county, so the council's reading (``cues.council_counties``) is reached."""
    assert [(p.country, p.feature, p.name) for p in nlp(text)._.places] == [("IE", "ADM2", name)]


@pytest.mark.parametrize(("text", "country", "feature"), [
    ("Police in Louth said the road was shut.", "IE", "ADM2"),  # the bare name: the county
    ("Lancashire County Council closed a road.", "GB", "ADM2"),
    ("Police in Grand Rapids said Kent County Council would meet.", "US", "ADM2"),
])
def test_council_near_misses(nlp: Any, text: str, country: str, feature: str) -> None:
    got = [(p.country, p.feature) for p in nlp(text)._.places]
    assert got[-1] == (country, feature)


@pytest.mark.parametrize(("text", "country", "feature", "name"), [
    ("Tipperary County Council approved the plan for Clonmel.", "IE", "ADM2", "County Tipperary"),
    ("Police in Tipperary said the road was shut.", "IE", "PPL", "Tipperary"),  # the town
    ("Antrim County Council was abolished in 1973.", "GB", "ADM2", "Antrim"),  # a district's, not our row
])
def test_tipperary_county_council(nlp: Any, text: str, country: str, feature: str, name: str) -> None:
    got = [(p.country, p.feature, p.name) for p in nlp(text)._.places]
    assert got[0] == (country, feature, name)


def test_munster_county_tipperary() -> None:
    assert [e.admin1 for e in gazetteer.load().lookup("County Tipperary")] == ["M"]
