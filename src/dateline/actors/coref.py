"""Mentions without a name: groups ("Israeli leaders", "hostage supporters in Israel"), role
nouns ("the Palestinian militants" -> the salient armed group, "Israel's prime minister" -> the
office holder on the article's date, in ``roles``); pronouns are in ``pronouns``."""

from __future__ import annotations

import numpy as np
from spacy.attrs import LOWER, POS
from spacy.tokens import Token

from dateline.actors.agencies import AGENCY_HEADS, named_owners, state_agency
from dateline.actors.dictionary import Entry, slug
from dateline.actors.firm_nouns import the_firm
from dateline.actors.forces import (
    article_country,
    bare_army,
    dateline_country,
    in_person,
    national_force,
    place_country,
    set_in,
    story_country,
)
from dateline.actors.names import DETERMINERS
from dateline.actors.state import ActorInfo, ArticleState, Found
from dateline.actors.trades import TRADE_NOUNS

ARMED_FORCES = frozenset({"army", "military", "navy"})
#: nouns of those who speak for a body named before them ("the coast guard spokesman")
SPEAKERS_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_ORG_TYPES = frozenset({"organization", "ngo", "party", "media"})
#: lemmas of fighting that make separatists of their sentence, or the one before, an armed group
ARMED_WORDS = frozenset({
    "attack", "kill", "shell", "bomb", "bombing", "fight", "fighter", "fighting", "gunman", "rebel", "rebellion",
    "insurgency", "insurgent", "weapon", "arm", "armed", "militant", "militia", "ambush", "clash", "raid", "shoot",
    "explosive", "kidnap", "abduct", "war", "offensive", "troop", "soldier", "army", "guerrilla", "battle",
    "surrender", "ceasefire", "hostage", "massacre", "terrorist", "terrorism", "gun", "rocket", "drone", "blast",
    "explosion", "bomber", "grenade", "gunfire", "missile", "mortar"})


def resolve_groups(state: ArticleState) -> None:
    """Group nouns with a country or organization, state nouns, and anaphoric armed-group nouns."""
    lex, doc = state.lexicon, state.doc
    # only nouns and the armed-forces words can start a group: the rest is skipped in C
    mask = np.isin(doc.to_array(LOWER), np.array([doc.vocab.strings[w] for w in ARMED_FORCES], dtype=np.uint64))
    mask |= np.isin(doc.to_array(POS), np.array([doc.vocab.strings[p] for p in ("NOUN", "PROPN")], dtype=np.uint64))
    for tok in (doc[int(i)] for i in np.flatnonzero(mask)):
        if tok.lower_ in ARMED_FORCES and tok.head.i > tok.i and _national_forces(state, tok):
            continue
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        lemma, low = tok.lemma_.lower(), tok.lower_
        if not (low in AGENCY_HEADS or low in (lex.body_nouns or {}) or lemma in lex.group_nouns
                or low in lex.state_nouns or low in ("group", "movement") or low in TRADE_NOUNS):
            continue  # no group word (the branches below): spare the mention and title scans
        if state.covered(tok.i, ("descriptor", "name", "role")):
            continue
        if tok.tag_ in ("NN", "NNP") and _ends_title(state, tok):
            continue  # "Egypt's foreign minister" is one person, not a group
        if tok.dep_ == "compound" and tok.head.i > tok.i and not (low == "guard" and tok.head.lower_ in SPEAKERS_FOR):
            continue  # (but "the coast guard spokesman": the coast guard speaks)
        if low == "ministry" or low in AGENCY_HEADS and tok.i > 0 and state.lower[tok.i - 1] in AGENCY_HEADS[low]:
            state_agency(state, tok)
        elif low in (lex.body_nouns or {}):
            _body(state, tok)
        elif low in TRADE_NOUNS:
            the_firm(state, tok)
        elif lemma in lex.group_nouns or low in lex.state_nouns or low in ("group", "movement"):
            _group(state, tok)


