"""Outlet names from promo lines, URL hosts and site names."""

from __future__ import annotations

import pytest

from dateline.reader.outlets import (
    clean_sitename,
    host_of,
    outlet_from_copyright,
    outlet_from_promo,
    outlet_from_url,
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Get exclusive content with Gulf News WhatsApp channel", "Gulf News"),
        ("Join the Coastal Ledger Telegram channel for updates", "Coastal Ledger"),
        ("Subscribe to The Coastal Ledger's newsletters", "The Coastal Ledger"),
        ("Sign up for the Harbour Times daily briefing", "Harbour Times"),
        ("Download the Coastal Ledger app", "Coastal Ledger"),
        ("Follow Al Jazeera on Instagram", "Al Jazeera"),
        ("Follow Jane Roe on Twitter @janeroe", None),  # a person, not an outlet
        ("Get breaking news alerts from Harbour Times on Telegram", "Harbour Times"),
        ("Join the Harbour Times channel on WhatsApp for breaking news", "Harbour Times"),
        ("Follow Harbour Times on Instagram and X for breaking news", "Harbour Times"),
        ("Follow us on Twitter", None),
        ("Subscribe to our newsletter", None),
    ],
)
def test_outlet_from_promo(line: str, expected: str | None) -> None:
    assert outlet_from_promo(line) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.reuters.com/world/middle-east/x", "Reuters"),
        ("https://edition.cnn.com/2024/08/18/x", "CNN"),
        ("https://gulfnews.com/world/gulf/x", "Gulf News"),
        ("https://unknown.example/x", None),
        (None, None),
    ],
)
def test_outlet_from_url(url: str | None, expected: str | None) -> None:
    assert outlet_from_url(url) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("© 2024 Harbour Times", "Harbour Times"),
        ("Copyright 2024 Harbour Times. All rights reserved.", "Harbour Times"),
        ("Copyright (c) 2024 Harbour Times", "Harbour Times"),
        ("© Harbour Times 2024", "Harbour Times"),
        ("© 2024", None),
    ],
)
def test_outlet_from_copyright(line: str, expected: str | None) -> None:
    assert outlet_from_copyright(line) == expected


def test_host_and_sitename() -> None:
    assert host_of("https://www.Example.org:8080/a?b") == "example.org"
    assert host_of("not a url") is None
    assert clean_sitename("@gulf_news") == "gulf_news"
    assert clean_sitename("apnews.com") == "Associated Press"
    assert clean_sitename("  ") is None
