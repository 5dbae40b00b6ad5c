"""Speakers of an attribution: the source phrase's heads -> actor ids through ``doc._.mentions``.

A mention overlapping the head of each conjunct of the source phrase gives its actor id; a plural
noun with several actors ('the presidents of X and Y', 'Saudi and U.S. mediators') gives all; a
person's possession ('His party') is another speaker; a pronoun the actors component did not
resolve goes to the unnamed person noun just before it ('a spokeswoman ... She'), else to the most
recent person mentioned before it; a relative 'who' to its noun's mention only.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from typing import overload

from spacy.tokens import Doc, Token

from dateline.actors.pronouns import PRONOUN_GENDER, stated_gender, unnamed_subject
from dateline.model import Mention
from dateline.nlp.memo import per_doc, text_of
from dateline.quotes.as_frames import REPORTING
from dateline.quotes.base import asks_anonymity
from dateline.quotes.extract import Found
from dateline.quotes.token_lookup import tokens_pos

PRONOUNS = frozenset({"he", "she", "him", "her", "they", "them", "i", "we", "who"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "i", "who"})

def _head_tokens(doc: Doc, f: Found) -> list[Token]:
    """The source head and the heads of its conjuncts ('Jordan, ..., and Hamas')."""
    if f.source_token is None:
        return []
    head = doc[f.source_token]
    heads = [head]
    a, b = f.source or (head.idx, head.idx + len(head))
    for t in head.subtree:
        if t.dep_ in ("conj", "appos") and t.head.i in {h.i for h in heads} and t.pos_ in (
                "PROPN", "NOUN", "PRON") and a <= t.idx < b:  # ('Erdogan: Turkey ready ...')
            heads.append(t)
    inside = [h for h in heads if a <= h.idx < b]  # ('NEW YORK — UN chief X': the dateline's head)
    return inside or heads


class MentionIndex(Sequence[Mention]):
    """A document's mentions in their own order, with an index by start offset built once per
    document so that the mentions over a span are found by bisection."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.items = tuple(mentions)
        self.order = sorted(range(len(self.items)), key=lambda i: self.items[i].start)
        self.starts = [self.items[i].start for i in self.order]
        self.longest = max((m.end - m.start for m in self.items), default=0)
        self.genders: dict[tuple[str, int], str | None] = {}  # (``_gender_of``'s answers)
        self._by_actor: dict[str, list[Mention]] | None = None

    def of_actor(self, actor: str) -> list[Mention]:
        """The mentions of ``actor``, in the mentions' own order."""
        if self._by_actor is None:
            self._by_actor = {}
            for m in self.items:
                self._by_actor.setdefault(m.actor, []).append(m)
        return self._by_actor.get(actor, [])

    @overload
    def __getitem__(self, i: int) -> Mention: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[Mention]: ...
    def __getitem__(self, i: int | slice) -> Mention | Sequence[Mention]:
        return self.items[i]

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[Mention]:
        return iter(self.items)

    def over(self, start: int, end: int, where: Callable[[Mention], bool] | None = None) -> Mention | None:
        """The shortest mention overlapping [start, end) (of those ``where`` keeps), the first in
        the mentions' own order on a tie."""
        lo = bisect_right(self.starts, start - self.longest)
        hi = bisect_left(self.starts, end)
        hits = [i for i in self.order[lo:hi] if start < self.items[i].end and
                (where is None or where(self.items[i]))]
        if not hits:
            return None
        best = min(hits, key=lambda i: (self.items[i].end - self.items[i].start, i))
        return self.items[best]


def _mention_over(mentions: Sequence[Mention], start: int, end: int,
                  where: Callable[[Mention], bool] | None = None) -> Mention | None:
    """The shortest mention overlapping [start, end) (of those ``where`` keeps)."""
    if isinstance(mentions, MentionIndex):
        return mentions.over(start, end, where)
    hits = [m for m in mentions if m.start < end and start < m.end and (where is None or where(m))]
    return min(hits, key=lambda m: m.end - m.start) if hits else None


def body_over(mentions: Sequence[Mention], types: dict[str, str], start: int, end: int) -> Mention | None:
    """The shortest mention over [start, end) whose actor is no person (an organization, a
    country: a person speaks for a ministry but is none)."""
    return _mention_over(mentions, start, end, lambda m: not _is_person(m.actor, types))


def _phrase_span(tok: Token, deps: tuple[str, ...] = ("compound", "amod", "nmod", "poss", "prep", "det",
                                                      "appos")) -> tuple[int, int]:
    """A conjunct's own words: the token with its compounds, modifiers and attached phrases,
    without nested conjuncts."""
    toks = [tok]
    for child in tok.children:
        if child.dep_ in deps:
            toks.extend(child.subtree)
    toks.sort(key=lambda t: t.i)
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _is_person(actor: str, types: dict[str, str]) -> bool:
    return types.get(actor, "") == "person" or actor.startswith("per:")


