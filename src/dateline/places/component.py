"""The ``dateline_places`` spaCy component: toponyms of a Doc -> ``doc._.places``.

Candidates are the model's GPE/LOC/FAC entities; entities of other labels that are major
places by their own name and that the actors component did not claim as a person or
organisation (the small model tags "Khan Yunis" as PERSON); toponyms inside organisation names
("Kentucky State Police"); toponyms found from strong cues where the model's labels miss them
(``dateline.places.finders``: "the Richmond Police Department", streets, "COLUMBUS --",
"D-Pa.", "half of Aleppo", "Barrow and Jackson counties", "Anderson County Sheriff" tagged PERSON); names tagged otherwise that stand where a place stands
(``dateline.places.standing``: "settlers attacked Huwara"), a town and the county qualifying it
(``dateline.places.pairs``: "Hastings, Sussex", Sussex tagged PERSON) and the place a hazard
hits (``dateline.places.hazards``: "Flooding hit Sussex"); sites named before a site's word
(``dateline.gazetteer.sites``: "the Ras Jdir crossing", "the Zaporizhzhia nuclear plant"); a facility
named for what it is, also where it speaks as its institution ("doctors at Nasser Hospital in Khan
Younis said": ``dateline.places.facilities``); if asked, NORP demonyms ("Israeli" as Israel); and, outside the body,
the dateline place and caption toponyms (``dateline.places.margins``). A span the model cut at
a name's particle grows over it ("Deir" -> "Deir ez-Zor": ``dateline.places.particles``). All
are resolved together, in the context of each other, of the dateline place and of the
publisher's place priors (its URL's country domain and home town: ``dateline.places.publisher``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dateline import gazetteer
from dateline.gazetteer.sites import (
    SITE_FEATURES,
    SITE_TOWN_POPULATION,
    camp_end,
    is_camp,
    is_own_site,
    named_sites,
    own_site_end,
    site_cue,
    site_end,
)
from dateline.model import Place
from dateline.nlp import extensions  # noqa: F401  (registers doc._.places)
from dateline.nlp.memo import text_of
from dateline.nlp.titles import title_before
from dateline.places.claims import actor_claims, overlaps, people_countries, released, ship_names
from dateline.places.cues import TOWN_AFTER, local_use
from dateline.places.facilities import is_facility
from dateline.places.finders import (
    INSTITUTION,
    OUTLET,
    area_names,
    caps_datelines,
    city_before,
    city_name,
    club,
    county_lists,
    is_street,
    leading_town,
    office_county,
    party_homes,
    prefixed_counties,
    sung,
    team_town,
    untagged_towns,
)
from dateline.places.hazards import hazard_places
from dateline.places.irish import irish_counties
from dateline.places.margins import margins
from dateline.places.pairs import town_area_pairs, town_part_pairs
from dateline.places.particles import article_joined, cut_short, extend, extend_back, place_head
from dateline.places.publisher import publisher
from dateline.places.readings import INITIALS, is_curated, is_minor
from dateline.places.resolve import Resolution, resolve
from dateline.places.standing import (
    STAND_ALTERNATE_POPULATION,
    STANDS_BEFORE,
    known_person,
    standing,
    untagged_standing,
    variant,
)

_CLAIMED = ("per:", "org:")  # actor ids that make a PERSON/ORG entity not a place


@dataclass(frozen=True)
class PlacesOptions:
    """What counts as a toponym candidate and what is kept."""

    labels: tuple[str, ...] = ("GPE", "LOC", "FAC")
    demonyms: bool = False  # NORP entities ("Israeli") become country places
    gazetteer_spans: bool = True  # PERSON/ORG entities that name a known place
    min_confidence: float = 0.0  # below this, lat/lon are withheld (the place stays, unresolved)
    guess_confidence: float = 0.35  # a place tagged PERSON/ORG/NORP... needs at least this
    guess_population: int = 100_000  # ... and to be a country, state, capital or this big
    inner: bool = True  # toponyms inside organisation names ("Kentucky State Police")
    cues: bool = True  # streets, towns opening institutions' names, capital datelines, "D-Pa."
    fallback: bool = False  # unknown toponyms take the nearest resolved town (confidence 0.05)
    margins: bool = True  # also the dateline place and caption toponyms (Place.offsets_in)
    publisher: bool = True  # weigh the place priors of the article's URL and outlet name


_GUESS_LABELS = ("PERSON", "ORG", "NORP", "LANGUAGE", "PRODUCT", "EVENT", "WORK_OF_ART")
_HOST_LABELS = ("ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT")
_MAJOR = frozenset({"PCLI", "PCLS", "ADM1", "RGN", "CONT", "PPLC"})
_MAX_INNER = 4  # tokens in a toponym inside an organisation's name
_CLAIM_PREP = re.compile(r"(?:\b(?:[Ii]n|[Nn]ear|[Oo]utside)|\d,\s+of)\s+$"
                         r"|\b(?:Street|Road|Avenue|Lane|Drive),\s+$")  # "Fore Street, Edmonton"
#: initials whose last stop the tokenizer gave to the sentence ("W.Va" of "W.Va. The")
_CUT_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z][a-z]?\.)+[A-Z][a-z]{0,2}$")
#: a road's number after its word ("County Road" tagged FAC, "43" apart)
_ROAD_NUMBER = re.compile(r"[\s-]\d+[A-Z]?\b")
#: a road's word the model tags alone before its number ("Interstate 70": "Interstate" as ORG);
#: not "US" or "U.S." ("U.S. 95", "US 23": the country, as LGL's annotators read it)
_ROAD_WORDS = frozenset({"Interstate", "Highway", "Route"})
#: a name standing where a place stands (``standing``) is kept at this confidence: its position
#: vouches for it more than a bare guess's ("the attack on Be'eri": two rows of the kibbutz)
STAND_CONFIDENCE = 0.25
#: after a state's or capital's name inside an organisation's: its body ("Kentucky State Police")
_INNER_AFTER = re.compile(rf"(?:{INSTITUTION.pattern[:-1]}|State|Department|Patrol|Bureau|Senate|House|"
                          r"Assembly|Legislature|Governor|Attorney|Supreme|National|Guard|"
                          r"University|Division|Office|Agency|Democratic|Republican|Party)$")
#: the plural head of an organisation's membership ("Community of ... Caribbean States")
_MEMBERS = re.compile(r"\s(?:States|Nations|Countries|Republics|Peoples|Economies)$")
_LIST_GAP = re.compile(r".*(?:,|\s(?:and|or))\s+", re.DOTALL)  # "Sennar and |Kosti"
_HONORIFIC = title_before()  # "Mr. Washington", "Sen. Jordan": a person
#: a preposition of place right before a name mis-tagged PERSON/ORG vouches for a town reading
_PLACE_PREP = re.compile(r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Ff]rom|[Oo]utside|[Oo]f|[Aa]cross|[Aa]round|"
                         r"[Tt]hroughout)\s+(?:the\s+)?$|\b(?:Street|Road|Avenue|Lane|Drive),\s+$")


def _text_span(ent: Span) -> tuple[int, int]:
    start, end = ent.start_char, ent.end_char
    if ent[0].lower_ == "the" and len(ent) > 1:
        start = ent[1].idx
    if len(ent) > 1 and ent[-1].text in ("'s", "’s"):
        end = ent[-2].idx + len(ent[-2].text)
    return start, end


def _claimed(doc: Doc, prefixes: tuple[str, ...] = _CLAIMED) -> set[tuple[int, int]]:
    mentions = getattr(doc._, "mentions", None) or ()
    return {(m.start, m.end) for m in mentions if str(m.actor).startswith(prefixes)}


def _surnames(ents: Iterable[Span]) -> set[str]:
    """Last words of the full personal names among a doc's entities ("Paterson" of "Brian
    Paterson")."""
    return {ent[-1].text for ent in ents if ent.label_ == "PERSON" and len(ent) > 1
            and all(t.is_alpha or t.text.endswith(".") for t in ent)}  # not "Trump - Wisconsin"


