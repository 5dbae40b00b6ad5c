"""Constructions whose PLOVER type the arguments decide rather than the verb alone.

"Thousands gathered outside the embassy" (PROTEST) against "foreign ministers gathered in Riyadh"
(CONSULT); "found the governor guilty" (ACCUSE); "drove families from their homes" (ASSAULT,
cleansing); "ordered the monitors to leave" (SANCTION, expel) against "ordered the squatters to
leave" (COERCE, deport); "pulled out of the talks" (SANCTION, withdraw); "came to the defence of"
(SUPPORT); "helped the police investigate" (COOPERATE). The categories are those of the
CAMEO -> PLOVER table; the word lists are ordinary news vocabulary.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.clauses import to_infinitive
from dateline.events.discontinue import actors_of, political, side
from dateline.events.lexicon import Lexicon, Sense
from dateline.events.seizures import seized_place
from dateline.events.strikes import (
    AIMS,
    CEASE,
    CROWD,
    by_arms,
    gives_up,
    labour_strike,
    misread_object,
    stops,
)

#: (sense, or None where the construction is no event; the words that spell it; confidence)
Reading = tuple[Sense | None, list[Token], float]

RIOTERS = frozenset({"protester", "protestor", "demonstrator", "rioter", "student", "crowd", "mob", "youth"})
GUILT = frozenset({"responsible", "guilty", "culpable", "complicit", "liable"})
#: verbs that judge, report or bear an act named in their object, not do it ("Hamas condemned the
#: attack", "refugees who survived the shelling", "would not tolerate attacks")
JUDGES = frozenset({"tolerate", "condemn", "denounce", "deplore", "criticize", "criticise", "welcome", "praise",
                    "mourn", "witness", "report", "survive"})

_GATHER = frozenset({"gather", "assemble", "converge", "congregate", "mass"})
_CONVENERS = frozenset({"minister", "leader", "official", "delegate", "delegation", "envoy", "representative",
                        "negotiator", "mediator", "diplomat", "president", "head", "chief", "lawmaker", "ambassador"})
_RELIEF = frozenset({"rescue", "rescuer", "relief", "aid", "medic", "doctor", "humanitarian", "charity", "volunteer"})
_QUIT = frozenset({"withdraw", "pull", "walk", "quit", "leave", "abandon", "exit", "storm"})
_TALK_NOUNS = frozenset({"talk", "negotiation", "mediation", "process", "dialogue", "dialog", "conference", "summit",
                         "meeting", "session"})
_NEGOTIATIONS = frozenset({"talk", "negotiation", "process", "dialogue", "dialog", "mediation"})
_COME_TO: dict[str, Sense] = {"defence": ("SUPPORT", None), "defense": ("SUPPORT", None), "aid": ("AID", None),
                              "rescue": ("AID", "humanitarian"), "assistance": ("AID", None)}
_DRIVE = frozenset({"drive", "force", "expel", "push", "chase", "evict", "uproot"})
_HOMES = frozenset({"home", "house", "village", "land", "town", "homeland"})
_LEAVE = frozenset({"leave", "depart", "quit", "exit"})
_MISSIONS = frozenset({"diplomat", "ambassador", "envoy", "monitor", "observer", "inspector", "peacekeeper",
                       "mission", "staff", "attache", "embassy", "consul", "correspondent", "agency", "worker"})


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def prep_objects(token: Token, preps: tuple[str, ...]) -> list[Token]:
    """Objects of the token's prepositions among ``preps`` ("to the talks" -> talks)."""
    return [p for c in token.children if c.dep_ == "prep" and c.lower_ in preps
            for p in c.children if p.dep_ == "pobj"]


def subject_head(token: Token) -> Token | None:
    """The token's own subject, active or passive."""
    for c in token.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return c
    return None


