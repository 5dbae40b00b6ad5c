"""Cues around a toponym in its text: qualifiers ("Paris, Texas"), lists, possessives
("Nairobi's Kibera"), "county"/"state" words, a direction sharing the next name's noun, and a
name used as a town's ("a Lebanon woman", "the Jordan School District") or a capital's as its
government's ("Washington said", "Lawmakers in Washington voted": ``governing``).

Pure functions over the text and the readings of a name (``dateline.places.readings``); the
resolver (``dateline.places.resolve``) weighs what they find.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from dateline import gazetteer
from dateline.gazetteer import COUNTRY_FEATURES, Entry, Gazetteer
from dateline.nlp.shared_places import SHARED_NAMES
from dateline.places.readings import (
    AREA_WORDS,
    COUNTY_FIRST_NATIONS,
    DIRECTIONS,
    PART_ADJECTIVE,
    US_CODE,
    Candidate,
    candidates,
    inside,
    is_area,
    is_minor,
    own_areas,
    part_of,
)

_QUALIFIER = re.compile(r"\s*[,(]\s*((?:[A-Z][\w.'’-]*\.?)(?:\s+[A-Z][\w.'’-]*\.?){0,2})")
_COUNTY_WORD = re.compile(r"\s+(?:County|Parish)\b")  # "Lamar County" tagged "Lamar"
_COUNTIES_AFTER = re.compile(r"\s+(?:[Cc]ounties|[Pp]arishes)\b")  # "Saunders and Washington counties"
#: a name of a list before "counties" ("Saunders", "Red Willow"): one or two capitalised words
LIST_NAME = r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?"
_LIST_NAME = re.compile(LIST_NAME)
#: the rest of a county list after one of its names (", Jackson and Madison counties")
_LIST_REST = re.compile(rf"((?:\s*(?:,|and|&|or)\s*{LIST_NAME})+)\s+([Cc]ounties|[Pp]arishes)\b")
_LIST_BEFORE = re.compile(rf"{LIST_NAME}\s*(?:,|\band|&|\bor)\s*$")
_DIRECTIONS = rf"(?:{'|'.join(w.capitalize() for w in DIRECTIONS)})"
_DIRECTION_WORD = re.compile(rf"^{_DIRECTIONS}$", re.IGNORECASE)
_SHARED_NOUN = re.compile(rf"\s+(?:and|or|&)\s+{_DIRECTIONS}\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)")
_COUNTY_NAME = re.compile(r"^County\s|\s(?:County|Parish)$")
_COUNTY_BEFORE = re.compile(r"(?<![\w'’.-])(?:County|Co\.?)\s+$")  # "Co. Mayo" found as "Mayo"
_FIRM_BEFORE = re.compile(r"(?:&|(?<=[\w,;:]\s)[A-Z][\w.-]*)\s+Co\.?\s+$")  # "Murphy & Co. Down"
COUNCIL_AFTER = re.compile(r"\s+Council\b")  # "Kent County Council": ``council_counties``
_CITY_AFTER = re.compile(r" City\b")  # "Gaza" tagged alone before "City"
#: a town's word beside the name: "the (market) town of Louth", "Louth Town Council"; not "the
#: county town of Louth" (Dundalk, of County Louth)
_TOWN_BEFORE = re.compile(r"(?<![Cc]ounty\s)\btown\s+of\s+$")
_TOWN_AFTER_NAME = re.compile(r"\s+Town\s+(?:Council|Hall)\b")
_STATE_AFTER = re.compile(r"\s+state\b")  # lower case: "Washington State" may be a university
_WATER_NAME = re.compile(r"\s(?:Sea|Ocean)$")  # a body of water by its name's last word
#: a part of an area named before it ("central Gaza", "northern Israel": ``part_of``)
_PART_BEFORE = re.compile(rf"\b{PART_ADJECTIVE}\s+$")
#: "the Donetsk region", "Kherson oblast", a list's "Kirkuk and Nineveh provinces": the
#: province, not its capital city (the word in the singular)
_AREA_AFTER = re.compile(rf"(?:(?:\s*(?:,|and|&|or)\s*{LIST_NAME})*\s+((?i:{'|'.join(AREA_WORDS)}))s"
                         rf"|\s+((?i:{'|'.join(AREA_WORDS)})))\b")
#: "the state of Georgia", not "heads of state of Georgia" (``narrow`` also refuses "the state
#: of Georgia's democracy")
_STATE_BEFORE = re.compile(r"(?<!\bheads of )(?<!\bhead of )(?<!\bHeads of )(?<!\bHead of )"
                           r"\b(?:[Ss]tate|[Pp]rovince)\s+of\s+$")
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
#: an area's office or own word before or after its name ("the governor of Basra", "Basra's
#: governor", "the canton of Geneva", "the governorate of Basra"): the province or canton, not
#: its town of that name (``readings._towns_over_areas`` makes "Basra" the city)
_AREA_OFFICE_BEFORE = re.compile(r"\b(?:[Gg]overnor(?:ate)?|[Cc]anton)\s+of\s+$")
_AREA_OFFICE_AFTER = re.compile(r"['’]s?\s+governor\b(?!\s+of\b)")  # not "Georgia's governor of Adjara"
#: words that may make a name before them a town's: English names a country's people and
#: bodies by its demonym ("a Lebanese woman"), a US town's by the town's name ("a Lebanon
#: woman", "the Jordan resident", "Palestine Independent School District"). Not "men" and
#: "women": "Brazil women", "Poland men" are national sides; "boys" and "girls" are a school's
#: ("the Jordan boys team"), not "the Japan girls' team". Headlines use the country's
#: name too ("Jordan man arrested in Amman"), so the resolver takes the cue only with other
#: evidence for the town (``dateline.places.resolve``)
_LOCAL_USE = re.compile(
    r"\s+(?:residents?|man|woman|boy|girl|(?:boys|girls)(?!['’])|teens?|teenagers?|couples?|"
    r"motorists?|homeowners?|motorcyclists?|(?:Independent\s+)?[Ss]chool\s+[Dd]istrict|"
    r"(?:High|Middle|Elementary)\s+[Ss]chool|[Cc]ity\s+(?:[Cc]ouncil|[Hh]all)|"
    r"[Tt]ownship|[Vv]illage\s+[Bb]oard|(?:[Vv]olunteer\s+)?[Ff]ire\s+(?:[Dd]epartment|[Cc]hief)|"
    r"[Pp]olice\s+[Dd]epartment|[Pp]ublic\s+[Ll]ibrary)\b")
#: a sovereign's body or office right after a name's possessive ("Niger's junta", "Georgia's
#: president", "the Niger junta"): no state or province has a junta, a president or an army,
#: so the name is the country's, whatever reading a state's office gave it elsewhere ("Niger's
#: governor": Niger State). Lower case, or a title before a person's name ("Georgia's President
#: Salome Zourabichvili"), never a body's own name ("Georgia Army National Guard", "University
#: of Georgia president"); not "military governor" (a state's office under army rule) nor
#: "government" (a state's too: "Niger State government")
_COUNTRY_AFTER = re.compile(r"\s+junta\b|['’]s?\s+(?:military(?!\s+(?:governor|administrator))|junta|army|"
                            r"armed\s+forces|[Pp]resident|prime\s+minister|parliament|"
                            r"foreign\s+minist(?:er|ry))\b")


def qualifier(gaz: Gazetteer, text: str, end: int, cands: Sequence[Candidate]) -> list[Entry]:
    """Areas named right after a toponym of readings ``cands``: "Paris, Texas", "Alexandria,
    La.", "Reno, NV"."""
    m = _QUALIFIER.match(text, end)
    if not m:
        return []
    words = m.group(1)
    out: list[Entry] = []
    for n in range(len(words.split()), 0, -1):
        part = " ".join(words.split()[:n]).rstrip(",")
        if US_CODE.match(part):
            st = gaz.state("US", part)
            out += [st] if st else []
        out += [c.entry for c in candidates(gaz, part) if is_area(c.entry)]
        if out:
            break
    return _own_name_first(_state_first(out, part), part, cands)


