"""The TempEval-3 style scorer, TimeML reading/writing and ``dateline eval time``."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from dateline.eval.time import (
    TimeMLError,
    evaluate,
    match,
    mismatches,
    parse_timeml,
    read_folder,
    read_timeml,
    score,
    to_timeml,
)
from dateline.model import Timex
from tests.conftest import fixture_tree

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
FOLDER = fixture_tree("time/folder")


def tx(start: int, end: int, type_: str = "DATE", value: str = "2024") -> Timex:
    return Timex(start, end, "", type_, value)


def test_parse_offsets_and_dct() -> None:
    doc = read_timeml(FOLDER / "good.tml")
    assert doc.dct == "2024-08-18"
    assert [(t.text, t.type, t.value) for t in doc.timexes] == [
        ("Sunday", "DATE", "2024-08-18"), ("two days", "DURATION", "P2D"),
        ("Monday", "DATE", "2024-08-19"), ("the past 10 months", "DURATION", "P10M")]
    assert all(doc.text[t.start:t.end] == t.text for t in doc.timexes)
    assert "talks & meetings" in doc.text  # entities unescaped, tags stripped
    assert "<EVENT" not in doc.text and "arrived" in doc.text


@pytest.mark.parametrize(("name", "message"), [
    ("broken.tml", "malformed XML"),
    ("nodct.tml", "no <DCT>"),
])
def test_bad_files_are_named(name: str, message: str) -> None:
    with pytest.raises(TimeMLError, match=name) as err:
        read_timeml(FOLDER / name)
    assert message in str(err.value)


def test_folder_keeps_the_good_files() -> None:
    docs, errors = read_folder(FOLDER)
    assert [d.name for d in docs] == ["good.tml"]
    assert len(errors) == 2 and any("broken.tml" in e for e in errors)


@pytest.mark.parametrize(("gold", "system", "strict", "relaxed"), [
    ([tx(0, 5)], [tx(0, 5)], 1, 1),
    ([tx(0, 5)], [tx(2, 8)], 0, 1),
    ([tx(0, 5)], [tx(5, 8)], 0, 0),
    ([tx(0, 10)], [tx(0, 3), tx(4, 10)], 0, 1),  # one-to-one: one gold matches one system
    ([tx(0, 3), tx(4, 10)], [tx(0, 10)], 0, 1),
])
def test_match(gold: list[Timex], system: list[Timex], strict: int, relaxed: int) -> None:
    assert len(match(gold, system, strict=True)) == strict
    assert len(match(gold, system, strict=False)) == relaxed


def test_score_figures() -> None:
    gold = [tx(0, 5, "DATE", "2024"), tx(10, 15, "DURATION", "P2D"), tx(20, 25, "DATE", "2023")]
    system = [tx(0, 5, "DATE", "2024"), tx(11, 15, "DATE", "P2D"), tx(30, 35)]
    s = score([(gold, system)])
    assert s["strict"] == {"precision": 0.3333, "recall": 0.3333, "f1": 0.3333}
    assert s["relaxed"] == {"precision": 0.6667, "recall": 0.6667, "f1": 0.6667}
    assert s["type_accuracy"] == 0.5  # the DURATION came out a DATE
    assert s["value_accuracy"] == 1.0
    assert s["value_f1"] == 0.6667  # hits need overlap and the same value: 2 of 3 each way
    assert (s["n"], s["gold"], s["system"]) == (1, 3, 3)


def test_score_empty() -> None:
    s = score([([], [])])
    assert s["relaxed"]["f1"] == 0.0 and s["n"] == 1


def test_predictions_round_trip() -> None:
    doc = read_timeml(FOLDER / "good.tml")
    again = parse_timeml(to_timeml(doc, doc.timexes), "again.tml")
    assert again.text == doc.text and again.dct == doc.dct
    assert [(t.start, t.end, t.type, t.value) for t in again.timexes] == [
        (t.start, t.end, t.type, t.value) for t in doc.timexes]
    assert score([(doc.timexes, again.timexes)])["value_f1"] == 1.0


def test_evaluate_fixture_folder(nlp: Any, tmp_path: Path) -> None:
    result = evaluate(FOLDER, tmp_path / "pred", nlp=nlp)
    assert result["n"] == 1 and len(result["errors"]) == 2
    assert result["relaxed"]["f1"] == 1.0 and result["value_f1"] == 1.0
    written = read_timeml(tmp_path / "pred" / "good.tml")
    assert [t.value for t in written.timexes] == ["2024-08-18", "P2D", "2024-08-19", "P10M"]


def test_cli_reports_bad_files(tmp_path: Path) -> None:
    from dateline.cli import main

    shutil.copy(FOLDER / "broken.tml", tmp_path / "broken.tml")
    result = CliRunner().invoke(main, ["eval", "time", str(tmp_path), "--json"])
    assert result.exit_code == 1
    assert "broken.tml" in result.output and "malformed XML" in result.output


def test_tbaq_subset(nlp: Any, tmp_path: Path) -> None:
    """Three TimeBank/AQUAINT documents end to end (the full run is `dateline eval time`)."""
    root = SHARED / "data" / "tempeval3" / "TBAQ-cleaned"
    if not root.exists():
        pytest.skip(f"{root} is absent (../shared is not beside this checkout)")
    files = sorted(root.rglob("*.tml"))[::90][:3]
    for f in files:
        shutil.copy(f, tmp_path / f.name)
    result = evaluate(tmp_path, nlp=nlp)
    assert result["n"] == 3 and not result["errors"]
    assert result["relaxed"]["f1"] > 0.75
    assert result["value_f1"] > 0.5
    json.dumps(result)


def test_mismatches_name_each_disagreement() -> None:
    doc = read_timeml(FOLDER / "good.tml")
    sunday, two_days, monday, _past = doc.timexes
    system = [Timex(sunday.start, sunday.end, sunday.text, "DATE", "2024-08-11"),
              Timex(two_days.start + 4, two_days.end, "days", "DATE", "P2D"),
              monday, Timex(0, 3, doc.text[0:3], "DATE", "2024")]
    rows = list(mismatches(doc, system))
    kinds = sorted(r["kind"] for r in rows)
    assert kinds == ["extent", "missed", "spurious", "type", "value"]
    value = next(r for r in rows if r["kind"] == "value")
    assert value["gold"] == "Sunday|DATE|2024-08-18" and value["system"] == "Sunday|DATE|2024-08-11"
    assert "Sunday" in value["context"] and value["doc"] == "good.tml"


def test_cli_writes_mismatches(tmp_path: Path) -> None:
    from dateline.cli import main

    shutil.copy(FOLDER / "good.tml", tmp_path / "good.tml")
    out = tmp_path / "mismatches.jsonl"
    result = CliRunner().invoke(main, ["eval", "time", str(tmp_path), "--json", "--mismatches", str(out)])
    assert result.exit_code == 0, result.output
    assert out.exists() and all(json.loads(line)["kind"] for line in out.read_text().splitlines())
