"""Review of the session 17 actors rules, on sentences of our own: the near misses each rule
must leave alone."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.actors.test_conflict_news import by_text


@pytest.mark.parametrize("text, company, owner", [
    ("Elon Musk complained on Monday. Wells Fargo closed his account, he said.", "Wells Fargo", "Elon Musk"),
    ("John Smith left the bank in May. Goldman Sachs hired his son as an analyst.", "Goldman Sachs",
     "John Smith"),
])
def test_a_his_with_a_person_before_it_is_that_persons_not_the_companys(nlp: Language, text: str,
                                                                       company: str, owner: str) -> None:
    found = by_text(nlp, text)
    assert found[company].startswith("org:")
    assert found["his"] == found[owner]

