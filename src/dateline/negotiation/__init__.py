"""Negotiations: proposals (proposers, endorsers, rejecters, terms) and stances with blame.

Pure functions ``find_proposals(doc)`` and ``find_stances(doc, events, proposals)``;
``dateline.negotiation.component`` registers the ``dateline_negotiation`` spaCy factory.
"""

from dateline.negotiation.proposals import find_proposals
from dateline.negotiation.stances import find_stances

__all__ = ["find_proposals", "find_stances"]
