"""A file's suffix ("report.html.gz" is .html.gz, not .gz), and a directory listing finds each
file's suffix once."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.sources import files


def test_suffix_takes_the_longest_known_suffix() -> None:
    assert files._suffix(Path("Report.HTML.gz")) == ".html.gz"
    assert files._suffix(Path("notes.jsonl.gz")) == ".jsonl.gz"
    assert files._suffix(Path("photo.jpeg.gz")) == ".gz"
    assert files._suffix(Path("expected.json")) == ".json"


def test_a_listing_reads_each_files_suffix_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("a.txt", "expected.json", "b.json", "scan.pdf", "c.html.gz"):
        (tmp_path / name).write_text("x")
    seen: list[str] = []
    real = files._suffix

    def counting(path: Path) -> str:
        seen.append(path.name)
        return real(path)

    monkeypatch.setattr(files, "_suffix", counting)
    skipped: list[Path] = []
    found, errors = files.list_directory(tmp_path, skipped=skipped)
    assert [p.name for p in found] == ["a.txt", "c.html.gz"] and errors == []
    assert [p.name for p in skipped] == ["b.json", "expected.json"]
    assert sorted(seen) == ["a.txt", "b.json", "c.html.gz", "expected.json", "scan.pdf"]
