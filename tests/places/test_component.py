"""The dateline_places component in the real pipeline (session ``nlp`` fixture)."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.places import distance_km


@pytest.fixture(scope="module")
def example_places(nlp, example_text: str) -> list[Any]:  # type: ignore[no-untyped-def]
    return list(nlp(example_text)._.places)


def test_example_places_within_tolerance(example_places: list[Any],
                                         example_gold: dict[str, Any]) -> None:
    entities = example_gold["entities"]
    tolerance = entities.get("place_coordinates_tolerance_km", 25)
    for gold in entities["place"]:
        found = [p for p in example_places if p.text == gold["name"]]
        assert found, f"{gold['name']} not found among {[p.text for p in example_places]}"
        if "lat" not in gold:
            assert all(p.feature == "RGN" and p.lat is not None for p in found), found
            continue
        for place in found:
            assert place.country == gold["country"], place
            assert distance_km(place.lat, place.lon, gold["lat"], gold["lon"]) <= tolerance, place


def test_example_countries_are_places(example_places: list[Any],
                                      example_gold: dict[str, Any]) -> None:
    countries = {p.country for p in example_places if p.feature == "PCLI"}
    assert {"IL", "US", "IR", "JO"} <= countries


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Tanks rolled into Khan Yunis after strikes on the Gaza Strip.", "Khan Yunis", "PS"),
        ("The mayor of Paris spoke on French television.", "Paris", "FR"),
        ("Floods hit Paris, Texas, and Dallas on Sunday.", "Paris", "US"),
        ("Crowds in Doha and Dubai watched the match.", "Doha", "QA"),
    ],
)
def test_places_in_own_sentences(nlp, text: str, surface: str, country: str) -> None:  # type: ignore[no-untyped-def]
    places = [p for p in nlp(text)._.places if p.text == surface]
    assert places and all(p.country == country for p in places), nlp(text)._.places


def test_an_organisation_is_not_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Hamas said the talks in Cairo would resume.")
    assert "Hamas" not in {p.text for p in doc._.places}
    assert "Cairo" in {p.text for p in doc._.places}


def test_places_have_offsets_into_the_body(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Envoys flew from Washington to Amman.\n\nThey met in Amman on Monday.")
    for p in doc._.places:
        assert doc.text[p.start:p.end] == p.text


@pytest.mark.parametrize(("dateline", "country"), [("WASHINGTON", "US"), ("CAIRO", "EG"), (None, "EG")])
def test_dateline_place_is_context(nlp, dateline: str | None, country: str) -> None:  # type: ignore[no-untyped-def]
    from dateline.model import CleanArticle, Dateline
    from dateline.nlp.records import prepare

    body = "Protesters marched through Alexandria on Sunday."
    article = CleanArticle(body=body, paragraphs=((0, len(body)),),
                           dateline=Dateline(place=dateline) if dateline else None)
    doc = nlp(prepare(nlp.make_doc, article))
    (place,) = [p for p in doc._.places if p.text == "Alexandria"]
    assert place.country == country


def test_example_record_has_dateline_and_caption_places(pipeline, example_text: str,  # type: ignore[no-untyped-def]
                                                        example_gold: dict[str, Any]) -> None:
    """Through the reader: Dubai is the dateline, Khan Yunis only in captions (furniture)."""
    from dateline.reader import read_text

    record = pipeline.process(read_text(example_text, origin="gulf-news-2024-08-18.txt"))
    texts = {"dateline": record.dateline.text if record.dateline else ""}
    texts.update({f"furniture:{i}": f.text for i, f in enumerate(record.furniture)})
    gold = {g["name"]: g for g in example_gold["entities"]["place"]}
    for name in ("Dubai", "Khan Yunis"):
        found = [p for p in record.places if p.text == name]
        assert found, [p.text for p in record.places]
        for p in found:
            source = record.body if p.offsets_in is None else texts[p.offsets_in]
            assert source[p.start:p.end] == name
            assert p.lat is not None and p.lon is not None
            assert distance_km(p.lat, p.lon, gold[name]["lat"], gold[name]["lon"]) <= 25


@pytest.mark.parametrize(("text", "surface"), [
    ("Rioters stormed the Capitol on January 6 and clashed with the police.", "Capitol"),
    ("Lawmakers returned to the Capitol in Helena, Montana, on Monday.", "Capitol"),
])
def test_a_facility_takes_no_zip_code_hamlet(nlp, text: str, surface: str) -> None:  # type: ignore[no-untyped-def]
    """A building's name ("the Capitol", a hotel) is no hamlet that only ZIP codes name."""
    doc = nlp(text)
    found = [p for p in doc._.places if p.text == surface]
    assert all(p.lat is None for p in found), found
