"""QA pass on conflict news (sentences of our own): a place word inside an organisation's
name ("League of Arab States", "Community of ... Caribbean States") is no place unless it is a
toponym of its own ("Bank of England"); "the Donetsk region" is the province; a refugee camp's
town; a capital's namesake city in the article's own country; "central Gaza" (the Strip);
an unknown facility not read by an alternate name (Hakari), a crossing at its town; a town the
actors took for an organisation after a place and "and" ("Sennar and Kosti"); "on the Red Sea"
the sea, not Red Sea state, and no "Sudan" inside "Port Sudan" tagged FAC; features and spellings the
gazetteer lacked (real pipeline, session ``nlp`` fixture)."""

from __future__ import annotations

from typing import Any

import pytest

from dateline import gazetteer
from dateline.places.finders import area_names
from tests.places.spans import spans


def _read(nlp: Any, text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.text: (p.country, p.feature) for p in nlp(text)._.places}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Mali and Niger said they would leave the Economic Community of West African States "
         "(ECOWAS) on Sunday.", "States"),
        ("The League of Arab States warned against a ground offensive.", "States"),
        ("The Gulf Cooperation Council States condemned the strikes on Monday.", "States"),
        ("Envoys of the Organization of American States met on Friday.", "States"),
        ("The leaders met under the Community of Latin American and Caribbean States (CELAC).",
         "Caribbean States"),
        ("The juntas formed the Alliance of Sahel States last year.", "States"),
        ("The Union of South American Nations has been dormant for years.", "Nations"),
    ],
)
def test_org_word_is_no_place(nlp: Any, text: str, absent: str) -> None:
    places = _read(nlp, text)
    assert absent not in places, places
    assert ("US", "PCLI") not in places.values(), places


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The Bank of England raised interest rates on Thursday.", "England", "GB"),
        ("Officers of the Richmond Police Department closed the road.", "Richmond", "US"),
        ("The juntas formed the Alliance of Sahel States last year.", "Sahel", None),
        ("Negotiators from Egypt, Qatar and the United States met in Cairo.", "United States", "US"),
    ],
)
def test_toponym_of_its_own_stays(nlp: Any, text: str, name: str, country: str | None) -> None:
    places = _read(nlp, text)
    assert name in places and places[name][0] == country, places


@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        ("Families were told to leave the town in the Donetsk region.", "Donetsk", ("UA", "ADM1")),
        ("Ukrainian troops pushed deeper into the Kursk region on Tuesday.", "Kursk", ("RU", "ADM1")),
        ("The two leaders discussed the oil-rich Essequibo region.", "Essequibo", ("GY", "RGN")),
        ("Residents of the Nuseirat refugee camp said tanks had moved in.", "Nuseirat",
         ("PS", "PPL")),
        ("Ships were rerouted around the Cape of Good Hope.", "Cape of Good Hope", ("ZA", "CAPE")),
        ("The leaders met on the Caribbean island of St Vincent on Thursday.", "St Vincent",
         ("VC", "PCLI")),
        ("Strikes were reported near Hodeidah overnight.", "Hodeidah", ("YE", "PPL")),
        ("The RSF seized Wad Madani, the capital of Gezira state.", "Gezira", ("SD", "ADM1")),
        ("Israeli jets struck Dahiyeh, south of Beirut.", "Dahiyeh", ("LB", "RGN")),
        ("Cars and buses packed the Lachin corridor out of the enclave.", "Lachin corridor",
         ("AZ", "RGN")),
        ("Lebanon said families fled Nabatieh, Tyre and Sidon for Beirut, and many slept in "
         "schools in the northern city of Tripoli.", "Tripoli", ("LB", "PPL")),
        ("Libya's rival government in Tripoli rejected the plan.", "Tripoli", ("LY", "PPLC")),
        ("The minister flew from Ottawa to London for talks with Canada's allies.", "London",
         ("GB", "PPLC")),
        ("He lives in the Paris region, not in Lyon.", "Paris", ("FR", "PPLC")),
        ("Residents in central Gaza said tanks pushed into Khan Younis and Rafah.", "Gaza",
         ("PS", "RGN")),
        ("Shelling hit eastern Aleppo and Idlib on Monday.", "Aleppo", ("SY", "PPL")),
        ("Rockets hit northern Israel and Haifa overnight.", "Israel", ("IL", "PCLI")),
        ("He was stopped as he tried to cross into Armenia at the Hakari bridge checkpoint.",
         "Hakari", (None, None)),
        ("Trucks waited for weeks at the Adre crossing on the border with Chad.", "Adre crossing",
         ("TD", "PSTB")),  # the crossing's own row (gazetteer.sites), at the town
        ("Refugees described killings on the roads out of Sennar and Kosti.", "Kosti", ("SD", "PPL")),
        ("The government moved to Port Sudan on the Red Sea after the war began.", "Red Sea",
         (None, "SEA")),
        ("Fighting spread to Red Sea state, officials in Sudan said.", "Red Sea", ("SD", "ADM1")),
    ],
)
def test_reading(nlp: Any, text: str, name: str, want: tuple[str | None, str | None]) -> None:
    places = _read(nlp, text)
    assert places.get(name) == want, places


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Russian units moved closer in the Donetsk region.", ["Donetsk"]),
        ("Fighting spread across the oil-rich Essequibo region.", ["Essequibo"]),
        ("Troops left the region on Monday.", []),
        ("Voters in the Border region said so.", []),
    ],
)
def test_area_names(nlp: Any, text: str, found: list[str]) -> None:
    doc = nlp.make_doc(text)
    assert area_names(doc, gazetteer.load()) == spans(text, found)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Aides in the Biden camp said the polls were wrong.", "Biden"),
        ("The Houthis fired at ships near the Red Sea on Friday.", "Good Hope"),
        ("Israel and Hamas agreed to a truce on Friday.", "Hamas"),
        ("Talks between Ukraine and NATO resumed.", "NATO"),
        ("The government moved to Port Sudan on the Red Sea after the war began.", "Sudan"),
    ],
)
def test_no_place(nlp: Any, text: str, absent: str) -> None:
    assert absent not in _read(nlp, text)
