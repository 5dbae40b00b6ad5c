"""Where an event happened: the toponym of its place phrase ("talks in Doha"), of its object
("shelled the city of El Fasher") or of what it was aimed at ("airstrikes on Gaza"), and the
place's name. Body places only (``doc._.places`` with ``offsets_in`` None); without the places
component, the model's GPE/LOC/FAC entities."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.attributes import lemma
from dateline.events.lexicon import Lexicon
from dateline.model import Place


def place_of(token: Token, lex: Lexicon) -> Token | None:
    """The toponym a trigger happened in/at ("talks in Doha", "arrived in Israel")."""
    cands = [token] + [c for c in token.children if c.dep_ in ("dobj",) or c.dep_ == "nsubjpass" and c.pos_ != "PRON"]
    for prep in (c for c in token.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ in ("to", "on", "at")):
        cands += [p for p in prep.children if p.dep_ == "pobj" and (prep.dep_ == "agent" or lemma(p) in _SITES)]
    for head in cands:  # "killed by a bomb in Kandahar province", "set fire to a depot in Bryansk region"
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in lex.place_preps:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        found = toponym(pobj) or _within(pobj, lex)
                        if found is not None:
                            return found
    return None


_SITES = frozenset({"home", "house", "office", "residence", "headquarters", "camp", "hospital", "school", "checkpoint",
                    "base", "border", "crossing", "airport", "port", "market", "mosque", "church", "embassy", "depot",
                    "plant", "refinery", "facility", "building", "block", "station", "bridge", "village", "town"})


def _within(site: Token, lex: Lexicon) -> Token | None:
    """"at his home in Istanbul", "at a checkpoint in North Sinai": the town a site lies in."""
    if lemma(site) not in _SITES:
        return None
    for prep in site.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "near", "outside"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                found = toponym(pobj)
                if found is not None:
                    return found
    return None


def object_place(token: Token) -> Token | None:
    """The toponym an act is done to: "visit Beijing", "shelled the city of El Fasher",
    "struck Beirut's southern suburbs"."""
    for obj in (c for c in token.children if c.dep_ == "dobj"):
        found = toponym(obj)
        if found is None:
            found = next((p for p in (toponym(c) for c in obj.children if c.dep_ == "poss") if p is not None), None)
        if found is not None:
            return found
    return None


def aimed_place(token: Token, lex: Lexicon) -> Token | None:
    """The toponym an attack is aimed at or where what it hit lies: "airstrikes on Gaza", "attacks
    on ships in the Red Sea" (the act's own "on"/"against" phrase, or the verb's that stops it)."""
    holders = [token] + ([token.head] if token.dep_ in ("dobj", "xcomp") else [])
    for holder in holders:
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in ("on", "against")):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                found = toponym(pobj) or place_of(pobj, lex)
                if found is not None:
                    return found
    return None


#: things a country's name before them owns rather than locates ("a U.S. ship", "the Israeli embassy")
_BELONGINGS = frozenset({"ship", "vessel", "tanker", "freighter", "destroyer", "warship", "frigate", "carrier", "boat",
                         "submarine", "plane", "aircraft", "jet", "drone", "helicopter", "satellite", "embassy",
                         "consulate", "mission", "citizen", "national", "soldier", "troop", "force", "official",
                         "diplomat", "envoy", "delegation", "company", "firm", "convoy", "flag", "interest"})


def _country(word: Token, place: Place) -> bool:
    """Is a name before a noun a country's, whose things it owns ("a U.S. ship", "Israel's embassy")?"""
    return word.ent_type_ == "NORP" or (place.feature or "").startswith("PCL")


def toponym(token: Token) -> Token | None:
    """The toponym the token is or names: a body place of the places component over it or over
    its compound (not a country's before a thing it owns: "a U.S. ship") or "of" phrase; else (no
    places) a GPE/LOC/FAC entity there."""
    places = [p for p in getattr(token.doc._, "places", None) or () if p.offsets_in is None]  # the body's
    if places:
        a = token.idx
        for p in places:
            if p.start <= a < p.end:
                return token
        for child in token.children:  # "Kandahar province", "Russia's Bryansk region"; not "a U.S. ship" (whose)
            covering = [p for p in places if p.start <= child.idx < p.end]
            if child.dep_ == "compound" and child.i < token.i and covering and not (
                    lemma(token) in _BELONGINGS and _country(child, covering[0])):
                return child  # "a Gaza aid convoy", "a Kharkiv energy company": the city locates them
        for child in token.children:  # "the town of Cizre"
            if child.dep_ == "prep" and child.lower_ == "of":
                for p2 in child.children:
                    if any(p.start <= p2.idx < p.end for p in places):
                        return p2
        return None
    if token.ent_type_ in ("GPE", "LOC", "FAC"):
        return token
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for p2 in child.children:
                if p2.ent_type_ in ("GPE", "LOC", "FAC"):
                    return p2
    return None


def place_name(token: Token) -> str:
    """The place's name: the places component's name when it covers the token (a body place: a
    caption's offsets are into its own text), else the entity."""
    for p in getattr(token.doc._, "places", None) or ():
        if p.offsets_in is None and p.start <= token.idx < p.end:
            return str(p.name)
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent.text
    return token.text


__all__ = ["aimed_place", "object_place", "place_name", "place_of", "toponym"]
