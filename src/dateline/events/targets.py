"""Targets of an event: whom a verbal trigger acts on, read off its objects, prepositions,
reported clause, purpose clause, the place of its act or the subject of its condition."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.arguments import (
    RELATIONAL,
    ActorIndex,
    Arg,
    actor_like,
    compact_np,
    conjuncts,
    core_np,
    resolve,
)
from dateline.events.clauses import conditional
from dateline.events.lexicon import Lexicon
from dateline.events.locations import place_of
from dateline.events.triggers import Trigger, noun_sense, stops_crowd_act, verb_trigger
from dateline.nlp.clauses import finite_head, stranded_object, trailing

_WEAK_PREPS = frozenset({"over", "for", "upon"})
#: types whose trigger acts on the subject of its complement clause ("urged X to", "allowed X to run",
#: "forced X to leave")
_CLAUSE_TARGET = frozenset({"REQUEST", "ACCUSE", "THREATEN", "SUPPORT", "CONCEDE", "RETREAT", "COERCE"})
_CLAUSE_SPEECH = frozenset({"REQUEST", "ACCUSE", "THREATEN", "SUPPORT"})


def _own(obj: Token) -> bool:
    """Is an object the actor's own ("its troops", "their forces"), not another party ("his counterpart")?"""
    return obj.lemma_.lower() not in RELATIONAL and any(p.dep_ == "poss" and p.pos_ == "PRON" for p in obj.children)


def _infinitive(clause: Token) -> bool:
    return clause.tag_ == "VB" or any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children)


#: acts whose "of" phrase names whom they hit ("the blockade of Serbia", "the occupation of Kuwait")
_HIT_NOUNS = frozenset({"blockade", "siege", "invasion", "occupation", "bombardment", "encirclement", "annexation",
                        "embargo", "isolation", "persecution", "repression", "suppression"})
#: named entities that are parties, not things ("suspended Gabon", not "opened the Friendship Bridge")
_PARTY_LABELS = frozenset({"GPE", "ORG", "PERSON", "NORP"})
#: what "with X's help" brings along: an instrument, not a party acted on
_HELP = frozenset({"help", "support", "assistance", "backing", "aid", "cooperation", "consent", "approval"})
#: what a withdrawal takes out: the actor's own men, not whom it withdraws from
_OWN_FORCES = frozenset({"troop", "force", "soldier", "peacekeeper", "unit", "army", "personnel", "contingent",
                         "garrison", "observer", "monitor", "diplomat", "staff", "ambassador", "envoy"})

def preps(token: Token, preps: frozenset[str] | set[str]) -> list[Token]:
    out: list[Token] = []
    for prep in token.children:
        if any(c.dep_ == "neg" for c in prep.children):
            continue  # "not at the Israeli government"
        if prep.dep_ == "prep" and prep.lower_ in preps:
            out.extend(_antecedent(c) for c in prep.children if c.dep_ == "pobj")
            out.extend(_raised_object(prep))
    return out


#: relative pronouns a stranded preposition's object may be
_RELATIVES = frozenset({"that", "which", "who", "whom"})


def _antecedent(obj: Token) -> Token:
    """A preposition's object or a passive's subject, or for a relative pronoun the noun its clause
    describes ("the militia that Israel fired on", "the leader, who was arrested by police")."""
    verb = next((a for a in obj.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if obj.lower_ in _RELATIVES and obj.i < obj.head.i and verb is not None and _described(verb):
        return _coordinated(verb.head) if _plural(verb) else verb.head
    return obj


def _coordinated(noun: Token) -> Token:
    """The first of the nouns a last conjunct is coordinated with ("the leader and his deputy": the
    leader), whose conjuncts are all of them."""
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    return noun


def _plural(verb: Token) -> bool:
    """Does a relative clause's verb agree with a plural ("who were arrested", "who are held"), so that
    its antecedent is every conjunct, not only the last ("the leader and his deputy, who was arrested")?"""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("were", "are", "have") for c in verb.children)


def _described(verb: Token) -> bool:
    """Is the verb a relative clause's on a noun with no conjunct, which the clause is not about ("the
    militia Israel fired on and the army")?"""
    return verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") and not any(
        c.dep_ == "conj" for c in verb.head.children)