def resolve_speakers(doc: Doc, f: Found, mentions: Sequence[Mention] | None,
                     types: dict[str, str]) -> tuple[str, ...]:
    """Actor ids of the source; () when unknown or without the actors component."""
    if mentions is None or f.source is None:
        return ()
    out: list[str] = []
    other = False
    heads = _head_tokens(doc, f)
    alone = _split_pair(heads, mentions, types) if len(heads) > 1 else {}
    for head in heads:
        kept = _agreeing(head, mentions) if head.lower_ in PRONOUN_GENDER else None
        anonymous = head.pos_ == "NOUN" and _unnamed_source(head)
        if anonymous:  # 'The U.S. envoy, who asked not to be named,': nobody named, whoever the actors took it for
            other = True
            kept = lambda m: not _is_person(m.actor, types)  # noqa: E731
        m, blocked = _mention_over(mentions, head.idx, head.idx + len(head.text), kept), False
        m = alone.get(head.i, m)  # ('Biden and Harris' read as one name)
        several = _conjoined_modifiers(head, mentions)
        if several:  # 'Saudi and U.S. mediators': each modifier's actor, not the group of the last
            out.extend(a for a in several if a not in out)
            continue
        unnamed = _unnamed_subject_before(doc, head, mentions, types) if m is None else None
        if unnamed is not None:  # 'Pashinyan's spokeswoman said ... She said': the spokeswoman
            head, kept = unnamed, None  # (who speaks for Pashinyan, a man)
            m = _mention_over(mentions, head.idx, head.idx + len(head.text))
        if m is None and head.pos_ == "NOUN" and not anonymous:
            m = _named_in_apposition(doc, f, mentions, types)
        if m is None and head.dep_ != "appos":  # the possessor before a phrase after ('Iran's mission to the UN')
            m = _mention_over(mentions, *_phrase_span(head, ("compound", "amod", "nmod", "poss")), kept)
            if m is not None and _is_person(m.actor, types) and head.pos_ == "NOUN" and \
                    head.lower_ not in SPOKES and any(c.dep_ == "poss" for c in head.children):
                m, blocked = None, True  # 'His party', 'Kim's sister': another speaker than the person named
        owners = _plural_of(head, mentions) if m is None and not blocked else []
        out.extend(a for a in owners if a not in out)  # 'the presidents of Venezuela and Guyana'
        if m is None and not blocked and not owners and head.dep_ != "appos":
            m = _mention_over(mentions, *_phrase_span(head), kept)
        if m is None and head.lower_ in PRONOUNS:
            m = _relative_antecedent(head, mentions) if _relative(head) else _antecedent(head, mentions, types)
        if m is not None and m.actor not in out:
            out.append(m.actor)
        other = other or blocked
    if not out and not other:
        pron = heads[0] if len(heads) == 1 and heads[0].lower_ in PRONOUN_GENDER else None
        m = _mention_over(mentions, *f.source, _agreeing(pron, mentions) if pron is not None else None)
        if m is not None and _in_modifier_clause(doc, f, m):
            m = None  # 'The junta, led by General Tiani,': the general is not the junta
        if m is not None:
            out.append(m.actor)
    if out:
        out[:0] = [a for a in _names_before_and(doc, f, mentions, types) if a not in out]
    return tuple(out)


def _unnamed_source(head: Token) -> bool:
    """'The U.S. envoy, who asked not to be named,'; also where the parse hung the relative clause on
    a name in the noun's phrase ('An aide to Hochstein, who asked not to be named,', 'An official
    close to Hochstein, who ...'): one named asks no such thing, the aide does. Not one named in
    part ('A relative of the hostage, who asked to be named only as Yossi,')."""
    return any(t.dep_ == "relcl" and asks_anonymity(t) and (
        t.lemma_ in ("decline", "refuse") or any(x.dep_ == "neg" for x in t.subtree)) for t in head.subtree)


def _spans_conjuncts(m: Mention, head: Token, heads: list[Token]) -> bool:
    """Whether mention ``m`` over ``head`` also covers another conjunct's head: the actors stage
    read the joined subject as one name ('Biden and Harris' -> one organization)."""
    return any(h.i != head.i and m.start <= h.idx < m.end for h in heads)


