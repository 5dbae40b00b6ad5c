"""Review of session 20's local namesakes, on sentences of our own: once the article names the
famous person in full after the local namesake, a later bare surname is the famous one's again."""

from __future__ import annotations

from spacy.language import Language

from tests.actors.test_conflict_news import run


def test_the_famous_full_name_takes_the_surname_back(nlp: Language) -> None:
    _, mentions = run(nlp, "Mr. Macron, a local pastor, said the church would reopen. President Emmanuel "
                           "Macron visited the town on Friday. Macron praised the volunteers.")
    ids = [m.actor for m in mentions if "Macron" in m.text]
    assert ids == ["per:macron", "per:emmanuel-macron", "per:emmanuel-macron"], ids


def test_the_local_namesake_keeps_the_surname_without_the_full_name(nlp: Language) -> None:
    _, mentions = run(nlp, "Mr. Macron, a local pastor, said the church would reopen. Macron added that "
                           "volunteers had helped.")
    ids = [m.actor for m in mentions if "Macron" in m.text]
    assert ids == ["per:macron", "per:macron"], ids
