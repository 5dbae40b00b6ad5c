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



def test_a_short_given_name_is_the_person_named_in_full_before(nlp: Language) -> None:
    found = by_text(nlp, "Bernie Sanders spoke to voters in Vermont on Sunday. Bernie said the race was not over.")
    assert found["Bernie"] == found["Bernie Sanders"] == "per:bernie-sanders"


@pytest.mark.parametrize("text", [
    "Bernie said the race was not over.",
    "Bernie told the crowd in Burlington that the race was not over.",
    "Bernard Sanders spoke to voters in Vermont on Sunday. Bernie said the race was not over.",
    "Bernie Sanders met Bernie Ecclestone in London on Monday. Bernie said the talks went well.",
])
def test_a_short_given_name_with_no_one_of_it_before_is_no_actor(nlp: Language, text: str) -> None:
    assert "Bernie" not in by_text(nlp, text)
