"""Session 13 actor follow-ups, on sentences of our own: namesakes and shared surnames, a church
set in a country or named for a saint, "it" after an unnamed hospital, a people's elders."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.actors.test_conflict_news import by_text as _by_text
from tests.actors.test_conflict_news import run


def _ents(nlp: Language, text: str) -> list[tuple[str, str]]:
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        doc = proc(doc)
        if name == "dateline_actors":
            break
    return [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize("text", [
    "Williams and Williams both said the match had been hard.",
    "Reporters asked Williams and Williams whether they would play again.",
])
def test_two_namesakes_are_no_one_person(nlp: Language, text: str) -> None:
    assert "per:williams" not in _by_text(nlp, text).values()


@pytest.mark.parametrize(("text", "name"), [
    ("The law firm Williams and Williams said it would appeal the ruling.", "Williams and Williams"),
    ("Williams and Williams, the company that built the bridge, denied the claims.", "Williams and Williams"),
])
def test_a_firm_of_one_name_twice_stays_the_firm(nlp: Language, text: str, name: str) -> None:
    assert _by_text(nlp, text)[name] == "org:williams-and-williams"


def test_a_given_name_shares_the_surname_after_and(nlp: Language) -> None:
    found = _by_text(nlp, "Serena and Venus Williams said they would play in the doubles final.")
    assert found["Serena"] == "per:serena-williams"
    assert found["Venus Williams"] == "per:venus-williams"


@pytest.mark.parametrize(("text", "word", "actor"), [
    # a known person, a surname of the article's, a large place: no shared surname
    ("Blinken and Jake Sullivan met in Rome on Monday.", "Blinken", "per:antony-blinken"),
    ("Tom Jones spoke first. Jones and Mary Smith said they were pleased.", "Jones", "per:tom-jones"),
    ("Texas and Mary Smith sued the agency on Friday.", "Texas", None),
])
def test_no_shared_surname(nlp: Language, text: str, word: str, actor: str | None) -> None:
    found = _by_text(nlp, text)
    assert found.get(word) == actor
    assert not any(a.endswith("-smith") and a != "per:mary-smith" for a in found.values())


def test_a_church_set_in_a_country_is_the_institution(nlp: Language) -> None:
    found = _by_text(nlp, "The Catholic Church in Ireland was hit by a wave of abuse lawsuits.")
    assert found["Catholic Church"] == "org:catholic-church"


@pytest.mark.parametrize("text", [
    "Shells hit the Greek Orthodox Church in Gaza on Sunday.",
    "The Roman Catholic Church of St. Mary in Dublin was damaged by fire.",
])
def test_a_church_in_a_town_or_of_a_saint_is_a_building(nlp: Language, text: str) -> None:
    assert not any("church" in a for a in _by_text(nlp, text).values())


def test_a_church_cut_before_its_saint_is_one_name(nlp: Language) -> None:
    ents = _ents(nlp, "Fire damaged the Roman Catholic Church of St. Mary on Tuesday.")
    assert ("the Roman Catholic Church of St. Mary", "FAC") in ents


def test_a_church_of_no_saint_keeps_its_name(nlp: Language) -> None:
    ents = _ents(nlp, "The Roman Catholic Church of Ireland said it would pay compensation.")
    assert not any("Ireland" in t and label == "FAC" for t, label in ents)


@pytest.mark.parametrize(("text", "pronoun"), [
    ("A hospital in Rafah said it had received 20 bodies.", "it"),
    ("A hospital in the southern city of Rafah said 20 people were killed. It said most were children.", "It"),
    ("A church in Kyiv said its roof had been damaged.", "its"),
])
def test_it_takes_up_an_unnamed_institution_in_a_place(nlp: Language, text: str, pronoun: str) -> None:
    found = _by_text(nlp, text)
    assert found[pronoun].startswith("grp:") and found[pronoun].endswith(("-hospitals", "-churches"))


def test_it_does_not_take_up_other_groups(nlp: Language) -> None:
    found = _by_text(nlp, "Palestinian residents said it was the worst night of the war.")
    assert "it" not in found


@pytest.mark.parametrize(("text", "span", "actor"), [
    ("Ibo traditional elders said the talks had failed.", "Ibo traditional elders", "grp:igbo-elders"),
    ("Yoruba leaders condemned the attack on the market.", "Yoruba leaders", "grp:yoruba-leaders"),
    ("Afghan tribal elders met the governor in Kandahar.", "Afghan tribal elders", "grp:afg-elders"),
])
def test_a_peoples_role_noun_is_its_group(nlp: Language, text: str, span: str, actor: str) -> None:
    assert _by_text(nlp, text)[span] == actor


def test_a_nigerian_people_has_its_country(nlp: Language) -> None:
    actors, _ = run(nlp, "Igbo elders said the talks had failed.")
    assert [a.country for a in actors if a.id == "grp:igbo-elders"] == ["NGA"]


def test_a_double_name_after_and_shares_no_surname(nlp: Language) -> None:
    found = _by_text(nlp, "Gonzalez and Mayer topped Jarry and Hans Podlipnik-Castillo 6-3, 7-5 in the doubles.")
    assert not any("podlipnik" in a and a != "per:hans-podlipnik-castillo" for a in found.values())


def test_a_score_is_no_part_of_a_name(nlp: Language) -> None:
    ents = _ents(nlp, "Tsonga cruised past Uchiyama 6-2, 6-1 in the second singles match.")
    assert not any(t.endswith("-") for t, _ in ents)


@pytest.mark.parametrize(("text", "word", "actor"), [
    ("The slogan drew ridicule across Twitter on Monday.", "Twitter", "org:twitter"),
    ("The ministry said on Telegram that two drones had been shot down.", "Telegram", "org:telegram"),
    ("The clip spread quickly on TikTok and YouTube.", "YouTube", "org:youtube"),
])
def test_a_platform_is_an_organization(nlp: Language, text: str, word: str, actor: str) -> None:
    assert _by_text(nlp, text)[word] == actor


def test_a_given_name_reading_needs_no_parse() -> None:
    """Entity scoring runs the model's ner alone: no sentence bounds, no error."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from dateline.actors.readings import person_cue

    doc = Doc(Vocab(), words=["Paris", "Hilton", "said", "she", "would", "go"])
    assert person_cue(doc[0:2]) is False