def construction(token: Token, lemma: str, objects: list[tuple[Token, str]], lex: Lexicon,
                 kids: list[Token]) -> Reading | None:
    """The reading of a verb whose arguments decide its type, or None when none applies (``kids``: the
    verb's children, walked once by the caller)."""
    if lemma in _GATHER:
        return _gathering(token, lemma, objects, lex)
    if lemma in CEASE or lemma == "call":
        stopped = cessation(token, lemma, lex)
        if stopped is not None:
            return stopped
    giving_up = gives_up(token)
    aimed = [o for o, _ in objects if _aim(o, lex)] if giving_up else []
    if giving_up and any(c.dep_ == "neg" for c in kids) and (aimed or any(
            _activity(o, lemma, lex) for o, _ in objects) or _pursued(token, lemma, kids, lex)):
        return None, [token], 0.7  # "has not given up its bid to ... / the idea of a nuclear programme / uranium
        # enrichment / fighting / on its nuclear ambitions": no concession; the aim, however deep among the objects,
        # or the activity stands (attributes)
    aims = [o for o in aimed if o.dep_ not in ("compound", "amod", "pobj")]  # the object itself an aim
    offered = [o for o, _ in objects if o.dep_ not in ("compound", "amod", "pobj") and (
        o in aims or _lemma(o) in _OFFERINGS)] if giving_up else []
    maker = subject_head(token)
    if offered and (_firm(maker) or any(_commercial(o) for o in offered) and not (maker is not None and (
            _a_side(maker) or political(maker)))):
        return None, [token], 0.7  # "The company / Gazprom withdrew its offer / its proposal", "Tesla withdrew its
        # takeover bid / merger proposal": business; a side's merger or acquisition is its own ("Hamas withdrew
        # its merger proposal", "Iran abandoned its acquisition plan"), as a party's, a bloc's or a union's is ("the
        # ruling party withdrew its merger proposal"; not "both parties", a deal's: ``discontinue.political``)
    if any(_lemma(o) not in lex.verb_object.get(lemma, {}) for o in aims):
        subj = subject_head(token)
        if not any(_lemma(o) in _STANCES or _lemma(o) not in _TRIES and subj is not None and (
                subj.ent_type_ in ("GPE", "NORP") or _armed(subj)) for o in aims):
            return None, [token], 0.7  # "rescuers abandoned hope of", "dropped her bid for the presidency",
            # "abandoned their attempt to take the city": no concession; a country's or an armed side's bid is one
            # ("Iran gave up its bid to build a bomb", "the rebels gave up their bid for independence")
        return ("CONCEDE", None), [token, *(c for c in kids if c.dep_ == "prt")], 0.7  # "abandoned / renounced /
        # gave up its nuclear programme", "withdrew its threat": one giving up, whichever verb; the lexicon's own
        # rows for an aim ("withdrew its offer": SANCTION) stay
    if lemma in ("close", "shut") and any(_lemma(o) in _PREMISES and not prep_objects(o, ("of",)) for o, _ in objects):
        owner = subject_head(token.head) if maker is not None and maker.pos_ == "PRON" and token.dep_ == "ccomp" \
            else maker  # "the chain said it would close 700 stores": the speaker
        own = owner is not None and any(c.dep_ == "poss" and _owns(owner, c) for o, _ in objects
                                        if _lemma(o) in _PREMISES for c in o.children)  # "Hamas closed its offices
        # in Doha": no one else is restricted; not "Israel shut their offices", "the army closed our offices": others'
        if (_firm(owner) or own or owner is not None and _lemma(owner) in _TRADERS) and not in_protest(token):
            return None, [token], 0.7  # "the chain closed 700 stores", "Gazprom shut its offices": a firm's business;
            # not "closed its stores in Russia in protest"
    if lemma in FOILS and any(c.dep_ == "neg" for c in kids) and objects:
        return None, [token], 0.7  # "did not repel the assault": no event of its own; the assault happened
    seized = seized_place(token, lemma) if lemma == "take" and not any(
        o in lex.verb_object.get(lemma, ()) for _, o in objects) else None  # "took Gaza City": the lexicon's
    if seized is not None:
        return seized, [token], 0.7  # "Russia said it had taken Avdiivka"; not "Trump took Iowa"
    if lemma == "find" and any(c.dep_ in ("oprd", "acomp", "ccomp") and _lemma(c) in GUILT for c in kids):
        return ("ACCUSE", "disapprove"), [token], 0.75  # "found him guilty of fraud"
    if lemma == "find" and _finder(subject_head(token)) and any(c.dep_ == "ccomp" and _wrongdoing(c, lex)
                                                                for c in kids):
        return ("ACCUSE", "allege"), [token], 0.7  # "the inquiry found that soldiers had tortured detainees"
    if lemma in _DRIVE and any(_lemma(o) in _HOMES for o in prep_objects(token, ("from", "out"))):
        return ("ASSAULT", "cleansing"), [token], 0.7  # "drove thousands from their homes"
    if lemma in ("order", "force", "tell") and any(c.dep_ == "xcomp" and _lemma(c) in _LEAVE for c in kids):
        return _sent_away(token), [token], 0.75  # "ordered the monitors to leave"
    left = [o for o in _left(token, kids) if _lemma(o) in _TALK_NOUNS] if lemma in _QUIT else []
    if left and _dealing(token, left):
        return None, [token], 0.75  # "Tesla abandoned its merger talks": business, no political act
    if left:
        return ("SANCTION", "withdraw"), [token], 0.75  # "pulled out of the talks"
    ceded = lemma == "give" and giving_up and not any(c.dep_ == "dobj" and c.tag_ == "NN" and _lemma(c) == "position"
                                                      for c in kids)  # "gave up their positions (to the rebels)";
    # not "their position", a stance as much as a place
    if (ceded or lemma in _DEPART and not prep_objects(token, ("for", "to"))) and _armed(subject_head(token)) and any(
            _site(o) for o in [c for c in kids if c.dep_ == "dobj"] + prep_objects(token, ("from",))):
        return ("RETREAT", "withdraw"), [token, *(c for c in kids if c.dep_ == "prt")], 0.65  # "the fighters left
        # the town", "troops departed from", "Russian forces gave up their positions near Bakhmut"
    if lemma in ("prepare", "gear", "brace") and _armed(subject_head(token)) and any(
            c.dep_ in ("xcomp", "prep", "dobj") and _attack_in(c, lex) for c in kids):
        return ("MOBILIZE", "troops"), [token], 0.65  # "the army prepared to resume shelling the town"
    if lemma == "come":  # "came to the defence of", "came to the aid of"
        for o in prep_objects(token, ("to",)):
            if _lemma(o) in _COME_TO:
                return _COME_TO[_lemma(o)], [token, o], 0.7
    if lemma in _GET_IN and _supplies(subject_head(token)):
        return ("AID", "humanitarian"), [token], 0.7  # "a convoy of trucks carrying food reached Gaza"
    if lemma in ("help", "assist") and any(c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" for c in kids):
        subj = subject_head(token)  # "helped the police investigate"; rescuers helping search give aid
        relief = subj is not None and bool({_lemma(t) for t in subj.subtree} & _RELIEF)
        return ("AID", "humanitarian") if relief else ("COOPERATE", None), [token], 0.65
    return None


def _aim(noun: Token, lex: Lexicon) -> bool:
    """Is an object an aim that stands when not given up ("its bid to", "its nuclear programme")? A programme of an
    act the lexicon reads ("its aid programme") is that act: not cancelled, it is a negated cut, as "did not shelve
    the talks" keeps its reading."""
    return _lemma(noun) in AIMS and not (_lemma(noun) in ("programme", "program") and any(
        c.dep_ == "compound" and _lemma(c) in lex.nouns for c in noun.children))


def _pursued(token: Token, verb: str, kids: list[Token], lex: Lexicon) -> bool:
    """Does a renouncing verb govern an activity in a gerund ("given up fighting / searching for the boy") or an aim
    or activity given up on ("given up on its nuclear ambitions / on negotiating")?"""
    if verb not in RENOUNCE:
        return False
    ons = [o for w in (token, *(c for c in kids if c.dep_ == "prt")) for o in prep_objects(w, ("on",))]
    return any(c.tag_ == "VBG" and c.dep_ in ("dobj", "xcomp") for c in kids) or any(
        o.tag_ == "VBG" or _aim(o, lex) for o in ons)


def _activity(noun: Token, verb: str, lex: Lexicon) -> bool:
    """Is an object an activity a side goes on with ("uranium enrichment", "settlement construction"): a noun made
    of a verb that is no event noun, under a verb of renouncing that has no row for it? Not given up, it stands, as
    an aim does; "did not drop the charges", "did not cancel the funding" or a thing with its article ("has not given
    up the building") keep their negated reading."""
    word = _lemma(noun)
    return verb in RENOUNCE and noun.dep_ == "dobj" and word.endswith(_DEVERBAL) and not any(
        c.dep_ == "det" for c in noun.children) and word not in lex.nouns and word not in (
        lex.verb_object.get(verb, {}))


_DEVERBAL = ("ment", "tion", "sion", "ing")
#: verbs of renouncing what a side goes on with, whose gerund or activity stands when not given up
RENOUNCE = frozenset({"give", "give up", "abandon", "renounce", "forgo", "forsake"})


#: aims held against another side, whose giving up yields to it ("renounced its nuclear programme", "withdrew its
#: threat"); the other aims are endeavours ("bid", "campaign"), whose giving up is a concession only a country's or
#: an armed side's, and tries, whose giving up is none
_STANCES = frozenset({"plan", "threat", "demand", "claim", "programme", "program", "offer"})
_TRIES = frozenset({"hope", "attempt", "effort"})


def _firm(subj: Token | None) -> bool:
    """Is the subject a business ("the company", "investors", an actor of the business sector: "Gazprom"), whose
    offers and bids are no political acts?"""
    if subj is None:
        return False
    return _lemma(subj) in _FIRMS or any(a.sector == "business" for a in actors_of(subj))


def in_protest(token: Token) -> bool:
    """"... in protest at X", "... to protest against X": the act is a protest (the parser may hang
    "in protest" on the object: "walked out of the chamber in protest")."""
    near, frontier = [], [token]
    for _ in range(4):
        frontier = [c for f in frontier for c in f.children if c.dep_ in ("prep", "pobj", "dobj")]
        near += frontier
    if any(c.dep_ == "prep" and c.lower_ == "in" and any(_lemma(p) == "protest" for p in c.children) for c in near):
        return True
    for c in token.children:
        if c.dep_ in ("advcl", "xcomp") and _lemma(c) in ("protest", "demonstrate") and to_infinitive(c):
            return True
    return False


#: a firm's own premises, whose closing by the firm is business ("the chain closed 700 stores")
_PREMISES = frozenset({"store", "shop", "outlet", "branch", "factory", "plant", "office", "restaurant", "showroom",
                       "warehouse", "site", "location", "mine", "mill"})
def _owns(owner: Token, possessive: Token) -> bool:
    """Does a possessive pronoun agree with the subject it may point back to: "Hamas ... its", "the rebels ...
    their", "Netanyahu ... his", "we ... our"; not "the army ... our", "the government ... his"."""
    word = possessive.lower_
    if owner.pos_ == "PRON":
        return _OWN_PRONOUNS.get(owner.lower_) == word
    if word == "their":
        return owner.tag_ in ("NNS", "NNPS")
    if word in ("his", "her"):
        return owner.ent_type_ == "PERSON"
    return word == "its" and owner.tag_ in ("NN", "NNP")


#: the possessive each subject pronoun owns by
_OWN_PRONOUNS = {"it": "its", "they": "their", "he": "his", "she": "her", "we": "our", "i": "my"}
#: trade words a firm is called by as a subject ("the chain", "the retailer")
_TRADERS = frozenset({"chain", "retailer", "supermarket", "carmaker", "automaker", "manufacturer", "brand", "maker",
                      "brewer", "airline", "operator"})


#: deals between firms: an offer or bid for one is business, whoever makes it ("Tesla withdrew its takeover offer")
_DEALS = frozenset({"takeover", "buyout", "merger", "acquisition", "tender"})
#: nouns of offering, besides the aims, that a firm makes or a firm's deal heads ("its merger proposal", "the
#: buyout deal")
_OFFERINGS = frozenset({"proposal", "deal", "approach"})


def _commercial(obj: Token) -> bool:
    """Is an object a firm's deal offered by its own words ("its takeover offer", "the buyout bid", "its merger
    proposal")?"""
    return (_lemma(obj) in AIMS or _lemma(obj) in _OFFERINGS) and any(
        c.dep_ in ("compound", "amod") and _lemma(c) in _DEALS for c in obj.children)


def _dealing(verb: Token, talks: list[Token]) -> bool:
    """Are talks that a quitting verb leaves a firm's ("the company pulled out of the talks"), or a deal's that no
    side nor political body leaves ("Tesla abandoned its merger talks"; not "Germany abandoned the merger talks"),
    and held with no side?"""
    maker = subject_head(verb)
    if any(_a_side(p) or political(p) or _lemma(p) in _CONVENERS for t in talks
           for o in prep_objects(t, ("with", "between")) for p in (o, *o.conjuncts)):
        return False  # "Exxon walked out of the talks with the Iraqi government / with the minister": talks with a
        # side or its officials, named first or after ("merger talks between Labour and the Greens")
    if _firm(maker):
        return True
    return any(c.dep_ in ("compound", "amod") and _lemma(c) in _DEALS for t in talks for c in t.children) and not (
        maker is not None and (_a_side(maker) or political(maker)))


def business_talks(noun: Token) -> bool:
    """Are talks what a firm leaves or holds, or a deal's ("Tesla abandoned its merger talks", "Airbus pulled out of
    the takeover talks", "the company held talks with Nissan", "Tesla held merger talks with Nissan"): business, no
    talks held between sides?"""
    if _lemma(noun) not in _TALK_NOUNS:
        return False
    verb = noun.head
    while verb.dep_ in ("prep", "prt", "advmod") and verb.i != verb.head.i:
        verb = verb.head  # "pulled | out | of | the talks"
    held = _lemma(verb) in _HOLD and noun.dep_ in ("dobj", "pobj") or any(
        c.dep_ in ("compound", "amod") and _lemma(c) in _DEALS for c in noun.children)
    return (held or _lemma(verb) in _QUIT and noun in _left(verb, list(verb.children))) and _dealing(verb, [noun])


#: verbs that hold talks, as a firm does with another ("held / began / was in talks with Nissan")
_HOLD = frozenset({"hold", "have", "conduct", "open", "begin", "start", "enter", "resume", "continue", "be", "engage"})


def _left(token: Token, kids: list[Token]) -> list[Token]:
    """What a quitting verb leaves: "pulled out of / withdrew from the talks", "rebels left the talks" (leaving
    a meeting early is no walkout)."""
    return prep_objects(token, ("from", "of")) + [o for c in kids if c.lower_ == "out" for o in prep_objects(
        c, ("of",))] + [c for c in kids if c.dep_ == "dobj" and _lemma(c) in _NEGOTIATIONS]


_DEPART = _LEAVE | {"abandon"}  # what an armed body does to a place it withdraws from
_ARMED = frozenset({"troop", "soldier", "force", "fighter", "rebel", "militant", "militia", "army", "insurgent",
                    "guerrilla", "gunman", "jihadist", "battalion", "brigade", "contingent", "peacekeeper",
                    "military", "navy"})


_SITES = frozenset({"town", "city", "village", "base", "camp", "area", "country", "territory", "position", "enclave",
                    "region", "province", "district", "capital", "border", "zone", "port", "airport", "stronghold",
                    "garrison", "outpost", "island", "valley", "strip", "bank", "neighbourhood", "neighborhood",
                    "compound", "building", "barracks", "front", "frontline", "line", "hill", "bridgehead"})


_GET_IN = frozenset({"reach", "arrive", "enter", "cross", "land", "dock"})
_CARRIERS = frozenset({"convoy", "shipment", "consignment", "truck", "lorry", "ship", "vessel", "plane", "flight",
                       "planeload", "airdrop", "delivery", "aid", "supply", "assistance"})
_SUPPLIES = frozenset({"aid", "food", "medicine", "fuel", "relief", "humanitarian", "water", "flour", "tent",
                       "medical", "supply", "assistance", "vaccine"})


def _supplies(subj: Token | None) -> bool:
    """Is the subject relief on its way ("the aid convoy", "trucks carrying food and medicine")?"""
    if subj is None or _lemma(subj) not in _CARRIERS:
        return False
    return bool({_lemma(t) for t in subj.subtree} & _SUPPLIES)


def _site(obj: Token) -> bool:
    """Is an object a place one can withdraw from ("the town", "Bakhmut", "their positions")? A
    place of the body only: a caption's or the dateline's offsets are into their own text."""
    places = getattr(obj.doc._, "places", None) or ()
    return obj.ent_type_ in ("GPE", "LOC", "FAC") or _lemma(obj) in _SITES or any(
        p.offsets_in is None and p.start <= obj.idx < p.end for p in places)


def _armed(subj: Token | None) -> bool:
    """Is the subject an armed body ("hundreds of fighters", "the last American troops")?"""
    return subj is not None and (_lemma(subj) in _ARMED or any(
        _lemma(p) in _ARMED for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children))


def _attack_in(comp: Token, lex: Lexicon) -> bool:
    """Does a complement name an attack ("to resume shelling", "for an assault on the city")?"""
    for t in comp.subtree:
        sense = lex.verbs.get(_lemma(t)) if t.pos_ == "VERB" else lex.nouns.get(_lemma(t))
        if sense is not None and sense[0] == "ASSAULT":
            return True
    return False


_FINDERS = frozenset({"inquiry", "investigation", "probe", "report", "commission", "court", "panel", "investigator",
                      "tribunal", "mission", "review", "audit", "judge", "jury", "prosecutor", "ombudsman", "monitor",
                      "watchdog", "inspector", "expert"})


def _finder(subj: Token | None) -> bool:
    """Is the subject of "found" a body that investigates ("the inquiry", "a UN report")?"""
    return subj is not None and _lemma(subj) in _FINDERS


def _wrongdoing(clause: Token, lex: Lexicon) -> bool:
    """Is a reported clause an act of violence or coercion by an agent ("police had beaten detainees"),
    not by a hazard ("storms had destroyed 300 homes")?"""
    sense = lex.verbs.get(_lemma(clause))
    subj = [c for c in clause.children if c.dep_ == "nsubj"]
    return sense is not None and sense[0] in lex.conflict_types and not any(
        c.dep_ == "neg" for c in clause.children) and bool(subj) and _lemma(subj[0]) not in lex.natural_causes


#: verbs whose object is always another side's attack, stopped ("foiled / thwarted / repelled an attack")
FOILS = frozenset({"foil", "thwart", "repel", "repulse"})
#: what stopping an act of each type is: de-escalation (PLOVER RETREAT, CAMEO 087). Stopping a protest is
#: left to the lexicon: strikers ending their strike concede, police stopping a march coerce
_CESSATIONS: dict[str, Sense] = {"ASSAULT": ("RETREAT", "ceasefire"), "COERCE": ("RETREAT", "ease")}


def stopped_act(token: Token) -> Token | None:
    """The act a cessation verb stops: its object or gerund ("halted attacks", "stopped shelling"), or the
    object the parser read as a clause ("did not stop the missile strikes")."""
    misread = misread_object(token)
    if misread is not None:
        return misread
    for comp in token.children:
        if comp.dep_ == "dobj" and comp.pos_ in ("NOUN", "VERB") or comp.dep_ == "xcomp" and comp.tag_ == "VBG":
            return comp
    return None


def cessation(token: Token, lemma: str, lex: Lexicon) -> Reading | None:
    """"Russia stopped shelling the city", "the rebels halted attacks", "the army ended its
    offensive": stopping one's own attack is de-escalation (RETREAT ceasefire), not an attack;
    stopping a crackdown eases it (RETREAT ease). A negated stop of an attack ("would not stop the
    offensive") is no event of its own: the attack, read as a noun or gerund, goes on. "The fighting
    ended on Sunday": the fighting stopped (``came_to_end``). Objects the lexicon reads itself
    ("halted the strike": CONCEDE) are left to the lexicon. Stopping another side's attack
    (``foiled``: "Ukraine stopped a Russian offensive", "troops halted the Russian advance") is no
    ceasefire: the attack stays, read as a noun, and the stop is no event of the stopper's, done or
    negated ("air defences (did not) halt the drone attack", as "halted the drone strikes"): a stop
    names no force of its own; "repelled" does (a verb of the lexicon)."""
    strikes = air_strikes(token)
    if strikes is not None:
        return _strikes_stopped(token, strikes)
    if lemma not in CEASE:
        return _not_called_off(token, lex)  # "called off": air strikes are read above, other objects by the lexicon
    comp = stopped_act(token) or _passive_act(token)
    if comp is None:
        return halted_by(token) or came_to_end(token, lex)
    if _lemma(comp) in _MARCHES | {"march"} and not any(c.dep_ == "neg" for c in token.children) and (
            _lemma(comp) == "march" or _crowd_owned(comp)):
        stopper = subject_head(token)  # "police halted the march", "soldiers halted the protesters' advance"
        if _armed(stopper) or stopper is not None and _lemma(stopper) in _DEFENDERS:
            return ("COERCE", "restrict"), [token, comp], 0.65
    negated = any(c.dep_ == "neg" for c in token.children)
    word, table = _lemma(comp), lex.verb_object.get(lemma, {})
    own = table.get(word)
    if own is not None and own != _CESSATIONS["ASSAULT"]:  # the lexicon's own reading of an object it reads
        return None if comp.dep_ in ("dobj", "nsubjpass") or own[0] == "_NONE" or negated else (
            own, [token, comp], 0.75)
    if own is not None:
        stopped = "ASSAULT"  # "halted attacks", "stop fighting": the table's ceasefire
    else:
        mods = lex.noun_modifiers.get(word, {})
        act = next((mods[_lemma(m)] for m in comp.children if m.dep_ in ("compound", "amod") and _lemma(m) in mods),
                   None) or lex.nouns.get(word) or (lex.verbs.get(word) if comp.pos_ == "VERB" else march(comp)) or (
            ("ASSAULT", None) if _own_advance(token, comp) else None)
        if act is None or act[0] not in _CESSATIONS:
            return None
        stopped = act[0]
    if stopped == "ASSAULT" and comp.dep_ in ("dobj", "nsubjpass") and foiled(token, comp):
        return None, [token], 0.7  # "Ukraine stopped a Russian offensive": Russia's attack, no truce, no blow
    if negated:  # "would not stop the offensive": no event of its own; the offensive goes on (status: ongoing)
        return (None, [token], 0.7) if stopped == "ASSAULT" else None
    return _CESSATIONS[stopped], [token, comp], 0.8 if own is not None else 0.75


def air_strikes(verb: Token) -> Token | None:
    """The strikes a cessation verb ("halt", "called off") stops when they are attacks, not a walkout
    ("halted its air strikes", "the strikes on Kyiv were halted"; not "the union ended its strike"): the
    lexicon's rows for a stopped "strike" (CONCEDE) are read only for a walkout. A place the parser hangs
    on the verb is the strikes' ("stopped its strikes | on Gaza"; not "its strike | on Tuesday")."""
    if not stops(verb):
        return None
    acts = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + [stopped_act(verb)]
    strikes = next((c for c in acts if c is not None and _lemma(c) == "strike" and c.pos_ == "NOUN"
                    and not labour_strike(c)), None)
    if strikes is None or by_arms(strikes) or any(c.dep_ == "prep" and c.lower_ in ("on", "against")
                                                  for c in strikes.children) or any(
            _site(p) for p in prep_objects(verb, ("on", "against"))):
        return strikes  # "air strikes", "strikes on Kyiv"; not "a four-day strike"
    stopper = stopper_of(verb)  # a bare "the strike" is an attack only when an armed side stops it: a
    return strikes if stopper is not None and _armed(stopper) else None  # country ends a walkout as its government


def _not_called_off(token: Token, lex: Lexicon) -> Reading | None:
    """"Russia did not call off its offensive": a ceasefire the lexicon's "call off" row would read, negated, is
    no event of its own; the offensive goes on, as one not halted does."""
    comp = stopped_act(token) or _passive_act(token)  # "the offensive was not called off"
    if comp is None or not stops(token) or not any(c.dep_ == "neg" for c in token.children):
        return None
    return (None, [token], 0.7) if lex.verb_object.get("call off", {}).get(_lemma(comp)) == _CESSATIONS["ASSAULT"] \
        else None


def unstopped(token: Token) -> bool:
    """Is the act what a negated stop leaves going on, its object or gerund ("would not stop its offensive /
    fighting") or a passive's subject ("the offensive was not called off")?"""
    head = token.head
    return head.i != token.i and stops(head) and any(c.dep_ == "neg" for c in head.children) and (
        stopped_act(head) == token or _passive_act(head) == token)


def _strikes_stopped(token: Token, strikes: Token) -> Reading:
    """Air strikes stopped: by their own side a ceasefire ("Russia halted its air strikes on Kyiv",
    CAMEO 087); by another side ("air defences halted the drone strikes") no event, the strikes staying
    the attack; not stopped ("did not halt its air strikes") no event, the strikes going on, as an
    offensive not stopped does."""
    if foiled(token, strikes):
        return None, [token, strikes], 0.8
    if any(c.dep_ == "neg" for c in token.children):
        return None, [token], 0.7
    return _CESSATIONS["ASSAULT"], [token, *(c for c in token.children if c.dep_ == "prt"), strikes], 0.8


def _passive_act(token: Token) -> Token | None:
    """The act a passive cessation stops, its subject ("the attack was stopped by Ukrainian troops"):
    read as the active's object, with the agent as the stopper (``stopper_of``)."""
    if not any(c.dep_ == "auxpass" for c in token.children):
        return None
    return next((c for c in token.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"
                 and _lemma(c) not in _MARCHES), None)  # an advance halted: ``halted_by``


def stopper_of(verb: Token) -> Token | None:
    """Who does the stopping: the active subject, or a passive's "by" agent ("was stopped by police")."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
    subject = subject_head(verb)
    return subject if subject is not None and subject.dep_ == "nsubj" else None


def _own_advance(verb: Token, noun: Token) -> bool:
    """"Russian troops halted their advance": an armed side's or a country's own advance ("their", "its") is an
    attack noun for a stop of its own, as "halted their assault" is; a country's only on its way somewhere ("Russia
    halted its advance on Kyiv", not "Germany halted its advance in the rankings"); not a firm's."""
    if _lemma(noun) not in _MARCHES or not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
        return False
    stopper = stopper_of(verb)
    country = stopper is not None and stopper.ent_type_ in ("GPE", "NORP") and _heading(noun)  # as in ``march``
    return (_armed(stopper) or country) and not _civil_aim(noun)


def _crowd_owned(noun: Token) -> bool:
    """Is an advance a crowd's ("the protesters' advance", "the advance of the demonstrators")?"""
    owners = [t for c in noun.children if c.dep_ in ("poss", "amod", "compound") for t in c.subtree]
    owners += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    return any(_lemma(t) in CROWD | RIOTERS | _CIVILIANS for t in owners)


def halted_by(token: Token) -> Reading | None:
    """"The rebels' advance on Goma was halted by Congolese troops": an armed side's advance stopped,
    in the passive, is no event of the stopper's (the advance is the rebels' attack, ``march``)."""
    subj = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if subj is None or _lemma(subj) not in _MARCHES or _lemma(token) not in _CHECKS or march(subj) is None:
        return None
    return None, [token], 0.7


def came_to_end(token: Token, lex: Lexicon) -> Reading | None:
    """"The fighting ended on Sunday", "clashes between the two sides stopped": an attack noun as
    the subject of an intransitive cessation verb is the fighting stopping (RETREAT ceasefire)."""
    subj = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subj is None or any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in token.children):
        return None
    word = _lemma(subj) if _lemma(subj) in lex.nouns else subj.lower_  # "Fighting" tagged as a gerund
    sense = lex.nouns.get(word)
    if sense is None or sense[0] != "ASSAULT" or any(c.dep_ == "neg" for c in token.children):
        return None
    if word not in _DURATIVE and not (subj.tag_ == "NNS" and word in _SERIAL and _armed_sense(subj, word, lex)):
        return None  # "the raid ended after four hours", "the dockworkers' strike ended": no truce
    return _CESSATIONS["ASSAULT"], [subj, token], 0.7


