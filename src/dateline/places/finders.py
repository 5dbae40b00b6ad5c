"""Toponyms the model's place labels miss, found from strong cues in the text.

- a town or county that opens an institution's name ("the Richmond Police Department",
  "a Khan Younis hospital", "Titus County Jail" tagged GPE whole) or follows "University of";
- a body dateline in capitals at the start of a paragraph or after a headline
  ("HAMILTON — The two ...");
- a legislator's party and home ("Sen. Bob Casey, D-Pa.", "Rep. Torrey Westrom, R-Elbow Lake");
- a street, road or highway the model tags FAC, ORG or PERSON ("on Wichita Drive").
- each name of a list before lower-case "counties" ("Barrow, Jackson and Madison counties").
- a county before an office's word in a name tagged PERSON ("Anderson County Sheriff").

Each function returns character spans; ``dateline.places.component`` resolves them with the
other candidates and keeps them by their kind's rule (a known town, county or state by its
own name). Newspapers and teams named after a place ("Washington Post") are not places.
"""

from __future__ import annotations

import re
from importlib import resources

import numpy
from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from dateline import gazetteer
from dateline.actors.lexicon import lexicon as actors_lexicon
from dateline.actors.place_context import LOCATIVE
from dateline.gazetteer import COUNTRY_FEATURES, Entry, Gazetteer
from dateline.places.cues import (
    COUNTY_FIRST_NATIONS,
    LIST_NAME,
    council_counties,
    county_list,
    county_word_before,
    is_county,
)
from dateline.places.particles import extend, is_particle
from dateline.places.publisher import NEWS_WORDS
from dateline.places.readings import (
    AREA_WORDS,
    TOWN_PROVINCE_COUNTRIES,
    candidates,
    is_table_town,
    own_areas,
)


def _common_words() -> frozenset[str]:
    text = resources.files("dateline").joinpath("data", "places", "common_words.txt")
    return frozenset(w.strip() for w in text.read_text(encoding="utf-8").splitlines()
                     if w.strip() and not w.startswith("#"))


#: capitalised words that small towns are also named (package data): never a leading town
COMMON_WORDS = _common_words()

_MAX_NAME = 4  # tokens of a toponym opening an institution's name
#: a place name followed by these is an outlet, not the place ("Washington Post")
OUTLET = frozenset({"Post", "Times", "Herald", "Tribune", "Journal", "News", "Gazette", "Globe",
                     "Chronicle", "Star", "Daily", "Courier", "Observer", "Register", "Sun",
                     "Mirror", "Telegraph", "Press", "Record", "Examiner", "Inquirer", "Bee",
                     "Dispatch", "Ledger", "Citizen", "Independent", "Express", "Guardian",
                     "Review", "Enquirer", "Standard", "Sentinel", "Statesman", "Monitor",
                     "Bulletin", "Leader", "Advocate", "Plain", "Pioneer", "Tribune-Review",
                     "Magazine", "Radio", "TV", "Television", "Broadcasting"})
_STREET = re.compile(
    r"^(?:(?:[NSEW]\.?|North|South|East|West|Old)\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+"
    r"(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Drive|Dr\.?|Boulevard|Blvd\.?|Lane|Ln\.?|Parkway|"
    r"Pkwy\.?|Highway|Hwy\.?|Trafficway|Pike|Turnpike|Expressway|Freeway)$"
    r"|^(?:Interstate|Highway|Route|U\.S\.\s+(?:Highway|Route)|State\s+(?:Road|Route|Highway)|"
    r"County\s+Road|FM|CR|I|US|SR)[\s-]\d+[A-Z]?$")
_PARTY = re.compile(r"(?<![\w-])(?:D|R|I|DFL|Ind)-\s?([A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*){0,2}?)"
                    r"(?=\s*[,;)]|\.\s|\s*$)")
