"""Eight short diplomacy articles of our own writing (``qa2_articles.jsonl``: facts from public
reporting 2023-2025, sentences ours), run end to end with their publication date: every listed quote
must be found with the stated kind, cue, speaker text, speaker ids, medium, setting and date; listed
readings must be absent; every listed actor (id, name, country, first role) and every time
expression (value, anchor) must come out as stated. Readings still wrong are left unlisted
(see the QA report)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dateline.model import ArticleRecord

_CASES = [json.loads(line) for line in (Path(__file__).parent / "qa2_articles.jsonl").read_text().splitlines()]
_FIELDS = ("kind", "speaker_text", "speakers", "date", "medium", "setting")


@pytest.fixture(scope="module")
def records(pipeline: Any) -> dict[str, ArticleRecord]:
    from dateline.reader import read_text

    return {c["id"]: pipeline.process(read_text(c["text"], origin=f"{c['id']}.txt", published=c["published"]))
            for c in _CASES}


def _value(q: Any, field: str) -> Any:
    value = getattr(q, field)
    return list(value) if isinstance(value, tuple) else value


@pytest.mark.parametrize(("case", "want"), [(c, q) for c in _CASES for q in c["quotes"]],
                         ids=lambda x: x["id"] if "text" in x else f"{x['cue']}:{x['starts'][:24]}")
def test_quote(records: dict[str, ArticleRecord], case: dict[str, Any], want: dict[str, Any]) -> None:
    hits = [q for q in records[case["id"]].quotes if q.cue == want["cue"] and q.text.startswith(want["starts"])]
    assert hits, f"no quote {want['cue']!r} {want['starts']!r}"
    wrong = {f: _value(hits[0], f) for f in _FIELDS if f in want and _value(hits[0], f) != want[f]}
    assert not wrong, (want, wrong)


@pytest.mark.parametrize(("case", "absent"), [(c, a) for c in _CASES for a in c["absent_quotes"]],
                         ids=lambda x: x["id"] if "text" in x else f"{x['cue']}:{x.get('starts', '')[:20]}")
def test_absent_quote(records: dict[str, ArticleRecord], case: dict[str, Any], absent: dict[str, str]) -> None:
    assert not [q for q in records[case["id"]].quotes
                if q.cue == absent["cue"] and q.text.startswith(absent.get("starts", ""))]


@pytest.mark.parametrize(("case", "want"), [(c, a) for c in _CASES for a in c["actors"]],
                         ids=lambda x: x["id"])
def test_actor(records: dict[str, ArticleRecord], case: dict[str, Any], want: dict[str, Any]) -> None:
    actors = {a.id: a for a in records[case["id"]].actors}
    assert want["id"] in actors
    got = actors[want["id"]]
    assert (got.name, got.country) == (want["name"], want["country"])
    assert (got.roles[0] if got.roles else None) == want["role"]


@pytest.mark.parametrize("case", _CASES, ids=lambda c: c["id"])
def test_timexes(records: dict[str, ArticleRecord], case: dict[str, Any]) -> None:
    got = [{"text": t.text, "value": t.value, "anchor": t.anchor} for t in records[case["id"]].timexes]
    assert got == case["timexes"]


@pytest.mark.parametrize(("case", "absent"), [(c, a) for c in _CASES for a in c["absent_actors"]],
                         ids=lambda x: x["id"] if isinstance(x, dict) else x)
def test_absent_actor(records: dict[str, ArticleRecord], case: dict[str, Any], absent: str) -> None:
    """'Kim' after 'Kim Jong Un' is no new person; 'Georgetown' as a government is Guyana."""
    assert absent not in {a.id for a in records[case["id"]].actors}
