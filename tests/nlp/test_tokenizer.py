"""Initials before a doubled stop keep their own stop ("U.A.E.." -> "U.A.E." and "."); every
other word splits as the model's rules say. Sentences of our own."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from dateline.nlp.tokenizer import initials_keep_their_stop


@pytest.fixture(scope="module")
def english() -> Language:
    nlp = spacy.blank("en")
    initials_keep_their_stop(nlp)
    initials_keep_their_stop(nlp)  # a second call changes nothing
    return nlp


@pytest.mark.parametrize(("text", "tokens"), [
    ("The ministers flew to the U.A.E.. Talks begin Monday.",
     ["The", "ministers", "flew", "to", "the", "U.A.E.", ".", "Talks", "begin", "Monday", "."]),
    ('"We moved to Washington, D.C..")', ['"', "We", "moved", "to", "Washington", ",", "D.C.", ".", '"', ")"]),
    ("She earned a Ph.D.. Then she left.", ["She", "earned", "a", "Ph.D.", ".", "Then", "she", "left", "."]),
])
def test_initials_keep_their_stop(english: Language, text: str, tokens: list[str]) -> None:
    assert [t.text for t in english(text)] == tokens


@pytest.mark.parametrize("text", [
    "He flew to the U.S... Then nothing happened.",  # three stops: an ellipsis
    "Wait.. what happened?",  # a word, no initials
    "She signed with A.C. Milan.",  # one stop
    "for example, e.g.. the rest",  # small letters
    "in Charleston, W.Va.. The",  # the model's rules split "W.Va." itself
])
def test_other_words_split_as_before(english: Language, text: str) -> None:
    plain = spacy.blank("en")
    assert [t.text for t in english(text)] == [t.text for t in plain(text)]


def test_the_pipeline_loads_the_rule(nlp: Language) -> None:
    assert [t.text for t in nlp.tokenizer("across the U.K.. It")] == ["across", "the", "U.K.", ".", "It"]
