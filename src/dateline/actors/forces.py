"""A country's national forces: its army or police in the dictionary, and the country of an
article's dateline or of a place (whose forces a bare "the army", "police" are), and the place
a group noun is set in ("Police in London", "a hospital in the southern city of Rafah")."""

from __future__ import annotations

from functools import partial

import pycountry
from spacy.tokens import Span, Token

from dateline.actors.dictionary import Entry
from dateline.actors.lexicon import capital, sole_country, town
from dateline.actors.state import ArticleState, Found


def national_force(state: ArticleState, country: Entry, sector: str = "military") -> Entry | None:
    """The country's national force of ``sector`` in the dictionary: for "military" its armed
    forces, an organization with an alias such as 'Russian army' (a demonym and common nouns); for
    "police" its national police ('Israeli police'); None when the dictionary has none ("French
    troops" are then the group ``grp:fra-forces``, "Pakistani police" ``grp:pak-police``)."""
    armies = [e for e in state.dictionary.entries.values()
              if e.type == "organization" and e.sector == sector and e.country == country.country]
    national = [e for e in armies if is_national(e, country)]
    return national[0] if national else None  # not the Pentagon, not Wagner: a group of the country


def is_national(force: Entry, country: Entry) -> bool:
    """Whether ``force`` has an alias of the ``country``'s demonym and common nouns ('Russian army'):
    the country's national force, not a firm of fighters (Wagner) nor a ministry (the Pentagon)."""
    return any(a.split()[0] in country.demonyms and len(a.split()) > 1 and all(w.islower() for w in a.split()[1:])
               for a in force.aliases)


def bare_army(state: ArticleState, actor: str) -> str | None:
    """What a bare "the army" after the force ``actor`` names: the force itself where it is its
    country's national army or its country has none in the dictionary (the Revolutionary Guards of
    Iran); the national army of the country whose defence ministry it is ("The Pentagon said ... The
    military said": the US armed forces); no one for another force beside a national army (Wagner)."""
    force = state.dictionary.entries.get(actor)
    country = state.dictionary.entries.get(f"cty:{force.country}") if force is not None else None
    if force is None or country is None or is_national(force, country):
        return actor
    army = national_force(state, country)
    if army is None:
        return actor
    if any(w in ("defence", "defense") for a in (force.name, *force.aliases) for w in a.lower().split()):
        return state.actor_from_entry(army).id
    return None


def dateline_country(state: ArticleState) -> Entry | None:
    """The dictionary's country of the article's dateline place, if any."""
    article = state.doc._.article
    place = article.dateline.place if article is not None and article.dateline is not None else None
    return place_country(state, place) if place else None


def story_country(state: ArticleState) -> tuple[Entry | None, dict[str, int]]:
    """The dictionary's country of the story and how often the article names each country (id ->
    count), not as a person's descriptor ("US envoy Tom Perriello"). The story's country is its
    dateline's, else the one named more than twice as often as any other (not one its places give:
    "Texas" is also a Mexican town's name; not Russia where Ukraine is named half as often), nor
    the country across a border ("evacuated villagers from the border with Lebanon")."""
    people = [f for f in state.found if f.kind in ("name", "descriptor") and f.actor in state.actors
              and state.actors[f.actor].type == "person"]  # (not "Sudan's army chief": Sudan's office)
    counts: dict[str, int] = {}
    for f in state.found:
        info = state.actors.get(f.actor)
        if info is not None and info.type == "country" and f.kind in ("name", "demonym", "metonym") \
                and not in_person(f, people) and state.lower[max(f.start - 2, 0):f.start] != ["border", "with"]:
            counts[f.actor] = counts.get(f.actor, 0) + 1
    home = dateline_country(state)
    if home is not None or not counts:
        return home, counts
    ranked = sorted(counts.values(), reverse=True)
    lead = max(counts, key=lambda a: counts[a]) if len(ranked) == 1 or ranked[0] > 2 * ranked[1] else None
    return state.dictionary.entries.get(lead) if lead else None, counts


