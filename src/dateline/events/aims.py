"""Acts a side only aims to stop: "efforts to prevent a wider war", "a bid to stop the fighting", "worked to avert
an offensive", "vowed to prevent an attack". The aim is neither a restriction (COERCE) nor a ceasefire, and the act
it would stop is not done."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.attributes import lemma as _lemma
from dateline.events.attributes import status
from dateline.events.lexicon import Lexicon
from dateline.events.triggers import Trigger
from dateline.nlp.clauses import to_infinitive

#: verbs that keep an act from happening or going on
_AVERTS = frozenset({"prevent", "avert", "forestall", "stop", "halt", "end"})
#: verbs that keep an act from happening at all: their purpose clause ("deployed to prevent an attack") is an aim too
_PREVENTS = frozenset({"prevent", "avert", "forestall"})
#: nouns and verbs whose infinitive is only an aim ("efforts to", "a bid to", "tried to")
_AIM_NOUNS = frozenset({"effort", "bid", "attempt", "push", "drive", "campaign", "endeavour", "endeavor", "quest",
                        "scramble", "race"})
_AIM_VERBS = frozenset({"try", "seek", "strive", "attempt", "endeavour", "endeavor", "scramble", "race", "work",
                        "push"})
#: verbs that only promise an act: the act a vow is to prevent is not done ("vowed to prevent an attack")
_VOWS = frozenset({"vow", "pledge", "promise", "swear"})
#: harms that are no act of a side's, as an aim's object ("to prevent an escalation")
_HARMS = frozenset({"escalation", "spillover", "bloodshed", "violence", "catastrophe", "famine", "crisis", "spread",
                    "conflict", "collapse", "disaster", "confrontation", "bloodbath", "war"})


def _purpose(verb: Token) -> bool:
    """Is the infinitive what its clause is done for: "deployed to prevent looting", "struck targets to prevent an
    attack" (not "failed / vowed to prevent it", what the verb says of it)?"""
    return verb.dep_ == "advcl" or verb.dep_ == "xcomp" and any(
        c.dep_ == "dobj" and c.i < verb.i for c in verb.head.children)


def _aimed_stop(verb: Token, lex: Lexicon) -> Token | None:
    """The act an aimed stop is for ("efforts to prevent | a wider war"): its object, where that is an act or a
    harm, not people kept from doing something ("tried to prevent aid trucks from entering")."""
    if _lemma(verb) not in _AVERTS or verb.pos_ != "VERB" or not to_infinitive(verb):
        return None
    head = verb.head
    aim = (verb.dep_ in ("acl", "advcl") and head.pos_ == "NOUN" and _lemma(head) in _AIM_NOUNS
           or verb.dep_ == "xcomp" and _lemma(head) in _AIM_VERBS
           or _lemma(verb) in _PREVENTS and (_purpose(verb) or verb.dep_ == "xcomp" and _lemma(head) in _VOWS))
    act = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if not aim or act is None:
        return None
    sense = lex.nouns.get(_lemma(act))
    harm = _lemma(act) in _HARMS or sense is not None and sense[0] == "ASSAULT"
    return act if harm else None  # not "a bid to halt aid", "tried to prevent the march": hypothetical


def _prevented(trig: Trigger, lex: Lexicon) -> bool:
    """Is the trigger an attack or protest a side kept from happening at all ("Israel prevented an attack", "averted
    a massacre", "prevented the march")? Not one it did not or could not prevent, nor one it only aimed to prevent
    (an infinitive: "failed / did nothing to prevent the attack"), nor one it foiled, stopped or repelled, an
    attempt made (``readings.foiled``)."""
    verb = trig.token.head
    return (trig.kind == "noun" and trig.type in ("ASSAULT", "PROTEST") and trig.token.dep_ == "dobj"
            and _lemma(verb) in _PREVENTS and verb.pos_ == "VERB" and not to_infinitive(verb)
            and status(verb, lex) == "happened")  # "managed / did nothing to prevent it": not told as done


def aimed(trig: Trigger, lex: Lexicon) -> bool:
    """Is the trigger an aimed stop, or the act an aimed prevention is for ("efforts to prevent a wider war":
    neither is an event), or an act kept from happening ("Israel prevented an attack")? Not the act an aim would
    stop ("an attempt to stop the Israeli offensive": it goes on)."""
    token = trig.token
    if _aimed_stop(token, lex) is not None:
        return trig.type in ("COERCE", "RETREAT")  # not "the union's bid to end the strike" (CONCEDE)
    act = _aimed_stop(token.head, lex) if token.dep_ == "dobj" and _lemma(token.head) in _PREVENTS else None
    return act is not None and act.i == token.i or _prevented(trig, lex)


__all__ = ["aimed"]
