"""Session 20 actors, on sentences of our own: a party-state label after a person's name makes the
person American ("Sen. Ann Roe (D-Vt.)"); a US state's office holder "of Georgia" is the state's,
not the country's ("Senator Tom Smith of Georgia"); the US offices' titles are one list of
``readings.json`` with the state cues'."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.actors.test_conflict_news import field_by_text


@pytest.mark.parametrize(("text", "name"), [
    ("Sen. Hal Brenner (I-Vt.) told reporters the bill would fail.", "Sen. Hal Brenner"),
    ("Rep. Dana Whitfield (R-Ga.) voted against the measure.", "Rep. Dana Whitfield"),
    ("Tom Ruiz (R-Texas) and Ana Pike (D-N.Y.) wrote the letter.", "Ana Pike"),
    ("Tom Ruiz (R-Texas) and Ana Pike (D-N.Y.) wrote the letter.", "Tom Ruiz"),
    ("The bill's author, Lena Ortiz (D-CA), said it had the votes.", "Lena Ortiz"),
])
def test_a_party_state_label_makes_a_person_american(nlp: Language, text: str, name: str) -> None:
    found = field_by_text(nlp, text, "country")
    assert found.get(name) == "USA", found


@pytest.mark.parametrize(("text", "name"), [
    ("John Smith (I-95) was stuck in traffic.", "John Smith"),  # a highway
    ("Kim Lee (R-Seoul) won the vote.", "Kim Lee"),  # no US state
])
def test_no_party_state_label(nlp: Language, text: str, name: str) -> None:
    found = field_by_text(nlp, text, "country")
    assert found.get(name, "absent") is None, found


@pytest.mark.parametrize(("text", "name"), [
    ("Senator Tom Smith of Georgia said the vote would be close.", "Senator Tom Smith"),
    ("Republican Gov. Ann Roe of Georgia signed the budget on Monday.", "Gov. Ann Roe"),
])
def test_a_us_office_holder_of_georgia_is_the_states(nlp: Language, text: str, name: str) -> None:
    found = field_by_text(nlp, text, "country")
    assert found.get(name) == "USA", found
    assert "Georgia" not in found, found  # the state, no country


@pytest.mark.parametrize(("text", "name"), [
    ("Sen. Tom Smith met President Salome Zourabichvili of Georgia on Monday.", "Georgia"),
    ("Ambassador Tom Smith of Georgia presented his credentials.", "Ambassador Tom Smith"),
    ("Sen. Tom Smith of Georgia's ruling party denied the claim.", "Georgia"),
    ("Georgia's representative at the talks in Geneva said the ceasefire held.", "Georgia"),
])
def test_georgia_stays_the_country(nlp: Language, text: str, name: str) -> None:
    found = field_by_text(nlp, text, "country")
    assert found.get(name) == "GEO", found


def test_a_congressman_is_a_us_office_and_a_state_cue(nlp: Language) -> None:
    assert field_by_text(nlp, "New York Congressman Pete Rollins said the bill would pass.", "country").get(
        "New York Congressman Pete Rollins") == "USA"
    found = field_by_text(nlp, "Georgia Congressman Pete Rollins said the bill would pass.", "country")
    assert "Georgia" not in found and found.get("Georgia Congressman Pete Rollins") == "USA", found

