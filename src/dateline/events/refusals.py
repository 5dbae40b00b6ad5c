"""Refusals and speech acts: negated volitional REJECTs and the act a reported clause carries."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.actors.pronouns import obligee
from dateline.events.attributes import lemma as _lemma
from dateline.events.clauses import conditional as if_clause
from dateline.events.clauses import to_infinitive
from dateline.events.labels import NAMING
from dateline.events.lexicon import Lexicon
from dateline.events.modality import ruled_out
from dateline.events.readings import GUILT as _GUILT
from dateline.events.triggers import PRESSURE, REFUSABLE, Trigger, refused, verb_sense
from dateline.nlp.clauses import negative_subject


def refusal(trig: Trigger, lex: Lexicon) -> bool:
    """Is a REJECT a refusal spelled by a negated volitional act ("would not accept the deal",
    "cannot agree"), whose negation is the rejecting, not a denial that it happened?"""
    if trig.type != "REJECT" or trig.kind not in ("verb", "intent") or not refused(trig.token, list(trig.token.children)):
        return False
    plain = verb_sense(trig.token, lex) if trig.kind == "verb" else None
    return plain is None or plain.type in REFUSABLE or plain.type == "REJECT"  # "will not stop the war"


def supposed(token: Token) -> bool:
    """Is a refusal only foreseen: under a condition ("If the talks fail, Iran will not accept") or
    another's prediction ("Russia will not accept a deal, analysts predicted")?"""
    if any(c.dep_ == "advcl" and if_clause(c, _IF) and not _concessive(c) for c in token.children):
        return True  # not "Even if Hamas agrees, Israel will not withdraw": refused whatever happens
    if any(c.dep_ in ("ccomp", "parataxis") and _lemma(c) in _FORESEE for c in token.children):
        return True  # "..., analysts predicted" parsed as the refusal's own clause
    below = token
    for _ in range(3):
        head = below.head
        if head.i == below.i or below.dep_ not in ("ccomp", "parataxis", "conj"):
            return False
        if _lemma(head) in _FORESEE:
            return True
        below = head
    return False


def _concessive(clause: Token) -> bool:
    """"even if ...": a concession, not a condition."""
    return any(c.lower_ == "even" for m in (clause, *(k for k in clause.children if k.dep_ == "mark"))
               for c in m.children if c.dep_ == "advmod")


_IF = frozenset({"if", "should", "once"})
_FORESEE = frozenset({"predict", "expect", "forecast", "speculate", "guess", "estimate", "think", "believe", "suspect",
                      "doubt", "fear", "reckon", "anticipate", "project", "bet", "assume"})


#: acts a government announces rather than threatens when no condition is attached
_ANNOUNCED = frozenset({"SANCTION", "MOBILIZE", "ACCUSE"})
#: acts whose conditional promise is an offer (AGREE), not a threat
_OFFERS = frozenset({"CONSULT", "AGREE", "SUPPORT", "COOPERATE", "AID", "CONCEDE"})


def _alleged(clause: Token, lex: Lexicon) -> bool:
    """Does a reported clause charge its subject with wrongdoing ("committed war crimes",
    "was behind the attack", "was responsible for the blast", "violated the truce")?"""
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) or any(
            c.dep_ == "neg" for c in clause.children):
        return False
    if _lemma(clause) == "be":
        return any(c.dep_ == "acomp" and _lemma(c) in _GUILT or c.dep_ == "prep" and c.lower_ == "behind"
                   for c in clause.children)
    if _lemma(clause) in _PLOTTING and any(c.dep_ == "dobj" and _lemma(c) in _PLOTS for c in clause.children):
        return True  # "said the opposition was planning a coup", "had orchestrated the bombing"
    if (_lemma(clause) in NAMING or lex.verbs.get(_lemma(clause), ("",))[0] == "ACCUSE") and not any(
            c.dep_ == "nsubjpass" for c in clause.children):
        return False  # "Hamas accused Israel / called the raid a massacre, officials said": Hamas's own charge
    inner = verb_sense(clause, lex)
    return inner is not None and (inner.type, inner.mode) in (("ACCUSE", "allege"), ("ASSAULT", "violate"),
                                                              ("REJECT", "defy"))


