"""Session 17 actors follow-ups, on sentences of our own: a name towns bore after a person, a
"his" of a name's own verb, "<region-named company> shares", a work's title, a headline's
irregular past and a writer's bracketed title before a name."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span

from dateline.actors.lexicon import honorary_name
from dateline.actors.readings import _his_subject
from dateline.actors.slips import _headline_verb
from tests.actors.test_conflict_news import by_text


@pytest.mark.parametrize("text", [
    "Stalin was a dictator, historians said.",
    "Stalin died in the spring of 1953, the archive shows.",
])
def test_a_name_towns_bore_after_a_person_stays_the_person(nlp: Language, text: str) -> None:
    assert by_text(nlp, text)["Stalin"].startswith("per:")


def test_a_name_towns_bore_is_a_place_where_a_place_is_expected(nlp: Language) -> None:
    assert "Stalin" not in by_text(nlp, "The delegates met in Stalin in 1950, the paper said.")


def test_honorary_names_are_no_places_own_names() -> None:
    assert honorary_name("Stalin")  # Donetsk, Varna, Kuçovë bore it
    assert not honorary_name("Kiev")  # Kyiv alone
    assert not honorary_name("Lincoln")  # towns of that name


def test_kiev_stays_a_place(nlp: Language) -> None:
    assert by_text(nlp, "Kiev was shelled overnight, officials said.").get("Kiev", "").startswith("cty:")


@pytest.mark.parametrize("text, name, kind", [
    ("Masayoshi Son raised his stake in the company on Tuesday.", "Masayoshi Son", "per:"),
    ("Tadashi Yanai cut his pay by half this year.", "Tadashi Yanai", "per:"),
    ("Morgan Stanley raised its forecast on Tuesday.", "Morgan Stanley", "org:"),
])
def test_his_of_a_names_own_verb_makes_a_person(nlp: Language, text: str, name: str, kind: str) -> None:
    assert by_text(nlp, text)[name].startswith(kind)


@pytest.mark.parametrize("text, name, kind", [
    ("Berkshire Hathaway shares fell 3 percent on Monday.", "Berkshire Hathaway", "org:"),
    ("Mukesh Ambani shares rose on Monday.", "Mukesh Ambani", "per:"),
])
def test_shares_after_a_name_opening_with_a_region_are_its_stock(nlp: Language, text: str, name: str,
                                                                 kind: str) -> None:
    """A company named for its home ("Berkshire"); a person's name is a holder's ("Ambani shares")."""
    assert by_text(nlp, text)[name].startswith(kind)


def test_a_title_after_a_work_noun_is_no_name_anywhere_in_the_article(nlp: Language) -> None:
    text = ("Clinton Cash Debunks Hillary: Two Errors\n\n"
            "Donors gave millions, according to Peter Schweizer's book Clinton Cash, which the campaign "
            "disputed. Hillary Clinton said the book was wrong.")
    found = by_text(nlp, text)
    assert "Clinton Cash" not in found and "Cash" not in found
    assert [k for k, v in found.items() if v == "per:hillary-clinton"] == ["Hillary Clinton"]


def test_a_name_after_a_work_noun_before_its_verb_is_the_writer(nlp: Language) -> None:
    found = by_text(nlp, "She read the book Hillary Clinton wrote about the campaign.")
    assert found["Hillary Clinton"] == "per:hillary-clinton"


@pytest.mark.parametrize("text, name", [
    ("Lee Harvey Oswald Shot Kennedy From A Window", "Lee Harvey Oswald"),
    ("John Wilkes Booth Shot Lincoln In A Theatre", "John Wilkes Booth"),
])
def test_a_headlines_irregular_past_ends_the_name(nlp: Language, text: str, name: str) -> None:
    found = by_text(nlp, text)
    assert found[name].startswith("per:")
    assert not any(k.startswith(name + " ") for k in found)


@pytest.mark.parametrize("word, verb", [("Shot", True), ("Fell", False), ("Drew", False), ("Sang", False)])
def test_irregular_pasts_but_surnames_and_given_names_are_headline_verbs(nlp: Language, word: str,
                                                                         verb: bool) -> None:
    """'Fell' is a common surname, 'Drew' and 'Sang' given names: no verb to cut a name at."""
    doc = nlp.make_doc(f"Kim {word} Park")
    assert _headline_verb(doc[1]) is verb


@pytest.mark.parametrize("text, mention, actor", [
    ('"[Sen. Jane] Doakes is a good man," he said.', "Sen. Jane] Doakes", "per:jane-doakes"),
    ('"[Senator Jane] Doakes voted no," he said.', "Senator Jane] Doakes", "per:jane-doakes"),
])
def test_a_bracketed_title_and_given_name_before_a_surname_are_one_person(nlp: Language, text: str,
                                                                           mention: str, actor: str) -> None:
    found = by_text(nlp, text)
    assert found[mention] == actor
    assert "Jane" not in found and "Doakes" not in found


@pytest.mark.parametrize("text, name, his", [
    ("Masayoshi Son raised his stake in the company on Tuesday.", "Masayoshi Son", True),
    ('"Minister Quits," declared La Prensa in Managua, but again showed his contempt for the press.',
     "La Prensa", False),
])
def test_only_a_subject_before_its_verb_owns_the_his_of_its_object(nlp: Language, text: str, name: str,
                                                                  his: bool) -> None:
    """An inverted subject ("declared La Prensa") is no owner of a later "his"."""
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == name.split()[0])
    assert _his_subject(Span(doc, start, start + len(name.split()))) is his
