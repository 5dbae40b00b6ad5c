"""The opening-character lookahead of the time rules (``time.prefilter.opening_class``): the class
holds every character a match can open with, and the rules find the same matches with it."""

from __future__ import annotations

import re

import pytest

from dateline.time import grammar
from dateline.time.prefilter import opening_class


@pytest.mark.parametrize(("source", "expected"), [
    ("abc|x", "[ax]"),
    (r"(?:the\s+)?(?P<n>\d+)\s+days", r"[t\d]"),  # an optional part: what follows opens too
    (r"(?:early|late)?[\s-]*(?-i:May)", r"[el\s\-M]"),  # a repeat of none or more, case kept
    (r"\b(?=x)(?<=\s)y", "[y]"),  # zero-width parts open nothing
    (r"[a-c\d]z", r"[a-c\d]"),
    ("(?:a)?", None),  # may match empty: no class
    (r".x", None),  # any character
    (r"[^a]x", None),  # a negated class
    (r"(a)\1", "[a]"),
    (r"\Dx", None),  # a category not told
])
def test_opening_class(source: str, expected: str | None) -> None:
    assert opening_class(source, re.I) == expected


@pytest.mark.parametrize(("source", "text"), [
    (r"(?:(?P<rel>last|next)\s+)?(?P<unit>week|month)s?\b", "Last week, NEXT MONTH and ſome weeks later"),
    (r"(?:(?P<q>about|around)\s+)?(?P<num>\d+|two|ten)\s+(?:days|years)", "about 10 days, Two years, ten  days"),
    (r"(?:(?P<pmod>early|late)[\s-]+)?(?-i:May|June)\b", "early May, late-June, may June, EARLY May"),
    (r"(?!an?\s+week-long)(?:an?\s+)?week", "a week-long truce, a week, An week, weeks"),
])
def test_lookahead_keeps_matches(source: str, text: str) -> None:
    plain = re.compile(r"(?<![\w'$])(?:" + source + r")(?![\w])", re.I)
    ahead = re.compile(r"(?<![\w'$])(?=" + str(opening_class(source, re.I)) + ")(?:" + source + r")(?![\w])", re.I)
    want = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
    assert want and [(m.span(), m.groupdict()) for m in ahead.finditer(text)] == want


def test_every_rule_has_a_class() -> None:
    """No rule of the grammar may match empty or open with any character: each gets its lookahead."""
    assert all("(?=[" in rule.pattern.pattern for rule in grammar.rules())