def qualified_towns(gaz: Gazetteer, text: str, surface: str, end: int, quals: Sequence[Entry],
                    cands: Sequence[Candidate]) -> list[Candidate]:
    """The towns of a name that lie in the state or province qualifying it ("Washington, Iowa",
    "Washington, Pennsylvania") where none of ``cands`` does: readings that a state's or
    country's own name drops as its small namesakes (``readings``: a bare "Washington" is no
    village of Iowa), which the qualifier brings back; none before a list of areas
    ("Washington, Utah and Nevada")."""
    states = [q for q in quals if q.feature == "ADM1"]
    m = _QUALIFIER.match(text, end)
    if not states or m is None or _list_after(gaz, text, m.end()) or any(
            inside(c.entry, q) for c in cands for q in states):
        return []
    k = gazetteer.key(surface)
    return [Candidate(e, "alternate" if is_minor(e) else "name") for e in gaz.lookup(surface)
            if e.feature.startswith("PPL")
            and gazetteer.key(e.name) == k and any(inside(e, q) for q in states)]


def one_county(quals: list[Entry], cands: Sequence[Candidate]) -> list[Entry]:
    """The qualifiers of a town less its counties where readings of the town lie in counties of
    that name in more than one state ("Springfield, Washington County": Kentucky's, Florida's,
    Nebraska's ...; a town by its own name, in the county's state, near it): a county named
    without its state places none of them, and the town is weighed alone (its people, the
    article's other names); one such county stays ("Media, Delaware County", "Georgetown,
    Sussex")."""
    holding = {(q.country, q.admin1) for q in quals if q.feature == "ADM2" and any(
        c.via == "name" and (c.entry.country, c.entry.admin1) == (q.country, q.admin1)
        and inside(c.entry, q) for c in cands)}
    return quals if len(holding) <= 1 else [q for q in quals if q.feature != "ADM2"]


