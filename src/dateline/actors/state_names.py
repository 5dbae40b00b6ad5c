"""One decision, for the actors and the places stages alike, on a country's name that is also a
first-level division of another country ("Georgia": the country or the US state).

Each mention of the name in an article is the state:

- by a strong cue of its own, whatever else the article says: "<a town of that country>,
  Georgia" ("In Atlanta, Georgia", not in a list), "the state of Georgia" (not "heads of state
  of Georgia", "the state of Georgia's democracy"), "Georgia Gov. Brian Kemp", a US state's
  office holder "of Georgia" ("Sen. Tom Smith of Georgia"; not "President Salome Zourabichvili
  of Georgia", "the Representative of Georgia to the UN");
- else never where the article names the country otherwise: its capital ("Tbilisi"), one of its
  towns of 10,000 people or its provinces ("Batumi", "Adjara"), or its people in the singular
  ("Georgian Dream"; only when no mention has a strong cue: a US story's "a Georgian flag";
  "Georgians" never counts: the state's residents share it);
- else by weaker words of its own ("Georgia voters", "Georgia's governor", "Georgia's primary on
  May 21"; not "Georgia's primary goal", "Saint Lucia's Governor-General"), and, for a country
  whose states news names bare (the US), by any mention's cue: then every mention is the state.

The cues are read on the text (character offsets), so the places stage asks the same function
with its own spans. Word lists: ``data/actors/readings.json``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import pycountry

from dateline.actors.dictionary import Entry, load_dictionary
from dateline.actors.lexicon import town

POSSESSIVE_AFTER = re.compile(r"['’]s?(?!\w)")
_LIST_AFTER = re.compile(r"\s+(?:and|or|&)\s")
_TOWN_BEFORE = re.compile(r"((?:[A-Z][\w'’.-]* ){0,2}[A-Z][\w'’.-]*), *$")
_CLOSED_AFTER = re.compile(r"(?:,|[.;:!?](?:\s|$)|\s*$|\n)")
_FRONTED = re.compile(r"(?:^|[.!?:;]\s+|\n\s*)(?:In|At|From|Near|Outside|Inside) +(?:[A-Z][\w'’.-]* ){0,2}[A-Z][\w'’.-]*, *$")
_GOVERNOR_AFTER = re.compile(r" +(?:Gov\.|Lt\. +Gov)")
#: "Sen. Tom Smith of ", "Republican Gov. Ann Roe of ": a titled name's run of capitalised words
_TITLED_OF = re.compile(r"((?:[A-Z][\w'’.-]*\s+){2,5})of\s+$")
#: a town's office, no state's: "Mayor Tom Smith of Georgia" is no cue for the state
CITY_TITLE = "mayor"
_WORDS_AFTER = re.compile(r"(?:['’]s)? +")
_TITLE_RUN = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?")
#: a list's neighbour of the mention: "Florida, Georgia and the Carolinas", "Georgia and Alabama"
_NEIGHBOUR_AFTER = re.compile(r"(?:,\s*|\s+(?:and|or|&)\s+)(?:the\s+)?([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?)")
_NEIGHBOUR_BEFORE = re.compile(r"(?:the\s+)?([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?)(?:,\s*|\s+(?:and|or|&)\s+)$")
#: states news names together by a plural ("the Carolinas", "the Dakotas")
_STATE_PLURALS = {"Carolinas": "US", "Dakotas": "US"}
#: a neighbour that is also a town this big is no state's list ("Georgia and Washington", "New York")
_CITY_PEOPLE = 100_000
TOWN_PEOPLE = 10_000  # a town of the country (or of the other) this big names it


def state_senses(text: str, entry: Entry, spans: Sequence[tuple[int, int]]) -> list[bool]:
    """For each mention (character offsets into ``text``) of the country ``entry``'s name,
    whether it is the other country's state there (see the module docstring)."""
    if entry.type != "country" or entry.country is None or not spans:
        return [False] * len(spans)
    s0, e0 = spans[0]
    name = POSSESSIVE_AFTER.sub("", text[s0:e0])
    others = other_states(name, entry.country)
    if not others:
        return [False] * len(spans)
    strong = [_strong_cue(text, s, e, others) for s, e in spans]
    if _country_named(text, entry, name, demonym=not any(strong)):
        return strong
    weak = [st or _weak_cue(text, e) or _listed_with_states(text, s, e, others)
            for st, (s, e) in zip(strong, spans, strict=True)]
    from dateline.actors.readings import readings

    if others & readings().bare_state_countries and any(weak):
        return [True] * len(spans)
    return weak