def _split_pair(heads: list[Token], mentions: Sequence[Mention],
                types: dict[str, str]) -> dict[int, Mention]:
    """Each conjunct's own person mention, by token index, where one mention covers several
    conjuncts; {} unless every such conjunct has one and the joint mention is no country (never
    'Trinidad and Tobago' split, nor 'Biden and Harris' half split on a 'Hunter Biden')."""
    out: dict[int, Mention] = {}
    heads = [h for h in heads if h.dep_ != "appos"]  # ('her brother Dale Ford': one person)
    for head in heads:
        joint = _mention_over(mentions, head.idx, head.idx + len(head.text))
        if joint is None or not _spans_conjuncts(joint, head, heads):
            continue
        own = _named_alone(head, heads, mentions)
        if joint.actor.startswith("cty:") or types.get(joint.actor) == "country" or \
                own is None or not _is_person(own.actor, types):
            return {}
        out[head.i] = own
    return out


def _named_alone(head: Token, heads: list[Token], mentions: Sequence[Mention]) -> Mention | None:
    """A mention elsewhere in the document whose last word is the conjunct's head word and that
    covers no other conjunct ('Joe Biden' earlier for the 'Biden' of 'Biden and Harris'): the
    last such before it, else the first after."""
    word = head.text
    hits = [m for m in mentions if (m.text == word or m.text.endswith(" " + word)) and
            not any(m.start <= h.idx < m.end for h in heads)]
    before = [m for m in hits if m.end <= head.idx]
    return max(before, key=lambda m: m.start) if before else (hits[0] if hits else None)


_LINKS = re.compile(r"\b(?:of|for|to|with|by|from|at|in|on|against|about)\b")


def _names_before_and(doc: Doc, f: Found, mentions: Sequence[Mention],
                      types: dict[str, str]) -> list[str]:
    """'White House spokesman John Kirby and State Department spokesman Matthew Miller said': a
    person named right before 'and' in the source, with no preposition before the name in its
    conjunct ('the lawyer for John Smith and ...' is no speaker), is a speaker too (the parser may
    hang the first name on the second conjunct)."""
    a, b = f.source or (0, 0)
    text = text_of(doc)[a:b]
    out: list[str] = []
    for hit in re.finditer(r" and ", text):
        end = a + hit.start()
        m = next((m for m in mentions if m.end == end and a <= m.start and _is_person(m.actor, types)),
                 None)
        if m is None:
            continue
        start = max(text.rfind(",", 0, m.start - a), text.rfind(" and ", 0, m.start - a)) + 1
        if not _LINKS.search(text[start: m.start - a]):
            out.append(m.actor)
    return out


def _plural_of(head: Token, mentions: Sequence[Mention]) -> list[str]:
    """'The presidents of Venezuela and Guyana', 'the foreign ministers of Egypt and Qatar': a
    plural noun with two or more actors conjoined after 'of' stands for all of them."""
    if head.tag_ != "NNS":
        return []
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if pobj is None:
        return []
    items = [pobj, *(t for t in pobj.subtree if t.dep_ == "conj" and t.head.i in (pobj.i, *(x.i for x in pobj.conjuncts)))]
    found = [_mention_over(mentions, *_phrase_span(t, ("compound",))) for t in items]
    ids = list(dict.fromkeys(m.actor for m in found if m is not None))
    return ids if len(ids) > 1 else []


def _conjoined_modifiers(head: Token, mentions: Sequence[Mention]) -> list[str]:
    """'Saudi and U.S. mediators': a plural noun whose conjoined modifiers name two or more actors
    stands for all of them."""
    if head.tag_ != "NNS":
        return []
    first = next((c for c in head.children if c.dep_ in ("amod", "compound") and
                  any(x.dep_ == "conj" for x in c.children)), None)
    if first is None:
        return []
    items = [first, *first.conjuncts]
    found = [_mention_over(mentions, t.idx, t.idx + len(t.text)) for t in items]
    ids = list(dict.fromkeys(m.actor for m in found if m is not None))
    return ids if len(ids) > 1 else []


def _in_modifier_clause(doc: Doc, f: Found, m: Mention) -> bool:
    """Whether mention ``m`` sits in a participle or relative clause of the source's head ('The
    junta, led by General X,', 'the group, which X founded,')."""
    if f.source_token is None:
        return False
    head = doc[f.source_token]
    return any(c.dep_ in ("acl", "relcl") and c.left_edge.idx <= m.start and
               m.end <= c.right_edge.idx + len(c.right_edge) for c in head.children)


SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson", "office", "spokespeople"})
GENDERED = {"he": "m", "she": "f"}


def _unnamed_subject_before(doc: Doc, pron: Token, mentions: Sequence[Mention],
                            types: dict[str, str]) -> Token | None:
    """The subject of the previous sentence's main verb when a he/she opening its clause takes it
    up: a person noun nobody named ('a spokeswoman', 'an official'; ``unnamed_subject``)."""
    low = pron.lower_
    sent = pron.sent
    if low not in GENDERED or sent.start == 0 or pron.dep_ != "nsubj" or \
            any(t.pos_ in ("PROPN", "NOUN") for t in doc[sent.start: pron.i]):
        return None

    def named(tok: Token) -> bool:
        m = _mention_over(mentions, tok.idx, tok.idx + len(tok.text))
        return m is not None and _is_person(m.actor, types)
    return unnamed_subject(doc[sent.start - 1].sent.root, GENDERED[low], named)


