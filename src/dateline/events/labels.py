"""Naming an act an offence: "Moscow called the operation a provocation", "Kyiv described the strike as a war
crime" accuses (PLOVER ACCUSE, CAMEO 1123-1124: accuse of aggression, of war crimes) the act's doer; naming an
act anything else ("called the meeting a success", "called the operation a special military operation") is no
event of its own."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

#: verbs that give their object a name: "called X a Y", "labelled X a Y", "described X as Y"
NAMING = frozenset({"call", "label", "term", "dub", "describe"})
#: names that charge an act's doer with an offence
_CHARGES = frozenset({"provocation", "terrorism", "terror", "crime", "aggression", "genocide", "massacre", "atrocity",
                      "violation", "breach", "piracy", "murder", "sabotage", "escalation", "cleansing", "invasion",
                      "war"})
#: what makes an act an offence: "a terrorist act", "a hostile act"
_HOSTILE = frozenset({"terrorist", "criminal", "hostile", "barbaric", "cowardly", "aggressive", "illegal", "unprovoked"})


def label(verb: Token) -> Token | None:
    """The name a naming verb gives its object: "called the operation a provocation" -> provocation,
    "described the strike as a war crime" -> crime."""
    for c in verb.children:
        if c.dep_ == "oprd" and c.pos_ in ("NOUN", "PROPN"):
            return c
        if c.dep_ == "prep" and c.lower_ == "as" and verb.lemma_.lower() == "describe":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    return _swallowed(verb)


def _swallowed(verb: Token) -> Token | None:
    """An offence the parser hung inside a naming verb's object ("called the Russian strike on Kyiv | a war
    crime", "called India's strikes | an act of war"): the last noun of the object, after an "a"/"an"."""
    act = named_act(verb) if verb.lemma_.lower() in NAMING else None
    if act is None or not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                              for c in act.children):
        return None  # "called a strike over a pay crime": a strike called, nothing named
    last = max(act.subtree, key=lambda t: t.i)
    if last.pos_ != "NOUN" or last.i == act.i:
        return None
    name = last.head.head if last.dep_ == "pobj" and last.head.lower_ == "of" and last.head.head.lower_ == "act" \
        else last  # "an act of war"
    return name if any(c.lower_ in ("a", "an") for c in name.children if c.dep_ == "det") and charge(name) else None


def charge(name: Token) -> bool:
    """Is a name an offence: "a provocation", "a war crime", "an act of terrorism", "a terrorist act"?"""
    lemma = name.lemma_.lower()
    if lemma in _CHARGES and lemma != "war":
        return True
    if lemma != "act":
        return False
    return any(c.dep_ == "amod" and c.lemma_.lower() in _HOSTILE for c in name.children) or any(
        p.lemma_.lower() in _CHARGES for c in name.children if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children if p.dep_ == "pobj")


#: things named that are no side's act: works and products ("called his album a massacre")
_WORKS = frozenset({"album", "song", "track", "single", "film", "movie", "book", "novel", "episode", "painting",
                    "artwork", "video", "documentary", "concert", "sitcom", "sequel", "finale", "remix", "poem",
                    "lyric", "musical", "opera", "menu", "dish", "meal", "recipe", "product", "phone", "outfit",
                    "haircut"})


def work(act: Token | None) -> bool:
    """Is the thing named a work or product, or a game, no actor nor act of one ("his album", "the film", "the
    iPhone", "the 3-0 loss")?"""
    return act is not None and (act.lemma_.lower() in _WORKS or act.ent_type_ in ("WORK_OF_ART", "PRODUCT")
                                or _scored(act.doc[act.left_edge.i:act.right_edge.i + 1]))  # "the 3-0 loss"


def given_name(noun: Token) -> bool:
    """Is the noun the name a naming verb gives ("called his album a massacre"), no act told, or an offence's name
    given to a game ("called the 7-1 defeat a massacre", whose score the parser may split)?"""
    verb = noun.head if noun.dep_ == "oprd" else noun.head.head if noun.dep_ == "pobj" else None
    if verb is not None and verb.lemma_.lower() in NAMING and label(verb) == noun:
        return True
    namer = next((h for h in list(noun.ancestors)[:3] if h.lemma_.lower() in NAMING and h.i < noun.i), None)
    return namer is not None and charge(noun) and _scored(noun.doc[namer.i + 1:noun.i])


def _scored(words: Span) -> bool:
    """Do the words name a game by its score ("the 7-1 defeat", "Saturday's 3–0 loss"; not "killed 12-15 people",
    "the 2-1 vote")?"""
    for w in words:
        if w.i == words.start or w.nbor(-1).dep_ not in ("det", "case", "poss"):
            continue
        end = w.i + 1 if _SCORE.fullmatch(w.text) else w.i + 3 if _GOALS.fullmatch(w.text) and w.i + 3 < len(
            w.doc) and w.nbor(1).text in ("-", "–") and _GOALS.fullmatch(w.nbor(2).text) else None
        if end is not None and end < len(w.doc) and w.doc[end].lower_ in _GAMES:
            return True
    return False


_SCORE = re.compile(r"\d{1,2}[-–]\d{1,2}")
_GOALS = re.compile(r"\d{1,2}")
#: what a score names: a game or its outcome ("the 7-1 defeat")
_GAMES = frozenset({"defeat", "loss", "win", "victory", "rout", "thrashing", "drubbing", "hammering", "draw", "game",
                    "match", "final", "scoreline", "humiliation", "triumph", "collapse", "defeats", "losses", "wins"})


def named_act(verb: Token) -> Token | None:
    """The act a naming verb names ("called the operation a provocation" -> operation)."""
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


__all__ = ["NAMING", "charge", "label", "given_name", "named_act", "work"]