def _body(state: ArticleState, head: Token) -> None:
    """'the bloc' (EU), 'the alliance' (NATO), 'the council', 'the agency': right after "the",
    the body named last in its own or the two sentences before whose name or alias ends in the
    noun, or that the lexicon lists for it (``body_nouns``). Nothing when the article names none
    there, or when something closer could be meant: for "the organisation", any organization named
    since; a lower-case "Sadrist bloc" phrase with the same noun in between; a country's capital
    opening the sentence ("In Kyiv, the parliament") for a body of another or no country."""
    doc, low = state.doc, head.lower_
    if head.i == 0 or doc[head.i - 1].lower_ != "the" or head.tag_ != "NN":
        return
    listed = (state.lexicon.body_nouns or {}).get(low, frozenset())
    floor = head.sent.start
    for _ in range(2):
        floor = doc[floor - 1].sent.start if floor > 0 else floor

    def fits(actor: str) -> bool:
        info = state.actors[actor]
        entry = state.dictionary.entries.get(actor)
        names = [info.name, *(entry.aliases if entry is not None else ())]
        return actor in listed or any(n.split()[-1].lower() == low for n in names if n.split())

    orgs = [f for f in state.found if floor <= f.start and f.end <= head.i and f.kind in ("name", "descriptor")
            and f.actor in state.actors and state.actors[f.actor].type not in _NOT_BODIES]
    named = [f for f in orgs if fits(f.actor)]
    if not named:
        return
    last = max(named, key=lambda f: f.start)
    if low in _ANY_BODY and any(f.start > last.start and f.actor != last.actor for f in orgs):
        return  # "the UN ... Amnesty International said ..., and the organisation": Amnesty may be meant
    if _other_body_phrase(state, head, last.end) or _foreign_seat(state, head, last):
        return
    state.add(head.i, head.i + 1, last.actor, "group")


#: body nouns any organization can be called by ("the organisation")
_ANY_BODY = frozenset({"organisation", "organization"})
#: actor types that are never "the bloc", "the council"
_NOT_BODIES = frozenset({"person", "country", "group"})


def _other_body_phrase(state: ArticleState, head: Token, after: int) -> bool:
    """'the Sadrist bloc', 'the Ukrainian parliament' between the body and "the bloc": the same
    noun with its own modifier names another body, which the bare noun may mean."""
    doc = state.doc
    return any(t.lower_ == head.lower_ and t.i > 0 and doc[t.i - 1].lower_ != "the" and not state.covered(t.i)
               for t in doc[after:head.i])


def _foreign_seat(state: ArticleState, head: Token, body: Found) -> bool:
    """'In Kyiv, the parliament ...' after "the European Parliament": a country's capital or name
    after "in" earlier in the sentence of a body of no country (or another) puts the noun there."""
    doc, sent = state.doc, head.sent
    if body.start >= sent.start or state.actors[body.actor].type == "igo":
        return False
    country = state.actors[body.actor].country
    for tok in doc[sent.start:head.i]:
        if tok.lower_ != "in" or tok.i + 1 >= head.i:
            continue
        nxt = doc[tok.i + 1].text
        seat = state.dictionary.metonym(nxt) or state.dictionary.lookup(nxt)
        if seat is not None and seat.type == "country" and seat.country != country:
            return True
    return False


def _national_forces(state: ArticleState, tok: Token) -> bool:
    """'Israeli army bulldozers', 'Israeli military policies': a demonym and "army"/"military"
    modifying another noun name the country's military (when the dictionary has one)."""
    if tok.i == 0 or state.covered(tok.i):
        return False
    f = state.covered(tok.i - 1, ("demonym", "name"))
    owner = state.dictionary.entries.get(f.actor) if f is not None and f.end == tok.i else None
    army = national_force(state, owner) if owner is not None and owner.type == "country" else None
    if f is None or army is None:
        return False
    state.actor_from_entry(army)
    state.add(f.start, tok.i + 1, army.id, "group")
    return True


