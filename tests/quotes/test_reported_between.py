"""A report sentence between the parts of a quote (our own sentences): the part after it goes on
with that report, not with the first part; a sentence that reports nothing, or a report inside the
frame's own sentence, leaves the quote whole."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.eval.quotes import group_found
from dateline.quotes.extract import find_attributions


def _contents(nlp: Any, text: str) -> list[str]:
    return [text[a.content[0]:a.content[1]] for a in group_found(find_attributions(nlp(text)), text)]


@pytest.mark.parametrize(("text", "first", "resumed"), [
    # a report with a that-clause between the parts
    ("“The bridge will close on Monday,” said Lena Ortiz, the city engineer. Ortiz added that "
     "the detour would add ten minutes. “Nobody likes it, but the cables are worn.”",
     "“The bridge will close on Monday,”",
     "that the detour would add ten minutes. “Nobody likes it, but the cables are worn.”"),
    # a pronoun reporting a bare clause
    ("“We need more nurses,” says Tom Baker, a hospital manager in Leeds. He says the wards "
     "are full every winter. “The staff are exhausted.”",
     "“We need more nurses,”",
     "the wards are full every winter. “The staff are exhausted.”"),
])
def test_a_report_between_takes_the_next_part(nlp: Any, text: str, first: str,
                                              resumed: str) -> None:
    contents = _contents(nlp, text)
    assert first in contents, contents
    assert resumed in contents, contents


@pytest.mark.parametrize(("text", "whole"), [
    # the ordinary case: frame, then the next part
    ("“The bridge will close on Monday,” the engineer said. “The cables are worn.”",
     "“The bridge will close on Monday,” the engineer said. “The cables are worn.”"),
    # a sentence between that reports nothing: the quote stays whole
    ("“The bridge will close on Monday,” the engineer said. The bridge is ninety years old. "
     "“The cables are worn.”",
     "“The bridge will close on Monday,” the engineer said. The bridge is ninety years old. "
     "“The cables are worn.”"),
])
def test_other_sentences_keep_the_quote_whole(nlp: Any, text: str, whole: str) -> None:
    contents = _contents(nlp, text)
    assert whole in contents, contents


@pytest.mark.parametrize("text", [
    # ordinary news with no quotes: nothing moves, nothing is invented
    "The council said that the bridge would close on Monday. Engineers added that the cables "
    "were worn.",
    # a report with no quote after it
    "“The bridge will close,” the engineer said. She added that the detour would be short.",
])
def test_no_quote_after_the_report(nlp: Any, text: str) -> None:
    contents = _contents(nlp, text)
    assert not any("”" in c and "that" in c.split("“")[0] for c in contents), contents
