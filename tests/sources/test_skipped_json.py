"""A directory's .json files are not read as articles (expected.json sits beside the demo's),
but no longer in silence: ``iter_sources`` hands them back for the ingest summary to count."""

from __future__ import annotations

from pathlib import Path

from dateline.cli.demo import BUNDLED
from dateline.sources import SourceError, SourceItem, iter_sources
from dateline.sources.files import skipped_note

ARTICLE = b"The council met in Nablus on Sunday and voted to reopen the market.\n"


def test_a_directorys_json_files_are_skipped_and_handed_back(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(ARTICLE)
    (tmp_path / "expected.json").write_text('{"a.txt": {"events": 1}}', encoding="utf-8")
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "LABELS.JSON").write_text("{}", encoding="utf-8")
    (tmp_path / "notes" / "readme.md").write_text("not an article either", encoding="utf-8")
    skipped: list[Path] = []
    results = list(iter_sources([tmp_path], skipped=skipped))
    assert [type(r) for r in results] == [SourceItem]  # what is read is unchanged
    assert skipped == [tmp_path / "expected.json", tmp_path / "notes" / "LABELS.JSON"]
    assert list(iter_sources([tmp_path])) == results  # without the list, the same articles


def test_a_json_file_named_is_read_not_skipped(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text('{"text": "Talks resumed in Cairo on Monday, officials said."}', encoding="utf-8")
    skipped: list[Path] = []
    (item,) = iter_sources([path], skipped=skipped)
    assert isinstance(item, SourceItem) and skipped == []


def test_the_bundled_demo_skips_its_expected_json() -> None:
    skipped: list[Path] = []
    items = list(iter_sources([BUNDLED], skipped=skipped))
    assert [p.name for p in skipped] == ["expected.json"]
    assert items and all(isinstance(i, SourceItem) for i in items)
    assert not any(i.origin.endswith(".json") for i in items if isinstance(i, SourceItem))


def test_a_directory_of_json_only_says_what_it_skipped(tmp_path: Path) -> None:
    (tmp_path / "expected.json").write_text("{}", encoding="utf-8")
    (error,) = iter_sources([tmp_path])
    assert isinstance(error, SourceError)
    assert error.message == ("directory holds no .txt, .html, .htm, .html.gz or .jsonl file; "
                             "skipped 1 .json file (not an article)")


def test_the_note_counts() -> None:
    assert skipped_note(0) == ""
    assert skipped_note(1) == "skipped 1 .json file (not an article)"
    assert skipped_note(3) == "skipped 3 .json files (not articles)"
