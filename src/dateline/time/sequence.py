"""Weekdays told in sequence: two bare weekdays of one sentence whose clauses are coordinated
("Prices fell Monday and rose Wednesday", "fell on Monday, and on Wednesday they rose"), or which
follow the coordinated objects of one verb ("met the envoy Monday and the minister Wednesday"),
are the days of one stretch in text order when the clause is past (``weeks.placed_weekday``);
so is a pair of one verb joined by "and" or "as well as" ("Monday and Wednesday"), and a comma list
that one closes ("Monday, Tuesday and Wednesday": the parse hangs "Tuesday" on "Monday" by a comma,
``listed``; not "fell Monday, Tuesday it snowed"). Pairs and lists are one rule: each day knows
the days told after it (``told_next``) and is the one before the next's, back from the last
("fell Monday, Tuesday, Wednesday, Thursday and Friday" on a Wednesday: last week's five days,
not this week's Monday and Tuesday). A weekday of
saying is not moved back by the next clause's ("said Monday that the bridge would reopen, and
engineers inspected it Wednesday" on a Tuesday: yesterday; ``spoken``): the day a thing was said
is news's most common weekday, and the latest one. A list of consecutive days told latest
first is one run too, each day the one before the day told before it ("were held Friday,
Thursday and Wednesday" on a Wednesday: last week's three days, not today after last week's
Friday; ``day_list``), but not clauses, whose order is the story's, nor days further apart
("fell Friday and Wednesday": today). A text with no parse (a caption) has only
its words: two weekdays joined by "and" alone are such a pair there (``joined``)."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from dateline.nlp.memo import text_of
from dateline.time.present import SPEECH_VERBS
from dateline.time.tense import governing_verb
from dateline.time.weeks import pair


def coordinated(first: Span, second: Span) -> bool:
    """Whether ``second`` (later in the sentence) dates a clause or object coordinated with ``first``'s."""
    v1, v2 = governing_verb(first), governing_verb(second)
    if v1 is None or v2 is None:
        return False
    if v1 == v2:  # a pair ("Monday and Wednesday") or gapping ("met the envoy Monday and the minister Wednesday")
        between = first.doc[first.end:second.start]
        return any(t.dep_ == "cc" for t in between) or "as well as" in between.text.lower() \
            or listed(first, second)
    return _conjoined(v1, v2)


def listed(first: Span, second: Span) -> bool:
    """``second`` follows ``first`` after a comma in a list that a conjunct closes ("Monday,
    Tuesday and Wednesday", "Monday, Tuesday, Wednesday and Thursday": the parse hangs the days on
    one head by appositions and conjuncts, ``_list_head``); not an apposition the list does not go
    on from ("fell Monday, Tuesday it snowed")."""
    a, b = first.root, second.root
    head = _list_head(b)
    if first.doc[first.end:second.start].text.strip() != "," or head == b or head != _list_head(a):
        return False
    return any(t.dep_ == "conj" and t.i > b.i and _list_head(t) == head for t in head.subtree)


def day_list(first: Span, second: Span) -> bool:
    """``second`` follows ``first`` in a list of days, not in another clause or object ("held
    Friday, Thursday and Wednesday"; not "passed the Senate Friday and the House Wednesday", "fell
    Friday, and on Wednesday it rose", whose order is the story's)."""
    return joined(text_of(first.doc)[first.end_char:second.start_char]) or listed(first, second)


def _list_head(tok: Token) -> Token:
    """The first item of the list ``tok`` is an apposition or conjunct in (``tok`` if none); a
    day the parse hangs on a noun as a bare adverbial ("will fall Monday, Tuesday, Wednesday and
    Thursday": "Wednesday" on "Monday") is one too."""
    while tok.head != tok and (tok.dep_ in ("appos", "conj") or tok.dep_ == "npadvmod" and tok.head.pos_ in ("NOUN", "PROPN")):
        tok = tok.head
    return tok


def told_next(then: int, its: tuple[int, ...]) -> tuple[int, ...]:
    """The ISO weekdays told after a day in sequence, the next first: ``then``, and the days told
    after ``then`` (``its``) where it opens a pair with them ("Monday, Tuesday and Wednesday":
    Monday's are Tuesday and Wednesday; "Friday, Monday and Thursday": Friday's only Monday)."""
    return (then, *its) if its and pair(then, its[0]) else (then,)


#: what stands between the weekdays of a pair in plain text: "Monday and Tuesday", "Monday night
#: and Tuesday", "Monday's and Tuesday's", "on Monday and again on Tuesday", "as well as"
_JOINED = re.compile(r"(?:['’]s)?(?:\s+(?:morning|afternoon|evening|night))?\s+"
                     r"(?:and(?:\s+(?:again|then|later|also))?|as\s+well\s+as)(?:\s+on)?\s+", re.I)


def joined(between: str) -> bool:
    """The text between two weekdays joins them as a pair, for a text with no parse ("Protesters
    gathered Monday and Tuesday", a caption); not a list ("Monday, Tuesday") nor two clauses."""
    return _JOINED.fullmatch(between) is not None


def spoken(first: Span, second: Span) -> bool:
    """``first`` dates a verb of saying and ``second`` another verb's clause ("said Monday ...,
    and engineers inspected it Wednesday"; not "told the envoy Monday and the general Wednesday")."""
    v1, v2 = governing_verb(first), governing_verb(second)
    return v1 is not None and v1 != v2 and v1.lemma_.lower() in SPEECH_VERBS


def _conjoined(v1: Token, v2: Token) -> bool:
    """``v2`` is a conjunct of ``v1`` (through a chain of conjuncts), or a past form the parser
    hung on a modal complement of ``v1``, which it cannot share the modal of ("said Monday that
    the march would go ahead, and on Tuesday they banned it": "banned" is the said's)."""
    tok = v2
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
        if tok == v1:
            return True
    return tok != v2 and tok.dep_ == "ccomp" and tok.head == v1 and v2.tag_ == "VBD" \
        and any(c.tag_ == "MD" for c in tok.children)