def _state_first(areas: list[Entry], part: str) -> list[Entry]:
    """A US state named by its very name after a town ("Springfield, Washington", "Marion,
    Ohio") is that state, not a "<name> County" of another state, which news writes with its
    word; a province elsewhere may not be ("Kingston, Ulster" is Ulster County's town)."""
    k = gazetteer.key(part)
    if not any(a.feature == "ADM1" and a.country == "US" and gazetteer.key(a.name) == k
               for a in areas):
        return areas
    counties = (gazetteer.key(f"{part} County"), gazetteer.key(f"{part} Parish"))
    return [a for a in areas if not (a.feature == "ADM2" and gazetteer.key(a.name) in counties)]


def _own_name_first(areas: list[Entry], part: str, cands: Sequence[Candidate]) -> list[Entry]:
    """A county written without its word ("Rye, Sussex") is the one of that very name (England's),
    not a "<name> County" (New Jersey's), where a reading of the town lies in the former; where
    none does, the "<name> County" stays ("Georgetown, Sussex" is Delaware's, "Goshen, Orange"
    New York's, "Scarsdale, Westchester")."""
    k = gazetteer.key(part)
    own = [a for a in areas if gazetteer.key(a.name) == k]
    if not any(inside(c.entry, a) for a in own for c in cands):
        return areas
    counties = (gazetteer.key(f"{part} County"), gazetteer.key(f"{part} Parish"))
    return [e for e in areas if not (e.feature == "ADM2" and gazetteer.key(e.name) in counties)]


def listed(text: str, start: int, spans: Sequence[tuple[int, int]]) -> bool:
    """The toponym follows another after a comma: an item of a list ("Turkey, Iraq, Iran"), where
    the name after it may be the next item rather than its qualifier."""
    before = text[:start].rstrip()
    if not before.endswith(","):
        return False
    comma = len(before) - 1
    return any(text[e:comma].strip() == "" and e <= comma for _, e in spans if e <= start)


_QUALIFYING = frozenset({"ADM1", "ADM2"}) | COUNTRY_FEATURES


_POSSESSED = re.compile(r"^(?:'s|’s|'|’)\s+$")
_OWNERS = 5  # readings of a possessive name taken as qualifiers ("Paris' Champs-Elysees")
_OWNER_BEFORE = re.compile(r"\b([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})(?:'s|’s|'|’)\s+$")
MIN_OWNER = 1_000_000


def possessor(gaz: Gazetteer, text: str, start: int, prev_end: int | None,
              prev_cands: list[Candidate], prev_priors: list[float]) -> list[Entry]:
    """The likeliest readings of a toponym in the possessive right before this one ("Nairobi's
    Kibera", "Lagos's Ikoyi district"): the place named lies in or near it. The possessive
    need not be a toponym span itself; then it must name a country, a state, a capital or a
    city of ``MIN_OWNER`` people by its own name (a surname like "Jackson's" is not taken)."""
    if prev_end is not None and _POSSESSED.match(text[prev_end:start]):
        named = [(p, c.entry) for c, p in zip(prev_cands, prev_priors, strict=True)
                 if c.via in ("name", "alias")]
        return [e for _, e in sorted(named, key=lambda t: -t[0])[:_OWNERS]]
    m = _OWNER_BEFORE.search(text, max(0, start - 60), start)
    if m is None:
        return []
    owners = [c.entry for c in candidates(gaz, m.group(1)) if c.via in ("name", "alias") and (
        is_area(c.entry) and c.entry.feature != "ADM2" or c.entry.feature == "PPLC"
        or c.entry.population >= MIN_OWNER)]
    return sorted(owners, key=lambda e: -e.population)[:_OWNERS]


_LIST_AFTER = re.compile(r"\s*(?:,|\band\b|\bor\b|&)\s*(?:the\s+)?[A-Z]")
#: a comma and a conjunction after a qualifier, and the name after them
_OXFORD_AFTER = re.compile(r"\s*,\s*(?:and|or|&)\s+(?:the\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})")


