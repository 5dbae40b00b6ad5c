"""Readings of model entities from the words around them (actors/readings.py), our own sentences:
regions tagged as organizations, a country's name that is also a US state, unknown surnames
that speak, and names opening with a given name."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dateline.model import Actor, Mention


def run(nlp: Language, text: str) -> tuple[dict[str, Actor], list[Mention]]:
    doc = nlp.make_doc(text)
    doc._.published = "2024-08-20"
    doc = nlp(doc)
    return {a.id: a for a in doc._.actors}, doc._.mentions


def actors_of(mentions: list[Mention], text: str) -> list[str]:
    return [m.actor for m in mentions if m.text == text]


@pytest.mark.parametrize(("text", "region"), [
    ("Azerbaijan retook Nagorno-Karabakh in a lightning offensive last year.", "Nagorno-Karabakh"),
    ("Thousands of Armenians fled Nagorno-Karabakh after the offensive.", "Nagorno-Karabakh"),
    ("Azerbaijani forces entered Karabakh in September.", "Karabakh"),
])
def test_a_region_is_no_actor(nlp: Language, text: str, region: str) -> None:
    actors, mentions = run(nlp, text)
    assert actors_of(mentions, region) == [], mentions
    assert not any(a.startswith(("org:", "per:")) and region.lower() in a for a in actors)


@pytest.mark.parametrize(("text", "org"), [
    ("The Darfur Bar Association condemned the attack.", "Darfur Bar Association"),
    ("Hamas said on Friday that it would not attend.", "Hamas"),
])
def test_an_organization_named_for_a_region_stays_one(nlp: Language, text: str, org: str) -> None:
    _, mentions = run(nlp, text)
    found = actors_of(mentions, org)
    assert found and found[0].startswith("org:"), mentions


@pytest.mark.parametrize("text", [
    "The mayor of Atlanta, Georgia, said the storm had passed.",
    "Georgia Gov. Brian Kemp signed the bill on Monday.",
    "Georgia voters will decide the race in November.",
    "Georgia's governor signed the bill.",
    "Lawmakers in the state of Georgia passed the bill.",
    "Voters in Savannah, Georgia, lined up early. Georgia has 16 electoral votes.",
    "Georgia's governor signed the bill. Georgia will hold a runoff in January.",
    "Georgia Gov. Brian Kemp signed the bill. Kemp of Georgia said the count was over.",
])
def test_the_us_state_is_not_the_country(nlp: Language, text: str) -> None:
    actors, mentions = run(nlp, text)
    assert "cty:GEO" not in actors, mentions
    assert all(a.country != "GEO" for a in actors.values()), actors


@pytest.mark.parametrize(("text", "mention"), [
    ("Protesters gathered in Tbilisi, Georgia, on Sunday.", "Georgia"),
    ("Georgian President Salome Zourabichvili criticised the law.", "Georgian"),
    ("Georgia and Armenia signed a trade deal.", "Georgia"),
    ("The European Union granted Georgia candidate status.", "Georgia"),
    ("Georgia's prime minister met the delegation in Tbilisi.", "Georgia"),
])
def test_the_country_stays_the_country(nlp: Language, text: str, mention: str) -> None:
    _, mentions = run(nlp, text)
    assert "cty:GEO" in actors_of(mentions, mention), mentions


def test_a_state_governor_is_not_the_countrys(nlp: Language) -> None:
    """The state reading also keeps the country out of a descriptor's affiliation."""
    actors, mentions = run(nlp, "Georgia Gov. Brian Kemp signed the bill on Monday.")
    kemp = [a for a in actors.values() if a.name == "Brian Kemp"]
    assert kemp and kemp[0].country != "GEO" and kemp[0].affiliation != "cty:GEO", actors


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Kovalenko said on Friday that the talks had stalled.", "Kovalenko", "per:kovalenko"),
    ("Kovalenko added that the deal was dead.", "Kovalenko", "per:kovalenko"),
    ("Hrytsenko said on Friday that no deal was near.", "Hrytsenko", "per:hrytsenko"),
    ("Babayan told reporters the police had lied.", "Babayan", "per:babayan"),
    ("Olena Kovalenko chairs the committee. Kovalenko's office declined to comment.", "Kovalenko",
     "per:olena-kovalenko"),
    ("Maria Kovalenko, the foreign minister, arrived in Kyiv. Kovalenko told reporters the talks had stalled.",
     "Kovalenko", "per:maria-kovalenko"),
    ("Ketanji Brown Jackson joined the court in 2022. Jackson wrote the dissent.", "Jackson",
     "per:ketanji-brown-jackson"),
])
def test_an_unknown_surname_that_speaks_is_a_person(nlp: Language, text: str, name: str, expected: str) -> None:
    _, mentions = run(nlp, text)
    assert expected in actors_of(mentions, name), mentions


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Moscow said on Friday that the talks had stalled.", "Moscow", "cty:RUS"),
    ("Hamas said on Friday that it would not attend.", "Hamas", "org:hamas"),
    ("Zenith Bank said on Friday that profits had risen.", "Zenith Bank", "org:zenith-bank"),
    ("Siemens said on Friday that orders rose. The Siemens board met.", "Siemens", "org:siemens"),
    ("Naftogaz said on Friday that gas transit had stopped.", "Naftogaz", "org:naftogaz"),
    ("Boeing said on Friday that deliveries would resume.", "Boeing", "org:boeing"),
    ("Maersk said on Friday that its ships would avoid the Red Sea.", "Maersk", "org:maersk"),
])
def test_a_speaking_organization_or_capital_stays_one(nlp: Language, text: str, name: str, expected: str) -> None:
    _, mentions = run(nlp, text)
    assert actors_of(mentions, name)[:1] == [expected], mentions


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Paris Hilton attended the premiere in Los Angeles.", "Paris Hilton", "per:paris-hilton"),
    ("Paris Hilton said she would attend.", "Paris Hilton", "per:paris-hilton"),
])
def test_a_name_opening_with_a_given_name_is_a_person(nlp: Language, text: str, name: str, expected: str) -> None:
    _, mentions = run(nlp, text)
    assert actors_of(mentions, name) == [expected], mentions


@pytest.mark.parametrize(("text", "name"), [
    ("Austin Energy raised prices.", "Austin Energy"),
    ("Victoria Police said two men were arrested.", "Victoria Police"),
])
def test_a_given_name_before_an_organization_word_is_no_person(nlp: Language, text: str, name: str) -> None:
    _, mentions = run(nlp, text)
    found = actors_of(mentions, name)
    assert found and found[0].startswith("org:"), mentions
