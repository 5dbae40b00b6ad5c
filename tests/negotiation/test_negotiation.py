"""Proposals, stances and blame: on the gold example and on sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events import extract_events
from dateline.model import ArticleRecord
from dateline.negotiation import find_proposals, find_stances


@pytest.fixture(scope="module")
def record(pipeline, example_text: str) -> ArticleRecord:  # type: ignore[no-untyped-def]
    from dateline.reader import read_text

    return pipeline.process(read_text(example_text, origin="gulf-news-2024-08-18.txt"))


def _id(record: ArticleRecord, name: str) -> str:
    ids = [a.id for a in record.actors if a.name == name]
    assert ids, f"actor {name!r} not resolved"
    return ids[0]


def _words(text: str) -> set[str]:
    return {w.strip(".,").lower() for w in text.split()}


def test_example_proposal(record, example_gold: dict[str, Any]) -> None:  # type: ignore[no-untyped-def]
    gold = example_gold["proposal"]
    (prop,) = [p for p in record.proposals if gold["name"] in p.name]
    assert _id(record, gold["proposed_by"]) in prop.proposers
    assert {_id(record, n) for n in gold["endorsed_by"]} <= set(prop.endorsers)
    assert len(prop.terms) == len(gold["terms"]) == 3
    for ours, theirs in zip(prop.terms, gold["terms"], strict=True):
        overlap = _words(ours) & _words(theirs)
        assert len(overlap) >= 0.8 * len(_words(theirs)), (ours, theirs)


def test_example_stances(record, example_gold: dict[str, Any]) -> None:  # type: ignore[no-untyped-def]
    got = {(s.actor, s.stance) for s in record.stances if s.stance}
    for gold in example_gold["stances"]:
        if "stance" in gold:
            assert (_id(record, gold["actor"]), gold["stance"]) in got


def test_example_blames(record, example_gold: dict[str, Any]) -> None:  # type: ignore[no-untyped-def]
    got = {(s.actor, s.blames) for s in record.stances if s.blames}
    for gold in example_gold["stances"]:
        if "blames" not in gold:
            continue
        actors = gold["actor"] if isinstance(gold["actor"], list) else [gold["actor"]]
        for actor in actors:
            assert (_id(record, actor), _id(record, gold["blames"])) in got


@pytest.mark.parametrize(("text", "terms"), [
    ("The plan, proposed by Egypt, calls for a withdrawal of troops.", ["withdrawal of troops"]),
    ("The deal aims to halt fighting for a month and to release all detainees.",
     ["halt fighting for a month", "release all detainees"]),
])
def test_terms(nlp, text: str, terms: list[str]) -> None:  # type: ignore[no-untyped-def]
    (prop,) = find_proposals(nlp(text))
    assert list(prop.terms) == terms


def test_rejecters_and_endorsers(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("A truce proposal put forward by Qatar was rejected by Hamas and welcomed by Jordan.")
    (prop,) = find_proposals(doc)
    if doc._.mentions is not None:
        assert prop.proposers and prop.rejecters and prop.endorsers
    assert prop.name == "truce proposal"


def test_stance_and_blame_without_proposal(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Egypt voiced cautious optimism about the ceasefire talks. Turkey accused Israel of blocking aid.")
    stances = find_stances(doc, extract_events(doc), [])
    assert any(s.stance == "cautiously optimistic" for s in stances)
    if doc._.mentions is not None:
        assert any(s.blames for s in stances)


@pytest.mark.parametrize(("text", "names"), [
    ("Officials discussed a new US proposal on Sunday. The framework proposal, laid out by President Joe Biden "
     "in May, includes exchanging hostages for prisoners.", ["framework proposal"]),
    ("Officials discussed a new Egyptian proposal on Sunday. The framework proposal, laid out by President Joe "
     "Biden in May, includes exchanging hostages for prisoners.", ["new Egyptian proposal", "framework proposal"]),
])
def test_one_side_one_plan(nlp, text: str, names: list[str]) -> None:  # type: ignore[no-untyped-def]
    """A bare "US proposal" is the US president's framework; an Egyptian one is another plan."""
    assert [p.name for p in find_proposals(nlp(text))] == names