def _list_after(gaz: Gazetteer, text: str, pos: int) -> bool:
    """The qualifier ending at ``pos`` is an item of a list: another name follows it after a
    comma or a conjunction ("Washington, Utah and Nevada"), or after a comma and a conjunction
    where that name is a state or country by its own name ("Washington, Utah, and Nevada"); not
    a town after the comma that closes a town's state ("Millbrook, Pennsylvania, and Albany")."""
    if _LIST_AFTER.match(text, pos):
        return True
    m = _OXFORD_AFTER.match(text, pos)
    if m is None:
        return False
    words = m.group(1).split()
    return any((e.feature == "ADM1" or e.feature in COUNTRY_FEATURES) and gazetteer.key(e.name) == gazetteer.key(part)
               for part in (" ".join(words[:n]) for n in range(len(words), 0, -1)) for e in gaz.lookup(part))


def qualifying_areas(gaz: Gazetteer, text: str, end: int, cands: list[Candidate]) -> list[Entry]:
    """The countries, states or counties that may qualify a town (or an unknown name) right
    after it ("Millbrook, Pennsylvania"), by its whole name, when it is not an item of a list
    ("Russia, Romania, and Macedonia"; "Ann Lee in Beirut, Vladimir Petrov in Moscow"),
    and that none of its readings lies in; the most populous first, as the one holding more
    towns, with no bonus for a country ("Zorbleton, Georgia": the US state before the country,
    until the article's context says otherwise: ``resolve``)."""
    if any(is_area(c.entry) and c.entry.feature != "ADM2" for c in cands):
        return []
    m = _QUALIFIER.match(text, end)
    if m is None or _list_after(gaz, text, m.end()):
        return []
    words = m.group(1).rstrip(",").split()
    for n in range(len(words), 0, -1):  # the whole run, or up to a period ("Ga. Hugley")
        part = " ".join(words[:n])
        if n < len(words) and not part.endswith("."):
            continue
        state = gaz.abbreviation(part) or (gaz.state("US", part) if US_CODE.match(part) else None)
        areas = [state] if state else _state_first(
            [e for e in gaz.lookup(part) if e.feature in _QUALIFYING], part)
        if any(inside(c.entry, a) for a in areas for c in cands):
            return []  # "Atlanta, Georgia": the state, not the country
        if areas:
            return sorted(areas, key=lambda a: -a.population)
    return []


#: words after a name that use it as a town's ("Danbury police", "a Danbury area",
#: "Torrington firefighters", "the Sligo-based mother", "the Nuseirat refugee camp")
TOWN_AFTER = re.compile(r"(?:-based\b|\s+(?:police|[Pp]olice\s+(?:[Cc]hief|[Oo]fficers?)|"
                        r"firefighters?|officials|investigators|detectives|[Mm]ayor|"
                        r"natives?|neighborhood|neighbourhood|[Ff]ire\s+[Cc]hief|area|"
                        r"(?:refugee|displacement)\s+camps?)\b)")
#: a government's people or body acting in the name just after ("Lawmakers in Washington",
#: "Congress met in Washington"; not "Officials said the fire in Washington spread": what they
#: said is another clause's), or a legislature's members or diplomats going to it ("Senators
#: flew to Washington": where they sit); not other officials going to it ("Federal officials
#: flew to Paris to survey the damage": the town they went to, as likely as the capital)
_GOVERNMENT_BEFORE = re.compile(
    r"\b(?:(?P<sits>[Ll]awmakers|[Ll]egislators|[Dd]iplomats|[Ss]enators|Congress)|[Pp]oliticians|"
    r"[Pp]olicymakers|[Oo]fficials|[Mm]inisters|[Mm]inistry|[Gg]overnment|[Aa]dministration|"
    r"White\s+House|[Ff]ederal)(?:\s+(?!(?:said|says|told)\b)[a-z]+){0,2}\s+(?P<prep>in|to)\s+$")
_GOVERNMENT_SPAN = 80  # characters read back for it
#: a state's own body in ``_GOVERNMENT_BEFORE`` (no town has ministers, a ministry or a government)
_STATE_BODY = re.compile(r"[Mm]inist|[Gg]overnment|[Aa]dministration|White\s+House")
#: a town's, county's or state's body before them ("city officials", "state lawmakers"), or
#: one that is no government's: a school's, a tribe's or a church's ("student government
#: officials", "Baptist ministers")
_LOCAL_BODY = re.compile(r"\b(?:[Cc]ity|[Cc]ounty|[Tt]own|[Ll]ocal|[Ss]chool|[Vv]illage|"
                         r"[Pp]olice|[Ss]tate|[Ss]tudent|[Tt]ribal|[Cc]hurch|Baptist|Methodist|"
                         r"Lutheran|Presbyterian|Catholic|Episcopal)\s+$")