def _wordlike(tok: Token) -> bool:
    """A word or an initialism ("U.S.", "U.K.")."""
    return tok.is_alpha or bool(INITIALS.fullmatch(tok.text))


def _inner(ent: Span, gaz: gazetteer.Gazetteer, body: str) -> list[tuple[int, int]]:
    """Major toponyms named inside an organisation ("Kentucky State Police", "Environment
    Canada"): capitalised token runs that are a country, state, region or capital by name, or a
    town whose name ends in "City" ("Kansas City Chiefs"); no club's town ("AC Milan").
    ``body`` is the doc's text (``Doc.text`` joins every token again at each call)."""
    out: list[tuple[int, int]] = []
    toks = list(ent)  # one Token object per word, not one per window
    if any(t.text in OUTLET for t in toks):
        return out  # "The Washington Post" names a paper
    capital = [t.is_title or t.is_upper or t.text in ("-", "of") for t in toks]
    i = 0
    while i < len(toks):
        for n in range(min(_MAX_INNER, len(toks) - i), 0, -1):
            if not all(capital[i:i + n]) or not _wordlike(toks[i]) \
                    or not _wordlike(toks[i + n - 1]) or n == len(toks):
                continue
            if toks[i].lower_ == "the":
                continue  # "The Washington Post" names a paper
            sub = ent[i:i + n]
            if club(body, sub.start_char, sub.end_char, gaz):
                continue  # "Real Madrid", "Manchester United": a club's name
            if city_before(gaz, toks, sub, i + n):
                continue  # "Kansas City Chiefs": the city, not the state
            if city_name(gaz, sub.text) and i + n < len(toks):
                out.append((sub.start_char, sub.end_char))  # "the Greater Kansas City Chamber"
                i += n - 1
                break
            k = gazetteer.key(sub.text)
            if k in gazetteer.THE_LED and (not i or toks[i - 1].lower_ != "the"):
                continue  # "League of Arab States": "States" is "the States" only after "the"
            entries = gaz.lookup(sub.text)
            after = toks[i + n].text if i + n < len(toks) else ""
            if any(e.feature in ("PCLI", "PCLS") for e in entries) or (
                    (not after or _INNER_AFTER.match(after) or (i and toks[i - 1].lower_ == "of"))
                    and any(e.feature in _MAJOR and gazetteer.key(e.name) == k for e in entries)):
                out.append((sub.start_char, sub.end_char))
                i += n - 1
                break
        i += 1
    return out