def _named_in_apposition(doc: Doc, f: Found, mentions: Sequence[Mention],
                         types: dict[str, str]) -> Mention | None:
    """'A spokesman for the Israeli military, Daniel Hagari, said': the person named beside the
    role noun, wherever the parser hung the apposition."""
    if f.source is None:
        return None
    a, b = f.source
    for m in mentions:
        if a <= m.start and m.end <= b and _is_person(m.actor, types):
            last = doc.char_span(m.start, m.end, alignment_mode="expand")
            if last is not None and last.root.dep_ == "appos":
                return m
    return None


def _relative(pron: Token) -> bool:
    """Whether ``pron`` is the relative 'who' of a noun ('The diplomat who asked ...')."""
    return pron.lower_ == "who" and pron.head.dep_ == "relcl" and pron.head.head.i < pron.i


def _relative_antecedent(pron: Token, mentions: Sequence[Mention]) -> Mention | None:
    """The mention over the noun a relative 'who' hangs on, none where nobody named it ('The
    commander who ordered the advance': not the person the sentence before named)."""
    return _mention_over(mentions, *_phrase_span(pron.head.head))


def _antecedent(pron: Token, mentions: Sequence[Mention], types: dict[str, str]) -> Mention | None:
    """Most recent person mention before a pronoun (any actor for 'they'/'we'); for he/she the
    most recent of no other gender, and none past a person named by a name no mention holds
    ('Groth, whose home flooded, said ... “…,” she said': Groth, whom the actors do not hold)."""
    personal = pron.lower_ in PERSON_PRONOUNS
    before = [m for m in mentions if m.end <= pron.idx and (not personal or _is_person(m.actor, types))]
    gender = PRONOUN_GENDER.get(pron.lower_)
    unheld = _last_unheld_name(pron.doc, pron.idx, mentions) if personal else -1
    for m in sorted(before, key=lambda m: m.start, reverse=True):
        if unheld >= m.end:
            return None
        if gender is None or _gender_of(pron.doc, m.actor, mentions, pron.idx) in (None, gender):
            return m
    return None


def _agreeing(pron: Token, mentions: Sequence[Mention]) -> Callable[[Mention], bool]:
    """Whether the actor of a mention over a he/she is one it can take up: of no other gender,
    and no person the actors do not hold named as a subject since that actor's last mention
    ('Mr. Haines ... “…,” she said' is not his)."""
    unheld = _last_unheld_name(pron.doc, pron.idx, mentions)

    def agrees(m: Mention) -> bool:
        if _gender_of(pron.doc, m.actor, mentions, pron.idx) not in (None, PRONOUN_GENDER[pron.lower_]):
            return False
        last = max((x.end for x in mentions if x.actor == m.actor and x.end <= pron.idx), default=None)
        return last is None or unheld < last
    return agrees


def _gender_of(doc: Doc, actor: str, mentions: Sequence[Mention], before: int) -> str | None:
    """The gender the text gives ``actor`` before character ``before`` (``actors.pronouns.stated_gender``;
    asked once per actor and offset of a ``MentionIndex``)."""
    if not isinstance(mentions, MentionIndex):
        return stated_gender(text_of(doc), [(m.start, m.text) for m in mentions
                                            if m.actor == actor and m.start < before])
    key = (actor, before)
    if key not in mentions.genders:
        mentions.genders[key] = stated_gender(text_of(doc), [
            (m.start, m.text) for m in mentions.of_actor(actor) if m.start < before])
    return mentions.genders[key]


def _last_unheld_name(doc: Doc, end: int, mentions: Sequence[Mention]) -> int:
    """Where the last capitalised proper name before character ``end`` that speaks (the subject of
    a verb of saying) with no mention over it starts (-1: none): a speaker the article's actors do
    not hold, nearer to the pronoun than any actor mentioned before it (not a company the model
    missed doing something: 'Gazprom cut supplies')."""
    for t in reversed(_speaking_names(doc)):
        if t.idx + len(t.text) <= end and _mention_over(mentions, t.idx, t.idx + len(t.text)) is None:
            return t.idx
    return -1


@per_doc
def _speaking_names(doc: Doc) -> list[Token]:
    """The capitalised proper names of ``doc`` that are the subject of a verb of saying (not a
    place or a body by their entity type), in order: found once per document."""
    return [t for t in tokens_pos(doc, "PROPN") if t.dep_ == "nsubj" and t.head.lemma_ in REPORTING
            and t.is_title and t.ent_type_ in ("", "PERSON")]


__all__ = ["resolve_speakers"]
