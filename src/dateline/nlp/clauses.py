"""Small syntax tests on a clause's own words that every stage may ask (actors, events,
negotiation, quotes): kept here, below the stages, so that the first stage imports no later one."""

from __future__ import annotations

from spacy.tokens import Token


def to_infinitive(verb: Token) -> bool:
    """Does the verb take the infinitive's "to" ("plans to visit", "urged X to accept")?"""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


#: pronouns that deny their verb of anyone: "Nobody said", "None of them fired"
_NOBODY = frozenset({"nobody", "none", "nothing", "neither", "noone"})
#: words after "not" that deny only part of a subject: "not only a soldier", "not just one official"
_PART = frozenset({"only", "just", "merely"})


def negative_subject(verb: Token) -> bool:
    """Is the verb's subject a negative quantifier, which denies the act of anyone: "Nobody said",
    "No one doubted", "No group has claimed", "None of the officials", "Neither side", "Not a
    single shot was fired", "Not one soldier fired"? Not "No. 2 official", "not all", "not only"."""
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subj.lower_ in _NOBODY:
            return True
        if any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in subj.children):
            return True
        if _not_one(subj):
            return True
    return False


def _not_one(subj: Token) -> bool:
    """Is "not" before a single one of the subject ("Not a single shot", "Not one (of the) soldier(s)")?
    Not "not one but two rockets" (two were)."""
    kids = list(subj.children)
    kids += [k for c in kids if c.dep_ == "nummod" and c.lower_ == "one" for k in c.children]  # "Not one"
    if not any(c.dep_ in ("neg", "preconj", "advmod") and c.lower_ == "not" and c.i < subj.i for c in kids):
        return False
    if any(c.lower_ in _PART or c.dep_ == "cc" and c.lower_ == "but" for c in kids):
        return False
    return subj.lower_ == "one" or any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "one", "any") or c.dep_ == "nummod" and c.lower_ == "one"
        for c in kids)


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


#: verbs done without an object (a crowd's, and "resort to"): no passive, so their participle on a
#: sentence's head noun is its finite verb ("Palestinian youths resorted to throwing stones")
_UNERGATIVE = frozenset({"protest", "demonstrate", "rally", "march", "riot", "picket", "gather", "resort"})
#: verbs of attribution and complaint, which have no participle describing a noun after a sentence
_ATTRIBUTING = frozenset({"protest", "complain", "say", "warn", "insist", "claim", "argue", "state", "add",
                          "declare", "announce"})
#: what may follow a trailing attribution's verb: "here", "on Monday", "Wednesday"
_TRAILING = frozenset({"advmod", "npadvmod", "prep", "punct"})
#: prepositions of a protest's site: "a group of activists protested outside the embassy" marched there
_SITES = frozenset({"outside", "at", "near", "before", "around", "along", "across", "through", "opposite"})


