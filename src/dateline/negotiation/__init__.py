"""Negotiations: proposals (proposers, endorsers, rejecters, terms) and stances with blame.

Pure functions ``find_proposals(doc)`` and ``find_stances(doc, events, proposals)``;
``dateline.negotiation.component`` registers the ``dateline_negotiation`` spaCy factory.

The package imports its parts lazily: ``dateline.events`` reads the shared word lists of
``dateline.negotiation.lexicon`` (a leaf module), while the parts here read events, so an
eager import would be a cycle.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dateline.negotiation.proposals import find_proposals
    from dateline.negotiation.stances import find_stances

_LAZY = {"find_proposals": "dateline.negotiation.proposals", "find_stances": "dateline.negotiation.stances"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'dateline.negotiation' has no attribute {name!r}")


__all__ = ["find_proposals", "find_stances"]
