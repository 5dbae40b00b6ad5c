"""Dotted country initials ("D.R.C.", "P.R.C.", "D.P.R.K.") are the countries the dictionary
gives their undotted initials, at a sentence's end too; other dotted initials are no country."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.actors.test_conflict_news import run


def _actors_of(nlp: Language, text: str, word: str) -> list[str]:
    _, mentions = run(nlp, text)
    return [m.actor for m in mentions if m.text == word]


@pytest.mark.parametrize(("text", "word", "actor"), [
    ("Rebels advanced in eastern D.R.C. on Monday.", "D.R.C.", "cty:COD"),
    ("Aid groups fled the east of the D.R.C.. The fighting went on.", "D.R.C.", "cty:COD"),
    ("The P.R.C. protested to Manila on Friday.", "P.R.C.", "cty:CHN"),
    ("The D.P.R.K. fired a missile into the sea.", "D.P.R.K.", "cty:PRK"),
    ("The U.A.E. said it would send aid.", "U.A.E.", "cty:ARE"),
    ("The U.K. welcomed the move.", "U.K.", "cty:GBR"),
])
def test_dotted_country_initials(nlp: Language, text: str, word: str, actor: str) -> None:
    assert _actors_of(nlp, text, word) == [actor]


@pytest.mark.parametrize("text", [
    "J.R. Smith scored 20 points for the home side.",
    "The D.R. Horton homebuilder said sales were up.",
])
def test_initials_no_country_has_are_no_country(nlp: Language, text: str) -> None:
    _, mentions = run(nlp, text)
    assert not any(m.actor.startswith("cty:") for m in mentions)


@pytest.mark.parametrize("text", [
    "Sir C.A.R. Hoare said the null reference was his mistake.",
    "Computer scientist C.A.R. Hoare invented quicksort in 1959.",
])
def test_a_country_s_dotted_initials_before_a_surname_are_a_person(nlp: Language, text: str) -> None:
    _, mentions = run(nlp, text)
    actors = [m.actor for m in mentions if m.text.endswith("Hoare")]
    assert actors and all(a.startswith("per:") for a in actors)


@pytest.mark.parametrize(("text", "word"), [
    ("The U.S. Army said the drill would go ahead.", "U.S. Army"),
    ("The C.A.R. Army said rebels had attacked a convoy.", "C.A.R. Army"),
])
def test_a_country_s_initials_before_a_body_are_no_person(nlp: Language, text: str, word: str) -> None:
    _, mentions = run(nlp, text)
    assert not any(m.actor.startswith("per:") for m in mentions)
