"""The PolNeAR-format scorer on tiny hand-made brat files (tests/fixtures/quotes/polnear, *.in)."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from dateline.cli import main
from dateline.eval.quotes import (
    Attribution,
    Tally,
    agreement,
    match_overlap,
    parse_ann,
    read_folder,
)
from tests.conftest import fixture_tree

FOLDER = fixture_tree("quotes/polnear")
TEXT = (FOLDER / "text" / "bridge.txt").read_text(encoding="utf-8")


def _span(s: str) -> tuple[int, int]:
    i = TEXT.index(s)
    return i, i + len(s)


def test_parse_ann_discontinuous_content_is_its_extent() -> None:
    gold = parse_ann((FOLDER / "attributions" / "bridge_aa01.ann").read_text(encoding="utf-8"))
    assert len(gold) == 2
    quote = gold[1]
    assert TEXT[quote.content[0]:quote.content[1]].startswith('"We are proud')
    assert TEXT[quote.content[0]:quote.content[1]].endswith('of the city."')
    assert quote.source is not None and TEXT[quote.source[0]:quote.source[1]] == "the mayor"
    assert quote.source[0] == TEXT.index("the mayor told")
    assert quote.cue is not None and TEXT[quote.cue[0]:quote.cue[1]] == "told"


@pytest.mark.parametrize(("annotator", "expected"), [(None, 1), ("aa01", 2), ("bb02", 1)])
def test_one_annotator_per_article(annotator: str | None, expected: int) -> None:
    # metadata.tsv lists bb02 first: it is the default choice
    ((name, text, gold),) = list(read_folder(FOLDER, annotator))
    assert name == "bridge" and text == TEXT and len(gold) == expected


def test_tally_perfect_partial_and_missing() -> None:
    gold = parse_ann((FOLDER / "attributions" / "bridge_aa01.ann").read_text(encoding="utf-8"))
    perfect = Tally()
    perfect.update(TEXT, list(gold), gold)
    result = perfect.result()
    for key in ("content_exact", "content_overlap", "source", "cue"):
        assert result[key]["f1"] == 1.0
    # one content one word short, wrong source, no cue; the quote missed
    short = Attribution((gold[0].content[0], gold[0].content[1] - 4), _span("bridge"), None)
    partial = Tally()
    partial.update(TEXT, [short], gold)
    r = partial.result()
    assert r["content_exact"]["f1"] == 0.0
    assert r["content_overlap"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667}
    assert r["source"]["precision"] == 0.0 and r["cue"]["recall"] == 0.0


def test_overlap_matching_is_one_to_one() -> None:
    gold = [Attribution((0, 10)), Attribution((12, 20))]
    pred = [Attribution((0, 20)), Attribution((2, 5))]
    # greedy by overlap size: the long prediction takes the first gold (10 characters);
    # the short one overlaps only that gold, so it stays unmatched
    assert match_overlap(pred, gold) == [(0, 0)]


def test_cli_marks_baseline_json_and_predictions(tmp_path: Path) -> None:
    out = tmp_path / "pred.jsonl"
    result = CliRunner().invoke(main, ["eval", "quotes", str(FOLDER), "--json", "--baseline", "marks",
                                       "--annotator", "aa01", "--predictions", str(out)])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert set(scores) >= {"content_exact", "content_overlap", "source", "cue", "n"}
    assert scores["n"] == 1
    assert set(scores["content_exact"]) == {"precision", "recall", "f1"}
    (line,) = out.read_text(encoding="utf-8").splitlines()
    record = json.loads(line)
    assert record["doc"] == "bridge"
    contents = [TEXT[a["content"][0]:a["content"][1]] for a in record["attributions"]]
    assert contents == ['"We are proud of the crews,"', '"and of the city."']
    assert all(a["source"] is None and a["cue"] is None for a in record["attributions"])


@pytest.mark.parametrize(("args", "n"), [([], 1), (["--every", "2", "--offset", "1"], 0),
                                          (["--every", "2"], 1)])
def test_cli_scores_every_kth_article(args: list[str], n: int) -> None:
    result = CliRunner().invoke(main, ["eval", "quotes", str(FOLDER), "--json", "--baseline", "marks",
                                       *args])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["n"] == n


def test_cli_rejects_a_folder_of_another_format(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["eval", "quotes", str(tmp_path), "--json"])
    assert result.exit_code != 0
    assert "text/" in result.output


@pytest.mark.slow
def test_dateline_on_the_fixture(nlp: object) -> None:
    from dateline.eval.quotes import evaluate

    scores = evaluate(FOLDER, annotator="aa01")
    assert scores["content_exact"]["f1"] == 1.0
    assert scores["source"]["f1"] == 1.0 and scores["cue"]["f1"] == 1.0


def test_quoted_pool_keeps_a_prediction_that_starts_off_the_mark() -> None:
    text = 'The mayor called the plan "a gift to developers" on Monday.'
    start = text.index('"')
    gold = [Attribution((start, text.index(" on Monday")))]
    early = Tally()  # starts a word before the mark: a wrong quoted content, not outside the pool
    early.update(text, [Attribution((start - 5, gold[0].content[1]))], gold)
    assert early.result()["content_exact_quoted"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert early.c["pred_q"] == 1
    unrelated = Tally()  # reported speech elsewhere stays out of the quoted pool
    unrelated.update(text, [Attribution((0, 9))], gold)
    assert unrelated.c["pred_q"] == 0


def test_a_correct_outer_attribution_stays_out_of_the_quoted_pool() -> None:
    text = 'Smith said the plan was "a gift to developers" and would fail.'
    inner = Attribution((text.index('"'), text.index(" and would")))
    outer = Attribution((text.index("the plan"), text.index(".")))
    tally = Tally()  # both predicted exactly: the quoted score is perfect
    tally.update(text, [outer, inner], [outer, inner])
    assert tally.result()["content_exact_quoted"]["precision"] == 1.0


def test_agreement_scores_annotators_against_each_other_and_the_system() -> None:
    """bridge: aa01 has the two parts of the quote, bb02 one of them; each annotator is the
    other's gold in turn, and the marks baseline is scored against both."""
    scores = agreement(FOLDER, baseline="marks")
    assert scores["articles"] == 1
    people = scores["annotators"]
    assert people["n"] == 2 and people["n_gold"] == 3 and people["n_pred"] == 3
    assert 0.0 < people["content_overlap"]["f1"] < 1.0
    assert scores["marks"]["n"] == 2 and scores["marks"]["n_gold"] == 3


