"""``dateline eval entities``: the CoNLL reader and the conlleval scorer on hand-made input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.eval.entities import ConllError, iob_entities, read_conll, score, spans_to_entities

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "actors"


@pytest.mark.parametrize(("tags", "expected"), [
    (["B-PER", "I-PER", "O", "B-LOC"], {(0, 2, "PER"), (3, 4, "LOC")}),  # IOB2
    (["I-PER", "I-PER", "O", "I-LOC"], {(0, 2, "PER"), (3, 4, "LOC")}),  # IOB1
    (["I-LOC", "B-LOC"], {(0, 1, "LOC"), (1, 2, "LOC")}),  # IOB1: B- splits two of one type
    (["I-ORG", "I-PER"], {(0, 1, "ORG"), (1, 2, "PER")}),  # a type change starts an entity
    (["B-MISC", "I-PER"], {(0, 1, "MISC"), (1, 2, "PER")}),  # conlleval: I- of another type begins
    (["O", "O"], set()),
    (["S-PER", "B-ORG", "E-ORG"], {(0, 1, "PER"), (1, 3, "ORG")}),  # IOBES too
])
def test_iob_entities(tags: list[str], expected: set[tuple[int, int, str]]) -> None:
    assert iob_entities(tags) == expected


def test_score_micro_and_per_type() -> None:
    gold = [{(0, 2, "PER"), (3, 4, "LOC")}, {(0, 1, "ORG")}]
    pred = [{(0, 2, "PER"), (3, 4, "ORG")}, {(0, 1, "ORG"), (2, 3, "MISC")}]
    result = score(gold, pred)
    assert (result["precision"], result["recall"], result["n"]) == (0.5, 0.6667, 3)
    assert result["f1"] == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3), abs=1e-4)
    assert result["per_type"]["PER"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "n": 1}
    assert result["per_type"]["LOC"]["recall"] == 0.0
    assert result["per_type"]["MISC"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "n": 0}


def test_empty_prediction_scores_zero() -> None:
    assert score([{(0, 1, "PER")}], [set()])["f1"] == 0.0


def test_label_mapping() -> None:
    spans = [(0, 1, "GPE"), (1, 2, "NORP"), (2, 3, "FAC"), (3, 4, "DATE"), (4, 5, "PERSON"), (5, 6, "CARDINAL")]
    assert spans_to_entities(spans) == {(0, 1, "LOC"), (1, 2, "MISC"), (2, 3, "LOC"), (4, 5, "PER")}


def test_read_conll_documents_and_sentences() -> None:
    sentences = list(read_conll(FIXTURES / "tiny.conll"))
    assert [len(s.words) for s in sentences] == [9, 5, 2]
    assert sentences[0].words[:2] == ("Maria", "Kovalenko")
    assert iob_entities(sentences[2].tags) == {(0, 1, "LOC"), (1, 2, "LOC")}


def test_read_conll_rejects_a_file_without_tags(tmp_path: Path) -> None:
    path = tmp_path / "bad.conll"
    path.write_text("Paris NNP\nis VBZ\n", encoding="utf-8")
    with pytest.raises(ConllError, match=r"bad\.conll:1"):
        list(read_conll(path))


def test_command_prints_the_scores(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline.cli import main

    result = CliRunner().invoke(main, ["eval", "entities", str(FIXTURES / "tiny.conll"), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert set(scores) >= {"precision", "recall", "f1", "per_type", "n"}
    assert scores["n"] == 7
    assert 0.0 <= scores["f1"] <= 1.0
    assert scores["per_type"]["PER"]["n"] == 1


@pytest.mark.parametrize(("words", "span", "expected"), [
    (["the", "United", "Nations", "said"], (0, 3, "ORG"), (1, 3, "ORG")),
    (["The", "United", "Nations", "said"], (0, 3, "ORG"), (1, 3, "ORG")),  # sentence-initial
    (["rain", "at", "The", "Oval"], (2, 4, "FAC"), (2, 4, "LOC")),  # capitalised inside: part of the name
])
def test_a_leading_article(words, span, expected) -> None:  # type: ignore[no-untyped-def]
    assert spans_to_entities([span], words) == {expected}


def test_read_conll_names_a_file_that_is_not_text(tmp_path: Path) -> None:
    path = tmp_path / "picture.conll"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe binary")
    with pytest.raises(ConllError, match=r"picture\.conll: not UTF-8 text"):
        list(read_conll(path))


def test_command_refuses_a_file_with_nothing_to_score(tmp_path: Path) -> None:
    from dateline.cli import main

    path = tmp_path / "empty.conll"
    path.write_text("-DOCSTART- O\n\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "entities", str(path), "--json"])
    assert result.exit_code != 0 and "nothing to score" in result.output
