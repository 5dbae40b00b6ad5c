"""Trigger detection: which tokens are events of which PLOVER type, from the lexicon.

Verbs (with particles, light-verb objects and verb+object senses), intent adjectives
("is willing to") and event nouns ("talks", "the attack", "hunger strike"); speech acts whose
reported clause carries a modal ("said Sudan must return" -> REQUEST) are in events/refusals.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from dateline.events.attributes import lemma as _lemma
from dateline.events.clauses import conditional as if_clause
from dateline.events.clauses import plan_term, to_infinitive
from dateline.events.discontinue import COMMITMENTS as _COMMITMENTS
from dateline.events.discontinue import GUARDED as _GUARDED
from dateline.events.discontinue import between_sides as _between_sides
from dateline.events.discontinue import committed as _committed
from dateline.events.labels import NAMING, charge, given_name, label, named_act, work
from dateline.events.lexicon import Lexicon, Sense
from dateline.events.nouns import noun_sense
from dateline.events.nouns import talks_noun as _talks_noun
from dateline.events.readings import _GATHER, construction, foils, in_protest, stopper_of, unstopped
from dateline.events.readings import CASUALTIES as _CASUALTIES
from dateline.events.readings import CROWD as _CROWD
from dateline.events.readings import PACTS as _PACTS
from dateline.events.readings import RIOTERS as _RIOTERS
from dateline.events.readings import danger as _danger
from dateline.events.readings import prep_objects as _prep_objects
from dateline.events.readings import subject_head as _subject_head
from dateline.events.readings import under_arms as _under_arms
from dateline.events.strikes import AIMS as _STANDING_AIMS
from dateline.events.strikes import (
    ENJOINERS,
    GIVE_UP,
    STRIKERS,
    WORKFORCE,
    misread_aim,
    misread_as_verb,
    stops,
)
from dateline.events.strikes import labour_strike as _labour_strike
from dateline.nlp.clauses import finite_head


@dataclass
class Trigger:
    """A found trigger: its head token, sense, the tokens that spell it, and how it was found."""

    token: Token
    type: str
    mode: str | None
    kind: str  # verb|light|noun|intent|speech|commit|criticized (its subject is the target)
    words: list[Token] = field(default_factory=list)
    noun: Token | None = None  # event noun a light verb carries ("held talks")
    confidence: float = 0.7
    clause: Token | None = None  # a speech act's reported clause ("said it will release X")

    @property
    def text(self) -> str:
        toks = sorted({t.i: t for t in (self.words or [self.token])}.values(), key=lambda t: t.i)
        return " ".join(t.text for t in toks)


_MONEY = frozenset({"dollar", "euro", "pound", "yen", "yuan", "million", "billion", "$", "tranche", "sum"})


def object_lemmas(token: Token) -> list[tuple[Token, str]]:
    """(token, lemma) of a verb's direct objects and what heads them ("state of emergency")."""
    out: list[tuple[Token, str]] = []
    objs = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd") or _misread_march(c)]
    if _misread_amod(token):
        objs.append(token.head)  # "Taiwan scrambled fighter jets" parsed as an adjective of "jets"
    for prt in (c for c in token.children if c.dep_ == "prt"):
        objs.extend(c for c in prt.children if c.dep_ == "pobj")
    if _lemma(token) in ("put", "place", "keep"):  # "put its air force on high alert"
        objs.extend(p for c in token.children if c.dep_ == "prep" and c.lower_ == "on"
                    for p in c.children if p.dep_ == "pobj")
    for obj in list(objs):
        objs.extend(c for c in obj.children if c.dep_ == "conj")
    for obj in list(objs):  # "$50 million in humanitarian assistance": the money is the aid
        if obj.ent_type_ == "MONEY" or _lemma(obj) in _MONEY:
            objs.extend(p for c in obj.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "for")
                        for p in c.children if p.dep_ == "pobj")
    for obj in objs:
        of = [(p, _lemma(p)) for prep in obj.children if prep.dep_ == "prep" and prep.lower_ == "of"
              for p in prep.children if p.dep_ == "pobj"]
        if _lemma(obj) in _BATCHES:
            out.extend(of)  # "a team of rescuers", "a convoy of aid trucks": what is sent decides
        out.append((obj, _act_lemma(obj)))
        out.extend((c, _lemma(c)) for c in obj.children if c.dep_ in ("compound", "amod"))
        if _lemma(obj) not in _BATCHES:
            out.extend(of)
    return out


