"""Who takes part in an event: the sources of a verbal trigger (its subject, or the subject it
borrows from a governing verb, a relative antecedent or a speaker) and the sources and targets of
an event noun ("X's attack on Y", "talks with Y")."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.actors.pronouns import ADDRESSING, BINDING, BOUND, obligee
from dateline.events.agents import (
    controller,
    drawn,
    generic_agent,
    led_by,
    relative_antecedent,
)
from dateline.events.arguments import ActorIndex, Arg, resolve
from dateline.events.attributes import culprit_clause, effective_head
from dateline.events.dating import time_clause
from dateline.events.labels import label, named_act
from dateline.events.lexicon import Lexicon
from dateline.events.modality import adopter
from dateline.events.nouns import noun_sense
from dateline.events.readings import (
    CEASE,
    FOILS,
    JUDGES,
    RIOTERS,
    attackers_of,
    defended,
    foils,
    unstopped,
)
from dateline.events.strikes import STRIKERS
from dateline.events.targets import actors, authors, listed_actors, preps
from dateline.events.triggers import Trigger, stops_crowd_act
from dateline.nlp.clauses import finite_head, stranded_object

_SUBJ = ("nsubj", "csubj", "expl")


def _misattached(agent: Token, lex: Lexicon) -> bool:
    """Is a "by" the parser made the agent of a verb with an active subject and no passive auxiliary
    another phrase's: a measure ("Bashir on Thursday shortened by one hour the nightly curfew") or the
    doer of an event noun before it ("Villagers protested against the shelling by the Turkish army")?
    Not a passive ("were killed by gunmen"), nor a headline's, whose "by" follows its verb ("Two
    Palestinians shot dead by Israeli troops", "Israel attacked by Iran")."""
    kids = list(agent.head.children)
    if not any(c.dep_ == "nsubj" for c in kids) or any(c.dep_ in ("auxpass", "nsubjpass") for c in kids):
        return False
    return any(_measure(p) for p in agent.children if p.dep_ == "pobj") or _event_before(agent, lex) is not None


#: entity types of a "by" that says how much ("by one hour", "by 10 percent"), and such nouns
_AMOUNTS = frozenset({"TIME", "DATE", "PERCENT", "QUANTITY", "MONEY"})
_PARTS = frozenset({"half", "third", "quarter", "margin"})


def _measure(obj: Token) -> bool:
    return obj.like_num or obj.ent_type_ in _AMOUNTS or obj.lemma_.lower() in _PARTS


def _event_before(agent: Token, lex: Lexicon) -> Token | None:
    """The event noun whose phrase ends right before the "by" ("protested against the shelling by")."""
    verb, tok = agent.head, agent.doc[agent.i - 1]
    while tok.i != verb.i and tok.head.i != tok.i:
        if tok.right_edge.i == agent.i - 1 and tok.pos_ == "NOUN" and noun_sense(tok, lex, standalone=True):
            return tok
        tok = tok.head
    return None