def _raised_object(prep: Token) -> list[Token]:
    """The object a stranded preposition shares: in a relative clause, the noun the clause describes
    ("the village Hezbollah retreated from"); before a conjunct, what ends
    that conjunct ("established ties with and opened an embassy in Tehran": Tehran), or the conjunct's
    own object where that names a party ("struck at and killed a Hamas commander in Lebanon": the
    commander, not Lebanon)."""
    doc = prep.doc
    if any(True for _ in prep.children) or prep.i + 1 >= len(doc):
        return []
    verb = next((a for a in prep.ancestors if a.pos_ in ("VERB", "AUX")), None)
    conj = next((c for c in verb.children if c.dep_ == "conj" and c.i > prep.i), None) if verb is not None else None
    if conj is None and verb is not None and _described(verb):
        return [verb.head]
    if doc[prep.i + 1].lower_ not in ("and", "or"):
        return []
    end = conj.right_edge if conj is not None else None
    while end is not None and end.is_punct and end.i > prep.i:
        end = doc[end.i - 1]
    own = end
    while own is not None and conj is not None and own.head.i != conj.i and own.head.i > prep.i and own.i != conj.i:
        own = own.head
    if own is not None and own.dep_ == "dobj" and any(
            t.ent_type_ in _PARTY_LABELS for t in doc[own.left_edge.i: own.i + 1]):
        return [own]  # "struck at and killed a Hamas commander in Lebanon"
    while end is not None and end.dep_ == "conj" and end.head.pos_ in ("PROPN", "NOUN") and end.head.i > prep.i:
        end = end.head  # "sent aid to Syria and Iran": Syria, whose conjuncts resolve() adds
    return [end] if end is not None and end.pos_ in ("PROPN", "NOUN") else []


#: verbs whose object is what is talked about, not whom: "discussed Taiwan and trade"
_TOPIC_VERBS = frozenset({"discuss", "debate"})
#: verbs that move people somewhere: "to X" is where they go, no recipient ("evacuated the crew to Djibouti")
_MOVE_VERBS = frozenset({"evacuate"})


