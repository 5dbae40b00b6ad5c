"""Who said what: direct, partial and reported speech, attributed to resolved speakers.

``extract_quotes(doc)`` over a parsed Doc gives ``Quote`` records; the ``dateline_quotes`` spaCy
component (``dateline.quotes.component``) stores them in ``doc._.quotes``.
"""

from dateline.quotes.component import extract_quotes
from dateline.quotes.extract import Found, find_attributions
from dateline.quotes.marks import QuotedSpan, quoted_spans

__all__ = ["Found", "QuotedSpan", "extract_quotes", "find_attributions", "quoted_spans"]
