"""Session 13 review of the actor rules, on sentences of our own: a shared surname across "and"
needs a person on both sides (two towns joined by "and" are no person)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.actors.test_session13_actors import _by_text, _ents


@pytest.mark.parametrize("text", [
    "Israeli air strikes hit Jabalia and Beit Lahia overnight, residents said.",
    "Israeli shelling hit Khan Younis and Deir al-Balah on Tuesday, medics said.",
    "Tanks moved between Rafah and Beit Hanoun, witnesses said.",
    "Aid reached Nuseirat and Beit Hanoun on Monday.",
])
def test_two_towns_share_no_surname(nlp: Language, text: str) -> None:
    assert not any(a.startswith("per:") for a in _by_text(nlp, text).values())


@pytest.mark.parametrize(("text", "word", "actor"), [
    ("Serena and Venus Williams said they would play in the doubles final.", "Serena", "per:serena-williams"),
    ("Andy and Jamie Murray won the doubles at Queen's on Sunday.", "Andy", "per:andy-murray"),
])
def test_a_given_name_shares_the_surname_of_a_named_person(nlp: Language, text: str, word: str, actor: str) -> None:
    assert _by_text(nlp, text)[word] == actor


@pytest.mark.parametrize(("text", "name"), [
    # one-word company names beside a country or a rank in brackets are no athletes
    ("Samsung (South Korea) vs. Apple (U.S.) was the patent fight of the decade.", "Samsung"),
    ("Samsung (South Korea) vs. Apple (U.S.) was the patent fight of the decade.", "Apple"),
    ("The most valuable brands were Apple (1st), Google (2nd) and Amazon (3rd).", "Apple"),
])
def test_a_one_word_name_in_brackets_is_no_athlete(nlp: Language, text: str, name: str) -> None:
    assert (name, "PERSON") not in _ents(nlp, text)


@pytest.mark.parametrize(("text", "actor"), [
    ("Sergeant Glen Horan leads the unit in Halifax.", "per:glen-horan"),
    ("Lieutenant Maria Ortiz commanded the patrol.", "per:maria-ortiz"),
])
def test_a_rank_opening_a_sentence_is_no_part_of_the_name(nlp: Language, text: str, actor: str) -> None:
    assert actor in _by_text(nlp, text).values()


@pytest.mark.parametrize(("text", "span"), [
    # a group on a platform is its users' group, not the platform
    ("A Facebook group of veterans organised the march.", "Facebook group"),
    ("Settlers coordinated the attack in a WhatsApp group, police said.", "WhatsApp group"),
])
def test_a_platforms_group_is_not_the_platform(nlp: Language, text: str, span: str) -> None:
    assert span not in _by_text(nlp, text)


def test_a_firms_group_is_still_the_firm(nlp: Language) -> None:
    assert _by_text(nlp, "The Tata group said it would invest $1 billion.")["Tata group"] == "org:tata"
