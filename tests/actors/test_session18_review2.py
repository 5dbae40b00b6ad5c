"""Session 18 actors review, round 2, on sentences of our own: a person cue outweighs a company's
suffix ("Mr. Goldbank said he"), and hearsay keeps a given name and surname a person's
("Jonathan Port said to be weighing a bid")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dateline.actors.speakers import speaks_as_surname
from tests.actors.test_conflict_news import by_text


@pytest.mark.parametrize(("text", "name"), [
    ("Mr. Goldbank said on Monday that he would appeal the ruling.", "Goldbank"),  # a title
    ("Judge Holbank said she had read the file.", "Holbank"),
    ("Goldbank told the court that he had not seen the letter.", "Goldbank"),  # a he/she
])
def test_a_person_cue_outweighs_a_company_suffix(nlp: Language, text: str, name: str) -> None:
    found = by_text(nlp, text)
    assert any(m.startswith("per:") and name.lower() in m for m in found.values()), found


def test_a_company_suffix_without_a_cue_is_still_a_company(nlp: Language) -> None:
    found = by_text(nlp, "Gazprombank said on Monday it had frozen the accounts.")
    assert found.get("Gazprombank", "").startswith("org:"), found


def test_an_untagged_word_with_a_company_suffix_speaks_as_a_surname_with_a_he(nlp: Language) -> None:
    doc = nlp("After the vote Holbank said he was tired.")
    corrector = nlp.get_pipe("dateline_actors").corrector  # type: ignore[attr-defined]
    tok = next(t for t in doc if t.text == "Holbank")
    assert speaks_as_surname(tok, corrector.dictionary, corrector.places, False)


@pytest.mark.parametrize("text", [
    "Jonathan Port said to be weighing a bid for the club.",
    "Jonathan Port is said to be weighing a bid for the club.",
    "Jonathan Port said the club would be sold.",
])
def test_hearsay_keeps_a_given_name_and_surname_a_person(nlp: Language, text: str) -> None:
    assert by_text(nlp, text).get("Jonathan Port", "").startswith("per:"), by_text(nlp, text)
