"""Session 19 actors, on sentences of our own: a person's title before a name an organization of
the dictionary bears makes a person ("Mr. Pemex said he"), unless the name's own words are the
organization's; a given name and the name's own he/she make a person whatever the second word
also names ("Nadia Rosneft said she"); the "Said" of a title-case hearsay headline and the
infinitive after it are no name's words ("Putin Said to Weigh Cabinet Shake-Up")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.actors.test_conflict_news import by_text


@pytest.mark.parametrize(("text", "name"), [
    ("Mr. Pemex said he would resign.", "Mr. Pemex"),
    ("Ms. Nioc said she would stay on.", "Ms. Nioc"),
    ("Dr. Rosneft said he had no comment.", "Dr. Rosneft"),
    ("Mrs. Gazprom met the minister on Tuesday.", "Mrs. Gazprom"),
])
def test_a_titled_namesake_of_a_company_is_a_person(nlp: Language, text: str, name: str) -> None:
    assert by_text(nlp, text).get(name, "").startswith("per:"), by_text(nlp, text)


def test_the_company_and_its_titled_namesake_in_one_sentence(nlp: Language) -> None:
    found = by_text(nlp, "Bloomberg reported that Mr. Bloomberg said he would spend heavily.")
    assert found.get("Bloomberg") == "med:bloomberg", found
    assert found.get("Mr. Bloomberg", "").startswith("per:"), found


@pytest.mark.parametrize(("text", "name", "actor"), [
    ("Pemex said it would cut output.", "Pemex", "org:pemex"),
    ("Mr. Pemex said it would cut output.", "Pemex", "org:pemex"),  # the name's own "it"
    ("Mr. Romero of Pemex said he would resign.", "Pemex", "org:pemex"),  # no title before it
    ("President Rosneft said he would resign.", "Rosneft", "org:rosneft"),  # an office, no person's title
])
def test_the_company_stays_without_a_persons_title_before_it(nlp: Language, text: str, name: str, actor: str) -> None:
    assert by_text(nlp, text).get(name) == actor, by_text(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Nadia Rosneft said she would run for the council.", "Nadia Rosneft"),
    ("Nadia Goldbank said she would run for the council.", "Nadia Goldbank"),
    ("Morgan Freeman said he would run for the council.", "Morgan Freeman"),
])
def test_a_given_name_and_its_own_pronoun_make_a_person(nlp: Language, text: str, name: str) -> None:
    assert by_text(nlp, text).get(name, "").startswith("per:"), by_text(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Nadia Rosneft reported higher profits.", "Nadia Rosneft"),  # no he/she
    ("Nadia Rosneft fired the manager, who said she would sue.", "Nadia Rosneft"),  # another's clause
    ("Rosneft said she would leave the board.", "Rosneft"),  # no given name
    ("Wells Fargo said he had been fired.", "Wells Fargo"),
    ("Morgan Stanley said he had been dismissed.", "Morgan Stanley"),  # "Stanley" is given too
])
def test_no_person_without_a_given_name_and_its_own_pronoun(nlp: Language, text: str, name: str) -> None:
    assert not by_text(nlp, text).get(name, "per:").startswith("per:"), by_text(nlp, text)


@pytest.mark.parametrize(("text", "name", "prefix"), [
    ("Putin Said to Weigh Cabinet Shake-Up", "Putin", "per:vladimir-putin"),
    ("Bernie Sanders Said to Weigh Another Run", "Bernie Sanders", "per:bernie-sanders"),
    ("Putin Said To Weigh Cabinet Shake-Up", "Putin", "per:vladimir-putin"),
])
def test_said_of_a_title_case_hearsay_headline_is_no_name(nlp: Language, text: str, name: str, prefix: str) -> None:
    found = by_text(nlp, text)
    assert found.get(name) == prefix, found
    assert not any("Said" in t or "Weigh" in t for t in found), found


@pytest.mark.parametrize(("text", "name"), [
    ("Edward Said to Speak at Columbia", "Edward Said"),  # a given name before it: the name's
    ("Khaled Said to Be Honored in Alexandria. Khaled Said, who died in 2010, became a symbol.", "Khaled Said"),
    ("Said Jalili to Run for President", "Said Jalili"),
])
def test_said_ends_or_opens_a_name_in_a_headline(nlp: Language, text: str, name: str) -> None:
    assert by_text(nlp, text).get(name, "").startswith("per:"), by_text(nlp, text)


@pytest.mark.parametrize("text", [
    "Prime Minister Said to Resign",
    "The Minister Said to Resign Over Scandal",
])
def test_a_lone_said_of_a_hearsay_headline_is_no_name(nlp: Language, text: str) -> None:
    assert not any("Said" in t for t in by_text(nlp, text)), by_text(nlp, text)


@pytest.mark.parametrize(("text", "name", "actor"), [
    ("Trump Said To Consider Pardons", "Trump", "per:donald-trump"),  # "Said" inside the model's span
    ("Goldman Sachs Said to Cut Bonuses", "Goldman Sachs", "org:goldman-sachs"),  # an organization's
])
def test_the_name_before_a_hearsay_said_whatever_the_span(nlp: Language, text: str, name: str, actor: str) -> None:
    found = by_text(nlp, text)
    assert found.get(name) == actor and not any("Said" in t for t in found), found


@pytest.mark.parametrize(("text", "name", "actor"), [
    ("Mr. Jordan said he would not attend the meeting.", "Mr. Jordan", "per:"),
    ("Ms. Ireland said she was leaving.", "Ms. Ireland", "per:"),
    ("Mr. Jordan told reporters that it would not sign the accord.", "Jordan", "cty:JOR"),  # the name's own "it"
    ("DR Congo's army advanced on the town.", "DR Congo", "cty:COD"),  # "DR", no doctor's title
])
def test_a_titled_namesake_of_a_country(nlp: Language, text: str, name: str, actor: str) -> None:
    assert by_text(nlp, text).get(name, "").startswith(actor), by_text(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Mr. Pemex said he thought it was unfair.", "Mr. Pemex"),  # the name's own "he" before another "it"
    ("Mr. Jordan said he believed it would rain.", "Mr. Jordan"),
])
def test_a_titled_namesakes_own_pronoun_outweighs_an_it(nlp: Language, text: str, name: str) -> None:
    assert by_text(nlp, text).get(name, "").startswith("per:"), by_text(nlp, text)
