"""Stances toward a deal and blame, from events, quotes and the parse.

- Stance words: "voiced cautious optimism about a ceasefire" -> cautiously optimistic;
  "dismissed ... as an illusion" -> dismissive; "rejected the proposal" -> rejecting;
  "optimistic", "hopeful" -> optimistic; "pessimistic", "sceptical" -> pessimistic.
  The actor is the clause subject (or the speaker of a quote on it); ``on`` is the deal named there.
- Blame: every ACCUSE event (X accused Y) and every REQUEST for pressure on Y ("urged pressure
  on Netanyahu", "the pressure should be directed at Hamas") -> X blames Y.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from spacy.attrs import POS
from spacy.tokens import Doc, Span, Token

from dateline.events.arguments import ActorIndex, core_np, resolve
from dateline.events.attributes import lemma as _lemma
from dateline.events.clauses import conditional
from dateline.events.finding import picked_tokens
from dateline.events.lexicon import Lexicon, load_lexicon
from dateline.model import Event, Proposal, Stance
from dateline.negotiation.lexicon import negotiation_lexicon
from dateline.nlp.memo import text_of

_LEX = negotiation_lexicon()
DEAL_WORDS = _LEX.deal_words
#: cue lemma -> stance; checked with the words around it
STANCE_WORDS = _LEX.stance_words
CAUTIOUS = _LEX.cautious
PRESSURE = _LEX.pressure


#: the last Doc's deals, by sentence, and its deal words (``_deal_words``)
_last_deals: list[tuple[Doc, dict[tuple[int, int], str | None], list[int]]] = []


def _deal_in(sent: Span) -> str | None:
    """The deal a sentence names: its first deal word's noun phrase (read once per sentence:
    stance_cues and the blame pass ask)."""
    last = _last_deals[0] if _last_deals else None  # one read: another thread may replace it
    if last is None or last[0] is not sent.doc:
        last = (sent.doc, {}, _deal_words(sent.doc))
        _last_deals[:] = [last]
    memo, key, words = last[1], (sent.start, sent.end), last[2]
    if key not in memo:
        at = bisect_left(words, sent.start)
        memo[key] = core_np(sent.doc[words[at]]) if at < len(words) and words[at] < sent.end else None
    return memo[key]


def _deal_words(doc: Doc) -> list[int]:
    """The indices of the doc's nouns that name a deal ("talks": "talk"), in order."""
    return [t.i for t in picked_tokens(doc, (POS, ("NOUN", "PROPN")), (POS, ()))
            if _lemma(t) in DEAL_WORDS or t.lower_ in DEAL_WORDS]