def _candidates(doc: Doc, opts: PlacesOptions, gaz: gazetteer.Gazetteer, body: str
                ) -> tuple[list[tuple[int, int]], list[str]]:
    ents = doc.ents  # built anew on each access: read it once
    claimed, surnames = _claimed(doc), _surnames(ents)
    people = _claimed(doc, ("per:",))  # an organisation's name may still open with its town
    held, persons = actor_claims(doc)  # names the actors hold: no standing town ("attacked Hamas")
    spans: list[tuple[int, int]] = []
    kinds: list[str] = []
    prev: Span | None = None
    for prev, ent in zip((None, *ents), ents, strict=False):  # each entity and the one before
        start, end = _text_span(ent)
        text = body[start:end]
        if ent.label_ in (*opts.labels, "ORG") and club(body, start, end, gaz):
            continue  # "Real Madrid beat ..." with "Madrid" tagged, "Leicester City beat ...": a club
        if (ent.label_ in opts.labels or ent.label_ == "PERSON") and _HONORIFIC.search(
                body, max(0, start - 6), start) or ent.label_ in opts.labels and text.endswith(" of"):
            continue  # "Mr. Washington", "Sen. Jordan", "Mr. Huwara" (PERSON): a person; "the City of" cut short
        if ent.label_ == "GPE" and _person_named(body, start, end, gaz, surnames):
            continue  # "Senator Warren said": a person's name tagged GPE
        if opts.cues and (is_street(text) or text in _ROAD_WORDS):
            if (number := _ROAD_NUMBER.match(body, end)) and is_street(body[start:number.end()]):
                end = number.end()  # "County Road 43" tagged "County Road", "Interstate" (ORG) and a CARDINAL
            if sung(body, start, end):
                continue  # "Nat King Cole recorded Route 66": a song, no road
            if end > ent.end_char or is_street(text):
                spans.append((start, end))
                kinds.append("street")
                continue
        grown = cut_short(body, start, end, gaz) if ent.label_ in _GUESS_LABELS else None
        if grown is not None:  # "Rostov-on" tagged PERSON: "Rostov-on-Don"
            spans.append((start, grown))
            kinds.append("cue")
            continue
        site = (site_end(body, start, end, gaz) or own_site_end(body, end, text, gaz)
                or camp_end(body, start, end, gaz, ent.label_ in opts.labels)
                if opts.cues else None)  # "the Zaporizhzhia nuclear plant": the plant's row
        if site is not None:  # "the Aida refugee camp" (Aida tagged alone): the camp's row
            spans.append((start, site))
            kinds.append("place")
            continue
        head = (leading_town(ent, gaz) or (team_town(ent, gaz, body) if ent.label_ == "ORG" else None)
                ) if opts.cues and (start, end) not in people else None  # "the St. Louis Cardinals"
        if ent.label_ in opts.labels and head and not gaz.lookup(text):
            spans.append(head)  # "Titus County Jail" tagged GPE whole: its town is the place
            kinds.append("inner_town")
            continue
        if ent.label_ in opts.labels and ((start, end) in claimed or text in surnames) and not (
                ent.label_ == "FAC" and (start, end) not in people and is_facility(text)):
            kind = ""  # "Saakashvili" tagged GPE: a person the doc names in full elsewhere; not
            # "doctors at Nasser Hospital said" (org:, ``metonymy.acting_facility``): still where it is
        elif ent.label_ in opts.labels:
            kind = "fac" if ent.label_ == "FAC" else "place"
        elif ent.label_ in _GUESS_LABELS and opts.gazetteer_spans and place_head(text):
            kind = "head"  # "Ras al-Ain" tagged PERSON: an Arabic place name's head noun
        elif ent.label_ == "NORP" and opts.demonyms and gaz.demonym(text):
            kind = "demonym"
        elif ent.label_ in _HOST_LABELS and opts.cues and not overlaps((start, end), held) \
                and is_own_site(gaz, text) and STANDS_BEFORE.search(body, max(0, start - 60), start):
            kind = "site"  # "bombed Natanz and Fordow" (PRODUCT): a site's row by its own name
        elif ent.label_ in _GUESS_LABELS and ent.label_ != "NORP" and opts.gazetteer_spans \
                and opts.cues and not gaz.demonym(text) and not overlaps((start, end), held) and (
                stand := standing(body, start, end, gaz, surnames, person=(person := ent.label_ == "PERSON"
                                  or overlaps((start, end), persons)))) is not None:
            start, end = stand  # "rampaged in Huwara" (PERSON), "in Sheikh Jarrah"
            kind = "stands_person" if person else "stands"
        elif ent.label_ in _GUESS_LABELS and opts.cues and _the_water(gaz, body, start, text):
            kind = "water"  # "through the Bosporus" tagged a person: any name of our table's row
        elif (ent.label_ in _GUESS_LABELS and opts.gazetteer_spans and text not in surnames
              and ((start, end) not in claimed or opts.cues and (
                  (start, end) not in people and _claim_cue(
                      body, start, end, prev is not None and prev.label_ in opts.labels
                      and prev.end_char >= start - 6)
                  or site_cue(body, start, end, is_camp(gaz, text))  # "the Zamzam camp" as a person
                  or (start, end) not in people and _curated_name(gaz, text)  # "Misgav Am" as an org
                  or _country_initials(gaz, text)))  # "left the D.R.C. on Monday" as an org
              and gaz.lookup(text)):  # "Sears, 41, of Grovetown" taken for an organisation
            kind = "guess"
        else:
            kind = ""
        if kind:
            spans.append((start, end))
            kinds.append(kind)
        if ent.label_ in _HOST_LABELS and opts.inner and kind not in ("place", "guess", "stands", "stands_person") and not (
                kind == "fac" and _own_name(text, gaz)):  # "Port Sudan" tagged FAC: no "Sudan"
            inners = [s for s in _inner(ent, gaz, body)  # the town that opens the name wins
                      if s != head and not _within_name(s, head)]
            for inner in inners:
                spans.append(inner)
                kinds.append("inner")
            if head and not any(s < head[1] and head[0] < e for s, e in inners) \
                    and head != (start, end) and not kind:
                spans.append(head)
                kinds.append("inner_town")
        elif ent.label_ == "PERSON" and not kind and opts.cues and (
                office := office_county(ent, gaz)) is not None:
            spans.append(office)  # "Anderson County Sheriff Greg Taylor" tagged PERSON whole
            kinds.append("inner_town")
    if opts.cues:
        taken = set(spans)
        igos = _claimed(doc, ("igo:",))  # "NATO—The alliance met": no dateline
        datelines = [s for s in caps_datelines(doc, gaz, body) if s not in igos]
        found_spans = datelines + party_homes(body, gaz) + area_names(
            doc, gaz, body) + untagged_standing(doc, gaz, body, surnames, held | persons) + [
            s for s in untagged_towns(doc, gaz, text=body) if body[s[0]:s[1]] not in surnames
        ] + hazard_places(doc, gaz, body, surnames, held)  # "Flooding hit Sussex" (untagged)
        for found, kind in [(s, "site") for s in named_sites(body, gaz)] + [
                (s, "county") for s in county_lists(body, gaz) + prefixed_counties(body, gaz)] + [
                (s, "pair") for s in town_area_pairs(body, gaz) + town_part_pairs(body, gaz)] + [(s, "cue") for s in found_spans] + [
                (s, "irish") for s in irish_counties(doc, gaz, body, [
                    *_dateline_span(doc), *((body, s, e) for s, e in datelines)], surnames, held)]:
            if found in taken and (kinds[spans.index(found)] == "guess" or kind in ("county", "pair", "irish")
                                   and kinds[spans.index(found)] in ("stands", "stands_person")):
                kinds[spans.index(found)] = kind  # "CROMWELL —" tagged ORG: a dateline; "Kent
                continue  # and Sussex counties" (ORG, standing after "and"): a county; "In
                # Hastings, Sussex" (Sussex a PERSON standing after the town): a town's area
            if found in datelines or kind == "county":  # "ST. JOSEPH, Mo. —": the model's "ST" and
                # "JOSEPH" give way; "County Kerry" guessed whole (a PERSON): the county's name gives way
                keep = [k for k, (s, e) in enumerate(spans) if (s, e) == found or not (
                    found[0] <= s < e <= found[1] if found in datelines
                    else kinds[k] == "guess" and s < found[0] and e == found[1])]
                spans, kinds = [spans[k] for k in keep], [kinds[k] for k in keep]
                taken = set(spans)
            if not any(s < found[1] and found[0] < e for s, e in taken):
                spans.append(found)
                kinds.append(kind)
                taken.add(found)
    spans, kinds = _over_particles(body, spans, kinds, gaz)
    if ships := ship_names(doc, body):  # "USS New York" names a ship, not the state
        keep = [k for k, span in enumerate(spans) if not overlaps(span, ships)]
        spans, kinds = [spans[k] for k in keep], [kinds[k] for k in keep]
    spans = [(s, e + 1) if body[e:e + 1] == "." and _CUT_INITIALS.search(body, s, e) else (s, e)
             for s, e in spans]  # "Charleston, W.Va. The": the tokenizer gives "Va."'s stop to the sentence
    order = sorted(range(len(spans)), key=lambda k: spans[k])
    return [spans[k] for k in order], [kinds[k] for k in order]


