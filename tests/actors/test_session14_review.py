"""Session 14 review of the actor rules, on sentences of our own: the near misses of a name the
model called a body that is a person by its lone surname."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.actors.test_conflict_news import by_text as _by_text
from tests.actors.test_conflict_news import run


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



@pytest.mark.parametrize(("text", "name", "company"), [
    ("Tampa Electric raised its rates. In Tampa, residents complained about the bills.", "Tampa Electric",
     "org:tampa-electric"),
    ("Houston Energy drilled a new well. Flooding hit Houston on Monday.", "Houston Energy", "org:houston-energy"),
    ("Osaka Steel cut output. Officials in Osaka said the port was busy.", "Osaka Steel", "org:osaka-steel"),
])
def test_a_place_is_no_short_form_of_a_company_named_for_it(nlp: Language, text: str, name: str,
                                                              company: str) -> None:
    # a trade word makes the first word a company's short form, but not where the model reads a place
    _, mentions = run(nlp, text)
    place = name.split()[0]
    assert name in [m.text for m in mentions if m.actor == company]
    assert place not in [m.text for m in mentions if m.actor == company]