def state_senses_of(text: str, spans: Sequence[tuple[int, int]]) -> list[bool]:
    """``state_senses`` for mentions of one name, looked up in the shipped dictionary (the places
    stage: "Georgia" -> cty:GEO); all False for a name that is no country's."""
    if not spans:
        return []
    s0, e0 = spans[0]
    entry = load_dictionary().lookup(POSSESSIVE_AFTER.sub("", text[s0:e0]))
    return [False] * len(spans) if entry is None else state_senses(text, entry, spans)


@lru_cache(maxsize=256)
def other_states(name: str, iso3: str) -> frozenset[str]:
    """ISO alpha-2 codes of the countries other than ``iso3`` with a first-level division named
    ``name`` ("Georgia", GEO -> {"US"})."""
    from dateline.gazetteer import load

    own = _alpha2(iso3)
    return frozenset(e.country for e in load().lookup(name) if e.feature == "ADM1" and e.country
                     and e.country != own)


@lru_cache(maxsize=256)
def _alpha2(iso3: str) -> str | None:
    country = pycountry.countries.get(alpha_3=iso3)
    return country.alpha_2 if country is not None else None


@lru_cache(maxsize=4096)
def town_in(name: str, countries: frozenset[str]) -> bool:
    """Whether ``name`` is a town of one of ``countries``: its most populous town of the name, or
    one of ``TOWN_PEOPLE`` ("Athens", "Rome": US towns too); never a country's name ("Armenia" is
    also a US town)."""
    from dateline.gazetteer import load

    entries = load().lookup(name)
    if any(e.feature.startswith("PCL") for e in entries):
        return False
    found = town(name)
    return found is not None and found[0] in countries or any(
        e.feature.startswith("PPL") and e.country in countries and e.population >= TOWN_PEOPLE for e in entries)


def _strong_cue(text: str, start: int, end: int, others: frozenset[str]) -> bool:
    """"<a town of that country>, Georgia", "the state of Georgia", "Georgia Gov."."""
    from dateline.actors.readings import readings

    possessive = POSSESSIVE_AFTER.match(text, end) is not None
    if not possessive and not _LIST_AFTER.match(text, end):
        m = _TOWN_BEFORE.search(text, max(0, start - 60), start)
        words = m.group(1).split() if m else []
        sure = _CLOSED_AFTER.match(text, end) is not None or not _FRONTED.search(text, max(0, start - 90), start)
        if any(town_in(name, others) and (sure or _first_there(name, others))
               for name in (" ".join(words[-n:]) for n in range(1, len(words) + 1))):
            return True  # "In Atlanta, Georgia", "voters in Athens, Georgia"; not "In Moscow, Georgia was"
    before = " ".join(text[max(0, start - 40):start].lower().split()) + " "
    if not possessive and any(before.endswith(f"{p} ") for p in readings().state_prefixes) \
            and not before.endswith(("head of state of ", "heads of state of ")):
        return True
    return _GOVERNOR_AFTER.match(text, end) is not None or not possessive and "US" in others \
        and _office_of(text, start)


def _office_of(text: str, start: int) -> bool:
    """A US state's office title, one to three capitalised words of a name and "of" stand right
    before the mention ("Senator Tom Smith of Georgia"; not a town's "Deputy Mayor Tom Smith of
    Georgia")."""
    from dateline.actors.readings import readings

    m = _TITLED_OF.search(text, max(0, start - 80), start)
    words = m.group(1).split() if m else []
    return any(w.lower() in readings().state_titles and w.lower() != CITY_TITLE and 1 <= len(words) - i - 1 <= 3
               for i, w in enumerate(words))