def _group(state: ArticleState, head: Token) -> None:
    doc, lex = state.doc, state.lexicon
    if head.lemma_.lower() == "guard" and (head.i == 0 or doc[head.i - 1].lower_ not in ("coast", "border")):
        return  # "security guards", "the guard": people of a trade; a coast or border guard is a state's
    start = max(head.left_edge.i, head.i - 6)
    while start < head.i and (doc[start].lower_ in DETERMINERS or doc[start].is_punct or doc[start].dep_ == "cc"
                              or doc[start].dep_ in ("nummod", "quantmod") or doc[start].like_num):
        start += 1  # (not '150' of '150 Palestinian prisoners': the group has no count)
    definite = head.left_edge.i < start and doc[head.left_edge.i].lower_ == "the" or (
        start > 0 and doc[start - 1].lower_ == "the")
    end = head.i + 1
    owners = named_owners(state, start, head.i)
    before = len(owners)
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in ("in", "from") and child.i == end:
            pobj = [c for c in child.children if c.dep_ == "pobj"]
            listed = [c for p in pobj for c in _listed(p)]  # "from Egypt, Qatar and the United States"
            found = [state.covered(p.i, ("name", "demonym")) for p in listed]
            entries = [state.dictionary.entries.get(f.actor) for f in found if f]
            if entries and len(entries) == len(listed) and all(e is not None and e.type == "country" for e in entries):
                owners.extend(e for e in entries if e is not None)
                end = pobj[0].right_edge.i + 1
    owners = list({e.id: e for e in owners}.values())
    if len(owners) == 2 and {o.type == "country" for o in owners} == {True, False} and owners[0].country == owners[1].country:
        owners = [o for o in owners if o.type != "country"]  # "Yemen's Houthi rebels": the group, of its country
    lemma, low = head.lemma_.lower(), head.lower_
    plural, sector = lex.group_nouns.get(lemma, (low, None))
    if lemma == "separatist" and not _armed(head):
        sector = "party"  # "Scottish separatists won seats": a political movement, no armed group
    anaphoric = definite and (low in lex.anaphoric or f"{doc[head.i - 1].lower_} {low}" in lex.anaphoric)
    if len(owners) > 1:
        if before == 0 and sector is not None:  # one group of each country, over the whole phrase
            for each in owners:  # each named for its own country, not the whole phrase's text
                _country_group(state, start, end, head, each, plural, sector, f"{each.name} {plural}")
        return
    owner = owners[0] if owners else None
    if owner is None and sector is not None and _people_group(state, start, end, head, plural, sector):
        return
    if owner is None and sector == "police" and any(
            t.dep_ in ("compound", "amod") and not state.covered(t.i) for t in head.lefts):
        iso3 = article_country(state, head)  # "Riot police", "Border police": the country's
        country = state.dictionary.entries.get(f"cty:{iso3}") if iso3 else None
        if country is not None:
            _country_group(state, start, end, head, country, plural, sector)
        else:
            gid = f"grp:{slug(' '.join([*_extra_words(state, start, head), plural]))}"
            state.new_actor(gid, doc[start:end].text, "group", sector=sector)
            state.add(start, end, gid, "group")
        return
    if owner is None and low == "police" and not any(t.dep_ in ("compound", "amod") for t in head.lefts):
        _bare_police(state, start, end, head)  # "KYIV - Police said ...": Ukraine's police
        return
    if owner is None:
        org = None
        if anaphoric:
            org = (_recent_group(state, head) if low == "group" else None) or _salient_armed_group(state, head.i, None)
        elif definite and sector == "military" and low in ("army", "military", "forces") and not any(
                t.dep_ in ("compound", "amod") and t.text[:1].isupper() for t in head.lefts):  # (not "the Kachin army")
            home, named = story_country(state)
            org = (_speakers_army(state, head, defence=True) or _last_force(state, head.i)
                   or _speakers_army(state, head, home=home, named=named) or _home_army(state, head, home))
        if org is not None:
            state.add(start, end, org, "group")
        return
    if owner.type != "country":
        if owner.id in lex.platforms and low == "group":
            return  # "a Facebook group of veterans": a group of the platform's users, not the platform
        if sector not in (None, "civilian", "media") or low in ("group", "movement"):
            state.add(start, end, owner.id, "group")
        return
    if low in lex.state_nouns:
        state.add(start, end, owner.id, "group")
        return
    if sector == "military" or sector == "police" and not _extra_words(state, start, head):
        army = national_force(state, owner, sector)  # "Israeli police": the Israel Police
        if army is not None:
            state.actor_from_entry(army)
            state.add(start, end, army.id, "group")
            return
    if anaphoric or (sector == "rebel" and definite):
        org = _salient_armed_group(state, head.i, owner.country)
        if org is not None:
            state.add(start, end, org, "group")
            return
    if sector is None:
        return
    _country_group(state, start, end, head, owner, plural, sector)


