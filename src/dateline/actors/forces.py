"""A country's national forces: its army or police in the dictionary, and the country of an
article's dateline or of a place (whose forces a bare "the army", "police" are)."""

from __future__ import annotations

import pycountry
from spacy.tokens import Token

from dateline.actors.dictionary import Entry
from dateline.actors.lexicon import capital, town
from dateline.actors.state import ArticleState


def national_force(state: ArticleState, country: Entry, sector: str = "military") -> Entry | None:
    """The country's national force of ``sector`` in the dictionary: for "military" its armed
    forces, an organization with an alias such as 'Russian army' (a demonym and common nouns); for
    "police" its national police ('Israeli police'); None when the dictionary has none ("French
    troops" are then the group ``grp:fra-forces``, "Pakistani police" ``grp:pak-police``)."""
    armies = [e for e in state.dictionary.entries.values()
              if e.type == "organization" and e.sector == sector and e.country == country.country]
    national = [e for e in armies if any(
        a.split()[0] in country.demonyms and len(a.split()) > 1 and all(w.islower() for w in a.split()[1:])
        for a in e.aliases)]
    return national[0] if national else None  # not the Pentagon, not Wagner: a group of the country


def dateline_country(state: ArticleState) -> Entry | None:
    """The dictionary's country of the article's dateline place, if any."""
    article = state.doc._.article
    place = article.dateline.place if article is not None and article.dateline is not None else None
    return place_country(state, place) if place else None


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
    """ISO alpha-3 of the article's country: its dateline's place, else the first place or
    country named in the sentence, else in the article."""
    article = state.doc._.article
    names = [article.dateline.place] if article is not None and article.dateline and article.dateline.place else []
    sent = head.sent
    gpes = [e for e in state.ents if e.label_ == "GPE"]
    names += [e.text for e in gpes if sent.start <= e.start < sent.end] + [e.text for e in gpes]
    for name in names:
        entry = state.dictionary.lookup(name)
        if entry is not None and entry.type == "country":
            return entry.country
        country = place_country(state, name) if name[:1].isupper() else None
        if country is not None:
            return country.country
    return None
