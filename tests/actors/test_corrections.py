"""Corrections of the model's entities by the dictionary, place names and the text itself."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dateline.actors.component import make_corrector


@pytest.fixture(scope="module")
def corrector(nlp):  # type: ignore[no-untyped-def]
    return make_corrector(nlp)


def ents_of(nlp, corrector, text: str, names: tuple[str, ...] = ()) -> dict[str, str]:  # type: ignore[no-untyped-def]
    doc = nlp.get_pipe("ner")(Doc(nlp.vocab, words=text.split()))
    return {e.text: e.label_ for e in corrector(doc, names)}


@pytest.mark.parametrize(("text", "names", "expected"), [
    ("Palestinians fled Khan Yunis on Sunday .", (), {"Khan Yunis": "GPE"}),
    ("Abu Zuhri told AFP the offer was an illusion .", (), {"AFP": "ORG"}),
    ("BRUSSELS 1996-08-30", (), {"BRUSSELS": "GPE"}),
    ("DUBLIN , Aug 18", (), {"DUBLIN": "GPE"}),
    ("Somerset 83 and 174", (), {"Somerset": "ORG"}),
    ("Israel 2 Spain 1", (), {"Israel": "GPE"}),
    ("\" Tarkovsky is now a hero , \" he said .", ("Ivan Tarkovsky",), {"Tarkovsky": "PERSON"}),
])
def test_corrected_entities(nlp, corrector, text, names, expected) -> None:  # type: ignore[no-untyped-def]
    ents = ents_of(nlp, corrector, text, names)
    for text, label in expected.items():
        assert ents.get(text) == label, ents


def test_numbers_are_cut_from_names(nlp, corrector) -> None:  # type: ignore[no-untyped-def]
    doc = Doc(nlp.vocab, words=["MOSCOW", "1996-08-30"])
    from spacy.tokens import Span

    doc.ents = [Span(doc, 0, 2, label="ORG")]
    assert [(e.text, e.label_) for e in corrector(doc)] == [("MOSCOW", "GPE")]
