"""When an event happened: the time expressions attached to its trigger, the act it is part of,
and the verb that tells it (see the event-date rule in ``dateline/events/__init__.py``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from dateline.events.agents import relative_antecedent
from dateline.events.attributes import FUTURE_AUX, chain, lemma
from dateline.events.clauses import conditional, to_infinitive
from dateline.events.lexicon import Lexicon
from dateline.events.modality import MOTIONS, adopter, motion_verb
from dateline.events.triggers import Trigger
from dateline.nlp.memo import text_of
from dateline.time.calendar import parse_dct, value_start

_DATE = re.compile(r"^\d{4}(-W\d{2}(-WE)?|-Q[1-4]|-H[12]|-\d{2}(-\d{2})?)?")


def _timex_root(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def after(value: str, published: date | None) -> bool:
    """Does a date value start after the publication date (a time still to come)?"""
    start = value_start(value)
    return published is not None and start is not None and start > published


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def ahead(doc: Doc, value: str, start: int) -> str:
    """The date a planned event is set "for" by a bare weekday: the next such day, not the past one
    the resolver chose ("scheduled talks for Thursday" in a Wednesday's paper is tomorrow)."""
    published = parse_dct(getattr(doc._, "published", None))
    day = value_start(value) if len(value) == 10 else None
    if published is None or day is None or not 0 < (published - day).days < 7:
        return value
    text = text_of(doc)
    if not text[start:start + 9].lower().startswith(_WEEKDAYS):
        return value
    if text[max(0, start - 4):start] != "for " and not _coming(doc, start):
        return value  # only the time a plan is for: "scheduled for Thursday", not "were preparing ... on Sunday"
    return (day + timedelta(days=7)).isoformat()


#: marks of a clause that only times another act by its own ("after talks resumed on Monday")
_TIME_MARKS = frozenset({"after", "before", "since", "until", "till"})


def _coming(doc: Doc, start: int) -> bool:
    """Is the weekday at ``start`` told in the future ("the council will vote on the resolution on
    Monday")? Only the clauses above the time expression count, not a reported clause below it."""
    root = _timex_root(doc, start, start + 1)
    if root is None:
        return False
    below = root
    for head, dep in chain(root, 5):
        if dep == "relcl" or dep == "acl" and below.tag_ == "VBN":
            return False  # "will investigate the incident that occurred on Monday": the relative clause's past
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in head.children):
            return True
        below = head
    return False


def dates(doc: Doc, heads: Sequence[Token]) -> dict[int, tuple[str, int]]:
    """Trigger token index -> (date value, timex start) from the timexes attached to it."""
    out: dict[int, tuple[str, int]] = {}
    idx = {t.i for t in heads}
    published = parse_dct(getattr(doc._, "published", None))
    for tx in getattr(doc._, "timexes", None) or ():
        if tx.offsets_in is not None or tx.type not in ("DATE", "TIME") or not _DATE.match(tx.value or ""):
            continue
        root = _timex_root(doc, tx.start, tx.end)
        if root is None:
            continue
        value = _DATE.match(tx.value).group(0)  # type: ignore[union-attr]
        target, below = None, root
        for head, dep in [(root, "")] + chain(root, 8):
            if dep == "advcl" and conditional(below):
                break  # "threatened to use force if the junta did not restore him by Sunday": the condition's time
            if dep == "conj" and below.pos_ in ("VERB", "AUX") and below.i not in idx and any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in below.children):
                break  # "Russia vetoed two drafts, and its envoy said on Monday ...": the envoy's Monday
            if dep == "pobj" and below.i == root.i and head.lower_ == "since" or dep == "advcl" and any(
                    m.dep_ == "mark" and m.lower_ in _TIME_MARKS for m in below.children) and below.i not in idx:
                break  # "the deadliest since October 7", "two days after talks resumed on Monday": not the act's day
            if dep == "relcl" and head.i not in idx:
                break  # "will investigate the incident that occurred on Monday": not the investigation's day
            below = head
            if head.i in idx and head.i != root.i:
                if dep in ("xcomp", "ccomp") and head.pos_ == "VERB" and after(value, published):
                    break  # "promised to meet next week": a later time is the promised act's, not the promise's
                target = head
                break
            xs = [c for c in head.children if c.i in idx and (c.dep_ == "xcomp" or c.dep_ == "conj" and c.pos_ == "VERB"
                                                              and not any(s.dep_ in ("nsubj", "nsubjpass")
                                                                          for s in c.children))]
            if xs and head.i != root.i and head.i not in idx:
                target = xs[0]
                break
        if target is not None and target.i in out and out[target.i][0] != value:
            target = _nearer_noun(doc, target, root, idx)  # "launched ... on Saturday in retaliation for a
        if target is not None and target.i not in out:  # strike ... on April 1": a second date is the strike's
            out[target.i] = (value, tx.start)
    return out