#: a dateline in capitals: at a paragraph's start or after a headline's full stop, its state
#: and an agency's credit after it ("COLUMBUS, Ohio (AP) —"); a dash of one, two or three
#: hyphens, or an em or en dash (also as cp1252's byte 0x97 read as Latin-1) that may touch the
#: next word's capital ("FALLS VILLAGE—The"; not "NATO—the alliance")
_CAPS_DATELINE = re.compile(
    r"(?:^|\n|[.!?]\s|\b(?:19|20)\d\d\s)\s*([A-Z][A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+){0,3})"
    r"(?:,\s[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?(?:\s\([A-Z][\w ]{0,30}\))?"
    r"\s*(?:(?:—|–|\x97)(?:\s|(?=[A-Z]))|(?:-{1,3}|:|”|â\s?”)\s)")
_TOWN_FEATURES = ("PPL", "ADM2", "ADM3")
#: words after a town that make the town's name the head of its institution's name
INSTITUTION = re.compile(
    r"(?:Police|Policemen|Sheriff|Sheriff['’]s|Superior|Municipal|Circuit|District|Criminal|"
    r"Juvenile|Magistrates['’]?|Crown|Court|Courthouse|Jail|Detention|Correctional|Fairgrounds|"
    r"Fire|Rescue|EMS|Ambulance|Hospital|Medical|Health|Chamber|Public|Library|Science|Museum|Zoo|"
    r"City|Town|Township|Village|Borough|Metro|Council|Councilman|Councilwoman|Commission|"
    r"Commissioners?|Board|Mayor|Schools|School|Unified|Independent|Community|Housing|Parks|"
    r"Water|Transit|Airport|Port|Regional|Area|County|Parish|Planning|Zoning|Humane|Animal|"
    r"Emergency|Utilities|Electric|Power|Rotary|Lions|Kiwanis|Historical|Heritage|Hall|"
    r"Harbour|Harbor|Station|Market|Square|Civic|Convention|Visitors?|Government|A&M)$")


def _title(tok: object) -> bool:
    text = getattr(tok, "text", "")
    return bool(text) and (text[0].isupper() or text in ("-", "of"))


def _named(entries: list[Entry], name: str, *, towns: bool) -> bool:
    """Some entry is this place by its own name: a country, state or region; with ``towns``,
    also a populated town or a county."""
    k = gazetteer.key(name)
    for e in entries:
        if e.feature in COUNTRY_FEATURES:
            return True
        if gazetteer.key(e.name) != k:
            continue
        if e.feature in ("ADM1", "RGN", "PPLC", "CONT"):
            return True
        if towns and (e.feature.startswith(_TOWN_FEATURES) and e.population > 0
                      or e.feature.startswith("ADM2")):
            return True
    return False


def city_name(gaz: Gazetteer, name: str) -> bool:
    """``name`` ends in "City" and is a town's own name ("Kansas City", "Mexico City"): the
    "City" is the name's, not an institution's word. Not a town's other name ("Gaza City",
    "Dublin City": the town is "Gaza", "Dublin", which ``cues.narrow`` reads)."""
    k = gazetteer.key(name)
    return name.endswith(" City") and any(
        e.feature.startswith("PPL") and gazetteer.key(e.name) == k for e in gaz.lookup(name))


def city_before(gaz: Gazetteer, toks: list[Token], sub: Span, k: int) -> bool:
    """``sub`` is the first part of a town's own name ending in the "City" at ``toks[k]`` ("Kansas"
    of "Kansas City Chiefs"): the one reading of "<name> City" inside an entity's name, for
    ``leading_town`` and the component's inner toponyms."""
    return k < len(toks) and toks[k].text == "City" and city_name(gaz, f"{sub.text} City")


#: the words that make a town's name a football club's ("Real Madrid", "AC Milan", "Bayern
#: Munich", "Manchester United", "Paris Saint-Germain"): no mention of the town
_CLUB_WORD = (r"(?:Real|AC|FC|Inter|Atl[eé]tico|Bayern|Borussia|Olympique|Sporting|Dynamo|Dinamo|Spartak|"
              r"CSKA|Lokomotiv)\s+")
