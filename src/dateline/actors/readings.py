"""Readings of model entities that the small model's label gets wrong, from the words around them:

- a region or territory tagged ORG or PERSON ("Nagorno-Karabakh", "Karabakh") is a place, no actor;
- one unknown capitalised word tagged ORG or GPE that is the subject of a speech verb and ends
  as surnames do ("Kovalenko said on Friday"; not "Boeing said") is a person's surname;
- an unknown name of two or three words tagged ORG that opens with a given name ("Paris Hilton")
  is a person's;
- a country's name that is also a state of another country ("Georgia") is the state where the
  text says so: "Atlanta, Georgia", "Georgia Gov. Brian Kemp", "Georgia voters", "the state of
  Georgia"; once so in an article that names none of the country's own cues (its capital, its
  demonym), every mention of it is.

Word lists: ``data/actors/readings.json``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pycountry
from spacy.tokens import Span, Token

from dateline.actors.dictionary import ActorDictionary, Entry
from dateline.actors.lexicon import lexicon, town

POSSESSIVE = frozenset({"'s", "\u2019s"})


@dataclass(frozen=True)
class Readings:
    speech_verbs: frozenset[str]
    surname_endings: tuple[str, ...]
    given_names: frozenset[str]
    subnational_words: frozenset[str]
    state_prefixes: tuple[str, ...]
    region_features: frozenset[str]


@lru_cache(maxsize=1)
def readings() -> Readings:
    """The shipped word lists (loaded once)."""
    path = resources.files("dateline") / "data" / "actors" / "readings.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return Readings(
        speech_verbs=frozenset(data["speech_verbs"]),
        surname_endings=tuple(data["surname_endings"]),
        given_names=frozenset(data["given_names"]),
        subnational_words=frozenset(data["subnational_words"]),
        state_prefixes=tuple(data["state_prefixes"]),
        region_features=frozenset(data["region_features"]),
    )


def _org_word(tok: Token) -> bool:
    """A word that makes a name an organization's or a site's ("Bank", "Ministry", "crossing")."""
    lex, low = lexicon(), tok.lower_
    return (tok.text in lex.org_heads or low in lex.institution_words or low in lex.org_nouns
            or low in lex.site_nouns or low in lex.document_nouns)


@lru_cache(maxsize=4096)
def region_label(name: str) -> str | None:
    """"LOC" when the places gazetteer knows ``name`` as a region, territory, peninsula or desert
    ("Donbas"), "GPE" when as an administrative area too ("Crimea"); None when it knows a populated
    place or a country of that name, only administrative areas ("Surrey": often a team), or nothing."""
    from dateline.places.gazetteer import load

    entries = load().lookup(name)
    features = {e.feature for e in entries}
    if not features or any(f.startswith(("PPL", "PCLI")) for f in features):
        return None
    wanted = readings().region_features
    if not features & wanted:
        return None
    return "GPE" if any(f.startswith("ADM") for f in features) else "LOC"


def region_org(ent: Span, dictionary: ActorDictionary) -> str | None:
    """The label of an ORG or PERSON entity that is a region or territory ("Nagorno-Karabakh" ->
    LOC), else None: a capitalised name with no organization word that the dictionary lacks."""
    if ent.label_ not in ("ORG", "PERSON") or not all(t.is_title or t.text == "-" for t in ent) or any(_org_word(t) for t in ent):
        return None
    if dictionary.lookup(ent.text) is not None or ent.text.isupper():
        return None
    return region_label(ent.text)


def speaker_surname(ent: Span, dictionary: ActorDictionary, places: dict[str, int], big: int) -> bool:
    """'Kovalenko said on Friday': one capitalised word tagged ORG or GPE, the subject of a speech
    verb, that ends as surnames do (a company's name does not: "Boeing said"), that no dictionary,
    demonym, capital or city of ``big`` people names, without a determiner here or elsewhere in the
    text and not inside a longer organization's name there, is a person's surname."""
    if len(ent) != 1 or ent.label_ not in ("ORG", "GPE"):
        return False
    tok = ent[0]
    if not (tok.is_title and tok.is_alpha and len(tok) > 2) or _org_word(tok):
        return False
    if not tok.lower_.endswith(readings().surname_endings):
        return False
    if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in readings().speech_verbs:
        return False
    if any(c.dep_ in ("det", "compound", "amod", "poss") for c in tok.children):
        return False
    text = tok.text
    if any(e.label_ == "ORG" and len(e) > 1 and text in e.text.split() for e in ent.doc.ents) or any(
            t.text == text and t.i > 0 and t.nbor(-1).lower_ == "the" for t in ent.doc if t.i != tok.i):
        return False  # "Siemens AG", "the Siemens board" elsewhere: a company's name
    return (dictionary.lookup(text) is None and dictionary.demonym(text) is None
            and dictionary.capital(text) is None and places.get(text, 0) < big)


def given_name_person(ent: Span, dictionary: ActorDictionary) -> bool:
    """'Paris Hilton attended': two or three capitalised words tagged ORG, the first a given
    name, none an organization or site word, that neither the dictionary nor the gazetteer knows."""
    if ent.label_ != "ORG" or not 2 <= len(ent) <= 3:
        return False
    if not all(t.is_title and t.is_alpha for t in ent) or ent[0].text not in readings().given_names:
        return False
    if any(_org_word(t) for t in ent) or dictionary.lookup(ent.text) is not None:
        return False
    return not any(dictionary.lookup(t.text) is not None or dictionary.demonym(t.text) is not None
                   for t in ent[1:]) and town(ent.text) is None and region_label(ent.text) is None


@lru_cache(maxsize=256)
def _other_states(name: str, iso3: str) -> frozenset[str]:
    """ISO alpha-2 codes of the countries other than ``iso3`` with a first-level division named
    ``name`` ("Georgia", GEO -> {"US"})."""
    from dateline.places.gazetteer import load

    country = pycountry.countries.get(alpha_3=iso3)
    own = country.alpha_2 if country is not None else None
    return frozenset(e.country for e in load().lookup(name) if e.feature == "ADM1" and e.country
                     and e.country != own)


def _state_cue(ent: Span, others: frozenset[str]) -> bool:
    """Words around one mention that make it the state: "<a town of that country>, Georgia",
    "the state of Georgia", "Georgia Gov.", "Georgia's governor", "Georgia voters"."""
    doc, rd = ent.doc, readings()
    start, end = ent.start, ent.end
    if start >= 2 and doc[start - 1].text == ",":
        k = start - 2
        while k > 0 and doc[k - 1].is_title and k > start - 4:
            k -= 1
        place = doc[k:start - 1].text
        found = town(place) if place[:1].isupper() else None
        if found is not None and found[0] in others:
            return True
    before = " ".join(t.lower_ for t in doc[max(0, start - 5):start])
    if before.endswith(tuple(p for p in rd.state_prefixes)) and not before.endswith("head of state of"):
        return True
    k = end + 1 if end < len(doc) and doc[end].text in POSSESSIVE else end
    return k < len(doc) and doc[k].lower_ in rd.subnational_words


def _country_cues(text: str, entry: Entry) -> bool:
    """Whether the article names the country's own capital or demonym ("Tbilisi", "Georgian")."""
    return any(f" {cue}" in f" {text}" for cue in (*entry.metonyms, *entry.demonyms) if cue[:1].isupper())


def state_reading(ent: Span, entry: Entry, ents: list[Span], text: str) -> bool:
    """Whether a country entity ``ent`` ("Georgia", ``entry`` cty:GEO) is a state of another
    country here: by its own words, or by another mention's in an article that names none of the
    country's cues (``ents``: the article's entities; ``text``: its body)."""
    if entry.type != "country" or entry.country is None:
        return False
    others = _other_states(ent.text, entry.country)
    if not others:
        return False
    if _state_cue(ent, others):
        return True
    if _country_cues(text, entry):
        return False
    return any(e.text == ent.text and e.start != ent.start and _state_cue(e, others) for e in ents)
