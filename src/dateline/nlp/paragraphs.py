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
    """Start a sentence at the first token after each paragraph break (before the parser).

    spaCy keeps a run of whitespace with a line break as one space token, so a break is a
    space token holding a blank line (``doc.text`` is rebuilt on every access: not used here).
    """
    for token in doc:
        if token.is_space and PARAGRAPH_BREAK in token.text and token.i + 1 < len(doc):
            doc[token.i + 1].is_sent_start = True
    return doc
