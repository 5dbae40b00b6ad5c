"""The place a natural hazard hits ("Flooding hit Sussex", "Storms battered Cornwall", "An
earthquake struck Hokkaido"), read on the text: the tagger often leaves such an object untagged
or takes it for a person. A hazard's noun as subject, a verb of striking, and a name the
gazetteer holds as a country, state or county by its own name, or as a town of
``HAZARD_TOWN`` people."""

from __future__ import annotations

import re

from dateline.places import gazetteer
from dateline.places.gazetteer import COUNTRY_FEATURES, Gazetteer

#: a town this big is named where a hazard hits it (areas at any size)
HAZARD_TOWN = 5_000
_HAZARD = (r"(?:[Ff]lood(?:s|ing|waters)?|[Ss]torms?|[Rr]ains?|[Rr]ainfall|[Ss]now(?:fall|storms?)?|"
           r"[Ee]arthquakes?|[Qq]uakes?|[Hh]urricanes?|[Tt]yphoons?|[Cc]yclones?|[Tt]ornado(?:e?s)?|"
           r"[Ww]ildfires?|[Bb]ushfires?|[Dd]rought|[Hh]eat\s?waves?|[Gg]ales|[Bb]lizzards?|[Ll]andslides?|"
           r"[Ee]pidemics?|[Oo]utbreaks?)")
_STRIKE = (r"(?:hit|hits|hitting|struck|strikes|battered|batters|lashed|lashes|ravaged|ravages|"
           r"pounded|pounds|swept(?:\s+(?:through|across|over))?|sweeps(?:\s+(?:through|across|over))?|"
           r"engulfed|inundated|devastated|paralysed|paralyzed)")
_NAME = r"([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})(?!\s*[A-Z])(?![\w'’-])"
#: "Flooding hit Sussex", "heavy rains have lashed Kerala"; the name closed by no capitalised word
_HIT = re.compile(rf"\b{_HAZARD}\s+(?:(?:has|have|had)\s+)?(?:again\s+)?{_STRIKE}\s+{_NAME}")
#: the next name of a list after the first ("battered Cornwall and Devon", "hit Kent, Sussex and Essex")
_NEXT = re.compile(rf"(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+){_NAME}")


def _placed(gaz: Gazetteer, name: str) -> bool:
    k = gazetteer.key(name)
    return any(e.feature in COUNTRY_FEATURES or gazetteer.key(e.name) == k and (
        e.feature in ("ADM1", "ADM2") or e.feature.startswith("PPL") and e.geonames_id is not None
        and e.population >= HAZARD_TOWN) for e in gaz.lookup(name))


def hazard_places(text: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """The spans of the names a hazard hits, and of the names listed after the first (see the
    module docstring); a list stops at its first name that is no such place."""
    out: list[tuple[int, int]] = []
    for hit in _HIT.finditer(text):
        m: re.Match[str] | None = hit
        while m is not None and _placed(gaz, m.group(1)):
            out.append(m.span(1))
            m = _NEXT.match(text, m.end())
    return out


__all__ = ["HAZARD_TOWN", "hazard_places"]
