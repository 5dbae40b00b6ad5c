"""Event attributes read off the parse: status and the clause that is evidence (the place is in
``locations.py``)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from dateline.events.clauses import CONDITIONS, conditional, to_infinitive
from dateline.events.discontinue import COMMITMENTS
from dateline.events.disputes import disputed
from dateline.events.lexicon import Lexicon
from dateline.events.modality import (
    alleged,
    contrasted,
    disowned,
    failed,
    fate,
    hedged,
    lent_by,
    neither,
    ruled_out,
    withheld,
)
from dateline.events.readings import FOILS, GUILT, JUDGES, RENOUNCE
from dateline.events.strikes import AIMS, gives_up, misread_object, stops
from dateline.negotiation.lexicon import negotiation_lexicon
from dateline.nlp.clauses import negative_subject

CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "advcl", "conj", "relcl", "acl", "csubj"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_HYPO = frozenset({"could", "might", "may", "would", "should", "can", "must"})  # "Arabs must unite and mobilize"
_IF = CONDITIONS | {"whether", "lest"}  # and the open questions: "whether", "lest"


#: lowercased lemma by the lemma's string hash (the token's current lemma; hashes are the same in
#: every vocab)
_LOWER: dict[int, str] = {}


def lemma(token: Token) -> str:
    """The token's lemma, lowercased (read ~200k times per 100 articles: cached by lemma hash)."""
    key = token.lemma
    low = _LOWER.get(key)
    if low is None:
        if len(_LOWER) > 200_000:  # a long-running service reads unbounded vocabularies
            _LOWER.clear()
        low = _LOWER[key] = token.lemma_.lower()
    return low


def effective_head(token: Token) -> tuple[Token, str]:
    """The governing token and relation, mending a frequent misparse: a finite verb
    conjoined to a non-finite one ("accused X of obstructing ... and called for ...")
    belongs to the finite verb above it; an infinitive hung on a verb right after its object, a scheme
    ("foiled a plot | to attack the embassy"), is that scheme's aim; a stop's object read as a clause
    ("did not stop the missile strikes") is its object."""
    head, dep = token.head, token.dep_
    if dep == "ccomp" and misread_object(head) == token:
        return head, "dobj"
    if dep == "advcl" and to_infinitive(token):
        aimed = next((c for c in head.children if c.dep_ == "dobj" and lemma(c) in _SCHEMES
                      and c.right_edge.i == token.left_edge.i - 1), None)
        if aimed is not None:
            return aimed, "acl"
    if dep == "conj" and token.tag_ in ("VBD", "VBZ", "VBP") and head.tag_ in ("VBG", "VB", "VBN"):
        up = head
        while up.head.i != up.i and up.tag_ not in ("VBD", "VBZ", "VBP"):
            up = up.head
        if up.tag_ in ("VBD", "VBZ", "VBP") and up.i != token.i:
            return up, "conj"
    return head, dep


def chain(token: Token, limit: int = 8) -> list[tuple[Token, str]]:
    """(head, relation of the child below it) from the token up to the sentence root."""
    out: list[tuple[Token, str]] = []
    cur = token
    for _ in range(limit):
        head, dep = effective_head(cur)
        if head.i == cur.i:
            break
        out.append((head, dep))
        cur = head
    return out


#: verbs that ask an act of someone: what they are told not to do is forbidden, not undone
_DIRECTIVES = frozenset({"tell", "urge", "ask", "order", "advise", "instruct", "direct", "command", "beg", "implore",
                         "press", "call", "encourage", "caution", "counsel", "warn", "appeal", "request", "exhort"})
#: modals that oblige: "must not attack" forbids the attack, as "must mobilize" asks for the mobilizing
_OBLIGE = frozenset({"must", "should", "ought"})  # not "shall not negotiate": a resolve


def _forbidden(token: Token, auxes: set[str]) -> bool:
    """Is a negated act one its subject is told or obliged not to do ("told him not to attack",
    "were ordered not to fire", "Hezbollah must not attack Israel"), which neither happened nor was
    negated? Not a surmise ("must not have known")."""
    if auxes & _OBLIGE:
        return "have" not in auxes
    return token.dep_ in ("xcomp", "ccomp") and lemma(token.head) in _DIRECTIVES and to_infinitive(token)