def subject(token: Token, index: ActorIndex, lex: Lexicon, depth: int = 0) -> tuple[list[Arg], bool]:
    """Sources of a verbal trigger, and whether the trigger is passive. Above the trigger
    (depth > 0) a passive raising verb lends its subject ("Blinken is set to ... making a trip")."""
    kids = list(token.children)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in kids)
    for agent in (c for c in kids if c.dep_ == "agent" and not _misattached(c, lex)):
        for pobj in (c for c in agent.children if c.dep_ in ("pobj", "pcomp")):  # "killed by Russian shelling"
            return resolve(pobj, index, lex) or authors(pobj, index, lex), True
    if passive and token.lemma_.lower() in _STATE_PASSIVES:  # "Serb forces were engaged in ethnic cleansing"
        for subj in (c for c in kids if c.dep_ == "nsubjpass"):
            return resolve(subj, index, lex), False
    if passive and depth == 0:  # "X was accused of ..., by Y": a "by" the parser hung lower, after a comma
        for agent in (t for t in token.subtree if t.dep_ in ("agent", "prep") and t.lower_ == "by"
                      and t.head.i != token.i and t.doc[t.i - 1].text == ","):
            found = [a for p in agent.children if p.dep_ == "pobj" for a in resolve(p, index, lex)]
            if found:
                return found, True
    if passive:
        if depth > 0:
            for subj in (c for c in kids if c.dep_ == "nsubjpass"):
                return resolve(subj, index, lex), False
        return [], True
    subjects = [c for c in kids if c.dep_ in _SUBJ] or _headline_subject(token, kids)
    if len(subjects) > 1 and all(c.i < token.i for c in subjects) and not any(
            c.dep_ == "cc" for c in subjects[0].children) and not stranded_object(
            subjects[-1], subjects[0]):  # "Sudan's paramilitary | Rapid Support Forces
        near = resolve(subjects[-1], index, lex)  # attacked": one subject split; the head is by the verb
        far = {a.actor for a in resolve(subjects[0], index, lex)}
        if any(a.actor for a in near) and not {a.actor for a in near} <= far:
            return near + _companions(token, subjects[-1], index, lex), False
    told = _told_addressee(token, subjects)
    if told is not None:  # "Iran told Hezbollah it should not attack Israel": Hezbollah's attack, not Iran's
        return [a for a in resolve(told, index, lex) if a.actor is not None], False
    for subj in subjects:
        if subj.pos_ == "PRON" and not index.covering(subj) and subj.lower_ in _ANAPHORS:
            speaker = _speaker_of(token, lex)
            if speaker is not None:  # "Japan said it had halted aid": "it" is Japan
                return resolve(speaker, index, lex), False
        if subj.tag_ in ("WP", "WDT") and token.dep_ == "relcl":  # "the president, who visited Kyiv"
            return resolve(token.head, index, lex), False
        found = _held_by(subj, index, lex) + _companions(token, subj, index, lex)
        return (_lent_by_antecedent(token, subj, index, lex) if generic_agent(subj, found) else None) or found, False
    misread = _subject_as_object(token)
    if misread is not None:  # "a day after Azerbaijan launched an offensive": "Azerbaijan" hung on "after"
        return resolve(misread, index, lex), False
    head, dep = effective_head(token)
    if dep == "advcl" and token.tag_ == "VBG" and (time_clause(head) or _ordered_aside(token, head, index, lex)):
        head = head.head  # "pounded the suburbs, hours before the truce began, killing 10": the pounding's;
        # "ordered the envoy to leave, accusing him of bias": the orderer's
    if depth < 4 and head.i != token.i:
        if dep in ("xcomp", "acomp", "conj", "advcl", "ccomp") and head.pos_ in ("VERB", "AUX", "ADJ"):
            if dep == "ccomp" and not token.tag_.startswith("VB"):
                return [], False
            ctrl = controller(token, index, lex)
            if ctrl is not None:  # "helped Ukraine to strike": Ukraine strikes
                return resolve(ctrl, index, lex), False
            patient = _passive_subject(head) if dep == "conj" and _active_conjunct(token) else None
            held = resolve(patient, index, lex) if patient is not None else []
            if any(a.actor for a in held):  # "was indicted by the court and will resign": the indicted resigns;
                return held, False  # not "the resolution was drafted by France and calls for": France does
            if dep == "xcomp":  # raising/control: subject of "set", "expected", "plans"
                raised = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
                if raised:
                    return resolve(raised[0], index, lex), False
            return subject(head, index, lex, depth + 1)[0], False
        if dep == "pcomp" and head.dep_ == "prep":  # "guilty of violating", "resorted to throwing stones"
            above = head.head
            if above.pos_ == "ADJ" and above.dep_ in ("acomp", "amod") or above.pos_ == "VERB" and not any(
                    c.dep_ in ("dobj", "nsubjpass") for c in above.children):
                return subject(above.head if above.pos_ == "ADJ" and above.dep_ == "acomp" else above,
                                index, lex, depth + 1)[0], False
            if head.lower_ == "in" and above.lemma_.lower() == "join":  # "its warship joined U.S. vessels in
                partners = [a for c in above.children if c.dep_ == "dobj" for a in resolve(c, index, lex)]
                return subject(above, index, lex, depth + 1)[0] + partners, False  # repelling": both repel
        doer = finite_head(token)
        if doer is not None:  # "..., a rights group protested Wednesday", "activists protested outside ...": theirs
            return _held_by(doer, index, lex), False
        active = token.tag_ != "VBN" or any(c.dep_ == "dobj" for c in kids)
        if dep in ("relcl", "acl") and active:  # "airstrikes killed 30" misread as a participle
            return _held_by(head, index, lex), False
    return [], False


