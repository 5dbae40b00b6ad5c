"""Taking a named place: a capture in war prose, a win in election prose.

"Russia said it had taken Avdiivka", "the army took Mosul", "Russia took Crimea in 2014" are
captures (ASSAULT, as "took the town" is in the lexicon); "Trump took Iowa", "hoped to take New
Hampshire in the primary" are not. A capture needs a military context: an armed subject ("troops",
an actor of the military or rebel sector), a subject of another country than the place's, or war
words in the sentence; election words in the sentence rule it out.
"""

from __future__ import annotations

from functools import lru_cache

import pycountry
from spacy.tokens import Doc, Token

from dateline.events.lexicon import Sense

_TAKE = frozenset({"take"})  # "retake", "recapture" are captures in the lexicon
#: prepositions of idioms with a place as object: "took Iran to court", "took Israel by surprise",
#: "took Taiwan off the list"; also read as the word after the object ("took Israel to task", parsed as
#: an infinitive)
_IDIOMS = frozenset({"to", "by", "into", "for", "as", "aback", "seriously", "off", "out", "along", "aside", "apart"})
#: particles of a capture ("took back Kupiansk"); any other is an idiom ("took on Russia in the final"),
#: and "took over Kherson" is the lexicon's (a seizure)
_CAPTURE_PARTICLES = frozenset({"back"})
_ARMED_WORDS = frozenset({"troop", "soldier", "force", "fighter", "rebel", "militant", "militia", "army", "insurgent",
                          "guerrilla", "jihadist", "battalion", "brigade", "unit", "military", "marine", "paratrooper"})
_ARMED_SECTORS = frozenset({"military", "rebel"})
_WAR_WORDS = frozenset({"war", "fighting", "fight", "battle", "offensive", "siege", "assault", "attack", "shelling",
                        "frontline", "invasion", "invade", "occupation", "troop", "soldier", "army",
                        "military", "artillery", "airstrike", "counteroffensive", "encircle", "storm", "bombardment",
                        "defender", "casualty", "combat", "capture", "liberate", "retreat", "withdraw"})
_POLL_WORDS = frozenset({"election", "primary", "caucus", "caucuses", "vote", "ballot", "delegate", "margin", "poll",
                         "nomination", "electoral", "voter", "candidate", "landslide", "precinct", "runoff", "nominee",
                         "democrat", "republican", "percent", "%",
                         "tour", "trip", "visit", "journey"})  # "Xi took Belgrade on his European tour"


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


@lru_cache(maxsize=512)
def _alpha3(iso2: str) -> str | None:
    country = pycountry.countries.get(alpha_2=iso2)
    return country.alpha_3 if country is not None else None


def place_country(doc: Doc, char: int) -> str | None:
    """The ISO alpha-3 country of the body place (``doc._.places``) at character ``char``; None
    when no place with a country is there."""
    for p in getattr(doc._, "places", None) or ():
        if p.offsets_in is None and p.start <= char < p.end:
            return _alpha3(p.country) if p.country else None
    return None


@lru_cache(maxsize=1024)
def _gazetteer_country(name: str) -> str | None:
    """The ISO alpha-3 country of the most populous town, region or country of the places gazetteer
    so named (the model often reads a war town as a person: "took Avdiivka")."""
    from dateline.gazetteer import load

    found = [e for e in load().lookup(name) if e.feature.startswith(("PPL", "ADM", "PCL"))]
    best = max(found, key=lambda e: e.population, default=None)
    return _alpha3(best.country) if best is not None and best.country and best.population >= 1000 else None


def _doer(token: Token) -> Token | None:
    """The subject of the taking; for a pronoun in a reported clause, the speaker ("Russia said it
    had taken ...")."""
    subj = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subj is None and token.dep_ == "xcomp":  # "hoped to take", "are set to take"
        subj = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.pos_ == "PRON" and token.dep_ == "ccomp":
        subj = next((c for c in token.head.children if c.dep_ == "nsubj"), subj)
    return subj


def _sides(subj: Token) -> tuple[set[str], set[str]]:
    """The subject's actors' sectors and countries (alpha-3), from the actors component."""
    doc = subj.doc
    a, b = subj.left_edge.idx, subj.idx + len(subj.text)
    ids = {m.actor for m in getattr(doc._, "mentions", None) or () if m.actor and m.start < b and a < m.end}
    sectors: set[str] = set()
    countries: set[str] = set()
    for actor in getattr(doc._, "actors", None) or ():
        if actor.id in ids:
            sectors.add(actor.sector or "")
            if actor.country:
                countries.add(actor.country)
            if actor.id.startswith("cty:"):
                countries.add(actor.id.removeprefix("cty:"))
    return sectors, countries


def _military(token: Token, subj: Token | None, country: str | None) -> bool:
    if subj is not None:
        if _lemma(subj) in _ARMED_WORDS or any(_lemma(c) in _ARMED_WORDS for c in subj.children):
            return True  # "Russian forces took", "the army took"
        sectors, countries = _sides(subj)
        if sectors & _ARMED_SECTORS or country is not None and countries and country not in countries:
            return True  # "the RSF took El Fasher", "Russia took Crimea" (a place of another country)
    return any(_lemma(t) in _WAR_WORDS for t in token.sent)


def _idiom(token: Token, obj: Token) -> bool:
    """Is "take <obj>" an idiom or no taking of the named place: "took Iran to court", "took on
    Russia in the final", "took Israel to task" (the "to" parsed as an infinitive's), "took Gaza's
    wounded to hospital" (the possessor parsed as the object); not "took Rafah to pressure Hamas"."""
    if any(c.dep_ in ("prep", "advmod") and c.lower_ in _IDIOMS or c.dep_ == "prt" and (
            c.lower_ not in _CAPTURE_PARTICLES) for c in token.children):
        return True
    if any(c.dep_ == "case" for c in obj.children):
        return True
    nxt = obj.right_edge.i + 1
    after = obj.doc[nxt] if nxt < len(obj.doc) else None
    return after is not None and after.lower_ in _IDIOMS and after.dep_ != "mark" and not (
        after.pos_ == "PART" and after.head.lower_ != "task")  # not "will take Avdiivka as it took Bakhmut"


def seized_place(token: Token, lemma: str) -> Sense | None:
    """The sense of "take <named place>" when the context is military; None otherwise (a win,
    an idiom, or no named place)."""
    if lemma not in _TAKE:
        return None
    obj = next((c for c in token.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
    if obj is None or _idiom(token, obj):
        return None
    if obj.ent_type_ == "PERSON" and obj.ent_iob_ != "B":
        return None  # "took on Hillary Clinton": a person's full name, not a town the model read as one
    country = place_country(obj.doc, obj.idx) or _gazetteer_country(obj.text)  # "Avdiivka", read as a name
    if country is None and obj.ent_type_ not in ("GPE", "LOC", "FAC"):
        return None
    if any(_lemma(t) in _POLL_WORDS or t.lower_ in _POLL_WORDS for t in token.sent):
        return None  # "took Iowa by a wide margin", "hoped to take New Hampshire in the primary"
    if not _military(token, _doer(token), country):
        return None
    return ("ASSAULT", "heavy-weapons")


__all__ = ["place_country", "seized_place"]
