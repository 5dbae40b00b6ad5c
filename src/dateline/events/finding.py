"""Every trigger of a doc, once: verbs, intent adjectives, speech acts and the commitments they
state, then the event nouns no verb carries."""

from __future__ import annotations

from collections.abc import Collection

import numpy as np
from spacy.attrs import DEP, LOWER, POS
from spacy.tokens import Doc, Token

from dateline.events.attributes import effective_head
from dateline.events.lexicon import Lexicon
from dateline.events.refusals import speech_trigger
from dateline.events.triggers import (
    Trigger,
    intent_trigger,
    noun_trigger,
    stopped_in_passive,
    verb_trigger,
)
from dateline.nlp.clauses import negative_subject

#: the dependencies an intent trigger's adjective may have (intent_trigger)
_INTENT_DEPS = frozenset({"acomp", "ROOT", "conj", "ccomp"})


def picked_tokens(doc: Doc, first: tuple[int, Collection[str]], second: tuple[int, Collection[str]]) -> list[Token]:
    """The tokens, in order, whose attribute ``first[0]`` (a ``spacy.attrs`` id: POS, DEP, LOWER ...)
    is one of the labels ``first[1]``, or whose ``second[0]`` is one of ``second[1]``. Read from the
    doc's arrays, for speed: a loop over every token makes a Token object of each."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    table = doc.to_array([first[0], second[0]])
    hit = np.isin(table[:, 0], np.array([strings[w] for w in first[1]], dtype=np.uint64))
    hit |= np.isin(table[:, 1], np.array([strings[w] for w in second[1]], dtype=np.uint64))
    return [doc[i] for i in np.flatnonzero(hit).tolist()]


def find_triggers(doc: Doc, lex: Lexicon) -> list[Trigger]:
    """Every trigger in the doc; event nouns carried by a verb are not counted twice."""
    found: list[Trigger] = []
    carried: set[int] = set()
    # only verbs make a verb, speech or intent trigger, or (intent_trigger) these dependencies
    for token in picked_tokens(doc, (POS, ("VERB", "AUX")), (DEP, _INTENT_DEPS)):
        trig = verb_trigger(token, lex) or intent_trigger(token, lex)
        if trig is None:
            sp = speech_trigger(token, lex)
            if sp is not None:
                trig = sp[0]
                trig.clause = sp[1]
        if trig is not None:
            commit = _commitment(trig, lex)
            if commit is not None:
                found.append(commit)
            found.append(trig)
            if trig.noun is not None:
                carried.add(trig.noun.i)
    stated = {t.clause.i for t in found if t.kind == "speech" and t.clause is not None and t.type in ("AGREE", "THREATEN")}
    found = [t for t in found if not (t.kind == "commit" and t.token.i in stated)]  # the speech act is the AGREE
    verbs = {t.token.i for t in found}
    for token in picked_tokens(doc, (POS, ("NOUN", "PROPN")), (LOWER, ("talks", "in"))):  # (noun_sense's)
        if token.i in carried or token.i in verbs:
            continue
        trig = noun_trigger(token, lex)
        if trig is None:
            continue
        head, dep = effective_head(token)
        if dep == "nsubj" and head.i in verbs and _walkout_effect(trig, head, found):
            found = [t for t in found if t.token.i != head.i]  # "a strike over pensions shut schools": the strike
        elif dep in ("nsubj", "nsubjpass") and head.i in verbs and not (
                dep == "nsubjpass" and stopped_in_passive(head, token)):
            continue  # "a roadside bombing killed ...": the verb is the event; "the protest was stopped by police"
            # has two, as its active does, and "the offensive would not be called off" the refusal and the
            # offensive that goes on (``stopped_in_passive``)
        found.append(trig)
    return found


#: what a walkout's own effects are read as when its verb is taken for an act ("the strike shut schools")
_EFFECTS = frozenset({"COERCE", "ASSAULT", "SANCTION"})


def _walkout_effect(trig: Trigger, verb: Token, found: list[Trigger]) -> bool:
    """Is the verb of a labour strike that is its subject only the strike's effect ("A strike over pensions
    shut schools", "a strike by dockworkers halted shipping"), so that the strike is the event (PROTEST)
    and the verb none? Only a verb with an object: not "the strike ended"."""
    if (trig.type, trig.mode) != ("PROTEST", "strike") or not any(c.dep_ == "dobj" for c in verb.children):
        return False
    return all(t.type in _EFFECTS for t in found if t.token.i == verb.i)


_COMMITTABLE = frozenset({"AID", "SUPPORT", "RETREAT", "CONCEDE", "COOPERATE", "CONSULT"})


def _commitment(trig: Trigger, lex: Lexicon) -> Trigger | None:
    """"X will provide aid / evacuate / release / visit Y" -> also AGREE: in PLOVER (CAMEO 03,
    "express intent to cooperate", 036 "... to meet or negotiate") a stated commitment to
    cooperate is an AGREE event of its own; the promised act stays, with status planned.
    Reported, "would" is the same future ("said the government would release 50 prisoners").
    A meeting only scheduled ("is set to meet", "is due to visit") or with no counterpart ("the
    board will meet on Tuesday") commits no one."""
    if trig.type not in _COMMITTABLE or trig.kind not in ("verb", "light"):
        return None
    tok = trig.token
    reported = tok.dep_ == "ccomp" and tok.head.lemma_.lower() in lex.speech_verbs
    if reported and negative_subject(tok.head):
        return None  # "No official said Israel would withdraw": nobody commits
    futures = ("will", "shall", "'ll", "would") if reported else ("will", "shall", "'ll")
    auxes = [c for c in tok.children if c.dep_ == "aux" and c.lower_ in futures]
    if not auxes or any(c.dep_ == "neg" for c in trig.token.children):
        return None
    if trig.type == "CONSULT" and not _counterpart(trig):
        return None  # "the board will meet on Tuesday" is a schedule; "will visit Albania" a promise
    return Trigger(trig.token, "AGREE", None, "commit", [auxes[0], *trig.words], None, trig.confidence - 0.1)


def _counterpart(trig: Trigger) -> bool:
    """Does a meeting name whom or where it goes to: "will visit Albania", "will hold talks with X"?"""
    for head in (trig.token, trig.noun):
        if head is not None and any(c.dep_ == "dobj" and (trig.noun is None or c.i != trig.noun.i) or
                                    c.dep_ == "prep" and c.lower_ == "with" for c in head.children):
            return True
    return False


__all__ = ["find_triggers"]
