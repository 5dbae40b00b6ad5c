"""Particles inside place names: Arabic articles ("Al-Tanf", "Deir ez-Zor") and the small words
that join the parts of a name ("Jerez de la Frontera", "Rostov-on-Don").

- ``article_variants``: the spellings a gazetteer may hold for a name that opens with an Arabic
  article ("Al-Tanf": "Al Tanf", "At Tanf", "Tanf"); the bare article is never a name of its own.
- ``is_particle`` / ``article_joined``: a hyphenated name whose hyphen follows an article is one
  name, never split at its hyphen into two ("Ras al-Ain" is not "Ain" in France).
- ``extend``: a place span the model cut before its particle ("Deir" of "Deir ez-Zor") grows
  over the particle and the next word when the longer string is a gazetteer name.
"""

from __future__ import annotations

import re

from dateline.places.gazetteer import Gazetteer, key

#: Arabic articles as news transliterates them, sun-letter assimilations included
ARTICLES = frozenset({"al", "el", "il", "ul", "an", "ar", "as", "ash", "at", "ath", "ad", "adh",
                      "az", "ed", "en", "er", "es", "esh", "et", "ez"})
_SUN = {"t": "at", "th": "ath", "d": "ad", "dh": "adh", "r": "ar", "z": "az", "s": "as",
        "sh": "ash", "n": "an"}
#: small lower-case words that join the parts of a place's name; a person's surname particles
#: are another list (``dateline.actors.names.PARTICLES``: "abu", "ben"; no "on", "upon", "am")
JOINERS = ARTICLES | frozenset({"bin", "bint", "ibn", "bani", "beni", "de", "del", "della", "di",
                                "do", "da", "dos", "das", "du", "des", "la", "le", "les", "los",
                                "on", "sur", "upon", "en", "am", "im", "an", "der", "van", "von"})
_LEADING = re.compile(r"^([A-Za-z]{1,3})(?:-|[’']?\s+|[’'])(?=[A-Z])")
_INNER = re.compile(r"(?:^|[\s-])([a-z]{2,4})-(?=\w)")
_ALTERNATE_POPULATION = 10_000  # a longer name reached by an alternate spelling
_WORD = r"[A-Z][\w’'.]*"
_JOINER_ALT = "|".join(sorted(JOINERS, key=len, reverse=True))
_AFTER = re.compile(rf"(?:[\s-](?:{_JOINER_ALT})){{1,2}}"
                    rf"(?:-|\s)({_WORD}(?:-{_WORD})?)")


_BEFORE = re.compile(rf"(?<![\w-])({_WORD})(?:[\s-](?:{_JOINER_ALT})){{1,2}}(?:-|\s)$")


def is_particle(word: str) -> bool:
    """An Arabic article on its own ("Al", "el"): never a place by itself."""
    return word.strip(" -’'").casefold() in ARTICLES


def leading_article(text: str) -> bool:
    """Whether ``text`` opens with an Arabic article ("Al-Tanf", "As Salt")."""
    m = _LEADING.match(text)
    return bool(m and m.group(1).casefold() in ARTICLES)


def article_joined(text: str, *, hyphen: bool = False) -> bool:
    """Whether ``text`` opens with an Arabic article or a hyphen of it follows one, so it is one
    name ("Al-Tanf", "As Salt", "Deir ez-Zor", "Ras al-Ain"), unlike "U.S.-led" or
    "Israeli-Palestinian"; with ``hyphen``, only an article joined by a hyphen counts."""
    m = _LEADING.match(text)
    return bool(m and m.group(1).casefold() in ARTICLES and (not hyphen or "-" in m.group())) \
        or any(g.group(1) in ARTICLES for g in _INNER.finditer(text))


#: head nouns of Arabic place names (cape, monastery, hill, spring, bridge, gate, village, house,
#: mountain, valley, well, river ...): one before an article opens a place's name, never a
#: person's ("Ras al-Ain", "Deir al-Zor", "Jisr al-Shughur"; not "Khaled al-Asaad")
PLACE_HEADS = frozenset({"ras", "deir", "dayr", "tal", "tell", "tall", "ain", "ayn", "jisr", "bab",
                         "kafr", "kfar", "beit", "bayt", "jabal", "jebel", "wadi", "bir", "marj",
                         "qasr", "nahr", "maarat", "maaret", "mazraat", "sahl", "tel", "hammam",
                         "qalaat", "khirbet"})


def place_head(text: str) -> bool:
    """``text`` is a name an Arabic place-name head noun opens before an article ("Ras al-Ain",
    "Tal al-Abyad", "Deir ez-Zor"): a place candidate, whatever label the model gave it. The
    component keeps it only where the gazetteer knows the name, and places it only where
    another toponym of the text lies in the same country ("Bab al-Hawa", which the gazetteer
    lacks, is dropped)."""
    head, _, rest = text.partition(" ")
    return head.casefold() in PLACE_HEADS and bool(rest) and article_joined(text) \
        and not leading_article(text)


def article_variants(text: str) -> list[str]:
    """Spellings to try for a name with an Arabic article, best first ("Al-Tanf" -> "El Tanf",
    "At Tanf", "Tanf"; "Deir al-Balah" -> "Deir el-Balah"); [] for a name without one."""
    m = _LEADING.match(text)
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
    for g in _INNER.finditer(text):
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


def extend(text: str, start: int, end: int, gaz: Gazetteer) -> int:
    """The end of a place span grown over a particle and the word after it when the longer
    string names a known place by its own name ("Deir" -> "Deir ez-Zor", "Rostov" ->
    "Rostov-on-Don"); else ``end``."""
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
    longer string names a known place ("Don" of "Rostov-on-Don"); else ``start``."""
    m = _BEFORE.search(text, max(0, start - 40), start)
    if not m:
        return start
    longer = text[m.start(1):end]
    k = key(longer)
    if any(key(e.name) == k or e.population >= _ALTERNATE_POPULATION for e in gaz.lookup(longer)):
        return m.start(1)
    return start


__all__ = ["ARTICLES", "JOINERS", "PLACE_HEADS", "article_joined", "article_variants", "bare_key", "cut_short", "extend",
           "extend_back", "is_particle", "leading_article", "place_head"]
