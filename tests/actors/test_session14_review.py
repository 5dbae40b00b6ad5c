"""Session 14 review of the actor rules, on sentences of our own: the near misses of a name the
model called a body that is a person by its lone surname."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.actors.test_conflict_news import run


def _by_text(nlp: Language, text: str) -> dict[str, str]:
    _, mentions = run(nlp, text)
    return {m.text: m.actor for m in mentions}


@pytest.mark.parametrize("text", [
    # the lone "Jones" is the surname of the person named in full, not the index's
    "Dow Jones fell 300 points. Federal Reserve governor Tom Jones said rates would stay. Jones said inflation eased.",
    "Dow Jones fell 300 points. Tom Jones, a Fed governor, spoke on Monday. Mr. Jones said inflation was easing.",
])
def test_another_persons_surname_makes_no_body_a_person(nlp: Language, text: str) -> None:
    found = _by_text(nlp, text)
    assert found["Dow Jones"] == "org:dow-jones"
    assert "per:dow-jones" not in found.values()
