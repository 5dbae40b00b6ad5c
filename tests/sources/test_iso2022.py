"""ISO-2022-JP and -KR files (7-bit: valid ASCII, so valid UTF-8 too) are read in their charset,
recognised by its escapes, and judged binary or text as a POST body in that charset is: by the
text, not by the ESC, SO and SI bytes that switch character sets."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from dateline.sources import SourceError, SourceItem, iter_sources

# our own sentences: a market report (Japanese) and a council vote (Korean)
MARKET = "日経平均株価は前日比312円高の3万8120円で取引を終えた。TOPIXは12.5ポイント高で、G7会合を前に買いが入った。"
COUNCIL = "서울시 의회는 월요일 새 예산안을 통과시켰다. 시장은 2025년에 어린이집 30곳을 늘리겠다고 말했다. "
TEXTS = {"iso2022_jp": MARKET, "iso2022_kr": COUNCIL, "iso2022_jp_2": MARKET + COUNCIL}


def read(tmp_path: Path, name: str, data: bytes) -> SourceItem | SourceError:
    (tmp_path / name).write_bytes(data)
    (result,) = iter_sources([tmp_path / name])
    return result


@pytest.mark.parametrize("encoding", sorted(TEXTS))
@pytest.mark.parametrize("times", [1, 40])
def test_an_iso2022_file_is_read_in_its_charset(tmp_path: Path, encoding: str, times: int) -> None:
    """It was refused as binary (ESC, SO, SI counted as control bytes) or, read as UTF-8, kept
    its escape codes in the text."""
    text = "Tokyo, Monday. " + TEXTS[encoding] * times
    result = read(tmp_path, "report.txt", text.encode(encoding))
    assert isinstance(result, SourceItem), result
    assert result.text == text


def test_an_iso2022_page_and_stdin_are_read_alike(tmp_path: Path) -> None:
    page = f"<html><body><p>{MARKET}</p></body></html>"
    from_file = read(tmp_path, "page.html", page.encode("iso2022_jp"))
    (from_stdin,) = iter_sources(["-"], stdin=io.BytesIO(page.encode("iso2022_jp")))
    assert isinstance(from_file, SourceItem) and isinstance(from_stdin, SourceItem)
    assert from_file.html == from_stdin.html == page


def test_an_iso2022_file_full_of_control_characters_is_still_binary(tmp_path: Path) -> None:
    """The near miss: control characters of the text itself (one every six letters) make it
    binary in ISO-2022-JP as in UTF-8."""
    text = "".join(c + ("\x02" if i % 6 == 0 else "") for i, c in enumerate(MARKET * 40))
    for encoding in ("iso2022_jp", "utf-8"):
        result = read(tmp_path, "report.txt", text.encode(encoding))
        assert isinstance(result, SourceError) and "binary data" in result.message, encoding


def test_a_terminal_escape_is_no_iso2022_escape(tmp_path: Path) -> None:
    minutes = "\x1b[1mNotice\x1b[0m: the council meets in Nablus on Sunday at ten. " * 100
    result = read(tmp_path, "minutes.txt", minutes.encode("utf-8"))
    assert isinstance(result, SourceItem) and result.text == minutes


@pytest.mark.parametrize("line", [
    "The minister said “yes” in Zürich, then left. \x1b$B",  # UTF-8: bytes ISO-2022 never has
    "Log excerpt pasted by the desk: \x1b$B at 10:42 the feed stopped, then resumed.",  # spaces
])
def test_a_stray_iso2022_escape_in_other_text_leaves_it_as_it_is(tmp_path: Path, line: str) -> None:
    """The near misses: one "ESC $ B" in UTF-8 or ASCII text that no ISO-2022 codec reads."""
    text = (line + " The council met again on Sunday.\n") * 3
    result = read(tmp_path, "notes.txt", text.encode("utf-8"))
    assert isinstance(result, SourceItem) and result.text == text
