"""Review of session 20's trades, on sentences of our own: a name that says it is a state's or many
states' bank is no firm, whatever trade noun the text gives it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.actors.test_conflict_news import run


def _sectors(nlp: Language, text: str) -> dict[str, str | None]:
    actors, mentions = run(nlp, text)
    sector = {a.id: a.sector for a in actors}
    return {m.text: sector.get(m.actor) for m in mentions}


@pytest.mark.parametrize(("text", "name"), [
    ("The Asian Infrastructure Investment Bank, the lender, approved the loan.", "Asian Infrastructure Investment Bank"),
    ("The Caribbean Development Bank, the lender, approved the loan.", "Caribbean Development Bank"),
])
def test_a_public_bank_named_a_lender_is_no_business(nlp: Language, text: str, name: str) -> None:
    found = _sectors(nlp, text)
    assert name in found and found[name] != "business", found


def test_a_firm_named_a_lender_is_a_business(nlp: Language) -> None:
    found = _sectors(nlp, "Voltaro, a lender, said it had cut rates.")
    assert found.get("Voltaro") == "business", found
