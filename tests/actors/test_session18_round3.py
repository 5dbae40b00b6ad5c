"""Session 18 actors, round 3, on sentences of our own: a census given name before a surname no
one is given, with a he/his, is a person ("Morgan Freeman"), two names that may both be surnames
are not ("Morgan Stanley"); an English noun that only ends as a company does ("Turmoil",
"Sandbank") is no name where it opens a sentence; the state energy companies of conflict and
sanctions news are known organizations with their country."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dateline.actors.dictionary import load_dictionary
from dateline.actors.readings import company_compound
from tests.actors.test_conflict_news import by_text, run


@pytest.mark.parametrize(("text", "name", "prefix"), [
    ("Morgan Freeman raised his voice at the premiere.", "Morgan Freeman", "per:"),
    ("Morgan Freeman said he would return to the stage.", "Morgan Freeman", "per:"),
    ("Mason Greenwood said he would play on Saturday.", "Mason Greenwood", "per:"),
    ("Morgan Stanley doubled her salary last year.", "Morgan Stanley", "org:"),  # Stanley: a given name too
    ("Morgan Chase said he had been fired.", "Morgan Chase", "org:"),
    ("Morgan Freeman said it would cut jobs.", "Morgan Freeman", "org:"),  # no person cue
    ("Morgan Freeman shares fell on Monday.", "Morgan Freeman", "org:"),
    ("Goldman Sachs said he had left the bank.", "Goldman Sachs", "org:"),  # "Goldman": no given name
])
def test_a_given_name_and_a_surname_with_a_person_cue(nlp: Language, text: str, name: str, prefix: str) -> None:
    assert by_text(nlp, text).get(name, "").startswith(prefix), by_text(nlp, text)


@pytest.mark.parametrize("text", [
    "Turmoil gripped the capital on Monday.",
    "Sandbank shifted after the storm.",
    "Topsoil washed away in the rain.",
    "Recoil threw the gunner back.",
])
def test_an_english_noun_ending_as_a_company_opens_a_sentence_as_no_name(nlp: Language, text: str) -> None:
    word = text.split()[0]
    assert word not in by_text(nlp, text), by_text(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Turmoil said it would list its shares in Oslo.", "Turmoil"),  # speaks: a name
    ("Gazprombank said on Monday it had frozen the accounts.", "Gazprombank"),
    ("Citibank said it would cut jobs.", "Citibank"),
    ("Riverbank Capital said it would raise a fund.", "Riverbank Capital"),
    ("Sandbank reported higher profits.", "Sandbank"),  # a company's results
    ("Recoil ran its first ad.", "Recoil"),  # an "its" subject
])
def test_a_company_that_ends_so_stays(nlp: Language, text: str, name: str) -> None:
    assert by_text(nlp, text).get(name, "").startswith("org:"), by_text(nlp, text)


@pytest.mark.parametrize(("word", "expected"), [
    ("Turmoil", False), ("Tinfoil", False), ("Riverbank", False), ("Sandbank", False),
    ("Gazprombank", True), ("Lukoil", True),
])
def test_an_english_noun_is_no_company_compound(nlp: Language, word: str, expected: bool) -> None:
    doc = nlp.make_doc(f"{word} said.")
    assert company_compound(doc[0], load_dictionary()) is expected


@pytest.mark.parametrize(("text", "name", "id_", "country"), [
    ("Novatek said on Monday that exports rose.", "Novatek", "org:novatek", "RUS"),
    ("QatarEnergy said it had signed a supply deal.", "QatarEnergy", "org:qatarenergy", "QAT"),
    ("Petrobras said it would raise diesel prices.", "Petrobras", "org:petrobras", "BRA"),
    ("Gazprom Neft said it had raised output.", "Gazprom Neft", "org:gazprom-neft", "RUS"),
    ("Sonatrach said gas exports to Italy rose.", "Sonatrach", "org:sonatrach", "DZA"),
    ("The Abu Dhabi National Oil Company said it would raise capacity.",
     "Abu Dhabi National Oil Company", "org:adnoc", "ARE"),
])
def test_state_energy_companies_are_known(nlp: Language, text: str, name: str, id_: str, country: str) -> None:
    actors, mentions = run(nlp, text)
    assert {m.text: m.actor for m in mentions}.get(name) == id_
    assert next(a for a in actors if a.id == id_).country == country


def test_gazprom_and_gazprom_neft_are_two(nlp: Language) -> None:
    found = by_text(nlp, "Gazprom said it would cut supplies. Gazprom Neft said its output rose.")
    assert found["Gazprom"] == "org:gazprom" and found["Gazprom Neft"] == "org:gazprom-neft"


@pytest.mark.parametrize("text", [
    "Morgan Freeman fired the manager, who said he had done nothing wrong.",  # the manager's "he"
    "Morgan Freeman hired a trader. He said the desk would grow.",  # no pronoun of the name's verb
])
def test_a_pronoun_of_another_clause_is_no_given_name_and_surname_cue(nlp: Language, text: str) -> None:
    assert not by_text(nlp, text).get("Morgan Freeman", "").startswith("per:"), by_text(nlp, text)



@pytest.mark.parametrize(("text", "name", "prefix"), [
    ("Mr. Somo said he would resign on Friday.", "Mr. Somo", "per:"),  # a census surname, not SOMO
    ("SOMO said exports to Turkey would resume.", "SOMO", "org:somo"),
])
def test_an_acronym_that_is_a_surname_matches_only_in_capitals(nlp: Language, text: str, name: str,
                                                               prefix: str) -> None:
    found = by_text(nlp, text)
    assert any(n.endswith(name.split()[-1]) and a.startswith(prefix) for n, a in found.items()), found