_PLOTTING = frozenset({"plan", "plot", "prepare", "orchestrate", "organize", "organise", "mastermind", "instigate",
                       "incite", "sponsor", "finance", "fund", "order", "stage"})
_PLOTS = frozenset({"coup", "attack", "assassination", "bombing", "uprising", "insurrection", "sabotage", "massacre",
                    "killing", "riot", "unrest", "violence", "plot", "terrorism", "invasion", "putsch"})


def _disowned(clause: Token, lex: Lexicon) -> bool:
    """"it was not behind the attack", "was not responsible for the blast" (not "behind schedule")."""
    if _lemma(clause) != "be" or not any(c.dep_ == "neg" for c in clause.children) or not any(
            c.dep_ == "nsubj" for c in clause.children):
        return False
    preps = [c for c in clause.children if c.dep_ == "prep" and c.lower_ == "behind"]
    preps += [p for c in clause.children if c.dep_ == "acomp" and _lemma(c) in _GUILT
              for p in c.children if p.dep_ == "prep" and p.lower_ == "for"]
    return any(_lemma(o) in lex.nouns or _lemma(o) in lex.standalone_nouns or _lemma(o) in _PLOTS
               for p in preps for o in p.children if o.dep_ == "pobj")


_SELF = frozenset({"i", "we"})
_DEICTIC = frozenset({"this", "that", "it", "there"})


def _no_demand(clause: Token, subj: Token, modals: set[str], lex: Lexicon) -> bool:
    """A modal clause that asks nothing of anyone: a surmise ("Israel must have struck the school",
    "This must be the worst attack"), the speaker's own resolve ("We must fight on", "I must say
    that ...") or an impersonal remark ("It must be said that ...")."""
    if "have" in modals and clause.tag_ == "VBN" or subj.lower_ in _SELF:
        return True
    return subj.lower_ in _DEICTIC and (_lemma(clause) == "be" or _lemma(clause) in lex.speech_verbs)


def speech_trigger(token: Token, lex: Lexicon) -> tuple[Trigger, Token] | None:
    """A speech verb whose reported clause is an act: "said X must ..." (REQUEST),
    "said it will not ..." (REJECT), "announced it will ..." (AGREE). Returns the trigger
    and the reported clause's head."""
    if _lemma(token) not in lex.speech_verbs or token.pos_ != "VERB" or negative_subject(token):
        return None  # "Nobody said war is out of the question": no one speaks
    order = _told_to(token, lex)
    if order is not None:  # "The US told Israel to halt the offensive": a request, as "urged Israel to"
        return Trigger(token, "REQUEST", None, "verb", [token], None, 0.7), order
    for clause in token.children:
        if clause.dep_ != "ccomp":
            continue
        if _alleged(clause, lex):  # "said the army had committed war crimes"
            return Trigger(token, "ACCUSE", "allege", "speech", [token, clause], None, 0.6), clause
        if ruled_out(clause) and any(c.dep_ in ("nsubj", "csubj") for c in clause.children):
            return Trigger(token, "REJECT", None, "speech", [token, clause], None, 0.6), clause  # "said that
            # withdrawing is out of the question": a refusal
        if _disowned(clause, lex):  # "said it was not behind the attack": a denial
            return Trigger(token, "REJECT", None, "speech", [token, clause], None, 0.6), clause
        auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
        modals = {c.lower_ for c in auxes} | {_lemma(c) for c in auxes}
        negated = any(c.dep_ == "neg" for c in clause.children)
        subj = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        addressee = bool(subj) and (subj[0].ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or subj[0].pos_ == "PRON"
                                    or _lemma(subj[0]) in lex.actor_nouns or _lemma(subj[0]) in PRESSURE)
        told = negated and _lemma(token) == "tell" and obligee(token, clause) is not None  # "told Hezbollah it
        # should not attack": a demand (not "told Reuters it should not be blamed")
        if negated and _reassured(clause):
            continue  # "told Egypt it should not fear an attack": a reassurance, nothing asked of Egypt
        if modals & lex.modal_request and (not negated or told) and addressee and not _no_demand(
                clause, subj[0], modals, lex):
            return Trigger(token, "REQUEST", None, "speech", [token, *auxes], None, 0.6), clause
        if modals & lex.modal_future and "have" in modals and not negated:
            continue  # "said it would have attacked Iran if ...": a counterfactual, nothing promised or threatened
        if modals & lex.modal_future:
            subj = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
            same = bool(subj) and (subj[0].pos_ == "PRON" or subj[0].lemma_ in
                                   {s.lemma_ for s in token.children if s.dep_ == "nsubj"})
            if negated and same:
                return Trigger(token, "REJECT", None, "speech", [token, *auxes], None, 0.6), clause
            if same and not negated:
                inner = verb_sense(clause, lex)
                if inner is None and _lemma(clause) in lex.ongoing_heads | lex.aspect_verbs:
                    inner = next((verb_sense(c, lex) for c in clause.children if c.dep_ == "xcomp"), None)
                conditional = any(a.dep_ == "advcl" and if_clause(a) for a in clause.children)
                if inner is not None and inner.type in _ANNOUNCED and not conditional:
                    continue  # "announced it would impose tariffs": the sanction itself, planned
                offer = inner is not None and inner.type in _OFFERS  # "would meet him if ...": an offer
                threat = inner is not None and inner.type in lex.conflict_types or conditional and not offer
                if inner is None and not threat:
                    continue  # "said it would study the proposal" commits to nothing we code
                return Trigger(token, "THREATEN" if threat else "AGREE", None, "speech",
                               [token, *auxes], None, 0.55), clause
    return None


