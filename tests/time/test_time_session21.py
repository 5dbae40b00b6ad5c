"""Session 21: a unit word opening a hyphenated adjective is no date ("the last year-round
ferry"); "last <unit> after <unit>" is the verb ("may last summer after summer"); a relative
clause's "would one day" in a sentence told in the past has no anchor; a fiscal year framing a
sentence ("In fiscal 1989, ...") is the year of its quarters. Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

PUB = "2024-08-18"


def _tags(time_tag: Any, text: str, published: str = PUB) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in time_tag(text, published)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The last year-round ferry left in May.", [("May", "DATE", "2024-05")]),
    ("This year-round service starts Monday.", [("Monday", "DATE", "2024-08-19")]),
    ("That year-long effort failed.", [("year-long", "DURATION", "P1Y")]),
    ("The last summer-like day came in October.", [("October", "DATE", "2023-10")]),
    ("The fall-out from the scandal grew.", []),
    # near misses: the period's end, a possessive, a dash, the compound after the date
    ("The fund fell last month-end.", [("last month", "DATE", "2024-07")]),
    ("The year-end bonus was cut.", [("year-end", "DATE", "2024")]),
    ("Last year's ferry left in May.", [("Last year", "DATE", "2023"), ("May", "DATE", "2024-05")]),
    ("The last year—a hard one—ended.", [("The last year", "DATE", "2023")]),
    ("The ferry ran year-round last year.", [("last year", "DATE", "2023")]),
])
def test_unit_opening_a_compound(time_tag: Any, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _tags(time_tag, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Droughts may last summer after summer.", []),
    ("The rains could last winter after winter, scientists warn.", []),
    ("Droughts last summer after summer in the south.", []),
    ("Droughts may last Monday after Monday.", []),
    # review: a preposition other than the common ones after the repeat closes the phrase too
    ("The talks could last week after week amid the shelling.", []),
    ("Shortages may last month after month under the blockade.", []),
    ("Sieges can last winter after winter during the war.", []),
    # near misses: "after" opening another phrase, the adjective, a possessive after the repeat
    ("He played last summer after summer camp ended.", [("last summer", "DATE", "2023-SU")]),
    ("Farmers lost crops last summer after summer storms.", [("last summer", "DATE", "2023-SU")]),
    ("She met him last summer after years apart.", [("last summer", "DATE", "2023-SU")]),
    ("The drought last summer was severe.", [("last summer", "DATE", "2023-SU")]),
    ("Stocks fell last Friday after Friday's report.",
     [("last Friday", "DATE", "2024-08-16"), ("Friday", "DATE", "2024-08-16")]),
])
def test_last_the_verb_before_a_repeated_unit(time_tag: Any, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _tags(time_tag, text) == expected


@pytest.mark.parametrize(("text", "anchor"), [
    ("The boy who would one day lead the nation was born in 1950.", None),
    ("A company that would one day rival its rivals was founded in 1998.", None),
    ("In 1950, a boy was born who would one day lead the nation.", None),
    # near misses: "will", a present frame, "could"
    ("The girl who will one day lead the nation was born in 2010.", "publication"),
    ("The drug, which would one day replace insulin, is being tested.", "publication"),
    ("The boy who would one day lead the nation lives in Ohio.", "publication"),
    ("The man who could one day lead the party spoke on Monday.", "publication"),
])
def test_would_one_day_in_a_past_relative_clause(time_tag: Any, text: str, anchor: str | None) -> None:
    found = [t for t in time_tag(text, PUB) if t.text == "one day"]
    assert [(t.value, t.anchor) for t in found] == [("FUTURE_REF", anchor)]


@pytest.mark.parametrize(("text", "published", "quarter"), [
    ("In fiscal 1989, which ends in June, the company expects earnings to rise, helped by gains in the "
     "third quarter.", PUB, ("the third quarter", "1989-Q3")),
    ("For fiscal 1990, the company expects a third-quarter loss.", PUB, ("third-quarter", "1990-Q3")),
    ("In fiscal 1990, which ends in June, the company will post a fourth-quarter loss.", "1990-01-10",
     ("fourth-quarter", "1990-Q4")),
    ("During FY2025, which ends in March, sales rose in the second quarter.", PUB, ("the second quarter", "2025-Q2")),
    ('"In the fiscal year 1989, the third quarter was strong," he said.', PUB, ("the third quarter", "1989-Q3")),
    # near misses: a fiscal year compared with, inside the sentence, in the sentence before; a
    # calendar year; the quarter's own year
    ("Profit rose to $3 million from fiscal 1988, and the third quarter was strong.", PUB,
     ("the third quarter", "2024-Q3")),
    ("The firm, which in fiscal 1989 lost money, expects a third-quarter profit.", PUB, ("third-quarter", "2024-Q3")),
    ("In fiscal 1989 the firm lost money. In the third quarter it earned $2 million.", PUB,
     ("the third quarter", "2024-Q3")),
    ("In 1989, the company expects earnings to rise in the third quarter.", PUB, ("the third quarter", "2024-Q3")),
    ("In fiscal 1989, the company expects earnings to rise in the third quarter of 1990.", PUB,
     ("the third quarter of 1990", "1990-Q3")),
])
def test_fiscal_year_framing_the_sentence(time_tag: Any, text: str, published: str, quarter: tuple[str, str]) -> None:
    found = [(t.text, t.value) for t in time_tag(text, published) if "quarter" in t.text]
    assert found == [quarter]