@pytest.mark.parametrize(("text", "name"), [
    ("Portam Civitatis by Peter Snijder\n\nSpider on the bridge by Groupe LAPS won.", "Peter Snijder"),
    ("Deals include a $50 Dell eGift Card\n\nOne of the deals went live early.", "Dell eGift Card"),
])
def test_a_paragraph_break_is_no_part_of_a_name(nlp: Language, text: str, name: str) -> None:
    assert name in [t for t, _ in _ents(nlp, text)]


def test_a_pronoun_after_an_unknown_named_subject_is_no_one_earlier(nlp: Language) -> None:
    text = ("Governor John Hoeven asked for an emergency declaration. Groth, whose home flooded in 1997, "
            "said she did not think a repeat was possible.")
    found = _by_text(nlp, text)
    assert found.get("she") != found["Governor John Hoeven"]
    assert found.get("she") in (None, found.get("Groth"))  # the speaker herself, once a cue makes her a person


@pytest.mark.parametrize(("text", "pronoun", "actor"), [
    ("Governor Jane Hoeven asked for an emergency declaration. She said she thinks the state might get it.",
     "she", "per:jane-hoeven"),
    ("Foreign Minister Annalena Baerbock arrived in Kyiv. Ukraine said she would meet Zelensky.",
     "she", "per:annalena-baerbock"),
])
def test_a_pronoun_after_a_known_subject_still_reaches_back(nlp: Language, text: str, pronoun: str, actor: str) -> None:
    assert _by_text(nlp, text)[pronoun] == actor


@pytest.mark.parametrize(("text", "name"), [
    ("NASA enlisted Amazon founder Jeff Bezos\u2019s Blue Origin and other upstarts.", "Jeff Bezos"),
    ("Analysts said Elon Musk\u2019s SpaceX would win the contract.", "Elon Musk"),
])
def test_a_name_run_over_a_curly_possessive_is_the_person(nlp: Language, text: str, name: str) -> None:
    ents = _ents(nlp, text)
    assert (name, "PERSON") in ents
    assert not any("\u2019s" in t for t, _ in ents)


@pytest.mark.parametrize(("text", "name"), [
    ("Todd Martin (U.S.) beat Renzo Furlan (Italy) 7-6 6-3.", "Renzo Furlan"),
    ("Grant Stafford (South Africa) vs. Guy Forget (France)", "Guy Forget"),
])
def test_a_name_with_its_country_in_a_results_line_is_a_person(nlp: Language, text: str, name: str) -> None:
    assert (name, "PERSON") in _ents(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Tata Steel (India) and Posco (South Korea) reported higher profits.", "Tata Steel"),
    ("Delegates from Sydney (Australia) and Lyon (France) attended the summit.", "Sydney"),
])
def test_a_name_with_its_country_outside_results_keeps_its_label(nlp: Language, text: str, name: str) -> None:
    assert (name, "PERSON") not in _ents(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Vaduz - Daniele Polverino (90th)", "Daniele Polverino"),
    ("Scorers: Arkadiusz Bak (1st and 55th), Arwel Jones (47th)", "Arwel Jones"),
])
def test_a_scorer_with_the_minutes_is_a_person(nlp: Language, text: str, name: str) -> None:
    assert (name, "PERSON") in _ents(nlp, text)


def test_an_ordinal_in_brackets_with_other_words_is_no_minute(nlp: Language) -> None:
    assert ("Tata Steel", "PERSON") not in _ents(nlp, "Tata Steel (90th) reported higher profits.")


def test_a_title_after_and_shares_no_surname(nlp: Language) -> None:
    ents = _ents(nlp, "The record features classic tracks, including Born to be Wild and The Road to Hell.")
    assert ("Wild", "PERSON") not in ents


def test_a_name_inside_a_quote_does_not_hold_back_the_speaker(nlp: Language) -> None:
    text = ('Sergeant Glen Horan leads the unit. "Most offenders are young, and Statistics Canada agrees," '
            'he said.')
    assert _by_text(nlp, text)["he"] == "per:glen-horan"
