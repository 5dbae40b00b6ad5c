"""A bare 'the statement' / 'the ministry' as a speaker: the body named just before ('Qatari foreign
ministry spokesman ...' -> Qatar), or whoever issued the statement named just before ('X and Y said
in a joint statement. ..., the statement said' -> X and Y); a bare 'the official' / 'the
spokesman': the speaker of the last statement made by one named with that noun ('A senior Hamas
official told Al Jazeera ... “...,” said the official' -> Hamas)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from dateline.actors.lexicon import lexicon as actor_lexicon
from dateline.actors.pronouns import PERSON_NOUNS
from dateline.actors.roles import holds_title, role_words
from dateline.model import Mention, Quote
from dateline.nlp.memo import text_of
from dateline.quotes.lexicon import Lexicon
from dateline.quotes.speakers import body_over

#: modifiers 'the ... ministry' may carry and still be the bare noun taken up ('the foreign ministry')
_MODIFIER_DEPS = frozenset({"amod", "compound"})


def with_issuers(doc: Doc, quotes: list[Quote], lex: Lexicon, types: dict[str, str],
                 mentions: Sequence[Mention] | None) -> list[Quote]:
    """The quotes, those whose speaker is a bare issuer noun with no actor given the body or issuer
    named before it (unchanged without the actors component's ``mentions`` or when nothing fits);
    ``mentions`` is best a ``MentionIndex``."""
    if not mentions:
        return quotes
    out: list[Quote] = []
    for q in quotes:
        noun = _bare_issuer(doc, q.speaker_span, lex) if not q.speakers else None
        ids = _issuer(doc, noun, quotes, mentions, types) if noun is not None else ()
        if not q.speakers and not ids:
            ids = _same_role(doc, q, out, types)
        out.append(replace(q, speakers=ids) if ids else q)
    return out


#: paragraph breaks a bare 'the official' may look back across to the one named with that noun
ROLE_PARAGRAPHS = 2


def _same_role(doc: Doc, q: Quote, before: Sequence[Quote], types: dict[str, str]) -> tuple[str, ...]:
    """'“...,” said the official' after 'A senior Hamas official told Al Jazeera ...': a bare
    person noun ('the official', 'the senior diplomat', 'the spokeswoman') is the speaker of the
    last statement before it (within ROLE_PARAGRAPHS paragraph breaks) whose source holds that
    whole title ('Prime Minister Li' is no 'minister', 'Vice President Harris' no 'president', a
    'former' one none); nothing when sources of different sides were named so, when another person
    of that noun was named in between ('The Israeli official who spoke to reporters'), or when the
    one named so is a person and the noun one the actors component takes up itself (it links
    'the minister said' to a sole holder: finding none, it left the speaker open on purpose)."""
    own = q.speaker_span
    words = doc.char_span(*own, alignment_mode="expand") if own is not None else None
    if own is None or words is None or len(words) < 2 or words[0].lower_ != "the":
        return ()
    head = words[-1]
    if head.lower_ not in PERSON_NOUNS and not head.lower_.endswith(("man", "woman")) or \
            any(t.dep_ not in _MODIFIER_DEPS or not t.is_lower for t in words[1:-1]):
        return ()
    title = [t.lower_ for t in words[1:]]
    text = text_of(doc)  # spaCy joins every token on each doc.text
    found: list[tuple[Quote, Token]] = []
    for p in reversed(before):
        span = p.speaker_span
        if span is None or span[0] >= own[0]:
            continue
        if text.count("\n\n", span[1], own[0]) > ROLE_PARAGRAPHS:
            break
        named = doc.char_span(*span, alignment_mode="expand")
        top = _span_head(named) if named is not None and p.speakers else None
        noun = _role_of(top, head) if top is not None else None
        if named is not None and top is not None and noun is not None and _holds(named, noun, title):
            found.append((p, top))
    if not found:
        return ()
    ids = found[0][0].speakers
    if any(set(p.speakers) != set(ids) for p, _ in found[1:]):
        return ()  # officials of different sides named: which one is not said
    if _actors_decide(head, ids, types) or _other_named(doc, head, found[0][1], own[0], before, ids):
        return ()
    return ids


def _actors_decide(noun: Token, ids: Sequence[str], types: dict[str, str]) -> bool:
    """Whether a person among ``ids`` is one the actors component would have linked a bare
    'the <noun>' to itself (the noun is one of its role nouns or titles): it ran and left the
    speaker open (several holders, or one named without the title since), so no guess here."""
    lex = actor_lexicon()
    if noun.lower_ not in lex.role_nouns and noun.lower_ not in lex.titles:
        return False
    return any(types.get(a) == "person" or a.startswith("per:") for a in ids)


def _holds(named: Span, noun: Token, title: list[str]) -> bool:
    """Whether the earlier source ``named`` holds the bare phrase's whole ``title`` at ``noun``
    ('Foreign Minister Wang' for 'the minister' and 'the foreign minister'; not 'Prime Minister
    Li' for 'the minister', nor 'former President X' for 'the president')."""
    said = role_words(" ".join(t.text for t in named if t.i <= noun.i))
    if holds_title(said, title):
        return True
    return holds_title(said, title[-1:]) and all(w in said for w in title[:-1])


def _role_of(top: Token, noun: Token) -> Token | None:
    """The token at which the source headed by ``top`` is named with ``noun``: its head ('A senior
    Hamas official'), or a title before the name ('Hamas official Basem Naim'; not 'The lawyer for a
    Hamas official'); None when it is not."""
    if top.lower_ == noun.lower_:
        return top
    if top.pos_ != "PROPN":
        return None
    return next((c for c in top.lefts if c.dep_ == "compound" and c.lower_ == noun.lower_), None)


def _span_head(words: Span) -> Token | None:
    """The token of ``words`` whose head lies outside it (the phrase's head noun)."""
    heads = [t for t in words if not words.start <= t.head.i < words.end or t.head.i == t.i]
    nouns = [t for t in heads if t.pos_ in ("NOUN", "PROPN")]
    return nouns[0] if nouns else None


def _other_named(doc: Doc, noun: Token, named: Token, stop: int, before: Sequence[Quote],
                 ids: tuple[str, ...]) -> bool:
    """Whether a person of the same noun other than ``named`` is named between it and ``stop``
    (a source of a statement with ``ids`` does not count)."""
    spans = [p.speaker_span for p in before if p.speaker_span is not None and set(p.speakers) == set(ids)]
    for t in doc[named.i + 1: noun.i]:
        if t.idx >= stop:
            break
        if t.lower_ == noun.lower_ and t.pos_ == "NOUN" and \
                not any(a <= t.idx < b for a, b in spans):
            return True
    return False


def _bare_issuer(doc: Doc, span: tuple[int, int] | None, lex: Lexicon) -> Token | None:
    """The head of 'the statement', 'the ministry', 'the foreign ministry' (no name, no owner)."""
    words = doc.char_span(*span, alignment_mode="expand") if span is not None else None
    if words is None or len(words) < 2 or words[0].lower_ != "the":
        return None
    head = words[-1]
    if head.lower_ not in lex.issuers or any(t.dep_ not in _MODIFIER_DEPS or not t.is_lower
                                             for t in words[1:-1]):
        return None
    return head


def _issuer(doc: Doc, noun: Token, quotes: Sequence[Quote], mentions: Sequence[Mention],
            types: dict[str, str]) -> tuple[str, ...]:
    """The actor(s) the same noun named last before ``noun`` stands for: a body's own mention, the
    actor of its modifier ('Qatari foreign ministry'), or the speakers of the statement it was said in."""
    start = noun.doc[noun.left_edge.i].idx if noun.left_edge.i < noun.i else noun.idx
    prev = next((t for t in reversed(doc[: noun.i]) if t.idx < start and t.lower_ == noun.lower_), None)
    if prev is None:
        return ()
    own = body_over(mentions, types, prev.idx, prev.idx + len(prev.text))
    if own is not None:
        return (own.actor,)
    top = prev
    while top.dep_ == "compound" and top.head.i > top.i:  # ('Qatari foreign ministry spokesman')
        top = top.head
    for mod in doc[top.left_edge.i: prev.i]:
        body = body_over(mentions, types, mod.idx, mod.idx + len(mod.text))
        if body is not None:
            return (body.actor,)
    sent = prev.sent
    for q in quotes:
        cue, said_by = q.cue_span, q.speaker_span or (0, 0)
        if q.speakers and cue is not None and sent.start_char <= cue[0] < sent.end_char and \
                not q.start <= prev.idx < q.end and not said_by[0] <= prev.idx < said_by[1]:
            return q.speakers  # 'X and Y said in a joint statement': the statement's issuers
    return ()


__all__ = ["with_issuers"]
