"""Role phrases (actors/roles.py): an indefinite "a <role>" is nobody in particular; a "for
<country>" qualifier must match the holder's office; a name in apposition is the holder; a
"<Country> <title>" without a known holder is a person of that country, not the country; a name
the model took for a place after a title phrase is a person."""

from __future__ import annotations

import pytest

from dateline.model import Actor, Mention


def run(nlp, text: str, published: str = "2024-12-10") -> tuple[dict[str, Actor], list[Mention]]:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    doc._.published = published
    doc = nlp(doc)
    return {a.id: a for a in doc._.actors}, doc._.mentions


def ids_of(mentions: list[Mention], text: str) -> list[str]:
    return [m.actor for m in mentions if m.text == text]


# --- indefinite roles ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "absent"), [
    ("A State Department spokesperson said the talks would resume.", "per:matthew-miller"),
    ("An Israeli government spokesperson said the crossing would reopen.", "per:david-mencer"),
    ("Another State Department spokesperson declined to comment.", "per:matthew-miller"),
])
def test_an_indefinite_role_is_not_the_office_holder(nlp, text: str, absent: str) -> None:  # type: ignore[no-untyped-def]
    actors, mentions = run(nlp, text)
    assert absent not in actors, mentions
    assert not any(a.startswith("per:") for a in actors), mentions


@pytest.mark.parametrize(("text", "mention", "expected"), [
    ("The State Department spokesperson said the talks would resume.", "State Department spokesperson",
     "per:matthew-miller"),
    ("State Department spokesperson Matthew Miller said the talks would resume.",
     "State Department spokesperson Matthew Miller", "per:matthew-miller"),
    ("Israel's prime minister said the talks would resume.", "Israel's prime minister",
     "per:benjamin-netanyahu"),
])
def test_definite_and_titled_roles_still_resolve(nlp, text: str, mention: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text)
    assert ids_of(mentions, mention) == [expected], mentions


# --- "for <country>" qualifiers and names in apposition -------------------------------------------

@pytest.mark.parametrize(("text", "mention", "expected"), [
    ("The U.N. envoy for Sudan, Ramtane Lamamra, met army leaders in Port Sudan. "
     "He told Al Jazeera the talks were close.", "He", "per:ramtane-lamamra"),
    ("The U.N. envoy for Sudan, Ramtane Lamamra, met army leaders in Port Sudan.", "U.N. envoy for Sudan",
     "per:ramtane-lamamra"),
    ("The U.N. envoy for Libya, Hanna Tetteh, met militia leaders in Tripoli.", "U.N. envoy for Libya",
     "per:hanna-tetteh"),
    ("The U.N. envoy for Yemen said the truce was holding.", "U.N. envoy for Yemen", "per:hans-grundberg"),
    ("The U.N. envoy for Sudan said the truce was holding.", "U.N. envoy for Sudan", "per:ramtane-lamamra"),
    ("Lamamra met army leaders in Port Sudan.", "Lamamra", "per:ramtane-lamamra"),
])
def test_qualified_roles_and_apposition(nlp, text: str, mention: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    actors, mentions = run(nlp, text)
    assert ids_of(mentions, mention) == [expected], mentions
    assert "per:hans-grundberg" in actors or expected != "per:hans-grundberg"
    assert actors[expected].type == "person"


@pytest.mark.parametrize("text", [
    "The U.N. envoy for Sudan, Ramtane Lamamra, met army leaders. He told Al Jazeera the talks were close.",
    "The U.N. envoy for Libya said the truce was holding.",  # Grundberg is the envoy for Yemen
    "The U.N. envoy for Libya, Hanna Tetteh, met militia leaders in Tripoli. She said talks would resume.",
])
def test_a_qualifier_of_another_country_is_not_the_holder(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    actors, mentions = run(nlp, text)
    assert "per:hans-grundberg" not in actors, mentions
    assert not any(a.startswith("org:") for a in actors), actors  # Lamamra is no organization


def test_lamamra_was_not_the_envoy_before_his_appointment(nlp) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, "The U.N. envoy for Sudan said the truce was holding.", published="2023-06-01")
    assert ids_of(mentions, "U.N. envoy for Sudan") == [], mentions


# --- a name after a title phrase ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "name", "expected"), [
    ("The Conservative leader, Kemi Badenoch, said the plan would fail.", "Kemi Badenoch", "per:kemi-badenoch"),
    ("The Conservative leader, Kemi Okafor, said the plan would fail.", "Kemi Okafor", "per:kemi-okafor"),
    ("The opposition leader, Kemi Adeyemi, said the plan would fail.", "Kemi Adeyemi", "per:kemi-adeyemi"),
])
def test_a_name_in_apposition_to_a_title_is_a_person(nlp, text: str, name: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    actors, mentions = run(nlp, text)
    assert ids_of(mentions, name) == [expected], mentions
    assert actors[expected].type == "person"


@pytest.mark.parametrize(("text", "name", "expected"), [
    # negatives: a real place in apposition stays a place; a place after a title with no comma too
    ("The Sudanese capital, Khartoum, was shelled again.", "Khartoum", []),
    ("The leader visited Port Sudan on Monday.", "Port Sudan", []),
])
def test_a_place_in_apposition_stays_a_place(nlp, text: str, name: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    actors, mentions = run(nlp, text)
    assert [a for a in ids_of(mentions, name) if a.startswith("per:")] == expected, mentions


def test_badenoch_is_the_conservative_leader_from_november_2024(nlp) -> None:  # type: ignore[no-untyped-def]
    actors, _ = run(nlp, "Kemi Badenoch said the plan would fail.", published="2025-01-15")
    assert actors["per:kemi-badenoch"].roles == ("Conservative Party leader",)
    before, _ = run(nlp, "Kemi Badenoch said the plan would fail.", published="2024-06-01")
    assert before["per:kemi-badenoch"].roles == ()


# --- "<Country> <title>" ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "mention", "expected", "affiliation"), [
    ("Sudan envoy meets army chief in Port Sudan", "Sudan envoy", "per:sdn-envoy", "cty:SDN"),
    ("Libya envoy holds talks with rival governments", "Libya envoy", "per:lby-envoy", "cty:LBY"),
])
def test_a_country_and_a_title_is_a_person_of_that_country(nlp, text: str, mention: str, expected: str,  # type: ignore[no-untyped-def]
                                                           affiliation: str) -> None:
    actors, mentions = run(nlp, text)
    assert ids_of(mentions, mention) == [expected], mentions
    assert actors[expected].type == "person" and actors[expected].affiliation == affiliation
    subjects = [e.sources for e in nlp(nlp.make_doc(text))._.events]
    assert all(affiliation not in s for s in subjects), subjects


@pytest.mark.parametrize(("text", "mention", "expected"), [
    # negatives: a known holder stays the holder; a possessive or demonym stays as it was
    ("Israel prime minister meets Blinken in Jerusalem", "Israel prime minister", "per:benjamin-netanyahu"),
    ("Sudan's envoy met the delegation in Jeddah.", "Sudan's envoy", None),
])
def test_a_country_title_with_a_holder_or_possessive(nlp, text: str, mention: str, expected: str | None) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text)
    assert ids_of(mentions, mention) == ([expected] if expected else []), mentions