def _misread_amod(token: Token) -> bool:
    """A finite verb the parser took for an adjective: it has a subject of its own."""
    return token.dep_ == "amod" and token.tag_ == "VBD" and any(c.dep_ == "nsubj" for c in token.children)


_BATCHES = frozenset({"team", "group", "contingent", "batch", "unit", "convoy", "shipment", "consignment",
                      "planeload", "load", "plane", "flight", "number", "detachment", "squad"})


def verb_trigger(token: Token, lex: Lexicon) -> Trigger | None:
    """The sense of a verb token: verb+object, phrasal, light verb + event noun, or plain;
    then the rules that read the arguments (commitments, threats, crowds, peacekeepers)."""
    if token.pos_ not in ("VERB", "AUX") or token.pos_ == "AUX" and token.dep_ == "aux":
        return None
    if token.dep_ == "amod" and not _misread_amod(token) or _talks_noun(token):
        return None  # "the besieged Gaza Strip" describes; "truce talks" misread as a verb
    if token.tag_ == "VBZ" and token.dep_ in ("appos", "nsubj", "nsubjpass", "dobj", "pobj"):
        return None  # "Party City, the party supplies retailer,": a plural noun misread as a verb
    trig = verb_sense(token, lex)
    if trig is None:
        return None
    return _refine(trig, lex)


def _arms(obj: Token) -> bool:
    """Is a weapon word given up the arms themselves: the object, and "arms" plural ("gave up their arms"; not "gave
    up arms smuggling", "gave up his arm of the business")?"""
    return obj.dep_ not in ("compound", "amod") and (_lemma(obj) != "arm" or obj.tag_ == "NNS")


def verb_lemma(token: Token, lex: Lexicon) -> str:
    """The verb's lemma, mending the lemmatizer where it misses a lexicon verb ("staged" -> "stag")."""
    lemma = _lemma(token)
    known = lex.known_verbs
    if lemma in known:
        return lemma
    low = token.lower_
    for cand in (low[:-1], low[:-2], low[:-3] if low.endswith("ing") else "", low[:-3] + "e"):
        if cand and cand in known and low.startswith(cand[:-1]):
            return cand
    return lemma


