"""Place names with particles: Arabic articles ("Al-Tanf", "Deir ez-Zor"), joined names
("Rostov-on-Don"), dateline spans in capitals, and names inside a title-like entity
(real pipeline through ``dateline.read``, the gazetteer for the reading tests)."""

from __future__ import annotations

from typing import Any

import pytest

import dateline
from dateline import gazetteer
from dateline.places.finders import untagged_towns
from dateline.places.margins import place_span
from dateline.places.particles import article_joined, article_variants, extend, extend_back
from dateline.places.readings import candidates


def _places(text: str) -> list[dateline.model.Place]:
    return list(dateline.read(text, published="2025-03-01").places)


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Al-Shuhail", None),  # unknown: unresolved, never Ål in Norway
        ("Ash-Shuhail", None),
        ("Al-Tanf", "SY"),  # known since regions.tsv lists it
        ("At-Tanf", "SY"),  # another spelling of its article
        ("Al", None),
        ("el", None),
        ("Deir al-Balah", "PS"),  # as "Deir el-Balah", another spelling of its article
        ("Ras al-Ain hospital", None),  # never Ain, the French department
        ("Al Zubaira Air Base", None),  # never Ål in Norway
        ("Al Udeid Air Base", "QA"),  # a base in features.tsv
        ("El Paso International Airport", "US"),  # a known town inside a facility's name
        ("As Salt", "JO"),
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
    ("name", "never"),
    [("Ras al-Ain", "FR"), ("Al-Tanf", "NO"), ("Al Udeid", "NO"), ("Ras al-Ain", "YE")],
)
def test_no_reading_of_a_part(name: str, never: str) -> None:
    assert all(c.entry.country != never for c in candidates(gazetteer.load(), name))


@pytest.mark.parametrize(
    ("text", "joined", "variants"),
    [
        ("Al-Tanf", True, ["El Tanf", "At Tanf", "Tanf"]),  # "Al Tanf" keys as "Al-Tanf"
        ("Deir ez-Zor", True, ["Deir al-Zor", "Deir el-Zor", "Deir az-Zor"]),
        ("Deir al-Balah", True, ["Deir el-Balah"]),  # "b" is no sun letter
        ("Sharm el-Sheikh", True, ["Sharm al-Sheikh", "Sharm ash-Sheikh"]),
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
        ("Fighters attacked a base near Al-Shuhail.", [("Al-Shuhail", None)]),
        ("Fighters attacked a base near Al-Tanf.", [("Al-Tanf", "SY")]),
        ("Clashes erupted in Al-Hasakah and Deir ez-Zor.",
         [("Al-Hasakah", "SY"), ("Deir ez-Zor", "SY")]),
        ("Protests spread to Saint-Denis and Rostov-on-Don.",
         [("Saint-Denis", "RE"), ("Rostov-on-Don", "RU")]),
        ("Tourists returned to Sharm el-Sheikh on Friday.", [("Sharm el-Sheikh", "EG")]),
        ("He flew to Jerez de la Frontera on Monday.", [("Jerez de la Frontera", "ES")]),
        ("Residents of Rostov-on-Don heard explosions.", [("Rostov-on-Don", "RU")]),  # not Don, FR
        ("Israeli strikes hit Khan Younis and Deir al-Balah.",
         [("Khan Younis", "PS"), ("Deir al-Balah", "PS")]),
        ("Flooding hit Stratford-upon-Avon and Newcastle upon Tyne.",  # one span, not two; the
         [("Stratford-upon-Avon", "GB"), ("Newcastle upon Tyne", "GB")]),  # hazard's places
        # negatives: no confident far-away guess, no span grown over a person's particle
        # (a head noun makes "Ras al-Ain" a place though tagged PERSON: unresolved, no other
        # place of the text lying in the country of its reading)
        ("Rebels shelled Ras al-Ain overnight.", [("Ras al-Ain", None)]),
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


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Clashes in Deir ez-Zor.", "Deir", "Deir ez-Zor"),
        ("Flights to Rostov-on-Don resumed.", "Rostov", "Rostov-on-Don"),
        ("Flights to Rostov-on-Don resumed.", "Don", "Rostov-on-Don"),
        ("He flew to Jerez de la Frontera.", "Jerez", "Jerez de la Frontera"),
        ("She met Mohammed bin Salman.", "Mohammed", "Mohammed"),  # no such place
        ("Troops left Paris on Monday.", "Paris", "Paris"),
        ("Troops left Kyiv at Dawn Base.", "Kyiv", "Kyiv"),
    ],
)
def test_extend(text: str, span: str, expected: str) -> None:
    gaz = gazetteer.load()
    start = text.index(span)
    end = start + len(span)
    assert text[extend_back(text, start, end, gaz):extend(text, start, end, gaz)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kurdish units withdrew from al-Hasakah province after talks.", ["al-Hasakah"]),
        ("Militias fought for control of Deir ez-Zor", ["Deir ez-Zor"]),
        ("Officials said aid arrived in Al-Tanf camp.", []),  # unknown: no bare "Al"
    ],
)
def test_untagged_particle_names(nlp: Any, text: str, expected: list[str]) -> None:
    doc = nlp.make_doc(text)  # no entities: every name is untagged
    doc[0].is_sent_start = True
    for tok in doc[1:]:
        tok.is_sent_start = False
    found = [text[s:e] for s, e in untagged_towns(doc, gazetteer.load())]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks set.\n\nKYIV-- Ukrainian officials said they had not been invited.", "KYIV"),
        ("Talks set.\n\nBEIRUT- Lebanese officials welcomed the talks.", "BEIRUT"),
        ("Talks set.\n\nWINSTON-SALEM -- Officials met on Monday.", "WINSTON-SALEM"),
    ],
)
def test_body_dateline_without_dashes(text: str, expected: str) -> None:
    """A later paragraph's dateline is read without its dashes, in the body or as the record's dateline."""
    texts = [p.text for p in _places(text) if p.offsets_in in (None, "dateline")]
    assert expected in texts and not any(t.endswith(("-", "—", "–")) for t in texts), texts