_CLUB_BEFORE = re.compile(rf"(?<![\w.'’-]){_CLUB_WORD}$")
_CLUB_OPENS = re.compile(rf"{_CLUB_WORD}(?=[A-Z])")  # "Bayern Munich" tagged whole, not "Real de Catorce"
_CLUB_AFTER = re.compile(r"\s+(?:United|FC|Hotspur|Saint-Germain|(?:County\s+)?Cricket\s+Club|CCC)\b")
#: the last word of a club's whole name ("Yorkshire County Cricket Club", "Glamorgan CCC")
_CLUB_END = re.compile(r"(?:Club|CCC|FC)$")


#: "City" closing a club's name ("Manchester City", "Hull City" tagged whole or the town alone),
#: not before another capitalised word ("Cardiff City Council", "Manchester City Centre") nor a
#: part of the town in lower case ("fans in Leicester City centre")
_CITY_END = re.compile(r"\s+City\b(?!\s+(?:[A-Z]|cent(?:re|er)\b|council\b|hall\b|limits\b))")
#: words of a football report near "<town> City" that make it the club's name ("Manchester City
#: fans", "Leicester City beat ...", "the Hull City striker"); one alone is enough, as each is
#: rare next to a town's own name
_SPORT = re.compile(r"\b(?:fans|supporters|beat|beaten|match|matches|striker|midfielder|defender|"
                    r"goalkeeper|manager|coach|Premier\s+League|Championship|League\s+(?:One|Two|Cup)|"
                    r"FA\s+Cup|Champions\s+League|kick-off|derby|relegat\w*|promotion|scored|"
                    r"goals?|squad|signed|season|stadium|innings?|playoffs?|quarterback|pitcher)\b",
                    re.IGNORECASE)
_SPORT_WINDOW = 120  # characters either side of the name
#: the words of a game's report that make "<town> <Nickname>s" a team ("the St. Louis Cardinals
#: beat ..."): not "signed" or "season", which a firm's news has too ("Texas Instruments"), nor
#: "beat" before a forecast ("Alaska Airlines beat analysts' estimates")
_GAME = re.compile(r"\b(?:fans|beat(?:en)?(?!\s+(?:[\w'’]+\s+){0,2}(?:estimates|expectations|forecasts))|"
                   r"stadium|innings?|playoffs?|quarterback|pitcher|coach|touchdowns?|home\s+runs?|"
                   r"ballpark)\b", re.IGNORECASE)


def club(text: str, start: int, end: int, gaz: Gazetteer) -> bool:
    """The town named at ``text[start:end]`` is part of a football club's name ("Real Madrid
    beat ...", "Sheffield United"), or the span is the club's whole name ("Bayern Munich"); not
    "in Madrid, Real's fans". Also "<town> City" among a football report's words ("Leicester
    City beat Hull City") where the gazetteer knows no place "<town> City" ("Kansas City",
    "Gaza City" stay)."""
    return bool(_CLUB_BEFORE.search(text, max(0, start - 12), start) or _CLUB_AFTER.match(text, end)
                or _CLUB_OPENS.match(text, start, end)) or _city_club(text, start, end, gaz)


def _city_club(text: str, start: int, end: int, gaz: Gazetteer) -> bool:
    """``text[start:end]`` is "<town> City" or a town before "City" in a football report."""
    if text.endswith(" City", start, end):
        if not _CITY_END.match(text, end - 5):
            return False
        name = text[start:end]
    elif "City" not in text[end:end + 8] or not (after := _CITY_END.match(text, end)):
        return False
    else:
        name = text[start:after.end()]
    if gaz.lookup(name):
        return False  # "Kansas City fans", "Gaza City": the town's own name
    return bool(_SPORT.search(text, max(0, start - _SPORT_WINDOW), end + _SPORT_WINDOW))


