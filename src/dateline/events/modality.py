"""What the clause around an event says of its reality, beyond its own tense and modals.

- An act its reporter does not vouch for or only believes: "Israel did not confirm that it carried out
  the strike", "Israel is believed to have carried out the strike",
  "the army declined to confirm it had bombed ...", "officials could not verify that ..." ->
  ``hypothetical`` (the status vocabulary has no "unconfirmed": the text does not assert the act,
  and it does not deny it either). "No group claimed responsibility for the attack" leaves the
  attack happened: only its author is unknown.
- An act that failed: "failed to reach agreement", "was unable to deliver aid" -> ``negated``.
- A hedge or failure reaches only the act directly under it (its complement, or the object of a
  light verb there), not a noun in an adjunct or the object of a verb acting on another's act:
  "12 were reported killed in the strike", "failed to prevent the attack", "failed to reach a deal
  during talks" leave the strike, the attack and the talks happened.
- An act only planned or weighed: "is planning a visit", "is preparing an offensive" -> ``planned``;
  "is considering an offensive" -> ``hypothetical``; "announced plans for an offensive",
  "preparations for talks" -> ``planned``; a past planning over a time now past ("planned the
  attack for months") -> the act happened.
- The content of a resolution, bill, plan or operation shares its carrier's fate: "failed to adopt
  / vetoed a resolution demanding a ceasefire", "scrapped plans to deploy troops", "called off the
  operation to evict" -> ``negated``; "a draft resolution demanding ..." not (yet) adopted ->
  ``hypothetical``. Any other negated verb of the carrier ("the deal does not cover soldiers") says
  what it holds, not that it failed.

Pure functions over spaCy tokens; ``attributes.status`` calls them.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.clauses import to_infinitive
from dateline.events.lexicon import Lexicon
from dateline.events.strikes import gives_up
from dateline.negotiation.lexicon import negotiation_lexicon
from dateline.nlp.clauses import negative_subject

#: verbs by which a reporter vouches for an act ("confirmed that it carried out the strike")
ATTEST = frozenset({"confirm", "claim", "acknowledge", "admit", "verify", "corroborate", "say", "disclose",
                    "announce", "state", "reveal"})
_REFUSE = frozenset({"decline", "refuse"})
_FAIL = frozenset({"fail"})
_UNABLE = frozenset({"unable", "powerless"})
#: verbs whose event-noun object is only planned ("is planning a visit", "prepared an offensive")
PLANNING = frozenset({"plan", "plot", "prepare", "schedule", "intend", "slate", "envisage", "envision"})
#: verbs whose event-noun object is only weighed or wished for ("is considering an offensive")
WEIGHING = frozenset({"consider", "mull", "weigh", "contemplate", "want", "seek", "wish", "desire", "fear"})
#: nouns whose content is intended by their owner ("preparations for an offensive")
_INTENT_NOUNS = frozenset({"preparation", "intention", "intent", "timetable"})
#: what kills a resolution, bill or plan besides its owner's giving it up (``strikes.gives_up``)
_FOILS = frozenset({"veto", "reject", "block", "defeat", "kill", "torpedo", "scuttle"})
#: what makes a resolution's content real
_PASSES = frozenset({"adopt", "pass", "approve", "endorse", "ratify", "sign", "enact", "back", "accept"})
#: nouns that carry terms: one list, kept in the negotiation lexicon, plus bills and motions
_CARRIERS = negotiation_lexicon().proposal_nouns | {"bill", "motion", "text", "measure", "legislation", "operation",
                                                     "mission"}


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _negated(token: Token) -> bool:
    """Is the verb negated, or its subject a negative quantifier ("Nobody confirmed ...")?"""
    return any(c.dep_ == "neg" for c in token.children) or negative_subject(token)


def ruled_out(verb: Token) -> bool:
    """Is a copula's subject ruled out: "is out of the question", "is not an option"?"""
    if _lemma(verb) != "be":
        return False
    out = any(c.dep_ == "prep" and c.lower_ == "out" and any(
        p.lower_ == "of" and any(_lemma(q) == "question" for q in p.children) for p in c.children)
        for c in verb.children)
    if out:  # not "is not out of the question": still possible
        return not _negated(verb)
    return _negated(verb) and any(c.dep_ == "attr" and _lemma(c) == "option" and not any(
        m.lower_ in ("the", "only", "sole") for m in c.children) for c in verb.children)  # not "not the only option"


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
    if _negated(head):  # not "No group claimed (responsibility for) the attack": only its author is unknown
        return dep != "dobj" or any(c.dep_ == "neg" for c in head.children)
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
    return _lemma(actor[0]) != _lemma(claimant[0]) and not _owns(claimant[0], actor[0])


