"""The article-extraction scorer on tiny hand-made pages, and the CLI on a tiny benchmark folder."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import main
from dateline.eval.reader import PageScore, aggregate, evaluate, score_page, shingles

GOLD = "one two three four five six"  # shingles: 1234 2345 3456


@pytest.mark.parametrize(
    ("predicted", "precision", "recall"),
    [
        (GOLD, 1.0, 1.0),
        ("one two three four five", 1.0, 2 / 3),  # 1234 2345
        ("one two three four five six seven", 3 / 4, 1.0),
        ("zero one two three", 0.0, 0.0),
        ("", None, 0.0),  # empty prediction: no precision, recall 0
        ("One two three four five six", 2 / 3, 2 / 3),  # case is kept
        ("one, two; three — four\nfive six!", 1.0, 1.0),  # \w+ tokens
    ],
)
def test_score_page(predicted: str, precision: float | None, recall: float) -> None:
    score = score_page(GOLD, predicted)
    assert score.precision == (pytest.approx(precision) if precision is not None else None)
    assert score.recall == pytest.approx(recall)


def test_shingles_are_a_multiset() -> None:
    assert shingles("a b c d a b c d")[("a", "b", "c", "d")] == 2
    assert shingles("a b") == {("a", "b"): 1}  # shorter than 4 words: one shingle
    assert not shingles("  ... ")


def test_aggregate_leaves_empty_predictions_out_of_precision() -> None:
    result = aggregate([PageScore(1.0, 1.0), PageScore(None, 0.0), PageScore(0.5, 0.5)])
    assert result["precision"] == pytest.approx(0.75)
    assert result["recall"] == pytest.approx(0.5)
    assert result["f1"] == pytest.approx(0.6)
    assert result["n"] == 3


def test_evaluate_counts_missing_predictions() -> None:
    result = evaluate({"a": GOLD, "b": GOLD}, {"a": GOLD})
    assert (result["precision"], result["recall"], result["n"]) == (1.0, 0.5, 2)


PAGE = """<html><head><title>Talks resume in Cairo</title>
<meta property="og:site_name" content="Example Times"></head><body><article>
<h1>Talks resume in Cairo</h1>
{paragraphs}
<p>Also read</p>
</article></body></html>"""
SENTENCES = [
    "Negotiators from Egypt, Qatar and the United States met in Cairo on Wednesday to resume talks.",
    "Officials said the discussions focused on the sequencing of a hostage and prisoner exchange.",
    "A second session was planned for Thursday, with technical teams working through the night.",
    "Aid agencies urged the parties to agree on a pause that would allow convoys to move safely.",
]


def make_folder(root: Path) -> Path:
    (root / "html").mkdir(parents=True)
    body = "".join(f"<p>{s}</p>\n" for s in SENTENCES)
    (root / "html" / "p1.html.gz").write_bytes(gzip.compress(PAGE.format(paragraphs=body).encode()))
    truth = {"p1": {"articleBody": "\n".join(SENTENCES), "url": "https://example.com/a"},
             "p2": {"articleBody": "A page that is missing from html/.", "url": ""}}
    (root / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    return root


@pytest.mark.parametrize(("baseline", "clean"), [([], True), (["--baseline", "trafilatura"], False)])
def test_cli_eval_reader(tmp_path: Path, baseline: list[str], clean: bool) -> None:
    folder = make_folder(tmp_path / "bench")
    out = tmp_path / "pred.json"
    result = CliRunner().invoke(
        main, ["eval", "reader", str(folder), "--json", "--predictions", str(out), *baseline])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert set(scores) == {"precision", "recall", "f1", "n"}
    assert scores["n"] == 2
    # The page with no html is left out of precision; trafilatura alone keeps the furniture.
    assert (scores["precision"] == 1.0) is clean
    assert scores["recall"] == pytest.approx(0.5)
    predictions = json.loads(out.read_text(encoding="utf-8"))
    assert predictions["p2"] == {"articleBody": ""}
    assert "Cairo on Wednesday" in predictions["p1"]["articleBody"]


def test_cli_eval_reader_needs_ground_truth(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["eval", "reader", str(tmp_path), "--json"])
    assert result.exit_code != 0
    assert "ground-truth.json" in result.output