def verb_sense(token: Token, lex: Lexicon) -> Trigger | None:
    lemma = verb_lemma(token, lex)
    kids = list(token.children)  # walked once: each walk makes a Token of every child
    objects = object_lemmas(token) if lemma in _object_readers(lex) else []  # most verbs never read them
    aim = misread_aim(token) if lemma in GIVE_UP else None
    if aim is not None:
        objects.append((aim, _lemma(aim)))  # "withdrew its ceasefire offer", "offer" read as a verb
    elif lemma in _STANDING_AIMS and misread_as_verb(token):
        return None  # that "offer" itself: the giving up reads it
    name = label(token) if lemma in NAMING else None
    if name is not None:  # "called the operation a provocation" accuses; "called the meeting a success": nothing
        accuses = charge(name) and not work(named_act(token))  # not "called his album a massacre"
        return _make(token, ("ACCUSE", "allege"), "verb", [token, name], 0.75, noun=name) if accuses else None
    if lemma in ("go", "remain", "stay", "hold"):  # "went on strike", "held X responsible"
        objects += [(o, _lemma(o)) for o in _prep_objects(token, ("on",))]
        objects += [(c, _lemma(c)) for c in kids if c.dep_ in ("oprd", "acomp")]
    if lemma in _WITH_PENALTY:  # "hit Russian oligarchs with sanctions": the penalty decides
        objects = [(o, _lemma(o)) for o in _prep_objects(token, ("with",))] + objects
    if lemma in _YIELD_VERBS and any(_lemma(o) in ("demand", "pressure", "ultimatum", "condition")
                                     for o in _prep_objects(token, ("to",))):
        return _make(token, ("CONCEDE", None), "verb", [token], 0.75)  # "agreed to / bowed to the demands"
    under = [o for o in _prep_objects(token, ("under",)) if _lemma(o) in _CRITICISM] if lemma == "come" else []
    if under:  # only "come" reads it: no walk of every verb's children
        if _under_arms(token, under[0]):  # "their vehicle came under fire near the village"
            return _make(token, ("ASSAULT", "firearms" if _lemma(under[0]) == "fire" else None), "under",
                         [token, under[0]], 0.7, noun=under[0])
        return _make(token, ("ACCUSE", "disapprove"), "criticized", [token], 0.7)  # "came under fire from X"
    if lemma == "meet" and any(c.dep_ == "auxpass" for c in kids) and (
            _prep_objects(token, ("with",)) or _lemma(_subject_head(token) or token) in _AIMS):
        return None  # "the attack would be met with a response", "until its war aims were met": no meeting
    if lemma == "receive" and any(_lemma(w) in _CASUALTIES for o, _ in objects for w in (o, *o.children)):
        return None  # "the hospital received 100 wounded": casualties, not guests
    if lemma == "strike" and (_strikers_strike(token) or _planned_walkout(token)):
        return _make(token, ("PROTEST", "strike"), "verb", [token], 0.75)  # "the teachers strike closed schools"
    if lemma in _SUPPRESSORS and stops_crowd_act(token):  # "police stopped the protest of Palestinians"
        return _make(token, ("COERCE", "restrict"), "verb", [token], 0.8)
    special = construction(token, lemma, objects, lex, kids)
    if special is not None:  # gatherings, verdicts, expulsions, quitting talks, helping (see readings)
        sense, words, conf = special
        if sense is None and stops(token) and words == [token] and refused(token, kids) and not any(
                _labour_strike(c) for c in kids if c.dep_ in ("dobj", "nsubj")):
            return _make(token, ("REJECT", None), "verb", [token, *(c for c in kids if c.dep_ == "prt")],
                         0.7)  # "will not stop the war", "will not call off": a refusal to
            # de-escalate (CAMEO 1246) by the side whose war goes on
        noun = next((w for w in words if w.i != token.i and w.pos_ == "NOUN" and _lemma(w) == "strike"), None) \
            if sense == ("RETREAT", "ceasefire") else None  # the air strikes of a ceasefire ("halted its air
        # strikes on Kyiv"), whichever place the reading gives them: the noun carries "on Kyiv"
        return None if sense is None else _make(token, sense, "verb", words, conf, noun=noun)
    if lemma == "declare":  # "declared two diplomats persona non grata"
        objects += [(c, _lemma(c)) for c in kids if c.dep_ == "ccomp"]
    if lemma in ("allow", "permit", "let", "enable") and _lemma(_subject_head(token) or token) in _TEXTS:
        return None  # "the deal allowed Ukraine to export grain": a term at work, no one concedes
    if lemma in ("allow", "permit", "let"):  # "allowed aid trucks to enter": who is let in decides
        objects += [(s, _lemma(s)) for c in kids if c.dep_ in ("ccomp", "xcomp")
                    for s in c.children if s.dep_ == "nsubj"]
        objects += [(m, _lemma(m)) for o, _ in list(objects) for m in o.children if m.dep_ in ("compound", "amod")]
    if lemma in ("use", "hold", "keep"):  # "used civilians as human shields", "holding them as hostages"
        objects = [(o, _lemma(o)) for o in _prep_objects(token, ("as",))] + objects
    if lemma in ("set", "add"):  # "set fire to the offices", "added five firms to its blacklist"
        objects = [(o, _lemma(o)) for o in _prep_objects(token, ("to",))] + objects
    for prt in (c for c in kids if c.dep_ == "prt"):  # "called off the strike"
        if not objects and f"{lemma} {prt.lower_}" in lex.requires_object:
            return None  # "the talks broke up": no event without its object
        sense = lex.phrasal.get(f"{lemma} {prt.lower_}")
        if sense:  # "handed over medicine" is aid, not a return; "stepped up security" mobilizes
            specific = lex.verb_object.get(f"{lemma} {prt.lower_}", {})
            for obj, olemma in objects:
                if olemma in specific and (specific[olemma] != ("RETREAT", "disarm") or _arms(obj)):
                    return _make(token, specific[olemma], "verb", [token, prt, obj], 0.8, noun=obj)
            if sense[0] != "_LIGHT":
                return _make(token, sense, "verb", [token, prt], 0.8)
    table = lex.verb_object.get(lemma)
    if table:
        for obj, olemma in objects:  # "imposed travel bans": the modifier's sense decides; not what a stop
            # ends ("cancelled the joint exercises" ends the cooperation, does none)
            mods = {} if lemma in _GUARDED else lex.noun_modifiers.get(olemma, {})
            for mod in (c for c in obj.children if c.dep_ in ("compound", "amod") and _lemma(c) in mods):
                return _make(token, mods[_lemma(mod)], "verb", [token, mod, obj], 0.8, noun=obj)
        for obj, olemma in objects:
            if olemma in table and not _unasked(token, obj):
                if olemma in _COMMITMENTS and table[olemma][0] == "SANCTION" and not _committed(token):
                    return None  # "the fans withdrew their support for the coach": no side's commitment
                return _make(token, table[olemma], "verb", [token, obj], 0.8, noun=obj)
    passive = any(c.dep_ == "auxpass" for c in kids)  # "the bodies were taken to hospital"
    for child in kids:
        adjacent = child.dep_ == "prt" or child.dep_ in ("prep", "dobj", "advmod") and _next_to(token, child) and not (
            passive and child.dep_ == "prep") or (child.dep_ == "prep" and child.lower_ in ("out", "off", "down", "up"))
        marks = [m for m in child.children if m.dep_ == "mark" and m.lower_ == "for"] if child.dep_ == "advcl" else []
        if marks and _next_to(token, marks[0]):  # "pushing hard for the US to support": "push for"
            child, adjacent = marks[0], True
        if adjacent:
            sense = lex.phrasal.get(f"{lemma} {child.lower_}") or lex.phrasal.get(f"{lemma} {_lemma(child)}")
            if sense and sense[0] != "_LIGHT":
                return _make(token, sense, "verb", [token, child], 0.8)
    if table and "*" in table and objects:
        if lemma in _GUARDED and not any(_between_sides(token, o, lex) for o, _ in objects):
            return None  # "cancelled the concert", "scrapped the old fleet": nothing between sides (an object's
            # modifier may name it: "halt mediation efforts")
        return _make(token, table["*"], "verb", [token, objects[0][0]], 0.65, noun=objects[0][0])
    light = lemma in lex.light_verbs or any(
        lex.phrasal.get(f"{lemma} {c.lower_}", ("",))[0] == "_LIGHT" for c in kids)
    if light and any(c.dep_ in ("oprd", "acomp") for c in kids):
        light = False  # "called the meeting positive" is no meeting
    if light:
        preps = ("in", "to", "on") if lemma in ("remain", "stay", "put", "place") else ("in", "to")
        for obj in [o for o, _ in objects] + _prep_objects(token, preps):
            sense = noun_sense(obj, lex, standalone=False)
            if sense is not None and obj.dep_ != "amod" and obj.ent_type_ not in ("DATE", "TIME"):  # "in March"
                return _make(token, sense, "light", [token, obj], 0.75, noun=obj)
    sense = lex.verbs.get(lemma)
    if sense is None and any(c.dep_ == "advmod" and c.lower_ in ("jointly", "together") for c in kids) and (
            any(c.dep_ == "dobj" for c in kids)):
        sense = ("COOPERATE", None)  # "will jointly develop a tank", "built it together"
    if sense is None:
        return _fail(token, lex)
    if lemma in lex.requires_object and not objects and (lemma == "seek" or not _has_dative(token)):
        return None  # "seeks to oust the president" is an aim (status: hypothetical), not a request
    if lemma in ("decline", "refuse") and any(c.dep_ == "xcomp" and _no_comment(c) for c in kids):
        return None  # "declined to comment / to give details" rejects nothing
    if lemma == "warn" and not any(c.dep_ in ("ccomp", "dobj", "xcomp", "dative") for c in kids) and not any(
            _lemma(o) in _THREAT_NOUNS for o in _prep_objects(token, ("of", "against"))):
        return None  # "warned of famine" threatens nobody; "warned of consequences" does
    if lemma == "warn" and any(_danger(c, lex) for c in kids if c.dep_ == "ccomp"):
        return None  # "agencies warned that a battle would put 800,000 people at risk": a danger, no threat
    if lemma in ("arrive", "travel") and not any(
            c.dep_ == "prep" and c.lower_ in ("in", "at", "to") for c in kids):
        return None
    return _make(token, sense, "verb", [token], 0.75)