def test_cli_agreement_json() -> None:
    result = CliRunner().invoke(main, ["eval", "quotes", str(FOLDER), "--json", "--agreement",
                                       "--baseline", "marks"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert set(scores) == {"articles", "annotators", "marks"}
    assert set(scores["annotators"]) >= {"content_exact", "content_exact_quoted", "source", "cue"}


@pytest.mark.parametrize(("args", "option"), [(["--annotator", "aa01"], "--annotator"),
                                              (["--predictions", "pred.jsonl"], "--predictions")])
def test_cli_agreement_refuses_options_it_cannot_use(args: list[str], option: str,
                                                     tmp_path: Path) -> None:
    args = [str(tmp_path / a) if a.endswith(".jsonl") else a for a in args]
    result = CliRunner().invoke(main, ["eval", "quotes", str(FOLDER), "--json", "--agreement",
                                       "--baseline", "marks", *args])
    assert result.exit_code == 2, result.output  # click's usage error
    assert f"{option} does not go with --agreement" in result.output
    assert not (tmp_path / "pred.jsonl").exists()


@pytest.mark.parametrize(("args", "articles"), [(["--every", "2"], 1),
                                                (["--every", "2", "--offset", "1"], 0)])
def test_cli_agreement_takes_every_kth_article(args: list[str], articles: int) -> None:
    result = CliRunner().invoke(main, ["eval", "quotes", str(FOLDER), "--json", "--agreement",
                                       "--baseline", "marks", *args])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["articles"] == articles


@pytest.mark.parametrize("args", [["--every", "0"], ["--offset", "-1"]])
def test_every_and_offset_are_checked_with_and_without_agreement(args: list[str]) -> None:
    for extra in ([], ["--agreement"]):
        result = CliRunner().invoke(main, ["eval", "quotes", str(FOLDER), "--baseline", "marks",
                                           *extra, *args])
        assert result.exit_code == 2 and "every >= 1 and offset >= 0" in result.output


def test_evaluate_and_agreement_share_one_predictor_table() -> None:
    from dateline.eval.quotes import PREDICTORS, _predictor, predict_dateline, predict_marks

    assert _predictor(None) is predict_dateline and _predictor("marks") is predict_marks
    assert set(PREDICTORS) == {None, "marks", "textacy"}
    with pytest.raises(click.UsageError, match="--baseline spacy"):
        _predictor("spacy")