def _armed(head: Token) -> bool:
    """Whether the sentence of ``head``, or the one before, speaks of fighting (``ARMED_WORDS``, not
    negated: 'would not attack the budget')."""
    sent = head.sent
    start = sent.start
    if start > 0:
        start = head.doc[start - 1].sent.start
    return any(t.lemma_.lower() in ARMED_WORDS and not any(c.dep_ == "neg" for c in t.children)
               for t in head.doc[start:sent.end])


def _people_group(state: ArticleState, start: int, end: int, head: Token, plural: str, sector: str) -> bool:
    """'Kurdish fighters', 'Druze residents', 'Rohingya refugees': a people's adjective (lexicon
    ``people_adjectives``) no mention covers before a group noun makes the group
    ``grp:<adjective>-<words>`` of the people's country where it has one; whether it did."""
    adjectives, peoples = state.lexicon.people_adjectives, state.lexicon.peoples
    if not adjectives or not peoples:
        return False
    word = next((t for t in state.doc[start:head.i] if t.text in adjectives and not state.covered(t.i)), None)
    if word is None or any(state.lower[i] in ("and", "or", ",") for i in range(word.i + 1, head.i)):
        return False  # "Sunni and Shiite leaders": two peoples' groups, not the first's
    people = adjectives[word.text]
    country = peoples.get(people, (None, None))[1]
    words = [w for w in _extra_words(state, start, head) if w != word.lower_]
    spelling = (state.lexicon.people_spellings or {}).get(word.text, word.text)  # "Uighur", "Uyghur": one id
    gid = f"grp:{slug(' '.join([spelling.lower(), *words, plural]))}"
    state.new_actor(gid, state.doc[start:end].text, "group", country=country, sector=sector)
    state.add(start, end, gid, "group")
    return True


def _extra_words(state: ArticleState, start: int, head: Token) -> list[str]:
    """Compound words of a group noun that no mention covers ("hostage" of "hostage supporters")."""
    return [t.lower_ for t in state.doc[start:head.i] if t.dep_ == "compound" and not state.covered(t.i)
            and t.is_alpha]


def _country_group(state: ArticleState, start: int, end: int, head: Token, owner: Entry, plural: str,
                   sector: str, name: str | None = None) -> None:
    """The group ``grp:<iso3>-<words>`` of a country over tokens start..end, named ``name``
    (default: the tokens' text)."""
    gid = f"grp:{(owner.country or '').lower()}-{slug(' '.join([*_extra_words(state, start, head), plural]))}"
    state.new_actor(gid, name or state.doc[start:end].text, "group", country=owner.country, sector=sector)
    state.add(start, end, gid, "group")


def _listed(tok: Token) -> list[Token]:
    """A noun and the nouns conjoined to it."""
    out = [tok]
    for child in tok.children:
        if child.dep_ == "conj" and child.pos_ in ("PROPN", "NOUN"):
            out.extend(_listed(child))
    return out


def _ends_title(state: ArticleState, tok: Token) -> bool:
    words, titles = state.lower, state.lexicon.titles
    word = words[tok.i]
    if " " not in word and word not in _title_ends(titles):
        return False  # no title ends in this word
    return any(" ".join(words[max(0, tok.i - n + 1):tok.i + 1]) in titles
               for n in range(1, state.lexicon.max_title_len + 1))


#: the last title table asked about and the last words of its titles
_TITLE_ENDS: list[tuple[dict[str, str], frozenset[str]]] = []


def _title_ends(titles: dict[str, str]) -> frozenset[str]:
    """The words that end a title of ``titles`` ("minister", "secretary"), kept for the table."""
    last = _TITLE_ENDS[0] if _TITLE_ENDS else None  # one read: another thread may replace it
    if last is None or last[0] is not titles:
        last = (titles, frozenset(t.rsplit(" ", 1)[-1] for t in titles))
        _TITLE_ENDS[:] = [last]
    return last[1]