def _over_particles(body: str, spans: list[tuple[int, int]], kinds: list[str],
                    gaz: gazetteer.Gazetteer) -> tuple[list[tuple[int, int]], list[str]]:
    """Spans the model cut at a name's particle grown over it ("Deir" -> "Deir ez-Zor",
    "Rostov" or "Don" -> "Rostov-on-Don") when the longer string is a known place; spans inside the
    grown one are dropped."""
    grown = [(extend_back(body, s, e, gaz), extend(body, s, e, gaz)) if kind != "street" else (s, e)
             for (s, e), kind in zip(spans, kinds, strict=True)]
    if grown == spans:
        return spans, kinds
    keep = [i for i, (s, e) in enumerate(grown) if (s, e) not in grown[:i] and not any(
        gs <= s and e <= ge and (gs, ge) != (s, e) for gs, ge in grown)]  # "Newcastle", "Tyne"
    return [grown[i] for i in keep], [kinds[i] for i in keep]


def _person_named(body: str, start: int, end: int, gaz: gazetteer.Gazetteer,
                  surnames: set[str]) -> bool:
    """A one-word name tagged GPE that the text makes a person's (``standing.known_person``: a
    title before it, ", who" after it, a say-verb with it), not after a place's preposition
    ("officials in Hamilton said") or a comma ("1 Main Road, Tipperary, who"), and that names only towns, (counties), no capital, country, state or
    seat of power, which speak for their governments ("Moscow said", "the Kremlin said")."""
    text = body[start:end]
    return " " not in text and "-" not in text and not _PLACE_PREP.search(body, max(0, start - 16), start) \
        and body[max(0, start - 2):start] != ", " \
        and all(e.feature in ("ADM2", "PPL") or e.feature.startswith("PPLA") for e in gaz.lookup(text)) \
        and known_person(body, start, end, surnames)  # the cheap tests first: known_person searches the text


