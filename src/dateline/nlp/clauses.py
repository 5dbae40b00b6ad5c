"""Small syntax tests on a clause's own words that every stage may ask (actors, events,
negotiation, quotes): kept here, below the stages, so that the first stage imports no later one."""

from __future__ import annotations

from spacy.tokens import Token


def to_infinitive(verb: Token) -> bool:
    """Does the verb take the infinitive's "to" ("plans to visit", "urged X to accept")?"""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


#: pronouns that deny their verb of anyone: "Nobody said", "None of them fired"
_NOBODY = frozenset({"nobody", "none", "nothing", "neither", "noone"})


def negative_subject(verb: Token) -> bool:
    """Is the verb's subject a negative quantifier, which denies the act of anyone: "Nobody said",
    "No one doubted", "No group has claimed", "None of the officials", "Neither side"? Not "No. 2
    official", "not one"."""
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subj.lower_ in _NOBODY:
            return True
        if any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in subj.children):
            return True
    return False


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
    ``acl``), or None. Two misparses: a crowd verb, which has no passive, on the noun the parser
    made of a clause ("Uyghur activists protested outside the embassy": the activists; not "three
    soldiers killed in Gaza", whose victims the participle names); and an attribution after its
    sentence ("Croatia is failing its refugees, a rights group protested Wednesday": the group, an
    apposition; see ``trailing``)."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD"):
        return None
    noun = verb.head
    if trailing(verb):
        return noun
    if verb.tag_ == "VBN" and _lemma(verb) in _UNERGATIVE and noun.pos_ in ("NOUN", "PROPN") and (
            _clause_head_noun(noun)) and not any(c.dep_ in ("dobj", "agent") for c in verb.children):
        return noun
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


__all__ = ["finite_head", "negative_subject", "to_infinitive", "trailing"]