#: verbs that end another's act by force when that act is a crowd's ("broke the strike of dockworkers")
_SUPPRESSORS = frozenset({"end", "stop", "halt", "break", "crush", "quell", "suppress"})
#: a crowd's own acts, whose "of" or possessive names who does them
_CROWD_ACTS = frozenset({"protest", "strike", "sit-in", "march", "rally", "demonstration", "walkout", "vigil"})
_OWN = frozenset({"its", "their", "his", "her", "our", "my", "your"})


def stops_crowd_act(verb: Token) -> bool:
    """Does the verb's subject (a passive's agent) stop a crowd act that others are said to do ("Police
    ended the sit-in of students", "the protest of Palestinians was stopped by police"), or one of no one
    named when the stopper is a state force or a court ("Police ended the protest", "the court ended the
    strike")? Not the doers' own ending ("the union ended its strike", "dockworkers ended the strike of
    dockworkers", "workers ended the strike")."""
    stopper = stopper_of(verb)
    if stopper is None or _lemma(stopper) in STRIKERS or any(c.dep_ == "prt" for c in verb.children):
        return False  # "the union ended the strike of dockworkers": theirs; "broke up the strike": the phrasal sense
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") or _misread_march(c)):
        act = _act_lemma(obj)
        if act not in _CROWD_ACTS or act == "strike" and not _labour_strike(obj):
            continue  # "will not stop the strikes on the city": air strikes
        doers = [c for c in obj.children if c.dep_ == "poss"] + _prep_objects(obj, ("of",))
        if not doers and _lemma(stopper) in _FORCES | _LAW | ENJOINERS:
            return True
        if doers and not any(d.lower_ in _OWN or _lemma(d) == _lemma(stopper) for d in doers):
            return True
    return False


