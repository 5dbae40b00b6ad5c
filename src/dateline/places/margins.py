"""Places named outside the body: the dateline ("DUBAI:") and image captions.

The reader keeps these out of the body, yet they often carry the story's places ("Palestinians
flee ... in Khan Yunis"). The dateline place is given, and the state or country after it is
read ("SPRINGFIELD, Ill. (AP) —"); caption toponyms are found by gazetteer
match on capitalised word runs (no NER runs on furniture): names of areas or of towns of some
size, by their own name. Their ``Place.offsets_in`` says which text the offsets index.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from typing import Any, NamedTuple

from dateline.gazetteer import COUNTRY_FEATURES, Gazetteer
from dateline.model import CAPTION_KINDS
from dateline.places.resolve import candidates

MIN_POPULATION = 20_000  # a caption word run that names a smaller town is left alone
_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:(?:al|el|de|of|upon)\s+)?[A-Z][\w'’.-]*)*")
_MAX_WORDS = 4
#: the words that open a dateline, before its dash, colon, comma or bracket
_DATELINE_HEAD = re.compile(r"\s*([^\W\d_](?:[^,:;(—–-]|-(?=\w))*?)\s*(?:--|-(?!\w)|[,:;(—–]|$)")
# capitalised words that may follow a place name without making it part of a longer name
_CALENDAR = frozenset(
    [*calendar.day_name, *calendar.month_name[1:], *calendar.month_abbr[1:], "Sept"]
)


class Margin(NamedTuple):
    """A text outside the body, where its offsets point, and the toponym spans in it."""

    where: str  # "dateline" | "furniture:N"
    text: str
    spans: list[tuple[int, int]]


def margins(article: Any, gaz: Gazetteer) -> list[Margin]:
    """The dateline place and caption toponyms of a ``CleanArticle`` (or None)."""
    out: list[Margin] = []
    if article is None:
        return out
    dateline = getattr(article, "dateline", None)
    place = getattr(dateline, "place", None)
    if place:
        own = getattr(dateline, "text", None)
        where, text = ("dateline", own) if own else _told_in(article, place)
        span = place_span(text, place)
        out.append(Margin(where, text, [span, *dateline_area(text, span[1], gaz)]))
    for i, item in enumerate(getattr(article, "furniture", ()) or ()):
        if item.kind in CAPTION_KINDS and item.text:
            spans = list(caption_spans(item.text, gaz))
            if spans:
                out.append(Margin(f"furniture:{i}", item.text, spans))
    return out


def _told_in(article: Any, place: str) -> tuple[str, str]:
    """Where a dateline with no text of its own names its place: the byline, else any other
    line of furniture, that holds it ("By Jane Roe in Kyiv": ``furniture:N``, so a place's
    offsets point into a text that exists), else the place's name alone."""
    lines = [(i, f) for i, f in enumerate(getattr(article, "furniture", ()) or ()) if f.text]
    for i, item in sorted(lines, key=lambda line: line[1].kind != "byline"):
        if place.lower() in item.text.lower():
            return f"furniture:{i}", item.text
    return "dateline", place


def place_span(text: str, place: str) -> tuple[int, int]:
    """Where a dateline's place stands in the dateline's text, in any case ("Moscow" in
    "MOSCOW --"); else the words before its first dash, colon, comma or bracket: never the
    dateline's punctuation."""
    start = text.lower().find(place.lower())
    if start >= 0 and len(text.lower()) == len(text):
        return start, start + len(place)
    m = _DATELINE_HEAD.match(text)
    return m.span(1) if m else (0, len(text))


#: the area after a dateline's place and its comma, before the credit, dash or date
#: ("SPRINGFIELD, Ill. (AP) —", "COEUR D'ALENE, Idaho —", "KYIV, Ukraine, March 3")
_AREA = re.compile(r",\s*([A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*){0,2})\s*(?=[(,:;—–]|-|$)")


def dateline_area(text: str, end: int, gaz: Gazetteer) -> list[tuple[int, int]]:
    """The state or country a dateline names after its place ("Ill." of "SPRINGFIELD, Ill.
    (AP) —"): a US state's abbreviation, or a state or country by its own name; no date
    ("GAZA, March 3")."""
    m = _AREA.match(text, end)
    if m is None:
        return []
    name, (start, stop) = m.group(1), m.span(1)
    if gaz.abbreviation(name):
        return [(start, stop)]
    if name.endswith("."):  # "BAGHDAD, Iraq. —": the stop is the dateline's, not the name's
        name, stop = name[:-1], stop - 1
    if any(c.via in ("name", "alias") and c.entry.feature in _AREAS for c in candidates(gaz, name)):
        return [(start, stop)]
    return []


_AREAS = COUNTRY_FEATURES | {"ADM1"}


def caption_spans(text: str, gaz: Gazetteer) -> Iterator[tuple[int, int]]:
    """Spans of ``text`` that name an area or a sizeable town exactly (longest first)."""
    for run in _RUN.finditer(text):
        words = [(m.start() + run.start(), m.end() + run.start())
                 for m in re.finditer(r"\S+", run.group())]
        i = 0
        while i < len(words):
            for n in range(min(_MAX_WORDS, len(words) - i), 0, -1):
                start, end = words[i][0], words[i + n - 1][1]
                if not (text[start].isupper() and text[words[i + n - 1][0]].isupper()):
                    continue  # "of", "al" join names, never start or end one
                while end > start and text[end - 1] in ".,'’":
                    end -= 1
                if _names_a_place(text[start:end], gaz):
                    if _inside_longer_name(words, i + n, end, text):
                        break  # "Antony Blinken": a first name that is also a town
                    yield start, end
                    i += n - 1
                    break
            i += 1


def _inside_longer_name(words: list[tuple[int, int]], nxt: int, end: int, text: str) -> bool:
    """The match runs straight into another capitalised word of the same run (no comma, no
    period between), so it is part of a longer name: a person's or an organisation's."""
    if nxt >= len(words) or end != words[nxt - 1][1]:
        return False
    follower = text[words[nxt][0] : words[nxt][1]].rstrip(".,'’")
    return follower[:1].isupper() and follower not in _CALENDAR


def _names_a_place(name: str, gaz: Gazetteer) -> bool:
    """An area or a sizeable town by its own name (a big town also by a spelling variant)."""
    for c in candidates(gaz, name):
        e = c.entry
        town = e.feature.startswith("PPL")
        if c.via in ("name", "alias") and (not town or e.population >= MIN_POPULATION):
            return True
        if c.via == "alternate" and town and e.population >= 5 * MIN_POPULATION:
            return True
    return False


__all__ = ["Margin", "caption_spans", "dateline_area", "margins", "place_span"]
