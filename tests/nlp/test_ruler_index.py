"""The attribute ruler's indexed matcher finds exactly what spaCy's Matcher finds
(``dateline.nlp.ruler_index``), so the tokens every component reads are unchanged."""

from __future__ import annotations

import pickle
from typing import Any

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

from dateline.nlp import MODEL, lemmas
from dateline.nlp.ruler_index import IndexedMatcher, index_attribute_ruler

# Our own sentences, written to reach each kind of pattern of the model's ruler: contractions
# ("ain't", "y'all", "nothin'"), "there is", object pronouns, do/have as main verbs, auxiliaries,
# determiners standing alone, negation, subordinators, runs of white space.
SENTENCES = [
    "Y'all ain't seen nothin' yet, the mayor told the crowd in Tulsa.",
    "There are two ways out, and there's no time to waste.",
    "Hamas gave it to you and me; I said you would get it.",
    "Did the envoys have talks? They did, and they have done so before.",
    "That is what he said, although those who were there doubt it.",
    "She isn't sure whether the ministers aren't coming, because I'm not told.",
    "The convoy   left at dawn.\n\nIt had been waiting since Monday.",
    "Russia hoped the retweeted offer would be accepted; Kyiv hoped otherwise.",
]


@pytest.fixture(scope="module")
def model() -> Language:
    nlp = spacy.load(MODEL)
    lemmas.mend_lemmatizer(nlp)
    return nlp


def _parsed(nlp: Language, texts: list[str]) -> list[Doc]:
    """Docs annotated up to the ruler (the Matcher reads tags and dependencies)."""
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        return list(nlp.pipe(texts))


def _pipe(nlp: Language, name: str = "attribute_ruler") -> Any:
    return nlp.get_pipe(name)


def _spacy_matcher(nlp: Language) -> Matcher:
    return _with_ruler_patterns(nlp, Matcher(nlp.vocab))


def _indexed(nlp: Language) -> IndexedMatcher:
    return _with_ruler_patterns(nlp, IndexedMatcher(nlp.vocab))


def _with_ruler_patterns(nlp: Language, matcher: Any) -> Any:
    """``matcher`` given the patterns of the model's attribute ruler, under the ruler's keys."""
    ruler = _pipe(nlp)
    for i in range(len(ruler.attrs)):
        matcher.add(str(i), ruler.matcher.get(str(i))[1])
    return matcher


def _matches(matcher: Any, doc: Doc) -> set[tuple[int, int, int]]:
    return set(matcher(doc, allow_missing=True, as_spans=False))


def test_same_matches_as_spacy_on_every_kind_of_pattern(model: Language) -> None:
    spacy_matcher, indexed = _spacy_matcher(model), _indexed(model)
    docs = _parsed(model, SENTENCES)
    found = [_matches(indexed, d) for d in docs]
    assert found == [_matches(spacy_matcher, d) for d in docs]
    keys = {model.vocab.strings[m] for doc_found in found for m, s, e in doc_found if e - s > 1}
    assert keys, "no two-token pattern was reached: the sentences no longer test them"


def test_same_tokens_after_the_ruler_and_lemmatizer(model: Language) -> None:
    faster = spacy.load(MODEL)
    lemmas.mend_lemmatizer(faster)
    assert index_attribute_ruler(faster)
    assert isinstance(_pipe(faster).matcher, IndexedMatcher)

    def tokens(nlp: Language) -> list[tuple[str, ...]]:
        return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_)
                for doc in nlp.pipe(SENTENCES) for t in doc]

    assert tokens(faster) == tokens(model)
    assert ("hoped", "VBD", "VERB", "Tense=Past|VerbForm=Fin", "hope", "ROOT") in tokens(faster)


# Random tokens from the words and tags the patterns test, with random dependencies: any
# combination the index could file wrongly.
WORDS = ["ai", "n't", "y'", "all", "nothin'", "it", "you", "i", "is", "'s", "are", "'re", "am",
         "have", "'ve", "do", "did", "had", "that", "which", "not", "the", "will", "there", " ",
         "\n", "Iran", "said"]


@settings(max_examples=150)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.integers(0, 10_000), st.integers(0, 10_000)),
                min_size=1, max_size=12))
def test_same_matches_on_random_tokens(model: Language, tokens: list[tuple[str, int, int]]) -> None:
    tags = _pipe(model, "tagger").labels
    deps = [*_pipe(model, "parser").labels, ""]
    words = [w for w, _, _ in tokens]
    doc = Doc(model.vocab, words=words, tags=[tags[t % len(tags)] for _, t, _ in tokens])
    for token, (_, _, d) in zip(doc, tokens, strict=True):
        token.dep_ = deps[d % len(deps)]
    assert _matches(_indexed(model), doc) == _matches(_spacy_matcher(model), doc)


def test_a_pattern_added_later_is_found_and_pickling_keeps_the_patterns(model: Language) -> None:
    indexed = _indexed(model)
    indexed.add("extra", [[{"LOWER": "ceasefire"}, {"LOWER": "talks"}]])
    doc = _parsed(model, ["The ceasefire talks resumed."])[0]
    extra = model.vocab.strings["extra"]
    assert (extra, 1, 3) in _matches(indexed, doc)
    copy = pickle.loads(pickle.dumps(indexed))
    assert _matches(copy, doc) == _matches(indexed, doc)
    assert copy.get("extra") == (None, [[{"LOWER": "ceasefire"}, {"LOWER": "talks"}]])


def test_a_ruler_with_a_pattern_it_cannot_reproduce_keeps_spacys_matcher() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler")
    ruler = _pipe(nlp)
    ruler.add([[{"LOWER": "very", "OP": "+"}, {"LOWER": "good"}]], {"LEMMA": "good"})
    before = ruler.matcher
    assert not index_attribute_ruler(nlp)
    assert ruler.matcher is before
