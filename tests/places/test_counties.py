"""County cues (a name given as a county, in a county list, by its English name in Ireland) and
the demonyms of US states and large cities; world landmarks; "North and South Korea"."""

from __future__ import annotations

import pytest

from dateline import gazetteer
from dateline.places import resolve_spans


def _resolve(text: str, phrases: list[str]) -> list[tuple[str | None, str | None]]:
    gaz = gazetteer.load()
    spans, pos = [], 0
    for phrase in phrases:
        start = text.index(phrase, pos)
        spans.append((start, start + len(phrase)))
        pos = start + 1
    return [(p.country, p.feature) for p in resolve_spans(text, spans, gaz)]


CASES = [
    # GeoNames names Irish counties in Irish; the English name reaches them
    ("Anglers on the lakes of Mayo County in the west of Ireland.", ["Mayo County", "Ireland"],
     ("IE", "ADM2")),
    ("Farmers in County Kerry, Ireland, counted the storm damage.", ["County Kerry", "Ireland"],
     ("IE", "ADM2")),
    # the last name of a county list ending in lower-case "counties" is a county
    ("Sheriffs of Lancaster, Saunders and Washington counties in Nebraska met.",
     ["Lancaster", "Saunders", "Washington", "Nebraska"], ("US", "ADM2")),
]


def test_state_before_counties_stays_the_state() -> None:
    text = "Officials in 40 Indiana counties asked for flood aid."
    assert _resolve(text, ["Indiana"])[0] == ("US", "ADM1")


@pytest.mark.parametrize(("text", "phrases", "first_or_third"), CASES)
def test_county_cues(text: str, phrases: list[str], first_or_third: tuple[str, str]) -> None:
    got = _resolve(text, phrases)
    target = got[2] if len(phrases) > 3 else got[0]
    assert target == first_or_third


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("Ohioans waited for their tax refunds.", "Ohioans", ("US", "ADM1")),
    ("Many Texans and Oklahomans drove north.", "Oklahomans", ("US", "ADM1")),
    ("Chicagoans braced for snow.", "Chicagoans", ("US", "PPL")),
    ("Georgian troops crossed the line.", "Georgian", ("GE", "PCLI")),  # the country's people
    ("South East Asian markets fell.", "South East Asian", (None, "RGN")),  # a region's people
    ("East African leaders met.", "East African", (None, "RGN")),
])
def test_state_and_city_demonyms(text: str, phrase: str, expected: tuple[str, str]) -> None:
    assert _resolve(text, [phrase])[0] == expected


@pytest.mark.parametrize(("text", "phrase", "country"), [
    ("Shoppers crowded the Champs-Elysees on Saturday.", "Champs-Elysees", "FR"),
    ("Soldiers paraded across Red Square.", "Red Square", "RU"),
    ("Protesters returned to Tahrir Square at dusk.", "Tahrir Square", "EG"),
])
def test_world_landmarks(text: str, phrase: str, country: str) -> None:
    assert _resolve(text, [phrase])[0][0] == country


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # a direction word sharing the noun of the next ("North and South Korea")
    ("Talks between North and South Korea resumed.", "North", ("KP", "PCLI")),
    ("Storms hit North and South Carolina overnight.", "North", ("US", "ADM1")),
    ("Species of Central and South America are at risk.", "Central", (None, "RGN")),
])
def test_direction_shares_the_next_noun(text: str, phrase: str,
                                        expected: tuple[str | None, str]) -> None:
    assert _resolve(text, [phrase])[0] == expected