#: a say-verb right after a name: the government it stands for speaks ("Washington said")
_SAYS_AFTER = re.compile(r"\s+(?:has\s+|had\s+|have\s+)?(?:said|says|warned|announced|insisted|"
                         r"responded|urged|demanded|accused)\b")
_PREPOSITION = re.compile(r"\b(?:[Ii]n|[Aa]t|[Oo]f|[Ff]rom|[Nn]ear|[Tt]o)\s+$")
#: a government's own people or body right after a name ("Washington lawmakers", "Paris
#: ministries"): no town has them; not "officials" (``TOWN_AFTER``: "Danbury officials") nor
#: "ministers" ("Moscow ministers led a vigil": a town's clergy; a state's are "Russian ministers")
_GOVERNMENT_AFTER = re.compile(r"\s+(?:lawmakers|legislators|policymakers|diplomats|senators|"
                               r"ministry|ministries|government|administration)\b")


def governing(text: str, start: int, end: int) -> bool:
    """The name speaks for a government: a say-verb right after it ("Washington said"), a
    government's people or body acting in it (``_GOVERNMENT_BEFORE``: "Officials in Paris
    said"; legislators or diplomats going to it: "Senators flew to Washington"), or named after
    it (``_GOVERNMENT_AFTER``: "Washington lawmakers"); not where a town's word follows it
    ("Washington police said", ``TOWN_AFTER``) or a local body's word comes before the
    government's ("City officials in Washington"), nor other officials going to it ("Federal
    officials flew to Paris to survey the damage": the town they went to, as likely as the
    capital).

    "Officials" after the name is a town's word too: after "Washington, Iowa", "Washington
    officials said" stays the town (as "Danbury officials"), while "officials in Washington
    said" and "Washington lawmakers" (no town has lawmakers) are the capital's. A choice, not a
    finding: LGL and TR-News hold no "<capital> officials" at all, nor any government's cue
    after a qualified namesake town."""
    return _government(text, start, end) is not None


def officials_in(text: str, start: int, end: int) -> bool:
    """The name's government cue (``governing``) is only officials in it ("Officials in Paris
    said", "Federal officials in Paris"), whom a town has too: not a state's own body
    (``_STATE_BODY``: "Ministers in Paris", "The government in Paris"), one that sits there
    ("Lawmakers in Washington"), speaks by the name ("Paris said") or is named after it
    ("Washington lawmakers")."""
    return _government(text, start, end) == "in"


def _government(text: str, start: int, end: int) -> str | None:
    """``governing``'s cue: "own" for a government's by its name, its own body or one sitting
    there, "in" for officials in it (``officials_in``), None for none."""
    if _GOVERNMENT_AFTER.match(text, end):
        return "own"
    if TOWN_AFTER.match(text, end):
        return None
    if _SAYS_AFTER.match(text, end) and not _PREPOSITION.search(text, max(0, start - 8), start):
        return "own"  # "Washington said", not "officials in Washington said"
    gov = _GOVERNMENT_BEFORE.search(text, max(0, start - _GOVERNMENT_SPAN), start)
    if gov is None or gov["prep"] != "in" and gov["sits"] is None or _LOCAL_BODY.search(
            text, max(0, gov.start() - 12), gov.start()):
        return None
    return "own" if gov["sits"] is not None or _STATE_BODY.search(gov[0]) else "in"


#: a demonym heading a country's officials just before "in" the name ("Costa Rican officials
#: in", "Colombian health authorities in", "Costa Rican Foreign Ministry officials in"): not a
#: resident's ("a Costa Rican man"), one born there ("Costa Rican-born engineers"), a word after
#: the name ("San Jose police") or a mission's abroad ("Costa Rican consular officials in")
_OWN_OFFICIALS = re.compile(
    r"\b(?P<run>(?:(?!Consul|Embass)[A-Z][a-z]+\s+){1,4})(?:(?!consul|embass)[a-z]+\s+)?(?:officials|"
    r"authorities|police|officers|prosecutors|lawmakers|ministers|diplomats)\s+in\s+$")


def officials_of(gaz: Gazetteer, text: str, start: int) -> frozenset[str]:
    """The countries (ISO2) whose demonym heads the officials "in" the name at ``start``
    ("Costa Rican officials in San Jose": CR), a sign of that country's capital
    (``readings.priors``); empty for none."""
    m = _OWN_OFFICIALS.search(text, max(0, start - _GOVERNMENT_SPAN), start)
    if m is None:
        return frozenset()
    run = m["run"].split()
    words = run + [f"{a} {b}" for a, b in itertools.pairwise(run)]  # "Costa Rican" of "The Costa Rican"
    return frozenset(e.country for w in words for e in gaz.demonym(w)
                     if e.feature in COUNTRY_FEATURES and e.country)


