"""Review of session 20's actors, on sentences of our own: "Representative" before a name is still
a US House member's title for us_offices (not a state cue: "Georgia's representative at the talks"
stays the country)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.actors.test_conflict_news import run


def _countries(nlp: Language, text: str) -> dict[str, str | None]:
    """Each mention's text and its actor's country."""
    actors, mentions = run(nlp, text)
    country = {a.id: a.country for a in actors}
    return {m.text: country.get(m.actor) for m in mentions}


@pytest.mark.parametrize(("text", "name"), [
    ("Texas Representative Jane Doe said the bill would pass.", "Texas Representative Jane Doe"),
    ("Representative Jane Doe of Texas said the bill would pass.", "Representative Jane Doe"),
])
def test_a_us_representative_is_american(nlp: Language, text: str, name: str) -> None:
    assert _countries(nlp, text).get(name) == "USA", _countries(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Georgia's representative at the talks in Geneva said the ceasefire held.", "Georgia"),
    ("EU High Representative Ana Vidal met Georgia's foreign minister.", "Georgia"),
])
def test_a_representative_leaves_georgia_the_country(nlp: Language, text: str, name: str) -> None:
    assert _countries(nlp, text).get(name) == "GEO", _countries(nlp, text)


def test_no_other_countrys_representative_is_american(nlp: Language) -> None:
    found = _countries(nlp, "EU High Representative Ana Vidal said the sanctions would stay.")
    assert all(c != "USA" for c in found.values()), found


def test_a_mayor_of_georgia_is_no_cue_for_the_state(nlp: Language) -> None:
    found = _countries(nlp, "Deputy Mayor Tom Smith of Georgia met the Georgian Dream leaders in Tbilisi.")
    assert found.get("Georgia") == "GEO", found


@pytest.mark.parametrize(("text", "name", "sector"), [
    ("Sen. Tom Smith said the bill would pass.", "Sen. Tom Smith", "government"),
    ("Gov. Ann Roe signed the budget on Monday.", "Gov. Ann Roe", "government"),
    ("Gen. Ali Karimi said the troops had withdrawn.", "Gen. Ali Karimi", "military"),
])
def test_an_abbreviated_title_gives_its_sector(nlp: Language, text: str, name: str, sector: str) -> None:
    actors, mentions = run(nlp, text)
    sectors = {a.id: a.sector for a in actors}
    found = {m.text: sectors.get(m.actor) for m in mentions}
    assert found.get(name) == sector, found


def test_an_honorific_gives_no_sector(nlp: Language) -> None:
    actors, mentions = run(nlp, "Dr. Ann Roe said the clinic would close.")
    sectors = {a.id: a.sector for a in actors}
    assert {m.text: sectors.get(m.actor) for m in mentions}.get("Dr. Ann Roe") is None
