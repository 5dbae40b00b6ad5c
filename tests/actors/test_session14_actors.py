"""Session 14 actor follow-ups, on sentences of our own: a company's short form after its trade
word or a two-word name, buildings named for people, one group id per people whatever the spelling."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.actors.test_conflict_news import by_text as _by_text


@pytest.mark.parametrize(("text", "short", "actor"), [
    ("Samsung Electronics posted a record quarter. Samsung said demand for memory chips was strong.",
     "Samsung", "org:samsung-electronics"),
    ("Duke Energy raised rates in North Carolina. Duke said the increase was needed.", "Duke", "org:duke-energy"),
    ("Pfizer Pharmaceuticals faced a lawsuit in Ohio. Pfizer said it would fight the claims.",
     "Pfizer", "org:pfizer-pharmaceuticals"),
    ("Walt Disney reported higher profits on Thursday. Disney said theme park visits rose.",
     "Disney", "org:walt-disney"),
    ("Shares of Walt Disney rose 3 percent. Disney said theme park visits rose.", "Disney", "org:walt-disney"),
    ("Goldman Sachs cut 300 jobs. Goldman said the cuts were needed.", "Goldman", "org:goldman-sachs"),
    ("Amnesty International said the trial was unfair. Amnesty called for a retrial.", "Amnesty",
     "ngo:amnesty-international"),
])
def test_a_company_short_form_joins_its_full_name(nlp: Language, text: str, short: str, actor: str) -> None:
    found = _by_text(nlp, text)
    assert found[short] == actor
    assert not any(a.startswith("per:") for a in found.values())


@pytest.mark.parametrize(("text", "word", "actor"), [
    # a capital keeps its country; a company word is no short form
    ("Singapore Airlines added flights to London. Singapore said the route was popular.", "Singapore", "cty:SGP"),
    ("Samsung Electronics Co. posted a record quarter. Electronics sales rose.", "Electronics", None),
])
def test_no_company_short_form(nlp: Language, text: str, word: str, actor: str | None) -> None:
    assert _by_text(nlp, text).get(word) == actor


def test_a_model_person_is_no_short_form_of_a_two_word_org(nlp: Language) -> None:
    # the model's ORG "Mason Rudolph" gives no company reading to the person it tags "Rudolph"
    found = _by_text(nlp, "Mason Rudolph threw for 250 yards as the Steelers won. Rudolph said the team played well.")
    assert found["Rudolph"] == "per:mason-rudolph"


@pytest.mark.parametrize("text", [
    "Donald Trump spoke to supporters. Protesters gathered outside Trump Tower in New York on Sunday.",
    "Donald Trump spoke to supporters. Police closed the street near Trump Tower.",
    "Jimmy Carter spoke. Carter Street residents cheered.",
])
def test_a_building_named_for_a_person_is_no_person(nlp: Language, text: str) -> None:
    found = _by_text(nlp, text)
    assert list(found).count("Trump") + list(found).count("Carter") + list(found).count("Carter Street") == 0


@pytest.mark.parametrize(("text", "name", "actor"), [
    ("Donald Trump spoke in Iowa. Trump said he would win.", "Trump", "per:donald-trump"),
    ("Tom Hall said the team would improve. Hall told reporters he was tired.", "Tom Hall", "per:tom-hall"),
    ("Jimmy Carter spoke. Carter said he was glad.", "Carter", "per:jimmy-carter"),
])
def test_a_surname_alone_is_still_the_person(nlp: Language, text: str, name: str, actor: str) -> None:
    assert _by_text(nlp, text)[name] == actor


@pytest.mark.parametrize(("text", "spans", "actor"), [
    ("Uighur activists met in Istanbul. Uyghur activists called for sanctions.",
     ["Uighur activists", "Uyghur activists"], "grp:uyghur-activists"),
    ("Baluch fighters attacked a convoy. Baloch fighters denied it.",
     ["Baluch fighters", "Baloch fighters"], "grp:baloch-fighters"),
    ("Ibo elders met on Monday. Igbo elders said the talks had failed.", ["Ibo elders", "Igbo elders"],
     "grp:igbo-elders"),
])
def test_one_group_whatever_the_spelling(nlp: Language, text: str, spans: list[str], actor: str) -> None:
    found = _by_text(nlp, text)
    assert [found.get(s) for s in spans] == [actor, actor]


def test_a_peoples_word_before_a_noun_is_no_body(nlp: Language) -> None:
    found = _by_text(nlp, "The Ibo community in Lagos protested on Monday.")
    assert not any(a.startswith("org:") for a in found.values())


def test_a_name_the_model_called_a_body_is_a_person_by_its_surname(nlp: Language) -> None:
    found = _by_text(nlp, "Mason Rudolph threw for 250 yards as the Steelers won. Rudolph said he was proud.")
    assert found["Mason Rudolph"] == found["Rudolph"] == "per:mason-rudolph"
    assert "Steelers" not in found  # a team the model called a person: no one person


@pytest.mark.parametrize(("text", "name", "actor"), [
    # no person by the name's own last word: the model's body stays, whoever "he" or "she" is
    ("Walt Disney reported higher profits on Thursday. Disney said it would open a new park.",
     "Walt Disney", "org:walt-disney"),
    ("Goldman Sachs hired John Smith on Monday. He said the job was exciting.", "Goldman Sachs", "org:goldman-sachs"),
    ("Goldman Sachs hired a new chief, who said he would expand the bank.", "Goldman Sachs", "org:goldman-sachs"),
    ("Sinn Fein won the most seats. Its leader said she would seek to form a government.", "Sinn Fein",
     "org:sinn-fein"),
])
def test_a_body_stays_a_body_without_a_person_cue(nlp: Language, text: str, name: str, actor: str) -> None:
    assert _by_text(nlp, text)[name] == actor
