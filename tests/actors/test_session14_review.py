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


def _labels(nlp: Language, text: str) -> dict[str, str]:
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        doc = proc(doc)
        if name == "dateline_actors":
            break
    return {e.text: e.label_ for e in doc.ents}


@pytest.mark.parametrize(("text", "word"), [
    ("Uighur activists protested in Istanbul. Uyghur groups called for sanctions.", "Uyghur"),
    ("Yazidi survivors testified in The Hague on Tuesday.", "Yazidi"),
])
def test_a_peoples_word_the_model_called_a_body_is_the_peoples(nlp: Language, text: str, word: str) -> None:
    # the entity a people's adjective makes before its noun is a people's word (NORP), no body (ORG)
    assert _labels(nlp, text).get(word) == "NORP"
