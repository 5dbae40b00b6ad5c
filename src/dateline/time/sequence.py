"""Weekdays told in sequence: two bare weekdays of one sentence whose clauses are coordinated
("Prices fell Monday and rose Wednesday", "fell on Monday, and on Wednesday they rose"), or which
follow the coordinated objects of one verb ("met the envoy Monday and the minister Wednesday"),
are the days of one stretch in text order when the clause is past (``weeks.placed_weekday``),
as a pair joined by "and" is ("Monday and Wednesday")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.time.tense import governing_verb


def coordinated(first: Span, second: Span) -> bool:
    """Whether ``second`` (later in the sentence) dates a clause or object coordinated with ``first``'s."""
    v1, v2 = governing_verb(first), governing_verb(second)
    if v1 is None or v2 is None:
        return False
    if v1 == v2:  # gapping: "met the envoy Monday and the minister Wednesday"
        return any(t.dep_ == "cc" for t in first.doc[first.end:second.start])
    return _conjoined(v1, v2)


def _conjoined(v1: Token, v2: Token) -> bool:
    """``v2`` is a conjunct of ``v1`` (through a chain of conjuncts), or a past form the parser
    hung on a modal complement of ``v1``, which it cannot share the modal of ("said Monday that
    the march would go ahead, and on Tuesday they banned it": "banned" is the said's)."""
    tok = v2
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
        if tok == v1:
            return True
    return tok != v2 and tok.dep_ == "ccomp" and tok.head == v1 and v2.tag_ == "VBD" \
        and any(c.tag_ == "MD" for c in tok.children)
