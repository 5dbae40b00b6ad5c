"""Paragraph boundaries are sentence boundaries: no sentence crosses a blank line."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

PARAGRAPH_BREAK = "\n\n"


@Language.component(
    "dateline_paragraphs",
    assigns=["token.is_sent_start"],
)
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence at the first token after each paragraph break (before the parser)."""
    for i in range(1, len(doc)):
        prev = doc[i - 1]
        gap = prev.whitespace_ + (prev.text if prev.is_space else "")
        if "\n" in gap and PARAGRAPH_BREAK in doc.text[prev.idx : doc[i].idx]:
            doc[i].is_sent_start = True
    return doc
