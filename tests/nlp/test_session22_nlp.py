"""Session 22: a wire dateline that opens a paragraph is no part of the sentence after it, so its
place is not the sentence's subject ("ABU DHABI, Aug 18 (Reuters) - Russia and Ukraine ...").
Texts of our own; the offsets stay those of the text."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dateline.events import extract

SWAP = "Russia and Ukraine exchanged prisoners on Sunday in a deal brokered by the UAE, officials said."


@pytest.mark.parametrize("dateline", [
    "ABU DHABI, Aug 18 (Reuters) -",
    "ABU DHABI (AP) —",
    "Abu Dhabi, Aug 18 (WAM) -",
    "MOSCOW, August 18 /TASS/ -",
])
def test_wire_dateline_is_its_own_sentence(nlp: Language, dateline: str) -> None:
    text = f"The third swap this year was planned for weeks.\n\n{dateline} {SWAP}"
    doc = nlp(text)
    start = text.index("Russia")
    assert [s.start_char for s in doc.sents if s.start_char >= text.index(dateline)][1] == start
    subjects = [t.text for t in doc if t.dep_ == "nsubj" and t.idx >= start]
    assert "Russia" in subjects
    assert not [t for t in doc if t.dep_ == "nsubj" and t.text in ("DHABI", "Dhabi", "MOSCOW")]


@pytest.mark.parametrize("text", [
    f"DUBLIN — {SWAP}",  # no date nor agency: it stays in its sentence
    "The Pakistan Tehreek-e-Insaf (PTI) said on Monday it would boycott the talks in June.",
    "Jane Doe (D-CA) - the senator - said the talks had failed and would not resume.",
    "Russia and Ukraine (the two sides) - not the UAE - exchanged prisoners on Sunday.",
    f"The talks went on.\n\nOfficials said on Aug 18 (Monday) that {SWAP}",
])
def test_no_split_without_a_wire_dateline(nlp: Language, text: str) -> None:
    doc = nlp.make_doc(text)
    starts = [t.i for t in nlp.get_pipe("dateline_paragraphs")(doc) if t.is_sent_start]
    breaks = {t.i + 1 for t in doc if "\n\n" in t.text}
    assert set(starts) <= {0} | breaks


@pytest.mark.parametrize("dateline", ["ABU DHABI, Aug 18 (Reuters) -", "MOSCOW, August 18 /TASS/ -"])
def test_events_of_a_sentence_under_a_wire_dateline(nlp: Language, dateline: str) -> None:
    """The events stage reads the sentence, not the dateline: the swap is Russia's and Ukraine's
    (the UAE by 'DHABI', or Russia alone by 'MOSCOW', before)."""
    doc = nlp(f"The third swap this year was planned for weeks.\n\n{dateline} {SWAP}")
    sources = [f.event.sources for f in extract(doc) if f.event.trigger.startswith("exchanged")]
    assert sources == [("cty:RUS", "cty:UKR")]
