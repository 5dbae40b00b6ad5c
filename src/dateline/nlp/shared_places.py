"""What the actors and the places stages both read of place names, below both, so the actors
(which run first) import nothing of the places:

- ``PLACE_HEADS`` / ``place_head``: an Arabic place-name head noun before an article opens a
  place's name, never a person's ("Ras al-Ain", not "Khaled al-Asaad"); the Arabic articles
  (``ARTICLES``, ``leading_article``, ``article_joined``) it rests on;
- ``SHARED_NAMES``: a name two countries share, read one way per article ("Congo");
- ``shared_rows``: the rows of our demonym and alias tables (``dateline/data/places``) that
  each stage reads (``data_rows`` reads any table there).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from importlib import resources
from typing import NamedTuple

#: Arabic articles as news transliterates them, sun-letter assimilations included
ARTICLES = frozenset({"al", "el", "il", "ul", "an", "ar", "as", "ash", "at", "ath", "ad", "adh",
                      "az", "ed", "en", "er", "es", "esh", "et", "ez"})
LEADING = re.compile(r"^([A-Za-z]{1,3})(?:-|[’']?\s+|[’'])(?=[A-Z])")
INNER = re.compile(r"(?:^|[\s-])([a-z]{2,4})-(?=\w)")


def leading_article(text: str) -> bool:
    """Whether ``text`` opens with an Arabic article ("Al-Tanf", "As Salt")."""
    m = LEADING.match(text)
    return bool(m and m.group(1).casefold() in ARTICLES)


def article_joined(text: str, *, hyphen: bool = False) -> bool:
    """Whether ``text`` opens with an Arabic article or a hyphen of it follows one, so it is one
    name ("Al-Tanf", "As Salt", "Deir ez-Zor", "Ras al-Ain"), unlike "U.S.-led" or
    "Israeli-Palestinian"; with ``hyphen``, only an article joined by a hyphen counts."""
    m = LEADING.match(text)
    return bool(m and m.group(1).casefold() in ARTICLES and (not hyphen or "-" in m.group())) \
        or any(g.group(1) in ARTICLES for g in INNER.finditer(text))


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
    places component keeps it only where the gazetteer knows the name, and places it only where
    another toponym of the text lies in the same country ("Bab al-Hawa", which the gazetteer
    lacks, is dropped)."""
    head, _, rest = text.partition(" ")
    return head.casefold() in PLACE_HEADS and bool(rest) and article_joined(text) \
        and not leading_article(text)


class SharedName(NamedTuple):
    """A name two countries share, read one way per article: the default country's, the other's
    where the text names one of its cues."""

    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    default: str  # ISO alpha-2
    other: str
    cues: re.Pattern[str]


#: the names two countries share, for the places (``places.cues.congo``) and the actors
#: (``dateline.actors.dictionary``): "Congo" and "Congolese" are the Republic of the Congo's where
#: the article names its capital, its president or its full name ("Republic of Congo", without
#: "Democratic"), the Democratic Republic of the Congo's otherwise
SHARED_NAMES = (
    SharedName(("Congo",), ("Congolese",), "CD", "CG", re.compile(
        r"\bBrazzaville\b|\bSassou[- ]Nguesso\b|(?<!Democratic )\bRepublic of (?:the )?Congo\b", re.I)),
)


def data_rows(name: str) -> Iterator[list[str]]:
    """Rows of one of our TSV files in ``dateline/data/places`` (comments and blank lines
    skipped, cells stripped); a row of fewer than two cells raises ValueError naming the line."""
    text = resources.files("dateline").joinpath("data", "places", name).read_text(encoding="utf-8")
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) < 2:
            raise ValueError(f"dateline/data/places/{name}:{lineno}: expected tab-separated cells")
        yield cells


#: who reads a row of ``SHARED_FILES`` (its third cell; none: both)
READERS = ("places", "actors")
#: our tables the places and the actors both read: demonyms (the actors take those of
#: countries' names as the countries' demonyms) and aliases (as the countries' aliases)
SHARED_FILES = ("demonyms.tsv", "aliases.tsv")


def shared_rows(name: str, reader: str) -> list[tuple[str, str]]:
    """(word, place name) of the rows of ``name`` (one of ``SHARED_FILES``) that ``reader`` (one
    of ``READERS``) reads, in the file's order: one list of demonyms and one of aliases for the
    places and the actors (``dateline.actors.dictionary`` takes those whose place is a country's
    name). A row for nobody raises ValueError naming it."""
    if name not in SHARED_FILES or reader not in READERS:
        raise ValueError(f"shared rows of {name!r} for {reader!r}: the files are {SHARED_FILES}, "
                         f"the readers {READERS}")
    out = []
    for row in data_rows(name):
        if len(row) > 2 and row[2] not in READERS:
            raise ValueError(f"dateline/data/places/{name}: row {row!r}: the third cell names its "
                             f"one reader, one of {READERS}, or is left out for both")
        if len(row) == 2 or row[2] == reader:
            out.append((row[0], row[1]))
    return out


__all__ = ["ARTICLES", "PLACE_HEADS", "READERS", "SHARED_FILES", "SHARED_NAMES", "SharedName", "article_joined",
           "data_rows", "leading_article", "place_head", "shared_rows"]
