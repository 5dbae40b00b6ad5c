"""Small tests on a clause's own words, shared by the events and negotiation readers."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.nlp.clauses import negative_subject, to_infinitive  # shared with the actors stage

#: marks that open a condition ("if the talks fail", "unless Hamas agrees")
CONDITIONS = frozenset({"if", "unless"})


def conditional(clause: Token, marks: frozenset[str] = CONDITIONS) -> bool:
    """Is the clause opened by "if"/"unless" (or another of ``marks``)? The caller checks that it
    is an adverbial clause where that matters."""
    return any(m.dep_ == "mark" and m.lower_ in marks for m in clause.children)


def no_subject(verb: Token) -> bool:
    """Is the verb denied of anyone by its subject: a negative quantifier ("Nobody fired", "No shots
    were fired") or "not" before a single one ("Not a single shot was fired", "Not one soldier
    fired")? Not "not all", "not only", "not just" (some did)."""
    if negative_subject(verb):
        return True
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        kids = list(subj.children)
        kids += [k for c in kids if c.dep_ == "nummod" and c.lower_ == "one" for k in c.children]  # "Not one"
        if not any(c.dep_ in ("neg", "preconj", "advmod") and c.lower_ == "not" and c.i < subj.i for c in kids):
            continue
        if any(c.lower_ in ("all", "every", "only", "just", "merely", "many", "everyone") for c in kids):
            continue
        if any(c.dep_ == "det" and c.lower_ in ("a", "an", "one", "any") or c.dep_ == "nummod" and c.lower_ == "one"
               for c in kids):
            return True
    return False


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


__all__ = ["CONDITIONS", "conditional", "no_subject", "plan_term", "to_infinitive"]

