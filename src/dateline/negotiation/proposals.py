"""Proposals in a negotiation: who put forward which plan, who backs or rejects it, its terms.

A proposal is a noun ("framework proposal", "the plan", "a ceasefire deal") with what the parse
ties to it: the agent of "laid out by X" / "proposed by X", the subject of "X proposed a plan",
possessors and actor modifiers ("Biden's plan", "US proposal") -> proposers; "endorsed by",
"backed", "accepted" -> endorsers; "rejected", "dismissed" -> rejecters; and the acts the plan
"aims to", "includes", "calls for", "would see" -> terms. Later anaphors ("This plan",
"the proposal") add to the latest proposal.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.attrs import DEP, POS
from spacy.tokens import Doc, Token

from dateline.events.arguments import ActorIndex, compact_np, resolve
from dateline.events.attributes import lemma as _lemma
from dateline.events.finding import picked_tokens
from dateline.events.lexicon import Lexicon, load_lexicon
from dateline.model import Proposal
from dateline.negotiation.lexicon import negotiation_lexicon
from dateline.nlp.memo import text_of

_LEX = negotiation_lexicon()
PROPOSAL_NOUNS = _LEX.proposal_nouns
#: proposals whose possessor or actor modifier is their author
AUTHORED = _LEX.authored
PROPOSE = _LEX.propose
ENDORSE = _LEX.endorse
REJECT = _LEX.reject
TERM_VERBS = _LEX.term_verbs
_ANAPHOR_DETS = frozenset({"this", "that", "the", "such"})


@dataclass(eq=False)
class _Draft:
    name: str
    head: Token
    proposers: list[str] = field(default_factory=list)
    endorsers: list[str] = field(default_factory=list)
    rejecters: list[str] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)
    #: the paragraph the plan was last named in (or one of its phases was)
    paragraph: int = 0

    def record(self) -> Proposal:
        return Proposal(self.name, tuple(dict.fromkeys(self.proposers)), tuple(dict.fromkeys(self.endorsers)),
                        tuple(dict.fromkeys(self.rejecters)), tuple(dict.fromkeys(self.terms)))


def _ids(token: Token, index: ActorIndex, lex: Lexicon) -> list[str]:
    return [a.actor for a in resolve(token, index, lex) if a.actor]


def _agents(verb: Token, index: ActorIndex, lex: Lexicon) -> list[str]:
    """Who did ``verb``: its "by" agent, else its active subject."""
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        for pobj in (c for c in agent.children if c.dep_ == "pobj"):
            return _ids(pobj, index, lex)
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        return _ids(subj, index, lex)
    return []


def _verbs_on(head: Token) -> list[Token]:
    """Verbs acting on the proposal: participles on it ("laid out by") and verbs taking it as object."""
    out: list[Token] = []
    for c in head.children:
        if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB":
            out.append(c)
            out.extend(x for x in c.children if x.dep_ == "conj" and x.pos_ == "VERB")
    if head.dep_ in ("dobj", "nsubjpass") and head.head.pos_ == "VERB":
        out.append(head.head)
        out.extend(x for x in head.head.children if x.dep_ == "conj" and x.pos_ == "VERB"
                   and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in x.children))
    return out


def term_text(verb: Token, leave: frozenset[int] = frozenset()) -> str:
    """A term as an act: the verb's base form and its own phrase ("exchange Israeli hostages for ..."),
    without the subtrees of the terms listed after it (``leave``: their heads' indices)."""
    skip = {c.i for c in verb.children if c.dep_ in ("conj", "cc", "aux", "punct", "mark", "neg")}
    toks = [t for c in verb.children if c.i not in skip for t in c.subtree if c.i > verb.i]
    if leave:
        others = [verb.doc[i] for i in leave if i != verb.i]
        cut = {t.i for o in others if not (o.left_edge.i <= verb.i <= o.right_edge.i) for t in o.subtree}
        toks = [t for t in toks if t.i not in cut]
        while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc"):
            toks.pop()
    head = [verb.lemma_]
    if verb.pos_ == "NOUN":  # "a 60-day truce", "more humanitarian aid": the noun with its modifiers
        mods = [t for c in verb.children if c.i < verb.i and c.dep_ in ("amod", "compound", "nummod")
                for t in c.subtree]
        lead = "".join(t.text_with_ws for t in sorted(mods, key=lambda t: t.i)).strip()
        head = ([lead] if lead else []) + [verb.text]
    words = head + [t.text for t in sorted(toks, key=lambda t: t.i) if not t.is_punct or t.text == "-"]
    return " ".join(words)


def _listed(head: Token, verb: Token, acts: list[Token], lex: Lexicon) -> list[Token]:
    """Event nouns of a list of terms the parser hung as appositions elsewhere ("calls for a truce,
    the withdrawal of X and ...": withdrawal as an apposition of the plan; "would see X release
    hostages for prisoners held by Israel, a phased withdrawal ...": of Israel)."""
    inside = {t.i for a in acts for t in a.subtree} | {head.i}
    return [t for t in verb.sent if t.i > verb.i and t.dep_ == "appos" and t.pos_ == "NOUN"
            and t.head.i in inside and t.i not in {a.i for a in acts}
            and (_lemma(t) in lex.nouns or _lemma(t) in lex.standalone_nouns)
            and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ","]


#: term verbs whose noun objects are the terms ("includes a truce"); "see" and "call" take clauses
_LISTING = frozenset({"include", "comprise", "envisage", "envision", "foresee", "entail", "involve", "require",
                      "stipulate", "offer", "propose", "contain", "provide"})
_NOT_TERMS = frozenset({"which", "that", "this", "it", "way", "chance", "opportunity", "detail", "step", "phase",
                        "stage", "part", "element", "provision", "clause", "term", "condition", "point"})


def _terms(head: Token, lex: Lexicon) -> list[str]:
    """Acts a plan consists of: "aims to freeze ...", "includes exchanging ... and allowing ..."."""
    verb = head.head if head.dep_ in ("nsubj", "nsubjpass") else None
    if verb is not None and _lemma(verb) not in TERM_VERBS:  # "would last six weeks and include a truce"
        verb = next((c for c in verb.children if c.dep_ == "conj" and _lemma(c) in TERM_VERBS
                     and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)), verb)
    if verb is None or _lemma(verb) not in TERM_VERBS:  # "a proposal that includes a truce"
        verb = next((c for c in head.children if c.dep_ == "relcl" and _lemma(c) in TERM_VERBS), None)
    if verb is None or _lemma(verb) not in TERM_VERBS:
        return []
    acts: list[Token] = []
    for c in verb.children:
        if c.dep_ in ("xcomp", "ccomp") or c.dep_ == "dobj" and c.tag_ == "VBG" or c.dep_ == "pcomp":
            acts.append(c)
        elif c.dep_ == "dobj" and c.pos_ == "NOUN" and _lemma(verb) in _LISTING and _lemma(c) not in _NOT_TERMS:
            acts.append(c)  # "includes a two-week truce and the release of hostages"
        if c.dep_ == "prep" and c.lower_ == "for":  # "calls for a withdrawal"
            acts.extend(p for p in c.children if p.dep_ in ("pobj", "pcomp"))
    acts.extend(_listed(head, verb, acts, lex))
    out: list[Token] = []
    for act in acts:
        out.append(act)
        stack = [act]
        while stack:
            cur = stack.pop()
            for x in cur.children:
                if x.dep_ == "conj":
                    out.append(x)
                    stack.append(x)
    leave = frozenset(a.i for a in out)
    return [term_text(a, leave) for a in out if a.pos_ in ("VERB", "NOUN")]


