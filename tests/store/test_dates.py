"""What a user may type as a date (store.dates: DATE_SYNTAX, bound, window, day)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dateline.store import Store, StoreError
from dateline.store.dates import (
    DATE_FORM,
    DATE_SYNTAX,
    DAY_FORM,
    DateFilterError,
    day,
    typed,
    window,
)


@pytest.mark.parametrize(("value", "expected"), [
    ("2024-8-1", "2024-08-01"), ("2024-08-1", "2024-08-01"), ("2024-8", "2024-08"), ("2024", "2024"),
    ("2024-12-31", "2024-12-31"), ("2024-2-29", "2024-02-29"),
    ("2023-2-29", None), ("2024-13", None), ("2024-0", None), ("2024-008", None), ("2024-8-1x", None),
    ("2024-08-01T00:00", None), (" 2024", None), ("2024\n", None), ("\u0662\u0660\u0662\u0664", None),
    ("24-8-1", None), ("", None),
])
def test_typed(value: str, expected: str | None) -> None:
    assert typed(value) == expected
    assert bool(re.fullmatch(DATE_SYNTAX, value)) >= (expected is not None)  # the API's pattern


def test_window_names_every_bad_bound() -> None:
    assert window("2024-8", "2024-8-20") == ("2024-08-01", "2024-08-20")
    assert window("", None) == (None, None)
    with pytest.raises(DateFilterError) as both:
        window("2024-13", "2024-02-30")
    assert str(both.value) == f"--since '2024-13' and --until '2024-02-30': {DATE_FORM}"
    with pytest.raises(DateFilterError) as one:
        window("2024", "later", prefix="")
    assert str(one.value) == f"until 'later': {DATE_FORM}"
    with pytest.raises(DateFilterError, match="is after --until '2024-8': nothing can match"):
        window("2024-9-1", "2024-8")


@pytest.mark.parametrize(("value", "expected"), [("2024-8-18", "2024-08-18"), ("2024-08-18", "2024-08-18"),
                                                 (None, None), ("  ", None)])
def test_a_day(value: str | None, expected: str | None) -> None:
    assert day(value, option="--published") == expected


@pytest.mark.parametrize("value", ["2024-08", "2024", "2024-08-18T09:30", "2024-08-18 and more",
                                   "August 18, 2024", "2024-02-30"])
def test_a_day_is_one_day_and_nothing_more(value: str) -> None:
    with pytest.raises(DateFilterError) as err:
        day(value, option="--published")
    assert str(err.value) == f"--published {value!r}: {DAY_FORM}"


@pytest.mark.parametrize("query", ["articles", "events", "quotes", "timeline"])
def test_the_python_api_names_both_bad_bounds(tmp_path: Path, query: str) -> None:
    """``Store.events(since=..., until=...)`` refuses as the CLI and the API do (store.dates.window)."""
    with Store(tmp_path / "dates.db") as store, pytest.raises(StoreError) as err:
        getattr(store, query)(since="2024-13", until="2024-02-30")
    assert str(err.value.__cause__) == f"--since '2024-13' and --until '2024-02-30': {DATE_FORM}"  # was --since's alone


@pytest.mark.parametrize(("value", "expected"), [("1800-1-1", "1800-01-01"), ("2100-12-31", "2100-12-31"),
                                                 ("1799-12-31", None), ("2101-1-1", None)])
def test_a_day_within_given_years(value: str, expected: str | None) -> None:
    """The years a reader takes a given date in (--published, POST /articles?published=)."""
    if expected:
        assert day(value, option="published", years=(1800, 2100)) == expected
    else:
        with pytest.raises(DateFilterError) as err:
            day(value, option="published", years=(1800, 2100))
        assert str(err.value) == f"published {value!r}: outside the years 1800-2100"
