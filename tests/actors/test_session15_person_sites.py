"""Session 15, on sentences of our own: a person whose surname is a facility word (Camp, Church,
Temple, Port) is a person where a title, a given name that speaks, or a he/she says so; the
facilities named so stay facilities."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.actors.test_conflict_news import run


def _actors(nlp: Language, text: str) -> dict[str, str]:
    _, mentions = run(nlp, text)
    return {m.text: m.actor for m in mentions}


@pytest.mark.parametrize(("text", "actor"), [
    ("Former congressman Dave Camp said the tax bill would pass the House.", "per:dave-camp"),
    ("Senator Frank Church said the committee would meet again in March.", "per:frank-church"),
    ("Jonathan Port said the company would open two new plants.", "per:jonathan-port"),
    ("Mr. John Church said the plan was sound.", "per:john-church"),
    ("Marcus Temple said he would stay on as coach.", "per:marcus-temple"),
])
def test_a_person_with_a_facility_surname(nlp: Language, text: str, actor: str) -> None:
    assert actor in _actors(nlp, text).values()


@pytest.mark.parametrize("text", [
    "The talks at Camp David ended without a deal.",
    "Soldiers from Fort Bragg left for the border.",
    "Guards at Guantanamo Bay Camp said the detainees were fed.",
    "The Jordan Church said it would hold a service on Sunday.",
    "The Baptist Church said it would help the flood victims.",
    "Refugees at Zaatari Camp said the water ran out.",
    "Fighting broke out in the Nahr al-Bared camp on Sunday.",
    "Saint Mary Church said in a statement that the roof had collapsed.",
    "Grace Church said in a statement that the roof had collapsed.",
    "Nasser Hospital said it had run out of fuel.",
    "Residents of Khan Younis Camp said the shelling went on.",
])
def test_a_facility_named_so_is_no_person(nlp: Language, text: str) -> None:
    assert not any(a.startswith("per:") for a in _actors(nlp, text).values())


def test_a_later_word_of_a_name_alone_is_that_person(nlp: Language) -> None:
    found = _actors(nlp, "Shirley Temple Black was named ambassador to Ghana. Temple said she was honoured.")
    assert found["Temple"] == found["Shirley Temple Black"] == "per:shirley-temple-black"


def test_the_building_of_that_word_is_no_person(nlp: Language) -> None:
    found = _actors(nlp, "Shirley Temple Black was named ambassador. The Temple said it would stay open, she said.")
    assert "Temple" not in found or not found["Temple"].startswith("per:")
