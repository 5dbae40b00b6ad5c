"""Who strikes and who stops: the word lists and the walkout test that both the noun readings
(``nouns``) and the cessation readings (``readings``) need. "strike" is a walkout ("the dockworkers'
strike", "a strike over pay") or an attack ("air strikes", "strikes on Kyiv"); stopping one is a
concession or a ceasefire. Giving up an aim is a stop of it, whose negation leaves the aim standing. Nothing here imports another module of the package's readings."""

from __future__ import annotations

from spacy.tokens import Token

#: verbs that stop what they govern ("stopped shelling", "halted attacks", "ended its offensive")
CEASE = frozenset({"stop", "halt", "cease", "suspend", "end", "pause", "freeze", "discontinue", "abandon"})
CROWD = frozenset({"thousand", "hundred", "dozen", "people", "protester", "protestor", "demonstrator",
                   "student", "worker", "resident", "activist", "supporter", "woman", "youth",
                   "villager", "farmer", "crowd", "refugee", "teacher", "employee", "member"})
_LABOUR = frozenset({"trucker", "driver", "miner", "docker", "dockworker", "nurse", "doctor", "pilot", "union",
                     "railway", "railworker", "staff", "civil", "servant", "lawyer", "journalist", "lecturer",
                     "professor", "academic", "medic", "physician", "firefighter", "cleaner", "writer", "autoworker",
                     "steelworker"})
#: who goes on strike ("the dockworkers' strike", "a strike of nurses", "the union")
STRIKERS = CROWD | _LABOUR | frozenset({"striker", "worker", "employee", "teacher", "labour", "labor", "trade"})
#: who walk out and never strike from the air, when a bare "to strike" is all there is ("the union plans to strike")
WORKFORCE = _LABOUR | frozenset({"striker", "worker", "employee", "teacher"})
#: who end a walkout by force or by ruling and strike no targets ("police ended the strike", "a court
#: halted the strike"); an army's ended strikes may be its own air strikes
ENJOINERS = frozenset({"police", "policeman", "court", "judge", "tribunal"})
#: what is done to unrest, never to air strikes ("troops crushed the strike")
_QUELLS = frozenset({"crush", "quell", "suppress"})
#: what strikes from the air or afar ("suppressed the air strikes", "halted the drone strikes")
ARMS = frozenset({"air", "drone", "missile", "rocket", "artillery", "mortar", "naval", "aerial"})
#: what workers strike over ("a strike over pay"); air strikes are over places and times
_GRIEVANCES = frozenset({"pay", "wage", "salary", "pension", "condition", "contract", "bonus", "allowance", "cut",
                         "layoff", "arrear", "overtime"})
#: what a walkout does over time, and one air strike does not ("the strike ended / continued / entered its third day")
_LASTS = frozenset({"end", "continue", "last", "enter", "drag", "resume", "spread"})


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def stops(verb: Token) -> bool:
    """Is the verb a stop: a cessation verb or "call off" ("halted", "called off its offensive")?"""
    lemma = _lemma(verb)
    return lemma in CEASE or lemma == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


#: verbs that give up an aim ("abandoned its plan", "dropped / withdrew its threat", "gave up its bid"); "give"
#: with "up"; ``modality`` reads a plan given up by any of them as foiled
GIVE_UP = frozenset({"abandon", "drop", "shelve", "scrap", "renounce", "forgo", "forsake", "cancel", "withdraw",
                      "retract"})
#: aims that can be given up, and stand when they are not ("has not dropped its threat to cut supplies")
AIMS = frozenset({"plan", "threat", "bid", "demand", "ambition", "goal", "aim", "intention", "quest", "hope",
                  "effort", "attempt", "push", "pursuit", "claim", "campaign", "drive", "programme", "program", "offer"})


def gives_up(verb: Token) -> bool:
    """Is the verb a giving up of what it governs ("abandoned", "dropped", "gave up")?"""
    lemma = _lemma(verb)
    return lemma in GIVE_UP or lemma == "give" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)


