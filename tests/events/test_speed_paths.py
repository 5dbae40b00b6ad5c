"""The trigger finder's fast paths: parts of speech tested as spaCy's ids pick the same tokens as
the labels did (``find_triggers``'s two passes over every token)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

from dateline.events import finding
from dateline.events.attributes import effective_head
from dateline.events.finding import find_triggers
from dateline.events.lexicon import Lexicon, load_lexicon
from dateline.events.refusals import speech_trigger
from dateline.events.triggers import Trigger, intent_trigger, noun_trigger, verb_trigger

#: our own sentences, with verbs, auxiliaries, event nouns, "talks" and "in" of every kind
TEXTS = (
    "Israeli jets struck a school in Gaza on Monday, and Hamas said it would release ten hostages.",
    "The talks in Cairo were suspended after the bombing; Egypt is hopeful that a truce can be agreed.",
    "Russia will provide aid to Syria, the minister said, while protesters marched in the capital.",
    "Troops withdrew from the town. The attack was condemned by the UN, and sanctions were imposed.",
    "Officials in Doha said truce talks would resume next week, and the envoy will visit Albania.",
)


@pytest.fixture(scope="module")
def docs(nlp: Any) -> list[Doc]:
    return list(nlp.pipe(TEXTS))


def test_ids_are_the_labels(docs: list[Doc]) -> None:
    for doc in docs:
        for tok in doc:
            assert (tok.pos in finding._VERB_POS) == (tok.pos_ in ("VERB", "AUX")), tok.text
            assert (tok.pos in finding._NOUN_POS) == (tok.pos_ in ("NOUN", "PROPN")), tok.text


def _old_find_triggers(doc: Doc, lex: Lexicon) -> list[Trigger]:
    """``find_triggers`` as it was written, with the labels' strings."""
    found: list[Trigger] = []
    carried: set[int] = set()
    for token in doc:
        if token.pos_ not in ("VERB", "AUX") and token.dep_ not in finding._INTENT_DEPS:
            continue
        trig = verb_trigger(token, lex) or intent_trigger(token, lex)
        if trig is None:
            sp = speech_trigger(token, lex)
            if sp is not None:
                trig = sp[0]
                trig.clause = sp[1]
        if trig is not None:
            commit = finding._commitment(trig, lex)
            if commit is not None:
                found.append(commit)
            found.append(trig)
            if trig.noun is not None:
                carried.add(trig.noun.i)
    stated = {t.clause.i for t in found if t.kind == "speech" and t.clause is not None and t.type in ("AGREE", "THREATEN")}
    found = [t for t in found if not (t.kind == "commit" and t.token.i in stated)]
    verbs = {t.token.i for t in found}
    for token in doc:
        if token.i in carried or token.i in verbs or token.pos_ not in ("NOUN", "PROPN") and \
                token.lower_ not in ("talks", "in"):
            continue
        trig = noun_trigger(token, lex)
        if trig is None:
            continue
        head, dep = effective_head(token)
        if dep in ("nsubj", "nsubjpass") and head.i in verbs:
            continue
        found.append(trig)
    return found


def _key(trig: Trigger) -> tuple[Any, ...]:
    return (trig.token.i, trig.type, trig.kind, [w.i for w in trig.words], trig.noun and trig.noun.i,
            trig.clause and trig.clause.i, trig.confidence)


@pytest.mark.parametrize("n", range(len(TEXTS)))
def test_triggers_as_before(docs: list[Doc], n: int) -> None:
    lex = load_lexicon()
    got = [_key(t) for t in find_triggers(docs[n], lex)]
    assert got
    assert got == [_key(t) for t in _old_find_triggers(docs[n], lex)]