def _subject_ids(verb: Token, index: ActorIndex, lex: Lexicon) -> list[str]:
    """The actors of the verb's subject; a pronoun that names no actor ("said he was optimistic")
    hands over to the subject of the verb above it."""
    cur = verb
    for _ in range(3):
        for s in (c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")):
            ids = [a.actor for a in resolve(s, index, lex) if a.actor]
            if ids or s.pos_ != "PRON":
                return ids
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return []


#: a threat made if a deal is accepted rejects it, and the other way round
_THREAT_FLIP = {"supportive": "rejecting", "rejecting": "supportive"}


def _condition(tok: Token) -> Token | None:
    """The verb an "if"/"unless" clause holding the token conditions (a condition is no stance
    taken), climbing from an infinitive to the verb that governs it ("threatened to quit if ...")."""
    for cur in (tok, *tok.ancestors):
        if cur.dep_ == "advcl" and conditional(cur):
            head = cur.head
            while head.dep_ == "xcomp" and head.head.i != head.i:
                head = head.head
            return head
    return None


def _speakers_at(doc: Doc, start: int) -> list[str]:
    for q in getattr(doc._, "quotes", None) or ():
        if q.start <= start < q.end or q.cue_span and q.cue_span[0] <= start < q.cue_span[1]:
            return list(q.speakers)
    return []


def stance_cues(doc: Doc, lexicon: Lexicon | None = None, topic: str | None = None) -> list[Stance]:
    """Stances toward a deal that the text states with a cue word in a sentence about a deal."""
    lex = lexicon or load_lexicon()
    index = ActorIndex(doc)
    out: list[Stance] = []
    for sent in doc.sents:
        deal = _deal_in(sent)
        if deal is None:
            continue
        for tok in sent:
            stance = STANCE_WORDS.get(_lemma(tok)) or STANCE_WORDS.get(tok.lower_)
            if stance is None:
                continue
            cond = _condition(tok)
            if cond is not None:  # "threatened to quit if it accepted the deal" accepts nothing, and rejects it
                stance = _THREAT_FLIP.get(stance) if _lemma(cond) == "threaten" else None
                if stance is None:
                    continue
            if stance == "optimistic" and any(c.lower_ in CAUTIOUS for c in tok.children):
                stance = "cautiously optimistic"
            verb = cond if cond is not None else tok if tok.pos_ == "VERB" else tok.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            actors = _subject_ids(verb, index, lex) or _speakers_at(doc, tok.idx)
            for actor in actors:
                out.append(Stance(actor=actor, on=deal or topic or "deal", evidence=(sent.start_char, sent.end_char),
                                  stance=stance))
            if actors:
                break  # one stance per sentence: the first cue names it
    return out


def _charge(doc: Doc, ev: Event) -> str | None:
    """What an accusation is about: "accused the EU of hypocrisy" -> "hypocrisy"; the accused's own
    "of" ("the government of President X") is not the charge."""
    span = doc.char_span(ev.evidence[0], ev.evidence[1], alignment_mode="expand")
    verbs = [t for t in span or () if _lemma(t) in _CHARGE_VERBS and t.pos_ == "VERB"]
    if not verbs:
        return None
    found = None
    for tok in verbs[0].subtree:
        if tok.dep_ == "prep" and tok.lower_ in ("of", "over", "for"):
            for obj in (c for c in tok.children if c.dep_ in ("pobj", "pcomp") and c.pos_ != "PROPN"):
                found = doc[obj.i:obj.right_edge.i + 1].text if obj.pos_ == "VERB" else core_np(obj)
    return found


_CHARGE_VERBS = frozenset({"accuse", "blame", "charge", "condemn", "criticize", "criticise", "denounce", "fault",
                           "hold", "slam", "rebuke", "censure"})


def _deal_named(doc: Doc) -> str | None:
    """The deal an article speaks of, when it names one."""
    for sent in doc.sents:
        deal = _deal_in(sent)
        if deal is not None:
            return deal
    return None


def blames(doc: Doc, events: Sequence[Event], topic: str | None) -> list[Stance]:
    """X blames Y from ACCUSE events and from requests to pressure Y. The blame is on the
    negotiation (``topic``); an article about no deal blames on the charge itself."""
    out: list[Stance] = []
    body = text_of(doc)
    for ev in events:
        if ev.status in ("negated", "denied", "hypothetical"):
            continue
        text = body[ev.evidence[0]: ev.evidence[1]].lower()
        pressure = ev.type == "REQUEST" and any(w in text for w in PRESSURE)
        if ev.type != "ACCUSE" and not pressure:
            continue
        for src in ev.sources:
            for tgt in ev.targets:
                if src != tgt:
                    on = topic or _charge(doc, ev) or "accusation"
                    out.append(Stance(actor=src, on=on, evidence=ev.evidence, stance=None, blames=tgt))
    return out


def find_stances(doc: Doc, events: Sequence[Event], proposals: Sequence[Proposal],
                 lexicon: Lexicon | None = None) -> list[Stance]:
    """Stances toward the deal and blames, one per (actor, stance, blamed), in text order."""
    topic = proposals[-1].name if proposals else None
    deal = topic or _deal_named(doc)
    found = stance_cues(doc, lexicon, topic) + blames(doc, events, deal and (topic or "negotiations"))
    seen: set[tuple[str, str | None, str | None]] = set()
    out: list[Stance] = []
    for st in sorted(found, key=lambda s: s.evidence[0]):
        key = (st.actor, st.stance, st.blames)
        if key not in seen:
            seen.add(key)
            out.append(st)
    return out


__all__ = ["DEAL_WORDS", "STANCE_WORDS", "blames", "find_stances", "stance_cues"]
