"""An Arabic place name opened by a head noun before an article ("Ras al-Ain", "Deir ez-Zor")
is a place even where the model tags it PERSON (``nlp.shared_places.place_head``); a person's
name with an article is not. Our own sentences; the end-to-end cases use the session ``nlp``
fixture."""

from __future__ import annotations

from typing import Any

import pytest

from dateline import gazetteer
from dateline.nlp.shared_places import place_head
from dateline.places import resolve_spans
from tests.places.spans import spans as _spans

HEADS = [
    ("Ras al-Ain", True),
    ("Deir ez-Zor", True),
    ("Jisr al-Shughur", True),
    ("Ain al-Arab", True),
    ("Tell al-Abyad", True),
    ("Khaled al-Asaad", False),  # a person: no place head noun
    ("Abu Bakr al-Baghdadi", False),
    ("Al-Tanf", False),  # an article first: read by the gazetteer, not by this rule
    ("Ras", False),
    ("Beit Lahia", False),  # no article: the model's label stands
]


@pytest.mark.parametrize(("text", "expected"), HEADS)
def test_place_head(text: str, expected: bool) -> None:
    assert place_head(text) is expected


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("Kurdish fighters withdrew from Ras al-Ain near Hasakah on Sunday.", "Ras al-Ain", "SY"),
    ("Shelling hit Ras al-Ain and Qamishli in northeast Syria on Monday.", "Ras al-Ain", "SY"),
])
def test_a_head_noun_place_tagged_otherwise_is_found(nlp: Any, text: str, surface: str,
                                                     country: str) -> None:
    places = [p for p in nlp(text)._.places if p.text == surface]
    assert places and all(p.country == country for p in places), nlp(text)._.places


def test_no_far_away_guess_without_context(nlp: Any) -> None:
    # the only reading with a population is a Moroccan village: found, but left unresolved
    places = [p for p in nlp("Rebels shelled Ras al-Ain overnight.")._.places]
    assert [(p.text, p.lat, p.confidence) for p in places] == [("Ras al-Ain", None, 0.0)]


def test_a_person_with_an_article_is_no_place(nlp: Any) -> None:
    doc = nlp("Khaled al-Asaad guarded the ruins of Palmyra for decades.")
    assert all(p.text != "Khaled al-Asaad" for p in doc._.places), doc._.places


@pytest.mark.parametrize(("text", "surface", "country", "lat"), [
    ("Rockets struck the Ain al-Asad air base in western Iraq on Monday.", "Ain al-Asad", "IQ",
     33.8),
    ("The Houthis have attacked ships in the Bab el-Mandeb strait.", "Bab el-Mandeb", None, 12.6),
])
def test_a_base_or_strait_in_the_news_is_placed(nlp: Any, text: str, surface: str,
                                                country: str | None, lat: float) -> None:
    places = [p for p in nlp(text)._.places if p.text == surface]
    assert places and all(p.country == country and p.lat is not None
                          and abs(p.lat - lat) < 0.5 for p in places), nlp(text)._.places


@pytest.mark.parametrize("name", ["Bab-el-Mandeb", "Bab al-Mandab", "Ain al-Asad", "Al Asad Air Base"])
def test_other_spellings_of_a_strait_or_base(name: str) -> None:
    text = f"Ships near {name} were warned on Monday."
    (place,) = resolve_spans(text, _spans(text, [name]), gazetteer.load())
    assert place.lat is not None and place.feature in ("STRT", "MILB"), place
