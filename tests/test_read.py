"""``dateline.read``: one article from a path or from its text, through the real pipeline."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

import dateline
from dateline.sources import InputError

BODY = ("Jordan's foreign minister met his Egyptian counterpart in Amman on Tuesday to discuss "
        "the ceasefire talks, officials said.")


@pytest.fixture
def read(pipeline, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(dateline, "_default_pipeline", lambda: pipeline)
    return dateline.read


@pytest.mark.parametrize("path", ["/tmp/no-such-dir/report.html", "missing.txt", "feed.jsonl.gz"])
def test_a_missing_path_is_an_input_error_not_an_article(read, path: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError, match="no such file"):
        read(path)


def test_a_path_and_its_text_give_one_body(read, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    file = tmp_path / "amman.txt"
    file.write_text(BODY, encoding="utf-8")
    assert read(str(file), published="2024-08-20").body == read(BODY, published="2024-08-20").body == BODY


def test_paragraph_markup_given_as_text_is_read_as_html(read) -> None:  # type: ignore[no-untyped-def]
    record = read(f"<p>{BODY}</p><p>The talks resume next week.</p>", published="2024-08-20")
    assert "<p>" not in record.body and record.body.startswith("Jordan's foreign minister")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_bytes_are_decoded_as_the_file_sources_decode_them(read, encoding: str) -> None:  # type: ignore[no-untyped-def]
    text = "Le ministre a salué la trêve à Gaza. " + BODY
    record = read(f"<p>{text}</p>".encode(encoding), published="2024-08-20")
    assert record.body == text  # was "b'<p>Le ministre a salu\\xc3\\xa9 ..."


@pytest.mark.parametrize("value", [None, 42, ["a text"]])
def test_a_value_that_is_no_article_is_a_type_error(read, value: object) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(TypeError, match="path, article text or bytes"):
        read(value)  # was an article whose body was "None"


@pytest.mark.parametrize(("value", "message"), [
    ("data/2024/08/report", "no such file"),
    ("./article", "no such file"),
    ("C:\\\\news\\\\report", "no such file"),
    ("https://news.example/2024/08/18/gaza-talks", "is a URL"),
])
def test_a_string_that_can_only_be_a_path_or_url_is_no_article(read, value: str, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError, match=message):
        read(value)


@pytest.mark.parametrize("text", [
    "https://t.co/abc123 Israeli officials said talks would resume in Cairo on Sunday.",
    "N/A", "Gaza/Israel", "and/or",
])
def test_one_line_text_that_only_looks_like_a_path_or_url_is_text(read, text: str) -> None:  # type: ignore[no-untyped-def]
    try:
        record = read(text, published="2024-08-20")  # was "is a URL" / "no such file"
    except InputError as err:  # too little to be an article is fine; a path or a URL is not
        assert "URL" not in err.message and "file" not in err.message, err.message
    else:
        assert record.body == text


def test_a_directory_is_named_as_one(read, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for given in (str(tmp_path), tmp_path):
        with pytest.raises(InputError, match="is a directory"):  # was "no such file"
            read(given)


def test_a_one_line_text_too_long_for_a_file_name_is_text(read) -> None:  # type: ignore[no-untyped-def]
    text = " ".join([BODY.replace(" ", "-")] * 3)  # one word longer than any file name
    assert read(text, published="2024-08-20").body == text  # was OSError: File name too long


def test_one_line_bytes_naming_a_file_are_text_not_a_path(read, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    file = tmp_path / "amman.txt"
    file.write_text(BODY, encoding="utf-8")
    assert read(str(file).encode()).body == str(file)  # the bytes are the text, not a file name


@pytest.mark.parametrize("published", [datetime.date(2024, 8, 20), datetime.datetime(2024, 8, 20, 23, 59)])
def test_published_may_be_a_date_object(read, published: object) -> None:  # type: ignore[no-untyped-def]
    record = read(BODY, published=published)  # was TypeError: expected string or bytes-like object
    assert (record.published.date, record.published.evidence) == ("2024-08-20", "given")


def test_published_of_another_type_is_a_type_error_that_says_what_to_give(read) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(TypeError, match="published is a YYYY-MM-DD string or a datetime.date"):
        read(BODY, published=20240820)
