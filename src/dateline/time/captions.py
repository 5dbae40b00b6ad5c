"""Time expressions of the page's captions ("... on August 18, 2024. Image Credit: AFP").

The reader keeps captions out of the body (``CleanArticle.furniture``), yet a caption often dates
the story's picture. Its timexes are found by the same rules as the body's, on the caption's own
text and without a parse (no NLP runs on furniture), and their ``Timex.offsets_in`` names the
furniture line their offsets index (``"furniture:N"``), as ``Place.offsets_in`` does.

Only captions are read (``model.CAPTION_KINDS``), never promos, related links or share
bars ("Also read", "Get exclusive content ..."), whose dates belong to other stories. A caption's
present is the picture's scene, so a bare weekday or month-day is the latest one on or before the
publication date (the default of a clause without tense); an explicit future ("will", "is due to",
"ahead of Sunday's vote") keeps the date it governs ahead: one a few words on in its clause ("which
will reopen on Monday"), not one before it ("Blinken arrives on Sunday ahead of talks"), after a
comma or stop, or across a quote ("A banner reads "We will return" at a rally on Friday").

A related story's teaser with its age stamp ("Caught in the act: telescope spies stellar flare 1
hour ago", "3h ago Hamas rejects ...") is never a caption: the reader files it among the related
links (``reader.furniture``, the one rule for teasers), so its dates, another story's, are not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from dateline.model import CAPTION_KINDS, Timex
from dateline.time.extract import find_timexes

#: an explicit future in a caption: its bare dates look ahead ("The border will reopen on Monday")
FUTURE = re.compile(r"\b(?:will|is\s+due\s+to|are\s+due\s+to|is\s+set\s+to|are\s+set\s+to|"
                    r"is\s+expected\s+to|are\s+expected\s+to|is\s+scheduled|are\s+scheduled|"
                    r"ahead\s+of|in\s+preparation\s+for)\b", re.I)

def caption_timexes(article: Any, published: str | None) -> Iterator[Timex]:
    """The timexes of each caption of ``article`` (a ``CleanArticle`` or None), their offsets into
    the caption's text and ``offsets_in`` ``"furniture:N"`` (N: its index in the furniture)."""
    for i, item in enumerate(getattr(article, "furniture", None) or ()):
        if item.kind not in CAPTION_KINDS or not item.text:
            continue  # not a caption: a promo's, a related story's dates are another story's
        ahead = {(t.start, t.end): t for t in find_timexes(item.text, published, None, tense="FUTURE")
                 } if FUTURE.search(item.text) else {}
        for tx in find_timexes(item.text, published, None):
            if ahead and _governed(item.text, tx.start):
                tx = ahead.get((tx.start, tx.end), tx)
            yield replace(tx, offsets_in=f"furniture:{i}")


#: what cannot stand between a future marker and the date it governs: a clause's or quote's edge
_EDGE = frozenset('.!?;,"“”')
_GOVERNS = 5  # words at most between them ("is due to arrive in Cairo on")


def _governed(text: str, start: int) -> bool:
    """A future marker stands a few words before ``start`` in its clause, not in a quote before
    it nor a name ("Photo: Will Roe")."""
    for m in FUTURE.finditer(text, 0, start):
        between = text[m.end():start]
        if m.group() != "Will" and len(between.split()) <= _GOVERNS and not _EDGE.intersection(between):
            return True
    return False


__all__ = ["caption_timexes"]