def _country_initials(gaz: gazetteer.Gazetteer, text: str) -> bool:
    """A country's initials with their stops ("D.R.C.", "U.A.E."), which the model may tag ORG
    and the actors take for an organisation."""
    return INITIALS.fullmatch(text) is not None and any(
        e.feature in gazetteer.COUNTRY_FEATURES for e in gaz.lookup(text))


def _own_name(text: str, gaz: gazetteer.Gazetteer) -> bool:
    """Some place bears this whole name as its own ("Port Sudan")."""
    k = gazetteer.key(text)
    return any(gazetteer.key(e.name) == k for e in gaz.lookup(text))


def _town_cue(text: str, start: int, end: int) -> bool:
    """A preposition of place before the name or a town's word after it ("in Newberry",
    "Danbury police")."""
    return bool(_PLACE_PREP.search(text, max(0, start - 16), start)
                or TOWN_AFTER.match(text, end))


def _curated_name(gaz: gazetteer.Gazetteer, name: str) -> bool:
    """``name`` is the own name of a village of our tables (``readings.is_curated``: "Misgav
    Am" taken for an organisation) or of a ground of ours (STDM: "Headingley" taken for its
    club): a name chosen as a place's, read as one."""
    k = gazetteer.key(name)
    return any((is_curated(e) or e.feature == "STDM") and gazetteer.key(e.name) == k for e in gaz.lookup(name))