#: modals whose perfect reproaches a past act or its omission ("should not have attacked", "ought to have")
_REPROACH = frozenset({"should", "ought"})  # "shouldn't" reaches us as "should" + "n't"


def _reproached(token: Token, kids: list[Token], auxes: set[str]) -> str | None:
    """The status a modal perfect gives its act: "should not have attacked Israel" reproaches an
    attack that happened, "should have / ought to have attacked" one that did not. Not "should
    have arrived by now", an expectation."""
    if token.tag_ != "VBN" or "have" not in auxes:
        return None
    if not (auxes & _REPROACH or token.dep_ == "xcomp" and token.head.lower_ == "ought"):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "by" and any(g.lower_ == "now" for g in c.children) for c in kids):
        return None
    return "happened" if any(c.dep_ == "neg" for c in kids) else "negated"


def _own_status(token: Token, lex: Lexicon) -> str | None:
    kids = list(token.children)
    auxes = {c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")}
    reproach = _reproached(token, kids, auxes)
    if reproach is not None:
        return reproach
    if any(c.dep_ == "neg" for c in kids) or any(c.lower_ == "no" and c.dep_ == "det" for c in kids) or (
            negative_subject(token)):  # "Nobody attacked the convoy"
        return "hypothetical" if _forbidden(token, auxes) else "negated"
    if conditional(token, _IF):
        return "hypothetical"
    marks = {c.lower_ for c in kids if c.dep_ == "mark"} & _UNTIL
    if marks and token.dep_ == "advcl":
        present = token.tag_ in ("VBZ", "VBP") or any(c.tag_ in ("VBZ", "VBP") for c in kids
                                                     if c.dep_ in ("aux", "auxpass"))
        vowed = marks != {"before"} and token.head.dep_ in ("xcomp", "advcl") and to_infinitive(token.head)
        if _open(token.head) or present and marks != {"before"} or vowed:
            return "hypothetical"  # "would not stop until Hamas was destroyed", "vowed to go on until Israel ended"
        if present:
            return "planned"  # "before truce talks resume in Cairo", "before the treaty is signed"
    if token.dep_ == "relcl" and token.tag_ in ("VBZ", "VBP") and not auxes and any(
            c.dep_ == "advmod" and c.lower_ == "when" for c in kids) and not _habitual(token):
        return "planned"  # "talks resume on Thursday, when mediators meet in Cairo": dated ahead, not done
    if auxes & _HYPO == {"would"} and token.dep_ == "ccomp" and lemma(token.head) in lex.speech_verbs and not any(
            c.dep_ == "advcl" and conditional(c, _IF) for c in kids):
        return "planned"  # reported future: "said it would deploy two frigates"
    if auxes & _HYPO:
        return "hypothetical"
    if auxes & FUTURE_AUX or ("going" in auxes and token.tag_ == "VB"):
        return "planned"
    mods = {c.lower_ for c in kids if c.dep_ in ("amod", "compound", "advmod")}
    if mods & lex.planned_modifiers:
        return "planned"
    if mods & lex.hypothetical_modifiers:
        return "hypothetical"
    if "ongoing" in mods or "continuing" in mods:
        return "ongoing"
    if token.tag_ == "VBG" and auxes & {"is", "are", "am", "'s", "'re", "been"}:
        return "ongoing"
    return None


_UNTIL = frozenset({"until", "till", "before"})
_DAYS_PLURAL = frozenset({"mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
                          "weekends"})
_HABITS = frozenset({"usually", "often", "always", "typically", "regularly", "normally", "generally", "sometimes"})


def _habitual(clause: Token) -> bool:
    """Does a present "when" clause tell a habit, not a coming date: "every Friday, when crowds gather",
    "on Fridays, when ...", "when crowds usually gather"?"""
    head = clause.head  # a bare plural ("on Fridays", "during holidays"), not "in two days", "after the holidays"
    bare = not any(c.dep_ in ("nummod", "det", "poss", "amod") for c in head.children)
    return bare and (head.tag_ in ("NNS", "NNPS") or head.lower_ in _DAYS_PLURAL) or any(c.dep_ == "det" and c.lower_ in ("every", "each") for c in head.children) or any(
        c.dep_ == "advmod" and c.lower_ in _HABITS for c in clause.children)


def _stop(verb: Token) -> bool:
    """Is the verb a stop ("halted", "called off") or a quitting, whose negation keeps what it governs
    going ("would not stop fighting", "would not quit fighting", "the fighting has not ended")?"""
    return stops(verb) or lemma(verb) == "quit"


def _open(token: Token) -> bool:
    """Is the clause not (yet) real: future, modal or negated ("would not stop", "will fight")?"""
    kids = list(token.children)
    return any(c.dep_ == "neg" for c in kids) or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX | _HYPO for c in kids)


