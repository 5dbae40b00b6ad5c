"""What a catch-all discontinue row ("cancel / scrap / halt" anything: SANCTION discontinue) needs.

CAMEO 16 (reduce relations) is a side cutting off something it does with another side: a visit, talks, aid,
a deal, exercises, exports. "Washington cancelled the summit", "The EU halted aid to Niger", "Russia halted
flights to Georgia" are; "They cancelled the concert", "The airline scrapped the old fleet", "Stocks halted
their advance" are not. The GSR train split codes its cancel / halt / suspend sentences so ("cancelled a
planned visit to Haiti", "halted economic aid to Serbia", "suspended aid deliveries in Baghdad").
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.lexicon import Lexicon

#: verbs whose "*" row is read only for an act between sides
GUARDED = frozenset({"cancel", "scrap", "halt"})
#: acts between sides the lexicon does not read as events of their own ("halted arms exports", "scrapped the deal")
_BETWEEN = frozenset({"deal", "agreement", "accord", "treaty", "pact", "programme", "program", "delivery",
                      "export", "import", "trade", "tie", "relation", "contact", "shipment", "sale", "supply",
                      "exchange", "partnership", "mission", "negotiation", "dialogue", "dialog"})
#: actor kinds that act for a side (the actors component's types and sectors)
_SIDES = frozenset({"country", "igo", "government", "military", "rebel", "police", "party"})
#: prepositions that aim an act at other sides ("aid to Niger", "trade with Iran", "flights between the two states")
_TOWARD = ("to", "with", "from", "for", "into", "among", "between")


def between_sides(verb: Token, obj: Token, lex: Lexicon) -> bool:
    """Is what ``verb`` discontinues an act between sides: an event noun or a relation by its word ("the
    summit", "aid", "the deal"), or anything a side aims at another ("Russia halted flights to Georgia")?"""
    word = obj.lemma_.lower()
    if word in lex.nouns or word in lex.standalone_nouns or word in _BETWEEN:
        return True
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    aimed = [p for t in (obj, verb) for c in t.children if c.dep_ == "prep" and c.lower_ in _TOWARD
             for p in c.children if p.dep_ == "pobj"]
    return subj is not None and _side(subj) and any(_side(p) for p in aimed)


def _side(token: Token) -> bool:
    """Does a word name a side: a country or people, or an actor of a country, a government, an armed or an
    international body?"""
    if token.ent_type_ in ("GPE", "NORP"):
        return True
    doc, start, end = token.doc, token.idx, token.idx + len(token.text)
    ids = {m.actor for m in doc._.mentions or () if m.start < end and start < m.end}
    return any(a.id in ids and (a.type in _SIDES or a.sector in _SIDES) for a in doc._.actors or ())


__all__ = ["GUARDED", "between_sides"]
