"""Institution nouns on sentences of our own: "the church said", "the patriarchate said", "the
university said" are the institution of that noun named last, as "the hospital said" is; "a
hospital in Rafah said" is an actor of its own place."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.actors.test_conflict_news import run


def _actors(nlp: Language, text: str, word: str) -> list[str]:
    _, mentions = run(nlp, text)
    return [m.actor for m in mentions if m.text == word]


@pytest.mark.parametrize(("text", "word", "actor"), [
    ("The Russian Orthodox Church backed the war. The church said it would pray for the soldiers.", "church",
     "org:russian-orthodox-church"),
    ("The Serbian Orthodox Church denied the report. A spokesman for the church said it had no ties to the group.",
     "church", "org:serbian-orthodox-church"),
    ("The Ecumenical Patriarchate of Constantinople granted independence to the Ukrainian church. "
     "The patriarchate said the decision was final.", "patriarchate", "org:ecumenical-patriarchate-of-constantinople"),
    ("Harvard University rejected the demands. The university said it would not comply.", "university",
     "org:harvard-university"),
])
def test_bare_institution_noun_is_the_one_named_last(nlp: Language, text: str, word: str, actor: str) -> None:
    assert _actors(nlp, text, word) == [actor]


@pytest.mark.parametrize(("text", "word"), [
    # two named together: either may be meant
    ("The Catholic Church and the Church of England issued a joint appeal. The church said the talks must resume.",
     "church"),
    # a place, not a speaker
    ("The Russian Orthodox Church backed the war. Troops entered the church on Monday.", "church"),
    ("Harvard University rejected the demands. Students gathered outside the university.", "university"),
    # a word of its own names another church
    ("The Russian Orthodox Church backed the war. The Ukrainian church said it would not follow.", "church"),
    # churches named in the plural since, at the head of a sentence
    ("The Russian Orthodox Church backed the war. Churches across Ukraine said they would not follow. "
     "The church said it was united.", "church"),
    # none named
    ("Shells hit the town overnight. The church said three people were hurt.", "church"),
    # the name another noun heads ("Hospital" of "Harvard University Hospital")
    ("Harvard University Hospital treated the wounded. The university said it would help.", "university"),
])
def test_bare_institution_noun_without_its_name(nlp: Language, text: str, word: str) -> None:
    assert _actors(nlp, text, word) == []


@pytest.mark.parametrize(("text", "word", "actor"), [
    ("A hospital in Rafah said it had run out of fuel.", "hospital", "grp:pse-rafah-hospitals"),
    ("Doctors at a hospital in Rafah said 12 patients had died.", "hospital", "grp:pse-rafah-hospitals"),
    ("A church in Kyiv said it had been shelled.", "church", "grp:ukr-kyiv-churches"),
    # the place named after a common noun of places
    ("A hospital in the southern city of Rafah said it had run out of fuel.", "hospital",
     "grp:pse-rafah-hospitals"),
    ("Police in the northern city of Kharkiv said two people died.", "Police", "org:ukraine-national-police"),
])
def test_unnamed_institution_in_a_place_speaks(nlp: Language, text: str, word: str, actor: str) -> None:
    assert _actors(nlp, text, word) == [actor]


def test_unnamed_institutions_of_two_places_are_two(nlp: Language) -> None:
    actors, _ = run(nlp, "A hospital in Rafah said it had no fuel. A hospital in Khan Younis said it had none either.")
    hospitals = {a.id: (a.country, a.type) for a in actors if a.id.endswith("-hospitals")}
    assert hospitals == {"grp:pse-rafah-hospitals": ("PSE", "group"), "grp:pse-khan-younis-hospitals": ("PSE", "group")}


def test_two_unnamed_institutions_of_one_place_are_its_group(nlp: Language) -> None:
    """Two hospitals in Rafah, neither named: the one group of Rafah's hospitals, no one institution."""
    actors, _ = run(nlp, "A hospital in Rafah said it had no fuel. Another hospital in Rafah said it had power.")
    hospitals = [(a.id, a.name, a.type) for a in actors if "hospital" in a.id]
    assert hospitals == [("grp:pse-rafah-hospitals", "hospitals in Rafah", "group")]


@pytest.mark.parametrize("text", [
    "A hospital in Rafah was shelled overnight.",
    "The wounded were taken to a hospital in Rafah.",
    "Troops raided a hospital in Rafah, officials said.",
    # no place: nothing names it
    "A hospital said it had run out of fuel.",
    # a kind of its own
    "A field hospital in Rafah said it had run out of fuel.",
    # a common noun of places with no place named after it
    "A hospital in the city said it had run out of fuel.",
    "A hospital in a town of 5,000 people said it was full.",
])
def test_unnamed_institution_that_does_not_speak(nlp: Language, text: str) -> None:
    _, mentions = run(nlp, text)
    assert [m for m in mentions if m.text in ("hospital", "it")] == []


@pytest.mark.parametrize(("text", "actor"), [
    ("Al-Shifa Hospital lost power on Monday. The besieged hospital said it had no fuel.", "org:al-shifa-hospital"),
    ("Nasser Hospital received 20 bodies. The main hospital said most were women.", "org:nasser-hospital"),
    ("Nasser Hospital received 20 bodies. The same hospital said most were women.", "org:nasser-hospital"),
    ("Nasser Hospital received 20 bodies. The city's largest hospital said most were women.", "org:nasser-hospital"),
])
def test_a_word_that_only_describes_the_one_named(nlp: Language, text: str, actor: str) -> None:
    assert _actors(nlp, text, "hospital") == [actor]


@pytest.mark.parametrize("text", [
    "Nasser Hospital received 20 bodies. The military hospital said most were women.",
    "Nasser Hospital received 20 bodies. The children's hospital said most were women.",
    "Nasser Hospital received 20 bodies. The Khan Younis hospital said most were women.",
    "Nasser Hospital received 20 bodies. The private hospital said most were women.",
])
def test_a_word_that_names_another_kind(nlp: Language, text: str) -> None:
    assert _actors(nlp, text, "hospital") == []
