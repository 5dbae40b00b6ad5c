"""A country's name used as a town's: when the article means the town ("a Lebanon woman",
"Peru, Ill.", "Peru and Ottawa ... LaSalle County") and when the country ("Peru won the match in
Chicago": one city of the same state is no reason for Peru, Illinois).

Pure functions over the resolver's mentions (``dateline.places.mentions``): ``towns_by_use``
drops a country's readings where the text uses its name as a town's and backs the town;
``lone_namesake`` says which town readings of a country's name get no vote from the state
the article's other names lie in, and ``capital_namesake`` which town readings of a great
capital's name get none of the article's votes ("flew from Houston to Paris": not Paris, Texas),
and ``state_namesake`` which villages abroad named like a US state ("Texas" in a story from Mexico);
``abroad`` marks a country's name in news from abroad, where a
nearby town alone does not make it a town; ``capitals`` reads a capital's name as the capital
where the article names its country.
"""

from __future__ import annotations

import re

from dateline.actors.state_names import state_senses_of, town_comma_before
from dateline.gazetteer import COUNTRY_FEATURES, Entry, Gazetteer
from dateline.gazetteer.geo import distance_km
from dateline.places.cues import local_use
from dateline.places.mentions import HOME, Mention, family, likeliest
from dateline.places.readings import inside, is_area, is_local

_LOCAL_AREAS = frozenset({"ADM1", "ADM2"})  # a state or county may be used as a town is ("a Texas man")
#: co-location support (``Weights.pair``'s sum over the other names) that backs a namesake
#: town: another name's reading within about 50 km (exp(-50 / 30) ~ 0.2)
NAMESAKE_PAIR = 0.2


def lone_namesake(m: Mention, i: int) -> bool:
    """Reading ``i`` of ``m`` is a town named like a country the name also reads as ("Peru",
    Illinois; "Mexico", Missouri) that neither a qualifier in its area, another name near it
    (``NAMESAKE_PAIR``) nor a town use of the name ("a Peru man", ``towns_by_use``) backs.
    Such a town takes no vote from its state: a single city of that state in the text ("Peru
    won the match in Chicago") says nothing of a country's name. Towns near the text's other
    names keep it ("Lebanon ... Myerstown"), unless the text speaks of the world abroad around
    the name (``abroad``: "Protesters in Harrisburg condemned Israel's strikes on Lebanon")."""
    e = m.cands[i].entry
    if not e.feature.startswith("PPL"):
        return False
    if m.country_named is None:  # the readings do not change once scoring starts
        m.country_named = any(c.entry.feature in COUNTRY_FEATURES and c.via == "name" for c in m.cands)
    if not m.country_named:
        return False
    if m.town_use or not m.abroad and m.pairs is not None and m.pairs[i] >= NAMESAKE_PAIR:
        return False
    return not any(inside(e, q) for q in m.quals)


#: a capital of this many people is what its bare name means, wherever the article's other
#: towns lie: a namesake town elsewhere needs the text's own backing
METROPOLIS = 1_000_000


def great_capitals(m: Mention) -> frozenset[str | None]:
    """The countries whose capital of ``METROPOLIS`` people ``m`` reads as by its own name
    (Paris: France), worked out once (``Mention.capitals``; the readings do not change after)."""
    if m.capitals is None:
        m.capitals = frozenset(c.entry.country for c in m.cands if c.entry.feature == "PPLC"
                               and c.via == "name" and c.entry.population >= METROPOLIS)
    return m.capitals


def capital_namesake(m: Mention, i: int, home: str | None = None) -> bool:
    """Reading ``i`` of ``m`` is a local place, in another country, named like a capital of
    ``METROPOLIS`` people that the name also reads as by its own name (Paris, Texas; Moscow,
    Idaho), and neither a qualifier in its area ("Paris, Texas", "the University of Idaho in
    Moscow"), a town use of the name ("Paris police", ``towns_by_use``) nor another name (or
    the publisher's home) near it (``NAMESAKE_PAIR``: "Paris ... Lamar County"), nor the
    country of the publisher's domain (``home``: "London" on a .ca) backs it. Such
    a reading takes none of the article's country and state votes: a city of the same state
    ("flew from Houston to Paris", "Moscow ... Boise, Idaho") says nothing of a capital's name,
    unless the text names the town's state on its own and nothing in another country
    (``named_around``: "University of Idaho students ... a house in Moscow ... Boise")."""
    e = m.cands[i].entry
    if not is_local(e) or e.feature == "PPLC":
        return False
    capital = great_capitals(m)
    if not capital or e.country in capital or e.country == home:
        return False
    if m.town_use or m.pairs is not None and m.pairs[i] >= NAMESAKE_PAIR:
        return False
    if (e.country, e.admin1) in m.named and all(cc == e.country for cc, _ in m.named):
        return False  # "University of Idaho students ... in Moscow ... Boise": all in the US
    return not any(inside(e, q) for q in m.quals)


#: a town abroad this small named like a US state is a village: the state is what its name means
STATE_NAMESAKE_VILLAGE = 10_000


