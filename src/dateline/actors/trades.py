"""A firm named by its trade: "the carmaker Voltaro", "German airline Skyvo", "Voltaro, the
Swedish carmaker,": a trade noun right before an organization's name, or closing a phrase in
apposition right after it, says the organization is a business. Not a state's bank ("the central
bank Zentra", "the state-owned lender Kredo", "the Asian Development Bank, the lender,"), nor a
charity ("the food bank Harvest Hope"), nor a noun that goes on ("Voltaro, the carmaker's rival,"),
nor the trade noun of another phrase ("a lawyer for the airline said Voltaro")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.actors.appositions import appositive

#: nouns of a company's trade, our own list (not "carrier", also a warship; not "group", "firm"
#: of a law or lobbying practice, nor "company", also a military unit's)
TRADE_NOUNS = frozenset({
    "airline", "automaker", "bank", "brewer", "carmaker", "chipmaker", "conglomerate", "drugmaker",
    "insurer", "lender", "manufacturer", "retailer", "shipbuilder", "steelmaker", "supermarket",
    "utility"})
#: words before the trade noun that make it a state's body or a charity ("the central bank", "a
#: food bank")
_PUBLIC = frozenset({"central", "state", "state-owned", "state-run", "national", "development",
                     "reserve", "public", "government", "government-owned", "food", "blood", "seed"})
#: words of a name that make it a state's or many states' bank, whatever the text calls it ("the
#: Asian Development Bank, the lender,", "the Asian Infrastructure Investment Bank"; not
#: "National", which commercial banks bear too)
PUBLIC_NAME = frozenset({"central", "development", "government", "infrastructure", "reconstruction",
                         "reserve", "state"})


def trade_named(ent: Span) -> bool:
    """A trade noun right before ``ent`` or closing its apposition (see the module docstring)."""
    doc = ent.doc
    if any(w.lower_ in PUBLIC_NAME for w in ent):
        return False
    i = ent.start - 1
    if i >= 0 and doc[i].is_lower and doc[i].lower_ in TRADE_NOUNS:
        return i == 0 or doc[i - 1].lower_ not in _PUBLIC
    words = appositive(doc, ent.end, 6)
    return words is not None and words[-1].lower_ in TRADE_NOUNS and words[-1].is_lower \
        and not any(w.lower_ in _PUBLIC for w in words) and all(w.pos_ in ("ADJ", "NOUN", "PROPN") for w in words)


def relative_subject(ent: Span, noun: Token) -> bool:
    """Is ``ent`` the subject of a clause that modifies the noun before it ("the utility Johnson had
    founded", "the supermarket Kober owned"): a person's name, not the firm's?"""
    root = ent.root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ in ("relcl", "acl") and root.head.head.i == noun.i
