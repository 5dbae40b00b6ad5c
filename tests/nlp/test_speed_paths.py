"""The fast paths of the paragraphs component and of ``prepare`` give what the slow ones gave."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from dateline.nlp.memo import TEXT_KEY, text_of
from dateline.nlp.paragraphs import PARAGRAPH_BREAK, paragraph_boundaries
from dateline.nlp.records import keep_text

TEXTS = [
    "",
    " ",
    "Talks resumed.",
    "Talks resumed in Cairo.\n\nThe envoy left.",
    "One.\n\n\nTwo.\n \nThree.\n\n",
    "\n\nA paragraph that opens with a break.\n\nAnd another one.",
    "Line one\nline two\n\nPara two  ends here.   \n\n",
]


@pytest.fixture(scope="module")
def blank() -> spacy.language.Language:
    return spacy.blank("en")


def _token_by_token(doc: Doc) -> list[bool | None]:
    """The paragraph starts as the component set them before (one token at a time)."""
    for token in doc:
        if token.is_space and PARAGRAPH_BREAK in token.text and token.i + 1 < len(doc):
            doc[token.i + 1].is_sent_start = True
    return [t.is_sent_start for t in doc]


@pytest.mark.parametrize("text", TEXTS)
def test_paragraph_starts_as_token_by_token(blank: spacy.language.Language, text: str) -> None:
    expected = _token_by_token(blank.make_doc(text))
    doc = paragraph_boundaries(blank.make_doc(text))
    assert [t.is_sent_start for t in doc] == expected


@pytest.mark.parametrize("text", TEXTS)
def test_kept_text_is_the_doc_text(blank: spacy.language.Language, text: str) -> None:
    doc = blank.make_doc(text)
    keep_text(doc, text)
    assert doc.user_data[TEXT_KEY] == doc.text == text == text_of(doc)


@pytest.mark.parametrize(("made_from", "given"), [("Talks resumed.", "Talks resumed. Then"),
                                                  ("Talks resumed.", ""), ("", "x")])
def test_other_text_is_not_kept(blank: spacy.language.Language, made_from: str, given: str) -> None:
    doc = blank.make_doc(made_from)
    keep_text(doc, given)
    assert TEXT_KEY not in doc.user_data
    assert text_of(doc) == made_from