#: words of a role whose holder commands the country's army ("defence minister", "army chief")
DEFENCE_WORDS = frozenset({"defence", "defense", "war", "army", "military", "armed"})


def _speakers_army(state: ArticleState, head: Token, *, defence: bool = False, home: Entry | None = None,
                   named: dict[str, int] | None = None) -> str | None:
    """'Israel's defence minister, Yoav Gallant, said the army ...': "the army" is the national
    army of the officials named earlier in its sentence, when they all belong to one country that
    has one. With ``defence``, only officials of the military or with a defence role count (their
    own army even after another's was named); other officials' army only when no military was
    named before ("Blinken said the army must ..." after "Sudan's army" is Sudan's), and not when
    the story's country ``home`` is another and the article never names theirs (``named``: in a
    Sudan story, Blinken's "the army" is Sudan's; Zelenskiy's, where Ukraine is named, Ukraine's)."""
    sent = head.sent

    def counts(info: ActorInfo) -> bool:
        if info.type != "person" or info.sector not in ("government", "military"):
            return False
        return not defence or info.sector == "military" or any(
            w in DEFENCE_WORDS for r in info.roles for w in r.lower().split())

    countries = {state.actors[f.actor].country for f in state.found
                 if sent.start <= f.start < head.i and f.kind != "pronoun" and f.actor in state.actors
                 and counts(state.actors[f.actor])}
    if len(countries) != 1 or None in countries:
        return None
    iso3 = countries.pop()
    if home is not None and home.country != iso3 and not (named or {}).get(f"cty:{iso3}"):
        return None
    country = state.dictionary.entries.get(f"cty:{iso3}")
    army = national_force(state, country) if country is not None else None
    return state.actor_from_entry(army).id if army is not None else None


def _bare_police(state: ArticleState, start: int, end: int, head: Token) -> None:
    """A bare "police" / "the police": the police of the place it is set in ("Police in London
    said": Britain's; "Police in Gaza": the Palestinian police; no one where that place has no
    country), else the police the article named last ("Polish police said ... Police closed the
    road": Poland's), else, under a dateline ("KYIV (Reuters) - Police said ..."), the police of
    the dateline's country (as a bare "the army" is its army, ``_home_army``), not when its
    sentence names another country's police ("..., Polish police said"), sets it in another
    country before it ("In Lebanon, police said") or has another country say it ("Poland said
    police found"); else no one."""
    where = set_in(state, head)
    if where is not None:
        home = place_country(state, where)
        if home is not None:
            _country_police(state, start, end, head, home)
        return
    last = _last_force(state, head.i, "police")
    if last is not None:
        state.add(start, end, last, "group")
        return
    home = dateline_country(state)
    if home is None:
        return
    sent = head.sent
    for f in state.found:
        info = state.actors.get(f.actor)
        if not sent.start <= f.start < sent.end or info is None or info.country in (None, home.country):
            continue
        if info.sector == "police" and info.type != "person" or info.type == "country" and (
                f.end < len(state.lower) and state.lower[f.end] == "police"  # "..., Polish police said"
                or f.start < head.i and f.start > 0 and state.lower[f.start - 1] == "in"
                or f.start < head.i and _subject_over(state.doc[f.end - 1], head)):  # "Poland said police ..."
            return
    _country_police(state, start, end, head, home)


def _subject_over(tok: Token, head: Token) -> bool:
    """``tok`` is the subject of a verb whose clause holds ``head`` ("Poland said police found")."""
    return tok.dep_ == "nsubj" and tok.head in head.ancestors


def _country_police(state: ArticleState, start: int, end: int, head: Token, country: Entry) -> None:
    """Tokens start..end are the country's police: its national police where the dictionary has
    one, else the group ``grp:<iso3>-police``."""
    police = national_force(state, country, "police")
    if police is not None:
        state.add(start, end, state.actor_from_entry(police).id, "group")
    else:
        _country_group(state, start, end, head, country, "police", "police")


