"""Session 14 actor follow-ups on sentences of our own: a brand's word alone is the brand, not its
product ("Amazon Music ... Amazon said"); a word after "the" is no surname ("the Moon"); a she is
no man's by his honorific ("Mr. Haines ... she said")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dateline.actors.lexicon import lexicon
from dateline.actors.pronouns import stated_gender
from tests.actors.test_conflict_news import run


def _mentions(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.actor) for m in run(nlp, text)[1]]


@pytest.mark.parametrize(("text", "brand", "actor"), [
    ("Amazon Music added new podcasts this week. Shoppers can also use Amazon Credit on purchases. "
     "Amazon said the offer ends Friday. Amazon shares rose.", "Amazon", "org:amazon"),
    ("Apple Music raised its price. Apple said the change would fund artists.", "Apple", "org:apple"),
])
def test_a_brand_alone_is_no_short_form_of_its_product(nlp: Language, text: str, brand: str, actor: str) -> None:
    found = [a for t, a in _mentions(nlp, text) if t == brand]
    assert found and set(found) == {actor}


@pytest.mark.parametrize(("text", "short", "actor"), [
    # near misses: a second word that is no product's leaves the two-word name's short form
    ("Walt Disney reported higher profits on Thursday. Disney said theme park visits rose.",
     "Disney", "org:walt-disney"),
    ("Goldman Sachs cut 300 jobs. Goldman said the cuts were needed.", "Goldman", "org:goldman-sachs"),
])
def test_a_two_word_company_keeps_its_short_form(nlp: Language, text: str, short: str, actor: str) -> None:
    assert dict(_mentions(nlp, text))[short] == actor


def test_a_word_after_a_determiner_is_no_surname(nlp: Language) -> None:
    text = ("Getting to the Moon is hard. Staying on the Moon is harder, said the company, "
            "which is building our Blue Moon lander.")
    found = dict(_mentions(nlp, text))
    assert found["Blue Moon"] == "org:blue-moon"


def test_a_name_its_own_clause_calls_it_is_no_person(nlp: Language) -> None:
    found = dict(_mentions(nlp, "Morgan Stanley raised its forecast. Stanley said the outlook was good."))
    assert found["Morgan Stanley"] == found["its"] == "org:morgan-stanley"


def test_a_name_with_his_stays_a_person(nlp: Language) -> None:
    # near miss: "his", no "its", in the clause; the lone surname makes the model's ORG a person
    found = dict(_mentions(nlp, "Mason Rudolph improved his passing. Rudolph said the team played well."))
    assert found["Mason Rudolph"] == found["Rudolph"] == "per:mason-rudolph"


def test_no_she_for_a_man_by_his_honorific(nlp: Language) -> None:
    found = _mentions(nlp, 'Mr. Haines spoke to reporters. "We will win," she said.')
    assert ("Mr. Haines", "per:haines") in found
    assert not any(t == "she" for t, _ in found)


@pytest.mark.parametrize(("text", "pronoun", "actor"), [
    # near misses: the honorific agrees, no gender is known, or a he already read as him
    ("Ms. Ruiz spoke to reporters. She said the vote was fair.", "She", "per:ruiz"),
    ("Taylor Reed won the race. Reed said she was tired.", "she", "per:taylor-reed"),
    ("Mr. Haines spoke to reporters. He said the vote was fair. Later, she said the count would resume.",
     "He", "per:haines"),
])
def test_a_pronoun_of_the_actors_gender_or_none_known(nlp: Language, text: str, pronoun: str, actor: str) -> None:
    assert dict(_mentions(nlp, text))[pronoun] == actor


def test_a_he_already_read_rules_out_a_later_she(nlp: Language) -> None:
    found = _mentions(nlp, "Mr. Haines spoke to reporters. He said the vote was fair. Later, she said the count "
                           "would resume.")
    assert not any(t == "she" for t, _ in found)


@pytest.mark.parametrize(("text", "mentions", "gender"), [
    ("Mr. Haines spoke.", [(0, "Mr. Haines")], "m"),
    ("Ms. Ruiz spoke.", [(4, "Ruiz")], "f"),
    ("The spokeswoman spoke.", [(0, "The spokeswoman")], "f"),
    ("Reed won. She smiled.", [(0, "Reed"), (10, "She")], "f"),
    ("Reed won.", [(0, "Reed")], None),
])
def test_stated_gender(text: str, mentions: list[tuple[int, str]], gender: str | None) -> None:
    assert stated_gender(text, mentions) == gender


def test_a_people_has_one_spelling() -> None:
    spellings = lexicon().people_spellings or {}
    assert spellings["Uyghur"] == spellings["Uighur"]
    assert spellings["Igbo"] == spellings["Ibo"]
    assert spellings["Kurdish"] == "Kurdish"
