"""The negotiation fast paths find what the plain computation finds: ``find_proposals`` reads only
the subjects and nouns (``picked_tokens``), and their lemma before their paragraph; ``_deal_in``
finds the doc's deal words once, not each sentence's tokens. Each is checked against the loop as
it was written before."""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

import pytest
from spacy.tokens import Doc

from dateline.events.attributes import lemma
from dateline.events.lexicon import load_lexicon
from dateline.model import Proposal
from dateline.negotiation import proposals as P
from dateline.negotiation import stances as S

#: our own sentences: plans, their phases, deals, and much that is neither
TEXTS = (
    "The framework proposal, laid out by President Biden, calls for a truce and the release of hostages.\n\n"
    "The first phase would include a six-week ceasefire. Hamas rejected the plan on Monday.\n\n"
    "This proposal was endorsed by Qatar and Egypt, officials said.",
    "Egypt proposed a new plan that includes exchanging prisoners and allowing aid into Gaza. The second stage "
    "would see Israel withdraw its troops. Israel dismissed the proposal.",
    "A US proposal was welcomed by Jordan. The deal would last six weeks and include a truce.\n\n"
    "Talks resumed in Cairo. The first phase of the offensive ended. Israel's first phase was over.",
    "Rain fell on the capital. The council met on Tuesday and approved a budget, its chairman said.",
    "Negotiators said the ceasefire deal was close, and Hamas voiced cautious optimism about the agreement.",
)


def _old_find_proposals(doc: Doc) -> list[Proposal]:
    """``find_proposals`` as it was: every token's paragraph and lemma read first."""
    lex = load_lexicon()
    index = P.ActorIndex(doc)
    drafts: list[P._Draft] = []
    breaks = P._paragraphs(doc)
    for tok in doc:
        paragraph = bisect_right(breaks, tok.idx)
        if lemma(tok) in P._PARTS and tok.dep_ in ("nsubj", "nsubjpass"):
            if drafts and P._plan_part(tok) and paragraph - drafts[-1].paragraph <= 1:
                drafts[-1].terms.extend(P._terms(tok, lex))
                drafts[-1].paragraph = paragraph
            continue
        if tok.pos_ != "NOUN" or lemma(tok) not in P.PROPOSAL_NOUNS or tok.dep_ == "compound":
            continue
        draft = drafts[-1] if drafts and P._is_anaphor(tok) else P._Draft(P.compact_np(tok), tok)
        draft.paragraph = paragraph
        if lemma(tok) in P.AUTHORED:
            for mod in (c for c in tok.children if c.dep_ in ("poss", "compound", "amod", "nmod")):
                draft.proposers.extend(P._ids(mod, index, lex))
        for verb in P._verbs_on(tok):
            who = P._agents(verb, index, lex)
            if lemma(verb) in P.PROPOSE:
                draft.proposers.extend(who)
            elif lemma(verb) in P.ENDORSE:
                draft.endorsers.extend(who)
            elif lemma(verb) in P.REJECT:
                draft.rejecters.extend(who)
        draft.terms.extend(P._terms(tok, lex))
        if all(d is not draft for d in drafts) and (draft.proposers or draft.endorsers or draft.rejecters or draft.terms):
            drafts.append(draft)
    return [d.record() for d in P._merge_same_side(drafts, doc)]


def _old_find_deal(sent: Any) -> str | None:
    for t in sent:
        if (lemma(t) in S.DEAL_WORDS or t.lower_ in S.DEAL_WORDS) and t.pos_ in ("NOUN", "PROPN"):
            return S.core_np(t)
    return None


@pytest.fixture(scope="module")
def docs(nlp: Any) -> list[Doc]:
    return list(nlp.pipe(TEXTS))


@pytest.mark.parametrize("n", range(len(TEXTS)))
def test_find_proposals_as_before(docs: list[Doc], n: int) -> None:
    doc = docs[n]
    assert P.find_proposals(doc) == _old_find_proposals(doc)


def test_find_proposals_finds(docs: list[Doc]) -> None:
    (first,) = [p for p in P.find_proposals(docs[0]) if "framework proposal" in p.name]
    assert first.terms and first.rejecters  # the first phase's terms, and Hamas's rejection


@pytest.mark.parametrize("n", range(len(TEXTS)))
def test_deal_in_as_before(docs: list[Doc], n: int) -> None:
    deals = [S._deal_in(sent) for sent in docs[n].sents]
    assert deals == [_old_find_deal(sent) for sent in docs[n].sents]
    assert any(deals) == (n != 3)  # all but the rain and the budget name a deal