def verb_targets(trig: Trigger, index: ActorIndex, lex: Lexicon) -> list[Arg]:
    if trig.kind == "speech" and trig.type == "ACCUSE" and trig.clause is not None:
        return [a for c in trig.clause.children if c.dep_ in ("nsubj", "nsubjpass")
                for a in resolve(c, index, lex)]  # "said the army committed war crimes": the army
    if trig.kind == "speech" and trig.type != "REQUEST" and trig.clause is not None:
        inner = verb_trigger(trig.clause, lex) or Trigger(trig.clause, trig.type, None, "verb")
        found = verb_targets(inner, index, lex)  # "said they will release X": X
        place = place_of(trig.clause, lex) if not found and trig.type == "THREATEN" else None
        return resolve(place, index, lex) if place is not None else found  # "will extend the curfew in X"
    token = trig.token
    heads: list[Token] = []
    kids = list(token.children)
    heads += [_antecedent(c) for c in kids if c.dep_ == "nsubjpass"]  # "the leader, who was arrested"
    heads += [c for c in kids if c.dep_ in ("dobj", "dative", "iobj") and (trig.noun is None or c.i != trig.noun.i)
              and not _own(c) and not (c.dep_ == "dobj" and token.lemma_.lower() in _TOPIC_VERBS)]  # "its troops"
    if trailing(token) and trig.type == "ACCUSE":  # "Croatia fails its refugees, a group protested Monday"
        heads += [c for c in token.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]  # Croatia
    elif token.tag_ == "VBN" and token.dep_ == "acl" and not any(c.dep_ == "dobj" for c in kids) and (
            finite_head(token) is None):  # not "Uyghur activists protested outside the embassy": theirs
        heads.append(token.head)
    heads += _shifted_object(token) + _taken_object(token)
    stopped = [c for c in kids if c.dep_ == "nsubjpass"] if trig.type == "COERCE" and stops_crowd_act(token) else []
    # "ended their march at the parliament": where it ended, no aim
    aims = lex.target_preps - lex.place_preps if act_ended(trig, lex) else lex.target_preps
    for obj in [c for c in kids if c.dep_ == "dobj"] + stopped + ([trig.noun] if trig.noun is not None else []):
        heads += preps(obj, aims | {"between", "among"})  # "ended mediation between X and Y";
        # "the protest of Palestinians was stopped by police": on the Palestinians, as in the active
        reasons = trig.type in ("SANCTION", "ACCUSE", "COERCE", "ASSAULT")  # "sanctions on X for attacks on Y"
        for sub in preps(obj, {"of"} if reasons else {"for", "of"}):
            heads += preps(sub, lex.target_preps)
    moved = {"to", "into"} if token.lemma_.lower() in _MOVE_VERBS else set()
    heads += preps(token, aims - {"of"} - _WEAK_PREPS - moved | {"between", "among"})  # "mediated between"
    if trig.noun is not None and trig.noun.head.i == token.i and trig.noun.ent_type_ in _PARTY_LABELS:
        heads.append(trig.noun)  # "suspended Gabon": a sense read off a named object
    weak = _WEAK_PREPS - {"for"} if trig.type in ("SANCTION", "ACCUSE") and heads else _WEAK_PREPS
    heads += [p for p in preps(token, weak) if not actor_like(p, index, lex)]  # looked into; not a reason ("for")
    for dat in (c for c in kids if c.dep_ == "dative" and c.pos_ == "ADP"):
        heads += [c for c in dat.children if c.dep_ == "pobj"]
    if trig.type in _CLAUSE_TARGET or trig.kind == "speech":
        for clause in (c for c in kids if c.dep_ in ("ccomp", "xcomp") or c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ == "for" for m in c.children)):  # "pushed for the US to back"
            if trig.type not in _CLAUSE_SPEECH and trig.kind != "speech" and not _infinitive(clause):
                continue  # "allowed X to run", "let X go"; not "defaced sites (that) observers have seen"
            heads += [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
            if trig.kind == "speech":
                heads += preps(clause, {"at", "on", "against", "to"})
    deep = lex.target_preps - {"of", "for", "with", "from", "over", "upon"}
    if trig.type == "ACCUSE" and trig.kind == "verb":  # "complained to the UN over Israeli raids": Israel
        blamed = preps(token, {"over", "about", "against"})
        blamed_actors = actors(blamed, index, lex, deep=deep) + [a for b in blamed for a in authors(b, index, lex)]
        if blamed_actors:
            heads = [h for h in heads if h.head.lower_ != "to"]
            return dedupe(blamed_actors + actors(heads, index, lex, deep=deep))
    heads = [h for h in heads if not (h.head.lower_ == "with" and h.lemma_.lower() in _HELP)]  # "with X's help"
    found = _left_behind(token, index, lex) if trig.type == "RETREAT" else []
    found = found or actors(heads, index, lex, deep=deep)
    if not found and trig.type == "REQUEST":
        found = _addressee(token, index, lex)  # "told its allies not to attack Israel": the allies, not Israel
    if not found:  # "complained to the UN over Israeli raids"
        found = actors(preps(token, _WEAK_PREPS & lex.target_preps), index, lex)
    noun = trig.noun
    if not found and trig.kind == "verb" and noun is not None and noun.head.i == token.i:
        if trig.type != "MOBILIZE" and noun.ent_type_ not in ("FAC", "LOC") and not _own(noun) \
                and actor_like(noun, index, lex):
            found = resolve(noun, index, lex)  # "received the Iranian foreign minister"
        else:
            found = authors(noun, index, lex)  # "demolished Palestinian homes": the Palestinians'
    if not found and trig.type in lex.suppressing_types:
        found = act_targets(token, index, lex, deep=deep | {"for", "with"})
    elif not found and trig.type in ("RETREAT", "CONCEDE", "AID", "COOPERATE"):  # "opened the bridge to let aid
        found = act_targets(token, index, lex, deep=deep, purpose=True)  # reach Afghanistan": Afghanistan
    if not found and trig.type in ("THREATEN", "AGREE"):  # "agreed to postpone the rally in Baku"
        found = _threat_targets(trig.token, index, lex, conditions=trig.type == "THREATEN")
    if not found and trig.type == "PROTEST":
        found = _protest_targets(trig, index, lex)
    if not found and trig.type in ("REJECT", "CONCEDE", "RETREAT"):
        found = _pressers(token, index, lex)
    if not found and trig.type in ("REJECT", "ACCUSE") and trig.kind == "verb":
        found = _claimants(trig, index, lex)
    return found


def act_ended(trig: Trigger, lex: Lexicon) -> bool:
    """Is a concession a crowd's ending its own act ("Protesters ended their march at the parliament",
    "ended their sit-in at the ministry")? Where the act ended is a place, no one conceded to. Not a
    walkout: where it is, its employer, is what it was against ("ended their strike at the Ford plant")."""
    if trig.type != "CONCEDE":
        return False
    act = trig.noun or next((c for c in trig.token.children if c.dep_ == "dobj"), None)
    sense = noun_sense(act, lex, standalone=False) if act is not None else None
    return sense is not None and sense[0] == "PROTEST" and sense[1] != "strike"


def _taken_object(verb: Token) -> list[Token]:
    """A verb's object that the parser made a second subject of the verb after it (see
    ``stranded_object``): "Protesters who ... defied Sudan's army stormed the palace": the army."""
    if any(c.dep_ == "dobj" for c in verb.children) or verb.i + 1 >= len(verb.doc):
        return []
    near = verb.doc[verb.i + 1]
    while near.head.i != near.i and near.head.left_edge.i == verb.i + 1 and near.dep_ != "nsubj":
        near = near.head
    far = next((c for c in near.head.children if c.dep_ == "nsubj" and c.i < near.i), None)
    return [near] if near.dep_ == "nsubj" and far is not None and stranded_object(near, far) else []


def _shifted_object(verb: Token) -> list[Token]:
    """The object a verb without one moved behind its "as" phrase, which the parser reads as a second
    object of "as" ("denounced as an ugly crime Serbia's crackdown": the crackdown). One object of "as"
    ("condemned the raid as a crime") is the verb's description, not its object."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        if len(objs) > 1:
            return objs[1:]
        shifted = [a for o in objs for a in o.children if a.dep_ == "appos" and a.i > o.i and not any(
            t.is_punct for t in a.doc[o.i + 1:a.left_edge.i])]  # or an apposition with no comma before it
        if shifted:
            return shifted
    return []


def _addressee(token: Token, index: ActorIndex, lex: Lexicon) -> list[Arg]:
    """The party a request is made of, named by no actor: "told its allies not to attack Israel" asks the
    allies (Tehran's allies), so the act's own object (Israel) is no target."""
    acts = [c for c in token.children if c.dep_ in ("xcomp", "ccomp") and c.i > token.i]
    told = [c for c in token.children if c.dep_ in ("dobj", "dative") and c.pos_ == "NOUN"
            and acts and c.i < acts[0].i]
    if not told:
        return []
    head = told[0]
    texts = [compact_np(head), core_np(head)]
    for poss in (c for c in head.children if c.dep_ == "poss"):
        owners = resolve(poss, index, lex)
        if poss.pos_ == "PRON":  # "Tehran told its allies": named as the teller is
            ids = {a.actor for a in owners}
            owners += [a for s in token.children if s.dep_ == "nsubj" for a in resolve(s, index, lex) if a.actor in ids]
        texts += [f"{t}'s {head.text}" for a in owners for t in a.texts if t.lower() != poss.lower_]
    return [Arg(None, tuple(dict.fromkeys(t for t in texts if t)), head.left_edge.idx, head.idx + len(head.text))]


def _left_behind(token: Token, index: ActorIndex, lex: Lexicon) -> list[Arg]:
    """"withdrew its troops from Lebanon", "speeded up the withdrawal of forces from Panama": a withdrawal
    of the actor's own men acts on the place or party they leave."""
    objs = [c for c in token.children if c.dep_ == "dobj"]
    objs += [p for o in objs for p in preps(o, {"of"})]
    if not any(o.lemma_.lower() in _OWN_FORCES for o in objs):
        return []
    return actors(preps(token, {"from"}) + [p for o in objs for p in preps(o, {"from"})], index, lex)


#: prepositions that name whom a promised or demanded act is for ("provide aid for Romania", "send troops to")
_RECIPIENT_PREPS = frozenset({"to", "for", "into", "against", "toward", "towards", "on", "at", "upon", "with"})


def _acts(token: Token) -> list[Token]:
    """The acts a verb or adjective governs: its complement ("agreed to provide") and purpose
    clauses ("send material to help defend")."""
    return [c for c in token.children if c.dep_ == "xcomp" or c.dep_ == "advcl" and c.pos_ == "VERB" and any(
        a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)]


def act_targets(token: Token, index: ActorIndex, lex: Lexicon, deep: frozenset[str], depth: int = 0,
                purpose: bool = False) -> list[Arg]:
    """Whom the act that an AGREE, REQUEST, REJECT or THREATEN is about acts on: its recipient
    ("agreed to provide 70 million dollars of aid for Romania": Romania) before its object ("willing to
    withdraw its troops from Lebanon": Lebanon, not its own troops), then the acts it serves in turn
    ("willing to send material to help defend Saudi Arabia": Saudi Arabia)."""
    for comp in _acts(token):
        if purpose and comp.dep_ != "advcl":
            continue
        objs = [c for c in comp.children if c.dep_ in ("dobj", "dative")  # not "its troops"; "its march on X"
                and not (_own(c) and actor_like(c, index, lex))]
        recipients = preps(comp, _RECIPIENT_PREPS & lex.target_preps)
        for obj in (c for c in comp.children if c.dep_ == "dobj"):
            recipients += preps(obj, {"to", "for", "with"})  # "break off relations with X"
            recipients += [p for sub in preps(obj, {"of"}) for p in preps(sub, {"to", "for"})]
        recipients += [p for d in comp.children if d.dep_ == "dative" and d.pos_ == "ADP"
                       for p in d.children if p.dep_ == "pobj"]
        recipients = [r for r in recipients if not (r.head.lower_ == "with" and r.lemma_.lower() in _HELP)]
        found = actors(recipients, index, lex, deep=deep)
        if not found:  # "refused to allow UN planes to land": the UN
            subjects = [s for c in comp.children if c.dep_ in ("ccomp", "xcomp")
                        for s in c.children if s.dep_ == "nsubj"]
            found = actors(objs + subjects + preps(comp, lex.target_preps - {"of", "for"}), index, lex, deep=deep)
        if not found and depth < 2:
            found = act_targets(comp, index, lex, deep, depth + 1)
        if found:
            return found
    return []


#: what an actor resists or gives in to
_PRESSURE = frozenset({"pressure", "call", "demand", "appeal", "request", "plea", "ultimatum", "warning", "protest",
                       "urging", "insistence", "opposition", "objection", "criticism"})


def _pressers(token: Token, index: ActorIndex, lex: Lexicon) -> list[Arg]:
    """"declined to resign despite pressure by X", "under pressure from X", "bowing to calls from X": whoever
    presses is whom a refusal or a concession answers."""
    frames: list[Token] = []
    for verb in [token, *(c for c in token.children if c.dep_ == "xcomp")]:  # "declined to resign despite X"
        frames += preps(verb, {"despite", "under", "after", "following", "amid", "to"})
        frames += [p for f in preps(verb, {"in"}) if f.lemma_.lower() in ("defiance", "response")
                   for p in preps(f, {"of", "to"})]
    found: list[Arg] = []
    for frame in (f for f in frames if f.lemma_.lower() in _PRESSURE):
        found += authors(frame, index, lex)
    return dedupe(found)


#: what a rejection or criticism can be aimed at without naming whose it is ("dismissed the optimism")
_STATED = frozenset({"optimism", "claim", "report", "statement", "assurance", "announcement", "remark",
                     "comment", "assertion", "suggestion", "prediction", "assessment", "account"})


def _claimants(trig: Trigger, index: ActorIndex, lex: Lexicon) -> list[Arg]:
    """"Despite reports of progress from US mediators, Hamas dismissed the optimism": a rejected
    statement whose author is unnamed belongs to the authors of the statements the sentence reports."""
    objs = [c for c in trig.token.children if c.dep_ == "dobj" and c.lemma_.lower() in _STATED]
    if not objs or authors(objs[0], index, lex):
        return []
    found: list[Arg] = []
    for tok in trig.token.sent:
        if tok.lemma_.lower() in _STATED and tok.i != objs[0].i:
            for thing in [tok, *preps(tok, {"of"})]:
                found += [a for p in preps(thing, {"from", "by"}) for a in listed_actors(p, index, lex)]
    return dedupe(found)


def listed_actors(head: Token, index: ActorIndex, lex: Lexicon) -> list[Arg]:
    """The actors a coordinated noun phrase names, read off its words' actor mentions, so that a
    misparsed list ("from US, Qatari, and Egyptian mediators", with "US" hung on "Qatari") loses none."""
    top = head
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    last = max(conjuncts(top), key=lambda t: t.i)
    span = head.doc[top.left_edge.i: last.i + 1]
    mentions = index.within(span.start_char, span.end_char)
    inner = [m for m in mentions if not any(o is not m and m.start <= o.start and o.end <= m.end for o in mentions)]
    return dedupe([index.arg(m) for m in inner]) or resolve(head, index, lex)  # "Egypt", not "Egyptian mediators"


_PURPOSE = frozenset({"protest", "demand", "denounce", "oppose", "condemn", "show", "express", "press", "urge",
                      "demonstrate", "call", "challenge", "defy", "reject"})


def _protest_targets(trig: Trigger, index: ActorIndex, lex: Lexicon) -> list[Arg]:
    """Whom a protest is against: its purpose clause ("to demand the resignation of X", "to protest
    against X's decision"), "in protest at / in defiance of X", or the demonstrations it is done
    during or amid ("threw stones during demonstrations against X")."""
    holders = [trig.token] + ([trig.noun] if trig.noun is not None else [])
    heads: list[Token] = []
    for holder in holders:
        for comp in (c for c in holder.children if c.dep_ in ("advcl", "xcomp", "acl")):
            if comp.lemma_.lower() in _PURPOSE:
                heads += [c for c in comp.children if c.dep_ in ("dobj", "dative")]
                heads += preps(comp, {"against", "at", "over", "for", "on"})
        for frame in preps(holder, {"in", "during", "amid"}):
            if frame.head.lower_ == "in" and frame.lemma_.lower() in _FRAMES:  # "in protest at / in defiance of X"
                heads += preps(frame, {"at", "of", "against", "over", "to"})
            elif frame.head.lower_ != "in" and frame.lemma_.lower() in _GATHERINGS:  # "threw stones during
                heads += preps(frame, {"at", "against", "over", "to"})  # demonstrations against the army";
                # not "amid protests of farmers", theirs
    deep = frozenset({"of", "against", "on", "by", "from", "for"})  # "disapproval for X's policies"
    return actors(heads, index, lex, deep=deep)


#: what a protest is made in ("in protest at X", "in defiance of X")
_FRAMES = frozenset({"protest", "defiance", "opposition", "solidarity"})
#: protests an act is done during or amid ("during demonstrations against X"; not "in demonstrations")
_GATHERINGS = frozenset({"protest", "demonstration", "rally", "march"})


def _threat_targets(token: Token, index: ActorIndex, lex: Lexicon, conditions: bool = True) -> list[Arg]:
    """A threat with no object names its target as the place of the threatened act ("to ban voting in
    East Jerusalem") or as the subject of its condition ("... if the United States goes ahead")."""
    for comp in (c for c in token.children if c.dep_ == "xcomp"):
        place = place_of(comp, lex)
        if place is not None:
            return resolve(place, index, lex)
    if not conditions:
        return []
    clauses = [c for c in token.children if c.dep_ == "advcl"]
    clauses += [x for c in token.children if c.dep_ == "xcomp" for x in c.children if x.dep_ == "advcl"]
    for clause in clauses:
        if conditional(clause):
            found = actors([c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")], index, lex)
            if found:
                return found
    return []


def actors(heads: list[Token], index: ActorIndex, lex: Lexicon,
            deep: frozenset[str] = frozenset()) -> list[Arg]:
    """Actors among candidate heads; a non-actor head ("sanctions") is looked into once
    ("sanctions against Nigeria")."""
    out: list[Arg] = []
    for h in heads:
        if h.pos_ == "PRON" or h.ent_type_ in ("DATE", "TIME"):
            continue
        if h.ent_type_ in ("CARDINAL", "MONEY", "PERCENT"):  # "70 million dollars of aid for Romania"
            out.extend(actors(preps(h, deep), index, lex) if deep else [])
            continue
        if h.lemma_.lower() in _MEDIATORS and not index.covering(h):
            named = _named_mediators(h, index, lex)  # "urged the mediators to ...": those named before
            if named:
                out.extend(named)
                continue
        if not actor_like(h, index, lex) and not _has_including(h):
            if deep:
                hit = _HIT_NOUNS & {h.lemma_.lower()}  # "tighten the blockade of Serbia"
                out.extend(actors(preps(h, deep | {"of"} if hit else deep), index, lex))
                out.extend(authors(h, index, lex))
            continue
        out.extend(resolve(h, index, lex))
        for inc in preps(h, {"including"}):
            out.extend(resolve(inc, index, lex))
    return out


_MEDIATORS = frozenset({"mediator", "intermediary", "go-between"})


def _named_mediators(head: Token, index: ActorIndex, lex: Lexicon) -> list[Arg]:
    """The actors of "the mediators": the last earlier mediators of the text that name theirs
    ("mediators from Egypt and Qatar", "Egyptian and Qatari mediators"). Nothing for mediators
    with words of their own ("other mediators", "UN mediators")."""
    if any(c.dep_ in ("amod", "compound", "poss", "nmod") or c.dep_ == "det" and c.lower_ not in (
            "the", "these", "those") for c in head.children):
        return []
    for t in reversed(head.doc[: head.i]):
        if t.pos_ == "NOUN" and t.lemma_.lower() in _MEDIATORS:
            found = [a for a in listed_actors(t, index, lex) if a.actor]
            found += [a for p in preps(t, {"from", "of"}) for a in resolve(p, index, lex) if a.actor]
            if found:
                return dedupe(found)
    return []


def authors(thing: Token, index: ActorIndex, lex: Lexicon) -> list[Arg]:
    """Whose is a non-actor object: "rejected Annan's call", "a U.S. request", "calls by Belarus's rulers"."""
    heads = [c for c in thing.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    heads += [c for c in thing.children if c.dep_ in ("compound", "amod", "nmod")
              and (index.covering(c) or c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"))]
    heads += preps(thing, {"by", "from"})
    for acl in (c for c in thing.children if c.dep_ == "acl" and c.tag_ == "VBN"):  # "a rally staged by X"
        heads += [p for ag in acl.children if ag.dep_ == "agent" for p in ag.children if p.dep_ == "pobj"]
    return [a for h in heads for a in resolve(h, index, lex)]


def _has_including(token: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "including" for c in token.children)


def dedupe(args: list[Arg]) -> list[Arg]:
    seen: set[str] = set()
    out: list[Arg] = []
    for a in args:
        key = a.actor or (a.texts[0] if a.texts else "")
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out


__all__ = ["act_ended", "actors", "authors", "dedupe", "listed_actors", "preps", "verb_targets"]
