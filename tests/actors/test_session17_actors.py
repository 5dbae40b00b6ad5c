"""Session 17 actors follow-ups, on sentences of our own: a name towns bore after a person, a
"his" of a name's own verb, "<region-named company> shares", a work's title, a headline's
irregular past and a writer's bracketed title before a name."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.actors.test_conflict_news import by_text


@pytest.mark.parametrize("text", [
    "Stalin was a dictator, historians said.",
    "Stalin died in the spring of 1953, the archive shows.",
])
def test_a_name_towns_bore_after_a_person_stays_the_person(nlp: Language, text: str) -> None:
    assert by_text(nlp, text)["Stalin"].startswith("per:")


def test_a_name_towns_bore_is_a_place_where_a_place_is_expected(nlp: Language) -> None:
    assert "Stalin" not in by_text(nlp, "The delegates met in Stalin in 1950, the paper said.")


def test_a_citys_own_name_given_for_a_person_stays_the_city(nlp: Language) -> None:
    """'Jackson' is towns' own name, not one they bore ("Stalin"): no person where nothing calls for one."""
    assert "Jackson" not in by_text(nlp, "Jackson was under a boil-water notice, officials said.")


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


@pytest.mark.parametrize("word", ["Fell", "Drew", "Sang"])
def test_an_irregular_past_that_is_a_surname_or_given_name_stays_in_a_headlines_name(nlp: Language,
                                                                                     word: str) -> None:
    """'Fell' is a common surname, 'Drew' and 'Sang' given names: no verb to cut a name at."""
    found = by_text(nlp, f"Mary Ann {word} Wins Council Seat In Ohio")
    assert found[f"Mary Ann {word}"].startswith("per:")
    assert "Mary Ann" not in found


@pytest.mark.parametrize("text, mention, actor", [
    ('"[Sen. Jane] Doakes is a good man," he said.', "Sen. Jane Doakes", "per:jane-doakes"),
    ('"[Senator Jane] Doakes voted no," he said.', "Senator Jane Doakes", "per:jane-doakes"),
])
def test_a_bracketed_title_and_given_name_before_a_surname_are_one_person(nlp: Language, text: str,
                                                                           mention: str, actor: str) -> None:
    found = by_text(nlp, text)
    assert found[mention] == actor
    assert "Jane" not in found and "Doakes" not in found


@pytest.mark.parametrize("text, name", [
    ('"Minister Quits," declared La Prensa in Managua, but again showed his contempt for the press.',
     "La Prensa"),
    ('"Minister Quits," declared Asahi Shimbun in Tokyo, but again showed his contempt for the press.',
     "Asahi Shimbun"),
])
def test_an_inverted_subject_owns_no_later_his(nlp: Language, text: str, name: str) -> None:
    """'declared La Prensa': a subject after its verb is no owner of a later "his" (the owner
    before its verb: ``test_his_of_a_names_own_verb_makes_a_person``)."""
    found = by_text(nlp, text)
    assert not found.get(name, "org:").startswith("per:")
    assert found.get("his") != found.get(name, "")
