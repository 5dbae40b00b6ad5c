"""Publication-date evidence: URLs, image-slug Unix times, dates in text, metadata strings."""

from __future__ import annotations

import pytest

from dateline.reader.dates import (
    date_from_slug,
    date_from_url,
    dates_in_text,
    first_date_in_text,
    normalize_date,
)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.example.com/world/2024/08/18/blinken-israel/", "2024-08-18"),
        ("https://example.com/news/2024-08-18-gaza-talks", "2024-08-18"),
        ("https://www.example.com/world/2024/aug/18/gaza-ceasefire", "2024-08-18"),
        ("https://example.com/20240818/gaza-truce", "2024-08-18"),
        ("https://example.com/2024/08/gaza-truce", None),
        ("https://example.com/2024/13/45/bad", None),
        ("https://example.com/story/123456789", None),
        (None, None),
    ],
)
def test_date_from_url(url: str | None, expected: str | None) -> None:
    assert date_from_url(url) == expected


@pytest.mark.parametrize(
    ("slug", "expected"),
    [
        ("gaza-camp-1723993484098", "2024-08-18"),  # milliseconds
        ("gaza-camp-1723993484", "2024-08-18"),  # seconds
        ("gaza-camp-9999999999999", None),  # far future: not plausible
        ("gaza-camp-0000000012", None),  # 1970: not plausible
        ("gaza-camp-123456", None),
    ],
)
def test_date_from_slug(slug: str, expected: str | None) -> None:
    assert date_from_slug(slug) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tanks took position on a hill on August 18, 2024.", "2024-08-18"),
        ("The talks opened on 15 August 2024 in Doha.", "2024-08-15"),
        ("Filed on Aug. 19, 2024 at noon", "2024-08-19"),
        ("The statement is dated 2024-08-20.", "2024-08-20"),
        ("Talks resume on Sunday.", None),
        ("In August, talks stalled.", None),
        ("On February 30, 2024 nothing happened.", None),
    ],
)
def test_first_date_in_text(text: str, expected: str | None) -> None:
    assert first_date_in_text(text) == expected


def test_dates_in_text_in_order() -> None:
    text = "From 15 August 2024 to August 18, 2024."
    assert [d for _, d in dates_in_text(text)] == ["2024-08-15", "2024-08-18"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-08-18T14:30:00Z", "2024-08-18"),
        ("2024-08-18", "2024-08-18"),
        ("Sun, 18 Aug 2024 15:04:44 GMT", "2024-08-18"),
        ("", None),
        (None, None),
        ("yesterday", None),
    ],
)
def test_normalize_date(value: str | None, expected: str | None) -> None:
    assert normalize_date(value) == expected