def state_namesake(m: Mention, i: int) -> bool:
    """Reading ``i`` of ``m`` is a village abroad (under ``STATE_NAMESAKE_VILLAGE`` people)
    named like a US state that the name also reads as by its own name (Texas, Hidalgo; Virginia,
    Cavan), and neither a qualifier in its area, a town use of the name nor another name near
    it (``NAMESAKE_PAIR``) backs it. Such a reading takes none of the article's country and
    state votes: a story from Mexico ("Officials in Mexico City said the envoy would visit
    Texas") names the state. A town of its own size stays open to them (Montana, Bulgaria)."""
    e = m.cands[i].entry
    if not e.feature.startswith("PPL") or e.country == "US" or e.population >= STATE_NAMESAKE_VILLAGE:
        return False
    if not any(c.entry.feature == "ADM1" and c.entry.country == "US" and c.via == "name" for c in m.cands):
        return False
    if m.town_use or m.pairs is not None and m.pairs[i] >= NAMESAKE_PAIR:
        return False
    return not any(inside(e, q) for q in m.quals)


_QUALIFIER_GAP = re.compile(r"\s*,\s*")


def named_around(text: str, mentions: list[Mention]) -> None:
    """Sets each mention's ``named``: the (country, state) of the other names' likeliest
    readings, the state only where the text names it on its own ("University of Idaho", "Idaho
    police"), not as a town's qualifier ("a professor in Boise, Idaho"). A great capital's
    namesake town is backed by its state so named when the text names nothing in another
    country nor a region abroad (``capital_namesake``): not "Houston, Texas to Paris for talks
    on Ukraine"."""
    around: list[tuple[str, tuple[str | None, str | None]]] = []
    prev: Mention | None = None
    for m in mentions:
        if m.cands:
            e = likeliest(m)
            qualifier = prev is not None and bool(prev.cands) and is_local(likeliest(prev)) \
                and bool(_QUALIFIER_GAP.fullmatch(text[prev.end:m.start]))
            state = e.admin1 if e.feature == "ADM1" and not qualifier else None
            around.append((family(m.key), (e.country or None, state)))
        prev = m
    named: dict[str, frozenset[tuple[str | None, str | None]]] = {}
    for m in mentions:
        if (fam := family(m.key)) not in named:
            named[fam] = frozenset(v for k, v in around if k != fam)
        m.named = named[fam]


def towns_by_use(text: str, mentions: list[Mention], homes: list[Mention],
                  extra: list[Entry]) -> None:
    """One sense per article: a country's own name used as a town's ("a Lebanon woman", "the
    Jordan School District") loses its country and wide-area readings everywhere in the text,
    when the article backs the town (``backs_town``). A country's name is the country by
    default: headlines and sports use it so ("Jordan man arrested in Amman")."""
    for k in {m.key for m in mentions if local_use(text, m.end)}:
        group = [m for m in mentions if m.key == k and m.cands]
        for m in group:
            m.town_use = True
        if not group:
            continue
        own = [c.entry for c in group[0].cands
               if c.via == "name" and c.entry.name.casefold() == group[0].text.casefold()]
        towns = [e for e in own if e.feature.startswith("PPL")]
        nations = {e.country for e in own if e.feature in COUNTRY_FEATURES and e.country}
        # (not "US residents": "US" is the country's short form, "Us" a French village)
        if not towns or not nations or not backs_town(k, towns, nations, mentions, homes, extra):
            continue
        for m in group:
            keep = [i for i, c in enumerate(m.cands)
                    if not is_area(c.entry) or c.entry.feature in _LOCAL_AREAS]
            m.cands, m.priors = [m.cands[i] for i in keep], [m.priors[i] for i in keep]


_ABROAD_BEFORE = re.compile(r"\b(?:war|wars|strikes?|airstrikes?|attacks?|invasion|bombing|"
                            r"offensive|ceasefire|cease-fire|fighting)\s+(?:in|on|against)\s+$",
                            re.IGNORECASE)


def abroad(text: str, mentions: list[Mention]) -> None:
    """Marks the mentions of a country's name (with town readings) that the text uses for the
    world abroad: after "war in", "strikes on" ..., or where another name's likeliest reading
    is a foreign country by its name ("Israel's strikes on Lebanon"; not a demonym: "a Mexican
    man" is a local story's too). A nearby town
    alone then does not make it a town (``lone_namesake``)."""
    def nation(m: Mention) -> str | None:  # by its name: "a Mexican man" is no news from abroad
        if not m.cands:
            return None
        c = m.cands[max(range(len(m.cands)), key=m.priors.__getitem__)]
        return c.entry.country if c.entry.feature in COUNTRY_FEATURES and c.via != "demonym" else None

    named = {(family(m.key), nation(m)) for m in mentions if nation(m)}
    cued = {m.key for m in mentions if _ABROAD_BEFORE.search(text[max(0, m.start - 40):m.start])}
    for m in mentions:  # one sense per article: "attacks on Lebanon" marks every "Lebanon"
        own = {c.entry.country for c in m.cands
               if c.via == "name" and c.entry.feature in COUNTRY_FEATURES}
        towns = {c.entry.country for c in m.cands if c.entry.feature.startswith("PPL")}
        if own and towns:
            m.abroad = m.key in cued or any(
                k != family(m.key) and cc not in own | towns for k, cc in named)


