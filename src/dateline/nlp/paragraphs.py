"""Paragraph boundaries are sentence boundaries: no sentence crosses a blank line, and a wire
dateline that opens a paragraph is no part of the sentence after it."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import cast

from spacy.attrs import IDX, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d

from dateline.nlp.memo import text_of
from dateline.reader.datelines import split_dateline

PARAGRAPH_BREAK = "\n\n"
#: a paragraph that a wire dateline may open: a letter, then a "(" or "/" within 60 characters
#: (one search of the text, no call per paragraph)
_WIRE_OPENING = re.compile(r"(?:\A|\n\n)\s*(?=[^\W\d_][^\n]{0,58}[(/])")


@Language.component(
    "dateline_paragraphs",
    assigns=["token.is_sent_start"],
)
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence at the first token after each paragraph break (before the parser).

    spaCy keeps a run of whitespace with a line break as one space token, so a break is a
    space token holding a blank line. A paragraph's wire dateline ends its own sentence.
    """
    n = len(doc)
    if n < 2:
        return doc
    # the space tokens read from one array (no Token made per word), the starts written in one
    # go: each ``Token.is_sent_start = True`` scans the whole Doc for a parse (~18 us a break)
    columns = doc.to_array([IS_SPACE, IDX])
    starts = [i + 1 for i in columns[: n - 1, 0].nonzero()[0].tolist() if PARAGRAPH_BREAK in doc[i].text]
    text = text_of(doc)  # the article's text (``doc.text`` is rebuilt from the tokens on each access)
    offsets = columns[:, 1].tolist()
    for match in _WIRE_OPENING.finditer(text):
        first = bisect_left(offsets, match.end())
        if first < n and offsets[first] == match.end() and (i := _after_wire_dateline(doc, text, offsets, first)):
            starts.append(i)
    if starts:
        values = doc.to_array([SENT_START]).reshape(-1, 1)  # one column (spaCy hands back a row)
        values[starts, 0] = 1
        doc.from_array([SENT_START], cast(Ints2d, values))
    return doc


def _after_wire_dateline(doc: Doc, text: str, offsets: list[int], first: int) -> int | None:
    """The first token after a wire dateline that opens the paragraph at token ``first`` ("ABU
    DHABI, Aug 18 (Reuters) - Russia and ..."): the story's sentence starts there, so that the
    dateline's place is not read as its subject. Only a dateline with a date or an agency (a
    "DUBLIN —" stays in its sentence); None for any other paragraph."""
    start = offsets[first]
    head = text[start:start + 300]
    if not head[:1].isupper():
        return None
    dateline, _ = split_dateline(head)
    if dateline is None or not dateline.text or not (dateline.date or dateline.agency) or dateline.place is None:
        return None
    end = start + len(dateline.text)
    return next((i for i in range(first, len(doc)) if offsets[i] >= end and not doc[i].is_space), None)
