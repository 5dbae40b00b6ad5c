"""A church named by its denomination, on sentences of our own: its building where it is hit,
entered or where people gather, where it is one building; its institution where it speaks or owns,
or is hit or entered as a body ("the scandal damaged the Catholic Church")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.actors.test_conflict_news import run


def _actors(nlp: Language, text: str, word: str) -> list[str]:
    _, mentions = run(nlp, text)
    return [m.actor for m in mentions if m.text == word]


@pytest.mark.parametrize(("text", "name"), [
    ("The Roman Catholic Church of St. Mary was damaged in the blast.", "Roman Catholic Church"),
    ("Worshippers gathered at the Armenian Church in Jerusalem.", "Armenian Church"),
    ("Shells hit the Greek Orthodox Church in Gaza.", "Greek Orthodox Church"),
    ("Settlers vandalised the Armenian Church and a nearby mosque.", "Armenian Church"),
    ("Soldiers looted the Catholic Church overnight.", "Catholic Church"),
    ("An airstrike damaged the Greek Orthodox Church.", "Greek Orthodox Church"),
])
def test_denominational_church_as_its_building(nlp: Language, text: str, name: str) -> None:
    assert _actors(nlp, text, name) == []


@pytest.mark.parametrize(("text", "name", "actor"), [
    ("The Armenian Church said it would boycott the talks.", "Armenian Church", "org:armenian-church"),
    ("The Armenian Church in Jerusalem said it would close its doors.", "Armenian Church", "org:armenian-church"),
    ("Officials at the Catholic Church said the report was false.", "Catholic Church", "org:catholic-church"),
    ("The scandal at the Catholic Church deepened.", "Catholic Church", "org:catholic-church"),
    ("The Catholic Church was hit by a wave of lawsuits.", "Catholic Church", "org:catholic-church"),
    # a verb an institution takes too, and nothing that makes it one building
    ("The abuse scandal has damaged the Catholic Church.", "Catholic Church", "org:catholic-church"),
    ("Lawsuits have hit the Catholic Church hard.", "Catholic Church", "org:catholic-church"),
    ("Kyiv's new law targets the Ukrainian Orthodox Church.", "Ukrainian Orthodox Church",
     "org:ukrainian-orthodox-church"),
    ("He entered the Catholic Church as a teenager.", "Catholic Church", "org:catholic-church"),
    ("He served as a priest at the Russian Orthodox Church for decades.", "Russian Orthodox Church",
     "org:russian-orthodox-church"),
])
def test_denominational_church_as_its_institution(nlp: Language, text: str, name: str, actor: str) -> None:
    assert _actors(nlp, text, name) == [actor]
