"""Inputs that look like articles but are not (adversarial QA): files of other formats saved
with an article's name, and JSON Lines rows whose fields have the wrong JSON types."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from dateline.sources import SourceError, SourceItem, iter_sources

# The opening of a PDF whose first kilobytes are plain PDF syntax (no NUL, few control bytes):
# what a PDF saved as .html looks like to a byte-statistics test.
PDF = (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
       b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
       b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>\nendobj\n") * 20
GIF = b"GIF89a" + b"The talks resumed in Cairo. " * 40  # a GIF whose bytes happen to be printable
ZIP = b"PK\x03\x04" + b"word/document.xml talks resumed in Cairo " * 40


@pytest.mark.parametrize(("name", "content", "kind"), [
    ("report.html", PDF, "a PDF file"),
    ("report.txt", b"\n  " + PDF, "a PDF file"),
    ("photo.htm", GIF, "a GIF image"),
    ("story.txt", ZIP, "a ZIP archive: .zip, .docx"),
])
def test_other_formats_named_as_articles_are_refused(tmp_path: Path, name: str, content: bytes,
                                                     kind: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    (result,) = iter_sources([path])
    assert isinstance(result, SourceError), result  # was stored as an "article" of PDF syntax
    assert result.origin == str(path)
    assert result.message.startswith(f"binary data ({kind}") and "not text or HTML" in result.message


def test_text_that_merely_mentions_a_format_is_an_article(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("PDF- and GIF-format leaflets were dropped over Rafah on Tuesday, officials said.\n")
    (result,) = iter_sources([path])
    assert isinstance(result, SourceItem)


ARTICLE = "The minister said talks would resume on Tuesday in Cairo."


@pytest.mark.parametrize(("row", "words"), [
    ({"text": 123}, ["text is a number (123)"]),
    ({"text": {"body": ARTICLE}}, ["text is an object"]),
    ({"text": [ARTICLE]}, ["text is a list"]),
    ({"html": 5, "text": None}, ["html is a number"]),
    ({"text": 0, "html": f"<p>{ARTICLE}</p>"}, ["text is a number"]),  # was read from html in silence
    ({"text": ARTICLE, "published": 20240818}, ["published is a number (20240818)"]),
    ({"text": ARTICLE, "published": True, "id": 7}, ["published is true (a boolean)", "id is a number"]),
    ({"text": ARTICLE, "url": {"href": "https://x.example/a"}}, ["url is an object"]),
])
def test_jsonl_fields_of_the_wrong_type_are_named(tmp_path: Path, row: dict[str, object],
                                                  words: list[str]) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps(row) + "\n" + json.dumps({"text": ARTICLE}) + "\n")
    bad, good = iter_sources([path])
    assert isinstance(bad, SourceError) and bad.origin == f"{path}:1"
    assert bad.message.startswith("fields must be strings (or null): "), bad.message
    for word in words:
        assert word in bad.message
    assert isinstance(good, SourceItem) and good.text == ARTICLE  # the next row is still read


@pytest.mark.parametrize("row", [{"text": None, "html": None}, {"text": "  "}, {}])
def test_jsonl_row_without_a_body_says_so(tmp_path: Path, row: dict[str, object]) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps(row) + "\n")
    (bad,) = iter_sources([path])
    assert isinstance(bad, SourceError) and "needs a non-empty 'text' or 'html' field" in bad.message


FEED = "".join(json.dumps({"id": f"a{n}", "text": f"{ARTICLE} Round {n}."}) + "\n" for n in range(3))


@pytest.mark.parametrize(("name", "gz"), [("feed.ndjson.gz", True), ("feed.json", False),
                                          ("feed.json.gz", True), ("feed", False), ("feed.gz", True)])
def test_json_lines_under_another_name_are_read_as_json_lines(tmp_path: Path, name: str, gz: bool) -> None:
    path = tmp_path / name
    data = ("\n " + FEED).encode()
    path.write_bytes(gzip.compress(data) if gz else data)
    results = list(iter_sources([path]))
    # was one article whose body was the JSON text of all three
    assert [r.id for r in results if isinstance(r, SourceItem)] == ["a0", "a1", "a2"], results
    assert [r.origin for r in results] == [f"{path}:{n}" for n in (2, 3, 4)]


def test_ndjson_gz_in_a_directory_is_read(tmp_path: Path) -> None:
    (tmp_path / "feed.ndjson.gz").write_bytes(gzip.compress(FEED.encode()))
    assert len([r for r in iter_sources([tmp_path]) if isinstance(r, SourceItem)]) == 3


def test_a_json_array_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "feed.json"
    path.write_text(json.dumps([{"text": ARTICLE}]))
    (result,) = iter_sources([path])
    assert isinstance(result, SourceError) and result.message.startswith("a JSON array, not JSON Lines")


def test_a_pretty_printed_json_article_is_one_article(tmp_path: Path) -> None:
    path = tmp_path / "article.json"
    path.write_text(json.dumps({"id": "p1", "text": ARTICLE, "published": "2024-08-18"}, indent=2))
    (result,) = iter_sources([path])
    assert isinstance(result, SourceItem) and (result.id, result.text, result.origin) == ("p1", ARTICLE, str(path))


def test_a_pretty_printed_json_of_no_article_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "expected.json"  # was one error for each of its 40 lines
    path.write_text(json.dumps({"articles": [{"title": f"t{i}"} for i in range(8)]}, indent=2))
    (result,) = iter_sources([path])
    assert isinstance(result, SourceError) and result.origin == str(path)
    assert result.message == "needs a non-empty 'text' or 'html' field"


def test_json_lines_named_json_stay_lines(tmp_path: Path) -> None:
    path = tmp_path / "feed.json"
    path.write_text("".join(json.dumps({"id": f"a{i}", "text": ARTICLE}) + "\n" for i in range(3)))
    results = list(iter_sources([path]))
    assert [r.origin for r in results] == [f"{path}:{n}" for n in (1, 2, 3)]


@pytest.mark.parametrize("name", ["note.txt", "page.html"])
def test_text_and_html_files_are_what_their_names_say(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text('{"text": "x"} is how a JSON object opens, the manual said on Tuesday.\n')
    (result,) = iter_sources([path])
    assert isinstance(result, SourceItem) and result.origin == str(path)


def test_json_lines_opening_with_a_byte_order_mark(tmp_path: Path) -> None:
    data = b"\xef\xbb\xbf" + FEED.encode()  # as Windows editors save UTF-8
    path = tmp_path / "feed.json"
    path.write_bytes(data)
    for results in (list(iter_sources([path])), list(iter_sources(["-"], stdin=io.BytesIO(data)))):
        # each was one article whose body was the whole feed
        assert [r.id for r in results if isinstance(r, SourceItem)] == ["a0", "a1", "a2"], results


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
@pytest.mark.parametrize("gz", [False, True])
def test_wide_unicode_json_lines_are_read_line_by_line(tmp_path: Path, encoding: str, gz: bool) -> None:
    text = FEED.replace("Round 2", "Round 2 in Kraków").replace("\n", "\r\n")
    data = ("\ufeff" if encoding.endswith("-be") else "").encode(encoding) + text.encode(encoding)
    path = tmp_path / ("feed.jsonl.gz" if gz else "feed.jsonl")  # PowerShell's `>` writes UTF-16
    path.write_bytes(gzip.compress(data) if gz else data)
    results = list(iter_sources([path]))
    # was 'invalid UTF-16 text (truncated data ...)' and 'binary data' for lines split mid-character
    assert [r.id for r in results if isinstance(r, SourceItem)] == ["a0", "a1", "a2"], results
    assert [r.origin for r in results] == [f"{path}:{n}" for n in (1, 2, 3)]
    assert isinstance(results[2], SourceItem) and "Kraków" in (results[2].text or "")
