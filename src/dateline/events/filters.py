"""Triggers that are no asserted event of their own, and the aspect verbs that lend theirs.

The content of another speech act ("threatened to strike"), a hazard's doing ("the storm killed 12"),
a running toll ("40,000 have been killed since the war began"), a plan's terms ("the plan calls for a
truce") and an event noun that is only the topic of a description ("the talks face obstacles").
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.attributes import chain, claim_aside, effective_head
from dateline.events.lexicon import Lexicon
from dateline.events.modality import failed
from dateline.events.readings import CEASE, business_talks, stopped_act, unstopped
from dateline.events.strikes import gives_up
from dateline.events.triggers import Trigger, stopped_in_passive
from dateline.model import Event
from dateline.negotiation.lexicon import negotiation_lexicon
from dateline.nlp.clauses import to_infinitive

_CONTENT_PREPS = frozenset({"for", "to", "of", "on", "against", "about", "into"})


def suppressed(trig: Trigger, by_index: dict[int, Trigger], lex: Lexicon) -> bool:
    """Is this event only the content of another speech act ("threatened to strike",
    "called for talks", "accused X of obstructing")? Then it is not asserted."""
    if withdrawn_offer(trig.token):
        return True  # "Moscow withdrew its offer of talks": the talks were never held, nor are they the offer
    if given_up(trig.token) or business_talks(trig.noun or trig.token):
        return True  # "the rebels have given up fighting", "Iran has (not) given up on negotiations": no act told;
        # "Tesla abandoned / held merger talks": business
    if unstopped(trig.token):
        return False  # "said it would not stop its offensive": the refusal is the speech act's, the offensive goes on
    if _put_to(trig.token, lex) or _anonymity(trig.token):
        return True  # "When asked about the attack, Russia said ...": a question put to the speaker, no request of its
        # own; "officials, who asked not to be named, said": a source's terms, no request to anyone
    path = chain(trig.token, 5)
    below = trig.token
    for n, (head, dep) in enumerate(path):
        below, prep = head, below
        if trig.kind == "noun" and dep == "prep" and (prep.lower_ not in _CONTENT_PREPS or head.lemma_ in _AUTHORSHIP):
            return False  # "despite two days of talks": an adverbial; "denied responsibility for the attack"
        if trig.kind == "noun" and head.pos_ in ("VERB", "AUX") and head.i not in by_index and n > 0:
            return False
        gov = by_index.get(head.i)
        if gov is not None and gov is not trig:
            if gov.type not in lex.suppressing_types or claim_aside(trig.token, head, dep) or plan_terms(gov):
                return False  # "the plan calls for a withdrawal": no request, the withdrawal is a term (status)
            if gov.kind == "speech":  # not "said everyone must know that we attacked": a statement in the demand
                return gov.type != "AGREE" and not (gov.type == "REQUEST" and any(d == "ccomp" for _, d in path[:n]))
            if trig.kind == "noun" and gov.type == "ACCUSE":
                return False  # "condemned the attack": the attack is asserted
            if dep == "advcl" and any(c.dep_ == "neg" for c in head.children) and any(
                    c.dep_ == "mark" and c.lower_ in _UNTIL for c in prep.children):
                return False  # "will not release them until / unless ...": the refuser's condition (its own status)
            return dep in ("xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj", "acomp", "advcl", "acl")
        if dep == "conj" and _shared_infinitive(prep, head):
            continue  # "called on Arabs to unite and mobilize": both are asked for
        if dep in ("conj", "relcl", "nsubj", "nsubjpass", "appos"):
            return False
    return False


#: cooperative commitments whose withdrawal (SANCTION withdraw) takes back what they were for
_OFFERS = frozenset({"offer", "support", "backing"})


def withdrawn_offer(token: Token) -> bool:
    """Is the act what a withdrawn offer or support was for ("withdrew its offer of talks / to hold talks / of aid",
    "withdrew its support for the talks")? Not one that stands ("has not withdrawn its offer of talks": its content
    is still offered)."""
    if token.dep_ == "dobj" and token.head.dep_ in ("acl", "advcl"):
        token = token.head  # "its offer to hold talks": the light verb's noun is the act
    prep = token.head
    if token.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in ("of", "for"):
        offer: Token | None = prep.head
    elif token.dep_ == "acl":
        offer = prep
    elif token.dep_ == "advcl" and to_infinitive(token):  # "withdrew its offer | to hold talks", hung on the verb
        offer = next((c for c in prep.children if c.dep_ == "dobj" and c.i + 2 == token.i), None)
    else:
        offer = None
    if offer is None or offer.lemma_.lower() not in _OFFERS or offer.dep_ not in ("dobj", "nsubjpass"):
        return False
    return gives_up(offer.head) and not any(c.dep_ == "neg" for c in offer.head.children)


_QUESTIONED = frozenset({"ask", "question", "press"})
_ANSWERS = frozenset({"decline", "refuse"})


def given_up(token: Token) -> bool:
    """Is the act what a side gives up: an activity in a gerund, which then stopped ("have given up fighting"; not
    given up, it goes on: "have not given up fighting"), or an act given up on, a hope held or dropped either way,
    no act done ("Iran has (not) given up on negotiations / on attacking the city")?"""
    head = token.head
    if _gerund(token) and token.dep_ in ("dobj", "xcomp") and head.i != token.i and gives_up(head):
        return not any(c.dep_ == "neg" for c in head.children)
    if token.dep_ not in ("pobj", "pcomp") or head.lower_ != "on" or head.dep_ != "prep":
        return False
    verb = head.head.head if head.head.dep_ == "prt" else head.head  # "given | up on" or "given up | on"
    return gives_up(verb)


def _gerund(token: Token) -> bool:
    """Is a word an activity in a gerund, as the parser tags it or as a noun ("gave up | fighting", "gave up the
    fighting")?"""
    return token.tag_ == "VBG" or token.tag_ == "NN" and token.lower_.endswith("ing")


def _put_to(token: Token, lex: Lexicon) -> bool:
    """A bare participle framing a speech verb ("When asked about the raid, the minister said"):
    the speaker was asked; the participle asks nothing of anyone."""
    return token.tag_ == "VBN" and token.dep_ == "advcl" and token.lemma_.lower() in _QUESTIONED and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in token.children) and (
        token.head.lemma_.lower() in lex.speech_verbs or token.head.lemma_.lower() in lex.deny_verbs
        or token.head.lemma_.lower() in _ANSWERS)  # "Asked about the claim, the Pentagon denied it / declined to comment"


