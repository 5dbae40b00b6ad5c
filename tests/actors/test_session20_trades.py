"""Session 20 actors, on sentences of our own: an organization the dictionary does not know, named
by its trade ("the carmaker Voltaro", "Voltaro, the Swedish carmaker,"), is a business."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span

from dateline.actors.trades import trade_named
from tests.actors.test_conflict_news import run


def _sector(nlp: Language, text: str, name: str) -> str | None:
    actors, mentions = run(nlp, text)
    sector = {a.id: a.sector for a in actors}
    found = {m.text: m.actor for m in mentions}
    assert name in found, found
    return sector[found[name]]


@pytest.mark.parametrize("text", [
    "The carmaker Voltaro said it would cut 2,000 jobs.",
    "Voltaro, the Swedish carmaker, blamed weak demand in China.",
    "Voltaro, a lender, raised its rates.",
])
def test_a_trade_noun_makes_a_business(nlp: Language, text: str) -> None:
    assert _sector(nlp, text, "Voltaro") == "business"


@pytest.mark.parametrize(("text", "name"), [
    ("The central bank Zentra raised interest rates on Tuesday.", "Zentra"),
    ("Zentra, the country's central bank, raised rates.", "Zentra"),
    ("Voltaro, the carmaker's biggest rival, said nothing.", "Voltaro"),
    ("A lawyer for the airline said Voltaro had not paid.", "Voltaro"),
])
def test_no_business_without_its_own_trade_noun(nlp: Language, text: str, name: str) -> None:
    assert _sector(nlp, text, name) is None


@pytest.mark.parametrize(("text", "start", "end", "firm"), [
    ("The food bank Harvest Hope opened a second pantry.", 3, 5, False),  # a charity
    ("Harvest Hope, a food bank, opened a second pantry.", 0, 2, False),
    ("The grocer's bank Harvest Hope opened a branch.", 4, 6, True),
    ("The state-owned lender Kredo said losses had widened.", 3, 4, False),
])
def test_trade_named(nlp: Language, text: str, start: int, end: int, firm: bool) -> None:
    doc = nlp(text)
    assert trade_named(Span(doc, start, end)) is firm, [t.text for t in doc]