def stopped_in_passive(verb: Token, act: Token) -> bool:
    """Is ``act``, the subject of the passive stop ``verb``, an event as the active's object is: a crowd's
    act ended by a force ("the protest was stopped by police"), another side's attack foiled ("the
    attack on the church was foiled by police") or an attack not stopped, going on ("the offensive would
    not be called off", ``readings.unstopped``)?"""
    return stops_crowd_act(verb) or foils(verb, act) or unstopped(act)


def _act_lemma(token: Token) -> str:
    """The lemma, with "sit-in" whole: the parser splits it, "in" the head and "sit" its compound."""
    return "sit-in" if token.lower_ == "in" and any(c.lower_ == "sit" for c in token.children) else _lemma(token)


def _misread_march(token: Token) -> bool:
    """"The army ended the march": the parser takes the object for the month, a bare time adverbial;
    the month takes no article ("ended the siege last March")."""
    return token.dep_ == "npadvmod" and token.lower_ == "march" and any(
        c.dep_ == "det" and c.lower_ in ("the", "a") for c in token.children)


def _strikers_strike(verb: Token) -> bool:
    """Is a "strike" tagged as a verb its strikers' walkout: "teachers strike over pay" (the grievance
    misread as the object of a particle "over"), or the noun misread as one ("the teachers strike closed
    schools": "closed" read as an adjective of its object)?"""
    if not any(c.dep_ == "nsubj" and _lemma(c) in STRIKERS for c in verb.children):
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    over = any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)
    return not objs or over or any(c.dep_ == "amod" and c.i == verb.i + 1 for o in objs for c in o.children)


def _planned_walkout(verb: Token) -> bool:
    """Is a bare "to strike" workers' walkout to come: the subject of the verb it completes ("nurses plan to
    strike next week") or the owner of the aim it names ("the union has not dropped its plan to strike",
    "the union's plan to strike") a workforce? Not with an object ("Israel's plan to strike Iran")."""
    if verb.dep_ not in ("xcomp", "acl") or any(c.dep_ == "dobj" for c in verb.children) or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head, doer = verb.head, None
    if verb.dep_ == "acl":  # "its plan to strike": the plan's owner, or who holds "its" plan
        doer = next((c for c in head.children if c.dep_ == "poss"), None)
        if doer is not None and doer.pos_ == "PRON":
            head, doer = head.head, None
    if doer is None and head.pos_ in ("VERB", "AUX"):
        doer = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return doer is not None and _lemma(doer) in WORKFORCE


def _next_to(verb: Token, child: Token) -> bool:
    """Does the child follow the verb with at most its adverbs between ("pushing hard for")?"""
    if child.i <= verb.i:
        return False
    return child.i == verb.i + 1 or all(t.dep_ == "advmod" and t.head.i == verb.i for t in verb.doc[verb.i + 1:child.i])


#: what is met by being achieved, not by meeting ("until its war aims were met")
_AIMS = frozenset({"aim", "goal", "objective", "target", "expectation", "criterion", "standard", "deadline", "need",
                   "requirement", "obligation", "benchmark", "quota", "threshold"})
_YIELD_VERBS = frozenset({"agree", "accede", "bow", "yield", "give", "cave", "submit", "succumb", "relent", "consent"})
_CRITICISM = frozenset({"fire", "criticism", "attack", "scrutiny", "censure", "condemnation"})
_WITH_PENALTY = frozenset({"hit", "target", "slap", "retaliate", "punish"})
_THREAT_NOUNS = frozenset({"consequence", "retaliation", "response", "reprisal", "action", "measure", "escalation",
                           "war", "retribution", "revenge", "countermeasure", "strike", "attack"})
