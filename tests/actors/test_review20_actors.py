"""Review of session 20's actors, on sentences of our own: "Representative" before a name is still
a US House member's title for us_offices (not a state cue: "Georgia's representative at the talks"
stays the country)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.actors.test_conflict_news import field_by_text


@pytest.mark.parametrize(("text", "name"), [
    ("Texas Representative Jane Doe said the bill would pass.", "Texas Representative Jane Doe"),
    ("Representative Jane Doe of Texas said the bill would pass.", "Representative Jane Doe"),
])
def test_a_us_representative_is_american(nlp: Language, text: str, name: str) -> None:
    found = field_by_text(nlp, text, "country")
    assert found.get(name) == "USA", found


@pytest.mark.parametrize(("text", "name"), [
    ("Georgia's representative at the talks in Geneva said the ceasefire held.", "Georgia"),
    ("EU High Representative Ana Vidal met Georgia's foreign minister.", "Georgia"),
])
def test_a_representative_leaves_georgia_the_country(nlp: Language, text: str, name: str) -> None:
    found = field_by_text(nlp, text, "country")
    assert found.get(name) == "GEO", found


def test_no_other_countrys_representative_is_american(nlp: Language) -> None:
    found = field_by_text(nlp, "EU High Representative Ana Vidal said the sanctions would stay.", "country")
    assert all(c != "USA" for c in found.values()), found


def test_a_mayor_of_georgia_is_no_cue_for_the_state(nlp: Language) -> None:
    found = field_by_text(nlp, "Deputy Mayor Tom Smith of Georgia met the Georgian Dream leaders in Tbilisi.", "country")
    assert found.get("Georgia") == "GEO", found


@pytest.mark.parametrize(("text", "name", "sector"), [
    ("Sen. Tom Smith said the bill would pass.", "Sen. Tom Smith", "government"),
    ("Gov. Ann Roe signed the budget on Monday.", "Gov. Ann Roe", "government"),
    ("Gen. Ali Karimi said the troops had withdrawn.", "Gen. Ali Karimi", "military"),
])
def test_an_abbreviated_title_gives_its_sector(nlp: Language, text: str, name: str, sector: str) -> None:
    found = field_by_text(nlp, text, "sector")
    assert found.get(name) == sector, found


def test_an_honorific_gives_no_sector(nlp: Language) -> None:
    found = field_by_text(nlp, "Dr. Ann Roe said the clinic would close.", "sector")
    assert "Dr. Ann Roe" in found and found["Dr. Ann Roe"] is None, found
