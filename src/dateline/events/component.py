"""The ``dateline_events`` spaCy component: PLOVER events -> ``doc._.events``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dateline.events.extract import extract_events
from dateline.events.lexicon import Lexicon, load_lexicon
from dateline.nlp import extensions  # noqa: F401  (registers doc._ attributes)


class EventTagger:
    """Finds events with the lexicon and the dependency parse; reads actors, timexes, places
    and quotes when those components ran (each is optional)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = extract_events(doc, self.lexicon)
        return doc


@Language.factory(
    "dateline_events",
    requires=["token.dep", "token.lemma", "token.pos"],
    assigns=["doc._.events"],
    default_config={"lexicon": None},
)
def make_event_tagger(nlp: Language, name: str, lexicon: str | None) -> EventTagger:
    """Factory: ``lexicon`` is a path to a lexicon JSON (default: the shipped one)."""
    return EventTagger(load_lexicon(lexicon))


__all__ = ["EventTagger", "make_event_tagger"]
