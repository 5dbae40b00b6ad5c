"""Event nouns: the PLOVER sense of a noun from the lexicon and its modifiers ("hunger strike",
"a joint project", "the Russian advance"), and the readings of "strike" and "talks" that verb
triggers share (a labour walkout; "truce talks" tagged as a verb)."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.attributes import lemma as _lemma
from dateline.events.lexicon import Lexicon, Sense
from dateline.events.readings import march as _march
from dateline.events.readings import unstopped
from dateline.events.strikes import labour_strike

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
    if lemma == "strike" and labour_strike(token):
        return ("PROTEST", "strike")  # "the truckers' strike", "the strike ended on Friday"
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
    """Is an attack noun ("war", "campaign") what a negated stop leaves going on (``readings.unstopped``:
    "Israel will not stop the war until ...", "the offensive was not called off")? On its own the noun is
    no event ("the war in Gaza"), nor is a stopped war (RETREAT)."""
    return unstopped(token) and (lex.nouns.get(_lemma(token)) or ("",))[0] == "ASSAULT" and not labour_strike(token)


__all__ = ["noun_sense", "talks_noun"]
