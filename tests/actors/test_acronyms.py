"""Acronyms the dictionary gives a medium that the text makes another body (``actors.acronyms``):
in apposition to a party noun, after one, or defined by the name before its brackets; a bare
acronym stays the medium. Sentences are our own."""

from __future__ import annotations

import pytest

from tests.actors.test_conflict_news import run

PUB = "2024-02-10"


@pytest.mark.parametrize(("text", "expected"), [
    ("Imran Khan's party, PTI, said the vote was rigged.", ["org:pti"]),
    ("PTI, the party of Imran Khan, said it would appeal.", ["org:pti"]),
    ("The opposition party PTI said it would appeal the ruling.", ["org:pti"]),
    ("The former premier's movement, PTI, called a strike on Friday.", ["org:pti"]),
    # defined in brackets after its name: the name's body, also later in the article
    ("The Pakistan Tehreek-e-Insaf (PTI) party said its leader would appeal. PTI said it would march.",
     ["org:pakistan-tehreek-e-insaf", "org:pakistan-tehreek-e-insaf"]),
    # the agency stays the agency
    ("NEW DELHI, Feb 10 - PTI reported that three people were killed in the blast.", ["med:pti"]),
    ("Police said five people died, PTI reported.", ["med:pti"]),
    ("The Press Trust of India (PTI) reported the crash. PTI said five died.", ["med:pti", "med:pti"]),
])
def test_media_acronym_reading(nlp, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text, PUB)
    got = [m.actor for m in mentions if m.text == "PTI"]
    assert got == expected, [(m.text, m.actor) for m in mentions]


@pytest.mark.parametrize(("text", "acronym", "expected"), [
    # any medium's acronym, not PTI alone: the dictionary's AP/AFP in a text that defines them otherwise
    ("The Alliance for Progress (AFP) won ten seats. AFP said it would join the coalition.", "AFP",
     "org:alliance-for-progress"),
    ("Reporters said the vote was calm, AFP reported.", "AFP", "med:afp"),
])
def test_other_media_acronyms(nlp, text: str, acronym: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text, PUB)
    got = {m.actor for m in mentions if m.text == acronym}
    assert got == {expected}, [(m.text, m.actor) for m in mentions]


@pytest.mark.parametrize(("text", "acronym", "expected"), [
    ("Three members of the ruling party AFP spoke to said they feared arrest, AFP reported.", "AFP", "med:afp"),
    ("The ministry AFP contacted declined to comment further, AFP reported.", "AFP", "med:afp"),
    ("Staff at a charity AP spoke to in Khartoum said food was running out, AP reported.", "AP", "med:ap"),
    ("A commander of the rebel group AP interviewed in Goma said the town had fallen, AP reported.", "AP", "med:ap"),
])
def test_agency_after_a_body_noun_reports(nlp, text: str, acronym: str,  # type: ignore[no-untyped-def]
                                          expected: str) -> None:
    _, mentions = run(nlp, text, PUB)
    last = text.rindex(acronym)
    assert [m.actor for m in mentions if m.start == last] == [expected], [(m.text, m.actor) for m in mentions]
    assert not [m for m in mentions if m.actor.startswith("org:") and acronym in m.text]