#: bare agents of irregular forces: they do not act for a state's operation ("the Israeli raid on Jenin on
#: Monday, when gunmen opened fire on the soldiers": the gunmen are the other side); "fighters" may
#: ("the Russian offensive, during which fighters attacked the hospital")
_IRREGULAR = frozenset({"militant", "gunman", "insurgent", "infiltrator", "terrorist", "jihadist", "militiaman"})


def _lent_by_antecedent(verb: Token, subj: Token, index: ActorIndex, lex: Lexicon) -> list[Arg] | None:
    """The doer of the event noun a relative clause hangs on ("the Hamas-led attack, in which militants
    killed ...": Hamas), for a subject that names no side; not a country for irregular agents."""
    ante = relative_antecedent(verb, lex)
    sense = lex.nouns.get(ante.lemma_.lower()) if ante is not None else None
    if ante is None or sense is None or sense[0].startswith("_"):
        return None
    lent = noun_args(Trigger(ante, sense[0], sense[1], "noun", [ante]), index, lex)[0]
    if subj.lemma_.lower() in _IRREGULAR and all((a.actor or "").startswith("cty:") for a in lent):
        return None
    return lent or None


_CLAUSE_PREPS = frozenset({"after", "before", "since", "until", "till"})


def _held_by(noun: Token, index: ActorIndex, lex: Lexicon) -> list[Arg]:
    """The actors of a subject noun; an adopted motion speaks first for the body that adopted it
    ("The Security Council adopted a resolution demanding ...": the Council demands)."""
    own = resolve(noun, index, lex)
    body = adopter(noun)
    return own if body is None else resolve(body, index, lex) + own


def _ordered_aside(verb: Token, head: Token, index: ActorIndex, lex: Lexicon) -> bool:
    """Is a participle after a comma that says, warns or charges something ("..., accusing him of bias") hung on the
    infinitive of an object-control verb ("ordered the UN envoy to leave")? It is the orderer's word, not the
    object's; an effect ("ordered troops to shell the town, killing 10") stays with the infinitive."""
    lemma = verb.lemma_.lower()
    said = lemma in lex.speech_verbs or lemma == "warn" or lex.verbs.get(lemma, ("",))[0] == "ACCUSE"
    return said and verb.doc[verb.i - 1].text == "," and head.head.lemma_.lower() in _DIRECTIVES and (
        controller(head, index, lex) is not None)


#: verbs that direct their object to act ("ordered the envoy to leave"); not those that help it ("helped Syria
#: to retake the city, accusing the rebels": either may accuse)
_DIRECTIVES = frozenset({"order", "tell", "ask", "urge", "instruct", "direct", "command", "give"})


def _headline_subject(verb: Token, kids: list[Token]) -> list[Token]:
    """The name a headline's present-tense verb follows, which the parser hung on it as a compound
    ("Russia attacks Kyiv"): the verb's subject."""
    if verb.tag_ not in ("VBZ", "VBP"):
        return []
    return [c for c in kids if c.dep_ == "compound" and c.i == verb.i - 1 and c.ent_type_ in _SIDES]


