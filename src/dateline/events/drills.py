"""Drills that are no side's show of force: "dentists use drills", "the evacuation drills were cancelled".

A drill is a military exercise (MOBILIZE, COOPERATE when joint) unless a civil word names it ("fire / evacuation
drills"), it is a tool put to use, or its doer is named and is neither a force nor a named side (a firm: "Exxon held a
drill")."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.attributes import lemma as _lemma
from dateline.events.discontinue import actors_of, side
from dateline.events.triggers import Trigger

_CIVIL = frozenset({"fire", "evacuation", "safety", "earthquake", "emergency", "tsunami", "lockdown", "dental",
                    "school", "disaster", "flood", "shooter", "active-shooter", "tornado", "hurricane", "oil", "gas",
                    "power", "hammer", "rock", "bit", "spelling", "fitness", "practice", "tactical-medicine"})
#: doers and modifiers of a military drill ("the army", "naval drills", "live-fire drills")
_MILITARY = frozenset({"army", "navy", "military", "troop", "force", "soldier", "marine", "sailor", "airman",
                       "pilot", "fleet", "warship", "ship", "jet", "aircraft", "bomber", "commando", "paratrooper",
                       "guard", "militia", "paramilitary", "unit", "brigade", "battalion", "division", "regiment",
                       "command", "naval", "live-fire", "missile", "amphibious", "war", "combat", "artillery", "tank",
                       "air", "military-style", "militant", "fighter", "rebel", "defence", "defense", "nuclear",
                       "joint", "combined", "bilateral", "multinational", "trilateral", "allied", "large-scale",
                       "live", "police", "policeman", "security", "coastguard", "border"})
_SIDES = frozenset({"GPE", "NORP", "PERSON"})
_TOOLS = frozenset({"use", "buy", "sell", "carry", "bring", "make"})


def _military(token: Token) -> bool:
    return _lemma(token) in _MILITARY or token.ent_type_ in _SIDES or token.ent_type_ == "ORG" and not _civil_body(
        token) or any(c.dep_ in ("compound", "amod") and _lemma(c) in _MILITARY for c in token.children)


def _civil_body(token: Token) -> bool:
    """Is the word an organization the actors component knows and that is no side: a firm or a charity ("Exxon",
    "the Red Cross"), not "Hezbollah", "NATO" or "Wagner"? An organization it does not know may be a side."""
    return token.ent_type_ == "ORG" and bool(actors_of(token)) and not side(token)


def civil_drill(trig: Trigger) -> bool:
    """Is the trigger's drill a civil one, a tool or another doer's ("students held a drill", "dentists use drills",
    "the fire drill ended")?"""
    drill = trig.noun if trig.noun is not None else trig.token
    if _lemma(drill) != "drill" or drill.pos_ != "NOUN":
        return False
    mods = [c for c in drill.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
    if any(_military(m) for m in mods) or any(_lemma(t) in _MILITARY for t in drill.doc[drill.left_edge.i:drill.i]):
        return False  # "naval drills", "live-fire drills", "Iran's drills"
    if any(_lemma(m) in _CIVIL or _civil_body(m) for m in mods):
        return True  # "the fire drill", "Exxon's drill"
    verb = trig.token if trig.noun is not None else drill.head if drill.dep_ == "dobj" else None
    if verb is not None and _lemma(verb) in _TOOLS and not any(c.dep_ == "prt" for c in verb.children):
        return True  # "dentists use drills", "the firm bought new drills"; not "carried out drills"
    if verb is None or trig.noun is None:
        return False  # "residents watched the drills": not the doers
    doers = [d for c in verb.children if c.dep_ in ("nsubj", "agent") for d in ([c] if c.dep_ == "nsubj" else c.children)]
    return bool(doers) and not any(_military(d) for d in doers)  # "students held a drill"


__all__ = ["civil_drill"]
