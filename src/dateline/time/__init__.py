"""When: time expressions (TIMEX3) found in the text and resolved against the publication date.

``find_timexes(text, published, doc=None)`` is the pure function; ``caption_timexes(article,
published)`` reads the captions of a ``CleanArticle`` (``Timex.offsets_in`` "furniture:N"); the
``dateline_time`` spaCy component (``dateline.time.component``) stores the body's, then the
captions', in ``doc._.timexes``.
"""

from dateline.time.captions import caption_timexes
from dateline.time.extract import find_timexes

__all__ = ["caption_timexes", "find_timexes"]