#: entity types that may do an act
_SIDES = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def _subject_as_object(verb: Token) -> Token | None:
    """The noun right before a finite verb that the parser made the object of a clause-opening
    preposition ("after Azerbaijan launched", "since Russia invaded"): the verb's subject."""
    if not verb.tag_.startswith("VB") or verb.tag_ in ("VB", "VBG", "VBN") or verb.i == 0:
        return None
    prev = verb.doc[verb.i - 1]
    if prev.dep_ == "pobj" and prev.head.lower_ in _CLAUSE_PREPS and prev.pos_ in ("PROPN", "NOUN") and (
            prev.head.i < prev.i):
        return prev
    return None


_ANAPHORS = frozenset({"it", "they", "he", "she", "we"})
#: passives that describe what the subject does ("were engaged in", "are involved in")
_STATE_PASSIVES = frozenset({"engage", "involve"})


#: verbs of giving, whose passive keeps an object ("was summoned by Poland and handed a protest note")
_GIVING = frozenset({"hand", "offer", "show", "grant", "award", "serve"})


def _active_conjunct(verb: Token) -> bool:
    """A conjoined verb that is surely active ("... and will resign", "... and fired rockets"): it shares
    the clause's subject, not a passive's agent. A bare past form may be an elided passive ("was summoned
    by Poland and expelled"): only with its own object, and not a verb of giving ("and handed a note")."""
    return verb.tag_ in ("VB", "VBZ", "VBP") or verb.tag_ == "VBD" and any(
        c.dep_ == "dobj" for c in verb.children) and verb.lemma_.lower() not in _GIVING


def _passive_subject(verb: Token) -> Token | None:
    """The subject of a passive verb ("the minister was arrested by police"), else None."""
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def _companions(verb: Token, subj: Token, index: ActorIndex, lex: Lexicon) -> list[Arg]:
    """Who acts beside the subject: "France, along with Germany, condemned", "Egypt together with
    Qatar mediated", "Britain as well as France rejected" (a second subject)."""
    linked = any(c.dep_ == "cc" for c in subj.children)  # "as well as"; not two subjects of a misparse
    heads = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != subj.i and linked]
    for holder in (verb, subj):
        for prep in (c for c in holder.children if c.dep_ in ("prep", "advmod")):
            if prep.lower_ in ("along", "together"):
                heads += [p for w in prep.children if w.lower_ == "with" for p in w.children if p.dep_ == "pobj"]
            elif prep.lower_ == "with" and any(m.lower_ in ("along", "together") for m in prep.children):
                heads += [p for p in prep.children if p.dep_ == "pobj"]
    return [a for h in heads for a in resolve(h, index, lex)]


def _told_addressee(token: Token, subjects: list[Token]) -> Token | None:
    """The addressee a pronoun subject of a reported obligation stands for: "told Hezbollah it should
    not attack" -> Hezbollah (not the teller; "told Hezbollah it would help" keeps the teller's promise)."""
    if token.dep_ != "ccomp" or not subjects or subjects[0].lower_ not in BOUND or not any(
            c.dep_ == "aux" and c.lower_ in BINDING for c in token.children):
        return None
    head = token.head
    return obligee(head, token) if head.lemma_.lower() in ADDRESSING else None