def finite_head(verb: Token) -> Token | None:
    """The subject of a finite verb that the parser read as a participle describing a noun (an
    ``acl``), or None. Three misparses: a crowd verb, which has no passive, on the noun the parser
    made of a clause ("Uyghur activists protested outside the embassy": the activists; not "three
    soldiers killed in Gaza", whose victims the participle names); an attribution after its
    sentence ("Croatia is failing its refugees, a rights group protested Wednesday": the group, an
    apposition; see ``trailing``); and a verb before the words it reports (see ``_reports``)."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD"):
        return None
    noun = verb.head
    if trailing(verb) or _reports(verb):
        return noun
    if verb.tag_ == "VBN" and _lemma(verb) in _UNERGATIVE and noun.pos_ in ("NOUN", "PROPN") and (
            _clause_head_noun(noun)) and not any(c.dep_ in ("dobj", "agent") for c in verb.children):
        return noun
    return None


#: quotation marks that open a quote (PolNeAR's plain texts open with two apostrophes too)
_OPENING = frozenset({"“", "‘", '"', "``", "''"})
_CLOSING = frozenset({"”", "’", '"', "''"})
#: what may stand between a verb and the quote it frames: "yelled, “…”", "tweeted in response: “…”"
_BEFORE_QUOTE = frozenset({"prep", "advmod", "npadvmod"})


def _reports(verb: Token) -> bool:
    """Is the ``acl`` verb the finite verb of the noun before it, shown by the words it reports:
    a past tense right after its noun ("…, a man yelled “Stay there!”": reduced relatives are
    participles), or a past or participle right after a name's apposition ("Ana Ruiz, the
    nominee, tweeted in response: “…”"), with no subject of its own, then a quote or a clause of
    its own. Not "the man shot “in the back” was a farmer" (the noun is the subject of a verb after
    the quote), "officials briefed on the talks said “…”" (the quote is another verb's), "X, 44,
    known online as “Y”", "the documents released by the agency"."""
    noun, doc = verb.head, verb.doc
    right_after = verb.tag_ == "VBD" and noun.i == verb.i - 1
    after_apposition = noun.pos_ == "PROPN" and doc[verb.i - 1].text == "," and any(
        c.dep_ == "appos" and c.i < verb.i for c in noun.children)
    if not (right_after or after_apposition) or noun.pos_ not in ("NOUN", "PROPN") or any(
            c.dep_ in ("nsubj", "nsubjpass", "agent", "auxpass") or c.lower_ == "as" for c in verb.children):
        return False
    words = _reported_words(verb)
    if words is None:
        return False
    later = noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i > verb.i
    return not later or words[0] <= noun.head.i <= words[1]


def _reported_words(verb: Token) -> tuple[int, int] | None:
    """The first and last token of what the verb reports: its own clause after it, or a quote
    opening after its adverbials and a comma or colon; None if neither."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is not None:
        return clause.left_edge.i, clause.right_edge.i
    doc = verb.doc
    for t in doc[verb.i + 1: min(len(doc), verb.i + 12)]:
        if t.text in _OPENING:
            end = next((u.i for u in doc[t.i + 1:] if u.text in _CLOSING), len(doc) - 1)
            return t.i, end
        if t.text in (",", ":", "—") or t.is_space:
            continue
        top = t
        while top.head.i != verb.i and top.head.i != top.i:
            top = top.head
        if top.head.i != verb.i or top.dep_ not in _BEFORE_QUOTE or t.pos_ in ("VERB", "AUX"):
            return None
    return None


def trailing(verb: Token) -> bool:
    """Is the ``acl`` verb an attribution after its sentence, its noun the speaker set off by a comma
    ("..., a rights group protested Wednesday")? Not a participle with an object or an agent, nor
    one before the sentence's verb ("the group protested at the embassy was fined"), nor a protest
    at a site ("..., activists protested outside the embassy": a demonstration)."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or _lemma(verb) not in _ATTRIBUTING:
        return False
    root, noun = verb.sent.root, verb.head
    if root.pos_ not in ("VERB", "AUX") or root.i > verb.i or any(c.dep_ not in _TRAILING for c in verb.children):
        return False
    if _lemma(verb) == "protest" and any(c.dep_ == "prep" and c.lower_ in _SITES for c in verb.children):
        return False
    return noun.dep_ == "appos" and verb.doc[noun.left_edge.i - 1].text == "," and verb.right_edge.i + 2 >= verb.sent.end


def _clause_head_noun(noun: Token) -> bool:
    """Is the noun what the parser made of a clause: the sentence's head, an unlabelled dependent of it,
    or a first subject of a verb that has its own ("Youths resorted to stones, officials said": "youths"
    and "officials" both on "said")?"""
    return noun.dep_ == "ROOT" or noun.dep_ == "dep" and noun.head.dep_ == "ROOT" or noun.dep_ == "nsubj" and any(
        c.dep_ == "nsubj" and c.i > noun.i for c in noun.head.children)


def stranded_object(near: Token, far: Token) -> bool:
    """Is a second subject the object the parser took from a transitive verb of the first subject's
    relative clause ("Protesters who marched and defied | Sudan's army stormed the palace": the
    army was defied)? The verb ends right before it and has no object of its own."""
    verb = near.doc[near.left_edge.i - 1]
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") or any(
            c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return False
    while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:  # "began marching ... and defied"
        verb = verb.head
    return verb.dep_ == "relcl" and verb.head.i == far.i


__all__ = ["finite_head", "negative_subject", "stranded_object", "to_infinitive", "trailing"]
