"""Who does an event when its clause does not say so plainly.

- a hyphenated doer before an event noun: "the Hamas-led attack", "the U.S.-led invasion" (the leader
  acts); "a US-backed offensive", "Iran-allied militias" name a patron, not the doer, and give no source;
- a generic agent noun in a relative clause on an event noun takes that event's doer: "the Hamas-led
  attack, in which militants killed 1,200 people and took 250 hostages" (the militants are Hamas's);
- object control: "gave Israel cover to press on with its offensive", "helped Ukraine to strike":
  the one who acts in the infinitive is the object of the verb above it, not its subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.actors.pronouns import OBJECT_CONTROL
from dateline.events.arguments import LEADING, ActorIndex, Arg, actor_like, entity_of, resolve
from dateline.events.lexicon import Lexicon

#: agent nouns that name no side of their own ("militants", "gunmen"): an event's doer stands for them
GENERIC_AGENTS = frozenset({"militant", "gunman", "fighter", "attacker", "assailant", "insurgent", "bomber",
                            "raider", "infiltrator", "terrorist", "jihadist", "commando", "man", "soldier", "troop",
                            "sniper", "policeman", "militiaman"})
#: OBJECT_CONTROL (verbs whose object does what their infinitive says: "allowed Israel to", "gave Israel
#: cover to") is the actors' list: they resolve "its" under them to the object, which events read
#: verbs whose subject draws a reaction from others ("drew condemnation", "faces sanctions")
REACTION_VERBS = frozenset({"draw", "attract", "spark", "provoke", "prompt", "trigger", "earn", "face", "receive",
                            "elicit", "incur", "invite"})
_REACTIONS = frozenset({"ACCUSE", "PROTEST", "SANCTION", "THREATEN", "REJECT"})
_RELATIVE_PREPS = frozenset({"in", "during", "amid"})


def led_by(noun: Token, index: ActorIndex, lex: Lexicon) -> list[Arg]:
    """The doer a hyphenated modifier of an event noun names: "the Hamas-led attack" -> Hamas."""
    doc = noun.doc
    out: list[Arg] = []
    for mod in (c for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod")):
        word = mod.lower_
        if "-" in word and word.rsplit("-", 1)[1] in LEADING:  # one token: "U.S.-led"
            name = mod.text.rsplit("-", 1)[0]
            inside = index.within(mod.idx, mod.idx + len(name))
            named = [m.actor for m in index.mentions if m.actor and m.text.lower() == name.lower()]
            actor = named[0] if named else None  # the actors component made no mention inside the token:
            texts = (index.names.get(actor, ""), name) if actor else (name,)  # the same name elsewhere
            out += [index.arg(m) for m in inside] or [Arg(actor, tuple(t for t in texts if t), mod.idx,
                                                          mod.idx + len(name))]
        elif word in LEADING and mod.i >= 2 and doc[mod.i - 1].text == "-":  # "Hamas - led"
            out += resolve(doc[mod.i - 2], index, lex)
    return out


def relative_antecedent(verb: Token, lex: Lexicon) -> Token | None:
    """The event noun a clause opened by "in which" / "during which" hangs on, even when the parser
    attached the clause to the main verb ("the attack on Israel on October 7, in which ..."), or the
    one whose date a "when" clause hangs on ("the attack on October 7, when militants killed ...")."""
    opener = next((p for p in verb.children if p.dep_ == "prep" and p.lower_ in _RELATIVE_PREPS
                   and p.i < verb.i and any(w.tag_ == "WDT" for w in p.children)), None)
    if opener is None:
        return _dated_noun(verb, lex) if verb.dep_ == "relcl" else None
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in lex.nouns:
        return verb.head
    for t in reversed(verb.doc[verb.sent.start: opener.i]):  # the nearest event noun before, in its phrase
        if t.pos_ in ("VERB", "AUX"):
            return None
        if t.pos_ == "NOUN" and not t.ent_type_ and t.lemma_.lower() in lex.nouns:
            return t
    return None


def _dated_noun(verb: Token, lex: Lexicon) -> Token | None:
    """The event noun of "<noun> on <date>, when ...": the clause hangs on the date."""
    if not any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children):
        return None
    date, prep = verb.head, verb.head.head
    noun = prep.head
    if date.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in ("on", "in") and noun.pos_ == "NOUN" and (
            noun.lemma_.lower() in lex.nouns):
        return noun
    return None


def drawn(verb: Token, type_: str) -> bool:
    """Is an event noun a reaction its verb's subject draws ("the raid drew condemnation")?"""
    return verb.lemma_.lower() in REACTION_VERBS and type_ in _REACTIONS


def generic_agent(subj: Token, found: list[Arg]) -> bool:
    """Is a subject a bare agent noun that names no side ("militants", "armed men")?"""
    return subj.lemma_.lower() in GENERIC_AGENTS and not any(a.actor for a in found)


def controller(verb: Token, index: ActorIndex, lex: Lexicon) -> Token | None:
    """The object of an object-control verb that does what ``verb``, its infinitive, says:
    "helped Ukraine to strike" -> Ukraine; "giving Israel cover to press on" -> Israel."""
    if verb.dep_ not in ("xcomp", "advcl", "ccomp") or not any(c.dep_ == "aux" and c.lower_ == "to"
                                                               for c in verb.children):
        return None
    above = verb.head
    if above.lemma_.lower() not in OBJECT_CONTROL or above.i > verb.i:
        return None
    objs = [c for c in above.children if c.dep_ in ("dobj", "dative", "iobj") and actor_like(c, index, lex)]
    if objs:
        return objs[0]
    for t in above.doc[above.i + 1: verb.i]:  # "giving Israel cover": the object the parser misread
        if t.pos_ in ("PROPN", "NOUN") and (index.covering(t) or entity_of(t) is not None):
            return t
    return None


__all__ = ["GENERIC_AGENTS", "OBJECT_CONTROL", "REACTION_VERBS", "controller", "drawn",
           "generic_agent", "led_by", "relative_antecedent"]