PRESSURE = frozenset({"pressure", "onus", "focus", "blame", "responsibility"})
_NO_COMMENT = frozenset({"comment", "elaborate", "speak", "confirm", "say", "discuss", "reveal", "disclose",
                         "identify", "name", "specify"})
_DETAILS = frozenset({"detail", "comment", "information", "specific", "figure", "name", "timeline", "timetable",
                      "question"})


#: verbs whose own branches in verb_sense (or construction's) read the objects
_READS_OBJECTS = _GATHER | frozenset({"go", "remain", "stay", "hold", "receive", "take", "declare", "allow", "permit",
                                      "let", "use", "keep", "set", "add"}) | _WITH_PENALTY | GIVE_UP
_READERS: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def _object_readers(lex: Lexicon) -> frozenset[str]:
    """Lemmas for which verb_sense can read a verb's objects: its own lemma branches, verb + object senses,
    light verbs, verbs that require an object and every phrasal head ("call" of "call off"); built once per lexicon."""
    hit = _READERS.get(id(lex))
    if hit is not None and hit[0] is lex:
        return hit[1]
    heads = {key[:i] for key in lex.phrasal for i, ch in enumerate(key) if ch == " "}
    readers = frozenset(_READS_OBJECTS | lex.verb_object.keys() | lex.light_verbs | lex.requires_object | heads)
    _READERS[id(lex)] = (lex, readers)
    return readers


def _no_comment(comp: Token) -> bool:
    """"to comment", "to give details", "to say when": declining these refuses no demand."""
    return _lemma(comp) in _NO_COMMENT or any(
        c.dep_ == "dobj" and _lemma(c) in _DETAILS for c in comp.children)


def _fail(token: Token, lex: Lexicon) -> Trigger | None:
    """"failed to reach agreement" -> REJECT (PLOVER codes the failed agreement as a rejection)."""
    if _lemma(token) != "fail":
        return None
    for comp in (c for c in token.children if c.dep_ == "xcomp"):
        inner = verb_sense(comp, lex)
        if inner is not None and inner.type in ("AGREE", "SUPPORT"):
            return Trigger(token, "REJECT", None, "verb", [token, comp], inner.noun, 0.6)
    return None


_EXERCISES = frozenset({"exercise", "game", "drill", "maneuver", "manoeuvre", "patrol"})
_PROMISE = frozenset({"promise", "pledge", "vow", "swear", "offer", "commit", "undertake"})


