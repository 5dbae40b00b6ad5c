"""Small tests on a clause's own words, shared by the events and negotiation readers."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.nlp.clauses import to_infinitive  # shared with the actors stage

#: marks that open a condition ("if the talks fail", "unless Hamas agrees")
CONDITIONS = frozenset({"if", "unless"})


def conditional(clause: Token, marks: frozenset[str] = CONDITIONS) -> bool:
    """Is the clause opened by "if"/"unless" (or another of ``marks``)? The caller checks that it
    is an adverbial clause where that matters."""
    return any(m.dep_ == "mark" and m.lower_ in marks for m in clause.children)


__all__ = ["CONDITIONS", "conditional", "to_infinitive"]
