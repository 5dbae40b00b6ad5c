"""Sites named by a place's name and a site's word (crossings, checkpoints, power plants), the
Carolinas, and the data table of countries whose towns stand for their provinces. Sentences of
our own, run through the whole pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dateline import gazetteer
from dateline.gazetteer.geo import distance_km
from dateline.gazetteer.sites import named_sites, site_cue
from dateline.places.readings import TOWN_PROVINCE_COUNTRIES


@pytest.mark.parametrize(("text", "name", "feature", "near"), [
    ("Trucks queued at the Ras Jdir crossing on the border with Libya.", "Ras Jdir", "PSTB",
     (33.16, 11.56)),
    ("Hundreds waited at Rafah crossing on Sunday.", "Rafah crossing", "PSTB", (31.25, 34.26)),
    ("Aid passed through the Bab al-Hawa crossing from Turkey.", "Bab al-Hawa", "PSTB",
     (36.23, 36.67)),
    ("Soldiers closed the Qalandia checkpoint after the clashes.", "Qalandia checkpoint", "PSTB",
     (31.86, 35.22)),
    ("Lorries were stuck at the Medyka crossing for two days.", "Medyka crossing", "PSTB",
     (49.80, 22.94)),
    ("Inspectors visited the Zaporizhzhia nuclear plant on Tuesday.",
     "Zaporizhzhia nuclear plant", "PS", (47.51, 34.59)),
    ("Drones were downed near the Kursk nuclear power plant.", "Kursk nuclear power plant", "PS",
     (51.67, 35.61)),
    ("Staff at the Chernobyl nuclear plant were evacuated.", "Chernobyl nuclear plant", "PS",
     (51.39, 30.10)),
    # untagged at a sentence's start, by another name of the row (Allenby Bridge)
    ("The Allenby crossing was closed after the shooting.", "Allenby crossing", "PSTB",
     (31.87, 35.54)),
    # the name alone is the row, tagged PRODUCT
    ("Iran said work at the Fordow facility continued.", "Fordow", "PS", (34.88, 50.99)),
    ("Traffic resumed at the Nasib crossing between Syria and Jordan.", "Nasib crossing", "PSTB",
     (32.55, 36.20)),
])
def test_named_site(nlp: Language, text: str, name: str, feature: str,
                    near: tuple[float, float]) -> None:
    place = {p.text: p for p in nlp(text)._.places}.get(name)
    assert place is not None and place.feature == feature, nlp(text)._.places
    assert place.lat is not None and place.lon is not None
    assert distance_km(place.lat, place.lon, *near) < 10


@pytest.mark.parametrize(("text", "name", "near"), [
    # the city, not the plant by it: no site's word follows
    ("Missiles hit Zaporizhzhia overnight, the governor said.", "Zaporizhzhia", (47.85, 35.12)),
    # a power plant of no row of ours stays the town's
    ("Workers at the Kyiv power plant went on strike.", "Kyiv", (50.45, 30.52)),
])
def test_site_word_without_a_site(nlp: Language, text: str, name: str,
                                  near: tuple[float, float]) -> None:
    place = {p.text: p for p in nlp(text)._.places}.get(name)
    assert place is not None and place.lat is not None and place.lon is not None, nlp(text)._.places
    assert distance_km(place.lat, place.lon, *near) < 20


@pytest.mark.parametrize(("text", "found"), [
    ("The Ras Jdir crossing reopened.", ["Ras Jdir"]),  # "The" opening the sentence dropped
    ("They met at the Union Station gate.", []),  # no site of ours
    ("The Clinton camp said nothing.", []),  # camps are not read here
])
def test_named_sites(text: str, found: list[str]) -> None:
    assert [text[s:e] for s, e in named_sites(text, gazetteer.load())] == found


_RUN = "-".join(["Ab"] * 40)  # a long hyphenated run: once 2^39 ways to split it


@pytest.mark.parametrize(("text", "name", "cue"), [
    ("Trucks waited at the Masnaa crossing.", "Masnaa", True),
    ("Shelling hit the Nuseirat refugee camp overnight.", "Nuseirat", True),
    ("Shells fell on Khiam, Kfar Kila and Aita al-Shaab border crossings.", "Khiam", True),
    ("Troops entered the villages of Khiam and Aita al-Shaab.", "Aita al-Shaab", True),
    ("The Clinton camp said nothing.", "Clinton", False),  # a bare camp: no site of ours
    ("Clinton met Warren on Monday.", "Warren", False),
    # a long hyphenated run with no site's word after it, nor a place word before it: answered
    # at once (the test would not finish with the old nested quantifier)
    (f"Smith, {_RUN} said on Monday.", "Smith", False),
    (f"Smith, {_RUN} crossing", "Smith", True),
    (f"the villages of {_RUN} x Khiam", "Khiam", False),
    (f"the villages of Ab-Ab, {_RUN[:41]} and Khiam", "Khiam", True),  # within 80 characters
])
def test_site_cue(text: str, name: str, cue: bool) -> None:
    start = text.index(name)
    assert site_cue(text, start, start + len(name)) is cue


@pytest.mark.parametrize("text", [
    "The storm hit parts of Georgia and the Carolinas.",
    "Rain is forecast across the Carolinas this weekend.",
])
def test_carolinas_is_a_us_region(nlp: Language, text: str) -> None:
    place = {p.text: p for p in nlp(text)._.places}.get("Carolinas")
    assert place is not None and (place.country, place.feature) == ("US", "RGN"), nlp(text)._.places


def test_town_province_countries_is_data() -> None:
    assert {"ES", "IT", "BE", "PH", "PS"} <= TOWN_PROVINCE_COUNTRIES
    assert all(len(cc) == 2 and cc.isupper() for cc in TOWN_PROVINCE_COUNTRIES)