_CLAIMS = frozenset({"report", "claim", "allegation", "accusation", "suggestion", "rumor", "rumour", "charge"})
_ATTEMPTS = frozenset({"chance", "opportunity", "effort", "bid", "attempt", "push", "way", "hope", "aim",
                       "goal", "need", "onus", "call", "pressure", "plea", "demand", "intention", "readiness"})
#: nouns naming a plan: one list, kept in the negotiation lexicon (``data/negotiation/lexicon.json``)
_PROPOSALS = negotiation_lexicon().proposal_nouns
#: verbs whose proposal subject lists its terms in their complement ("the plan would see", "the deal includes")
_TERMS_VERBS = negotiation_lexicon().term_verbs


def culprit_clause(token: Token) -> Token | None:
    """The "be" of "X was (not) behind the attack" / "X was responsible for the blast" whose
    subject owns the event noun ``token``."""
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    if prep.lower_ == "behind" and lemma(prep.head) == "be":
        return prep.head
    adj = prep.head
    if prep.lower_ == "for" and adj.dep_ == "acomp" and lemma(adj) in GUILT and lemma(adj.head) == "be":
        return adj.head
    return None


def claim_aside(token: Token, head: Token, dep: str) -> bool:
    """"X accused Y of Z, a charge Y denied": the parser hangs the accusation (``token``) as the
    complement of the denial (``head``) whose object, a claim noun after it, only names it."""
    return dep == "ccomp" and token.i < head.i and any(
        lemma(c) in _CLAIMS and c.pos_ == "NOUN" and head in (c.head, c.head.head)
        for c in token.doc[token.i + 1:head.i])


def _in_proposal(token: Token) -> bool:
    """Is the event the content of a plan ("the plan includes exchanging ...")?"""
    for head, dep in chain(token, 4):
        if lemma(head) in _ATTEMPTS and head.pos_ == "NOUN" and dep == "acl":
            return True  # "the best chance yet to halt the fighting", "efforts to end the war"
        if lemma(head) in _PROPOSALS and head.pos_ == "NOUN":
            return dep != "acl" or token.tag_ == "VB"  # "a plan to withdraw", not "a proposal laid out by"
        if any(c.dep_ in ("nsubj", "nsubjpass") and lemma(c) in _PROPOSALS for c in head.children):
            return True
    for head, _dep in chain(token, 12)[4:]:  # a long list of terms: "the plan would see X ..., a withdrawal of Y"
        if lemma(head) in _TERMS_VERBS and any(c.dep_ == "nsubj" and lemma(c) in _PROPOSALS for c in head.children):
            return True
    return False



#: verbs whose object is an act they act upon, not carry out ("failed to prevent / repel the attack")
_THWART = frozenset({"prevent", "repel", "repulse", "foil", "thwart", "avert", "intercept", "block", "stop", "halt",
                     "counter", "resist", "deter", "withstand", "investigate", "condemn"})
#: nouns whose "for" or "of" names the act itself ("claimed responsibility for", "reports of the strike")
_ACT_HOLDERS = frozenset({"responsibility", "blame", "credit"}) | _CLAIMS


