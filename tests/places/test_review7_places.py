"""Review 7 of the places stage: "X governorate/province" reads the province of the one town
the name itself reads as (never a namesake's abroad, never a country's), a county-level
province where the gazetteer has one, a town for Palestine's governorates; the word "camp"
makes no politician's name a town; a sentence's "The" is no part of an area's name; the
villages of our own rows are villages. Sentences of our own, through the whole pipeline."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from dateline import gazetteer


def _places(nlp: Language, text: str) -> dict[str, Any]:
    return {p.text: p for p in nlp(text)._.places}


@pytest.mark.parametrize(("text", "name", "country", "feature"), [
    # no climb to the province of a namesake town abroad, nor from a country's name
    ("Israeli raids hit Jenin governorate in the West Bank.", "Jenin", "PS", "PPL"),
    ("Soldiers closed roads across Bethlehem governorate in the West Bank.", "Bethlehem", "PS", "PPL"),
    ("Drones hit Lebanon governorate, officials in Beirut said.", "Lebanon", "LB", "PCLI"),
    ("Troops deployed in Paris province.", "Paris", "FR", None),
    # provinces the gazetteer holds as county-level areas, or whose towns stand for them
    ("Farmers in Cadiz province, Spain, lost their crops.", "Cadiz province", "ES", "ADM2"),
    ("Floods hit Huelva province in Spain.", "Huelva province", "ES", "ADM2"),
    ("Doctors in Bergamo province, Italy, were overwhelmed.", "Bergamo", "IT", "ADM2"),
    ("A typhoon struck Batangas province in the Philippines.", "Batangas province", "PH", "ADM2"),
    ("Police in Naples province arrested ten men.", "Naples", "IT", "PPL"),
    ("Flooding hit Antwerp province in Belgium.", "Antwerp", "BE", "PPL"),
    ("Settlers attacked villages in Hebron governorate in the West Bank.", "Hebron", "PS", "PPL"),
    ("Troops raided Tulkarm governorate in the West Bank.", "Tulkarm", "PS", "PPL"),
    # the climb still reads a province named by its one big town
    ("Fighting spread across Taiz province in Yemen.", "Taiz province", "YE", "ADM1"),
])
def test_province_of_the_town_the_name_reads_as(nlp: Language, text: str, name: str, country: str,
                                                 feature: str | None) -> None:
    place = _places(nlp, text).get(name)
    assert place is not None and place.country == country, place
    assert feature is None or place.feature == feature, place


@pytest.mark.parametrize(("text", "absent"), [
    ("Aides in the Clinton camp said the debate in Iowa went well.", "Clinton"),
    ("The Carson camp in California was shaken by the poll in Los Angeles.", "Carson"),
    ("Officials from the camps of Warren and Carson met in Michigan.", "Warren"),
    ("Officials from the camps of Warren and Carson met in Michigan.", "Carson"),
    ("Inside the camp of Clinton loyalists in Iowa, spirits were high.", "Clinton"),
])
def test_a_politicians_camp_is_no_town(nlp: Language, text: str, absent: str) -> None:
    assert absent not in _places(nlp, text)


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Thousands fled to the Zamzam camp near El Fasher in Sudan.", "Zamzam", "SD"),
    ("Israeli forces raided the Nur Shams camp near Tulkarm and the Jenin camp.", "Jenin", "PS"),
])
def test_a_refugee_camp_is_still_a_site(nlp: Language, text: str, name: str, country: str) -> None:
    place = _places(nlp, text).get(name)
    assert place is not None and place.country == country, place


@pytest.mark.parametrize(("text", "span"), [
    ("The Donetsk region came under heavy fire on Monday.", "Donetsk"),
    ("The Kherson oblast governor said two people died.", "Kherson"),
])
def test_a_sentences_article_is_no_part_of_the_name(nlp: Language, text: str, span: str) -> None:
    places = nlp(text)._.places
    assert [p.text for p in places if p.feature == "ADM1"] == [span], places


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Hundreds fled to the Zeitoun neighbourhood of Cairo after the fire.", "Zeitoun", "EG"),
    ("The novelist wrote Zeitoun about New Orleans after the hurricane.", "Zeitoun", None),
    ("Israeli strikes hit the Zeitoun neighbourhood of Gaza City on Monday.", "Zeitoun", "PS"),
    ("The award went to Reim, a student from Cairo.", "Reim", None),  # a given name: no kibbutz
])
def test_namesakes_of_our_rows(nlp: Language, text: str, name: str, country: str | None) -> None:
    place = _places(nlp, text).get(name)
    assert (place.country if place is not None else None) == country, place


@pytest.mark.parametrize(("name", "most"), [
    ("Khiam", 50_000), ("Kfar Aza", 10_000), ("Manara", 10_000), ("Beita", 50_000),
])
def test_our_villages_are_villages(name: str, most: int) -> None:
    gaz = gazetteer.load()
    assert all(0 < e.population < most for e in gaz.lookup(name) if e.geonames_id is None)


@pytest.mark.parametrize(("text", "span", "feature"), [
    ("Soldiers entered the Aida refugee camp near Bethlehem on Monday.", "Aida refugee camp", "CMPRF"),
    ("Thousands sheltered in the Kalma camp near Nyala.", "Kalma camp", "CMPRF"),
    ("Women and children are held in the al-Hol camp in northeast Syria.", "al-Hol camp", "CMPRF"),
    ("Iranian missiles hit Nevatim air base in southern Israel.", "Nevatim air base", "MILB"),
    ("Strikes hit the Shati camp in Gaza City.", "Shati camp", "CMPRF"),
])
def test_a_sites_name_runs_on_past_its_entity(nlp: Language, text: str, span: str, feature: str) -> None:
    place = _places(nlp, text).get(span)
    assert place is not None and place.feature == feature, nlp(text)._.places


def test_a_beach_camp_is_no_gaza_camp(nlp: Language) -> None:
    assert gazetteer.load().lookup("Beach camp") == []
    assert "beach camp" not in {p.text.lower() for p in nlp("A beach camp in Ocean City drew families.")._.places}


@pytest.mark.parametrize(("text", "feature"), [
    ("Drones struck the Kyiv region overnight.", "ADM1"),
    ("The Kyiv oblast governor said 3 died.", "ADM1"),
    ("Explosions shook Kyiv on Monday.", "PPLC"),
])
def test_kyiv_and_its_region(nlp: Language, text: str, feature: str) -> None:
    place = _places(nlp, text).get("Kyiv")
    assert place is not None and place.feature == feature, place