#: parts of a plan named last: their terms are the plan's ("the first phase would include ...")
_PARTS = frozenset({"phase", "stage"})
#: what such a part may be "of" and still be the plan's ("the first phase of the deal", "... of the truce")
_WHOLES = PROPOSAL_NOUNS | {"truce", "ceasefire"}


def _plan_part(tok: Token) -> bool:
    """A "phase"/"stage" that can be the plan's: of nothing named, or of a plan or truce; not "the
    first phase of its offensive", "the first stage of the election" or "Israel's first phase"."""
    owners = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    owners += [c for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    return all(_lemma(o) in _WHOLES for o in owners)


def _paragraphs(doc: Doc) -> list[int]:
    """Start offsets of the paragraphs after the first (the body joins paragraphs with a blank line)."""
    text = text_of(doc)
    out, at = [], text.find("\n\n")
    while at >= 0:
        out.append(at)
        at = text.find("\n\n", at + 2)
    return out


def _is_anaphor(head: Token) -> bool:
    dets = [c.lower_ for c in head.children if c.dep_ == "det"]
    mods = [c for c in head.children if c.dep_ in ("amod", "compound", "poss")]
    return bool(dets) and dets[0] in _ANAPHOR_DETS and not mods


def find_proposals(doc: Doc, lexicon: Lexicon | None = None) -> list[Proposal]:
    """The proposals of a negotiation the doc reports, with proposers, endorsers, rejecters, terms."""
    lex = lexicon or load_lexicon()
    index = ActorIndex(doc)
    drafts: list[_Draft] = []
    breaks = _paragraphs(doc)
    # a plan's part is a subject, a proposal a noun: the other tokens are skipped first
    for tok in picked_tokens(doc, (POS, ("NOUN",)), (DEP, ("nsubj", "nsubjpass"))):
        subject = tok.dep_ in ("nsubj", "nsubjpass")
        tok_lemma = _lemma(tok)
        if subject and tok_lemma in _PARTS:
            # "The first phase would include a truce, ...": the plan's, when it is the plan's own phase
            # and the plan was named in this paragraph or the one before
            paragraph = bisect_right(breaks, tok.idx)
            if drafts and _plan_part(tok) and paragraph - drafts[-1].paragraph <= 1:
                drafts[-1].terms.extend(_terms(tok, lex))
                drafts[-1].paragraph = paragraph
            continue
        if tok.pos_ != "NOUN" or tok_lemma not in PROPOSAL_NOUNS or tok.dep_ == "compound":
            continue
        paragraph = bisect_right(breaks, tok.idx)
        draft = drafts[-1] if drafts and _is_anaphor(tok) else _Draft(compact_np(tok), tok)
        draft.paragraph = paragraph
        if tok_lemma in AUTHORED:  # "Biden's plan", "a US proposal"; a "US-Iran deal" has parties
            for mod in (c for c in tok.children if c.dep_ in ("poss", "compound", "amod", "nmod")):
                draft.proposers.extend(_ids(mod, index, lex))
        for verb in _verbs_on(tok):
            who = _agents(verb, index, lex)
            lemma = _lemma(verb)
            if lemma in PROPOSE:
                draft.proposers.extend(who)
            elif lemma in ENDORSE:
                draft.endorsers.extend(who)
            elif lemma in REJECT:
                draft.rejecters.extend(who)
        draft.terms.extend(_terms(tok, lex))
        if all(d is not draft for d in drafts) and (draft.proposers or draft.endorsers or draft.rejecters or draft.terms):
            drafts.append(draft)
    return [d.record() for d in _merge_same_side(drafts, doc)]


def _side(actor: str, countries: dict[str, str | None]) -> str | None:
    """The country an actor acts for: a country itself, or a person's or body's country."""
    return actor[4:].upper() if actor.startswith("cty:") else countries.get(actor)


def _merge_same_side(drafts: list[_Draft], doc: Doc) -> list[_Draft]:
    """"a new US proposal" and "the framework proposal, laid out by President Biden" in one story
    are one plan: a bare proposal (no terms, endorsers or rejecters) whose proposers all act for the
    country of a fuller proposal's proposer joins that proposal."""
    countries = {a.id: a.country for a in getattr(doc._, "actors", None) or ()}
    out = list(drafts)
    for bare in drafts:
        if bare.terms or bare.endorsers or bare.rejecters or not bare.proposers:
            continue
        sides = {_side(a, countries) for a in bare.proposers}
        if None in sides or len(sides) != 1:
            continue
        for full in drafts:
            if full is not bare and full.terms and sides <= {_side(a, countries) for a in full.proposers}:
                out.remove(bare)
                break
    return out


__all__ = ["ENDORSE", "PROPOSAL_NOUNS", "PROPOSE", "REJECT", "find_proposals", "term_text"]
