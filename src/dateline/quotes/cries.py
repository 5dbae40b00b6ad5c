"""Quotes a crowd cries: 'their chants of “Ted! Ted!”', 'responded with chants of “I'm with
her”'. The noun of crying with its 'of' is the cue; the source is its possessor, else the subject
of an active verb it completes ('Supporters responded with chants of', 'broke into a chant of',
'led chants of'; not 'heard cries of'), else the object of a verb it is the goal of ('roused the
crowd to chants of'). With nobody named ('was met with chants of “…”') it is left out: PolNeAR's
extents then vary ('of “…”', the quote alone)."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.quotes.base import SUBJ_DEPS, Found, State, char_span, subtree_span
from dateline.quotes.marks import QuotedSpan
from dateline.quotes.token_lookup import token_at

CRIES = frozenset({"chant", "cry", "shout", "chorus", "yell", "scream", "roar"})
# verbs whose object is a cry their subject raises ('led chants of'); not 'heard', 'described'
RAISING = frozenset({"lead", "start", "begin", "raise", "launch", "strike"})


def crowd_cry(st: State, q: QuotedSpan) -> Found | None:
    """The attribution of a quote right after a noun of crying and 'of', when the criers are named."""
    doc = st.doc
    first = token_at(doc, q.outer_start)
    if first is None or first.i < 2 or doc[first.i - 1].lower_ != "of":
        return None
    noun = doc[first.i - 2]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in CRIES:
        return None
    subj = _crier(noun)
    if subj is None:
        return None
    return Found((q.start, q.end), (q.outer_start, q.outer_end), "direct",
                 char_span([noun, doc[first.i - 1]]), subtree_span(subj), noun.i, subj.i,
                 (*q.flags, "cry"))


def _crier(noun: Token) -> Token | None:
    """Who cried: 'their chants', 'X responded with chants', 'roused the crowd to chants'."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    prep = noun.head if noun.dep_ == "pobj" else None
    verb = prep.head if prep is not None else \
        noun.head if noun.dep_ == "dobj" and noun.head.lemma_.lower() in RAISING else None
    if verb is None or verb.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if prep is None or prep.lower_ in ("with", "into", "in"):
        return next((c for c in verb.children if c.dep_ in SUBJ_DEPS and c.i < verb.i), None)
    if prep.lower_ == "to":
        return next((c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i), None)
    return None
