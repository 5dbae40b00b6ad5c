"""The events scorer on tiny hand-made JSON Lines, and the CLI around it."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from dateline.cli import main
from dateline.eval.events import (
    GoldItem,
    Predicted,
    in_split,
    normalize,
    prediction_row,
    read_gold,
    score,
)

ROWS = [
    {"id": "a", "text": "Iran threatened to strike Israel.",
     "events": [{"type": "THREATEN", "source": ["Iran"], "target": ["Israel"], "trigger": "threatened"}]},
    {"id": "b", "text": "The weather was fine.", "events": []},
    {"id": "c", "text": "Police arrested ten protesters in Cairo.",
     "events": [{"type": "COERCE", "source": ["Egyptian police"], "target": [], "trigger": "arrested"}]},
]


def _gold() -> list[GoldItem]:
    return [GoldItem(r["id"], r["text"], tuple(r["events"])) for r in ROWS]


@pytest.mark.parametrize(("text", "expected"), [
    ("The United States", "united states"),
    ("Israel's army", "israel army"),
    ("  Hamas,  ", "hamas"),
    ("U.S.", "u s"),
])
def test_normalize(text: str, expected: str) -> None:
    assert normalize(text) == expected


def test_perfect_predictions() -> None:
    preds = [[Predicted("THREATEN", [("Iran",)], [("Israel",)])], [],
             [Predicted("COERCE", [("police", "Egyptian police")], [])]]
    result = score(_gold(), preds)
    assert result["accuracy"] == 1.0 and result["macro_f1"] == 1.0 and result["micro_f1"] == 1.0
    assert result["actor_f1"] == 1.0 and result["n"] == 3


def test_errors_count_in_confusion_none_and_actors() -> None:
    preds = [[Predicted("ASSAULT", [("Iran",)], [("Tel Aviv",)])], [Predicted("PROTEST")], []]
    result = score(_gold(), preds)
    assert result["accuracy"] == 0.0
    assert result["confusion"] == {"COERCE": {"NONE": 1}, "NONE": {"PROTEST": 1}, "THREATEN": {"ASSAULT": 1}}
    assert result["per_type"]["NONE"]["f1"] == 0.0
    # gold roles: Iran, Israel (row a), Egyptian police (row c); only Iran matched, one wrong target
    assert result["actor_precision"] == 0.5 and round(result["actor_recall"], 3) == 0.333


def test_actor_scores_are_null_without_gold_actors() -> None:
    gold = [GoldItem("a", "Police arrested the editor.", ({"type": "COERCE"},))]
    result = score(gold, [[Predicted("COERCE", [("police",)], [])]])
    assert (result["actor_f1"], result["actor_precision"], result["actor_recall"]) == (None, None, None)


def test_first_event_decides_and_later_ones_count_in_micro() -> None:
    preds = [[Predicted("ACCUSE"), Predicted("THREATEN")], [], [Predicted("COERCE")]]
    result = score(_gold(), preds)
    assert result["accuracy"] == pytest.approx(2 / 3, abs=1e-3)
    assert result["micro_f1"] == pytest.approx(0.8)


def test_split_is_deterministic_and_disjoint() -> None:
    ids = [f"x{i}" for i in range(200)]
    dev = {i for i in ids if in_split(i, "dev")}
    test = {i for i in ids if in_split(i, "test")}
    assert dev.isdisjoint(test) and dev | test == set(ids) and 90 < len(dev) < 150
    halves = {i for i in ids if in_split(i, "test-a")} | {i for i in ids if in_split(i, "test-b")}
    assert halves == test


def test_read_gold_names_the_bad_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "x", "events": []}\n{"text": "no id"}\n', encoding="utf-8")
    with pytest.raises(Exception, match="bad.jsonl:2"):
        list(read_gold(bad))


def test_prediction_row_uses_names() -> None:
    row = prediction_row("a", [Predicted("THREATEN", [("Iran", "Tehran")], [])])
    assert row["events"][0]["sources"] == ["Iran"] and row["events"][0]["targets"] == []


def test_cli_json_and_predictions(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in ROWS), encoding="utf-8")
    out = tmp_path / "pred.jsonl"
    res = CliRunner().invoke(main, ["eval", "events", str(gold), "--json", "--predictions", str(out)])
    assert res.exit_code == 0, res.output
    result = json.loads(res.output)
    assert set(result) >= {"accuracy", "macro_f1", "micro_f1", "per_type", "confusion", "actor_f1", "n"}
    assert result["n"] == 3 and result["accuracy"] == 1.0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a", "b", "c"]
    assert rows[0]["events"][0]["type"] == "THREATEN" and "Iran" in rows[0]["events"][0]["sources"]
    assert rows[1]["events"] == []


def test_read_gold_names_a_file_that_is_not_text(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_bytes(b'{"id": "a", "text": "\xff"}\n')
    with pytest.raises(click.ClickException, match=r"gold\.jsonl: not UTF-8 text"):
        list(read_gold(path))
