"""Small tests on a clause's own words, shared by the events and negotiation readers."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.nlp.clauses import to_infinitive  # shared with the actors stage

#: marks that open a condition ("if the talks fail", "unless Hamas agrees")
CONDITIONS = frozenset({"if", "unless"})


def conditional(clause: Token, marks: frozenset[str] = CONDITIONS) -> bool:
    """Is the clause opened by "if"/"unless" (or another of ``marks``)? The caller checks that it
    is an adverbial clause where that matters."""
    return any(m.dep_ == "mark" and m.lower_ in marks for m in clause.children)


def _lower_lemma(token: Token) -> str:
    return token.lemma_.lower()


#: what terms are set under ("Under the deal, Israel would not withdraw")
_TERMS = frozenset({"deal", "agreement", "accord", "truce", "ceasefire", "cease-fire", "terms", "term", "phase",
                    "arrangement", "copy", "version"})


def plan_term(token: Token, texts: frozenset[str]) -> bool:
    """Is a negated "would not" a plan's term or a question, not a refusal: "Under the deal, Israel would
    not withdraw", "..., according to a copy of the proposal", "The draft says Israel would not withdraw",
    "Why would Israel not withdraw?" ``texts``: the nouns of plans and drafts."""
    sent = token.sent
    if sent[-1].text == "?" or sent[-1].is_space and len(sent) > 1 and sent[-2].text == "?":
        return True
    texts = texts | _TERMS
    for prep in (c for t in (token, *token.ancestors) for c in t.children if c.dep_ == "prep"):
        if prep.lower_ == "under" and any(_lower_lemma(o) in texts for o in prep.children if o.dep_ == "pobj"):
            return True
    for t in sent:
        if t.lower_ == "according" and any(_lower_lemma(w) in texts for w in t.subtree):
            return True
    tellers = [c for c in token.children if c.dep_ in ("parataxis", "ccomp") and c.i > token.i]
    if token.dep_ in ("ccomp", "parataxis"):
        tellers.append(token.head)
    return any(_lower_lemma(c) in ("say", "state", "stipulate", "provide", "specify") and any(
        k.dep_ == "nsubj" and _lower_lemma(k) in texts for k in c.children) for c in tellers)


__all__ = ["CONDITIONS", "conditional", "plan_term", "to_infinitive"]