#: the links through which a dateless act is part of what a speech verb reports
_TOLD_THROUGH = frozenset({"conj", "xcomp", "dobj", "nsubj", "nsubjpass", "pobj", "prep", "compound"})
#: the statuses of an act already done (or said not done) when it is told
TOLD = frozenset({"happened", "ongoing", "negated", "denied"})


def teller(token: Token, lex: Lexicon, dated: frozenset[int] = frozenset()) -> Token | None:
    """The verb that tells of an act without being an event itself, and so dates an act that has
    no time of its own: the speech verb of its reported clause ("The Pentagon said on Thursday that
    its destroyers had shot down three drones": by Thursday, not on the publication day), or the
    verb by which a body adopted the motion the act is the content of ("passed a resolution on
    Monday demanding a ceasefire"), or will vote on it ("will vote on Friday on a resolution
    backing ...": a planned content takes that coming date). A dated act on the way up (index in ``dated``) tells it first
    ("said on Tuesday it had killed a commander in a strike on Monday": the strike is Monday's).
    None when the act is tied to its clause otherwise (a time or condition clause, a relative
    clause, a topic: "talks about the attack")."""
    below = token
    for head, dep in chain(token, 6):
        if head.i in dated and (dep != "prep" or below.lower_ in _SAME_TIME) and not apart(token):
            return head
        if dep == "ccomp" and (lemma(head) in lex.speech_verbs or lemma(head) in lex.deny_verbs):
            return head  # "denied on Monday that its forces had bombed the market": as "said it did not"
        if dep == "conj" and lemma(head) in lex.speech_verbs and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in below.children):
            return head  # "The RSF said on Wednesday that ..., and accused the army": the same day
        if dep in ("acl", "relcl"):  # a motion's content: the verb that adopted, vetoed or will vote on it
            verb = motion_verb(head) if lemma(head) in MOTIONS else None
            return verb if verb is not None and verb.pos_ in ("VERB", "AUX") else None
        if dep == "advcl" and below.tag_ == "VBG" and not any(c.dep_ == "mark" for c in below.children):
            motion = next((c for c in head.children if c.dep_ == "dobj" and c.i < below.i), None)
            return head if motion is not None and adopter(motion) is not None else None  # "adopted ... in December demanding"
        if dep not in _TOLD_THROUGH or dep == "prep" and below.lower_ not in _SAME_TIME:
            return None
        below = head
    return None


def apart(token: Token) -> bool:
    """Is an act set off in time from the one it is joined to ("laid out in May and later endorsed",
    "the attack in March and the war since")?"""
    return any(c.lower_ in ("later", "then", "subsequently", "afterwards", "since") for c in token.children)


#: prepositions whose event shares the time of the act it is hung on ("killed in a strike")
_SAME_TIME = frozenset({"in", "during", "by", "with", "amid", "under", "through"})