def _owns(claimant: Token, actor: Token) -> bool:
    """Is the actor the claimant's own: "its forces", "one of its fighters", "Russian troops" of
    Russia's claim?"""
    heads = [actor] + [p for c in actor.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in c.children if p.dep_ == "pobj"]  # "one / members / some of its fighters"
    side = {t.lower_[:4] for t in claimant.subtree if t.pos_ == "PROPN" or t.ent_type_}
    return any(t.dep_ == "poss" and t.pos_ == "PRON" or t.dep_ in ("amod", "compound") and t.ent_type_ in (
        "NORP", "GPE") and t.lower_[:4] in side for h in heads for t in h.children)


_CLAIM = frozenset({"claim", "allege", "insist"})


def disowned(token: Token, lex: Lexicon) -> bool:
    """A speaker's own hostile act, negated in its reported clause: "Iran said it had not carried
    out the attack", "Russia said its forces had not shelled the city" is a denial (status
    ``denied``) of an act others lay at its door, not a plain negation. An act not yet done, one
    the speaker could not do, or one that is no hostile act ("said it had not yet withdrawn",
    "could not deliver aid", "had not received a proposal") is negated."""
    head = token.head
    if token.dep_ != "ccomp" or _lemma(head) not in lex.speech_verbs or not _negated(token):
        return False
    kids = list(token.children)
    if any(c.lower_ == "yet" or c.dep_ == "aux" and c.lower_ in _MODALS for c in kids) or not _hostile(token, lex):
        return False
    actor = [c for c in kids if c.dep_ in ("nsubj", "nsubjpass")]
    speaker = [c for c in head.children if c.dep_ == "nsubj"]
    return bool(actor and speaker) and (actor[0].pos_ == "PRON" and actor[0].lower_ not in ("i", "you") or
                                        _lemma(actor[0]) == _lemma(speaker[0]) or any(
                                            c.dep_ == "poss" and c.pos_ == "PRON" for c in actor[0].children))


_MODALS = frozenset({"could", "can", "would", "might", "may", "should", "will", "wo", "ca"})


def _hostile(verb: Token, lex: Lexicon) -> bool:
    """Is a verb, or the event noun it carries out, an act of conflict ("shelled", "carried out the attack")?"""
    sense = lex.verbs.get(_lemma(verb))
    if sense is not None and sense[0] in lex.conflict_types:
        return True
    return any(c.dep_ == "dobj" and (lex.nouns.get(_lemma(c)) or ("",))[0] in lex.conflict_types
               for c in verb.children)


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
    if verb.tag_ in ("VBD", "VBN") and spent(verb):
        return None  # "Hamas planned the attack for months": the planning is over, the act done
    if _negated(verb):
        return "hypothetical" if lemma == "fear" else "negated"  # "need not fear an attack": still only feared
    return "planned" if lemma in PLANNING else "hypothetical"


_SPANS = frozenset({"day", "week", "month", "year", "decade"})


def spent(verb: Token) -> bool:
    """Does a past verb name a time it took or a time now past: "planned for months", "prepared
    for two years", "planned last month", "prepared years ago"?"""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "for" and any(
                p.dep_ == "pobj" and _lemma(p) in _SPANS and p.tag_ == "NNS" for p in c.children):
            return True
        if c.dep_ in ("npadvmod", "advmod") and (any(m.lower_ == "last" for m in c.children) or c.lower_ == "ago" or any(
                m.lower_ == "ago" for m in c.children)):
            return True
    return False


def _carrier(token: Token) -> Token | None:
    """The noun whose content the event is: "a resolution demanding ...", "plans for an
    offensive", "plans to visit", "preparations for talks" (within three steps up)."""
    if token.dep_ == "advcl" and to_infinitive(token):
        objs = [c for c in token.head.children if c.dep_ == "dobj" and c.i < token.i and _lemma(c) in _CARRIERS]
        if objs:  # the parser's "called off [the operation] [to evict ...]": the purpose is the noun's
            return objs[-1]
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


