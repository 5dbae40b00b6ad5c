"""Hostile inputs to the sources: wide Unicode encodings, links that lead nowhere, directories that
cannot be listed, pipes, file names that are not UTF-8. Each is read or named with its reason;
nothing is skipped in silence and nothing hangs."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from dateline.sources import SourceError, SourceItem, decode, iter_sources

ARTICLE = "AMMAN — Jordan’s foreign minister said on Sunday that the talks were “serious”.\n"
ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_wide_unicode_is_text_not_binary(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(ARTICLE.encode(encoding))
    (result,) = iter_sources([path])
    assert isinstance(result, SourceItem), result
    assert result.text == ARTICLE


@pytest.mark.parametrize(("data", "message"), [
    (b"\xff\xfe" + "Talks".encode("utf-16-le") + b"\x00", "invalid UTF-16 text"),  # odd length
    (b"\xff\xfe" + b"\x00\xd8" + b"a\x00" * 8, "invalid UTF-16 text"),  # a lone surrogate
    (b"\xff\xfe" + bytes([1, 0, 2, 0, 3, 0, 4, 0]) * 20, "binary data"),  # control characters
    (b"\xff\xfe \x00\n\x00", "empty input"),
])
def test_bad_wide_unicode_is_named(data: bytes, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        decode(data, "wide.txt")


def test_links_that_lead_nowhere_are_reported(tmp_path: Path) -> None:
    folder = tmp_path / "links"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "dangling.txt").symlink_to(folder / "gone.txt")
    (folder / "loop-a.txt").symlink_to(folder / "loop-b.txt")
    (folder / "loop-b.txt").symlink_to(folder / "loop-a.txt")
    (folder / "itself").symlink_to(folder)  # a link to a directory is not followed
    results = {Path(r.origin).name: r for r in iter_sources([folder])}
    assert set(results) == {"good.txt", "dangling.txt", "loop-a.txt", "loop-b.txt"}
    assert isinstance(results["good.txt"], SourceItem)
    dangling = results["dangling.txt"]
    assert isinstance(dangling, SourceError) and "broken symbolic link" in dangling.message
    assert "gone.txt" in dangling.message
    loop = results["loop-a.txt"]
    assert isinstance(loop, SourceError) and "symbolic links" in loop.message
    # given by name, each says the same thing (not "no such file")
    (direct,) = iter_sources([folder / "loop-b.txt"])
    assert isinstance(direct, SourceError) and "symbolic links" in direct.message
    (direct,) = iter_sources([folder / "dangling.txt"])
    assert isinstance(direct, SourceError) and "broken symbolic link" in direct.message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_in_a_directory_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")  # opening it would wait for a writer forever
    results = list(iter_sources([tmp_path]))
    assert [Path(r.origin).name for r in results] == ["good.txt"]


def test_an_unlistable_subdirectory_is_reported(tmp_path: Path, unlistable: Callable[[Path], None]) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "hidden.txt").write_text(ARTICLE, encoding="utf-8")
    unlistable(locked)
    results = list(iter_sources([tmp_path]))
    errors = [r for r in results if isinstance(r, SourceError)]
    assert [Path(r.origin).name for r in results if isinstance(r, SourceItem)] == ["good.txt"]
    assert len(errors) == 1 and errors[0].origin == str(locked)
    assert "cannot read the directory (Permission denied)" in errors[0].message
    (alone,) = iter_sources([locked])  # the directory itself: its reason, not "holds no file"
    assert isinstance(alone, SourceError) and "Permission denied" in alone.message


@pytest.mark.skipif(ROOT or sys.platform == "win32", reason="root reads files whatever their mode")
def test_unreadable_files_and_directories_for_real(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "inside.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "secret.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "secret.txt").chmod(0)
    locked.chmod(0)
    try:
        results = {r.origin: r for r in iter_sources([tmp_path, locked / "inside.txt"])}
    finally:
        locked.chmod(0o755)
    assert all(isinstance(r, SourceError) and "Permission denied" in r.message for r in results.values())
    assert set(results) == {str(locked), str(tmp_path / "secret.txt"), str(locked / "inside.txt")}


@pytest.mark.skipif(sys.platform in ("darwin", "win32"), reason="file names are bytes on Linux only")
def test_a_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9 report.txt")  # Latin-1 bytes: a lone surrogate in Python
    (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    (result,) = iter_sources([tmp_path])
    assert isinstance(result, SourceItem)
    assert result.origin == str(tmp_path / "caf\\xe9 report.txt")
    result.origin.encode("utf-8")  # storable, printable, hashable


def test_malformed_json_message_reads_well(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text('{"text": "a line\twith a raw tab"}\n', encoding="utf-8")
    (result,) = iter_sources([path])
    assert isinstance(result, SourceError)
    assert "at at" not in result.message and "malformed JSON (Invalid control character at column" \
        in result.message


def test_json_escapes_that_text_cannot_hold(tmp_path: Path) -> None:
    """Half a surrogate pair and NUL, escaped in JSON: U+FFFD and nothing, in every field."""
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": "a\\udfff", "text": "Talks \\ud800resumed\\u0000 today.", '
                    '"url": "https://news.example/\\udc00", "source": "\\ud83d"}\n'
                    '{"id": "b", "html": "<p>A pair \\ud83d\\ude00 stays.</p>"}\n', encoding="utf-8")
    first, second = iter_sources([path])
    assert isinstance(first, SourceItem) and isinstance(second, SourceItem)
    assert (first.id, first.text, first.url, first.source) == (
        "a\ufffd", "Talks \ufffdresumed today.", "https://news.example/\ufffd", "\ufffd")
    assert second.html == "<p>A pair \U0001f600 stays.</p>"


def test_a_stray_nul_past_the_binary_check_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "damaged.txt"
    path.write_bytes(ARTICLE.encode("utf-8") * 120 + b"\x00\x00The end.\n")  # NUL after 8 KiB
    (result,) = iter_sources([path])
    assert isinstance(result, SourceItem) and result.text is not None
    assert "\x00" not in result.text and result.text.endswith("The end.\n")


def test_a_truncated_gzip_feed_says_from_which_line(tmp_path: Path) -> None:
    import gzip
    import json

    rows = [json.dumps({"id": f"r{i}", "text": f"Report {i}: " + "talks went on. " * 2000}) for i in range(8)]
    data = gzip.compress(("\n".join(rows) + "\n").encode("utf-8"))
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(data[: len(data) * 3 // 4])  # a download cut short
    results = list(iter_sources([path]))
    *items, error = results
    assert all(isinstance(r, SourceItem) for r in items) and 1 <= len(items) < 8
    assert isinstance(error, SourceError)
    assert error.origin == f"{path}:{len(items) + 1}"
    assert error.message.startswith("cannot read from this line on (Compressed file ended")
