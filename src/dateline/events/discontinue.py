"""What a catch-all discontinue row ("cancel / scrap / halt / stop / suspend / freeze" anything: SANCTION
discontinue) needs.

CAMEO 16 (reduce relations) is a side cutting off something it does with another side: a visit, talks, aid,
a deal, exercises, exports. "Washington cancelled the summit", "The EU halted aid to Niger", "Seoul halted the
broadcasts", "Flights to Georgia were halted by Russia" are; "They cancelled the concert", "The airline scrapped
the old fleet", "Stocks halted their advance" are not. The GSR train split codes its cancel / halt / suspend
sentences so ("cancelled a planned visit to Haiti", "halted economic aid to Serbia", "suspended aid deliveries").
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.actors.trades import TRADE_NOUNS
from dateline.events.lexicon import Lexicon
from dateline.model import Actor

#: verbs whose "*" row is read only for an act between sides
GUARDED = frozenset({"cancel", "scrap", "halt", "stop", "suspend", "freeze"})
#: acts between sides the lexicon does not read as events of their own ("halted arms exports", "scrapped the deal")
_BETWEEN = frozenset({"deal", "agreement", "accord", "treaty", "pact", "programme", "program", "delivery",
                      "export", "import", "trade", "tie", "relation", "contact", "shipment", "sale", "supply",
                      "exchange", "partnership", "mission", "negotiation", "dialogue", "dialog"})
#: actor kinds that act for a side (the actors component's types and sectors)
_SIDES = frozenset({"country", "igo", "government", "military", "rebel", "police", "party"})
#: bodies of a state, sides by their word when the text names no country for them ("the junta", "the ministry")
_STATE = frozenset({"government", "junta", "regime", "ministry", "administration", "cabinet", "army", "military",
                    "authority"})
#: the heads of a side, a side when a side's name qualifies them ("the Hamas leadership", "Russian generals")
_LEADS = frozenset({"leadership", "leader", "command", "commander", "general", "chief", "official", "ministry",
                    "minister"})
#: a side's own progress, no act with another: readings decide when it is an attack ("its advance in the rankings")
_PROGRESS = frozenset({"advance", "push", "thrust"})


def between_sides(verb: Token, obj: Token, lex: Lexicon) -> bool:
    """Is what ``verb`` discontinues an act between sides: an event noun or a relation by its word ("the
    summit", "aid", "the deal"), or what a side does ("Seoul halted the broadcasts", "Flights to Georgia were
    halted by Russia"), its own progress aside?"""
    word = obj.lemma_.lower()
    if word in lex.nouns or word in lex.standalone_nouns or word in _BETWEEN:
        return True
    doer = _doer(verb)
    return doer is not None and side(doer) and word not in _PROGRESS


def _doer(verb: Token) -> Token | None:
    """Who does the verb: its active subject, or a passive's agent ("were halted by Russia")."""
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def side(token: Token) -> bool:
    """Does a word name a side: a country or people, a body of a state, an actor of a country, a government,
    an armed or an international body, or the heads of a side named by it ("the Hamas leadership")?"""
    if token.lower_ in _CARRIERS:
        return False  # "Russian Railways", "Turkish Airlines": a firm, which the model may tag as a country
    if token.ent_type_ in ("GPE", "NORP"):
        # "Party City, the retailer," / "the retailer Party City": a firm the model tags as a place
        return not any(c.dep_ in ("appos", "compound") and c.lower_ in TRADE_NOUNS for c in token.children)
    if token.lemma_.lower() in _STATE:
        return True
    if token.lemma_.lower() in _LEADS and any(c.dep_ in ("amod", "compound", "poss") and c.pos_ != "PRON" and side(c)
                                              for c in token.children):
        return True
    return any(a.type in _SIDES or a.sector in _SIDES for a in actors_of(token))


#: the head words of carriers named by their country ("Russian Railways", "British Airways")
_CARRIERS = frozenset({"railway", "railways", "railroad", "railroads", "airline", "airlines", "airways"})


#: what a side commits to another, whose withdrawal (SANCTION withdraw) needs a side that made it
COMMITMENTS = frozenset({"support", "backing"})
#: political bodies that commit support without being a state's ("the opposition withdrew its support")
_POLITY = frozenset({"opposition", "party", "parliament", "congress", "senate", "lawmaker", "senator", "coalition"})


#: political bodies by their word, besides ``_POLITY``: a labour body or a bloc ("the unions", "the opposition bloc")
_BODIES = _POLITY | frozenset({"union", "bloc"})


def political(token: Token) -> bool:
    """Is a word a political side that is no state's, by its word or the word naming it ("the ruling party", "the
    unions", "the opposition bloc", "the coalition partners"), or a party by the actors component? A party named by
    nothing is a party to a deal ("both parties"), a credit union a bank, a wedding party a gathering, and a firm's
    name no body ("Union Pacific")."""
    if _gathering(token):
        return False
    if any(a.type == "party" or a.sector == "party" for a in actors_of(token)):
        return True
    if token.lemma_.lower() == "party" and token.pos_ != "PROPN" and not any(
            c.dep_ in ("compound", "amod") for c in token.children):
        return False  # "both parties withdrew the merger proposal": unnamed, the parties to a deal
    if token.lemma_.lower() in _BODIES:
        return True
    return token.pos_ != "PROPN" and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in _BODIES for c in token.children)


def _gathering(token: Token) -> bool:
    """Is a body word a bank, a band of people or a club's by the word naming it ("the credit union", "the wedding
    party", "a search party", "the fans' / supporters' / students' union")?"""
    return any(c.dep_ == "compound" and c.lemma_.lower() in _LENDERS | _GROUPS or c.dep_ in ("poss", "compound") and (
        c.lemma_.lower() in _MEMBERS) for c in token.children)


_LENDERS = frozenset({"credit", "savings"})
#: members whose union is a club's or a campus's, no political body
_MEMBERS = frozenset({"fan", "supporter", "student"})
#: a party that is a gathering or a band of people, no political party
_GROUPS = frozenset({"wedding", "birthday", "dinner", "search", "rescue", "hunting", "boarding", "landing", "raiding",
                     "garden", "tea", "launch", "house"})


def committed(verb: Token) -> bool:
    """Is the doer of a withdrawn commitment a side, a named actor or a political body ("Germany", "Putin", "the
    opposition"), not "the fans" of "withdrew their support for the coach" nor "the search party"?"""
    doer = _doer(verb)
    return doer is not None and (side(doer) or doer.lemma_.lower() in _POLITY and not _gathering(doer) or bool(
        actors_of(doer)))


def actors_of(token: Token) -> list[Actor]:
    """The actors the actors component finds in a word's mentions ("Gazprom", "Moscow")."""
    doc, start, end = token.doc, token.idx, token.idx + len(token.text)
    ids = {m.actor for m in doc._.mentions or () if m.start < end and start < m.end}
    return [a for a in doc._.actors or () if a.id in ids] if ids else []


__all__ = ["COMMITMENTS", "GUARDED", "actors_of", "between_sides", "committed", "political", "side"]
