"""The ``dateline_negotiation`` spaCy component: ``doc._.proposals`` and ``doc._.stances``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dateline.events.extract import extract_events
from dateline.events.lexicon import Lexicon, load_lexicon
from dateline.negotiation.proposals import find_proposals
from dateline.negotiation.stances import find_stances
from dateline.nlp import extensions  # noqa: F401  (registers doc._ attributes)


class NegotiationTracker:
    """Proposals and stances from the parse, the events (run here when the events component
    did not), the quotes and the actors."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def __call__(self, doc: Doc) -> Doc:
        events = doc._.events if doc._.events is not None else extract_events(doc, self.lexicon)
        proposals = find_proposals(doc, self.lexicon)
        doc._.proposals = proposals
        doc._.stances = find_stances(doc, events, proposals, self.lexicon)
        return doc


@Language.factory(
    "dateline_negotiation",
    requires=["token.dep", "token.lemma"],
    assigns=["doc._.proposals", "doc._.stances"],
    default_config={"lexicon": None},
)
def make_negotiation_tracker(nlp: Language, name: str, lexicon: str | None) -> NegotiationTracker:
    """Factory: ``lexicon`` is a path to an event lexicon JSON (default: the shipped one)."""
    return NegotiationTracker(load_lexicon(lexicon))


__all__ = ["NegotiationTracker", "make_negotiation_tracker"]