def _speaker_of(token: Token, lex: Lexicon) -> Token | None:
    """The subject of the speech verb whose reported clause ``token`` heads."""
    head, dep = effective_head(token)
    if dep == "ccomp" and head.lemma_.lower() in lex.speech_verbs:
        for subj in (c for c in head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"):
            return subj
    return None


#: verbs of a third side bringing others' act about, no doer of it
_BROKERING = frozenset({"mediate", "broker", "facilitate"})


def noun_args(trig: Trigger, index: ActorIndex, lex: Lexicon) -> tuple[list[Arg], list[Arg]]:
    """Sources and targets of an event noun: "X's attack on Y", "killings of Y", "talks with Y"."""
    n = trig.token
    src_heads = [c for c in n.children if c.dep_ == "poss"]
    src_heads += [c for c in n.children if c.dep_ in ("compound", "amod", "nmod")
                  and (index.covering(c) or c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"))
                  and not (c.i + 1 < len(n.doc) and n.doc[c.i + 1].text == "-")]
    pulled = trig.type == "RETREAT" and trig.mode == "withdraw"  # "the withdrawal of X from Y": X leaves Y
    src_heads += preps(n, {"by"} if pulled else {"by", "from"}) + stray_possessor(n)
    for acl in (c for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN" and not (
            trig.type != "CONSULT" and c.lemma_.lower() in _BROKERING) and c.lemma_.lower() not in _ONLOOKERS):
        # "the march staged by students"; not "a swap mediated by the UAE", "a truce brokered by Qatar": the
        # broker's talks are its own event; nor "the attack condemned / foiled by Egypt": Egypt judges or stops it
        src_heads += [p for ag in acl.children if ag.dep_ == "agent" for p in ag.children if p.dep_ == "pobj"]
    for obj in preps(n, {"of"}):  # "the killing of X by Y": "by" often hangs on X
        src_heads += preps(obj, {"by"})
    src_heads += _stray_agent(n, lex)
    tgt_prep = {"on", "against", "with", "to", "at", "toward", "towards", "into"}
    doers = _doers_of(n, trig)  # "protests of Palestinians": theirs; "killings of civilians": on them
    if pulled:
        src_heads += preps(n, {"of"})
        tgt_prep.add("from")
    elif trig.type in ("ASSAULT", "COERCE", "SANCTION", "ACCUSE", "RETREAT", "PROTEST"):
        tgt_prep.add("of")
        src_heads += doers
    else:
        src_heads += preps(n, {"of"})
    if trig.type == "CONSULT":
        src_heads += preps(n, {"between", "among"})
    head, dep = effective_head(n)
    if dep == "pobj" and head.lower_ == "for" and head.head.pos_ == "VERB":
        blamed = [c for c in head.head.children if c.dep_ == "dobj"]  # "criticized Russia for its attacks": Russia's
        if blamed:
            src_heads = [blamed[0] if h.dep_ == "poss" and h.pos_ == "PRON" else h for h in src_heads]
    sources = [a for h in src_heads for a in resolve(h, index, lex)] + led_by(n, index, lex)  # "Hamas-led"
    hung = [a for d in doers for a in preps(d, {"on", "against"})]  # "the attacks of Hamas | on Israel"
    targets = actors([t for t in preps(n, tgt_prep) if t not in doers] + hung, index, lex)
    stopped = (dep == "dobj" or dep == "nsubjpass" and trig.type == "ASSAULT") and foils(
        head, n)  # "the attack was stopped by troops" as "troops stopped the attack"; a protest stopped: below
    if trig.type == "PROTEST" and dep == "dobj" and (
            head.lemma_.lower() in CEASE | FOILS and doers or head.lemma_.lower() in _QUELL or stops_crowd_act(head)):
        pass  # "police stopped / shut down the protest (of Palestinians)": neither the police's protest nor one against them
    elif stopped and defended(head, [a for a in _aims(n, lex) if a not in doers]):
        pass  # "police stopped an attack on a synagogue": on the synagogue; neither the police's nor on them
    elif stopped or dep == "dobj" and drawn(head, trig.type):  # "was stopped by Ukrainian troops": on them
        targets = targets or subject(head, index, lex)[0]  # "troops halted the Russian advance": on them;
        # "the raid drew condemnation", "Iran faces sanctions": the subject is the one reacted to
    elif not sources and (dep in ("dobj", "attr") or dep == "nsubjpass" and unstopped(n)) and head.pos_ in (
            "VERB", "AUX") and head.lemma_.lower() not in _WITNESS_VERBS and label(head) is None:
        sources = subject(head, index, lex)[0]  # "the offensive was not called off by Moscow": as the active's
    if trig.type == "CONSULT" and not sources and not targets:
        sources = _go_betweens(n, index, lex)
    if trig.type == "CONSULT" and not sources and targets:
        sources = _holder(n, index, lex)  # "circulated the text after weeks of talks with Egypt": the circulator's
    culprit = culprit_clause(n)
    if not sources and culprit is not None:
        sources = subject(culprit, index, lex)[0]  # "Moscow was behind the attack": Moscow's
    if not sources and dep == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() == "responsibility":
        claim = head.head.head  # "the Houthis claimed responsibility for the attack": theirs
        if claim.lemma_.lower() in ("claim", "accept", "admit", "take", "bear", "deny", "disclaim"):
            sources = subject(claim, index, lex)[0]  # denied: status says so
    return sources, targets


def act_doers(verb: Token, index: ActorIndex, lex: Lexicon) -> list[Arg]:
    """The doers of an attack noun that is a harm verb's subject and names no side by itself: "The attack
    carried out by Hamas killed 20", "The strikes launched by Israel killed 12", "The attack by Hamas killed 20"."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    sense = lex.nouns.get(subj.lemma_.lower()) if subj is not None and subj.pos_ == "NOUN" else None
    if subj is None or sense is None or sense[0] != "ASSAULT":
        return []
    return noun_args(Trigger(subj, sense[0], sense[1], "noun", [subj]), index, lex)[0]


def named_doers(verb: Token, index: ActorIndex, lex: Lexicon) -> list[Arg]:
    """Whom naming an act an offence accuses: the act's doer ("called the US sanctions an act of aggression":
    the US), or the object itself when it is no act ("called Israel's actions genocide": Israel)."""
    act = named_act(verb)
    sense = lex.nouns.get(act.lemma_.lower()) if act is not None and act.pos_ == "NOUN" else None
    if act is None or sense is None or sense[0].startswith("_"):
        return resolve(act, index, lex) if act is not None else []
    return noun_args(Trigger(act, sense[0], sense[1], "noun", [act]), index, lex)[0]


def _aims(noun: Token, lex: Lexicon) -> list[Token]:
    """What an attack is on: its own "on", "against" or "of" ("the bombing of the mosque"), or an "on" the
    parser hung on its "by" doer ("an attack by militants | on a church") or on the verb stopping it
    ("foiled an attack by gunmen | on a bus"; not a day, "on Sunday")."""
    doers = preps(noun, {"by"}) + _stray_agent(noun, lex)
    hung = doers + ([noun.head] if noun.dep_ == "dobj" else [])
    return preps(noun, {"on", "against", "of"}) + [a for h in hung for a in preps(h, {"on", "against"})
                                                   if a.ent_type_ not in ("DATE", "TIME")]


#: modes of a crowd's own act, whose "of" names who acts ("a march of farmers", "the revolt of the
#: generals"); a boycott's "of" names what is shunned ("a boycott of Israeli goods")
_AGENTIVE = frozenset({"demo", "riot", "strike", "hunger"})
#: people who protest, strike or riot (a crowd word, a striker), besides a nationality ("Palestinians")
_PEOPLE = STRIKERS | RIOTERS | frozenset({"prisoner", "detainee", "soldier", "officer", "general", "tribesman",
                                         "citizen", "civilian", "inhabitant", "peasant", "mother"})


def _doers_of(noun: Token, trig: Trigger) -> list[Token]:
    """The people an agentive event noun's "of" names, who do the act: "amid protests of Palestinians",
    "a march of farmers", "the hunger strike of prisoners", "the attacks of the militants". A thing there
    is what is protested ("a protest of the ruling"), and a patient noun's "of" is its target ("killings
    of civilians")."""
    if trig.type == "ASSAULT":
        return attackers_of(noun)  # "the attacks of the militants": theirs
    if trig.type != "PROTEST" or trig.mode not in _AGENTIVE:
        return []
    return [p for p in preps(noun, {"of"}) if p.ent_type_ == "NORP" and p.tag_ in ("NNPS", "NNS")
            or p.pos_ == "NOUN" and p.lemma_.lower() in _PEOPLE]


