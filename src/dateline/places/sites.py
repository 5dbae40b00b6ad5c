"""Sites named by a place's name and a site's word: crossings, checkpoints, gates and power
plants ("the Ras Jdir crossing", "at Rafah crossing", "the Zaporizhzhia nuclear plant").

The gazetteer holds such sites as rows of their own (``regions.tsv``, ``features.tsv``); a name
before a site's word reads as the site where the gazetteer has the whole phrase as one
("Zaporizhzhia nuclear plant", about 50 km from the city), or the name alone as a site
("Ras Jdir"). Pure functions over text and the gazetteer.
"""

from __future__ import annotations

import re

from dateline.places.gazetteer import Gazetteer

#: features of the sites these words name: crossings, power stations, camps, bases
SITE_FEATURES = frozenset({"PSTB", "PS", "CMPRF", "CMP", "MILB"})
#: a site's words after its name ("border crossing", "nuclear power plant", "checkpoint")
SITE_WORDS = re.compile(
    r"\s+(?:(?:border\s+)?crossing(?:\s+point)?|checkpoint|gate"
    r"|(?:nuclear\s+)?(?:power\s+)?(?:plant|station)|enrichment\s+(?:facility|plant|site)"
    r"|nuclear\s+(?:facility|site|complex|reactor)|reactor|facility|NPP)\b", re.IGNORECASE)
#: a capitalised name (with Arabic particles) right before a site's word
_NAME = r"[A-Z][\w'’-]*(?:[\s-](?:al|el|ash|as|ad|ar|an|at|az|[A-Z][\w'’-]*))*"
_DETERMINER = re.compile(r"(?:The|A|An|This|That|Its|Their)\s+")
_NAMED_SITE = re.compile(rf"(?<![\w'’-])({_NAME})(?={SITE_WORDS.pattern})")


def is_site(gaz: Gazetteer, name: str) -> bool:
    """The gazetteer has ``name`` as a site (``SITE_FEATURES``: only our own rows are)."""
    return any(e.feature in SITE_FEATURES for e in gaz.lookup(name))


def site_end(text: str, start: int, end: int, gaz: Gazetteer) -> int | None:
    """The end of the site phrase that runs on past the name at [start, end) ("Zaporizhzhia"
    + " nuclear plant", "Rafah" + " crossing") where the gazetteer has the whole phrase as a
    site and the name alone is none ("Kerem Shalom crossing": the name is the crossing's own);
    else None."""
    m = SITE_WORDS.match(text, end)
    if m is None or is_site(gaz, text[start:end]):
        return None
    return m.end() if is_site(gaz, text[start:m.end()]) else None


def named_sites(text: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Spans of sites named before a site's word that the tagger may leave untagged ("the Ras
    Jdir crossing" -> "Ras Jdir", "at Rafah crossing" -> "Rafah crossing"): the name alone
    where it is a site's own, else the name and its words where the gazetteer has them as a
    site; a leading capitalised word that is no part of the name is dropped ("The Ras Jdir")."""
    out: list[tuple[int, int]] = []
    for m in _NAMED_SITE.finditer(text):
        start, end = m.span(1)
        det = _DETERMINER.match(text, start, end)
        start = det.end() if det else start  # the gazetteer's keys drop a leading "the"
        while start < end:
            if is_site(gaz, text[start:end]):
                out.append((start, end))
                break
            grown = site_end(text, start, end, gaz)
            if grown is not None:
                out.append((start, grown))
                break
            cut = text.find(" ", start, end)
            if cut < 0:
                break
            start = cut + 1
    return out


__all__ = ["SITE_FEATURES", "SITE_WORDS", "is_site", "named_sites", "site_end"]
