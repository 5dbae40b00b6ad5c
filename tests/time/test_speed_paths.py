"""The time grammar's fast paths find what the plain computation finds: word lists grouped by first
letter (``grammar.by_first_letter``, and NUM's branches merged, ``_num_by_first_letter``) match the
same spans with the same groups as the rules as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dateline.time import grammar
from dateline.time.lexicon import lexicon

DEMO = Path(grammar.__file__).resolve().parents[1] / "data" / "demo"

#: our own sentences, dense in the words the grouped lists hold
TEXTS = (
    "About three years ago, in the past 10 months and over the next two weeks, talks went on.",
    "The following week, the previous quarter and the coming months were hard; a couple of days later it ended.",
    "Early this morning, late last night and mid-2024 the army moved; the day before, nothing.",
    "The first half of the year, the second week of March, the year-ago quarter, Q3 FY24 and FY2024-25.",
    "Every other Tuesday, twice a week, daily, at 10:30 a.m. GMT on Monday and at noon yesterday.",
    "Twenty-five years, a hundred days, one and a half hours, several decades, the 1990s and the nineties.",
    "Fewer than six weeks, no more than 30 days, at least a fortnight, up to two centuries or so.",
    "This past spring, last summer, the spring of 2023, Christmas Eve, Eid al-Adha and New Year's Day.",
    "Nineteen eighty-four, in two thousand and five, the year two thousand, the end of the decade.",
    "THE PAST TWO YEARS, Last Week, NEXT MONTH, the Following Day, ıt was the fırst day, ſix weeks.",
    "thirty-seven months, forty two days, 12-hour, a week-long truce, six-month-old, the 24th century.",
    "1st, 2nd and 3rd quarters; the latest three months; remaining 40 days; further 90 days; final hours.",
    "Seventy-one days, ninety nine years, thousands of years, a number of weeks, countless hours, half an hour.",
    "Hundreds of days, a couple of months, couple of weeks, sixty single days, 2.5 years, 3 1/2 hours, an hour.",
)


def _plain_rules() -> list[tuple[str, re.Pattern[str]]]:
    """The rules compiled from their templates as written (``grammar.rules`` without the grouping)."""
    pieces = grammar._pieces(lexicon())
    out = []
    for name, template in grammar._RULES:
        source = template
        for key, value in pieces.items():
            source = source.replace("{" + key + "}", value)
        source = source.replace("{{", "{").replace("}}", "}")
        out.append((name, re.compile(r"(?<![\w'$])(?<!\d[,.])(?:" + source + r")(?![\w])", re.I)))
    return out


def _texts() -> list[str]:
    demo = [p.read_text(encoding="utf-8") for p in sorted(DEMO.glob("*")) if p.suffix in (".txt", ".html")]
    return [*TEXTS, " ".join(TEXTS), *demo]


@pytest.mark.parametrize(("source", "expected"), [
    ("(?:two|ten|five)", "(?:t(?:wo|en)|five)"),
    (r"(?P<rel>this|last|the\s+coming|1st|1)\s+", r"(?P<rel>t(?:his|he\s+coming)|last|1(?:st|))\s+"),
    (r"(?:a\-b|'s|x)", r"(?:a\-b|'s|x)"),  # a word starting with no letter or digit: left as it is
    ("(?:a|[ab])(?-i:May|March)", "(?:a|[ab])(?-i:May|March)"),  # a class, capitals: not a word list
])
def test_by_first_letter(source: str, expected: str) -> None:
    assert grammar.by_first_letter(source) == expected


def test_grouped_rules_match_as_written() -> None:
    texts = _texts()
    fast = {rule.name: rule.pattern for rule in grammar.rules()}
    assert any(fast[name].pattern != plain.pattern for name, plain in _plain_rules())
    for name, plain in _plain_rules():
        for text in texts:
            want = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
            got = [(m.span(), m.groupdict()) for m in fast[name].finditer(text)]
            assert got == want, (name, text[:80])


def test_alternation_is_the_same_whatever_the_hash_seed() -> None:
    import subprocess
    import sys

    code = "from dateline.time.grammar import rules; print([(r.name, r.pattern.pattern) for r in rules()])"
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(runs) == 1 and len(next(iter(runs))) > 1000
