"""When: time expressions (TIMEX3) found in the text and resolved against the publication date.

``find_timexes(text, published, doc=None)`` is the pure function; the ``dateline_time`` spaCy
component (``dateline.time.component``) stores its result in ``doc._.timexes``.
"""

from dateline.time.extract import find_timexes

__all__ = ["find_timexes"]