def town_comma_before(text: str, start: int) -> bool:
    """A capitalised word and a comma stand right before the mention ("Athens, Georgia"): the
    places stage's own town-region pairing, which this decision overrules."""
    return _TOWN_BEFORE.search(text, max(0, start - 60), start) is not None


def _first_there(name: str, others: frozenset[str]) -> bool:
    """The most populous town of ``name`` is in one of ``others`` ("Atlanta"; not "Moscow",
    "Athens": a capital elsewhere first, so "In Moscow, Georgia was ..." is a fronted place)."""
    found = town(name)
    return found is not None and found[0] in others


def _weak_cue(text: str, end: int) -> bool:
    """"Georgia voters", "Georgia's governor", "Georgia's primary on May 21" (not "Georgia's
    primary goal", "Governor-General")."""
    from dateline.actors.readings import readings

    m = _WORDS_AFTER.match(text, end)
    if m is None:
        return False
    rest = text[m.end():m.end() + 40].lower()
    for word in readings().subnational_words:
        if not rest.startswith(word) or rest[len(word):len(word) + 1].isalnum():
            continue
        after = rest[len(word):]
        if word.startswith("governor") and after.startswith("-"):
            continue  # "Governor-General": a Commonwealth realm's
        if word.startswith("primar"):
            follow = after.split()[0].strip(",.;:") if after.split() else ""
            if after[:1] not in ",.;:" and follow not in readings().primary_followers:
                continue
        return True
    return False


def _listed_with_states(text: str, start: int, end: int, others: frozenset[str]) -> bool:
    """The mention stands in a list beside a state of ``others`` ("Florida, Georgia and Alabama",
    "Georgia and the Carolinas"; not "Georgia and Armenia", a country, nor "Georgia and
    Washington", also a great city)."""
    after = _NEIGHBOUR_AFTER.match(text, end)
    before = _NEIGHBOUR_BEFORE.search(text, max(0, start - 40), start)
    return any(_state_of(words, others) for m in (after, before) if m is not None
               for words in _prefixes(m.group(1)))


def _prefixes(run: str) -> tuple[str, ...]:
    """"South Carolina" -> ("South Carolina", "South"); "Alabama" -> ("Alabama",)."""
    words = run.split()
    return (run, words[0]) if len(words) > 1 else (run,)


@lru_cache(maxsize=4096)
def _state_of(name: str, others: frozenset[str]) -> bool:
    """``name`` is a first-level division of one of ``others`` that no country and no great city
    of those shares ("Alabama", "the Carolinas"; not "Armenia", "Washington", "New York")."""
    from dateline.gazetteer import load

    if _STATE_PLURALS.get(name) in others:
        return True
    entries = load().lookup(name)
    return any(e.feature == "ADM1" and e.country in others for e in entries) and not any(
        e.feature.startswith("PCL") or e.feature.startswith("PPL") and e.country in others
        and e.population >= _CITY_PEOPLE for e in entries)


def _country_named(text: str, entry: Entry, name: str, *, demonym: bool) -> bool:
    """Whether the article names the country otherwise than by ``name``: its capital, a town or
    province of it, or (``demonym``) its people in the singular, as words anywhere."""
    cues = [*entry.metonyms, *(d for d in entry.demonyms if demonym and not d.endswith("s"))]
    if any(re.search(rf"(?<!\w){re.escape(c)}(?!\w)", text) for c in cues if c[:1].isupper()):
        return True
    own = _alpha2(entry.country or "")
    if own is None:
        return False
    runs = set(_TITLE_RUN.findall(text))
    runs |= {w for r in runs for w in r.split()}
    return any(_of_country(r, own) for r in runs if name not in r)


@lru_cache(maxsize=8192)
def _of_country(words: str, own: str) -> bool:
    """A town of ``TOWN_PEOPLE`` or a province whose likeliest reading is in the country ``own``."""
    from dateline.gazetteer import load

    found = town(words)
    if found is not None:
        return found[0] == own and found[1] >= TOWN_PEOPLE
    return any(e.feature == "ADM1" and e.country == own for e in load().lookup(words))