def leading_town(ent: Span, gaz: Gazetteer) -> tuple[int, int] | None:
    """The town, county or state that opens an entity's longer name ("the Richmond Police
    Department", "Stewart County Detention Facility", "Kansas City Chiefs": a town's own name
    ending in "City" before any word) or follows its "of" ("University of Hartford"); None for
    outlets named after a place ("Washington Post", "The Moscow Times"). A club's name opening
    with a county or town ("Yorkshire County Cricket Club", ``_CLUB_END``) does not say where
    it is (a club plays at its grounds and away), unlike a council, which governs its place
    ("Kent County Council"; "Kerry County Council" by our English name of the county, GeoNames'
    Ciarrai); a place after its "of" stays ("Rotary Club of Hartford")."""
    i = 1 if len(ent) and ent[0].lower_ == "the" else 0
    if len(ent) - i < 2:
        return None  # one word: no name longer than the town's
    toks = list(ent)
    if any(t.text in OUTLET for t in toks):
        return None
    starts = [k + 1 for k in range(i, len(toks) - 1) if toks[k].lower_ == "of" and k > i]
    if not _CLUB_END.match(toks[-1].text):
        starts.insert(0, i)
    titled = [_title(t) for t in toks]
    for s in starts:
        for n in range(min(_MAX_NAME, len(toks) - s), 0, -1):
            first, last = toks[s], toks[s + n - 1]
            if (s == i and s + n >= len(toks)) or not all(titled[s:s + n]) \
                    or not first.is_alpha or not (last.is_alpha or last.text.endswith(".")):
                continue
            if s == i and not INSTITUTION.match(toks[s + n].text):
                continue  # "Paris to D.C", "Franklin Elementary": no institution of the town
            if n == 1 and (first.lower_ in COMMON_WORDS or first.lower_ in NEWS_WORDS):
                continue  # "the Justice Department", "Home Office"
            sub = ent[s:s + n]
            if city_before(gaz, toks, sub, s + n):
                if s == i and s + n + 1 >= len(toks):
                    return None  # the entity is the town ("Kansas City")
                return sub.start_char, toks[s + n].idx + 4  # "Kansas City Chiefs": not Kansas
            if [t.text for t in toks[s + n:s + n + 2]] == ["County", "Council"] and _our_county(gaz, sub.text):
                return sub.start_char, toks[s + n].idx + len("County")  # "Mayo County" of its council
            if _named(gaz.lookup(sub.text), sub.text, towns=True):
                return sub.start_char, sub.end_char
    return None


def _our_county(gaz: Gazetteer, name: str) -> bool:
    """A council's county (``council_counties``) by a name other than ``name``, bare or after
    "County" ("Kerry": Ciarrai; "County Louth": Lu; our "County Tipperary"), so "Kerry County
    Council" opens with the county: "Kerry County", as the bare name is first a town's ("Kerry",
    Wales; "Mayo", Florida; "Louth", Lincolnshire), unlike a county's own name ("Lancashire
    County Council": Lancashire)."""
    return any(gazetteer.key(c.entry.name) != gazetteer.key(name) for c in council_counties(gaz, name, ()))


#: a town this big, or a state, names a professional team ("Minnesota Twins"); a smaller one's
#: team is a school's ("the Perham Yellowjackets"), whose town a reader takes for no place
_TEAM_TOWN = 100_000


