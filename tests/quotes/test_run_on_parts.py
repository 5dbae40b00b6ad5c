"""A later part of a quote whose sentence runs on past its closing mark (our own sentences): the
words that depend on the quoted ones belong to the statement, as they do for a framed quote; a
phrase of time or place after the mark is the writer's."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.eval.quotes import group_found
from dateline.quotes.extract import find_attributions


def _extents(nlp: Any, text: str) -> list[str]:
    doc = nlp(text)
    return [text[a.content[0]:a.content[1]] for a in group_found(find_attributions(doc), doc.text)]


@pytest.mark.parametrize(("text", "extent"), [
    # a part carried from the frame of the quote before it
    ("“The talks were useful,” the envoy said. “Both sides now need to show” more flexibility on "
     "the border.",
     "“The talks were useful,” the envoy said. “Both sides now need to show” more flexibility on "
     "the border"),
    ("“We have done our part,” the minister said. “It is up to them to honour” the agreement they "
     "signed.",
     "“We have done our part,” the minister said. “It is up to them to honour” the agreement they "
     "signed"),
    # a part that goes on after the frame's comma
    ("“We will not sign,” the spokesman said, “any deal that ignores” the refugees of the war.",
     "“We will not sign,” the spokesman said, “any deal that ignores” the refugees of the war"),
    # negatives: the occasion after the mark, and a new sentence after it
    ("“We have done our part,” the minister said. “Nothing more was agreed” at the meeting on "
     "Monday.",
     "“We have done our part,” the minister said. “Nothing more was agreed”"),
    ("“We have done our part,” the minister said. “Nothing more was agreed.” The talks resume on "
     "Monday.",
     "“We have done our part,” the minister said. “Nothing more was agreed.”"),
])
def test_later_part_runs_on(nlp: Any, text: str, extent: str) -> None:
    assert extent in _extents(nlp, text)
