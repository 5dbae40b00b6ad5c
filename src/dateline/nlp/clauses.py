"""Small syntax tests on a clause's own words that every stage may ask (actors, events,
negotiation): kept here, below the stages, so that the first stage imports no later one."""

from __future__ import annotations

from spacy.tokens import Token


def to_infinitive(verb: Token) -> bool:
    """Does the verb take the infinitive's "to" ("plans to visit", "urged X to accept")?"""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


__all__ = ["to_infinitive"]