def _nearer_noun(doc: Doc, verb: Token, root: Token, idx: set[int]) -> Token | None:
    """The event noun between an already dated verb and a second date hung on it, nearest the date."""
    for tok in reversed(doc[verb.i + 1:root.i]):
        if tok.i in idx and tok.pos_ == "NOUN" and verb.is_ancestor(tok):
            return tok
    return None


#: spans over which a count adds up ("killed in the war", "since the war began")
_SPANS = frozenset({"war", "conflict", "fighting", "offensive", "campaign", "insurgency", "crisis", "year", "month",
                    "week", "decade", "period"})


def cumulative(token: Token) -> bool:
    """Is an act a running count, not one act a report dates ("more than 43,000 people had been
    killed in the war", "had carried out 200 strikes since the war began", "so far")?"""
    for c in token.children:
        if c.dep_ == "prep" and (c.lower_ == "since" or c.lower_ in ("in", "during", "throughout", "over") and any(
                lemma(p) in _SPANS for p in c.children if p.dep_ == "pobj")):
            return True
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children):
            return True
        if c.dep_ == "advmod" and c.lower_ == "far":
            return True
    return False


def told_dates(doc: Doc, trigs: list[Trigger], when: dict[int, tuple[str, int]],
                lex: Lexicon) -> dict[int, tuple[str, int]]:
    """Trigger index -> the date of the verb that tells of it, for acts with no date of their own
    (``teller``: "said on Thursday that its destroyers had shot down ...")."""
    known = frozenset(when)
    tellers = {t.token.i: h for t in trigs if t.token.i not in when
               and (h := teller(t.token, lex, known)) is not None}
    if not tellers:
        return {}
    above = {h.i: u for h in tellers.values() if h.i not in when and lemma(h) not in lex.speech_verbs
             and (u := teller(h, lex, known)) is not None}  # an adoption told, not a report of a report
    dated = dict(dates(doc, [t.token for t in trigs] + [h for h in (*tellers.values(), *above.values())
                                                        if h.i not in when]))
    dated.update(when)
    out = {i: dated[h.i] for i, h in tellers.items() if h.i in dated}
    for i, h in tellers.items():  # "said on Monday that the council had adopted a resolution condemning ...":
        if i not in out and h.i in above and above[h.i].i in dated:  # the adoption is told in turn
            out[i] = dated[above[h.i].i]
    return out


def phrase_dates(doc: Doc, trigs: list[Trigger], when: dict[int, tuple[str, int]],
                 lex: Lexicon) -> dict[int, tuple[str, int]]:
    """Dates the parser hung elsewhere: an event noun's own "on/in <date>" phrase closing its noun phrase
    but attached to a verb above that is no event ("was triggered by the attack on Israel on October 7":
    the attack's day, not the triggering's), then the acts of an "in which" clause on an event noun take
    that noun's date ("the attack ..., in which militants killed 1,200 people": October 7)."""
    out = dict(when)
    idx = {t.token.i: t for t in trigs}
    spans: list[tuple[int, int, str]] = []
    for tx in getattr(doc._, "timexes", None) or ():
        if tx.offsets_in is not None or tx.type != "DATE" or not _DATE.match(tx.value or ""):
            continue
        spans.append((tx.start, tx.end, _DATE.match(tx.value).group(0)))  # type: ignore[union-attr]
        root = _timex_root(doc, tx.start, tx.end)
        noun = _phrase_owner(root, idx, lex) if root is not None else None
        if noun is not None and noun.i not in out:
            out[noun.i] = (_DATE.match(tx.value).group(0), tx.start)  # type: ignore[union-attr]
    for trig in trigs:
        tok = trig.token
        if tok.i in out or tok.pos_ not in ("VERB", "AUX"):
            continue
        noun = relative_antecedent(tok, lex)
        if noun is not None and noun.i in out:
            out[tok.i] = out[noun.i]
        elif tok.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "when" for c in tok.children):
            dated = _when_date(tok.head, spans, out)  # "the attack on October 7, when militants killed ..."
            if dated is not None:
                out[tok.i] = dated
    return out


