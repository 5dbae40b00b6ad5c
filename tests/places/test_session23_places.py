"""Session 23: a country whose officials the text names by their demonym votes for it, at half
a name's vote ("Pakistani officials said floods hit Hyderabad": Pakistan's), while its people
abroad say nothing ("Mexican migrants gathered in San Antonio"), nor its officials in a place or
where a name reads as another country's capital ("American officials in Athens").
A curated alias reaches only its own target as an alias; another town it reaches by an alternate name
is an alternate reading ("Matsu residents": Taiwan's Matsu, not Matsue, Japan).
Sentences of our own, run through the whole pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language


def _countries(nlp: Language, text: str) -> dict[str, str | None]:
    return {p.text: p.country for p in nlp(text)._.places}


@pytest.mark.parametrize(("text", "name", "country"), [
    # review: not where a name reads as another country's capital, where officials go for talks
    ("American officials met in Athens to discuss the deal.", "Athens", "GR"),
    ("Canadian officials met in London to discuss trade.", "London", "GB"),
    ("American officials in Manchester said the talks went well.", "Manchester", "GB"),
    ("Pakistani officials said floods hit Hyderabad.", "Hyderabad", "PK"),
    ("The Philippine president visited San Fernando.", "San Fernando", "PH"),
    ("The Belizean foreign minister flew to San José for talks with Costa Rican leaders.", "San José", "CR"),
    # near misses: a people's demonym, not its officials; officials abroad in a great city
    ("Mexican migrants gathered in San Antonio on Friday.", "San Antonio", "US"),
    ("Mexican officials met in San Antonio on Friday.", "San Antonio", "US"),
    ("Irish fans packed the pubs of Boston before the match.", "Boston", "US"),
    ("The Irish government said talks in Boston went well.", "Boston", "US"),
    ("British tourists crowded the beaches of Perth this summer.", "Perth", "AU"),
    ("Indian tourists visited Hyderabad during the festival.", "Hyderabad", "IN"),
    ("Officials met in San José on Tuesday.", "San José", "US"),
    ("French officials met in Berlin to discuss the deal.", "Berlin", "DE"),
    ("Jordanian officials said nothing about the shooting in Jordan, Minnesota.", "Jordan", "US"),
    ("Belizean officials in San Jose, California, said the talks went well.", "San Jose", "US"),
    # review: only an office's own words between the demonym and its officials; titles in capitals
    ("British tourists told police in Perth that their car was stolen.", "Perth", "AU"),
    ("A British woman told police in Perth that her car was stolen.", "Perth", "AU"),
    ("Costa Rican President Rodrigo Chaves met Belizean officials in San José.", "San José", "CR"),
    ("Honduran border police said the migrants crossed near San Pedro.", "San Pedro", "HN"),
    # officials who meet somewhere travel to talks: no vote for their own country; a president visits at home
    ("American officials met in Birmingham on Friday to discuss the trade deal.", "Birmingham", "GB"),
    ("Pakistani officials meeting in Islamabad said floods hit Hyderabad.", "Hyderabad", "PK"),
    ("The Philippine president visited San Fernando after the storm.", "San Fernando", "PH"),
])
def test_officials_demonym(nlp: Language, text: str, name: str, country: str) -> None:
    assert _countries(nlp, text)[name] == country


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Matsu residents said the ferries had stopped running.", "Matsu", "TW"),
    ("Flooding closed roads across Mayo on Sunday.", "Mayo", "IE"),  # near misses: other curated aliases
    ("Rescuers reached Louth after the storm.", "Louth", "IE"),
    ("The Burma government denied the report.", "Burma", "MM"),
    ("Fighting reached Gezira state and the city of Wad Madani.", "Gezira", "SD"),
])
def test_curated_alias_target(nlp: Language, text: str, name: str, country: str) -> None:
    assert _countries(nlp, text)[name] == country


@pytest.mark.parametrize(("text", "surface", "reading"), [
    # review: an alias's target is the entry of that own name before a larger one so called
    ("Ukrainian officials said Russian shelling hit Sloviansk.", "Sloviansk", "Slovyansk"),
    ("Russian shelling hit Sloviansk and Kramatorsk overnight.", "Sloviansk", "Slovyansk"),
    ("Russian shelling hit Sloviansk and Kramatorsk overnight.", "Kramatorsk", "Kramatorsk"),  # near miss
])
def test_alias_target_by_own_name(nlp: Language, text: str, surface: str, reading: str) -> None:
    assert {p.text: p.name for p in nlp(text)._.places}[surface] == reading
