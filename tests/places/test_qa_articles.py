"""Twelve 150-300-word conflict and diplomacy wire stories of our own writing
(``qa_articles.jsonl``, ``"origin": "own"``: Sudan, Gaza, Lebanon, Ukraine, the Red Sea, the
Sahel juntas, Karabakh, Essequibo; p09-p12 the Lebanon border, Gaza's crossings and camps, the
camps around El Fasher, Ukraine's provinces; facts from 2023-2025 public reporting, sentences ours), run
end to end: each listed place must be found with its country, feature (and GeoNames id where
listed; ``null`` country and feature: kept unresolved), the dateline place read, and the listed
texts must not be places (organisation words: "States" of ECOWAS, "Caribbean States" of CELAC;
"Good Hope" of the Cape). Readings checked by hand; doubtful ones are left out, not listed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dateline.model import ArticleRecord

_CASES = [json.loads(line) for line in (Path(__file__).parent / "qa_articles.jsonl").read_text().splitlines()]


@pytest.fixture(scope="module")
def records(pipeline: Any) -> dict[str, ArticleRecord]:
    from dateline.reader import read_text

    return {c["id"]: pipeline.process(read_text(c["text"], origin=f"{c['id']}.txt", published=c["published"]))
            for c in _CASES}


def _found(record: ArticleRecord, want: dict[str, Any]) -> bool:
    return any(p.text == want["text"] and p.country == want["country"] and p.feature == want["feature"]
               and p.geonames_id == want.get("geonames_id", p.geonames_id)
               and p.offsets_in == want.get("offsets_in") and (p.lat is None) == (want["country"] is None
                                                               and want["feature"] is None)
               for p in record.places)


@pytest.mark.parametrize(("case", "want"), [(c, w) for c in _CASES for w in c["places"]],
                         ids=lambda x: x["id"] if "published" in x else f"{x['text']}:{x['country']}")
def test_place(records: dict[str, ArticleRecord], case: dict[str, Any], want: dict[str, Any]) -> None:
    record = records[case["id"]]
    assert _found(record, want), [(p.text, p.country, p.feature, p.geonames_id) for p in record.places
                                  if p.text == want["text"]]


@pytest.mark.parametrize(("case", "absent"), [(c, a) for c in _CASES for a in c["absent"]],
                         ids=lambda x: x["id"] if isinstance(x, dict) else x)
def test_absent(records: dict[str, ArticleRecord], case: dict[str, Any], absent: str) -> None:
    assert absent not in [p.text for p in records[case["id"]].places]


@pytest.mark.parametrize("case", _CASES, ids=lambda c: c["id"])
def test_dateline_place(records: dict[str, ArticleRecord], case: dict[str, Any]) -> None:
    dateline = records[case["id"]].dateline
    assert dateline is not None and dateline.place == case["dateline"]


def test_no_united_states_from_organisations(records: dict[str, ArticleRecord]) -> None:
    """'States' of an organisation's name is never the United States (p06 names none)."""
    assert not [p for p in records["p06"].places if p.country == "US" and p.feature == "PCLI"]
