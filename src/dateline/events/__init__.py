"""What happened: PLOVER events with actors, date, place and status (``doc._.events``).

``extract_events(doc)`` is the pure function; ``dateline.events.component`` registers the
``dateline_events`` spaCy factory. The lexicon is data: ``dateline/data/events/lexicon.json``.

An event's date is its own time expression, else that of the act it is part of, else (for an act
done, going on or said not done) that of the verb telling it ("said on Thursday that its destroyers
had shot down ...": Thursday), else the publication date (``date_anchor`` "publication": the day it
was reported). See the seventh round in ``dateline/data/events/README.md``.
"""

from dateline.events.extract import Found, extract, extract_events
from dateline.events.lexicon import PLOVER_TYPES, Lexicon, load_lexicon

__all__ = ["PLOVER_TYPES", "Found", "Lexicon", "extract", "extract_events", "load_lexicon"]