#: what a source asks not to be ("who asked not to be named / identified / quoted")
_NAMED = frozenset({"name", "identify", "quote", "cite"})


def _anonymity(token: Token) -> bool:
    """A source's request for anonymity: "asked not to be named", "requested anonymity", "asked for
    anonymity" (the reporting convention, no REQUEST of anyone)."""
    if token.lemma_.lower() not in ("ask", "request", "demand"):
        return False
    for c in token.children:
        deps = {a.dep_ for a in c.children}
        if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in _NAMED and {"auxpass", "neg"} <= deps \
                and "nsubjpass" not in deps:  # not "demanded that the prisoners not be identified"
            return True
        if c.lower_ == "anonymity" or c.dep_ == "prep" and any(g.lower_ == "anonymity" for g in c.children):
            return True
    return False


def _shared_infinitive(verb: Token, first: Token) -> bool:
    """Is ``verb`` a bare conjunct of a "to" infinitive ("to unite and mobilize"), sharing its "to"
    and its subject, so that whatever asks for the first asks for it too?"""
    return verb.pos_ == "VERB" and verb.tag_ == "VB" and to_infinitive(first) and first.dep_ in (
        "xcomp", "ccomp", "advcl", "acl") and not any(
        c.dep_ in ("nsubj", "nsubjpass") or c.dep_ == "aux" and c.lower_ != "to" for c in verb.children)


#: the refuser's condition or time ("until / unless Israel withdraws", "before Hamas is destroyed", "even if")
_UNTIL = frozenset({"until", "till", "unless", "if", "before", "once", "lest"})
#: nouns whose "for" names an act that happened, whoever owns it ("claimed / denied responsibility for")
_AUTHORSHIP = frozenset({"responsibility", "blame", "credit"})


def natural(trig: Trigger, lex: Lexicon) -> bool:
    """"The storm killed 12", "an earthquake struck Morocco", "wildfires forced the evacuation of":
    no political actor acts; the subject of the trigger (or of the verb governing it) is a hazard."""
    tok = trig.token
    for _ in range(2):
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")]
        if subj:
            word = subj[0]
            if word.lower_ == "fire" and any(m.dep_ in ("compound", "amod") and (
                    m.lemma_.lower() in _WEAPONS or m.ent_type_ in ("NORP", "GPE", "ORG")) for m in word.children):
                return False  # "artillery fire", "Israeli fire": gunfire, not a blaze ("Amazon fires" stay one)
            return bool({word.lemma_.lower(), word.lower_, word.lower_.removesuffix("s")} & lex.natural_causes)
        if tok.dep_ not in ("dobj", "xcomp", "conj", "advcl") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


