"""A comma frame whose cue is followed by several phrases of medium, place, time or manner, set
off by commas, before the quote (our own sentences): the quote alone is what was said; an object
of the cue before such a comma keeps the quote beside it as its apposition."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.eval.quotes import group_found
from dateline.quotes.extract import find_attributions


def _extents(nlp: Any, text: str) -> list[str]:
    doc = nlp(text)
    return [text[a.content[0]:a.content[1]] for a in group_found(find_attributions(doc), doc.text)]


@pytest.mark.parametrize(("text", "extent"), [
    ("She announced on her Facebook page, in all capital letters, “I am leaving the party!”",
     "“I am leaving the party!”"),
    ("The minister posted on her official account, in Arabic, “We will not abandon Gaza.”",
     "“We will not abandon Gaza.”"),
    ("The president declared at the summit, to loud applause, “This war must end.”",
     "“This war must end.”"),
    ("The foreign minister said in Geneva, after the talks, “Nothing has been agreed.”",
     "“Nothing has been agreed.”"),
    # one phrase, as before
    ("The envoy told reporters, “The corridor will open at noon.”",
     "“The corridor will open at noon.”"),
    # negative: the cue's object before the comma is what was cited
    ("The committee cited the report, in its summary, “a collapse of the health system.”",
     "the report, in its summary, “a collapse of the health system.”"),
])
def test_frame_with_phrases(nlp: Any, text: str, extent: str) -> None:
    assert extent in _extents(nlp, text)
