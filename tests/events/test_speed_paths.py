"""The trigger finder's fast paths: the tokens its two passes read are picked from the doc's arrays
(``picked_tokens``), the same tokens and triggers as the loops over every token found."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.attrs import DEP, LOWER, POS
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


@pytest.mark.parametrize(("first", "second"), [
    ((POS, ("VERB", "AUX")), (DEP, ("acomp", "ROOT", "conj", "ccomp"))),
    ((POS, ("NOUN", "PROPN")), (LOWER, ("talks", "in"))),
    ((POS, ("NOUN",)), (DEP, ("nsubj", "nsubjpass"))),
    ((LOWER, ()), (DEP, ("nsubj",))),
])
def test_picked_tokens(docs: list[Doc], first: tuple[int, tuple[str, ...]], second: tuple[int, tuple[str, ...]]) -> None:
    names = {POS: "pos_", DEP: "dep_", LOWER: "lower_"}
    for doc in docs:
        want = [t.i for t in doc if getattr(t, names[first[0]]) in first[1] or getattr(t, names[second[0]]) in second[1]]
        assert [t.i for t in finding.picked_tokens(doc, first, second)] == want
        assert want
    assert finding.picked_tokens(docs[0][:0].as_doc(), first, second) == []


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


class _Every(frozenset[str]):
    """Every lemma reads its objects: verb_sense as it was before ``_object_readers``."""

    def __contains__(self, item: object) -> bool:
        return True


#: our own sentences with verbs whose objects, particles and light nouns decide their sense
VERB_TEXTS = (
    "The union called off the strike, and the rebels held talks with the envoys in Geneva.",
    "Washington hit Russian oligarchs with sanctions and imposed travel bans on two ministers.",
    "Crowds gathered in the square; the army took the town and kept the prisoners as hostages.",
    "The sides failed to reach agreement, went on strike and declared two diplomats persona non grata.",
    "Egypt allowed aid trucks to enter, set fire to the offices and stepped up security at the border.",
    "The hospital received 100 wounded while the ministers met and discussed the ceasefire proposal.",
)


def test_verb_sense_reads_objects_only_when_they_can_matter(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from dateline.events import triggers

    lex = load_lexicon()
    verbs = [t for doc in nlp.pipe(VERB_TEXTS) for t in doc if t.pos_ in ("VERB", "AUX", "NOUN", "ADJ")]

    def senses() -> list[tuple[str, str | None, str, list[int]] | None]:
        out = []
        for t in verbs:
            trig = triggers.verb_sense(t, lex)
            out.append(None if trig is None else (trig.type, trig.mode, trig.kind, [w.i for w in trig.words]))
        return out

    fast = senses()
    monkeypatch.setattr(triggers, "_object_readers", lambda lex: _Every())
    assert fast == senses()
    assert sum(s is not None for s in fast) >= 8  # the sentences do find their triggers
    assert "call" in triggers._READERS[id(lex)][1]  # a phrasal head ("call off") reads its objects


def test_lemma_cache_follows_mended_lemmas(nlp: Any) -> None:
    from dateline.events.attributes import lemma

    doc = nlp("Protesters HOPED the Talks would resume; the envoy is hoping for a deal.")
    assert [lemma(t) for t in doc] == [t.lemma_.lower() for t in doc]
    doc[1].lemma_ = "Hope"  # a lemma set in place reads its new entry
    assert lemma(doc[1]) == "hope" == doc[1].lemma_.lower()
    assert [lemma(t) for t in doc] == [t.lemma_.lower() for t in doc]