#: the waters of our own table (``features.tsv``) that "the" names ("the Bosporus", "the Aegean")
_WATERS = frozenset({"SEA", "GULF", "BAY", "STRT", "CNL"})
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def _the_water(gaz: gazetteer.Gazetteer, text: str, start: int, name: str) -> bool:
    """"The" before a name of a sea, gulf, bay, strait or canal of our own table: no person's
    name takes "the" ("tankers passed through the Bosporus", tagged a person)."""
    return bool(_THE_BEFORE.search(text, max(0, start - 5), start)) and any(
        e.geonames_id is None and e.feature in _WATERS for e in gaz.lookup(name))


def _claim_cue(text: str, start: int, end: int, after_place: bool = False) -> bool:
    """A cue strong enough to read a name the actors took for an organisation as a town: "in"
    or "near" before it, a person's age before "of" ("Sears, 41, of Grovetown"), a town's
    word after it ("Danbury police"), or (``after_place``: the entity before it is a place) a
    list's "and" ("out of Sennar and Kosti"), a site's word after it ("the Masnaa crossing");
    not "at" or "from" ("works at Toyota")."""
    return bool(_CLAIM_PREP.search(text, max(0, start - 16), start)
                or TOWN_AFTER.match(text, end) or site_cue(text, start, end)
                or after_place and _LIST_GAP.fullmatch(text, max(0, start - 6), start))


def _within_name(inner: tuple[int, int], head: tuple[int, int] | None) -> bool:
    """Whether a major toponym inside an organisation's name is the end of the longer town that
    opens it: "New London" (not London); not "Michigan" of a "Michigan Center" in "University
    of Michigan Center for ..."."""
    return head is not None and head[0] < inner[0] and inner[1] <= head[1]


