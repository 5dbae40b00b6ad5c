"""Short conflict and diplomacy articles of our own writing (``qa_articles.jsonl``; a01-a12: facts
from public reporting, sentences ours; a13: invented, probing unconfirmed, failed, planned and
stopped acts; b01-b08, marked ``"origin": "own"``: 250-450-word wire stories on 2023-2025 events
(Lebanon truce, Red Sea strikes, grain deal, El Fasher, Karabakh, Iran-Israel, Niger, Gaza plan));
c01-c06, also ``"origin": "own"``: invented wire stories on a Security Council vote, a halted advance,
shot-down drones, Sudan talks, Gaza truce talks and strikes on Iran, probing reported dates, motions, stops and refusals),
run end to end: each listed event must be found with the
stated type, actors, normalized date, place and status; listed readings must be absent."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dateline.model import ArticleRecord

_CASES = [json.loads(line) for line in (Path(__file__).parent / "qa_articles.jsonl").read_text().splitlines()]


@pytest.fixture(scope="module")
def records(pipeline) -> dict[str, ArticleRecord]:  # type: ignore[no-untyped-def]
    from dateline.reader import read_text

    return {c["id"]: pipeline.process(read_text(c["text"], origin=f"{c['id']}.txt", published=c["published"]))
            for c in _CASES}


def _matches(record: ArticleRecord, want: dict[str, Any]) -> list[str]:
    """Why each event of the wanted type and trigger falls short (empty when one matches)."""
    why: list[str] = []
    for ev in record.events:
        if ev.type != want["type"] or want["trigger"] not in ev.trigger:
            continue
        wrong = [f"{k}={getattr(ev, k)!r}" for k in ("status", "date", "place")
                 if k in want and (getattr(ev, k) or "").find(want[k]) != 0]
        for role in ("sources", "targets"):
            if role in want and (set(want[role]) - set(getattr(ev, role)) or not want[role] and getattr(ev, role)):
                wrong.append(f"{role}={getattr(ev, role)!r}")
        if not wrong:
            return []
        why.append(", ".join(wrong))
    return why or ["no such event"]


@pytest.mark.parametrize(("case", "want"), [(c, w) for c in _CASES for w in c["events"]],
                         ids=lambda x: x["id"] if "text" in x else f"{x['type']}:{x['trigger']}")
def test_event(records, case: dict[str, Any], want: dict[str, Any]) -> None:  # type: ignore[no-untyped-def]
    why = _matches(records[case["id"]], want)
    assert not why, (want, why)


@pytest.mark.parametrize(("case", "absent"), [(c, a) for c in _CASES for a in c["absent"]],
                         ids=lambda x: x["id"] if isinstance(x, dict) else x)
def test_absent(records, case: dict[str, Any], absent: str) -> None:  # type: ignore[no-untyped-def]
    type_, trigger = absent.split(":", 1)
    assert not [e for e in records[case["id"]].events if e.type == type_ and trigger in e.trigger]


@pytest.mark.parametrize("case", [c for c in _CASES if c["proposal"]], ids=lambda c: c["id"])
def test_proposal(records, case: dict[str, Any]) -> None:  # type: ignore[no-untyped-def]
    want = case["proposal"]
    props = records[case["id"]].proposals
    assert any(all(set(want.get(k, [])) <= set(getattr(p, k)) for k in ("proposers", "endorsers", "rejecters"))
               and len(p.terms) == want["terms"] for p in props), props


@pytest.mark.parametrize(("case", "want"), [(c, s) for c in _CASES for s in c["stances"]],
                         ids=lambda x: x["id"] if "text" in x else x["actor"])
def test_stance(records, case: dict[str, Any], want: dict[str, Any]) -> None:  # type: ignore[no-untyped-def]
    stances = records[case["id"]].stances
    assert any(all(getattr(s, k) == v for k, v in want.items()) for s in stances), stances
