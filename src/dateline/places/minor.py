"""The evidence the article must give for a place of the gazetteer's fallback tier
(``dateline.gazetteer.minor``: US places that only ZIP codes name): a qualifier ("Nelson,
Minn."), its state named, or another of the article's towns within ``EVIDENCE_KM``, and then
with a confidence under 0.3; without it the name stays unresolved ("Capitol", "Watts", "Costa"
alone)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from dateline.gazetteer import COUNTRY_FEATURES, Entry
from dateline.gazetteer.geo import distance_km
from dateline.places.readings import inside

#: a place of the tier is read only with positive evidence: a qualifier or the article's naming
#: of its state, or another town of the article this close (``vouched``)
EVIDENCE_KM = 50.0

_STATE_WORD = re.compile(r"\s+state$", re.IGNORECASE)  # "the Green Mountain State" is Vermont


def vouched(e: Entry, surface: str, quals: Iterable[Entry], states: set[tuple[str, str]],
            towns: Iterable[Entry]) -> bool:
    """Whether the article gives positive evidence for ``e``, a place of the fallback tier named
    ``surface``: a qualifier putting it in its state ("Ashton, Md."), its state named elsewhere
    in the article (``states``: (country, admin1) pairs), or one of the article's other
    ``towns`` within ``EVIDENCE_KM``. Never a name read after dropping " State" ("the Sunshine
    State"). Without it, "Capitol", "Watts" or "Costa" stay unresolved."""
    if _STATE_WORD.search(surface):
        return False
    if any(q.feature not in COUNTRY_FEATURES and inside(e, q) for q in quals):
        return True
    if ("US", e.admin1 or "") in states:
        return True
    return any(distance_km(e.lat, e.lon, t.lat, t.lon) <= EVIDENCE_KM for t in towns)


__all__ = ["EVIDENCE_KM", "vouched"]
