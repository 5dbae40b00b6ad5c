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


#: verbs done without an object (a crowd's, and "resort to"): no passive, so their participle on a
#: sentence's head noun is its finite verb ("Palestinian youths resorted to throwing stones")
_UNERGATIVE = frozenset({"protest", "demonstrate", "rally", "march", "riot", "picket", "gather", "resort"})


def misread_participle(verb: Token) -> bool:
    """"Uyghur activists protested outside the embassy" parsed as a noun phrase whose participle
    describes it: a crowd verb with no object nor agent, on the sentence's head noun, is that noun's act
    (not "three soldiers killed in Gaza", whose victims the participle names)."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and _lower_lemma(verb) in _UNERGATIVE and (
        _clause_head_noun(verb.head) and verb.head.pos_ in ("NOUN", "PROPN")) and not any(
        c.dep_ in ("dobj", "agent") for c in verb.children)


def _clause_head_noun(noun: Token) -> bool:
    """Is the noun what the parser made of a clause: the sentence's head, an unlabelled dependent of it,
    or a first subject of a verb that has its own ("Youths resorted to stones, officials said": "youths"
    and "officials" both on "said")?"""
    return noun.dep_ == "ROOT" or noun.dep_ == "dep" and noun.head.dep_ == "ROOT" or noun.dep_ == "nsubj" and any(
        c.dep_ == "nsubj" and c.i > noun.i for c in noun.head.children)


#: what may follow a trailing attribution's verb: "here", "on Monday", "Wednesday"
_TRAILING = frozenset({"advmod", "npadvmod", "prep", "punct"})
#: verbs of attribution and complaint, which have no participle describing a noun in that place
_ATTRIBUTING = frozenset({"protest", "complain", "say", "warn", "insist", "claim", "argue", "state", "add",
                          "declare", "announce"})

#: prepositions of a protest's site: "a group of activists protested outside the embassy" marched there
_SITES = frozenset({"outside", "at", "near", "before", "around", "along", "across", "through", "opposite"})


def trailing_speaker(verb: Token) -> Token | None:
    """The speaker of an attribution after its sentence that the parser hung on the sentence as a
    participle: "Croatia is failing its refugees, a rights group protested Wednesday" ("group" an
    apposition, "protested" its participle). None for a participle with an object or an agent, or
    one before the sentence's verb ("the group protested at the embassy was fined"), or a protest at a
    site ("..., activists protested outside the embassy": a demonstration)."""
    root = verb.sent.root
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or _lower_lemma(verb) not in _ATTRIBUTING or root.pos_ not in ("VERB", "AUX") or (
            root.i > verb.i) or any(c.dep_ not in _TRAILING for c in verb.children) or (
            _lower_lemma(verb) == "protest" and any(c.dep_ == "prep" and c.lower_ in _SITES for c in verb.children)):
        return None
    noun = verb.head
    if noun.dep_ != "appos" or verb.doc[noun.left_edge.i - 1].text != "," or verb.right_edge.i + 2 < verb.sent.end:
        return None
    return noun
