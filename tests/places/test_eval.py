"""``dateline eval places``: readers of both XML formats, scorers and the command."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from dateline.cli import main
from dateline.eval.places import read_gold, score_end_to_end, score_gold_spans

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "places"
LGL = FIX / "lgl-style.xml"
GEOVIRUS = FIX / "geovirus-style.xml"


def test_reads_lgl_style() -> None:
    arts = list(read_gold(LGL))
    assert [a.doc for a in arts] == ["a1", "a2"]
    paris = arts[0].toponyms[0]
    assert (paris.phrase, paris.lat, paris.lon) == ("Paris", 33.66, -95.56)
    assert arts[1].toponyms[-1].lat is None  # no gaztag: not scored
    for art in arts:
        for t in art.toponyms:
            assert art.text[t.start:t.end] == t.phrase


def test_reads_geovirus_and_repairs_shifted_offsets() -> None:
    (art,) = list(read_gold(GEOVIRUS))
    assert art.doc == "1"
    assert [(t.phrase, t.start) for t in art.toponyms] == [("Nairobi", 20), ("Mombasa", 52),
                                                           ("Kenya", 61)]


@pytest.mark.parametrize(("path", "acc", "n"), [(LGL, round(5 / 6, 4), 6), (GEOVIRUS, 1.0, 3)])
def test_gold_spans_score(path: Path, acc: float, n: int) -> None:
    result = score_gold_spans(read_gold(path), fallback=False)
    assert result["n"] == n
    assert result["acc161"] == acc  # the unknown toponym counts as wrong
    assert result["mean_error_km"] is not None and result["mean_error_km"] < 161


def test_command_writes_json_and_predictions(tmp_path: Path) -> None:
    out = tmp_path / "pred.jsonl"
    run = CliRunner().invoke(main, ["eval", "places", str(LGL), "--gold-spans", "--json",
                                    "--predictions", str(out)])
    assert run.exit_code == 0, run.output
    assert json.loads(run.output)["n"] == 6
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["doc"] for r in rows] == ["a1", "a2"]
    assert {"start", "end", "lat", "lon"} == set(rows[0]["places"][0])
    assert rows[0]["places"][0]["start"] == 25


def test_malformed_xml_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text("<articles><article><text>oops</article>")
    with pytest.raises(click.ClickException, match="bad.xml"):
        list(read_gold(bad))


@pytest.mark.slow
def test_end_to_end_scores_spans() -> None:
    result = score_end_to_end(read_gold(GEOVIRUS))
    assert set(result["span"]) == {"precision", "recall", "f1"}
    assert result["span"]["recall"] >= 2 / 3
    assert result["acc161"] == 1.0