def _keep(kind: str, res: Resolution, opts: PlacesOptions, town_use: bool = False) -> bool:
    """Whether a resolved candidate is kept; ``town_use``: the text uses the name as a town's
    ("the Palestine School District"), which vouches for a small town tagged otherwise."""
    place, entry = res.place, res.entry
    if kind == "street":  # streets lie outside the gazetteer: kept, resolved or not
        return True
    if res.via == "town":  # "Nasser Hospital in Khan Younis": the town's point (``facilities``)
        return True
    if place.lat is None or entry is None:  # "Caribbean States" of CELAC: a member list
        return kind in ("place", "margin") and not _MEMBERS.search(place.text)
    if kind == "site":  # "the Allenby crossing": any name of a site's row (``sites``)
        return entry.feature in SITE_FEATURES
    if kind == "water":  # "the Bosporus" (``_the_water``)
        return entry.feature in _WATERS
    if kind in ("inner_town", "cue", "pair"):  # a strong cue: a known place by its own name
        return res.via in ("name", "alias", "abbreviation") and not is_minor(entry)
    if kind == "irish":  # "Flooding hit Kerry" in an Irish story (``irish``), else as a guess
        return res.via in ("name", "alias") and entry.country == "IE" and not is_minor(entry) \
            or _keep("guess", res, opts, town_use)  # "a school in Clare" (Michigan's), tagged PERSON
    if kind == "county":  # "Barrow, Jackson and Madison counties" (``finders.county_lists``)
        return entry.feature.startswith("ADM2")
    if kind == "fac" and is_minor(entry):  # "the Capitol" is a building, not a ZIP-code hamlet
        return False
    if kind in ("stands", "stands_person"):  # a name standing where a place stands (``standing``)
        return place.confidence >= STAND_CONFIDENCE and entry.feature.startswith("PPL") and (
            res.via in ("name", "alias") or res.via == "alternate"
            and entry.population >= STAND_ALTERNATE_POPULATION
            and variant(gazetteer.key(place.text), gazetteer.key(entry.name))) or (
            kind == "stands" and entry.feature in ("ADM1", "ADM2")  # "retook Sennar state"
            and _keep("guess", res, opts, town_use))
    if kind in ("guess", "inner"):
        if res.via not in ("name", "alias") or place.confidence < opts.guess_confidence:
            return False  # a mis-tagged entity becomes a place only under the place's own name
        return (entry.feature in _MAJOR or entry.population >= opts.guess_population
                or is_curated(entry) or (town_use and entry.feature.startswith("PPL"))
                or entry.feature == "STDM")  # a ground of ours tagged as its club (``_curated_name``)
    return True


def _same_country(res: Resolution, resolved: list[Resolution]) -> bool:
    """Another toponym of the text resolved in the country of ``res``'s reading, or a reading
    that is no town (a strait, a base), or none at all (the fallback's point beside the text's
    own towns): a town read from an Arabic head noun name ("Ras al-Ain", whatever its tag) is
    placed only where the text agrees."""
    if res.entry is None or not res.entry.feature.startswith("PPL"):
        return True
    country = res.entry.country
    return country is not None and any(
        r is not res and r.entry is not None and r.entry.country == country for r in resolved)