def misread_aim(verb: Token) -> Token | None:
    """The aim of a give-up verb that the parser read as a verb: "has not withdrawn its ceasefire offer", "ceasefire"
    the object and "offer" a verb above or beside "withdrawn". An aim word right after the object, with no subject
    or object of its own, is the object's head noun."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None) if gives_up(verb) else None
    if obj is None or obj.i + 1 >= len(obj.doc):
        return None
    aim = obj.doc[obj.i + 1]
    if aim.pos_ != "VERB" or _lemma(aim) not in AIMS or not (aim.i == verb.head.i or aim.head.i == verb.i):
        return None
    return None if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in aim.children) else aim


def misread_as_verb(token: Token) -> bool:
    """Is the token an aim read as a verb beside the verb that gives it up ("its ceasefire offer")?"""
    return token.pos_ == "VERB" and _lemma(token) in AIMS and any(
        misread_aim(v) == token for v in (token.head, *token.children) if v.dep_ in ("ccomp", "advcl") or v.i == token.head.i)


def misread_object(verb: Token) -> Token | None:
    """The object of a stop that the parser read as a clause: "did not stop the missile strikes" with
    "strikes" a ccomp of "stop" (and in "the drone strikes" "drone" the object). A noun with no subject,
    auxiliary or subordinator of its own is no clause: it is the object."""
    if not stops(verb):
        return None
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "NOUN" and c.i > verb.i and not any(
        d.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for d in c.children)), None)


def by_arms(noun: Token) -> bool:
    """Is an act named by what strikes from afar ("air strikes", "drone strikes"), its modifier a child or,
    misparsed, the object hung beside it on the same verb ("stop [the drone] [strikes]")?"""
    if any(_lemma(c) in ARMS for c in noun.children):
        return True
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    return before is not None and before.dep_ == "dobj" and before.head.i == noun.head.i and _lemma(before) in ARMS


def labour_strike(token: Token) -> bool:
    """Is "strike" a walkout: the workers' own ("the workers' strike", "a strike of / by dockworkers"),
    over a grievance ("the port strike over wages"), stopped by its strikers ("the union will not stop
    the strike"), or one that lasts ("the strike ended on Friday")?"""
    if _lemma(token) != "strike":
        return False
    if any(c.dep_ in ("poss", "compound", "amod") and _lemma(c) in STRIKERS for c in token.children):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "over" and any(_lemma(p) in _GRIEVANCES for p in c.children)
           for c in token.children):
        return True
    if any(c.dep_ == "prep" and c.lower_ in ("of", "by") and any(
            p.dep_ == "pobj" and _lemma(p) in STRIKERS or _misread_strikers(p) for p in c.children)
            for c in token.children):
        return True
    if token.dep_ in ("dobj", "nsubjpass") and not by_arms(token):
        verb = token.head
        stoppers = [w for c in verb.children if c.dep_ in ("nsubj", "agent")
                    for w in ([c] if c.dep_ == "nsubj" else c.children)]
        enjoined = _lemma(verb) in CEASE | {"break"} and any(_lemma(w) in ENJOINERS for w in stoppers)
        if enjoined or _lemma(verb) in _QUELLS:
            return True  # "police ended the strike", "the strike was halted by a court", "troops crushed the strike"
    if token.dep_ == "nsubj" and token.tag_ == "NN" and _lemma(token.head) in _LASTS and not by_arms(token):
        return True  # "the strike ended on Friday", "the strike entered its third week": a walkout lasts
    return token.dep_ == "dobj" and any(c.dep_ == "nsubj" and _lemma(c) in STRIKERS for c in token.head.children)


def _misread_strikers(pobj: Token) -> bool:
    """"A strike of teachers closed schools" misparsed as "of [teachers closed schools]": the strikers
    hang as a modifier on the pobj, with the verb read as its adjective between them."""
    return pobj.dep_ == "pobj" and any(
        c.dep_ in ("nmod", "compound") and _lemma(c) in STRIKERS and c.i + 1 < pobj.i and pobj.doc[c.i + 1].dep_ == "amod"
        for c in pobj.children)


__all__ = ["AIMS", "ARMS", "CEASE", "CROWD", "ENJOINERS", "GIVE_UP", "STRIKERS", "WORKFORCE", "by_arms", "gives_up", "labour_strike",
           "misread_aim", "misread_as_verb", "misread_object", "stops"]