#: fighting that goes on until it stops: its end is a de-escalation ("the fighting / clashes ended")
_DURATIVE = frozenset({"fighting", "fight", "clash", "hostility", "war", "warfare", "shelling", "bombardment",
                       "violence", "combat", "battle", "conflict", "gunfire", "firing", "skirmish", "exchange"})
#: bounded attacks whose series, in the plural, can stop ("the attacks / airstrikes stopped"); one
#: attack's end (the raid, the assault) is part of the attack, not a truce
_SERIAL = frozenset({"attack", "airstrike", "strike", "raid", "bombing", "assault"})


def _armed_sense(noun: Token, word: str, lex: Lexicon) -> bool:
    """Is a plural attack noun violence, not a labour strike ("the air strikes", not "the general strikes")?"""
    mods = lex.noun_modifiers.get(word, {})
    sense = next((mods[_lemma(m)] for m in noun.children if m.dep_ in ("compound", "amod") and _lemma(m) in mods),
                 None)
    if sense is not None:
        return sense[0] == "ASSAULT"
    return not (word == "strike" and any(c.dep_ == "poss" for c in noun.children))


#: military pushes that the lexicon does not list as attacks (the word is common in other senses)
_MARCHES = frozenset({"advance", "push", "thrust"})
#: verbs that stop or slow an advance ("halted / slowed / blunted the Russian advance")
_CHECKS = CEASE | frozenset({"slow", "blunt", "check", "stall", "repel", "repulse", "thwart", "resist"})


