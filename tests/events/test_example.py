"""The gold example's ``events``: types, actors, dates and status through the whole pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.model import ArticleRecord, Event


@pytest.fixture(scope="module")
def record(pipeline, example_text: str) -> ArticleRecord:  # type: ignore[no-untyped-def]
    from dateline.reader import read_text

    return pipeline.process(read_text(example_text, origin="gulf-news-2024-08-18.txt"))


def _id(record: ArticleRecord, name: str) -> str:
    for actor in record.actors:
        if actor.name == name:
            return actor.id
    pytest.fail(f"actor {name!r} not resolved (actors: {[a.name for a in record.actors]})")


def _gold(example_gold: dict[str, Any], type_: str, evidence_word: str) -> dict[str, Any]:
    for ev in example_gold["events"]:
        if ev["type"] == type_ and evidence_word in ev["evidence"]:
            return ev
    raise AssertionError(f"no gold {type_} event with {evidence_word!r}")


def _find(record: ArticleRecord, type_: str, source: str | None, target: str | None,
          mode: str | None = None) -> Event:
    for ev in record.events:
        if ev.type == type_ and (source is None or source in ev.sources) and (
                target is None or target in ev.targets) and (mode is None or ev.mode == mode):
            return ev
    pytest.fail(f"no {type_} {source}->{target}; events: {[(e.type, e.sources, e.targets) for e in record.events]}")


def test_blinken_visit_happened(record, example_gold) -> None:  # type: ignore[no-untyped-def]
    gold = _gold(example_gold, "CONSULT", "arrived")
    ev = _find(record, "CONSULT", _id(record, gold["source"]), _id(record, gold["target"]), mode=gold["mode"])
    assert (ev.date, ev.status, ev.place) == (gold["date"], "happened", gold["place"])


def test_meeting_planned(record, example_gold) -> None:  # type: ignore[no-untyped-def]
    gold = _gold(example_gold, "CONSULT", "set to meet")
    ev = _find(record, "CONSULT", _id(record, gold["source"]), None, mode=gold["mode"])
    assert (ev.date, ev.status) == (gold["date"], "planned")


@pytest.mark.parametrize("type_", ["ACCUSE", "REQUEST"])
def test_netanyahu_accusation_and_call(record, example_gold, type_: str) -> None:  # type: ignore[no-untyped-def]
    gold = _gold(example_gold, type_, "Netanyahu accused" if type_ == "ACCUSE" else "called for")
    ev = _find(record, type_, _id(record, gold["source"]), _id(record, gold["target"]))
    assert (ev.date, ev.date_anchor, ev.status) == (gold["date"], "text", "happened")


def test_haniyeh_killing_dated_july(record, example_gold) -> None:  # type: ignore[no-untyped-def]
    gold = _gold(example_gold, "ASSAULT", "Haniyeh")
    ev = _find(record, "ASSAULT", None, _id(record, gold["target"]))
    assert (ev.mode, ev.date) == ("kill", gold["date"])


def test_urged_pressure_is_a_request(record, example_gold) -> None:  # type: ignore[no-untyped-def]
    gold = _gold(example_gold, "REQUEST", "urged")
    ev = _find(record, "REQUEST", None, _id(record, gold["target"]))
    assert {_id(record, name) for name in gold["source"]} <= set(ev.sources)


def test_talks_have_their_place(record) -> None:  # type: ignore[no-untyped-def]
    places = {(e.place, e.status) for e in record.events if e.type == "CONSULT" and e.mode == "talks"}
    assert ("Doha", "happened") in places and ("Cairo", "planned") in places


def test_every_event_says_its_date_anchor(record) -> None:  # type: ignore[no-untyped-def]
    for ev in record.events:
        assert ev.date is not None and ev.date_anchor in ("text", "publication")


def test_doha_talks_held_by_the_mediators(record, example_gold) -> None:  # type: ignore[no-untyped-def]
    gold = _gold(example_gold, "CONSULT", "Doha")
    ev = next((e for e in record.events if e.type == "CONSULT" and e.place == gold["place"] and e.sources), None)
    assert ev is not None, [(e.type, e.place, e.sources) for e in record.events]
    assert {_id(record, name) for name in gold["source"]} <= set(ev.sources)


def test_rejection_aimed_at_the_optimism_of_the_us(record, example_gold) -> None:  # type: ignore[no-untyped-def]
    gold = _gold(example_gold, "REJECT", "illusion")
    _find(record, "REJECT", _id(record, gold["source"]), _id(record, gold["target"]))
