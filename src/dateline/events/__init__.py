"""What happened: PLOVER events with actors, date, place and status (``doc._.events``).

``extract_events(doc)`` is the pure function; ``dateline.events.component`` registers the
``dateline_events`` spaCy factory. The lexicon is data: ``dateline/data/events/lexicon.json``.
"""

from dateline.events.extract import Found, extract, extract_events
from dateline.events.lexicon import PLOVER_TYPES, Lexicon, load_lexicon

__all__ = ["PLOVER_TYPES", "Found", "Lexicon", "extract", "extract_events", "load_lexicon"]
