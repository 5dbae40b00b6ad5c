"""A firm called by its trade: "Volkswagen said ... The carmaker added" (``trades.TRADE_NOUNS``)."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.actors.organizations import PUBLIC_HEADS
from dateline.actors.state import ArticleState
from dateline.actors.trades import PUBLIC_NAME

#: the trade each trade noun names ("lender" is a bank's); "manufacturer" and "conglomerate" fit any firm
_NOUN_TRADES = {"bank": "bank", "lender": "bank", "carmaker": "car", "automaker": "car", "airline": "air",
                "insurer": "insurance", "brewer": "beer", "chipmaker": "chip", "drugmaker": "drug",
                "steelmaker": "steel", "shipbuilder": "ship", "retailer": "retail", "supermarket": "retail",
                "utility": "power"}
#: words of a firm's name that give its trade ("Deutsche Bank", "Emirates Airline", "General Motors")
_NAME_TRADES = {"bank": "bank", "banks": "bank", "bancorp": "bank", "banco": "bank", "banca": "bank",
                "banque": "bank", "airline": "air", "airlines": "air", "airways": "air", "motor": "car",
                "motors": "car", "automotive": "car", "insurance": "insurance", "assurance": "insurance",
                "brewery": "beer", "breweries": "beer", "brewing": "beer", "semiconductor": "chip",
                "pharma": "drug", "pharmaceutical": "drug", "pharmaceuticals": "drug", "steel": "steel",
                "shipbuilding": "ship", "energy": "power", "power": "power", "electricity": "power"}


def the_firm(state: ArticleState, head: Token) -> None:
    """'Volkswagen said ... The carmaker added': "the" and a trade noun (``trades.TRADE_NOUNS``)
    as a subject or owner is the one firm (an organization of no sector or business) named in its
    own or the two sentences before; nothing where two are ("Volkswagen and Toyota said ... The
    carmaker"), or the one is a state's body ("the Finance Ministry ... The lender") or of another
    trade by its name or the article's words ("Deutsche Bank ... The carmaker", "the airline Skyvo
    ... the bank"), nor for an object ("police raided the bank"), "the central bank", or a noun a
    clause or phrase right after it makes another's ("the bank that lends to it", "the bank in Riga")."""
    doc = state.doc
    if head.i == 0 or doc[head.i - 1].lower_ != "the" or head.tag_ != "NN" \
            or head.dep_ not in ("nsubj", "nsubjpass", "poss") or _restricted(head):
        return
    floor = head.sent.start
    for _ in range(2):
        floor = doc[floor - 1].sent.start if floor > 0 else floor
    firms = {f.actor for f in state.found if floor <= f.start and f.end <= head.i and f.kind == "name"
             and f.actor in state.actors and state.actors[f.actor].type == "organization"
             and state.actors[f.actor].sector in (None, "business")}
    if len(firms) != 1:
        return
    firm, trade = firms.pop(), _NOUN_TRADES.get(head.lower_)
    if not _public_body(state.actors[firm].name) and (trade is None or _trades(state, firm) <= {trade}):
        state.add(head.i, head.i + 1, firm, "group")


def _restricted(head: Token) -> bool:
    """'the bank that lends to it', 'the bank in Riga': a clause or phrase right after the noun,
    with no comma between, that says which one it is."""
    return any(c.dep_ in ("relcl", "acl", "prep") and c.i > head.i and not any(
        t.is_punct for t in head.doc[head.i + 1:c.left_edge.i]) for c in head.children)


def _trades(state: ArticleState, firm: str) -> set[str]:
    """The trades the dictionary ("Lufthansa": air), a firm's name ("Deutsche Bank") and the trade
    nouns right before its mentions ("the airline Skyvo") give it; empty when none do."""
    doc = state.doc
    entry = state.dictionary.entries.get(firm)
    found = {_NAME_TRADES[w] for w in state.actors[firm].name.lower().split() if w in _NAME_TRADES}
    found |= {entry.trade} if entry is not None and entry.trade else set()
    return found | {_NOUN_TRADES[doc[i].lower_] for f in state.found if f.actor == firm and f.kind != "group"
                    for i in (f.start - 1, f.start) if i >= 0 and doc[i].lower_ in _NOUN_TRADES}


def _public_body(name: str) -> bool:
    """'Finance Ministry', 'Asian Development Bank': a name of a state's or many states' body."""
    words = name.lower().split()
    return bool(words) and (words[-1] in PUBLIC_HEADS or any(w in PUBLIC_NAME for w in words))
