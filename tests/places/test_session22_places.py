"""Session 22: a word for a part of a town read in either order ("the Kensington borough of
London"); a village dwarfed by a great city of its name takes half of its country's votes
among other countries' ("Nicaragua and Panama ... San José"); a province reached by a name not
its own gives way to its town of that name ("Basra"); a Swiss district named after its town
reads as the town ("GENEVA"); the governor or canton of a name is its area ("the governor of
Basra"); a capital of a country near the ones named takes a share of their votes ("Nicaragua and
Panama ... San José": Costa Rica's). Sentences of our own, run through the
whole pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language


def _places(nlp: Language, text: str) -> dict[str, tuple[str | None, float, float]]:
    return {p.text: (p.country, round(p.lat or 0, 1), round(p.lon or 0, 1)) for p in nlp(text)._.places}


@pytest.mark.parametrize(("text", "name", "where"), [
    ("Police said the attack happened in the Kensington borough of London on Tuesday.", "Kensington",
     ("GB", 51.5, -0.2)),  # the part first: the larger town qualifies it
    ("He moved from the Hackney borough of London to Bristol.", "Hackney", ("GB", 51.5, -0.1)),
    ("The fire started in the Detroit suburb of Waterford on Sunday.", "Waterford", ("US", 42.7, -83.4)),
    ("The Kensington district of Philadelphia saw three shootings this week.", "Kensington",
     ("US", 40.0, -75.1)),
    ("She grew up in the Brooklyn borough of New York.", "New York", ("US", 40.7, -74.0)),
])
def test_part_of_a_town(nlp: Language, text: str, name: str, where: tuple[str, float, float]) -> None:
    assert _places(nlp, text).get(name) == where


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Ministers from Nicaragua and Panama met in San José on Friday.", "San José", "CR"),  # the neighbours' capital
    ("Officials from Honduras and Guatemala gathered in San José for the summit.", "San José", "CR"),
    ("Panama's president flew to San José after the storm hit Nicaragua.", "San José", "CR"),
    ("Ministers from Spain and Portugal met in San José to discuss trade.", "San José", "US"),  # far away
    ("Police in Panama said the bus crashed near San José, in Panama Oeste province.", "San José", "PA"),
    ("Belize police said a man from San Jose village was held.", "San Jose", "BZ"),  # one country
    ("Belize police said a man from the village of San Jose was held.", "San Jose", "BZ"),
    ("A bus crashed near San Jose in Belize's Orange Walk district.", "San Jose", "BZ"),
    ("Belizean officials in San Jose, California, said the talks went well.", "San Jose", "US"),
    ("The Philippines army said rebels attacked San Jose, a town in Mindoro.", "San Jose", "PH"),
])
def test_dwarfed_village(nlp: Language, text: str, name: str, country: str) -> None:
    assert _places(nlp, text)[name][0] == country


@pytest.mark.parametrize(("text", "where"), [
    ("Troops were sent from Iraq's Basra to the border.", ("IQ", 30.5, 47.8)),  # the city
    ("Oil exports from Basra rose in May.", ("IQ", 30.5, 47.8)),
    ("Floods hit Basra province on Monday.", ("IQ", 30.5, 47.9)),  # the province, named so
    ("Protests spread across Basra Governorate.", ("IQ", 30.5, 47.9)),
    ("Taiwan said Chinese ships sailed near Kinmen on Monday.", ("TW", 24.4, 118.3)),  # not Fukien
    ("Kinmen County officials said the ferry was cancelled.", ("TW", 24.4, 118.3)),
])
def test_town_over_province(nlp: Language, text: str, where: tuple[str, float, float]) -> None:
    name = "Kinmen" if "Kinmen" in text else "Basra"
    assert _places(nlp, text)[name] == where


@pytest.mark.parametrize(("text", "name", "feature"), [
    ("GENEVA (Reuters) - Talks resumed on Monday.", "GENEVA", ("CH", "PPL")),  # not the district
    ("Diplomats met in Geneva on Monday.", "Geneva", ("CH", "PPL")),
    ("Voters in Glarus backed the law.", "Glarus", ("CH", "PPL")),
    ("Police in Geneva, Illinois, said the road was shut.", "Geneva", ("US", "PPL")),
    ("Geneva County officials in Alabama said the storm passed.", "Geneva County", ("US", "ADM2")),
    ("Sligo County Council met on Monday.", "Sligo", ("IE", "ADM2")),
])
def test_town_over_its_district(nlp: Language, text: str, name: str, feature: tuple[str, str]) -> None:
    assert {p.text: (p.country, p.feature) for p in nlp(text)._.places}[name] == feature


@pytest.mark.parametrize(("text", "name", "feature"), [
    ("The governor of Basra resigned on Sunday.", "Basra", ("IQ", "ADM1")),  # the governorate
    ("Basra's governor said the port was open.", "Basra", ("IQ", "ADM1")),
    ("The canton of Geneva raised taxes.", "Geneva", ("CH", "ADM1")),
    ("The governor of Kherson said shelling killed two.", "Kherson", ("UA", "ADM1")),
    ("He was governor of Basra's oil company.", "Basra", ("IQ", "PPL")),  # the city's firm
    ("Georgia's governor of Adjara resigned after protests in Batumi.", "Georgia", ("GE", "PCLI")),  # its state
    ("Oil exports from Basra rose in May, the governor said.", "Basra", ("IQ", "PPL")),
    ("The governor of the Bank of Japan spoke in Tokyo.", "Tokyo", ("JP", "PPLC")),
    ("The governor of Kirkuk resigned.", "Kirkuk", ("IQ", "ADM1")),
])
def test_area_of_its_office(nlp: Language, text: str, name: str, feature: tuple[str, str]) -> None:
    assert {p.text: (p.country, p.feature) for p in nlp(text)._.places}[name] == feature


@pytest.mark.parametrize(("text", "where"), [
    ("Chinese coast guard ships sailed near Matsu and Kinmen on Monday.", "TW"),  # Lienchiang County
    ("Taiwan said Chinese ships sailed near the Matsu islands.", "TW"),
])
def test_matsu(nlp: Language, text: str, where: str) -> None:
    assert _places(nlp, text)["Matsu"][0] == where