def _stray_agent(noun: Token, lex: Lexicon) -> list[Token]:
    """The doer of an event noun in a "by" right after it that the parser hung on the active verb
    above, as its agent or a preposition ("Villagers protested (against) the shelling by the Turkish
    army": the army shelled)."""
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return []
    return [p for c in verb.children if c.lower_ == "by" and c.dep_ in ("agent", "prep") and c.i == noun.right_edge.i + 1 and (
        _misattached(c, lex)) and _event_before(c, lex) == noun for p in c.children if p.dep_ == "pobj"]


#: verbs that end a crowd act by force: their subject never does the act ("police shut down the protest")
_QUELL = frozenset({"shut", "disperse", "break", "crush", "quell", "suppress", "ban"})


#: verbs whose subject suffers, reports or judges the event in their object, not does it
#: ("refugees fleeing the fighting", "Hamas condemned the attack")
_WITNESS_VERBS = JUDGES | {"flee", "escape", "investigate", "fear", "blame", "deny", "hail", "disperse", "prevent",
                           "ban", "break", "suppress", "crush", "quell", "repel", "repulse", "avenge", "watch",
                           "monitor", "observe"}


#: participles whose "by" judges, records or stops an act, never does it ("the attack condemned by Egypt")
_ONLOOKERS = _WITNESS_VERBS | FOILS | CEASE | {"document", "confirm", "verify", "film", "record", "probe", "see"}