def local_use(text: str, end: int) -> bool:
    """The name may be used as a town's, before a resident or a town body ("a Lebanon woman",
    "the Palestine school district"; not "Brazil women", a national side): see ``_LOCAL_USE``."""
    return _LOCAL_USE.match(text, end) is not None


def states_listed(gaz: Gazetteer, names: Sequence[str]) -> bool:
    """Every name is a state or country by its own name: "Texas and Oklahoma counties" are the
    two states' counties, though each state also names a county; a leading word before a name
    may be no part of it ("Rural Texas")."""
    def state(n: str) -> bool:
        return any(e.feature == "ADM1" and gazetteer.key(e.name) == gazetteer.key(n)
                   or e.feature in COUNTRY_FEATURES for e in gaz.lookup(n))
    return all(state(n) or " " in n and state(n.split(" ", 1)[1]) for n in names)


def is_county(gaz: Gazetteer, name: str, word: str = "County") -> bool:
    """``name`` followed by ``word`` ("County", "Parish") is a county of the gazetteer."""
    return any(e.feature.startswith("ADM2") for e in gaz.lookup(f"{name} {word}"))


def _own_county(gaz: Gazetteer, name: str) -> bool:
    """``name`` is a county by its own name, as England's are ("Surrey", "Kent")."""
    k = gazetteer.key(name)
    return any(e.feature.startswith("ADM2") and gazetteer.key(e.name) == k for e in gaz.lookup(name))


def county_list(gaz: Gazetteer, names: Sequence[str], word: str = "County") -> bool:
    """The names of a list before lower-case "counties" or "parishes" (``word``: "County",
    "Parish") are counties: not a list of states ("Texas and Oklahoma counties" are the two
    states' counties) and each a county of the gazetteer, as "<name> County" or by its own name
    ("Kent, Sussex and Surrey counties": no "Surrey County"; "Trump and Clinton counties" are the
    counties each candidate won). One test for the list finder (``finders.county_lists``) and
    for a tagged name's readings (``narrow``)."""
    return not states_listed(gaz, names) and all(
        is_county(gaz, n, word) or _own_county(gaz, n) for n in names)


def _shared_state(gaz: Gazetteer, names: Sequence[str], word: str) -> set[tuple[str | None, str | None]]:
    """The states in which every name of a list is "<name> County" ("Kent and Sussex counties":
    Delaware's two counties); empty where one name is no such county ("Kent, Sussex and Surrey
    counties": England's)."""
    shared: set[tuple[str | None, str | None]] | None = None
    for n in names:
        states = {(e.country, e.admin1) for e in gaz.lookup(f"{n} {word}") if e.feature.startswith("ADM2")}
        shared = states if shared is None else shared & states
        if not shared:
            return set()
    return shared or set()


_COUNCIL_NATIONS = ("GB", "IE")  # where a county's council is "<name> County Council"


def council_counties(gaz: Gazetteer, name: str, counties: Sequence[Candidate]) -> list[Candidate]:
    """The administrative counties by the bare ``name`` that a "<name> County Council" may
    govern besides a US "<name> County" (``counties``): England's, Wales' and Ireland's councils
    are named so ("Kent County Council", "Cork County Council"), their counties by the bare name
    or our "County <name>" alias (the bare "Wexford" is the town; "County Wexford": Loch Garman),
    so the text's other places choose between them; no other nation's ("Orange County Council"
    is no council of Orange, New South Wales). An area placed in no nation (our historic
    Sussex, split into East and West Sussex, each with its own council) governs nothing:
    "Sussex County Council" stays Delaware's. Our aliases count as names: Ireland's councils
    govern counties GeoNames names in Irish ("Clare County Council": An Clar)."""
    have = {c.entry for c in counties}
    named = ours(gaz, name, candidates(gaz, name)) + [  # "Wexford": the town; "County Wexford"
        Candidate(c.entry, "alias") for c in candidates(gaz, f"County {name}") if c.via in ("name", "alias")]
    firsts = [c for i, c in enumerate(named) if all(o.entry != c.entry for o in named[:i])]
    return [c for c in firsts if c.entry.feature == "ADM2"
            and c.entry.country in _COUNCIL_NATIONS and c.entry.admin1 and c.via in ("name", "alias")
            and c.entry not in have]


def ours(gaz: Gazetteer, name: str, cands: list[Candidate]) -> list[Candidate]:
    """A county reached by our alias of ``name`` ("Clare": An Clar), which the gazetteer reads as
    an alternate name (a bare county's name may be a town's), as the county's own name: in a
    council's name it is ("Clare County Council"); so is a county its main town's name reads
    first ("Sligo": ``readings.county_town``). A US "<name> County" by the bare name stays an
    alternate (Michigan's "Clare County" is no county our alias names)."""
    k = gazetteer.key(name)
    aimed = {id(gaz.entries[i]) for i in gaz.aliases.get(k, ())}
    return [Candidate(c.entry, "alias") if c.via == "alternate" and c.entry.feature == "ADM2"
            and (id(c.entry) in aimed or gazetteer.key(c.entry.name) == k) else c for c in cands]


