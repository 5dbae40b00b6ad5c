"""What the clause around an event says of its reality, beyond its own tense and modals.

- An act its reporter does not vouch for or only believes: "Israel did not confirm that it carried out
  the strike", "Israel is believed to have carried out the strike",
  "the army declined to confirm it had bombed ...", "officials could not verify that ...", "no group
  claimed responsibility for the attack" -> ``hypothetical`` (the status vocabulary has no
  "unconfirmed": the text does not assert the act, and it does not deny it either).
- An act that failed: "failed to reach agreement", "was unable to deliver aid" -> ``negated``.
- An act only planned or weighed: "is planning a visit", "is preparing an offensive" -> ``planned``;
  "is considering an offensive" -> ``hypothetical``; "announced plans for an offensive",
  "preparations for talks" -> ``planned``.
- The content of a resolution, bill or plan shares its carrier's fate: "failed to adopt / vetoed a
  resolution demanding a ceasefire", "cancelled plans to sell arms" -> ``negated``; "a draft
  resolution demanding ..." not (yet) adopted -> ``hypothetical``.

Pure functions over spaCy tokens; ``attributes.status`` calls them.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.lexicon import Lexicon
from dateline.negotiation.lexicon import negotiation_lexicon

#: verbs by which a reporter vouches for an act ("confirmed that it carried out the strike")
ATTEST = frozenset({"confirm", "claim", "acknowledge", "admit", "verify", "corroborate", "say", "disclose",
                    "announce", "state", "reveal"})
_REFUSE = frozenset({"decline", "refuse"})
_FAIL = frozenset({"fail"})
_UNABLE = frozenset({"unable", "powerless"})
#: verbs whose event-noun object is only planned ("is planning a visit", "prepared an offensive")
PLANNING = frozenset({"plan", "prepare", "schedule", "intend", "slate", "arrange", "envisage", "envision"})
#: verbs whose event-noun object is only weighed or wished for ("is considering an offensive")
WEIGHING = frozenset({"consider", "mull", "weigh", "contemplate", "want", "seek", "wish", "desire", "fear"})
#: nouns whose content is intended by their owner ("preparations for an offensive")
_INTENT_NOUNS = frozenset({"preparation", "intention", "intent", "timetable"})
#: what kills a resolution, bill or plan: its content then did not happen
_FOILS = frozenset({"veto", "reject", "block", "defeat", "scrap", "shelve", "abandon", "drop", "cancel", "kill",
                    "torpedo", "scuttle", "withdraw"})
#: what makes a resolution's content real
_PASSES = frozenset({"adopt", "pass", "approve", "endorse", "ratify", "sign", "enact", "back", "accept"})
#: nouns that carry terms: one list, kept in the negotiation lexicon, plus bills and motions
_CARRIERS = negotiation_lexicon().proposal_nouns | {"bill", "motion", "text", "measure", "legislation"}


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def withheld(below: Token, head: Token, dep: str) -> bool:
    """Does ``head`` decline to vouch for the act below it: a negated, refused, pending or impossible
    confirmation or claim ("did not confirm that it struck", "declined to confirm it had bombed",
    "could not verify", "has not claimed responsibility for", "has yet to confirm", "there was no
    confirmation that ...")? An indirect question ("did not say
    who carried out the attack") presupposes the act: not withheld."""
    if dep in ("ccomp", "acl") and any(t.tag_ in ("WP", "WRB", "WDT") and t.i < below.i for t in below.subtree):
        return False
    if _lemma(head) in _ATTEST_NOUNS and dep in ("acl", "ccomp"):  # "no confirmation that Israel carried out"
        return any(c.dep_ == "det" and c.lower_ == "no" for c in head.children)
    if _lemma(head) not in ATTEST or dep not in ("ccomp", "dobj", "xcomp", "pcomp"):
        return False
    if _negated(head):
        return True
    above = head.head
    return head.dep_ == "xcomp" and (_lemma(above) in _REFUSE or any(c.lower_ == "yet" for c in above.children)) or (
        head.dep_ == "pcomp" and (above.lower_ == "without" or above.lower_ == "of" and above.head.lower_ == "short"))


def hedged(below: Token, head: Token, dep: str, lex: Lexicon | None = None) -> bool:
    """Is the act only believed of its subject: "Israel is believed to have carried out the strike",
    "is widely suspected of carrying out", "is said / reported / thought to have struck"? A toll or
    a description is no such act: "12 people were reported killed", "dozens are believed to have
    died", "the strike is understood to have targeted a commander" (the victims or the act itself are
    the subject; what is uncertain is the count or the aim, not the act)."""
    if not ((dep == "xcomp" or dep == "prep" and below.lower_ == "of") and _lemma(head) in _HEDGES and any(
            c.dep_ == "auxpass" for c in head.children)):
        return False
    if dep == "xcomp" and (_lemma(below) in _VICTIM_VERBS or _passive(below)):
        return False  # "were reported killed", "are believed to have been abducted"
    subj = [c for c in head.children if c.dep_ in ("nsubjpass", "nsubj")]
    return not (subj and lex is not None and _lemma(subj[0]) in lex.nouns and subj[0].ent_type_ == "")


def _passive(verb: Token) -> bool:
    """Is a verb passive: "to have been killed", or a bare participle ("reported killed")?"""
    kids = list(verb.children)
    return any(c.dep_ == "auxpass" for c in kids) or verb.tag_ == "VBN" and not any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in kids)


