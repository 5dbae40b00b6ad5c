"""An attack told again: "Israeli jets struck a school on Saturday. Hamas condemned the attack." The definite
"the attack" names the strike already reported, not a second one on the publication day; what "the attack" did
("The attack killed 20 people") was done on that strike's day.

An attack noun with "the" (or "this", "that") restates the nearest attack done in an earlier sentence when it says
nothing of its own: no date, no place other than that attack's, no side that attack lacks, no clause describing it
("the attack that killed 12 children").
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.attributes import lemma as _lemma
from dateline.model import Event

#: nouns that name an attack told before
_ATTACKS = frozenset({"attack", "strike", "airstrike", "raid", "assault", "bombing", "shelling", "bombardment",
                      "ambush"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
#: what describes an attack anew: a clause of its own, or words naming it ("the attack in Jenin")
_OWN = frozenset({"relcl", "acl", "prep", "appos", "nummod"})
_DONE = frozenset({"happened", "ongoing"})


def restated(token: Token, event: Event, named: bool, earlier: list[tuple[int, Event]]) -> Event | None:
    """The attack of an earlier sentence the attack noun ``token`` names again, if it does; ``event`` is what
    the noun (or the act it is the subject of: "the attack killed 12") reads as, ``named`` whether that names
    sides. ``earlier`` holds the sentence starts and events of the attacks and protests done so far."""
    if _lemma(token) not in _ATTACKS or token.pos_ != "NOUN" or event.status not in _DONE:
        return None
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.children):
        return None  # "a second attack", "attacks on shipping"
    if event.date_anchor == "text" or any(c.dep_ in _OWN for c in token.children):
        return None  # "the attack on Friday", "the attack that killed 12", "the strike in Jenin"
    if event.type != "ASSAULT" and (event.type, event.mode) != ("PROTEST", "strike"):
        return None  # "the attack on his policy" (ACCUSE)
    before = [(sent, e) for sent, e in earlier if sent < token.sent.start
              and (e.type == "ASSAULT" or event.type == "PROTEST")]
    first = max(before, key=lambda pair: pair[0])[1] if before else None
    if first is None or first.type != "ASSAULT" or event.place is not None and event.place != first.place:
        return None  # "Workers went on strike on Monday. The strike ...": the walkout's
    sides = set(first.sources) | set(first.targets)
    if not first.sources:  # "A bomber killed 12 people. Al-Shabaab claimed the bombing.": who did it, told later
        sides |= set(event.sources)
    same = not named or bool(event.sources or event.targets) and set(event.sources) | set(event.targets) <= sides
    return first if same else None


def restating_subject(verb: Token) -> Token | None:
    """The attack noun an act is told of ("The attack killed 12 people", "the strike targeted a command centre"):
    the act is part of that attack, and takes its date and place when the noun names an earlier one. A verb joined
    to another shares its subject ("The shelling killed three and wounded ten")."""
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and _lemma(c) in _ATTACKS), None)


__all__ = ["restated", "restating_subject"]