def _refine(trig: Trigger, lex: Lexicon) -> Trigger:
    token, lemma = trig.token, verb_lemma(trig.token, lex)
    subj = _subject_head(token) or finite_head(token)  # "..., a rights group protested Wednesday"
    kids = list(token.children)
    conditional = any(a.dep_ == "advcl" and if_clause(a) for a in kids)
    modal = any(c.dep_ == "aux" and c.lower_ in ("may", "might", "could", "will", "would") for c in kids)
    if conditional and modal and trig.type in lex.conflict_types:
        trig.type, trig.mode = "THREATEN", None  # "may halt mediation if ...": a conditional threat
    if lemma == "protest" and subj is not None:
        crowd = _lemma(subj) in _CROWD or subj.ent_type_ == "NORP" or any(
            c.dep_ == "nummod" for c in subj.children)
        if not crowd:
            trig.type, trig.mode = "ACCUSE", "disapprove"
    if lemma in ("arrive", "deploy") and subj is not None:
        words = {_lemma(t) for t in subj.subtree}
        if words & {"peacekeeping", "peacekeeper", "observer"}:
            trig.type, trig.mode = "AID", "peacekeeping"
        elif words & {"troop", "force", "soldier", "tank", "warship", "reinforcement"}:
            trig.type, trig.mode = "MOBILIZE", "troops"
    actor = subj if subj is None or subj.dep_ != "nsubjpass" else None  # "protesters were arrested": done to them
    rioters = actor is not None and (_lemma(actor) in _RIOTERS or _lemma(actor) in _COLLECTIVE and any(
        _lemma(p) in _RIOTERS for c in actor.children if c.dep_ == "prep" for p in c.children))
    police = any(_lemma(w) in _LAW | {"riot", "force"} for p in _prep_objects(token, ("with",))
                 for w in [p, *(c for c in p.children if c.dep_ == "compound")])
    rioters = rioters or police and subj is not None and _lemma(subj) in _CROWD  # "supporters clashed with police"
    if rioters and (lemma in ("clash", "fight", "battle", "scuffle") or trig.type == "ASSAULT"
                    and lemma not in ("use", "hurl", "throw")):
        trig.type, trig.mode = "PROTEST", "riot"  # "protesters clashed with police", "rioters torched shops"
    elif rioters and trig.type == "COERCE":  # "protesters occupied the ministry", "... set cars ablaze"
        trig.type, trig.mode = "PROTEST", "riot" if trig.mode == "destroy" else "obstruct"
    if (trig.type, trig.mode) == ("PROTEST", "obstruct") and subj is not None and _lemma(subj) in _FORCES:
        trig.type, trig.mode = "COERCE", "restrict"  # "soldiers set up roadblocks around the city"
    if refused(token, kids) and trig.type in REFUSABLE:
        trig.type, trig.mode = "REJECT", None  # "would not accept the deal", "won't recognize"
    if lemma in ("raid", "storm", "search") and subj is not None and (_lemma(subj) in _LAW or any(
            _lemma(c) in _LAW for c in subj.children if c.dep_ in ("compound", "amod"))):
        trig.type, trig.mode = "COERCE", "seize"  # "police raided the offices of the newspaper"
    sanction_of = trig.type == "SANCTION" and any(c.dep_ == "dobj" for c in kids)  # "recalled its envoy"
    if in_protest(token) and trig.type in ("REQUEST", "CONSULT"):
        trig.type, trig.mode = "ACCUSE", "disapprove"  # "summoned the ambassador to protest the remarks"
    elif in_protest(token) and trig.type not in ("PROTEST", "ACCUSE") and not sanction_of:
        trig.type, trig.mode = "PROTEST", "obstruct"  # "occupied a building in protest at the war"
    if trig.noun is not None and _lemma(trig.noun) in _EXERCISES and lemma not in _GUARDED:  # not "cancelled
        # the joint exercises": a stop ends them (SANCTION discontinue)
        joint = any(_lemma(c) in _JOINT for c in trig.noun.children) or any(
            c.dep_ == "conj" for c in (subj.subtree if subj is not None else ())) or any(
            c.dep_ == "prep" and c.lower_ == "with" for c in list(kids) + list(trig.noun.children))
        trig.type, trig.mode = ("COOPERATE", "military") if joint else ("MOBILIZE", "troops")
    if lemma in _PROMISE or trig.kind == "intent":
        comps = [c for c in kids if c.dep_ == "xcomp" or c.dep_ == "advcl" and to_infinitive(c)]  # "sworn to fight"
        comps += [c for c in kids if c.dep_ == "ccomp" and lemma != "offer" and not any(
            a.dep_ == "neg" for a in c.children) and any(
            a.dep_ == "aux" and a.lower_ in _WILL for a in c.children) and not any(
            a.dep_ == "aux" and a.lower_ == "have" for a in c.children)]  # "vowed that the group would retaliate",
        # not "said it would have attacked Iran if ...": what it did not do
        comps += [x for c in comps if verb_lemma(c, lex) in lex.aspect_verbs | {"keep"} for x in c.children
                  if x.dep_ == "xcomp"]  # "vowed that they would keep attacking ships"
        for comp in comps:
            inner = verb_sense(comp, lex)
            if inner is not None and inner.type in lex.conflict_types:
                trig.type, trig.mode = "THREATEN", None
    return trig


#: state forces: their roadblocks restrict (COERCE); a crowd's or rebels' obstruct (PROTEST)
_FORCES = frozenset({"soldier", "troop", "army", "police", "policeman", "force", "military", "security", "guard",
                     "authority", "government", "regime", "junta"})
_LAW = frozenset({"police", "policeman", "authority", "agent", "officer", "investigator", "prosecutor", "inspector",
                  "security", "customs", "tax", "intelligence"})
_COLLECTIVE = frozenset({"hundred", "thousand", "dozen", "group", "band", "crowd", "scores"})
REFUSABLE = frozenset({"AGREE", "SUPPORT", "CONCEDE", "COOPERATE", "RETREAT"})
_WILL = frozenset({"will", "would", "wo", "shall", "can", "ca", "could"})


def refused(token: Token, kids: list[Token]) -> bool:
    """A negated volitional act of an actor: "will not accept", "would not recognize", "cannot
    accept"; not an inability ("could not agree", "the sides cannot agree on how to share the
    aid") nor what a plan's text would not allow ("the plan would not allow Hamas to rearm")."""
    if not any(c.dep_ == "neg" for c in kids) or not any(
            c.dep_ == "aux" and (c.lower_ in _VOLITION or c.lower_ in ("cannot", "ca") and _lemma(token) != "agree")
            for c in kids):
        return False
    if _lemma(token) == "agree" and any(c.dep_ == "prep" and c.lower_ in ("on", "over", "about", "upon")
                                        for c in kids):
        return False  # "could / would not agree on the terms": a disagreement of both, no rejection
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    return (subj is None or _lemma(subj) not in _TEXTS) and not plan_term(token, _TEXTS)


