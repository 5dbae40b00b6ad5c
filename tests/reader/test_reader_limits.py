"""Inputs the reader must refuse with a reason rather than pass on to fail deep in the NLP stage."""

from __future__ import annotations

import pytest

from dateline.reader import read_html, read_item, read_text
from dateline.reader.core import MAX_BODY_CHARS
from dateline.sources import InputError, SourceItem

WORDS = "talks went on "


@pytest.mark.parametrize("item", [
    SourceItem(origin="one-line.txt", text=WORDS * (MAX_BODY_CHARS // len(WORDS) + 1)),
    SourceItem(origin="many-lines.txt", text=(WORDS * 20 + "\n\n") * (MAX_BODY_CHARS // 280 + 10)),
    SourceItem(origin="page.html", html="<html><body><p>" + WORDS * (MAX_BODY_CHARS // len(WORDS) + 1)
               + "</p></body></html>"),
])
def test_a_body_longer_than_the_nlp_stage_takes_is_refused(item: SourceItem) -> None:
    with pytest.raises(InputError) as caught:
        read_item(item)
    assert caught.value.origin == item.origin
    assert "article text too long" in caught.value.message
    assert f"at most {MAX_BODY_CHARS:,}" in caught.value.message


def test_a_long_body_within_the_limit_is_read() -> None:
    text = "CAIRO — " + WORDS * ((MAX_BODY_CHARS - 100) // len(WORDS))
    assert len(read_text(text).body) <= MAX_BODY_CHARS


@pytest.mark.parametrize("html", [
    "<html><head><title>Only a title</title></head></html>",
    "<html><body>" + "<div>" * 5000 + "</div>" * 5000 + "</body></html>",
])
def test_html_without_text_is_refused(html: str) -> None:
    with pytest.raises(InputError, match="no article text found"):
        read_html(html, origin="page.html")
