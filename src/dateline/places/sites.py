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
#: the words of a capitalised name (with Arabic particles) right before a site's word, read
#: backwards from the site's word over at most ``_MAX_NAME_WORDS`` words (no nested
#: quantifier: a run of hyphenated capitalised words costs linear time)
_PARTICLE = r"(?:al|el|ash|as|ad|ar|an|at|az)"
_FIRST_WORD = re.compile(r"[A-Z][\w'’-]*")
_NEXT_WORD = re.compile(rf"(?:{_PARTICLE}-)?[A-Z][\w'’-]*|{_PARTICLE}")
_WORDS = re.compile(r"\S+")
_MAX_NAME_WORDS = 8
_DETERMINER = re.compile(r"(?:The|A|An|This|That|Its|Their)\s+")


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
    for start, end in _names_before_sites(text):
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


def _name_before(text: str, end: int) -> int | None:
    """The start of the longest capitalised name (``_FIRST_WORD`` then ``_NEXT_WORD``s one
    space apart) that ends at ``end``; else None."""
    window = max(0, end - 40 * _MAX_NAME_WORDS)
    words = [w for w in _WORDS.finditer(text, window, end)][-_MAX_NAME_WORDS:]
    if not words or words[-1].end() != end:
        return None
    start = None
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if _FIRST_WORD.fullmatch(w.group()):
            start = w.start()  # a name may open here
        elif not _NEXT_WORD.fullmatch(w.group()):
            break
        if i == 0 or w.start() - words[i - 1].end() != 1:
            break  # one space between a name's words
    return start


def _names_before_sites(text: str) -> list[tuple[int, int]]:
    """Spans of the names right before a site's word, the longest of those from one start
    and none overlapping an earlier one."""
    found: list[tuple[int, int]] = []
    for m in SITE_WORDS.finditer(text):
        start = _name_before(text, m.start())
        if start is not None:
            found.append((start, m.start()))
    out: list[tuple[int, int]] = []
    for start, end in sorted(found, key=lambda s: (s[0], -s[1])):
        if not out or start >= out[-1][1]:
            out.append((start, end))
    return out


__all__ = ["SITE_FEATURES", "SITE_WORDS", "is_site", "named_sites", "site_end"]