#: nouns naming the parties who carry talks on ("talks in Doha ... from US and Egyptian mediators")
_GO_BETWEENS = frozenset({"mediator", "negotiator", "delegation", "delegate", "envoy", "interlocutor"})


_AROUND = frozenset({"after", "during", "following", "through", "in", "at", "before", "for"})


def _holder(n: Token, index: ActorIndex, lex: Lexicon) -> list[Arg]:
    """Who held talks "with" someone that are only a time or setting of the verb above them: its
    subject ("The United States circulated the text after weeks of talks with Egypt and Qatar")."""
    below, around = n, False
    for _ in range(4):
        head = below.head
        if head.i == below.i or below.dep_ not in ("pobj", "prep"):
            return []
        around = around or below.dep_ == "pobj" and head.lower_ in _AROUND
        if head.pos_ in ("VERB", "AUX"):  # "will travel to Doha for talks with X": the traveller's talks
            judged = head.lemma_.lower() in _WITNESS_VERBS | {"criticize", "criticise", "praise", "thank"}
            return subject(head, index, lex)[0] if around and below.dep_ == "prep" and not judged else []
        below = head
    return []


def _go_betweens(n: Token, index: ActorIndex, lex: Lexicon) -> list[Arg]:
    """Talks that name no party of their own are held by the mediators or negotiators the same
    sentence names, when it names exactly one such group."""
    groups = [t for t in n.sent if t.lemma_.lower() in _GO_BETWEENS and t.pos_ == "NOUN"]
    if len(groups) != 1:
        return []
    return listed_actors(groups[0], index, lex)


def stray_possessor(n: Token) -> list[Token]:
    """"the militants’ October 7 attack": a plural possessor whose apostrophe the parser hung
    elsewhere (typographic quotes) still owns the noun phrase that follows it."""
    start = n.left_edge.i
    if start < 2 or any(c.dep_ == "poss" for c in n.children):
        return []
    mark, owner = n.doc[start - 1], n.doc[start - 2]
    if mark.text in ("'", "\u2019") and mark.dep_ != "case" and owner.tag_ in ("NNS", "NNPS") \
            and owner.lower_.endswith("s"):
        return [owner]
    return []


__all__ = ["act_doers", "named_doers", "noun_args", "stray_possessor", "subject"]
