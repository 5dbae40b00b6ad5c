"""Particles inside place names: Arabic articles ("Al-Tanf", "Deir ez-Zor") and the small words
that join the parts of a name ("Jerez de la Frontera", "Rostov-on-Don").

- ``article_variants``: the spellings a gazetteer may hold for a name that opens with an Arabic
  article ("Al-Tanf": "Al Tanf", "At Tanf", "Tanf"); the bare article is never a name of its own.
- ``is_particle`` / ``article_joined``: a hyphenated name whose hyphen follows an article is one
  name, never split at its hyphen into two ("Ras al-Ain" is not "Ain" in France); the articles,
  ``article_joined`` and ``place_head`` live below the stages (``dateline.nlp.shared_places``),
  as the actors read them too.
- ``extend``: a place span the model cut before its particle ("Deir" of "Deir ez-Zor") grows
  over the particle and the next word when the longer string is a gazetteer name, and one cut
  before the "'s" of its name ("St. John" of "St. John's") over it.
"""

from __future__ import annotations

import re

from dateline.gazetteer import Gazetteer, key
from dateline.nlp.shared_places import (
    ARTICLES,
    INNER,
    LEADING,
    PLACE_HEADS,
    article_joined,
    leading_article,
    place_head,
)

_SUN = {"t": "at", "th": "ath", "d": "ad", "dh": "adh", "r": "ar", "z": "az", "s": "as",
        "sh": "ash", "n": "an"}
#: small lower-case words that join the parts of a place's name; a person's surname particles
#: are another list (``dateline.actors.names.PARTICLES``: "abu", "ben"; no "on", "upon", "am")
JOINERS = ARTICLES | frozenset({"bin", "bint", "ibn", "bani", "beni", "de", "del", "della", "di",
                                "do", "da", "dos", "das", "du", "des", "la", "le", "les", "los",
                                "on", "sur", "upon", "en", "am", "im", "an", "der", "van", "von"})
_ALTERNATE_POPULATION = 10_000  # a longer name reached by an alternate spelling
_WORD = r"[A-Z][\w’'.]*"
_JOINER_ALT = "|".join(sorted(JOINERS, key=len, reverse=True))
_AFTER = re.compile(rf"(?:[\s-](?:{_JOINER_ALT})){{1,2}}"
                    rf"(?:-|\s)({_WORD}(?:-{_WORD})?)")


_BEFORE = re.compile(rf"(?<![\w-])({_WORD})(?:[\s-](?:{_JOINER_ALT})){{1,2}}(?:-|\s)$")
#: an owner's name before a place's ("Martha's Vineyard")
_OWNER_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+['’]s)\s$")


def is_particle(word: str) -> bool:
    """An Arabic article on its own ("Al", "el"): never a place by itself."""
    return word.strip(" -’'").casefold() in ARTICLES


def article_variants(text: str) -> list[str]:
    """Spellings to try for a name with an Arabic article, best first ("Al-Tanf" -> "El Tanf",
    "At Tanf", "Tanf"; "Deir al-Balah" -> "Deir el-Balah"); [] for a name without one."""
    m = LEADING.match(text)
    if not m or m.group(1).casefold() not in ARTICLES:
        return _inner_variants(text)
    rest = text[m.end():].strip()
    if len(rest) < 3:
        return []
    low = rest.casefold()
    sun = _SUN.get(low[:2]) or _SUN.get(low[:1])
    forms = ["Al", "El"] + ([sun.title()] if sun else [])
    out = [f"{a} {rest}" for a in forms] + [rest]
    return list(dict.fromkeys(v for v in out if key(v) != key(text)))


def _inner_variants(text: str) -> list[str]:
    """Other spellings of the article inside a name ("Deir al-Balah" -> "Deir el-Balah")."""
    out = []
    for g in INNER.finditer(text):
        art = g.group(1)
        if art not in ARTICLES:
            continue
        word = text[g.end(1) + 1:]
        low = word.casefold()
        sun = _SUN.get(low[:2]) or _SUN.get(low[:1])
        for alt in ("al", "el", *([sun] if sun else [])):
            if alt != art:
                out.append(f"{text[:g.start(1)]}{alt}{text[g.end(1):]}")
    return list(dict.fromkeys(out))


def bare_key(name: str) -> str:
    """The key of a name without its leading article ("Al Ḩasakah" -> "hasakah")."""
    k = key(name)
    head, _, tail = k.partition(" ")
    return tail if head in ARTICLES and tail else k


#: an "'s" that ends a name: no capitalised word after it ("St. Paul's Cathedral", "St. John's
#: Wood" are longer names, not St. Paul's in St Kitts nor St. John's in Newfoundland)
_APOSTROPHE_S = re.compile(r"['’]s\b(?!\s+[A-Z])")


def extend(text: str, start: int, end: int, gaz: Gazetteer) -> int:
    """The end of a place span grown over a particle and the word after it when the longer
    string names a known place by its own name ("Deir" -> "Deir ez-Zor", "Rostov" ->
    "Rostov-on-Don"), or over an "'s" that ends a place's own name ("St. John" -> "St. John's";
    not "Jordan's king": no place is named "Jordan's"; not inside a longer name, "St. John's
    Wood"); else ``end``."""
    s = _APOSTROPHE_S.match(text, end)
    if s and any(key(e.name) == key(text[start:s.end()]) and e.name.endswith(("'s", "’s"))
                 for e in gaz.lookup(text[start:s.end()])):
        return s.end()
    m = _AFTER.match(text, end)
    if not m:
        return end
    stops = [m.end()]
    if "-" in m.group(1):  # "ez-Zor-based": the name may stop at the word's own hyphen
        stops.append(m.start(1) + m.group(1).index("-"))
    for stop in stops:
        while text[stop - 1] in ".,’'":  # "ez-Zor." ends a sentence
            stop -= 1
        longer = text[start:stop]
        k = key(longer)
        if any(key(e.name) == k or bare_key(e.name) == bare_key(longer)
               or e.population >= _ALTERNATE_POPULATION for e in gaz.lookup(longer)):
            return stop
    return end



_LAST_JOINER = re.compile(rf"-(?:{_JOINER_ALT})$")


def cut_short(text: str, start: int, end: int, gaz: Gazetteer) -> int | None:
    """The end of a known place whose name an entity cut at its particle ("Rostov-on" of
    "Rostov-on-Don", tagged PERSON), else None."""
    m = _LAST_JOINER.search(text, start, end)
    if m is None:
        return None
    stop = extend(text, start, m.start(), gaz)
    return stop if stop > end else None


def extend_back(text: str, start: int, end: int, gaz: Gazetteer) -> int:
    """The start of a place span grown back over the word and particle before it when the
    longer string names a known place ("Don" of "Rostov-on-Don"), or over an owner's name
    before it when the longer string is a place's own name ("Vineyard" of "Martha's Vineyard");
    else ``start``."""
    m = _BEFORE.search(text, max(0, start - 40), start)
    if not m:
        owner = _OWNER_BEFORE.search(text, max(0, start - 40), start)
        longer = text[owner.start(1):end] if owner else ""
        return owner.start(1) if owner and any(key(e.name) == key(longer) for e in gaz.lookup(longer)) else start
    longer = text[m.start(1):end]
    k = key(longer)
    if any(key(e.name) == k or e.population >= _ALTERNATE_POPULATION for e in gaz.lookup(longer)):
        return m.start(1)
    return start


__all__ = ["ARTICLES", "JOINERS", "PLACE_HEADS", "article_joined", "article_variants", "bare_key", "cut_short", "extend",
           "extend_back", "is_particle", "leading_article", "place_head"]