def find_places(doc: Doc, options: PlacesOptions | None = None,
                gaz: gazetteer.Gazetteer | None = None) -> list[Place]:
    """The places of a Doc, in text order (pure: reads the Doc, returns records)."""
    opts = options or PlacesOptions()
    gaz = gaz or gazetteer.load()
    text = text_of(doc)
    spans, kinds = _candidates(doc, opts, gaz, text)
    n_body = len(spans)
    # margins (dateline, captions) are resolved in one context with the body: appended to it
    shift = [0] * n_body
    where: list[str | None] = [None] * n_body
    for margin in margins(getattr(doc._, "article", None), gaz) if opts.margins else ():
        offset = len(text) + 2
        text = f"{text}\n\n{margin.text}"
        for s, e in margin.spans:
            spans.append((s + offset, e + offset))
            kinds.append("margin")
            where.append(margin.where)
            shift.append(offset)
    article = getattr(doc._, "article", None)
    pub = publisher(gaz, getattr(article, "url", None), getattr(article, "source", None)) \
        if opts.publisher and article is not None else None
    resolved = resolve(text, spans, gaz, focus=_dateline_place(doc), fallback=opts.fallback,
                       publisher=pub, people=people_countries(doc))
    placed: list[Place | None] = [None] * len(resolved)  # each candidate's place, None if dropped
    for i in reversed(range(len(resolved))):  # a facility at its town follows that town's fate
        kind, res = kinds[i], resolved[i]
        if res.via == "town" and (i + 1 == len(placed) or (after := placed[i + 1]) is None or after.lat is None):
            res = Resolution(_unresolved(res.place), None, None)  # "Al-Aqsa Martyrs Hospital in Deir al-Balah"
        town_use = i < n_body and (local_use(text, spans[i][1]) or opts.cues and (
            _town_cue(text, *spans[i]) or res.entry is not None  # "the Jenin camp"
            and res.entry.population >= SITE_TOWN_POPULATION
            and site_cue(text, *spans[i], is_camp(gaz, text[slice(*spans[i])]))
            and _same_country(res, resolved)))
        if not _keep(kind, res, opts, town_use) and not (
                kind == "fac" and res.entry is None and article_joined(res.place.text)):
            continue  # "a base near Al-Tanf" (FAC): an Arabic place name, kept unresolved
        place = res.place
        if kind == "fac" and res.via == "alternate":  # "the Hakari bridge": no Hakkari, Turkey
            place = _unresolved(place)
        if (kind == "head" or kind == "place" and place_head(place.text)) \
                and not _same_country(res, resolved):  # (a head noun name tagged GPE too)
            place = _unresolved(place)  # no far-away guess
        if place.lat is not None and place.confidence < opts.min_confidence:
            place = _unresolved(place, place.confidence)
        if i >= n_body:
            place = replace(place, start=place.start - shift[i], end=place.end - shift[i],
                            offsets_in=where[i])
        placed[i] = place
    return [p for p in placed if p is not None]


def _unresolved(place: Place, confidence: float = 0.0) -> Place:
    """``place`` as a name without a reading (its confidence kept where given)."""
    return Place(place.start, place.end, place.text, place.text, confidence=confidence)


def _dateline_place(doc: Doc) -> str | None:
    article = getattr(doc._, "article", None)
    dateline = getattr(article, "dateline", None)
    return getattr(dateline, "place", None)


def _dateline_span(doc: Doc) -> list[tuple[str, int, int]]:
    """The article's dateline as it stood, with its place's span in it ("DUBLIN, Ohio (AP) —":
    "DUBLIN"), or none."""
    dateline = getattr(getattr(doc._, "article", None), "dateline", None)
    place, text = getattr(dateline, "place", None), getattr(dateline, "text", None) or ""
    if not place:
        return []
    at = text.casefold().find(place.casefold())
    return [(text, at, at + len(place))] if at >= 0 else [(place, 0, len(place))]


class PlacesComponent:
    """Writes ``doc._.places``, and takes back from ``doc._.actors``/``doc._.mentions`` a person
    by the mention alone whose name it reads as a place, and a country's mention it reads as
    another country's state (``claims.released``: "rampaged in Huwara", "Zorbleton, Georgia");
    the gazetteer loads on the first Doc (then stays in memory)."""

    def __init__(self, options: PlacesOptions) -> None:
        self.options = options

    def __call__(self, doc: Doc) -> Doc:
        doc._.places = find_places(doc, self.options)
        if (kept := released(doc, doc._.places)) is not None:
            doc._.actors, doc._.mentions = kept
        return doc


@Language.factory(
    "dateline_places",
    requires=["doc.ents"],
    assigns=["doc._.places", "doc._.actors", "doc._.mentions"],
    default_config={"labels": ["GPE", "LOC", "FAC"], "demonyms": False, "gazetteer_spans": True,
                    "min_confidence": 0.0, "fallback": False},
)
def make_places(nlp: Language, name: str, labels: list[str], demonyms: bool,
                gazetteer_spans: bool, min_confidence: float, fallback: bool) -> PlacesComponent:
    """Factory of ``dateline_places`` (registry name ``dateline.places.v1``)."""
    return PlacesComponent(PlacesOptions(tuple(labels), demonyms, gazetteer_spans, min_confidence,
                                         fallback=fallback))


__all__ = ["PlacesComponent", "PlacesOptions", "find_places", "make_places"]