_VOLITION = frozenset({"will", "would", "wo", "shall"})
#: texts whose terms "would not allow" something: a content, not an actor's refusal
_TEXTS = _PACTS | frozenset({"plan", "proposal", "draft", "text", "framework", "bill", "offer", "measure",
                            "legislation", "document", "constitution", "rule", "regulation", "policy", "order"})


def _unasked(verb: Token, obj: Token) -> bool:
    """Does a pressure noun ask nothing: "exerted little / no pressure", "put the onus for the collapse on
    Israel" (blame: an onus asks only with its "to" act, "put the onus on Hamas to accept")?"""
    if any(c.dep_ in ("amod", "det") and c.lower_ in ("little", "no") for c in obj.children):
        return True
    return _lemma(obj) == "onus" and not any(
        t.pos_ in ("VERB", "AUX") and any(a.dep_ == "aux" and a.tag_ == "TO" for a in t.children)
        for t in verb.subtree)


def _has_dative(token: Token) -> bool:
    return any(c.dep_ in ("dative", "iobj", "xcomp", "ccomp") for c in token.children)


def _make(token: Token, sense: Sense, kind: str, words: list[Token], conf: float,
          noun: Token | None = None) -> Trigger | None:
    if sense[0] == "_NONE":
        return None
    return Trigger(token, sense[0], sense[1], kind, words, noun, conf)



_NAME_ENTS = frozenset({"ORG", "FAC", "GPE", "LOC", "LAW", "WORK_OF_ART", "PRODUCT", "NORP", "DATE", "TIME"})


def noun_trigger(token: Token, lex: Lexicon) -> Trigger | None:
    """A standalone event noun: "the October 7 attack", "talks in Doha", "killings of ..."."""
    if token.dep_ == "compound" and not (_talks_noun(token) and token.head.pos_ in ("VERB", "AUX")):
        return None  # "ceasefire talks": the head noun is the event
    if token.pos_ == "PROPN" and (token.ent_type_ in _NAME_ENTS or token.is_title and token.i > token.sent.start
                                  and token.nbor(-1).pos_ == "PROPN"):
        return None  # "the Warsaw Pact", "the Ceasefire Monitoring Committee", "in March": a name, not an event
    sense = noun_sense(token, lex, standalone=True)
    if sense is None or given_name(token):
        return None  # "called his album a massacre": a name given, no act
    words = [token] + [c for c in token.children if c.dep_ in ("compound",) and c.pos_ == "NOUN"]
    if _lemma(token) in _EXERCISES and sense == ("COOPERATE", "military") and not _joint(token):
        sense = ("MOBILIZE", "troops")  # "watching the drills": a side's show of force (CAMEO 152), as "held drills"
    return Trigger(token, sense[0], sense[1], "noun", words, None, 0.55)


def _joint(exercise: Token) -> bool:
    """Are exercises held by more than one side: "joint drills", "drills with Russia", "exercises between ..."?"""
    return any(_lemma(c) in _JOINT or c.dep_ == "prep" and c.lower_ in ("with", "between", "among")
               for c in exercise.children)


_JOINT = frozenset({"joint", "combined", "bilateral", "multinational", "trilateral", "allied"})


def intent_trigger(token: Token, lex: Lexicon) -> Trigger | None:
    """"X is willing / ready / prepared to do Y" -> AGREE (REJECT when unwilling)."""
    if token.dep_ not in ("acomp", "ROOT", "conj", "ccomp"):
        return None
    type_ = lex.intent_adjectives.get(token.lower_) or lex.intent_adjectives.get(_lemma(token))
    if type_ is None:
        return None
    if token.pos_ != "ADJ" and token.dep_ != "acomp" and not any(
            c.dep_ in ("aux", "auxpass", "cop") and _lemma(c) == "be" for c in token.children):
        return None  # "is open to talks", "is prepared to", not "the round opened"
    if not any(c.dep_ in ("xcomp", "prep") for c in token.children):
        return None
    return _refine(Trigger(token, type_, None, "intent", [token], None, 0.65), lex)


__all__ = ["Trigger", "intent_trigger", "noun_sense", "noun_trigger", "object_lemmas", "verb_trigger"]