def _carries(child: Token, head: Token, dep: str, lex: Lexicon) -> bool:
    """Does a failure or hedge on ``head`` still reach the act below ``child``? Through clause links
    and the object of a light verb ("failed to reach a deal", "believed to have carried out the
    strike") it does; through an adjunct ("during talks", "killed in the strike") or the object of a
    verb acting upon another's act ("failed to prevent the attack") it does not."""
    if dep in ("xcomp", "ccomp", "conj", "pcomp", "advcl") or dep == "acl" and lemma(head) in _ACT_HOLDERS:
        return True  # "did not confirm reports that Israel had struck"
    if dep == "dobj":
        return lemma(head) in lex.light_verbs and lemma(head) not in _THWART or lemma(child) in _ACT_HOLDERS
    if dep == "pobj":
        return head.head.pos_ == "NOUN" and lemma(head.head) in _ACT_HOLDERS or head.lower_ in ("of",) and (
            head.head.pos_ in ("VERB", "AUX"))  # "suspected of carrying out"
    if dep == "prep":
        return lemma(head) in _ACT_HOLDERS or child.lower_ == "of" and head.pos_ in ("VERB", "AUX", "ADJ")
    return False


#: nouns whose infinitive names an act asked for, not done ("a deadline for X to reinstate Y")
_ASKED_NOUNS = frozenset({"deadline", "ultimatum", "call", "demand", "appeal", "pressure", "request", "bid", "onus",
                          "effort", "attempt", "push"})
#: "no sign / no indication / no intention of giving up"
_NO_SIGN = frozenset({"sign", "indication", "intention", "hint", "plan", "suggestion"})


#: talks whose gerund topic is still to be settled
_TALKED = frozenset({"talk", "negotiation", "discussion", "consultation", "dialogue", "dialog", "deal", "agreement"})
#: nouns that allow or excuse an act without it being done ("a green light for an offensive")
_LICENCES = frozenset({"light", "go-ahead", "pretext", "justification", "excuse", "licence", "license", "permission",
                       "authorization", "authorisation", "mandate", "blank"})
#: verbs asking someone to act: the act they ask for (their xcomp) is not done
_ASKING = frozenset({"urge", "ask", "call", "appeal", "press", "request", "implore", "encourage", "invite", "beg",
                     "exhort", "pressure", "pressurize", "push", "tell", "instruct"})
#: verbs that judge or bear the act in their object; their negation is not the act's
_JUDGED_BY = JUDGES | {"forget", "forgive"}


def _unmet(token: Token) -> str | None:
    """An act only asked for (an infinitive on a deadline or demand: hypothetical), only licensed
    ("a green light / pretext for an offensive": hypothetical) or said not to be in sight ("showing
    no sign of giving up": negated)."""
    if token.dep_ in ("acl", "relcl", "advcl") and to_infinitive(token) and lemma(token.head) in _ASKED_NOUNS:
        return "hypothetical"  # "a call for Arabs to unite": the "for" clause hangs on the noun as an advcl
    if token.dep_ == "pobj" and token.head.lower_ == "for" and lemma(token.head.head) in _LICENCES:
        return "hypothetical"
    if token.dep_ == "pcomp" and token.head.lower_ in ("on", "about", "over") and lemma(token.head.head) in _TALKED:
        return "hypothetical"  # "talks on releasing the hostages": what is to be talked over
    if token.dep_ in ("pcomp", "pobj") and token.head.lower_ == "of" and lemma(token.head.head) in _NO_SIGN and any(
            c.dep_ == "det" and c.lower_ == "no" for c in token.head.head.children):
        return "negated"
    return None


