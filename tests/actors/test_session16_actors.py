"""Session 16 actor follow-ups, on sentences of our own: a company's trade word (one list with the
places' team rule) leaves its short form."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.actors.test_conflict_news import by_text


@pytest.mark.parametrize("text, short, company", [
    ("Danforth Properties sold the tower for $300 million. Danforth said it would buy more offices.",
     "Danforth", "org:danforth-properties"),
    ("Whitlock Securities was fined by regulators on Tuesday. Whitlock said it would pay the fine.",
     "Whitlock", "org:whitlock-securities"),
])
def test_a_trade_word_leaves_the_companys_short_form(nlp: Language, text: str, short: str, company: str) -> None:
    assert by_text(nlp, text)[short] == company