def _foils(verb: Token) -> bool:
    """Does a verb kill what it governs: "vetoed", "called off", or any giving up ("scrapped", "gave up",
    "renounced": ``strikes.gives_up``)?"""
    return _lemma(verb) in _FOILS or gives_up(verb) or _lemma(verb) == "call" and any(
        c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


def fate(token: Token) -> str | None:
    """The status the content of a resolution, bill or plan takes from what befell it: foiled
    ("vetoed", "failed to adopt", "did not pass", "cancelled plans") -> "negated", not when the foiling is
    ("has not abandoned its plan to invade": still planned); a draft not
    adopted -> "hypothetical"; one's own plans or preparations -> "planned"; else None."""
    noun = _carrier(token)
    if noun is None:
        return None
    verb = noun.head if noun.dep_ in ("dobj", "nsubjpass", "nsubj") else None
    if verb is not None and verb.pos_ in ("VERB", "AUX") and (
            _foils(verb) and not _negated(verb) or _negated(verb) and _lemma(verb) in _PASSES or failed(verb.head, verb.dep_)
            or noun.dep_ == "nsubj" and _lemma(verb) in _FAIL and any(  # "a resolution ... failed to pass"
                c.dep_ == "xcomp" and _lemma(c) in _PASSES | {"win", "get", "garner", "secure"} for c in verb.children)):
        return "negated"  # not "the deal does not cover soldiers": that is its content, not its fate
    pending = _pending(noun)
    if pending is not None:
        return pending  # "will vote on a resolution backing the plan": planned; "tabled a motion ...": hypothetical
    if verb is not None and _lemma(verb) in _PASSES:
        return None
    if any(_lemma(c) == "draft" for c in noun.children) or _lemma(noun) == "draft":
        return "hypothetical"  # "circulated a draft resolution demanding ..."
    if _lemma(noun) in _INTENT_NOUNS or _lemma(noun) == "plan" and noun.tag_ == "NNS":
        return "planned"  # "announced plans for an offensive": not a proposal's terms, an intent
    return None


#: texts a body votes on: their content is real only once adopted
MOTIONS = frozenset({"resolution", "bill", "motion", "draft", "amendment"})
#: what is done to a motion before a vote: putting it forward only proposes its content
_TABLES = frozenset({"table", "circulate", "submit", "introduce", "propose", "present", "draft", "file", "sponsor",
                     "put", "bring", "send"})
#: heads under which a vote or adoption is still to come ("is expected / due / set to vote on")
_AHEAD = frozenset({"expect", "due", "set", "schedule", "plan", "prepare", "intend", "go", "poise", "likely", "poised"})
_VOTE_PREPS = frozenset({"on", "for", "against"})


def motion_verb(noun: Token) -> Token | None:
    """The verb a motion hangs on: its own verb, or that of "vote on / put to a vote"."""
    if noun.dep_ in ("dobj", "nsubj", "nsubjpass"):
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in _VOTE_PREPS:
        return noun.head.head
    return None


def _ahead(verb: Token) -> bool:
    """Is a verb's act still to come: "will vote", "could be put to a vote", "is expected to adopt"?"""
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _COMING for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and (_lemma(verb.head) in _AHEAD or verb.head.lower_ in _AHEAD)


_COMING = frozenset({"will", "shall", "'ll", "wo", "would", "could", "may", "might", "should", "can"})


def _pending(noun: Token) -> str | None:
    """The status of a motion's content before any vote: a vote or adoption still to come
    ("the council will vote on a U.S. resolution backing the plan", "a resolution backing the plan
    could be put to a vote", "is expected to adopt a resolution demanding") -> "planned"; a motion
    only put forward ("Algeria circulated / tabled a resolution demanding") -> "hypothetical"."""
    if _lemma(noun) not in MOTIONS:
        return None
    verb = motion_verb(noun)
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    if _lemma(verb) == "vote" or _lemma(verb) in _PASSES or _lemma(verb) in _TABLES and any(
            _lemma(p) == "vote" for p in verb.subtree if p.dep_ == "pobj"):  # "put to a vote"
        if _ahead(verb):
            return "planned"
        if _lemma(verb) in _TABLES:  # "put a resolution demanding ... to a vote": no adoption said
            return "negated" if _foiled_later(verb) else "hypothetical"
        return None
    if _lemma(verb) in _TABLES and not _negated(verb):
        return "planned" if _ahead(verb) else "hypothetical"
    return None


def _foiled_later(verb: Token) -> bool:
    """Is a motion put forward then killed in a conjoined clause ("..., but the United States
    vetoed it", "... and it was rejected")?"""
    for conj in (c for c in verb.children if c.dep_ == "conj"):
        if _foils(conj) and any(c.dep_ in ("dobj", "nsubjpass") and (c.pos_ == "PRON" or _lemma(c) in MOTIONS)
                                for c in conj.children):
            return True
    return False


def adopter(noun: Token) -> Token | None:
    """The body that adopted a motion, or put it forward, whose content (what it demands, backs,
    condemns) is then its own: "The Security Council adopted a resolution demanding ...", "a
    resolution passed by the General Assembly calls for ...", "Algeria circulated a resolution
    demanding ..." (what the motion's status says: adopted, planned, only proposed)."""
    if _lemma(noun) not in MOTIONS:
        return None
    verb = noun.head
    if noun.dep_ == "dobj" and _lemma(verb) in _PASSES | _TABLES and not _negated(verb) and not _foils(verb):
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subj and verb.dep_ in ("conj", "xcomp"):  # "is expected to adopt", "met and adopted"
            subj = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return subj[0] if subj else None
    for acl in (c for c in noun.children if c.dep_ in ("acl", "relcl") and _lemma(c) in _PASSES):
        for agent in (c for c in acl.children if c.dep_ == "agent"):  # "a resolution adopted by the Assembly"
            return next((p for p in agent.children if p.dep_ == "pobj"), None)
    return None


__all__ = ["ATTEST", "MOTIONS", "adopter", "motion_verb", "PLANNING", "WEIGHING", "alleged", "contrasted", "disowned", "failed", "fate", "hedged", "lent_by",
           "neither", "spent", "withheld"]