def status(token: Token, lex: Lexicon, depth: int = 0) -> str:
    """happened|ongoing|planned|hypothetical|negated|denied for the event headed by ``token``."""
    own = _own_status(token, lex)
    if own == "negated":
        return "denied" if disowned(token, lex) else "negated"  # "Iran said it had not carried out"
    if own is None:
        own = _aim(token, lex)  # "talks to end the fighting", "had no plans to attack Rafah"
    if own is None:
        own = fate(token)  # "vetoed a resolution demanding ...", "announced plans for an offensive"
        if own == "negated":
            return own
    if own is None and _in_proposal(token):
        own = "hypothetical"
    if own is None:
        own = _unmet(token)  # "no sign of giving up power", "a deadline for the junta to reinstate him"
    below, direct = token, True
    for head, dep in chain(token, 4):
        below, child = head, below
        if direct and (withheld(child, head, dep) or alleged(child, head, dep) or hedged(child, head, dep, lex)):
            return "hypothetical"  # "did not confirm that it carried out the strike", "Russia claimed Kyiv shelled"
        if direct and failed(head, dep):
            return "negated"  # "failed to reach agreement"
        direct = direct and _carries(child, head, dep, lex)
        lent = lent_by(head, token) if token.pos_ == "NOUN" and (dep == "dobj" and child.i == token.i or dep == "prep"
                                                                 and child.lower_ == "for") else None
        if lent is not None:  # "is planning a visit", "is considering an offensive"
            return own if own in ("negated", "hypothetical") else lent
        culprit = culprit_clause(token)
        if culprit is not None and any(c.dep_ == "neg" for c in culprit.children):
            return "denied"  # "said it was not behind / not responsible for the attack"
        if dep == "attr" and lemma(head) == "be" and any(c.dep_ == "neg" for c in head.children):
            return "negated"  # "the blast was not an attack"
        if lemma(head) in lex.deny_verbs and dep in ("xcomp", "ccomp", "pcomp", "dobj", "prep", "pobj"):
            if _denied_of_anyone(head):
                break  # "Nobody denied that Hamas fired rockets": undisputed, as told
            if neither(head):
                return "hypothetical"  # "did not deny / neither confirmed nor denied carrying out the strike"
            if claim_aside(token, head, dep):
                break  # "X accused Y of Z, a charge Y denied": the accusation was made; Y denies its content
            return "denied"
        if dep in ("acl", "ccomp") and lemma(head) in _CLAIMS:  # "denied reports that it had agreed"
            continue
        if own is None and dep == "pobj" and child.i == token.i and head.lower_ in ("until", "till") and any(
                c.dep_ == "neg" for c in head.head.children) and any(
                c.dep_ == "aux" and c.lower_ in ("will", "would", "wo", "shall") for c in head.head.children):
            own = "hypothetical"  # "will not stop the offensive until Ukraine surrenders" (read as a noun)
        if own is None and dep in ("nsubj", "csubj") and child.i == token.i and ruled_out(head):
            return "negated"  # "withdrawing from Gaza is out of the question", "a visit is not an option"
        if dep == "pobj" and head.dep_ == "prep":
            continue
        if own is None and dep in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN") and to_infinitive(child):
            own = "planned" if lemma(head) in lex.planned_heads else "hypothetical" if _effort(head, lex) else None
        if dep not in ("xcomp", "ccomp", "conj", "advcl", "acomp", "prep", "pcomp", "nsubj", "nsubjpass",
                       "dobj", "compound"):
            break
        if own is None and (dep == "xcomp" or dep in ("dobj", "nsubjpass") and token.pos_ == "NOUN") and (
                _stop(head) or child.i == token.i and gives_up(head) and lemma(token) in AIMS) and any(
                c.dep_ == "neg" for c in head.children):
            own = "ongoing"  # "would not stop fighting / the offensive", "the attack was not stopped": it goes on;
            # "did not drop its threat": the aim stands (not what it threatens; not "did not drop the visit")
        if own is None and dep == "dobj" and child.i == token.i and lemma(head) in RENOUNCE and gives_up(head) and (
                token.tag_ == "VBG" or token.lower_.endswith("ing")) and any(c.dep_ == "neg" for c in head.children):
            own = "ongoing"  # "have not given up fighting / the fighting": it goes on, as "would not stop fighting"
        if own is None and dep in ("dobj", "nsubjpass") and token.pos_ == "NOUN" and lemma(head) in FOILS and any(
                c.dep_ == "neg" for c in head.children):
            own = "hypothetical" if conditional(head, _IF) else "happened"  # "police did not foil the attack": the
            # foiling did not happen, the attack did; "if police do not foil the attack": both may yet come
        if own is None and dep == "nsubj" and child.i == token.i and _stop(head) and not any(
                c.dep_ in ("dobj", "xcomp") for c in head.children) and any(c.dep_ == "neg" for c in head.children):
            own = "ongoing"  # "the fighting in Sudan has not ended": it goes on
        if own is None and dep == "nsubj" and child.i == token.i and lemma(head) == "be":
            own = _forecast(head)  # "an offensive on Rafah was imminent", "a strike on Iran was likely"
        if own is None and (dep == "xcomp" or dep == "advcl" and to_infinitive(child)) and lemma(head) == "be" and any(
                c.dep_ == "nsubj" and lemma(c) in _ONUS or c.dep_ == "prep" and c.lower_ == "up" for c in head.children):
            own = "hypothetical"  # "the onus is on Israel to stop the war", "it is up to Hamas to accept": asked of it
        if own is None and (dep in ("xcomp", "acomp") or dep == "ccomp" and to_infinitive(child)):
            hl = lemma(head)  # "wants Western countries to ease restrictions": ccomp with "to"
            if hl in lex.planned_heads or head.lower_ in lex.planned_heads:
                own = "planned"
            elif hl in lex.hypothetical_heads or dep == "xcomp" and hl in _ASKING:
                own = "hypothetical"  # "urged both sides to return to negotiations": asked for, not held"
            elif hl in lex.ongoing_heads:
                own = "ongoing"
        if own is None and dep in ("nsubj", "nsubjpass") and token.pos_ == "NOUN" and lemma(head) not in _PLANNERS and (
                lemma(head) in lex.planned_heads or head.lower_ in lex.planned_heads) and any(
                c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and lemma(c) != "be" for c in head.children):
            own = "planned"  # "the talks are expected to resume", not "the talks were expected to be difficult"
        if own is None and dep == "dobj" and token.pos_ == "NOUN" and lemma(head) in _JUDGED_BY:
            if _own_status(head, lex) is not None and not any(  # "would not tolerate attacks": any attacks
                    c.dep_ in ("det", "poss") and c.lower_ not in ("any", "no") for c in token.children):
                own = "hypothetical"  # "did not condemn the attack" still reports an attack
        elif own is None and dep == "nsubj" and child.i == token.i and (token.pos_ == "NOUN" or token.tag_ == "VBG") \
                and lemma(head) in lex.ongoing_heads and not any(c.dep_ in ("xcomp", "dobj") for c in head.children):
            own = _own_status(head, lex) or "ongoing"  # "fighting continued in the east": it goes on
        elif own is None and dep in ("nsubj", "nsubjpass", "dobj") and token.pos_ == "NOUN" and not (
                dep == "dobj" and lemma(head) not in lex.light_verbs and _denied_of_anyone(head)) and not (
                child.i != token.i and lemma(child) in COMMITMENTS and gives_up(head)):
            own = _own_status(head, lex)  # not "No group claimed the attack": only its author is unknown; not
            # "has not withdrawn its support for the talks": the support stands, not the talks' negation
            if own == "negated":
                return "negated"
        if own is None and dep in ("xcomp", "conj", "advcl", "nsubj", "nsubjpass", "compound"):
            if dep == "conj" and contrasted(child, head):
                continue  # "the army did not comment, but residents said jets struck the town"
            if dep == "advcl" and _told_fact(child):
                continue  # "Libya must hand them over, he said as he embarked on a trip": the trip is made
            inherited = status(head, lex, depth + 1) if depth < 2 else _own_status(head, lex)
            if inherited in ("planned", "hypothetical", "negated") and dep != "advcl" or (
                    dep == "advcl" and inherited in ("planned", "hypothetical")):
                own = inherited
    if own in (None, "ongoing") and depth == 0:
        return disputed(token, lex) or own or "happened"  # "Russia said it took the village, a claim Kyiv denied"
    return own or "happened"