def _home_army(state: ArticleState, head: Token, home: Entry | None) -> str | None:
    """'JERUSALEM (Reuters) - The army said ...': a bare "the army"/"the military" that no official
    nor earlier military claims is the national army of the story's country ``home`` (the
    dateline's, else the one most named: ``story_country``), when the dictionary has one; not when
    its sentence names another country's military, or another country before it ("In Lebanon,
    the army ..."), nor when the article so far names only other countries that have an army
    ("WASHINGTON - Sudan's warring sides met. The army said ..."); a country in a person's
    descriptor is no other country ("US envoy Tom Perriello said the army ...")."""
    army = national_force(state, home) if home is not None else None
    if home is None or army is None:
        return None
    sent, others, named_home = head.sent, False, False
    people = [f for f in state.found if f.actor in state.actors and state.actors[f.actor].type == "person"]
    for f in state.found:
        info = state.actors.get(f.actor)
        if f.start >= head.i and not sent.start <= f.start < sent.end or info is None or info.country is None:
            continue
        if info.country == home.country:
            named_home = named_home or f.start < head.i
            continue
        if sent.start <= f.start < sent.end and (info.sector == "military" and info.type != "person"
                                                 or f.start < head.i and info.type == "country"
                                                 and not in_person(f, people)  # (not "US envoy X said")
                                                 or info.type == "country" and _before_forces(state, f.end)):
            return None  # "... said Lebanese troops ...": the sentence has another country's forces
        if info.type == "country" and f.start < head.i and not others:
            foreign = state.dictionary.entries.get(f"cty:{info.country}")
            others = foreign is not None and national_force(state, foreign) is not None
    return None if others and not named_home else state.actor_from_entry(army).id


def _before_forces(state: ArticleState, i: int) -> bool:
    """Whether token ``i`` is a military group noun ("Lebanese troops": "troops" after the demonym)."""
    noun = state.doc[i] if i < len(state.doc) else None
    return noun is not None and state.lexicon.group_nouns.get(noun.lemma_.lower(), ("", None))[1] == "military"


def _last_force(state: ArticleState, before: int, sector: str = "military") -> str | None:
    """The national army named last before token ``before`` (``bare_army``: not Wagner, "the army" of
    a Mali story after "Wagner fighters" is Mali's; for the Pentagon, the US armed forces); with
    ``sector`` "police", the police force or group ("Polish police") named last."""
    types = ("organization",) if sector == "military" else ("organization", "group")
    forces = sorted((f for f in state.found if f.start < before and f.actor in state.actors
                     and state.actors[f.actor].type in types and state.actors[f.actor].sector == sector),
                    key=lambda f: f.start, reverse=True)
    if sector != "military":
        return forces[0].actor if forces else None
    return next((army for f in forces if (army := bare_army(state, f.actor)) is not None), None)


#: sectors of organizations that "the group" can name besides armed groups (aid and rights groups)
_GROUP_SECTORS = frozenset({"ngo", "civilian", "party"})


def _recent_group(state: ArticleState, head: Token) -> str | None:
    """'Doctors Without Borders said its staff were attacked. The group said ...': "the group" is
    the aid or rights group named in its own or the previous sentence, when no armed group is
    named there (then the armed-group rule decides)."""
    doc = state.doc
    sent = head.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    near = [f for f in state.found if start <= f.start < head.i and f.kind in ("name", "descriptor")
            and f.actor in state.actors]
    if any(state.actors[f.actor].sector == "rebel" for f in near):
        return None
    groups = {f.actor for f in near if state.actors[f.actor].type in _ORG_TYPES - {"media"}
              and state.actors[f.actor].sector in _GROUP_SECTORS}
    return groups.pop() if len(groups) == 1 else None


def _salient_armed_group(state: ArticleState, before: int, country: str | None) -> str | None:
    """The armed group (sector rebel) of ``country`` mentioned most often before token ``before``
    (ties: latest); with no country, the one named last. None when the article names none."""
    counts: dict[str, tuple[int, int]] = {}
    for f in state.found:
        info = state.actors.get(f.actor)
        if f.start >= before or info is None or info.sector != "rebel" or info.type == "person":
            continue
        if country is not None and info.country != country:
            continue
        n, _ = counts.get(f.actor, (0, -1))
        counts[f.actor] = (n + 1, f.start)
    if not counts:
        return None
    if country is None:  # "the group": the armed group named last
        return max(counts, key=lambda a: counts[a][1])
    return max(counts, key=lambda a: counts[a])
