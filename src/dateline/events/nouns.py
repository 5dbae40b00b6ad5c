"""Event nouns: the PLOVER sense of a noun from the lexicon and its modifiers ("hunger strike",
"a joint project", "the Russian advance"), and the readings of "strike" and "talks" that verb
triggers share (a labour walkout; "truce talks" tagged as a verb)."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.attributes import lemma as _lemma
from dateline.events.lexicon import Lexicon, Sense
from dateline.events.readings import CEASE as _CEASE
from dateline.events.readings import CROWD as _CROWD
from dateline.events.readings import march as _march

_LABOUR = frozenset({"trucker", "driver", "miner", "docker", "dockworker", "nurse", "doctor", "pilot", "union",
                     "railway", "railworker", "staff", "civil", "servant", "lawyer", "journalist", "lecturer",
                     "professor", "academic", "medic", "physician", "firefighter", "cleaner", "writer", "autoworker",
                     "steelworker"})
_JOINT_NOUNS = frozenset({"project", "venture", "operation", "programme", "program", "initiative", "effort",
                          "investigation", "commission", "force", "task", "study", "research", "production"})
_TALKS_MODS = frozenset({"truce", "peace", "ceasefire", "cease-fire", "hostage", "trade", "border", "direct",
                         "indirect", "proximity", "security", "nuclear"})


def talks_noun(token: Token) -> bool:
    """"truce talks resume": the tagger often reads "talks" as a verb."""
    return token.lower_ == "talks" and any(
        c.lower_ in _TALKS_MODS and c.i < token.i for c in token.children)


def noun_sense(token: Token, lex: Lexicon, *, standalone: bool) -> Sense | None:
    """The event sense of a noun, from its modifiers first ("hunger strike"), then itself."""
    if token.pos_ not in ("NOUN", "PROPN") and not talks_noun(token) and not (
            token.lower_ == "in" and token.dep_ in ("dobj", "pobj", "nsubj")):
        return None
    lemma = _lemma(token)
    if lemma == "in" and any(c.lower_ == "sit" for c in token.children):
        lemma = "sit-in"  # tokenized "sit - in"
    mods = lex.noun_modifiers.get(lemma)
    if mods:
        for child in token.children:
            if child.dep_ in ("compound", "amod", "nmod") and _lemma(child) in mods:
                return mods[_lemma(child)]
        if lemma == "state" or lemma == "law":
            pass
    if lemma in _JOINT_NOUNS and any(_lemma(c) in ("joint", "bilateral") for c in token.children if c.dep_ == "amod"):
        return ("COOPERATE", None)  # "a joint project", "a joint investigation"
    if lemma == "strike" and (any(c.dep_ == "poss" and _lemma(c) in _CROWD | _LABOUR for c in token.children)
                              or labour_strike(token)):
        return ("PROTEST", "strike")  # "the truckers' strike", "the union will not stop the strike"
    if lemma == "call" and not any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children):
        return None
    marching = _march(token)
    if marching is not None:
        return marching  # "halted the Russian advance": an armed side's advance is its attack
    if standalone and lemma not in lex.standalone_nouns and not _unstopped(token, lex):
        return None
    sense = lex.nouns.get(lemma)
    if sense is None and lemma == "state":  # "state of emergency", "state of siege"
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
            for p in prep.children:
                if _lemma(p) in ("emergency", "siege"):
                    return ("COERCE", "martial-law")
    return sense


def _unstopped(token: Token, lex: Lexicon) -> bool:
    """Is an attack noun ("war", "campaign") what a negated stop leaves going on ("Israel will not stop
    the war until ...")? On its own the noun is no event ("the war in Gaza"), nor is a stopped war (RETREAT)."""
    head = token.head
    return token.dep_ == "dobj" and _lemma(head) in _CEASE and any(c.dep_ == "neg" for c in head.children) and (
        lex.nouns.get(_lemma(token)) or ("",))[0] == "ASSAULT" and not labour_strike(token)


#: who goes on strike ("the dockworkers' strike", "a strike of nurses", "the union")
STRIKERS = _CROWD | _LABOUR | frozenset({"striker", "worker", "employee", "teacher", "labour", "labor", "trade"})


#: who end a walkout by force or by ruling and strike no targets ("police ended the strike", "a court
#: halted the strike"); an army's ended strikes may be its own air strikes
ENJOINERS = frozenset({"police", "policeman", "court", "judge", "tribunal"})
#: what is done to unrest, never to air strikes ("troops crushed the strike")
_QUELLS = frozenset({"crush", "quell", "suppress"})
#: what strikes from the air or afar ("suppressed the air strikes", "halted the drone strikes")
ARMS = frozenset({"air", "drone", "missile", "rocket", "artillery", "mortar", "naval", "aerial"})

#: what workers strike over ("a strike over pay"); air strikes are over places and times
_GRIEVANCES = frozenset({"pay", "wage", "salary", "pension", "condition", "contract", "bonus", "allowance", "cut",
                         "layoff", "arrear", "overtime"})


def labour_strike(token: Token) -> bool:
    """Is "strike" a walkout: the workers' own ("the workers' strike", "a strike of / by dockworkers"),
    over a grievance ("the port strike over wages"), stopped by its strikers ("the union will not stop
    the strike"), or one that lasts ("the strike ended on Friday")?"""
    if _lemma(token) != "strike":
        return False
    if any(c.dep_ in ("poss", "compound", "amod") and _lemma(c) in STRIKERS for c in token.children):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "over" and any(_lemma(p) in _GRIEVANCES for p in c.children)
           for c in token.children):
        return True
    if any(c.dep_ == "prep" and c.lower_ in ("of", "by") and any(
            p.dep_ == "pobj" and _lemma(p) in STRIKERS or _misread_strikers(p) for p in c.children)
            for c in token.children):
        return True
    if token.dep_ in ("dobj", "nsubjpass") and not any(_lemma(c) in ARMS for c in token.children):
        verb = token.head
        stoppers = [w for c in verb.children if c.dep_ in ("nsubj", "agent")
                    for w in ([c] if c.dep_ == "nsubj" else c.children)]
        enjoined = _lemma(verb) in _CEASE | {"break"} and any(_lemma(w) in ENJOINERS for w in stoppers)
        if enjoined or _lemma(verb) in _QUELLS:
            return True  # "police ended the strike", "the strike was halted by a court", "troops crushed the strike"
    if token.dep_ == "nsubj" and token.tag_ == "NN" and _lemma(token.head) in _LASTS and not any(
            _lemma(c) in ARMS for c in token.children):
        return True  # "the strike ended on Friday", "the strike entered its third week": a walkout lasts
    return token.dep_ == "dobj" and any(c.dep_ == "nsubj" and _lemma(c) in STRIKERS for c in token.head.children)


#: what a walkout does over time, and one air strike does not ("the strike ended / continued / entered its third day")
_LASTS = frozenset({"end", "continue", "last", "enter", "drag", "resume", "spread"})


def _misread_strikers(pobj: Token) -> bool:
    """"A strike of teachers closed schools" misparsed as "of [teachers closed schools]": the strikers
    hang as a modifier on the pobj, with the verb read as its adjective between them."""
    return pobj.dep_ == "pobj" and any(
        c.dep_ in ("nmod", "compound") and _lemma(c) in STRIKERS and c.i + 1 < pobj.i and pobj.doc[c.i + 1].dep_ == "amod"
        for c in pobj.children)


__all__ = ["ARMS", "ENJOINERS", "STRIKERS", "labour_strike", "noun_sense", "talks_noun"]
