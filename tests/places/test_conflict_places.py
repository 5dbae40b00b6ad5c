"""Places of conflict news that GeoNames' populated places lack or name otherwise (crossings,
camps, border villages, Gaza City's districts: ``regions.tsv``, ``features.tsv``,
``aliases.tsv``, ``admin1_names.tsv``), and "X province/region/oblast" read as the province
where the gazetteer has one. Sentences of our own, run through the whole pipeline."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from dateline import gazetteer
from dateline.gazetteer.geo import distance_km


def _places(nlp: Language, text: str) -> dict[str, Any]:
    return {p.text: p for p in nlp(text)._.places}


@pytest.mark.parametrize(("text", "name", "country", "feature", "near"), [
    ("Aid trucks entered Gaza through the Kerem Shalom crossing on Sunday.", "Kerem Shalom",
     "IL", "PSTB", (31.23, 34.28)),
    ("Thousands of Syrians crossed at the Masnaa border crossing after the strikes.", "Masnaa",
     "LB", "PSTB", (33.70, 35.94)),
    ("Hezbollah fighters clashed with Israeli troops near Khiam in south Lebanon.", "Khiam",
     "LB", "PPL", (33.33, 35.61)),
    ("Israeli troops entered Aita al-Shaab on Tuesday, the army said.", "Aita al-Shaab",
     "LB", "PPL", (33.10, 35.33)),
    ("The RSF shelled the Zamzam displacement camp near El Fasher.", "Zamzam",
     "SD", "CMPRF", (13.50, 25.30)),
    ("Raids hit the Nur Shams camp near Tulkarm overnight.", "Nur Shams", "PS", "CMPRF",
     (32.31, 35.05)),
    ("Fighting spread to Shejaiya in Gaza City, and the Erez crossing was reopened.", "Shejaiya",
     "PS", "PPLX", (31.50, 34.48)),
    ("Fighting spread to Shejaiya in Gaza City, and the Erez crossing was reopened.",
     "Erez crossing", "IL", "PSTB", (31.56, 34.56)),
])
def test_conflict_site(nlp: Language, text: str, name: str, country: str, feature: str,
                       near: tuple[float, float]) -> None:
    place = _places(nlp, text).get(name)
    assert place is not None and (place.country, place.feature) == (country, feature), place
    assert distance_km(place.lat, place.lon, *near) < 10


@pytest.mark.parametrize(("text", "name"), [
    ("Ukrainian forces withdrew from villages in Kherson province on Tuesday.", "Kherson"),
    ("Shelling hit the Kherson region overnight.", "Kherson"),  # "Kherson" tagged PERSON
    ("Shelling hit Kherson oblast overnight.", "Kherson"),  # no "the"
    ("Russian drones struck Donetsk region overnight.", "Donetsk"),
    ("Russian drones struck Zaporizhzhia province overnight.", "Zaporizhzhia"),  # PERSON whole
    ("Strikes hit Homs province and Hama province.", "Homs province"),
    ("The army retook Sennar state on Saturday.", "Sennar"),  # tagged ORG
    # the province of the town so named, where the province has another name
    ("Fighting intensified in Hasakah province on Monday.", "Hasakah"),  # Al-Hasakah
    ("Drones struck Odesa oblast on Monday.", "Odesa"),  # Odessa
    ("Three soldiers were killed in Kandahar province on Friday.", "Kandahar"),  # not Maharashtra
])
def test_area_word_reads_the_province(nlp: Language, text: str, name: str) -> None:
    place = _places(nlp, text).get(name) or _places(nlp, text).get(f"{name} province")
    assert place is not None and place.feature == "ADM1" and place.country != "IN", place


@pytest.mark.parametrize(("text", "name", "feature"), [
    ("Ukrainian troops entered Kherson in November 2022.", "Kherson", "PPL"),  # bare: the city
    ("Security forces raided Homs on Monday.", "Homs", "PPL"),
    ("Traffic in the Chicago region slowed after the storm.", "Chicago", "PPL"),  # no Illinois
])
def test_bare_name_stays_the_city(nlp: Language, text: str, name: str, feature: str) -> None:
    place = _places(nlp, text).get(name)
    assert place is not None and place.feature == feature, place


def test_a_person_before_camp_is_no_place(nlp: Language) -> None:
    """A site's word vouches only for a site the gazetteer has: "the Trump camp" is no town."""
    assert "Trump" not in _places(nlp, "Aides in the Trump camp said the debate went well.")


@pytest.mark.parametrize(("name", "want"), [
    ("South Lebanon", ("LB", "ADM1")),  # was South Lebanon, Ohio
    ("Bekaa", ("LB", "ADM1")),
    ("West Darfur", ("SD", "ADM1")),
    ("South Darfur", ("SD", "ADM1")),
    ("South Kordofan", ("SD", "ADM1")),
    ("Qamishli", ("SY", "PPL")),
    ("Khan Sheikhoun", ("SY", "PPL")),
])
def test_spellings_news_writes(name: str, want: tuple[str, str]) -> None:
    entries = gazetteer.load().lookup(name)
    best = max(entries, key=lambda e: e.population)
    assert (best.country, best.feature) == want


@pytest.mark.parametrize(("text", "name", "country"), [
    # a plural place word before a list, a site's word after one: cues even for a name the
    # tagger and the actors read as a person's
    ("Israeli troops pushed into the villages of Khiam and Aita al-Shaab on Monday.", "Khiam", "LB"),
    ("In central Gaza, strikes hit the Nuseirat and Maghazi camps on Sunday.", "Maghazi", "PS"),
    ("Israeli forces raided the Nur Shams camp near Tulkarm and the Jenin camp.", "Jenin", "PS"),
    ("Protests spread to Saint-Denis and Rostov-on-Don.", "Rostov-on-Don", "RU"),  # "Rostov-on" PERSON
])
def test_site_and_list_cues(nlp: Language, text: str, name: str, country: str) -> None:
    place = _places(nlp, text).get(name)
    assert place is not None and place.country == country, place


def test_political_camps_are_no_places(nlp: Language) -> None:
    assert not _places(nlp, "Supporters in the Harris and Walz camps rallied on Saturday.")


@pytest.mark.parametrize(("text", "name", "country", "feature"), [
    # Palestine's governorates are read as their towns (GeoNames' PS admin-1 is the whole Strip)
    ("Israeli strikes in Gaza governorate killed 20, as fighting went on in Khan Younis.", "Gaza", "PS", "PPL"),
    ("The governor of Mozambique's Gaza province visited Xai-Xai.", "Gaza province", "MZ", "ADM1"),
])
def test_a_governorate_of_two_countries(nlp: Language, text: str, name: str, country: str,
                                        feature: str) -> None:
    place = _places(nlp, text).get(name)
    assert place is not None and (place.country, place.feature) == (country, feature), place
