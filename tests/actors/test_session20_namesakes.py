"""Session 20 actors, on sentences of our own: a famous surname followed by an apposition that
makes its bearer a local figure ("Mr. Macron, a local pastor,") names a new person, not the
dictionary's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.actors.test_conflict_news import by_text, run


@pytest.mark.parametrize(("text", "name"), [
    ("Mr. Macron, a local pastor, said the church would reopen in May.", "Mr. Macron"),
    ("Dr. Austin, the city's health officer, urged residents to get vaccinated.", "Dr. Austin"),
    ("Ms. Harris, a local nurse, said beds were full.", "Ms. Harris"),
    # a trade after "a" (session 21), with or without a place after it
    ("Ms. Harris, a nurse at the county hospital, said the ward was full.", "Ms. Harris"),
    ("Mr. Trump, a builder from Leeds, said he had not been paid.", "Mr. Trump"),
    ("Harris, a nurse at the county hospital, said the ward was full.", "Harris"),
    # a trade whose phrase goes on past the place with a clause (review)
    ("Ms. Harris, a nurse from Dresden who was on one of the last flights, said passengers were calm.",
     "Ms. Harris"),
])
def test_a_local_namesake_is_a_new_person(nlp: Language, text: str, name: str) -> None:
    actors, mentions = run(nlp, text)
    found = {m.text: m.actor for m in mentions}
    info = {a.id: a for a in actors}[found[name]]
    assert info.country is None and not info.roles, info


def test_the_local_namesake_keeps_the_name_in_the_article(nlp: Language) -> None:
    found = by_text(nlp, "Harris, the local teacher, said she would retire. Harris had taught for 30 years.")
    assert found["Harris"] == "per:harris", found


def test_a_local_namesake_beside_the_famous_one(nlp: Language) -> None:
    _, mentions = run(nlp, "President Macron met the mayor. Mr. Macron, a local pastor, was not invited. "
                           "Macron later said the meeting went well.")
    ids = [m.actor for m in mentions if "Macron" in m.text]
    assert ids == ["per:emmanuel-macron", "per:macron", "per:emmanuel-macron"], ids


@pytest.mark.parametrize(("text", "name", "actor"), [
    ("Mr. Macron, the French president, said the talks would go on.", "Mr. Macron", "per:emmanuel-macron"),
    ("Macron, a former banker, won the election in 2017.", "Macron", "per:emmanuel-macron"),
    ("Austin, the defence secretary, flew to Kyiv on Monday.", "Austin", "per:lloyd-austin"),
    ("Mr. Trump, the town's favourite son, returned on Friday.", "Mr. Trump", "per:donald-trump"),
    ("Mr. Macron, the city's guest of honour, spoke at the dinner.", "Mr. Macron", "per:emmanuel-macron"),
    ("Macron, a former local councillor, said he would run.", "Macron", "per:emmanuel-macron"),
])
def test_the_famous_person_keeps_the_name(nlp: Language, text: str, name: str, actor: str) -> None:
    assert by_text(nlp, text).get(name) == actor, by_text(nlp, text)
