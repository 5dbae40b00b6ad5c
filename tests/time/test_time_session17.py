"""Session 17: weekdays of coordinated past clauses, or after coordinated objects of one verb,
are days of one stretch in text order ("Prices fell Monday and rose Wednesday"); after a
possessive pronoun a figure a year has one of is the year's only in the singular ("their 1990's
levels" is the decade); a two-digit birth year lies before the publication's year ("born in
'24" in 2024 is 1924). Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

TUE = "2024-08-20"


@pytest.mark.parametrize("text", [
    "Prices fell Monday and rose Wednesday.",
    "Prices fell Monday but rose Wednesday.",
    "Prices fell on Monday, and on Wednesday they rose again.",
    "The minister met the envoy Monday and the general Wednesday.",
])
def test_coordinated_past_weekdays_in_text_order(time_tag: Any, text: str) -> None:
    assert [t.value for t in time_tag(text, TUE)] == ["2024-08-12", "2024-08-14"]


@pytest.mark.parametrize(("text", "expected"), [
    # already in order: each its own day
    ("Police arrested him Friday and charged him Monday.", ["2024-08-16", "2024-08-19"]),
    # a future clause: the coming days
    ("Prices will fall Monday and rise Wednesday.", ["2024-08-26", "2024-08-28"]),
    # reported content: the day said of comes before the saying
    ("He said Thursday that prices fell and rose Monday.", ["2024-08-15", "2024-08-12"]),
    # two sentences are no sequence
    ("Prices fell Monday. They rose Wednesday.", ["2024-08-19", "2024-08-14"]),
    # too far apart to be one stretch ("Friday and Thursday": each the last such day)
    ("Prices fell Friday and rose Thursday.", ["2024-08-16", "2024-08-15"]),
])
def test_weekdays_not_in_sequence(time_tag: Any, text: str, expected: list[str]) -> None:
    assert [t.value for t in time_tag(text, TUE)] == expected


@pytest.mark.parametrize("published", [TUE, None])
@pytest.mark.parametrize(("text", "expected"), [
    ("Exports returned to their 1990's levels.", "199"),
    ("Shares never regained their 1970's highs.", "197"),
    ("Exports returned to their 1990's level.", "1990"),
    ("Sales fell below their 2019's sales.", "2019"),  # a year has many sales
    ("The firm beat its 2015's results.", "2015"),
])
def test_figure_number_decides_year_or_decade(time_tag: Any, text: str, published: str | None,
                                              expected: str) -> None:
    assert [t.value for t in time_tag(text, published)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Born in '24, she still drives to church.", "1924"),
    ("He was born there in '31.", "1931"),
    ("She was born in '23, her mother said.", "2023"),  # the year before publication stays
    ("Prices fell in '24.", "2024"),  # no birth: the publication year may be a past year
])
def test_birth_year_before_publication(time_tag: Any, text: str, expected: str) -> None:
    assert [t.value for t in time_tag(text, "2024-08-20")] == [expected]


NOV = "1989-11-02"


@pytest.mark.parametrize(("text", "expected"), [
    # a change or figure beside "a year ago/earlier" in a quarter's report: that quarter a year before
    ("Acme's third-quarter profit grew 19% from a year ago.", "1988-Q3"),
    ("Acme's third-quarter loss narrowed from a year earlier.", "1988-Q3"),
    ("Acme earned $5 million in the third quarter. A year earlier, net income was $2.1 million.", "1988-Q3"),
    # "last year" after a money figure there, as "a year ago"
    ("Acme posted a third-quarter loss of $24 million, compared with a loss of $3 million last year.", "1988-Q3"),
    # a longer period named since: the year before
    ("Acme earned $5 million in the third quarter. In the first nine months, net rose to $9 million "
     "from $7 million a year earlier.", "1988"),
    ("Acme earned $5 million in the third quarter. For the first half, net was $9 million, compared "
     "with $7 million a year earlier.", "1988"),
    ("Acme earned $5 million in the third quarter. For the nine months, profit climbed 6% to $81.4 million, "
     "from $76.9 million, or $2.10 a share, last year.", "1988"),
    # no quarter reported: the year
    ("Net income fell to $5 million last year.", "1988"),
    ("Home prices rose 5% from a year earlier.", "1988"),
])
def test_earnings_comparison_period(time_tag: Any, text: str, expected: str) -> None:
    assert time_tag(text, NOV)[-1].value == expected
