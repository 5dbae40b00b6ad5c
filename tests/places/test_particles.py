"""Place names with particles: Arabic articles ("Al-Tanf", "Deir ez-Zor"), joined names
("Rostov-on-Don"), dateline spans in capitals, and names inside a title-like entity
(real pipeline through ``dateline.read``, the gazetteer for the reading tests)."""

from __future__ import annotations

import pytest

import dateline
from dateline.places import gazetteer
from dateline.places.margins import place_span
from dateline.places.particles import article_joined, article_variants
from dateline.places.readings import candidates


def _places(text: str) -> list[dateline.model.Place]:
    return list(dateline.read(text, published="2025-03-01").places)


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Al-Tanf", None),  # unknown: unresolved, never Ål in Norway
        ("At-Tanf", None),
        ("Al", None),
        ("el", None),
        ("Ras al-Ain", None),  # never Ain, the French department
        ("Ar-Raqqa", "SY"),  # "Raqqa" without its article
        ("El-Arish", "EG"),
        ("Al-Hasakah", "SY"),
        ("Al-Qaim", "IQ"),
        ("al-Bab", "SY"),
        ("Deir ez-Zor", "SY"),
        ("Rostov-on-Don", "RU"),
        ("U.S.-led", "US"),  # a hyphen that joins names still splits
        ("Israeli-Palestinian", "IL"),
    ],
)
def test_article_readings(name: str, country: str | None) -> None:
    found = candidates(gazetteer.load(), name)
    if country is None:
        assert found == [], [(c.entry.name, c.entry.country) for c in found]
    else:
        assert found and found[0].entry.country == country, [
            (c.entry.name, c.entry.country) for c in found]


@pytest.mark.parametrize(
    ("text", "joined", "variants"),
    [
        ("Al-Tanf", True, ["El Tanf", "At Tanf", "Tanf"]),  # "Al Tanf" keys as "Al-Tanf"
        ("Deir ez-Zor", True, []),
        ("Sharm el-Sheikh", True, []),
        ("U.S.-led", False, []),
        ("Saint-Denis", False, []),
        ("Kafr-Aqab", False, []),
        ("Alabama", False, []),
    ],
)
def test_article_forms(text: str, joined: bool, variants: list[str]) -> None:
    assert article_joined(text) is joined
    assert article_variants(text) == variants


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fighters attacked a base near Al-Tanf.", [("Al-Tanf", None)]),
        ("Clashes erupted in Al-Hasakah and Deir ez-Zor.",
         [("Al-Hasakah", "SY"), ("Deir ez-Zor", "SY")]),
        ("Protests spread to Saint-Denis and Rostov-on-Don.",
         [("Saint-Denis", "RE"), ("Rostov-on-Don", "RU")]),
        ("Tourists returned to Sharm el-Sheikh on Friday.", [("Sharm el-Sheikh", "EG")]),
        ("He flew to Jerez de la Frontera on Monday.", [("Jerez de la Frontera", "ES")]),
        # negatives: no confident far-away guess, no span grown over a person's particle
        ("Rebels shelled Ras al-Ain overnight.", []),
        ("A resident of Victoria said Victoria Nuland had visited.", [("Victoria", "AU")]),
        ("Victoria Nuland visited Kyiv.", [("Kyiv", "UA")]),
        ("Crown Prince Mohammed bin Salman returned to Riyadh on Sunday.", [("Riyadh", "SA")]),
        ("Officials in Damascus al-Assad's allies met in Tehran.",
         [("Damascus", "SY"), ("Tehran", "IR")]),
    ],
)
def test_particle_spans(text: str, expected: list[tuple[str, str | None]]) -> None:
    got = [(p.text, p.country) for p in _places(text) if p.offsets_in is None]
    assert got == expected
    assert all(p.confidence == 0 for p in _places(text) if p.lat is None)


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        ("MOSCOW --", "Moscow", "MOSCOW"),
        ("MOSCOW, March 1 (Reuters) -", "Moscow", "MOSCOW"),
        ("WINSTON-SALEM, N.C. —", "Winston-Salem, N.C.", "WINSTON-SALEM, N.C."),
        ("DEIR EZ-ZOR:", "Dayr az Zawr", "DEIR EZ-ZOR"),
        ("Jerusalem, Aug 18 (Reuters) -", "Jerusalem", "Jerusalem"),
    ],
)
def test_dateline_span(text: str, place: str, expected: str) -> None:
    start, end = place_span(text, place)
    assert text[start:end] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MOSCOW -- The Kremlin said Putin would meet Trump in Anchorage.",
         {"MOSCOW": "RU", "Anchorage": "US", "Kremlin": "RU"}),
        ("MOSCOW, March 1 (Reuters) - The Kremlin said the talks would go on.",
         {"MOSCOW": "RU", "Kremlin": "RU"}),
    ],
)
def test_dateline_and_title_entity(text: str, expected: dict[str, str]) -> None:
    places = _places(text)
    assert {p.text: p.country for p in places} == expected
    assert all(not any(ch in p.text for ch in "-—,(") for p in places)