_VICTIM_VERBS = frozenset({"die", "perish", "drown", "starve", "disappear", "flee"})


_HEDGES = frozenset({"believe", "suspect", "think", "allege", "say", "report", "presume", "rumour", "rumor",
                     "understand", "assume"})


_ATTEST_NOUNS = frozenset({"confirmation", "claim", "acknowledgement", "acknowledgment", "verification", "word",
                           "evidence", "proof", "indication", "sign"})


def failed(head: Token, dep: str) -> bool:
    """Is the act the complement of a failure: "failed to reach agreement", "was unable to deliver"?"""
    if dep != "xcomp" or _negated(head):
        return False
    return _lemma(head) in _FAIL or _lemma(head) in _UNABLE


def neither(verb: Token) -> bool:
    """Is a verb negated, or one of "neither ... nor" ("neither confirmed nor denied")?"""
    if _negated(verb) or any(c.dep_ in ("preconj", "cc") and c.lower_ in ("neither", "nor") for c in verb.children):
        return True
    return verb.dep_ == "conj" and any(c.lower_ in ("neither", "nor") for c in verb.head.children)


def alleged(below: Token, head: Token, dep: str) -> bool:
    """"Russia claimed that Ukrainian forces shelled the plant": one party's claim about another's
    act is an allegation, not a report of it. A claim of one's own act ("Hamas claimed it carried
    out the attack") stays a report."""
    if _lemma(head) not in _CLAIM or dep != "ccomp":
        return False
    claimant = [c for c in head.children if c.dep_ == "nsubj"]
    actor = [c for c in below.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not claimant or not actor or actor[0].pos_ == "PRON":
        return False
    return _lemma(actor[0]) != _lemma(claimant[0]) and not any(
        t.dep_ == "poss" and t.pos_ == "PRON" for t in actor[0].children)  # "its forces": the claimant's


_CLAIM = frozenset({"claim", "allege", "insist"})


def disowned(token: Token, speech_verbs: frozenset[str]) -> bool:
    """A speaker's own act, negated in its reported clause: "Iran said it had not carried out the
    attack" is Iran's denial (status ``denied``), not a plain negation."""
    head = token.head
    if token.dep_ != "ccomp" or _lemma(head) not in speech_verbs or not _negated(token):
        return False
    actor = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    speaker = [c for c in head.children if c.dep_ == "nsubj"]
    return bool(actor and speaker) and (actor[0].pos_ == "PRON" and actor[0].lower_ not in ("i", "you") or
                                        _lemma(actor[0]) == _lemma(speaker[0]))


def contrasted(child: Token, head: Token) -> bool:
    """Is a conjoined clause set against its head ("X did not comment, but residents said ...")?"""
    return any(c.dep_ == "cc" and c.lower_ in ("but", "yet", "while", "whereas") and head.i < c.i < child.i
               for c in head.children)


def lent_by(verb: Token, noun: Token | None = None) -> str | None:
    """The status a planning or weighing verb lends the event noun it governs: "planned" for
    "is planning / preparing / scheduled a visit", "hypothetical" for "is considering an offensive";
    "negated" when that verb is negated ("is not planning an offensive"). A known act planned in
    the past ("Hamas planned the attack for two years") is no plan still to come."""
    lemma = _lemma(verb)
    if lemma not in PLANNING and lemma not in WEIGHING:
        return None
    if verb.tag_ == "VBD" and noun is not None and any(
            c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children):
        return None
    if _negated(verb):
        return "negated"
    return "planned" if lemma in PLANNING else "hypothetical"


def _carrier(token: Token) -> Token | None:
    """The noun whose content the event is: "a resolution demanding ...", "plans for an
    offensive", "plans to visit", "preparations for talks" (within three steps up)."""
    below = token
    for _ in range(3):
        head = below.head
        if head.i == below.i:
            return None
        if below.dep_ == "pobj" and head.dep_ == "prep":
            below = head
            continue
        if head.pos_ == "NOUN" and below.dep_ in ("acl", "relcl", "prep"):
            return head if _lemma(head) in _CARRIERS | _INTENT_NOUNS else None
        return None
    return None


def fate(token: Token) -> str | None:
    """The status the content of a resolution, bill or plan takes from what befell it: foiled
    ("vetoed", "failed to adopt", "did not pass", "cancelled plans") -> "negated"; a draft not
    adopted -> "hypothetical"; one's own plans or preparations -> "planned"; else None."""
    noun = _carrier(token)
    if noun is None:
        return None
    verb = noun.head if noun.dep_ in ("dobj", "nsubjpass", "nsubj") else None
    if verb is not None and verb.pos_ in ("VERB", "AUX"):
        if _lemma(verb) in _FOILS or _negated(verb) or failed(verb.head, verb.dep_):
            return "negated"
        if _lemma(verb) in _PASSES:
            return None
    if any(_lemma(c) == "draft" for c in noun.children) or _lemma(noun) == "draft":
        return "hypothetical"  # "circulated a draft resolution demanding ..."
    if _lemma(noun) in _INTENT_NOUNS or _lemma(noun) == "plan" and noun.tag_ == "NNS":
        return "planned"  # "announced plans for an offensive": not a proposal's terms, an intent
    return None


__all__ = ["ATTEST", "PLANNING", "WEIGHING", "alleged", "contrasted", "disowned", "failed", "fate", "hedged", "lent_by",
           "neither", "withheld"]