def _denied_of_anyone(verb: Token) -> bool:
    """Is the verb negated only by its subject ("Nobody claimed the attack", not "did not claim")?"""
    return negative_subject(verb) and not any(c.dep_ == "neg" for c in verb.children)


#: subordinators of a clause told as a fact whatever its main clause's mood ("as", "because")
_FACT_MARKS = frozenset({"as", "because", "since", "while", "although", "though"})


def _told_fact(clause: Token) -> bool:
    """A past-tense adverbial clause with its own subject opened by "as" / "because" / ...: a fact
    of its own, not under the main clause's "must" or "would"."""
    return clause.tag_ == "VBD" and any(c.dep_ == "mark" and c.lower_ in _FACT_MARKS for c in clause.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


_ONUS = frozenset({"onus", "responsibility", "burden"})
#: planned heads whose subject plans, not is planned: "the visit aims to secure a deal" is under way
_PLANNERS = frozenset({"aim", "plan", "intend", "prepare", "seek"})
#: efforts whose "to" infinitive is only their aim ("talks to end the fighting", "a bid to free them",
#: "a plot to attack the embassy", "an offensive to topple the regime")
_EFFORTS = frozenset({"talk", "negotiation", "effort", "bid", "attempt", "push", "initiative", "mediation",
                      "diplomacy", "pressure", "call", "appeal", "campaign", "drive", "plot", "conspiracy", "scheme",
                      "offensive", "war", "fight", "struggle", "uprising", "insurgency", "revolt", "rebellion"})
#: schemes whose "to" the parser may hang on the verb before them ("foiled a plot | to attack the embassy")
_SCHEMES = frozenset({"plot", "conspiracy", "scheme", "bid", "attempt"})


def _aim(token: Token, lex: Lexicon) -> str | None:
    """The status of an act that is only an effort's aim (hypothetical) or of which there are "no
    plans" (negated)."""
    if token.dep_ == "pcomp" and token.head.lower_ == "at" and lemma(token.head.head) == "aim":
        return "hypothetical"  # "talks aimed at ending the war", "the strikes were aimed at ending the siege": only
        # what is aimed at
    noun, dep = effective_head(token)
    if dep not in ("acl", "relcl") or not to_infinitive(token) or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if lemma(noun) in ("plan", "intention", "intent") and any(
            c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return "negated"
    return "hypothetical" if _effort(noun, lex) else None


def _effort(noun: Token, lex: Lexicon) -> bool:
    """Is a noun an effort whose "to" infinitive is only its aim?"""
    return lemma(noun) in _EFFORTS or lemma(noun) in lex.hypothetical_heads or noun.lower_ == "talks"


#: predicates of a coming act ("an offensive was imminent") and of a possible one ("a strike is likely")
_SOON = frozenset({"imminent", "looming", "near", "due"})
_MAYBE = frozenset({"likely", "possible", "probable", "unlikely", "inevitable", "expected", "feared"})


def _forecast(copula: Token) -> str | None:
    """The status an act takes from a predicate that foresees it: planned or hypothetical."""
    for c in copula.children:
        if c.dep_ in ("acomp", "attr") and lemma(c) in _SOON:
            return "planned"
        if c.dep_ in ("acomp", "attr") and lemma(c) in _MAYBE:
            return "hypothetical"
    return None


def _main_clause(token: Token) -> bool:
    """Is a "relative clause" after a comma a main clause the parser hung low: it has a named subject
    and no relative word ("Making his ninth trip ... attack, Blinken is set to meet ...")?"""
    if token.dep_ != "relcl" or token.left_edge.i == 0 or token.doc[token.left_edge.i - 1].text != ",":
        return False
    kids = list(token.children)
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("PROPN", "NOUN") for c in kids) and not any(
        t.tag_ in ("WDT", "WP", "WP$", "WRB") or t.lower_ == "that" for t in token.doc[token.left_edge.i: token.i])


_NOUN_KEEP = frozenset({"prep", "compound", "amod", "poss", "det", "nummod", "nmod", "case", "quantmod"})


def evidence(token: Token, extra: Sequence[Token] = ()) -> tuple[int, int]:
    """Character span of the trigger's clause (an event noun: its phrase), without
    conjoined clauses after it."""
    toks = [token, *extra]
    for child in token.children:
        if token.pos_ in ("NOUN", "PROPN") and child.dep_ not in _NOUN_KEEP:
            continue
        if child.dep_ in ("conj", "cc") and (child.pos_ in ("VERB", "AUX") or child.dep_ == "cc"):
            continue
        if child.dep_ == "punct":
            continue
        sub = list(child.subtree)  # walked once; a main clause hung low is rare: test its dep first
        cut = [t for t in sub if t.dep_ == "relcl" and _main_clause(t)]
        if cut:
            toks.extend(t for t in sub if not any(c.left_edge.i - 1 <= t.i <= c.right_edge.i for c in cut))
        else:
            toks.extend(sub)
    start = min(t.idx for t in toks)
    last = max(toks, key=lambda t: t.i)
    return start, last.idx + len(last.text)


__all__ = ["CLAUSE_DEPS", "FUTURE_AUX", "chain", "claim_aside", "culprit_clause", "effective_head", "evidence",
           "status"]
