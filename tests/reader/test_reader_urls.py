"""What the caller gives with an article: a URL that cannot be parsed is refused with a reason
(it failed deep in the places stage as 'pipeline failed (ValueError: Invalid IPv6 URL)'); a
publication date is taken as given from 1800 to 2100 (an archive's 1985 article was refused)."""

from __future__ import annotations

import pytest

from dateline.reader import read_item
from dateline.reader.core import url_problem
from dateline.sources import InputError, SourceItem

TEXT = "CAIRO — Egyptian officials said on Tuesday that talks on a Gaza truce would resume.\n"
PAGE = f"<html><body><article><p>{TEXT}</p></article></body></html>"


@pytest.mark.parametrize(("url", "problem"), [
    ("http://[::1", "Invalid IPv6 URL"),
    ("http://[::1/story", "Invalid IPv6 URL"),
    ("https://news.example:99999/a", "Port out of range"),
])
@pytest.mark.parametrize("kind", ["text", "html"])
def test_a_url_that_cannot_be_parsed_is_refused(url: str, problem: str, kind: str) -> None:
    item = SourceItem(origin="feed.jsonl:3", url=url, **{kind: TEXT if kind == "text" else PAGE})
    with pytest.raises(InputError) as caught:
        read_item(item)
    assert caught.value.origin == "feed.jsonl:3"
    assert caught.value.message.startswith(f"url {url!r} is not a URL ({problem}")


@pytest.mark.parametrize("url", ["https://news.example/2024/08/18/talks", "news.example/a", "not a url",
                                 "http://[::1]:8000/a", "https://news.example:8443/a?b=c#d"])
def test_urls_that_parse_are_kept(url: str) -> None:
    assert url_problem(url) is None
    assert read_item(SourceItem(origin="a.txt", text=TEXT, url=url)).url == url


@pytest.mark.parametrize(("published", "expected"), [
    ("1985-05-01", "1985-05-01"),  # an archive's article: was refused as 'not a date'
    ("1800-01-01", "1800-01-01"),
    ("2024-08-18T10:00:00Z", "2024-08-18"),
    ("2100-12-31", "2100-12-31"),
])
def test_a_given_publication_date_is_taken_as_given(published: str, expected: str) -> None:
    article = read_item(SourceItem(origin="a.txt", text=TEXT, published=published))
    assert (article.published.date, article.published.evidence) == (expected, "given")


@pytest.mark.parametrize(("published", "problem"), [
    ("2024-02-30", "is not a date"),
    ("yesterday", "is not a date"),
    ("0001-01-01", "is outside the years 1800-2100"),  # was 'is not a date'
    ("9999-12-31", "is outside the years 1800-2100"),
])
def test_a_given_publication_date_refused_says_why(published: str, problem: str) -> None:
    with pytest.raises(InputError) as caught:
        read_item(SourceItem(origin="feed.jsonl:2", text=TEXT, published=published))
    assert caught.value.message == f"published date {published!r} {problem}; give it as YYYY-MM-DD"