def team_town(ent: Span, gaz: Gazetteer, body: str) -> tuple[int, int] | None:
    """The big town or state a team is named after: an entity of the name and one plural nickname
    ("the St. Louis Cardinals", "Minnesota Twins") among a game report's words (``_GAME``).
    LGL's annotators mark the town of such a name ("Dallas Cowboys' stadium"), as
    ``leading_town`` reads "Kansas City Chiefs"; a football club's town is no place (``club``)."""
    toks = list(ent)
    i = 1 if toks[0].lower_ == "the" else 0
    nick = toks[-1].text  # a company's word or trade ("Texas Instruments", the actors' lexicon): no nickname
    if not 2 <= len(toks) - i <= _MAX_NAME + 1 or not (nick.isalpha() and nick[0].isupper()
                                                        and nick.endswith("s")) \
            or nick in OUTLET or INSTITUTION.match(nick) or nick in (lex := actors_lexicon()).org_heads \
            or nick in lex.trade_words \
            or not all(_title(t) for t in toks[i:-1]):
        return None  # "Alaska Airlines", "Texas Industries": a firm
    sub = ent[i:-1]
    if not _GAME.search(body, max(0, ent.start_char - _SPORT_WINDOW), ent.end_char + _SPORT_WINDOW):
        return None
    k = gazetteer.key(sub.text)
    return (sub.start_char, sub.end_char) if any(
        gazetteer.key(e.name) == k and (e.feature == "ADM1" or e.feature.startswith("PPL")
                                         and e.population >= _TEAM_TOWN)
        for e in gaz.lookup(sub.text)) else None


#: an office after a county's name inside a name the model tags PERSON ("Anderson County
#: Sheriff Greg Taylor", "Laurel County Clerk"): no word a surname may be
OFFICE = re.compile(r"(?:Police|Sheriff|Fire|Coroner|Clerk|Commissioner|"
                    r"Commissioners|Judge|Attorney|Schools|Superintendent)$")


def office_county(ent: Span, gaz: Gazetteer) -> tuple[int, int] | None:
    """The county that opens a name tagged PERSON before an office's word ("Anderson County
    Sheriff Greg Taylor": Anderson County; "Rapides Parish Fire District"), when the gazetteer
    knows it as a county."""
    for k in range(2, min(_MAX_NAME + 1, len(ent))):
        if ent[k - 1].text in ("County", "Parish") and OFFICE.match(ent[k].text):
            sub = ent[:k]
            if all(t.text[:1].isupper() for t in sub) and any(
                    e.feature.startswith("ADM2") for e in gaz.lookup(sub.text)):
                return sub.start_char, sub.end_char
            return None
    return None


def is_street(text: str) -> bool:
    """A street, road or numbered highway by its form ("W. Bridge St.", "Interstate 70")."""
    return bool(_STREET.match(text))


#: what makes the road or street after it a song or an album, a work and no place: a work's noun
#: ("the song Route 66", "a cover of Route 66"), or a verb of recording or singing ("Nat King Cole
#: recorded Route 66", "sang Penny Lane") that ``_TITLE_END`` or an opening quotation mark confirms
_WORK_BEFORE = re.compile(
    r"\b(?:(?P<verb>record(?:ed|s|ing)?|sang|sings?|singing|sung|crooned|hummed)|"
    r"songs?|singles?|tunes?|ballads?|anthems?|(?:(?:the|a|his|her|their)\s+)hits?|"
    r"(?:version|rendition|cover|recording)s?\s+of)\s+(?P<quote>[\"“‘'])?$", re.IGNORECASE)
#: what may follow a title recorded or sung: the sentence's end, a comma, a preposition ("recorded
#: Route 66 in 1946"); not a noun the road modifies ("cameras recorded Route 9 traffic") nor "as"
#: ("the county records Route 9 as its busiest road"), where the road is measured, not sung
_TITLE_END = re.compile(r"\s*(?:[.,;:!?)]|$)|\s+(?:in|at|for|with|by|from|during|on|and|or|to|after|before)\b")


def sung(text: str, start: int, end: int) -> bool:
    """The road or street ``text[start:end]`` is a work's title: a song's name, or recorded or
    sung (not "cameras recorded Route 9 traffic", "sang on Main Street")."""
    m = _WORK_BEFORE.search(text, max(0, start - 40), start)
    return m is not None and (not m["verb"] or bool(m["quote"]) or bool(_TITLE_END.match(text, end)))


