"""The negotiation lexicon (``dateline/data/negotiation/lexicon.json``), read once per process.

A leaf module (standard library only): ``dateline.events`` reads ``proposal_nouns`` from it too
(an event that is the content of a plan is hypothetical), so the list has one home.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class NegotiationLexicon:
    """Lemmas of proposals and of stances toward them (see the README beside the JSON)."""

    proposal_nouns: frozenset[str]
    authored: frozenset[str]
    propose: frozenset[str]
    endorse: frozenset[str]
    reject: frozenset[str]
    term_verbs: frozenset[str]
    deal_words: frozenset[str]
    stance_words: dict[str, str]
    cautious: frozenset[str]
    pressure: frozenset[str]


@lru_cache(maxsize=1)
def negotiation_lexicon() -> NegotiationLexicon:
    """The packaged lexicon."""
    path = resources.files("dateline").joinpath("data", "negotiation", "lexicon.json")
    raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return NegotiationLexicon(
        stance_words=dict(raw["stance_words"]),
        **{k: frozenset(v) for k, v in raw.items() if k != "stance_words"},
    )


__all__ = ["NegotiationLexicon", "negotiation_lexicon"]
