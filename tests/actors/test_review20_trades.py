"""Review of session 20's trades, on sentences of our own: a name that says it is a state's or many
states' bank is no firm, whatever trade noun the text gives it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.actors.test_conflict_news import field_by_text


@pytest.mark.parametrize(("text", "name"), [
    ("The Asian Infrastructure Investment Bank, the lender, approved the loan.", "Asian Infrastructure Investment Bank"),
    ("The Caribbean Development Bank, the lender, approved the loan.", "Caribbean Development Bank"),
])
def test_a_public_bank_named_a_lender_is_no_business(nlp: Language, text: str, name: str) -> None:
    found = field_by_text(nlp, text, "sector")
    assert name in found and found[name] != "business", found


def test_a_firm_named_a_lender_is_a_business(nlp: Language) -> None:
    found = field_by_text(nlp, "Voltaro, a lender, said it had cut rates.", "sector")
    assert found.get("Voltaro") == "business", found
