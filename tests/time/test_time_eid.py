"""A bare "Eid" is the feast only with evidence of one; a person named Eid is no date. Just
before a feast, a clause about its run-up means the coming one; a year after a holiday's name
("Eid in 2023") is its year. Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

PUB = "2024-08-18"


@pytest.mark.parametrize("text", [
    "Bassem Eid, a Palestinian analyst, said the plan had failed. Eid said Hamas would never agree to it.",
    '"Nobody trusts the mediators," Eid told Reuters.',
    "Eid said the army would withdraw from the town.",
    "Eid's brother was detained at the crossing.",
    "Eid, 45, has lived in the camp for years.",
    "Eid, a father of five, died in the strike.",
    "Israeli troops arrested Eid at his home in Jenin.",
    "The boy, Eid, was born during the war.",
    "The family of Eid, a taxi driver killed in Jenin, called for an inquiry.",
    "A lawyer for Eid said he would appeal.",
    "Ahmed and Eid said they would stay.",
])
def test_a_person_named_eid_is_no_date(time_tag: Any, text: str) -> None:
    found = time_tag(text, PUB)
    assert not any("Eid" in t.text for t in found), [(t.text, t.value) for t in found]


@pytest.mark.parametrize(("text", "published", "span", "expected"), [
    # evidence of the feast: a preposition or determiner, a feast verb, a feast noun, "Mubarak"
    ("Families gathered for Eid prayers in Gaza.", "2024-06-20", "Eid", "2024-06-16"),
    ("Gazans marked a grim Eid under bombardment.", "2024-06-20", "Eid", "2024-06-16"),
    ("Talks stalled during Eid.", "2024-06-20", "Eid", "2024-06-16"),
    ("Families celebrated Eid in the ruins.", "2024-06-20", "Eid", "2024-06-16"),
    ("Residents spent Eid in tents.", "2024-06-20", "Eid", "2024-06-16"),
    ("The Eid ceasefire collapsed within hours.", "2024-06-20", "Eid", "2024-06-16"),
    ("Fighting continued on the eve of Eid.", "2024-06-20", "Eid", "2024-06-16"),
    ("Eid Mubarak from all of us.", "2024-06-17", "Eid", "2024-06-16"),
    # the run-up to a feast at most ten days ahead: the coming one, in a past or present clause
    ("The Eid travel rush began on Thursday.", "2024-06-14", "Eid", "2024-06-16"),
    ("Markets were packed with Eid shoppers on Thursday.", "2024-06-14", "Eid", "2024-06-16"),
    ("Gaza's markets were empty as Eid approached.", "2024-06-14", "Eid", "2024-06-16"),
    ("Families prepared for Eid in the ruins.", "2024-06-14", "Eid", "2024-06-16"),
    # a feast further off, or one just over: the last one
    ("Markets were packed with Eid shoppers last week.", "2024-06-20", "Eid", "2024-06-16"),
    ("Markets were packed with Eid shoppers.", "2024-05-20", "Eid", "2024-04-10"),
    # a year after the name
    ("Aid trucks entered Gaza during Ramadan in 2024.", "2025-04-02", "Ramadan", "2024-03"),
    ("The Eid al-Adha of 2016 fell in September.", "2024-06-20", "Eid al-Adha", "2016-09-12"),
    # a bare Eid with a year: both feasts fall in it, so the year (test_time_lists: the named feast)
    ("A truce agreed for Eid in 2023 lasted three days.", "2024-06-28", "Eid", "2023"),
    ("Shoppers crowded the malls before Christmas in 2019.", "2024-06-28", "Christmas", "2019-12-25"),
])
def test_eid_as_the_feast(time_tag: Any, text: str, published: str, span: str, expected: str) -> None:
    hits = [t for t in time_tag(text, published) if t.text == span]
    assert hits, f"no timex {span!r} in {text!r}"
    assert hits[0].value == expected


@pytest.mark.parametrize(("text", "feast"), [
    ("The Eid Charity Foundation said it had sent food to Gaza.", False),  # a named actor
    ("Police questioned Mohammed Eid, a shopkeeper, and released Eid on Monday.", False),
    ("Families gathered for Eid prayers in Gaza on Sunday.", True),
])
def test_eid_inside_a_named_actor(nlp: Any, text: str, feast: bool) -> None:
    """The full pipeline: the actors component's mentions and PERSON entities cover the name."""
    doc = nlp.make_doc(text)
    doc._.published = "2024-06-20"
    doc = nlp(doc)
    assert any(t.text == "Eid" for t in doc._.timexes) is feast
