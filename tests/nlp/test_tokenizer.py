"""Initials before a doubled stop keep their own stop ("U.A.E.." -> "U.A.E." and "."); every
other word splits as the model's rules say. Sentences of our own."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from dateline.nlp.tokenizer import InitialsTokenizer, initials_keep_their_stop


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


def test_the_tokenizer_round_trips_through_bytes_and_disk(english: Language, tmp_path: Path) -> None:
    text = "Envoys met in the U.A.E.. Then in Charleston, W.Va.. And the U.S... Later, D.C.."
    tokens = [t.text for t in english(text)]
    assert tokens[4:6] == ["U.A.E.", "."]
    tokenizer = english.tokenizer
    assert isinstance(tokenizer, InitialsTokenizer)
    loaded = InitialsTokenizer(english.vocab).from_bytes(tokenizer.to_bytes())
    assert [t.text for t in loaded(text)] == tokens
    tokenizer.to_disk(tmp_path / "tokenizer")
    from_disk = spacy.blank("en")
    initials_keep_their_stop(from_disk)
    assert isinstance(from_disk.tokenizer, InitialsTokenizer)
    from_disk.tokenizer.from_disk(tmp_path / "tokenizer")
    assert [t.text for t in from_disk(text)] == tokens


def test_the_tokenizer_pickles(english: Language) -> None:
    text = "Talks moved to Washington, D.C.. Envoys left."
    copy = pickle.loads(pickle.dumps(english.tokenizer))
    assert isinstance(copy, InitialsTokenizer)
    assert [t.text for t in copy(text)] == [t.text for t in english(text)]