_WEAPONS = frozenset({"artillery", "rocket", "mortar", "tank", "gun", "machine", "machine-gun", "sniper", "cannon",
                      "naval", "missile", "enemy", "army", "rebel", "militia", "anti-aircraft", "automatic"})
_TOLL_VERBS = frozenset({"kill", "wound", "injure", "displace", "die"})
_TOLL_SUBJECTS = frozenset({"war", "conflict", "fighting", "violence", "offensive", "campaign", "crisis", "insurgency"})


def toll(trig: Trigger) -> bool:
    """A running toll, not an event: "40,000 people have been killed since the war began",
    "the war has displaced 10 million" (perfect aspect, no agent, counted since a start or "so far")."""
    tok = trig.token
    if tok.lemma_.lower() not in _TOLL_VERBS or not any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children):
        return False
    if any(c.dep_ == "agent" for c in tok.children):
        return False
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if subj:
        return subj[0].lemma_.lower() in _TOLL_SUBJECTS
    near = [*tok.children, *(g for c in tok.children for g in c.children)]
    return any(w.lower_ in ("since", "far") for w in near)  # "since the war began", "so far"


#: plans whose "calls for" lists terms; a resolution's demands are a request of the body adopting it
_PLANS = negotiation_lexicon().proposal_nouns - {"resolution"}


def plan_terms(trig: Trigger) -> bool:
    """"The U.S. plan calls for a truce": a plan's terms, not a request of its own."""
    return trig.type == "REQUEST" and trig.kind != "noun" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _PLANS for c in trig.token.children)



def background(trig: Trigger, event: Event, named: bool, lex: Lexicon) -> bool:
    """An event noun that is only the topic of a description ("the negotiations face obstacles",
    "the visit comes amid tensions") and names no actor, place or date of its own."""
    if named or event.place or event.date_anchor == "text":
        return False
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in trig.token.children):
        return False  # "a general strike brought the country to a standstill": a new event, not a topic
    head, dep = effective_head(trig.token)
    if dep in ("nsubj", "nsubjpass") and any(m.dep_ == "mark" and m.lower_ == "since" for m in head.children):
        return True  # "since the fighting began": a time reference
    if dep == "nsubjpass" and stopped_in_passive(head, trig.token):
        return False  # "the march was halted by police", "the attack on the church was foiled by police": as
        # in the active, the act stopped; "the drone strikes were not halted": as in the active, the act goes on
    if dep in ("nsubj", "nsubjpass", "attr", "appos", "ROOT"):
        return head.lemma_.lower() not in lex.aspect_verbs and aspect_of(head, lex) is None
    return False


def aspect_of(head: Token, lex: Lexicon) -> Token | None:
    """"the talks are expected to resume in Doha": the aspect verb a schedule word governs."""
    if head.lemma_.lower() not in lex.planned_heads and head.lower_ not in lex.planned_heads:
        return None
    return next((c for c in head.children if c.dep_ == "xcomp" and c.lemma_.lower() in lex.aspect_verbs), None)


def aspect(head: Token, lex: Lexicon) -> Token | None:
    return head if head.lemma_.lower() in lex.aspect_verbs else None


def ceased(trig: Trigger, by_index: dict[int, Trigger]) -> bool:
    """"Russia stopped shelling the city", "Israel suspended airstrikes": the act is what stopped;
    the cessation (RETREAT, CONCEDE, SANCTION) is the event, the act no event of its own. A stop
    that did not happen ("would not stop fighting / the offensive") leaves the act going on, and a
    foiled attack of another side ("stopped a Russian offensive") has no ceasefire to absorb it."""
    head = trig.token.head
    gov = by_index.get(head.i)
    if gov is None or gov is trig or gov.type not in _STOPS or head.lemma_.lower() not in CEASE:
        return False
    if trig.token.dep_ == "nsubj" and any(w.i == trig.token.i for w in gov.words):
        return True  # "the fighting ended on Sunday": the fighting's end is the event
    return stopped_act(head) == trig.token and not any(c.dep_ == "neg" for c in head.children) and not failed(
        head.head, head.dep_)  # "failed to stop shelling": the shelling went on (a stopped noun: readings.foiled)


_STOPS = frozenset({"RETREAT", "CONCEDE", "SANCTION"})


__all__ = ["aspect", "aspect_of", "background", "ceased", "natural", "plan_terms", "suppressed", "toll"]