def in_person(f: Found, people: list[Found]) -> bool:
    """Whether mention ``f`` lies inside one of the person mentions ``people``."""
    return any(p.start <= f.start and f.end <= p.end for p in people)


def place_country(state: ArticleState, place: str) -> Entry | None:
    """The dictionary's country of a dateline's place ("JERUSALEM" -> Israel), else None; a
    national capital of the place's own name first ("ISLAMABAD": Pakistan, not the Bangladeshi
    city the gazetteer also knows by that name)."""
    entry = state.dictionary.lookup(place)
    if entry is not None and entry.type == "country":
        return entry
    found = capital(place) or town(place)
    country = pycountry.countries.get(alpha_2=found[0]) if found is not None else None
    return state.dictionary.entries.get(f"cty:{country.alpha_3}") if country is not None else None


def article_country(state: ArticleState, head: Token) -> str | None:
    """ISO alpha-3 of the article's country: its dateline's place's; else the one country its
    sentence names (a country, a demonym, a place of one country), else the one the article
    names; None when they name several ("South Korean authorities ... beef from the United
    States"). Where they name only places of several countries, the country their reading as a
    capital or the most populous town gives, if one ("Hartford", "Paris and Lyon"; "London", unless
    the article names Canada or a Canadian: "Ontario" alone does not, as US towns share it)."""
    home = dateline_country(state)
    if home is not None:
        return home.country
    sent = head.sent
    named = [e for e in state.ents if e.label_ in ("GPE", "NORP")]
    for read in (_named_country, _town_country):
        for ents in ([e for e in named if sent.start <= e.start < sent.end], named):
            countries = {c for c in map(partial(read, state), ents) if c is not None}
            if countries:
                return countries.pop() if len(countries) == 1 else None
    return None


def _named_country(state: ArticleState, ent: Span) -> str | None:
    """ISO alpha-3 of a country or demonym, or of a place the gazetteer knows in one country only
    ("West Virginia", "Lviv"; not "London", "Oxford", also towns of Canada and the US)."""
    entry = state.dictionary.lookup(ent.text) if ent.label_ == "GPE" else state.dictionary.demonym(ent.text)
    if entry is not None and entry.type == "country":
        return entry.country
    if ent.label_ != "GPE" or not ent.text[:1].isupper():
        return None
    codes = sole_country(ent.text)
    country = pycountry.countries.get(alpha_2=codes) if codes is not None else None
    return country.alpha_3 if country is not None else None


def _town_country(state: ArticleState, ent: Span) -> str | None:
    """ISO alpha-3 of a place several countries have, read as a dateline's is ("Paris": France)."""
    if ent.label_ != "GPE" or not ent.text[:1].isupper():
        return None
    entry = place_country(state, ent.text)
    return entry.country if entry is not None else None


#: common nouns of a place named after "of" ("police in the southern city of Rafah")
PLACE_NOUNS = frozenset({"city", "town", "village", "province", "region", "district", "governorate",
                         "camp", "port", "capital"})


def set_in(state: ArticleState, head: Token) -> str | None:
    """The name of the place a group noun is set in right after it ("Police in London": "London";
    the place entity there, else the proper nouns the model left untagged: "Police in Kyiv"; "in
    the southern city of Rafah": "Rafah"), else None."""
    prep = next((t for t in head.rights if t.i == head.i + 1 and t.lower_ == "in"), None)
    obj = next((t for t in prep.children if t.dep_ == "pobj"), None) if prep is not None else None
    if obj is not None and obj.lower_ in PLACE_NOUNS:
        of = next((t for t in obj.rights if t.dep_ == "prep" and t.lower_ == "of"), None)
        obj = next((t for t in of.children if t.dep_ == "pobj"), None) if of is not None else None
    if obj is None:
        return None
    ent = next((e for e in state.ents if e.start <= obj.i < e.end), None)
    if ent is not None:
        return ent.text if ent.label_ in ("GPE", "LOC") else None
    words = [t.text for t in state.doc[obj.left_edge.i:obj.i + 1] if t.pos_ == "PROPN"]
    return " ".join(words) if obj.pos_ == "PROPN" and len(words) == obj.i + 1 - obj.left_edge.i else None
