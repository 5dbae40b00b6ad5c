"""A firm called by its trade: "Volkswagen said ... The carmaker added" (``trades.TRADE_NOUNS``)."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.actors.organizations import PUBLIC_HEADS
from dateline.actors.state import ArticleState
from dateline.actors.trades import PUBLIC_NAME


def the_firm(state: ArticleState, head: Token) -> None:
    """'Volkswagen said ... The carmaker added': "the" and a trade noun (``trades.TRADE_NOUNS``)
    as a subject or owner is the one firm (an organization of no sector or business) named in its
    own or the two sentences before; nothing where two are ("Volkswagen and Toyota said ... The
    carmaker"), or the one is a state's body ("the Finance Ministry ... The lender"), nor for an
    object ("police raided the bank") or "the central bank"."""
    doc = state.doc
    if head.i == 0 or doc[head.i - 1].lower_ != "the" or head.tag_ != "NN" \
            or head.dep_ not in ("nsubj", "nsubjpass", "poss"):
        return
    floor = head.sent.start
    for _ in range(2):
        floor = doc[floor - 1].sent.start if floor > 0 else floor
    firms = {f.actor for f in state.found if floor <= f.start and f.end <= head.i and f.kind == "name"
             and f.actor in state.actors and state.actors[f.actor].type == "organization"
             and state.actors[f.actor].sector in (None, "business")}
    if len(firms) == 1 and not _public_body(state.actors[next(iter(firms))].name):
        state.add(head.i, head.i + 1, firms.pop(), "group")


def _public_body(name: str) -> bool:
    """'Finance Ministry', 'Asian Development Bank': a name of a state's or many states' body."""
    words = name.lower().split()
    return bool(words) and (words[-1] in PUBLIC_HEADS or any(w in PUBLIC_NAME for w in words))
