""""last" the verb where the parse reads an adjective: before "a"/"an" ("might one day last a
decade": the adjective takes no "a") or just after "<modal> one day"; and before "year-round" or
"month after month", where "last year"/"last month" is no date. "last year", "last year's",
"the last year" stay dates. Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

PUB = "2024-08-21"


@pytest.mark.parametrize(("text", "expected"), [
    ("The ceasefire might one day last a decade.", [("one day", "FUTURE_REF"), ("a decade", "P10Y")]),
    ("The ceasefire could one day last three years.", [("one day", "FUTURE_REF"), ("three years", "P3Y")]),
    ("At last a year later the ferry sailed again.", [("a year later", "2025")]),
    ("Snow is expected to last year-round on the peaks.", []),
    ("Shortages seemed to last month after month.", []),
    # near misses: "last" the adjective
    ("Exports rose last year.", [("last year", "2023")]),
    ("Last year's vintage was poor.", [("Last year", "2023")]),
    ("The last year has been hard for growers.", [("The last year", "2023")]),
    ("Exports rose last year after a slump.", [("last year", "2023")]),
    ("Shares fell last month after month-end selling.", [("last month", "2024-07")]),
    ("One day last week, she phoned the governor.", [("One day", "P1D"), ("last week", "2024-W33")]),
    ("Prices climbed in the last two weeks.", [("the last two weeks", "P2W")]),
])
def test_last_the_verb_or_the_adjective(time_tag: Any, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in time_tag(text, PUB)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The harvest failed last year after year after year of drought.", [("last year", "2023")]),
    ("Wells ran dry last month after month of heat.", [("last month", "2024-07")]),
    ("Rationing may last month after month.", []),
])
def test_last_before_a_noun_phrase_of_the_idiom(time_tag: Any, text: str, expected: list[tuple[str, str]]) -> None:
    """"<X> after <X>" opening a noun phrase ("year after year of drought") leaves "last <X>" a date."""
    assert [(t.text, t.value) for t in time_tag(text, PUB)] == expected


@pytest.mark.parametrize(("text", "verb"), [
    ("Shortages seemed to last month after month.", True),
    ("Droughts may last summer after summer.", True),
    ("He played last summer after summer camp ended.", False),
    ("Crops failed last year after year after year of drought.", False),
    ("Exports rose last year after a slump.", False),
])
def test_verb_last_decides_the_date_too(text: str, verb: bool) -> None:
    """grammar.verb_last is the one place that reads "last" as the verb: it drops "last <unit>"."""
    from dateline.time.grammar import candidates, verb_last

    cand = next(c for c in candidates(text) if c.rule in ("relative", "season"))
    assert (verb_last(text, cand, lambda at: None) is None) == verb


def test_no_unit_opening_a_compound() -> None:
    """"last year-round": no rule takes "year" before a hyphenated adjective (``grammar`` NOHYPH)."""
    from dateline.time.grammar import candidates

    assert [c for c in candidates("Snow is expected to last year-round.") if "year" in c.groups.get("what", "")] == []