def _when_date(head: Token, spans: list[tuple[int, int, str]],
               out: dict[int, tuple[str, int]]) -> tuple[str, int] | None:
    """The date of the phrase a "when" clause hangs on: a date ("on October 7, when"), a time noun's
    date ("the night of August 3, when") or a dated event noun ("the strike on Monday, when")."""
    if head.i in out:
        return out[head.i]
    for word in [head, *(p for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "on", "in")
                         for p in c.children if p.dep_ == "pobj")]:
        for start, end, value in spans:
            if start <= word.idx < end:
                return value, start
    return None


def _phrase_owner(root: Token, idx: dict[int, Trigger], lex: Lexicon) -> Token | None:
    """The event noun whose phrase a date PP closes, when the parser hung the PP on a verb that is no
    event ("triggered by the attack on Israel on October 7"); None for a speech verb's time ("the attack,
    Netanyahu said on Sunday") or a PP that follows no event noun's phrase."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("on", "in") or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i in idx or lemma(verb) in lex.speech_verbs or verb.i > prep.i:
        return None
    before = root.doc[prep.i - 1] if prep.i > 0 else None
    if before is None or before.is_punct:
        return None
    noun = before
    while noun.i not in idx and noun.head.i != noun.i and noun.head.i < prep.i and noun.head.i != verb.i:
        noun = noun.head  # up from the phrase's last word: "Israel" -> "on" -> "attack"
    if noun.i not in idx or noun.pos_ != "NOUN" or noun.dep_ not in ("pobj", "dobj", "nsubj", "nsubjpass"):
        return None
    return noun if verb.is_ancestor(noun) and noun.right_edge.i == prep.i - 1 else None


def inherit_dates(trigs: list[Trigger], when: dict[int, tuple[str, int]],
                  lex: Lexicon | None = None) -> dict[int, tuple[str, int]]:
    """A conjoined or controlled verb shares its head's date ("On Sunday, X accused ... and called ...");
    with ``lex``, the dates the parser hung elsewhere come first (``phrase_dates``)."""
    out = dict(when) if lex is None or not trigs else phrase_dates(trigs[0].token.doc, trigs, when, lex)
    for trig in trigs:
        if trig.token.i in out or apart(trig.token):
            continue
        tok = trig.token
        if tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.i in out:
            out[tok.i] = out[tok.head.head.i]  # "was killed by an air strike on Saturday": the strike's day
            continue
        for head, dep in chain(trig.token, 3):
            if dep == "advcl" and attendant(trig.token):
                dep = "xcomp"  # "struck on Tuesday, killing four": the participle shares the strike's day
            if dep not in ("conj", "xcomp", "dobj", "nsubj", "nsubjpass"):
                break
            if head.i in out:
                out[trig.token.i] = out[head.i]
                break
    return out


def time_clause(clause: Token) -> bool:
    """A clause that only times its head's act ("hours before the truce began", "as talks opened")."""
    return clause.dep_ == "advcl" and clause.head.i != clause.i and any(
        c.dep_ == "mark" and c.lower_ in ("before", "after", "as", "when", "while", "until") for c in clause.children)


def attendant(token: Token) -> bool:
    """An adverbial clause that is part of its head's act, not a time or condition of its own:
    a bare participle ("struck a block, killing four") or a purpose infinitive ("will meet to discuss")."""
    if token.dep_ != "advcl" or any(c.dep_ in ("mark", "advmod", "nsubj", "nsubjpass") for c in token.children):
        return False
    if token.tag_ in ("VBG", "VBN"):  # "..., killing four", "..., mediated by the UAE"
        return not any(c.dep_ in ("aux", "auxpass") for c in token.children)
    return token.tag_ == "VB" and to_infinitive(token)


__all__ = ["TOLD", "after", "ahead", "apart", "attendant", "cumulative", "dates", "inherit_dates", "phrase_dates", "teller", "time_clause", "told_dates"]
