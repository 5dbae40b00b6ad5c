"""Given names of the 1990 US Census (PyPI ``names``, MIT: ``dist.male.first``,
``dist.female.first``) that widen ``readings.given_names``: only names the census finds
often (the commonest names that together cover ``COVER`` percent of people of a sex), not
an English verb, adjective or adverb (WordNet's index in the spaCy model's lemmatizer:
"Will", "Mark", "Grant", "Rose", "Frank"), a month, nor a name more people bear as a surname
("Morgan", "Mason", "Taylor"); a name that is also a big place
("Georgia", "Jordan", "Paris") is a place given name, a person only with a person cue."""

from __future__ import annotations

import os
from functools import lru_cache

from dateline.nlp.lemmas import wordnet_words

#: cumulative share of people (percent) the kept names of each sex cover
COVER = 87.0
#: a place this big (or a country or state) makes the name a place given name
_BIG_PLACE = 100_000
_MONTHS = frozenset({"April", "May", "June", "July", "August"})


@lru_cache(maxsize=3)
def _read(name: str) -> tuple[dict[str, float], frozenset[str]]:
    """(name (title case) -> percent of people; the names within ``COVER``) of one of the ``names``
    package's census files, read once (the given-name files serve two lists, the surnames two)."""
    import names

    out: dict[str, float] = {}
    common: set[str] = set()
    with open(os.path.join(os.path.dirname(names.__file__), name), encoding="ascii") as fh:
        for line in fh:
            word, freq, cum, _rank = line.split()
            out[word.title()] = float(freq)
            if float(cum) <= COVER:
                common.add(word.title())
    return out, frozenset(common)


@lru_cache(maxsize=1)
def census_names() -> tuple[dict[str, float], frozenset[str]]:
    """(given name -> share of its bearers who are male, 0..1; the names that are also big places)."""
    from dateline.gazetteer import load

    (male, common), (female, common_f) = _read("dist.male.first"), _read("dist.female.first")
    last, _ = _read("dist.all.last")
    words = wordnet_words("verb", "adj", "adv")
    shares = {n: male.get(n, 0.0) / (male.get(n, 0.0) + female.get(n, 0.0))
              for n in common | common_f if n.lower() not in words and n not in _MONTHS
              and last.get(n, 0.0) < (male.get(n, 0.0) + female.get(n, 0.0)) / 2}
    gaz = load()
    places = frozenset(n for n in shares if any(
        e.population >= _BIG_PLACE or e.feature in ("PCLI", "ADM1") for e in gaz.lookup(n)))
    return shares, places


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Every given name within ``COVER`` of either sex, surnames too ("Lee", "Harvey", "Morgan"):
    a name the census finds people given, however many more bear it as a surname."""
    return _read("dist.male.first")[1] | _read("dist.female.first")[1]


#: a word this common a surname (percent of people, the census's ``dist.all.last``) is read as one
SURNAME_SHARE = 0.001


@lru_cache(maxsize=1)
def common_surnames() -> frozenset[str]:
    """The census's surnames that at least ``SURNAME_SHARE`` percent of people bear (title case:
    "Church", "Camp", "Temple"), read once, only when a name asks."""
    found, _ = _read("dist.all.last")
    return frozenset(n for n, share in found.items() if share >= SURNAME_SHARE)



#: a surname this common (percent of people) is one American in a thousand's: "Smith", "Brown"
FREQUENT_SHARE = 0.1


@lru_cache(maxsize=1)
def frequent_surnames() -> frozenset[str]:
    """The census's commonest surnames ("Smith", "Johnson", "Garcia"): a person's alone, a
    firm's only in a longer name ("Morgan Stanley")."""
    found, _ = _read("dist.all.last")
    return frozenset(n for n, share in found.items() if share >= FREQUENT_SHARE)


@lru_cache(maxsize=1)
def census_surnames() -> frozenset[str]:
    """Every surname the census lists, however rare ("Trumka" is not one)."""
    return frozenset(_read("dist.all.last")[0])
