"""Paragraph boundaries are sentence boundaries: no sentence crosses a blank line."""

from __future__ import annotations

from typing import cast

from spacy.attrs import IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d

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
    n = len(doc)
    if n < 2:
        return doc
    # the space tokens read from one array (no Token made per word), the starts written in one
    # go: each ``Token.is_sent_start = True`` scans the whole Doc for a parse (~18 us a break)
    starts = [i + 1 for i in doc.to_array(IS_SPACE)[: n - 1].nonzero()[0].tolist()
              if PARAGRAPH_BREAK in doc[i].text]
    if starts:
        values = doc.to_array([SENT_START]).reshape(-1, 1)  # one column (spaCy hands back a row)
        values[starts, 0] = 1
        doc.from_array([SENT_START], cast(Ints2d, values))
    return doc
