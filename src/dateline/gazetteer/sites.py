"""Sites named by a place's name and a site's word: crossings, checkpoints, gates and power
plants ("the Ras Jdir crossing", "at Rafah crossing", "the Zaporizhzhia nuclear plant").

The gazetteer holds such sites as rows of their own (``regions.tsv``, ``features.tsv``); a name
before a site's word reads as the site where the gazetteer has the whole phrase as one
("Zaporizhzhia nuclear plant", about 50 km from the city), or the name alone as a site
("Ras Jdir"). Also the cues that a name tagged otherwise is a camp's, base's or crossing's
("the Nuseirat refugee camp", "the villages of Khiam and Aita al-Shaab", "the Kalma camp"), which
the places component reads. Pure functions over text and the gazetteer.
"""

from __future__ import annotations

import re

from dateline.gazetteer import Gazetteer, key

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
#: the gazetteer's features of sites a bare "camp" may follow ("the Zamzam camp"; not "the Clinton
#: camp", a politician's, nor "the Jenin camp" read as Jenin's town by its word alone)
CAMP_FEATURES = SITE_FEATURES - {"PS"}  # every site but a power station
#: a town named with a site's word is read so when this big ("the Jenin camp"; not "the Trump camp")
SITE_TOWN_POPULATION = 10_000
#: a capitalised name of words one space apart, each capitalised or a particle with its
#: hyphenated tail ("Aita al-Shaab", "Khan al-Ahmar"). A hyphen only ever joins inside a word,
#: never between two repeated ones: no nested quantifier splits "Ab-Ab-...-Ab" in 2^n ways.
_CAP_WORD = r"[A-Z][\w'’-]*"
_NAME = rf"{_CAP_WORD}(?:\s(?:{_CAP_WORD}|{_PARTICLE}(?:-{_PARTICLE})*(?:-{_CAP_WORD})?))*"
#: words after a name that make it a site's ("the Kerem Shalom crossing", "the Zamzam
#: displacement camp", after a list: "Khiam, Kfar Kila and Aita al-Shaab crossings"); group 1:
#: a bare "camp"
_SITE_AFTER = re.compile(rf"(?:(?:,|,?\s+and)\s+{_NAME})*\s+(?:border\s+)?"
                         r"(?:crossings?|(?:refugee|displacement|military|army)\s+camps?|(camps?))\b")
#: a list of names after a plural place word ("the villages of Khiam and Aita al-Shaab")
#: (not "camps of": "the camps of Warren and Carson" are politicians')
_SITES_BEFORE = re.compile(r"\b(?:villages|towns|cities|neighbou?rhoods|districts|suburbs|"
                           rf"village|town|city|neighbou?rhood|district)\s+of\s+(?:{_NAME}(?:,|,?\s+and)\s+)*$")
#: a site's words after a name that the gazetteer may hold only with them ("Kalma camp")
_CAMP_WORDS = re.compile(r"\s+(?:(?:refugee|displacement)\s+camp|camp|(?:border\s+)?crossing|air\s+base)\b")


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


def is_own_site(gaz: Gazetteer, name: str) -> bool:
    """``name`` is a site's own name (``SITE_FEATURES``: "Fordow"), not only one of its names."""
    k = key(name)
    return any(e.feature in SITE_FEATURES and key(e.name) == k for e in gaz.lookup(name))


def own_site_end(text: str, end: int, name: str, gaz: Gazetteer) -> int | None:
    """The end of a name that is a site's own before a site's word ("the Fordow facility"
    tagged PRODUCT: the name alone is the row), else None."""
    return end if SITE_WORDS.match(text, end) and is_site(gaz, name) else None


def is_camp(gaz: Gazetteer, name: str) -> bool:
    """The gazetteer has ``name`` (or "``name`` camp": "the Jenin camp") as a camp, base or
    crossing (``CAMP_FEATURES``)."""
    return any(e.feature in CAMP_FEATURES for n in (name, f"{name} camp") for e in gaz.lookup(n))


def camp_end(text: str, start: int, end: int, gaz: Gazetteer, place: bool) -> int | None:
    """The end of a site's name that runs on past its entity ("the Kalma camp", "the Aida
    refugee camp", "Nevatim air base" with only the first word tagged) where the gazetteer has
    the name with those words as a camp, base or crossing row, and the entity alone is no
    place's name (nothing by it, or tagged otherwise than a ``place`` and only a village by it:
    "Nevatim" ORG, a moshav; not "Jenin", whose camp is read as its town), else None."""
    m = _CAMP_WORDS.match(text, end)
    alone = gaz.lookup(text[start:end]) if m is not None else []
    if m is None or alone and (place or any(e.feature in CAMP_FEATURES or e.population >= SITE_TOWN_POPULATION
                                            for e in alone)):
        return None  # ("the Kerem Shalom crossing", "the Jenin camp": the name alone is read)
    return m.end() if any(e.feature in CAMP_FEATURES for e in gaz.lookup(text[start:m.end()])) else None


def site_cue(text: str, start: int, end: int, site: bool = False) -> bool:
    """A site's word after the name at [start, end) ("the Masnaa crossing", "the Nuseirat
    refugee camp") or a plural place word before its list ("the villages of Khiam and Aita
    al-Shaab"): never a person's, so a cue even for a name the actors took for one. A bare
    "camp" only where the name is a ``site`` of the gazetteer's ("the Zamzam camp"; not "the
    Clinton camp")."""
    after = _SITE_AFTER.match(text, end)
    return bool(after and (site or after.group(1) is None)
                or _SITES_BEFORE.search(text, max(0, start - 80), start))


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


__all__ = ["CAMP_FEATURES", "SITE_FEATURES", "SITE_TOWN_POPULATION", "SITE_WORDS", "camp_end", "is_camp",
           "is_own_site", "is_site", "named_sites", "own_site_end", "site_cue", "site_end"]