def march(noun: Token) -> Sense | None:
    """An armed side's advance checked by someone as an attack: "halted / slowed the Russian
    advance", "repelled the rebel push"; not "an advance in talks" nor "a push for reforms". The
    advancing side is armed ("the rebel advance") or a country whose advance goes somewhere ("on
    Goma", "toward Pokrovsk") or is stopped by an armed body; a crowd's ("the protesters' advance
    on parliament"), a firm's ("Tesla's advance into the market") or a party's push is none. (An
    advance only aimed somewhere, "Croatia's advance into Krajina", is left unread: the word is
    too common in other senses to read without the check.)"""
    if _lemma(noun) not in _MARCHES or noun.pos_ != "NOUN":
        return None
    if not (noun.dep_ in ("dobj", "nsubjpass") and _lemma(noun.head) in _CHECKS):
        return None
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON" or c.dep_ in ("amod", "compound")]
    words = {_lemma(t) for o in owners for t in o.subtree}
    if not owners or words & (CROWD | RIOTERS | _CIVILIANS) or _civil_aim(noun):
        return None  # "the migrants' advance", "the push for tax cuts", "advance in electric cars"
    if words & (_HOSTILE | _ARMED):
        return ("ASSAULT", None)  # "the rebel advance", "the militants' push"
    country = any(t.ent_type_ in ("NORP", "GPE") for o in owners for t in o.subtree)
    stopper = subject_head(noun.head) if noun.dep_ == "dobj" else next(
        (p for c in noun.head.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
    aimed = _heading(noun)
    armed = _armed(stopper) or stopper is not None and _lemma(stopper) in _SHIELDS
    return ("ASSAULT", None) if country and (aimed or armed) else None


#: prepositions of the way an advance goes ("on Goma", "toward Pokrovsk", "near Kupiansk")
_TOWARD = ("on", "toward", "towards", "to", "into", "near", "in", "at", "around", "outside", "across")


def _heading(noun: Token) -> bool:
    """Does an advance go somewhere, a place ("on Goma", "toward Pokrovsk"), not "in the rankings"?"""
    return any(_site(p) for p in prep_objects(noun, _TOWARD))


#: advancers who are no armed side
_FIRMS = frozenset({"company", "firm", "investor", "bidder"})
_CIVILIANS = _FIRMS | frozenset({"migrant", "refugee", "marcher", "pilgrim", "party", "democrat", "republican",
                                 "shopper", "fan", "disease", "virus"})
_CIVIL_EVENTS = frozenset({"protest", "demonstration", "march", "rally", "election", "campaign", "vote", "race"})


def _civil_aim(noun: Token) -> bool:
    """Is an advance a push for a goal ("push for tax cuts", "push to raise taxes"), into a market
    ("advance in electric cars"), or part of a protest ("during the protest")?"""
    verb = noun.head
    for c in (*noun.children, *verb.children):
        if c.dep_ == "prep" and c.lower_ in ("for", "during", "at") and any(
                _lemma(p) in _CIVIL_EVENTS or c.lower_ == "for" for p in c.children):
            return True
        if c.dep_ in ("acl", "relcl") and c.head.i == noun.i and _to_clause(c):
            return True
    return any(not _site(p) for p in prep_objects(noun, ("in", "into")))


def _to_clause(verb: Token) -> bool:
    """Is a clause a "to" infinitive ("push to raise taxes")?"""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


_SHIELDS = frozenset({"defence", "defense", "dome", "interceptor", "navy", "warship", "destroyer", "jet"})


#: subjects that stop others' attacks, not their own ("air defences halted a drone attack")
_DEFENDERS = frozenset({"police", "defence", "defense", "guard", "security", "system", "interceptor", "shield",
                        "officer", "policeman", "intelligence", "bodyguard", "dome"})
#: a side's offices, named by what they are in charge of ("the defence ministry", "the security cabinet")
_OFFICES = frozenset({"ministry", "minister", "secretary", "department", "cabinet", "council", "committee",
                      "chief", "official", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor"})
#: modifiers of an attack that make it another side's ("an enemy offensive")
_HOSTILE = frozenset({"enemy", "hostile", "rival", "terrorist", "militant", "jihadist", "insurgent", "rebel"})
#: verbs under which a stop is an effort against someone else's act ("failed / tried to stop the attack")
_EFFORTS = frozenset({"fail", "try", "attempt", "seek", "struggle", "scramble", "help", "rush", "manage", "unable"})


#: stops only the act's own side decides: no side suspends or pauses another's attack
_DECIDED = frozenset({"suspend", "pause", "freeze", "discontinue", "abandon"})


def foiled(token: Token, act: Token) -> bool:
    """Is the attack that ``token`` (stop, halt) stops someone else's, so that stopping it foils it
    and is no ceasefire of the stopper's: "Ukraine stopped a Russian offensive", "Police stopped an
    attack on a synagogue", "stopped an attack by government forces", "failed to stop the attack"?
    Only a stop of one's own attacks ("Hamas stopped its attacks", "halted attacks on ships",
    "ended the offensive") is a ceasefire. A suspension or a pause is its own side's decision, never a foiling ("The
    Russian offensive was suspended, the Kremlin said")."""
    if _lemma(token) in _DECIDED:
        return False
    subj = stopper_of(token)
    if subj is None and token.dep_ in ("xcomp", "conj"):
        subj = subject_head(token.head)
    side = {t.lower_[:4] for t in (subj, *subj.children) if t is subj or t.dep_ in ("amod", "compound")} if (
        subj is not None and _a_side(subj)) else set()  # "Russian commanders"; not "troops backed by Russian
    # volunteers", nor "Russian pressure" (no side stops anything)
    if side and any(c.dep_ in ("amod", "compound", "poss") and c.pos_ != "PRON" and c.lower_[:4] in side and (
            c.ent_type_ in ("NORP", "GPE", "ORG") or c.dep_ == "poss") for c in act.children):
        return False  # "The Russian attack was halted by Russian commanders": the stopper's own attack
    if act.tag_ == "NN" and _lemma(act) in _SERIAL and _lemma(act) != "strike" and not any(
            c.dep_ == "poss" for c in act.children) and not _on_a_party(token, act):
        return True  # "troops stopped the attack", "the raid was stopped by police": one attack cut short is
        # the attacked side's doing; a side's own truce stops a campaign ("halted attacks", "ended its assault")
        # or its attack on a named side ("Hamas halted the attack on Israel")
    if subj is not None and _defending(subj):
        return True  # "police", "security forces": see ``defended``
    if token.dep_ == "xcomp" and _lemma(token.head) in _EFFORTS:
        return True
    for c in act.children:
        if c.dep_ == "det" and c.lower_ in ("a", "an", "another"):
            return True
        if c.dep_ in ("amod", "compound") and (_lemma(c) in _HOSTILE or c.ent_type_ in ("NORP", "GPE", "ORG") and
                                               c.lower_[:4] not in side):
            return True
        if c.dep_ == "poss" and c.pos_ != "PRON" and c.lower_[:4] not in side:
            return True  # "Russia's offensive"
        if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from") and any(p.dep_ == "pobj" for p in c.children):
            return True  # "an attack by government forces", "attacks from Lebanon"
    return any(not any(w.lower_[:4] in side or w.dep_ == "poss" and w.pos_ == "PRON" for w in _named_by(p))
               for p in attackers_of(act))  # "stopped the attacks of the insurgents"; not "... of its fighters",
    # "Russia stopped the attacks of Russian forces"


def _a_side(subj: Token) -> bool:
    """Is a stopper itself a side (``discontinue.side``: "Russian commanders", "Moscow", "the junta") or an armed
    body ("the troops"), not a force of circumstance ("Russian pressure")?"""
    return side(subj) or _armed(subj)


def _named_by(noun: Token) -> list[Token]:
    """The words that name whose a noun is ("Russian forces", "Hamas fighters", "its fighters"), or the
    noun itself ("the militants"): "rebel forces" are no government forces'."""
    return [c for c in noun.children if c.dep_ in ("compound", "amod", "poss")] or [noun]


#: attacks done by someone, whose "of" an armed body or a group names the doer ("the attacks of the
#: militants", "the offensive of Hamas"); a patient noun's "of" is its target ("the bombing of the rebels")
_RAIDS = frozenset({"attack", "assault", "offensive", "raid", "incursion", "onslaught", "ambush"})
_ATTACKERS = frozenset({"terrorist", "attacker", "raider", "extremist", "assailant"})
#: security forces, who raid and attack ("the raids of the police on the camp"); a bare "security" is no doer
_SECURITY = frozenset({"police", "policeman", "officer", "gendarme", "gendarmerie", "guard", "commando"})


def attackers_of(noun: Token) -> list[Token]:
    """Who does an attack its "of" names: an armed body or a group ("the attacks of the militants")."""
    if _lemma(noun) not in _RAIDS:
        return []
    return [p for p in prep_objects(noun, ("of",))
            if _lemma(p) in _ARMED | _ATTACKERS | _SECURITY or p.ent_type_ in ("ORG", "NORP")]


def foils(token: Token, act: Token) -> bool:
    """Does ``token`` stop another side's ``act``: a foil verb always ("Security forces foiled an attack on
    a church"), a cessation verb when the act is ``foiled``?"""
    return _lemma(token) in FOILS or _lemma(token) in CEASE and foiled(token, act)


def defended(token: Token, aims: list[Token]) -> bool:
    """Is a stop's stopper guarding another aim of the attack it stops ("Police stopped an attack on a
    synagogue", "Troops repelled an attack by rebels on civilians"), and so no target of it, unlike a side
    stopping an attack on itself or its own ("an attack on police", "on their station", "on its base"), an
    armed side one on a place it holds ("Troops repelled an attack by rebels on the town": on the troops)
    or one with no aim named ("Soldiers repulsed an attack by the rebels": on them)?"""
    subj = stopper_of(token)
    return subj is not None and bool(aims) and not any(_own_aim(a, subj) for a in aims) and (
        _defending(subj) or not all(_site(a) for a in aims))


def _own_aim(aim: Token, subj: Token) -> bool:
    """Is an attack's aim its stopper or the stopper's own ("police" or "a police station" for the police,
    "their station", "its base", "police officers' homes")? A person's "his" or "her" is never a force's own
    ("his home")."""
    names = {_lemma(subj)} | {_lemma(c) for c in subj.children if c.dep_ in ("compound", "amod")}
    return _lemma(aim) in names or any(c.dep_ == "poss" and (c.lower_ in _COLLECTIVE or _own_aim(c, subj)) or
                                       c.dep_ == "compound" and _lemma(c) in names for c in aim.children)


#: possessive pronouns that can stand for a force or a side ("their station", "its base", "our posts")
_COLLECTIVE = frozenset({"its", "their", "our"})


def _defending(subj: Token) -> bool:
    """Is a stopper a defender by its head noun or that noun's modifiers ("police", "air defence systems",
    "security forces"), or a part of one ("members of the security forces")? Not a side's own office
    named by its charge ("the defence ministry", "a spokesman of the defence ministry")."""
    if _lemma(subj) in _OFFICES:
        return False
    if _lemma(subj) in _DEFENDERS or any(_lemma(c) in _DEFENDERS for c in subj.children
                                         if c.dep_ in ("compound", "amod")):
        return True
    return any(_defending(p) for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
               for p in c.children if p.dep_ == "pobj")


#: named targets of an attack that make it a side's own act on another ("the assault on Kyiv")
_PARTIES = frozenset({"GPE", "NORP", "ORG", "LOC"})


def _on_a_party(token: Token, act: Token) -> bool:
    """Does an attack name the side or place it is on ("the attack on Israel", "the bombing of Gaza"),
    on itself or on its stop verb, where the parser may hang it ("stopped the assault | on Kyiv")?"""
    return any(p.dep_ == "pobj" and p.ent_type_ in _PARTIES for c in (*act.children, *token.children)
               if c.dep_ == "prep" and c.lower_ in ("on", "against", "of") for p in c.children)


def _gathering(token: Token, lemma: str, objects: list[tuple[Token, str]], lex: Lexicon) -> Reading:
    """"Thousands gathered outside the embassy" -> PROTEST; "foreign ministers gathered in Riyadh"
    -> CONSULT; "massed troops" -> what the verb says with an object; "gathered evidence" -> nothing."""
    subj = subject_head(token)
    if objects or subj is None:
        return (lex.verbs.get(lemma) if objects else None), [token], 0.7
    words = {_lemma(t) for t in subj.subtree}
    crowd = _lemma(subj) in CROWD or subj.ent_type_ == "CARDINAL"
    if words & RIOTERS or crowd and _protesting(token):
        return ("PROTEST", "demo"), [token], 0.7
    if words & _CONVENERS:
        return ("CONSULT", "meet"), [token], 0.7
    return None, [token], 0.7


_PURPOSE = frozenset({"protest", "demand", "denounce", "condemn", "oppose", "demonstrate", "call", "voice", "express",
                      "show", "mourn", "honour", "honor", "support", "press", "urge", "reject", "chant", "march"})


def _protesting(token: Token) -> bool:
    """Does a crowd gather to protest: a purpose ("to demand"), a frame ("in protest", "against X"),
    chanting, or a place of power ("outside the embassy")?"""
    for c in token.children:
        if c.dep_ in ("advcl", "xcomp", "conj") and _lemma(c) in _PURPOSE:
            return True
        if c.dep_ == "prep" and (c.lower_ == "against" or c.lower_ == "in" and any(
                _lemma(p) in ("protest", "support", "solidarity", "defiance") for p in c.children)):
            return True
        if c.dep_ == "prep" and c.lower_ in ("outside", "at", "in", "near") and any(
                _lemma(p) in _SEATS for p in c.children):
            return True
    return False


_SEATS = frozenset({"embassy", "consulate", "parliament", "ministry", "palace", "office", "headquarters",
                    "court", "courthouse", "square", "legislature", "residence", "council"})


def _sent_away(token: Token) -> Sense:
    """Ordering foreign missions out is a SANCTION (expel); ordering people out, a deportation."""
    whom = [c for c in token.children if c.dep_ == "dobj"] + [
        s for c in token.children if c.dep_ == "xcomp" for s in c.children if s.dep_ == "nsubj"]
    if any(_lemma(w) in _MISSIONS or w.ent_type_ == "ORG" for w in whom):
        return ("SANCTION", "expel")
    return ("COERCE", "deport")


#: what can physically come under fire (not a politician under fire from critics)
_EXPOSED = frozenset({"vehicle", "convoy", "car", "truck", "bus", "ship", "vessel", "tanker", "boat", "aircraft",
                      "plane", "helicopter", "jet", "base", "position", "post", "outpost", "patrol", "troop",
                      "soldier", "peacekeeper", "unit", "village", "town", "city", "hospital", "school", "building",
                      "camp", "embassy", "checkpoint", "compound", "house", "home", "district", "port", "airport",
                      "column", "ambulance", "team", "crew", "area", "neighbourhood", "neighborhood", "frigate",
                      "destroyer", "warship"})
_ARMS = frozenset({"heavy", "artillery", "rocket", "mortar", "enemy", "sniper", "machine", "tank", "gun", "gunfire",
                   "small", "arms", "drone", "missile"})
CASUALTIES = frozenset({"wounded", "wound", "injured", "injure", "casualty", "patient", "body", "dead", "victim"})


def under_arms(verb: Token, noun: Token) -> bool:
    """"came under fire/attack" as violence: a thing that can be shot at, weapons named, or a place
    nearby; "came under fire from critics / over his remarks" stays criticism."""
    if any(c.dep_ == "prep" and c.lower_ in ("over", "for") for c in (*verb.children, *noun.children)):
        return False
    subj = subject_head(verb)
    return (subj is not None and _lemma(subj) in _EXPOSED
            or any(_lemma(c) in _ARMS for c in noun.children if c.dep_ in ("compound", "amod"))
            or any(c.dep_ == "prep" and c.lower_ in ("near", "outside") for c in verb.children))


#: agreements and rules, which allow things without conceding them
PACTS = frozenset({"deal", "agreement", "accord", "arrangement", "pact", "truce", "ceasefire", "law", "rule",
                   "resolution", "treaty", "corridor", "initiative"})


def danger(clause: Token, lex: Lexicon) -> bool:
    """A warned-of clause about harm a situation would do ("a battle would put people at risk"),
    not about what the speaker's side would do."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (_lemma(clause) in _DANGER_VERBS and subj is not None and subj.pos_ == "NOUN"
            and _lemma(subj) not in lex.actor_nouns and subj.ent_type_ not in ("NORP", "GPE", "ORG", "PERSON"))


_DANGER_VERBS = frozenset({"put", "cause", "lead", "risk", "trigger", "worsen", "deepen", "spark", "endanger",
                           "plunge", "push", "displace", "leave", "create", "fuel", "exacerbate", "spread",
                           "destabilize", "destabilise", "threaten"})


__all__ = ["CASUALTIES", "attackers_of", "air_strikes", "business_talks", "CEASE", "CROWD", "FOILS", "GUILT", "PACTS", "RENOUNCE", "RIOTERS", "Reading", "came_to_end", "cessation",
           "construction", "danger", "defended", "foiled", "foils", "march", "prep_objects", "stopped_act", "stopper_of", "unstopped",
           "subject_head", "under_arms"]