def _own_countries(gaz: Gazetteer, names: Sequence[str]) -> set[str | None]:
    """The countries in which every name of a list is a county by its own name ("Kent and
    Sussex": England's, as well as Delaware's "<name> County")."""
    shared: set[str | None] | None = None
    for n in names:
        k = gazetteer.key(n)
        found = {e.country for e in gaz.lookup(n) if e.feature.startswith("ADM2") and gazetteer.key(e.name) == k}
        shared = found if shared is None else shared & found
        if not shared:
            return set()
    return shared or set()


def _in_county_list(gaz: Gazetteer, text: str, start: int, end: int) -> tuple[list[str], str] | None:
    """The names of the county list ``text[start:end]`` is one of ("Saunders and Washington
    counties") and its word ("County", "Parish"); None outside one."""
    if after := _LIST_REST.match(text, end):
        names, word = [text[start:end], *_LIST_NAME.findall(after.group(1))], after.group(2)
    elif (tail := _COUNTIES_AFTER.match(text, end)) and (
            before := _LIST_BEFORE.search(text, max(0, start - 40), start)):
        names, word = [*_LIST_NAME.findall(before.group()), text[start:end]], tail.group()
    else:
        return None
    word = "Parish" if word.strip().lower() == "parishes" else "County"
    if " " in names[0] and not is_county(gaz, names[0], word):  # "Populous Douglas and Lancaster
        names[0] = names[0].split(" ", 1)[1]  # counties": "Douglas", as ``finders.county_lists``
    return (names, word) if county_list(gaz, names, word) else None


def _city_of(gaz: Gazetteer, surface: str, cands: list[Candidate]) -> list[Candidate]:
    """The town readings of a name the model cut before its "City" ("Gaza" of "Gaza City
    Police Chief": the city, not the Strip) where "<name> City" names one of them; else all
    ("Kansas" of "Kansas City" is no town named Kansas; "Dublin City Council" keeps every
    Dublin town for the context to choose)."""
    towns = [c for c in cands if c.entry.feature.startswith("PPL")]
    city = {(e.name, e.lat, e.lon) for e in gaz.lookup(f"{surface} City")}
    return towns if any((c.entry.name, c.entry.lat, c.entry.lon) in city for c in towns) else cands


def county_word_before(text: str, start: int) -> bool:
    """The name at ``start`` follows the word "County" or "Co." (or "Co") that names an Irish or
    British county first ("in County Cavan", "Castlebar, Co. Mayo"), not a firm's "Co." after its
    name ("owned by Murphy & Co. Down the lane", "Walt Disney Co.")."""
    head = max(0, start - 60)
    return bool(_COUNTY_BEFORE.search(text, max(0, start - 8), start)) \
        and not _FIRM_BEFORE.search(text, head, start)