def capitals(mentions: list[Mention]) -> None:
    """A capital's name where the article names its country ("exiles from Cuba ... Havana
    denounced the meeting") is the capital, not a namesake town beside the article's other
    towns (Havana, Florida), unless a qualifier puts it elsewhere ("Paris, Texas")."""
    named = {c.entry.country for m in mentions if m.cands  # by name: "Irish fans" in Dublin, Ohio
             for c in [m.cands[max(range(len(m.cands)), key=m.priors.__getitem__)]]
             if c.entry.feature in COUNTRY_FEATURES and c.via != "demonym"}
    elsewhere = {m.key for m in mentions  # one sense per article: "Paris, Texas" ... "Paris"
                 if m.town_use or any(inside(c.entry, q) for c in m.cands for q in m.quals
                                      if c.entry.feature != "PPLC")}
    for m in mentions:
        caps = [i for i, c in enumerate(m.cands) if c.entry.feature == "PPLC"
                and c.via == "name" and c.entry.country in named]
        if not caps or m.key in elsewhere:
            continue
        m.cands, m.priors = [m.cands[i] for i in caps], [m.priors[i] for i in caps]


def us_states(gaz: Gazetteer, text: str, mentions: list[Mention]) -> None:
    """A country's name that is also a US state's ("Georgia") is the state where the actors'
    one decision says so (``dateline.actors.state_names``: "Georgia Gov. Brian Kemp", "Georgia
    voters", "Atlanta, Georgia", unless the article names the country otherwise: "Tbilisi"), and
    the country where it says not after a town and a comma ("In Athens, Georgia and Armenia signed")."""
    for k in {m.key for m in mentions if m.cands and _state_or_country(m)}:  # one decision with actors:
        group = sorted((m for m in mentions if m.key == k and m.cands), key=lambda m: m.start)
        senses = state_senses_of(text, [(m.start, m.end) for m in group])  # actors.state_names
        for m, state in zip(group, senses, strict=True):
            if not state and (not town_comma_before(text, m.start) or m.qualifies is not None):
                continue  # the country by no cue, or after a town unknown there ("Zorbleton,
                # Georgia": no town to say which): the places' context decides ("across Georgia")
            keep = [i for i, c in enumerate(m.cands) if _state_or_country_entry(c.entry, state)]
            if keep:
                m.cands, m.priors = [m.cands[i] for i in keep], [m.priors[i] for i in keep]


def _state_or_country_entry(e: Entry, state: bool) -> bool:
    """The US state's entry where ``state``, else the country's."""
    return e.feature == "ADM1" and e.country == "US" if state else e.feature in COUNTRY_FEATURES


def _state_or_country(m: Mention) -> bool:
    """The mention reads, by its own name, as a country and as a US state ("Georgia")."""
    named = [c.entry for c in m.cands if c.via == "name"]
    return any(e.feature in COUNTRY_FEATURES for e in named) and any(
        e.feature == "ADM1" and e.country == "US" for e in named)


TOWN_USE_KM = 100.0  # another town backing a town use of a country's name lies this near it


def backs_town(k: str, towns: list[Entry], nations: set[str], mentions: list[Mention],
               homes: list[Mention], extra: list[Entry]) -> bool:
    """The article backs a town reading of the name ``k``: a mention of it is qualified by the
    town's state ("Lebanon, Tenn."); else no other name's likeliest reading lies in the country
    of that name (Amman, Havana, Tyre, Lima: the country), and the paper is named so
    ("jordanweeklynews.com") or another name's or a home place's likeliest reading is a town or
    county in the state of one of its towns or within ``TOWN_USE_KM`` of it ("the Jordan boys
    ... Shakopee", "a Peru man ... in Chicago") or a state one lies in ("a Lebanon woman ...
    Ohio police"). ``extra``: the dateline's place and
    the domain's country, which count as other names."""
    if any(inside(t, q) for m in mentions if m.key == k for q in m.quals for t in towns):
        return True
    others = [likeliest(m) for m in mentions if m.cands and family(m.key) != family(k)]
    others += [likeliest(h) for h in homes if h.cands and h.key != HOME + k] + extra
    if any(e.country in nations for e in others):
        return False
    if any(h.key == HOME + k for h in homes):
        return True
    return any(inside(t, e) if e.feature == "ADM1" else is_local(e) and (
        (e.country, e.admin1) == (t.country, t.admin1)
        or distance_km(e.lat, e.lon, t.lat, t.lon) <= TOWN_USE_KM) for e in others for t in towns)


__all__ = ["METROPOLIS", "NAMESAKE_PAIR", "STATE_NAMESAKE_VILLAGE", "TOWN_USE_KM", "abroad", "backs_town", "capital_namesake",
           "capitals", "great_capitals", "lone_namesake", "named_around", "state_namesake", "towns_by_use", "us_states"]
