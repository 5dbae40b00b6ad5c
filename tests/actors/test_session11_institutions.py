"""Churches as institutions and bare hospitals that speak, on sentences of our own: a church
named by its denomination is its institution, a place of worship that speaks its authority,
one hit or sheltering people a place; "the hospital said", "hospital staff said" are the
hospital named last."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dateline.pipeline import Pipeline
from tests.actors.test_conflict_news import run


def _actors(nlp: Language, text: str) -> dict[str, str | None]:
    _, mentions = run(nlp, text)
    return {m.text: m.actor for m in mentions}


@pytest.mark.parametrize(("text", "name", "actor"), [
    ("The Catholic Church said it would send aid to the enclave.", "Catholic Church", "org:catholic-church"),
    ("Patriarch Kirill of the Russian Orthodox Church blessed the troops.", "Russian Orthodox Church",
     "org:russian-orthodox-church"),
    ("The Church of England called for a ceasefire.", "Church of England", "org:church-of-england"),
    ("The Church of Scotland called for a ceasefire.", "Church of Scotland", "org:church-of-scotland"),
    ("The Ukrainian Orthodox Church denied any ties to Moscow.", "Ukrainian Orthodox Church",
     "org:ukrainian-orthodox-church"),
    # not in the dictionary: its denomination and people make it the institution, of its country
    ("The Serbian Orthodox Church said it opposed the plan.", "Serbian Orthodox Church",
     "org:serbian-orthodox-church"),
    # a place of worship that speaks stands for its authority
    ("The Al-Azhar Mosque issued a statement condemning the attack.", "Al-Azhar Mosque", "org:al-azhar-mosque"),
    # its head leading the name: it speaks all the same
    ("The Church of the Nativity said it would cancel Christmas celebrations.", "Church of the Nativity",
     "org:church-of-the-nativity"),
])
def test_church_as_institution(nlp: Language, text: str, name: str, actor: str) -> None:
    assert _actors(nlp, text).get(name) == actor


def test_national_church_has_its_country(nlp: Language) -> None:
    actors, _ = run(nlp, "The Russian Orthodox Church backed the war. The Serbian Orthodox Church said it was neutral.")
    countries = {a.id: a.country for a in actors}
    assert countries["org:russian-orthodox-church"] == "RUS"
    assert countries["org:serbian-orthodox-church"] == "SRB"


@pytest.mark.parametrize("text", [
    "The Holy Family Church in Gaza was hit overnight.",
    "Israeli jets struck the Al-Omari Mosque.",
    "A mosque was hit in Khan Younis.",
    "The church in Gaza sheltered 500 people.",
    # named for what it houses: a building, whatever the model's label
    "The Church of the Nativity was closed to pilgrims.",
    "Pilgrims filled the Church of the Holy Sepulchre in Jerusalem.",
    # named for its saint, its denomination before: a building all the same
    "Rockets hit the Greek Orthodox Church of Saint Porphyrius in Gaza City.",
])
def test_place_of_worship_as_a_place(nlp: Language, text: str) -> None:
    assert not [a for a in _actors(nlp, text).values() if a is not None and ("church" in a or "mosque" in a)]


@pytest.mark.parametrize(("text", "word"), [
    ("Israeli troops raided Nasser Hospital. The hospital said 20 patients had died.", "hospital"),
    ("Nasser Hospital said it received 20 bodies. Hospital staff said the generators had stopped.", "Hospital"),
    ("Nasser Hospital received 20 bodies. The director of the hospital said most were children.", "hospital"),
    ("Nasser Hospital received 20 bodies. The hospital's director said most were children.", "hospital"),
    ("Bodies were taken to Nasser Hospital in Khan Younis. According to the hospital, 12 were children.", "hospital"),
])
def test_bare_hospital_is_the_one_named_last(nlp: Language, text: str, word: str) -> None:
    assert _actors(nlp, text).get(word) == "org:nasser-hospital"


@pytest.mark.parametrize("text", [
    # a place, not a speaker
    "Nasser Hospital received 20 bodies. Troops later entered the hospital.",
    # no hospital named
    "The strike killed 12 people. The hospital said most were women.",
    # two named together: either may be meant
    "The wounded were taken to Nasser Hospital and the European Hospital. The hospital said 20 had died.",
    # set in a place: another hospital may be meant
    "The wounded were taken to Nasser Hospital. Hospital officials in Rafah said 12 had died.",
])
def test_bare_hospital_without_its_name(nlp: Language, text: str) -> None:
    _, mentions = run(nlp, text)
    assert [m.actor for m in mentions if m.text.lower() == "hospital"] == []


def test_bare_hospital_after_an_unnamed_one(nlp: Language) -> None:
    """Another, unnamed hospital comes between: it is its own place's, the bare one after no one's."""
    _, mentions = run(nlp, "Nasser Hospital received 20 bodies. A hospital in Rafah said it had no fuel. "
                           "The hospital said it would close.")
    assert [m.actor for m in mentions if m.text.lower() == "hospital"] == ["grp:pse-rafah-hospitals"]


def test_relative_clause_makes_a_hospital_speak(pipeline: Pipeline) -> None:
    record = pipeline.process("Bodies were taken to Nasser Hospital, which said 20 people had died.")
    assert "org:nasser-hospital" in {m.actor for m in record.mentions}


def test_bare_hospital_is_the_quotes_speaker(pipeline: Pipeline) -> None:
    record = pipeline.process("Israeli troops raided Nasser Hospital on Monday. The hospital said 20 patients had died.")
    assert [q.speakers for q in record.quotes] == [("org:nasser-hospital",)]
