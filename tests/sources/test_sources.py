"""Sources: files, directories, JSON Lines and stdin; every bad input is one SourceError naming it."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from dateline.sources import InputError, SourceError, SourceItem, decode, iter_sources
from dateline.sources.decode import MAX_BYTES

ARTICLE = "CAIRO — Egyptian officials said on Tuesday that talks on a Gaza truce would resume.\n"
PAGE = "<html><body><p>Talks on a Gaza truce resumed in Cairo on Wednesday.</p></body></html>"


def one(results: list[SourceItem | SourceError]) -> SourceItem | SourceError:
    assert len(results) == 1, results
    return results[0]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty input"),
        ("blank.txt", b" \n\t\n", "empty input"),
        ("binary.txt", bytes(range(256)) * 8, "binary data"),
        ("image.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64, "binary data"),
        ("broken.html.gz", b"\x1f\x8b\x08\x00garbage", "corrupt gzip"),
    ],
)
def test_bad_files(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = one(list(iter_sources([path])))
    assert isinstance(result, SourceError)
    assert result.origin == str(path)
    assert message in result.message
    assert str(path) in str(result)


def test_missing_path(tmp_path: Path) -> None:
    result = one(list(iter_sources([tmp_path / "nowhere.txt"])))
    assert isinstance(result, SourceError)
    assert result.origin.endswith("nowhere.txt") and "no such file" in result.message


def test_too_large_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as out:
        out.truncate(50 * 2**20)  # 50 MiB, sparse: nothing written to disk
    result = one(list(iter_sources([path])))
    assert isinstance(result, SourceError)
    assert result.message.startswith("too large for one article (50 MiB > 20 MiB)")


def test_gzip_bomb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.html.gz"
    path.write_bytes(gzip.compress(b"<p>" + b"a" * (MAX_BYTES + 10)))
    result = one(list(iter_sources([path])))
    assert isinstance(result, SourceError) and "too large" in result.message


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("cp1252", "Dubai: Israel’s cabinet met on Sunday – officials said the “talks” went on. " * 3),
        ("latin-1", "Paris: Le ministre a déclaré à la presse que les négociations continuent. " * 3),
    ],
)
def test_non_utf8_is_decoded_by_detection(tmp_path: Path, encoding: str, text: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode(encoding))
    result = one(list(iter_sources([path])))
    assert isinstance(result, SourceItem)
    assert result.text == text


@pytest.mark.parametrize(("encoding", "text"), [
    ("cp1252", "Café"),  # was "Cafť" (Mac Central European) or UTF-16 garbage
    ("cp1252", "Talks at the Café Riche in Cairo resumed on Monday, officials said."),
    ("cp1252", "The naïve “plan” — Müller’s words — was dropped, officials said."),  # was "naďve"
    ("latin-1", "Paris: Le ministre a déclaré que les négociations continuent."),
    ("cp1251", "Москва: переговоры продолжаются, сообщили официальные лица."),  # not Western: detected
    ("cp1253", "Αθήνα: οι συνομιλίες συνεχίζονται, δήλωσαν αξιωματούχοι."),
])
def test_single_byte_text_is_decoded_as_written(encoding: str, text: str) -> None:
    assert decode(text.encode(encoding), "article.txt") == text


@pytest.mark.parametrize(("charset", "body"), [
    ("windows-1250", "Praha: Ministr řekl, že jednání pokračují."),
    ("iso-8859-1", "Café – “talks” go on."),  # the web's latin-1 label is windows-1252
])
def test_an_html_page_is_decoded_in_the_charset_it_declares(charset: str, body: str) -> None:
    page = f'<html><head><meta charset="{charset}"></head><body><p>{body}</p></body></html>'
    encoding = "cp1252" if charset == "iso-8859-1" else charset
    assert decode(page.encode(encoding), "page.html") == page


def test_utf8_with_a_few_stray_bytes_stays_utf8() -> None:
    good = "Gaza: Israel’s cabinet met on Sunday – “talks” go on. ".encode() * 4
    text = decode(good[:60] + b"\xff\xfe" + good[60:], "damaged.txt")
    assert "Israel’s" in text and "“talks”" in text and text.count("\ufffd") == 2


def test_decode_strips_bom_and_names_the_input() -> None:
    assert decode("\ufeffhello there".encode(), "x.txt") == "hello there"
    with pytest.raises(InputError, match="x.txt: empty input"):
        decode(b"", "x.txt")


def test_html_gz_and_kinds(tmp_path: Path) -> None:
    (tmp_path / "a.html.gz").write_bytes(gzip.compress(PAGE.encode()))
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "c.htm").write_text(PAGE, encoding="utf-8")
    results = list(iter_sources([tmp_path / "a.html.gz", tmp_path / "b.txt", tmp_path / "c.htm"]))
    assert [(type(r).__name__, r.html is not None) for r in results if isinstance(r, SourceItem)] == [
        ("SourceItem", True), ("SourceItem", False), ("SourceItem", True)]
    first = results[0]
    assert isinstance(first, SourceItem) and first.html == PAGE


def test_directory_is_read_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "2024" / "08").mkdir(parents=True)
    (tmp_path / "2024" / "08" / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "2024" / "a.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    (tmp_path / "2024" / "empty.txt").write_bytes(b"")
    results = list(iter_sources([tmp_path]))
    origins = [Path(r.origin).name for r in results]
    assert origins == ["b.txt", "a.html", "empty.txt"]
    assert [isinstance(r, SourceItem) for r in results] == [True, True, False]


def test_empty_directory(tmp_path: Path) -> None:
    result = one(list(iter_sources([tmp_path])))
    assert isinstance(result, SourceError) and "holds no" in result.message


def jsonl(*lines: object) -> bytes:
    return "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines).encode() + b"\n"


JSONL = jsonl(
    {"id": "a1", "text": ARTICLE, "url": "https://example.com/a", "published": "2024-08-20",
     "source": "Example Wire"},
    "{not json",
    "",
    {"html": PAGE},
    {"text": ""},
    [1, 2],
    {"text": ARTICLE, "id": 7},
)


def check_jsonl(results: list[SourceItem | SourceError], origin: str) -> None:
    assert [r.origin for r in results] == [f"{origin}:{n}" for n in (1, 2, 4, 5, 6, 7)]
    first, bad, page, empty, array, typed = results
    assert isinstance(first, SourceItem)
    assert (first.id, first.url, first.published, first.source) == (
        "a1", "https://example.com/a", "2024-08-20", "Example Wire")
    assert isinstance(bad, SourceError) and "malformed JSON" in bad.message
    assert isinstance(page, SourceItem) and page.html == PAGE and page.text is None
    assert isinstance(empty, SourceError) and "'text' or 'html'" in empty.message
    assert isinstance(array, SourceError) and "object" in array.message
    assert isinstance(typed, SourceError) and "id" in typed.message


@pytest.mark.parametrize("name", ["feed.jsonl", "feed.jsonl.gz"])
def test_jsonl_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(gzip.compress(JSONL) if name.endswith(".gz") else JSONL)
    check_jsonl(list(iter_sources([path])), str(path))


def test_jsonl_line_in_another_encoding(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    line = json.dumps({"text": "Le ministre a déclaré que les négociations continuent à Doha."},
                      ensure_ascii=False)
    path.write_bytes(line.encode("latin-1") + b"\n")
    result = one(list(iter_sources([path])))
    assert isinstance(result, SourceItem) and result.text is not None and "déclaré" in result.text


def test_stdin_jsonl() -> None:
    check_jsonl(list(iter_sources(["-"], stdin=io.BytesIO(JSONL))), "<stdin>")


@pytest.mark.parametrize(
    ("data", "html"),
    [(ARTICLE.encode(), False), (PAGE.encode(), True), (gzip.compress(ARTICLE.encode()), False)],
)
def test_stdin_single_article(data: bytes, html: bool) -> None:
    result = one(list(iter_sources(["-"], stdin=io.BytesIO(data))))
    assert isinstance(result, SourceItem) and result.origin == "<stdin>"
    assert (result.html is not None) is html


def test_stdin_empty() -> None:
    result = one(list(iter_sources(["-"], stdin=io.BytesIO(b""))))
    assert isinstance(result, SourceError) and result.origin == "<stdin>"


def test_good_inputs_survive_bad_ones(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02" * 100)
    results = list(iter_sources([tmp_path / "bad.txt", tmp_path / "missing.txt", tmp_path / "good.txt"]))
    assert [type(r).__name__ for r in results] == ["SourceError", "SourceError", "SourceItem"]
