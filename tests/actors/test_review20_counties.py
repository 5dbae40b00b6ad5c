"""Review of session 20's actors, on sentences of our own: a county the model calls a person
("County Londonderry", the "Kerry" of "in County Kerry") is no person."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.actors.test_conflict_news import run


@pytest.mark.parametrize("text", [
    "A farmer from County Londonderry said the river had flooded.",
    "County Kerry voted against the plan.",
    "Gardaí in County Kerry said the road was closed.",
])
def test_a_county_is_no_person(nlp: Language, text: str) -> None:
    actors, _ = run(nlp, text)
    assert not [a.id for a in actors if a.type == "person"], [a.id for a in actors]


def test_a_person_named_like_a_county_stays_a_person(nlp: Language) -> None:
    actors, _ = run(nlp, "Secretary of State John Kerry said the talks would resume.")
    assert "per:john-kerry" in [a.id for a in actors]