def narrow(gaz: Gazetteer, text: str, start: int, end: int, cands: list[Candidate]
           ) -> list[Candidate]:
    """The readings the words around a toponym allow: "Central and South America" (the first
    is Central America), "Lamar County" tagged "Lamar", "Mayo County" itself, the last of a
    county list ("Saunders and Washington counties", not "Indiana counties"), "Washington state",
    "the state of Washington", "the governor of Basra" or "Basra's governor" (the province:
    ``_AREA_OFFICE_BEFORE``), "Niger's junta" (the country: ``_COUNTRY_AFTER``), "Kent County
    Council" (England's Kent too: ``council_counties``), "the town of Louth", "Louth Town
    Council" (``_TOWN_BEFORE``: not the Irish or British county of a country with a town so
    named, as County Louth; Kent, with no town of England so named, stays the county)."""
    surface = text[start:end]
    shared = _SHARED_NOUN.match(text, end) if _DIRECTION_WORD.match(surface) else None
    if shared:
        cands = candidates(gaz, f"{surface} {shared.group(1)}") or cands
    listed = None if _COUNTY_NAME.search(surface) or _COUNTY_WORD.match(text, end) \
        else _in_county_list(gaz, text, start, end)
    if listed and (states := _shared_state(gaz, *listed)):  # "Kent and Sussex counties": Delaware's,
        countries = _own_countries(gaz, listed[0])  # or England's where the article says so
        return [c for c in candidates(gaz, f"{surface} {listed[1]}") if c.entry.feature == "ADM2"
                and (c.entry.country, c.entry.admin1) in states] + [
            c for c in cands if c.entry.feature == "ADM2" and c.entry.country in countries
            and gazetteer.key(c.entry.name) == gazetteer.key(surface)] or cands
    if county_word_before(text, start):  # "County Cavan", "Co. Mayo": not Michigan's Wexford
        def first(cs: list[Candidate]) -> list[Candidate]:
            return [c for c in cs if c.entry.feature == "ADM2" and c.entry.country in COUNTY_FIRST_NATIONS]
        return first(candidates(gaz, f"County {surface}")) or first(ours(gaz, surface, cands)) or cands
    if listed or _COUNTY_NAME.search(surface) or _COUNTY_WORD.match(text, end):
        counties = [c for c in ours(gaz, surface, cands) if c.entry.feature == "ADM2"] or [
            c for c in candidates(gaz, f"{surface} County") if c.entry.feature == "ADM2"]
        if surface.endswith(" County") and COUNCIL_AFTER.match(text, end):
            bare = surface.removesuffix(" County")  # "Mayo County Council": Maigh Eo by our name
            counties = ours(gaz, bare, counties)
            counties += council_counties(gaz, bare, counties)
        elif (word := _COUNTY_WORD.match(text, end)) and COUNCIL_AFTER.match(text, word.end()):
            counties = ours(gaz, surface, counties)  # "Kerry" of "Kerry County Council": Ciarrai
        return counties or cands  # (a bare state name lost its namesake counties)
    if _STATE_AFTER.match(text, end) or _STATE_BEFORE.search(text, max(0, start - 20), start) \
            and not _POSSESSIVE_AFTER.match(text, end):  # "the state of Georgia's democracy"
        return [c for c in cands if c.entry.feature == "ADM1"] or cands
    if _AREA_OFFICE_BEFORE.search(text, max(0, start - 16), start) and not _POSSESSIVE_AFTER.match(
            text, end) or _AREA_OFFICE_AFTER.match(text, end):  # "the governor of Basra": the province
        return [c for c in cands if c.entry.feature == "ADM1"] or [
            c for c in cands if c.entry.feature == "ADM2"] or cands
    if _CITY_AFTER.match(text, end):  # "Gaza City Police Chief" tagged "Gaza": the city
        return _city_of(gaz, surface, cands)
    if _TOWN_AFTER_NAME.match(text, end) or _TOWN_BEFORE.search(text, max(0, start - 12), start):
        towns = {c.entry.country for c in cands if c.entry.feature.startswith("PPL")}
        return [c for c in cands if not (c.entry.feature == "ADM2" and c.entry.country in towns
                                         and c.entry.country in COUNTY_FIRST_NATIONS)]
    area = _AREA_AFTER.match(text, end)
    if area:
        return own_areas(gaz, cands, surface, area.group(1) or area.group(2)) or cands
    if _WATER_NAME.search(surface):  # "Port Sudan on the Red Sea": the sea, not Red Sea state
        return [c for c in cands if not c.entry.feature.startswith(("ADM", "PPL"))] or cands
    if _PART_BEFORE.search(text, max(0, start - 12), start):  # "in central Gaza": the Strip
        return part_of(cands)
    if _COUNTRY_AFTER.match(text, end):  # "Niger's junta": the country, not Niger State
        return [c for c in cands if c.entry.feature in COUNTRY_FEATURES] or cands
    return cands


_BARE_CONGO = re.compile(r"^(?:[Tt]he\s+)?Congo(?:['’]s?)?$")


def congo(gaz: Gazetteer, text: str, surface: str, cands: list[Candidate]) -> list[Candidate]:
    """A bare "Congo" is one country per article (``SHARED_NAMES``): the Republic of the Congo
    where the article names Brazzaville, Sassou Nguesso or the "Republic of (the) Congo", else
    the Democratic Republic of the Congo, which news means most often ("Rebels in eastern Congo
    seized Goma"). The actors stage reads it by the same table."""
    if not _BARE_CONGO.match(surface.strip()):
        return cands
    shared = SHARED_NAMES[0]
    country = gaz.country(shared.other if shared.cues.search(text) else shared.default)
    if country is None:
        return cands
    pair = (shared.default, shared.other)
    return [Candidate(country, c.via) if c.entry.feature in COUNTRY_FEATURES
            and c.entry.country in pair else c for c in cands]


__all__ = ["COUNCIL_AFTER", "COUNTY_FIRST_NATIONS", "TOWN_AFTER", "congo", "county_list", "county_word_before", "governing", "is_county", "listed", "local_use", "narrow", "officials_in", "officials_of", "one_county", "ours", "possessor", "qualified_towns", "qualifier", "qualifying_areas", "states_listed"]
