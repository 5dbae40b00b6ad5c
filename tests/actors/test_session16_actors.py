"""Session 16 actor follow-ups, on sentences of our own: a company's trade word (one list with the
places' team rule) leaves its short form; a short given name alone names no one; a company the model
tags as a person is one by its own words (its stock, its results, a company noun beside it)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.actors.test_conflict_news import by_text


@pytest.mark.parametrize("text, short, company", [
    ("Danforth Properties sold the tower for $300 million. Danforth said it would buy more offices.",
     "Danforth", "org:danforth-properties"),
    ("Whitlock Securities was fined by regulators on Tuesday. Whitlock said it would pay the fine.",
     "Whitlock", "org:whitlock-securities"),
])
def test_a_trade_word_leaves_the_companys_short_form(nlp: Language, text: str, short: str, company: str) -> None:
    assert by_text(nlp, text)[short] == company



def test_a_short_given_name_is_the_person_named_in_full_before(nlp: Language) -> None:
    found = by_text(nlp, "Bernie Sanders spoke to voters in Vermont on Sunday. Bernie said the race was not over.")
    assert found["Bernie"] == found["Bernie Sanders"] == "per:bernie-sanders"


@pytest.mark.parametrize("text", [
    "Bernie said the race was not over.",
    "Bernie told the crowd in Burlington that the race was not over.",
    "Bernard Sanders spoke to voters in Vermont on Sunday. Bernie said the race was not over.",
    "Bernie Sanders met Bernie Ecclestone in London on Monday. Bernie said the talks went well.",
])
def test_a_short_given_name_with_no_one_of_it_before_is_no_actor(nlp: Language, text: str) -> None:
    assert "Bernie" not in by_text(nlp, text)


@pytest.mark.parametrize("text, name, company", [
    ("Shares of Berkshire Hathaway rose 2 percent on Monday.", "Berkshire Hathaway", "org:berkshire-hathaway"),
    ("Berkshire Hathaway reported a record profit on Saturday.", "Berkshire Hathaway", "org:berkshire-hathaway"),
    ("Goldman Sachs reported a loss for the quarter. Mr. Sachs said nothing.", "Goldman Sachs", "org:goldman-sachs"),
    ("The brewer hired Robey Warshaw, a firm with fewer than twenty staff, to run the takeover.",
     "Robey Warshaw", "org:robey-warshaw"),
    ("Perella Weinberg, a firm set up by former bankers, advised the brewer on the takeover.",
     "Perella Weinberg", "org:perella-weinberg"),
])
def test_a_company_the_model_takes_for_a_person_by_its_own_words(nlp: Language, text: str, name: str,
                                                                  company: str) -> None:
    assert by_text(nlp, text)[name] == company


@pytest.mark.parametrize("text, name", [
    ("Elon Musk sold shares of Tesla worth $4 billion.", "Elon Musk"),
    ("Elon Musk's shares in Tesla are worth $100 billion.", "Elon Musk"),
    ("Warren Buffett's Berkshire bought more shares of Apple.", "Warren Buffett"),
    ("Warren Buffett reported a loss on his airline stakes.", "Warren Buffett"),
    ("Jamie Dimon reported strong earnings at the bank.", "Jamie Dimon"),
    ("Gautam Adani, the billionaire, denied the charges.", "Gautam Adani"),
])
def test_a_person_who_deals_in_shares_stays_a_person(nlp: Language, text: str, name: str) -> None:
    assert by_text(nlp, text)[name].startswith("per:")


@pytest.mark.parametrize("text, name, person", [
    ("Mayor Tom Market said the council would vote on Tuesday.", "Mayor Tom Market", "per:tom-market"),
    ("Senator Jim Hospital said the bill would pass.", "Senator Jim Hospital", "per:jim-hospital"),
])
def test_a_civil_title_makes_a_name_ending_in_a_facility_word_a_persons(nlp: Language, text: str, name: str,
                                                                        person: str) -> None:
    assert by_text(nlp, text)[name] == person


@pytest.mark.parametrize("text, name", [
    ("King Hussein Hospital said 20 people had died.", "Hussein Hospital"),
    ("Doctors at Queen Elizabeth Hospital said the patient was stable.", "Queen Elizabeth Hospital"),
    ("Kamal Adwan Hospital said 20 people had died.", "Kamal Adwan Hospital"),
])
def test_a_facility_named_after_a_title_stays_a_facility(nlp: Language, text: str, name: str) -> None:
    assert by_text(nlp, text)[name].startswith("org:")


@pytest.mark.parametrize("text, name", [
    ("Yoweri Museveni said Uganda would defend its sovereignty.", "Yoweri Museveni"),
    ("Luiz Inacio Lula said Brazil would raise its spending.", "Luiz Inacio Lula"),
    ("Satya Nadella reported strong earnings at Microsoft.", "Satya Nadella"),
    ("Jannik Sinner posted a rare loss to Carlos Alcaraz on Sunday.", "Jannik Sinner"),
    ("Shohei Ohtani reported income of $65 million from endorsements.", "Shohei Ohtani"),
])
def test_a_person_whose_given_name_the_lists_lack_is_no_company_by_near_words(nlp: Language, text: str,
                                                                              name: str) -> None:
    """An "its" of another subject's clause, a firm's results an officer reports ("at"), a rival's
    win ("to"), a person's income: no company's own words."""
    assert by_text(nlp, text)[name].startswith("per:")


@pytest.mark.parametrize("text, name, person", [
    ("Commissioner Dick said the force would investigate.", "Commissioner Dick", "per:dick"),
    ("Mr. Ray said he would appeal the ruling.", "Mr. Ray", "per:ray"),
    ("Judge Ray ruled against the company.", "Judge Ray", "per:ray"),
])
def test_a_titled_surname_that_is_a_short_given_name_stays_a_person(nlp: Language, text: str, name: str,
                                                                    person: str) -> None:
    assert by_text(nlp, text)[name] == person


@pytest.mark.parametrize("text", [
    "Governor Juan Luis Hospital treated 20 patients on Sunday.",
    "Patients were taken to Governor Juan Luis Hospital on Sunday.",
    "Flights left from Mayor Tom Bradley Airport on Monday.",
    "Wounded were taken to Minister Khalid Hospital in Gaza.",
])
def test_a_facility_named_for_a_titled_person_stays_a_facility(nlp: Language, text: str) -> None:
    assert not any(a.startswith("per:") for a in by_text(nlp, text).values())


def test_an_its_after_a_speech_verb_still_hints_at_a_company(nlp: Language) -> None:
    """A short given name's company reading weighs any "its" after its verb, another clause's too."""
    assert by_text(nlp, "Walt Disney said the state would lose its case.")["Walt Disney"] == "org:walt-disney"
