"""A noun phrase in apposition right after a name: "<name>, a local pastor,", "<name>, the Swedish
carmaker." — what the local namesakes and the trades read."""

from __future__ import annotations

from spacy.tokens import Doc, Span

_ARTICLES = frozenset({"a", "an", "the"})
#: marks that close an apposition
_CLOSERS = frozenset({",", ".", ";", "—"})


def appositive(doc: Doc, end: int, most: int) -> Span | None:
    """The words of a phrase set off by a comma after the name ending before token ``end``, opened
    by an article and closed by a comma, stop, semicolon or dash within ``most`` tokens of the
    comma ("a local pastor"); None where there is none."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in _ARTICLES:
        return None
    j = end + 2
    while j < len(doc) and j - end < most and doc[j].text not in _CLOSERS and doc[j].text != "(":
        j += 1
    if j >= len(doc) or doc[j].text not in _CLOSERS or j == end + 2:
        return None
    return doc[end + 2:j]