def party_homes(text: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """The home after a party letter ("D-Calif.", "R-Elbow Lake", "DFL-Cook"); a full stop
    ends the name unless it closes a state's abbreviation ("D-Pa.")."""
    out = []
    for m in _PARTY.finditer(text):
        start, end = m.span(1)
        if text[end - 1] == "." and gaz.abbreviation(m.group(1)) is None:
            end -= 1
        out.append((start, end))
    return out


def caps_datelines(doc: Doc, gaz: Gazetteer, text: str | None = None) -> list[tuple[int, int]]:
    """Datelines in capitals that open a paragraph or follow a headline ("COLUMBUS -- A ...")
    and name a known town, county or state. ``text`` is ``doc.text`` where the caller has it
    (``Doc.text`` joins every token on each access)."""
    text, out = doc.text if text is None else text, []
    for m in _CAPS_DATELINE.finditer(text):
        start, end = m.span(1)
        name = m.group(1).rstrip(",-'’")  # "KYIV--": never the dateline's dashes
        end = start + len(name)
        if len(name) < 3 or not any(c.isalpha() for c in name):
            continue
        if gaz.abbreviation(name) or _named(gaz.lookup(name.title()), name.title(), towns=True):
            out.append((start, end))
    return out


def untagged_towns(doc: Doc, gaz: Gazetteer, min_population: int = 50_000,
                   text: str | None = None) -> list[tuple[int, int]]:
    """Capitalised names outside every entity, after a preposition of place, that name a
    country, state, capital or a town of ``min_population`` ("fighters held half of Aleppo",
    "flights from Ankara", "clashes in Al-Hasakah", "fighting in Deir ez-Zor") or of our own
    tables (``readings.is_table_town``); not at a sentence's start, not a common word, not a person's name
    part (a capitalised word before or after it). ``text`` is ``doc.text`` where the caller has
    it."""
    out, text = [], doc.text if text is None else text
    for t in _after_preps(doc):
        if not _free(t):
            continue
        led = _article_led(doc, t)
        if not (t.is_title or led) or t.is_sent_start \
                or t.lower_ in COMMON_WORDS or t.lower_ in NEWS_WORDS:
            continue
        end = t.i + 3 if led else t.i + 1  # "in al-Hasakah": the article and its name
        while end < len(doc) and end - t.i < 3 and doc[end].is_title and _free(doc[end]) \
                and doc[end].ent_iob_ != "B":
            end += 1
        start, stop = t.idx, extend(text, t.idx, doc[end - 1].idx + len(doc[end - 1]), gaz)
        following = text[stop:stop + 40].split()
        if following and following[0][:1].isupper():
            continue  # runs into an entity or another capitalised word
        name = text[start:stop]
        k = gazetteer.key(name)
        if any(e.feature in COUNTRY_FEATURES or (gazetteer.key(e.name) == k and (
                e.feature in ("ADM1", "PPLC") or e.feature.startswith("PPL")
                and (e.population >= min_population or is_table_town(e)))) for e in gaz.lookup(name)):
            out.append((start, stop))
    return out


#: a list of names before lower-case "counties" or "parishes" ("Barrow, Jackson and Madison
#: counties"): two names at least, joined by commas and a last "and", "or" or "&"
_COUNTY_LIST = re.compile(rf"(?<![\w'’.-])({LIST_NAME}(?:\s*,\s*{LIST_NAME})*,?\s+(?:and|or|&)\s+"
                          rf"{LIST_NAME})\s+(counties|parishes)\b")
_LIST_SEP = re.compile(r"\s*,\s*(?:(?:and|or|&)\s+)?|\s+(?:and|or|&)\s+")


def county_lists(text: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Each name of a list before lower-case "counties" or "parishes" that names a county so
    ("school boards in Barrow, Jackson and Madison counties": all three, whatever the model
    tagged them), when each name is a county of the gazetteer ("Trump and Clinton counties" are
    the counties each candidate won); a leading word that is no part of the first name is
    dropped ("Small Hitchcock and Hayes counties"). Not a list of states ("Texas and Oklahoma
    counties": counties of the two states, though each also names a county)."""
    out: list[tuple[int, int]] = []
    for m in _COUNTY_LIST.finditer(text):
        word = "County" if m.group(2) == "counties" else "Parish"
        names, pos = [], m.start(1)
        for sep in [*_LIST_SEP.finditer(text, m.start(1), m.end(1)), None]:
            end = sep.start() if sep else m.end(1)
            names.append((pos, end))
            pos = sep.end() if sep else end
        s, e = names[0]
        if " " in text[s:e] and not is_county(gaz, text[s:e], word):
            names[0] = (text.index(" ", s, e) + 1, e)  # "Small Hitchcock": "Hitchcock"
        if county_list(gaz, [text[s:e] for s, e in names], word):  # not "Trump and Clinton counties"
            out.extend(names)
    return out


#: "County Cavan", "Co. Mayo": Ireland's (and Britain's) way of naming a county by its word first
_PREFIXED_COUNTY = re.compile(r"\b(?:County|Co\.?)\s+([A-Z][a-z]+)\b")


def prefixed_counties(text: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """The name after "County" or "Co." ("flooding in County Cavan", "a farm in Co. Mayo", "Co Mayo"),
    whatever the model tagged, where it is a British or Irish county by its own name or our
    English alias ("Kerry", "County Cavan": Ciarrai, An Cabhan), or by the "County <name>" of
    our rows (Northern Ireland's: "County Londonderry", which the model tags a person); ``cues.narrow`` reads the
    word before it as the county's. Not "County Road" nor "County Commissioner": no county so
    named."""
    out = []
    for m in _PREFIXED_COUNTY.finditer(text):
        if not county_word_before(text, m.start(1)):
            continue  # "Murphy & Co. Down the lane": the firm's
        k = gazetteer.key(m.group(1))
        if any(e.feature == "ADM2" and e.country in COUNTY_FIRST_NATIONS
               and (gazetteer.key(e.name) in (k, f"county {k}") or k in gaz.aliases)
               for e in gaz.lookup(m.group(1)) + gaz.lookup(f"County {m.group(1)}")):
            out.append(m.span(1))
    return out


#: the words after an untagged name that make it worth finding ("the Donetsk region"): the
#: province's own words (``readings.AREA_WORDS``, which also pick its reading) and some that
#: only find it ("state" reads as ``cues.narrow`` says)
AREA_NOUNS = (*AREA_WORDS, "state", "district")
#: "the Donetsk region", "the oil-rich Essequibo region", "Kherson oblast": a name before its
#: area's word (``area_names`` drops a leading capitalised word that is no part of the name)
_AREA_NOUN = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,3})\s+"
                        rf"({'|'.join(AREA_NOUNS)})\b")
#: a capitalised determiner opening a sentence before an area's name: no part of it
_DETERMINER = re.compile(r"(?:The|A|An|This|That|These|Those|Its|Their|Our|Every|Each|Some)\s+")
#: a town standing for its governorate or province this big ("Tulkarm governorate")
_PROVINCE_TOWN = 10_000
#: entity labels whose names the component reads itself (a name tagged so is no untagged one)
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def area_names(doc: Doc, gaz: Gazetteer, text: str | None = None) -> list[tuple[int, int]]:
    """Names before "region", "province", "oblast"... ("in the Donetsk region", "Kherson
    oblast") that name a state, region or country (a wide area by its own name), outside every
    entity or tagged as something else wholly inside the name ("Kherson" taken for a PERSON);
    a leading word that is no part of the name is dropped ("In Kherson region")."""
    out, text = [], doc.text if text is None else text
    for m in _AREA_NOUN.finditer(text):
        start, end = m.span(1)
        first = _DETERMINER.match(text, start, end)
        if first and not any(e.name.lower() == m.group(1).lower() for e in gaz.lookup(m.group(1))):
            start = first.end()  # "The Donetsk region": the name is "Donetsk" ("The Hague" stays)
        while start < end:
            name = text[start:end]
            if _area_name(doc, gaz, start, end, m.end(), name, m.group(2)):
                out.append((start, end))
                break
            cut = name.find(" ")
            if cut < 0:
                break
            start += cut + 1
    return out


def _area_name(doc: Doc, gaz: Gazetteer, start: int, end: int, stop: int, name: str,
               word: str) -> bool:
    """``name`` at [start, end) names an area, and no entity over it reaches outside the name and
    its area word (ending at ``stop``: "Zaporizhzhia province" tagged PERSON whole)."""
    span = doc.char_span(start, end)
    if span is None or name.lower() in COMMON_WORDS or any(
            t.ent_type_ in _PLACE_LABELS or (t.ent_type_ and not _ent_within(t, start, stop))
            for t in span):
        return False
    k = gazetteer.key(name)
    cands = candidates(gaz, name) if word in AREA_WORDS else []
    return any(e.feature in COUNTRY_FEATURES or (gazetteer.key(e.name) == k or e.feature == "ADM1")
               and e.feature in ("ADM1", "RGN") for e in gaz.lookup(name)) or bool(
        own_areas(gaz, cands, name, word)) or word in ("governorate", "province") and any(
        c.via == "name" and c.entry.country in TOWN_PROVINCE_COUNTRIES and c.entry.feature.startswith("PPL")
        and c.entry.population >= _PROVINCE_TOWN for c in cands)
    # ("Zaporizhzhia": our "Zaporizhzhia region"; "Odesa oblast": the province of Odesa;
    # "Tulkarm governorate": the town stands for it, ``readings.TOWN_PROVINCE_COUNTRIES``)


def _ent_within(tok: Token, start: int, end: int) -> bool:
    """The entity ``tok`` lies in lies wholly inside [start, end)."""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is not None and start <= ent.start_char and ent.end_char <= end


def _after_preps(doc: Doc) -> list[Token]:
    """The tokens after a preposition of place, in order: found on the lower-case ids of the
    whole Doc at once rather than a Token object per word."""
    if len(doc) < 2:
        return []
    lowers = doc.to_array(LOWER)
    preps = numpy.fromiter((doc.vocab.strings[p] for p in _PREPS), dtype=lowers.dtype)
    return [doc[int(i) + 1] for i in numpy.flatnonzero(numpy.isin(lowers[:-1], preps))]


def _article_led(doc: Doc, t: Token) -> bool:
    """An Arabic article hyphened to a capitalised name ("al-Hasakah", "Al-Bab")."""
    return is_particle(t.text) and t.i + 2 < len(doc) and doc[t.i + 1].text == "-" \
        and not t.whitespace_ and not doc[t.i + 1].whitespace_ \
        and doc[t.i + 2].is_title and _free(doc[t.i + 2])


def _free(tok: Token) -> bool:
    """Outside every entity, or inside a title-like entity past its first word: the model
    tags "Trump in Anchorage" a WORK_OF_ART, yet the name after its "in" is a town's."""
    return not tok.ent_type_ or (tok.ent_type_ in _LOOSE_LABELS and tok.ent_iob_ == "I")


_LOOSE_LABELS = frozenset({"WORK_OF_ART", "EVENT", "PRODUCT", "LAW"})
#: the prepositions before an untagged town: the actors' prepositions of place
#: (``actors.place_context.LOCATIVE``, one list for both) less "at", which the places never read
#: so ("works at Toyota", "at Wembley"), plus "of" and "throughout"
_PREPS = (LOCATIVE - {"at"}) | {"of", "throughout"}

__all__ = ["AREA_NOUNS", "INSTITUTION", "OUTLET", "area_names", "caps_datelines", "city_before", "city_name", "club", "county_lists", "office_county", "is_street", "leading_town", "party_homes", "prefixed_counties", "sung", "team_town", "untagged_towns"]