#: addressees told to do something that is no request between actors ("told reporters to wait")
_AUDIENCE = frozenset({"reporter", "journalist", "press", "medium", "media", "correspondent", "audience", "crowd",
                       "viewer", "listener", "reader", "supporter", "follower", "parliament", "lawmaker", "interviewer"})


def _told_to(token: Token, lex: Lexicon) -> Token | None:
    """The act "tell" asks of its addressee: "told Israel to halt the offensive" (an actor as the
    object, a "to" infinitive as the complement). Not "told reporters to wait", not a pronoun or a
    bare noun of no actor ("told him to leave", "told the driver to stop")."""
    if _lemma(token) != "tell":
        return None
    kids = list(token.children)
    objs = [c for c in kids if c.dep_ in ("dobj", "dative")]
    acts = [c for c in kids if c.dep_ == "xcomp" and to_infinitive(c)]
    if len(objs) != 1 or not acts or _lemma(objs[0]) in _AUDIENCE or _reassured(acts[0]):
        return None
    obj = objs[0]
    if obj.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") or _lemma(obj) in lex.actor_nouns:
        return acts[0]
    return None


#: what a negated "should"/"to" clause tells someone not to feel: a reassurance ("told Egypt it should
#: not fear an attack", "told Jordan not to worry about the border"), not a request
_FEARS = frozenset({"fear", "worry", "panic", "fret", "dread"})
_FEARFUL = frozenset({"concerned", "worried", "afraid", "alarmed", "anxious", "scared", "frightened", "nervous"})


def _reassured(clause: Token) -> bool:
    """Is a negated reported clause a reassurance: "(it should) not fear / worry / be concerned"?"""
    if not any(c.dep_ == "neg" for c in clause.children):
        return False
    if _lemma(clause) in _FEARS:
        return True
    if clause.lower_ in _FEARFUL:  # "it should not be concerned", parsed as a passive
        return any(c.dep_ in ("auxpass", "aux") and _lemma(c) == "be" for c in clause.children)
    return _lemma(clause) == "be" and any(c.dep_ == "acomp" and c.lower_ in _FEARFUL for c in clause.children)


__all__ = ["refusal", "speech_trigger", "supposed"]
