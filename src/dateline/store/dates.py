"""TIMEX3 values as day intervals, so that "2024-07" and "2024-08-18" can be filtered together.

A value covers a range of days: ``2024-08-18`` one day, ``2024-07`` a month, ``2024-W33`` a
week, ``2024-Q3`` a quarter, ``2024`` a year, ``198`` a decade. Values that name no calendar
range (durations ``P6W``, ``PRESENT_REF``, ``XXXX-08-18``) have none: ``None``.

The dates a user types (``--since``, ``--until``, ``--published``, the API's ``since``, ``until``
and ``published``) are read here too, by one syntax (DATE_SYNTAX) and worded alike when refused,
as are the other filter values (``known``).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

Interval = tuple[str, str]

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(?:-WE)?$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")


def interval(value: str | None) -> Interval | None:
    """The first and last day (YYYY-MM-DD) a TIMEX3 date value covers, or None."""
    if not value:
        return None
    value = value.strip()
    try:
        return _interval(value)
    except ValueError:  # impossible dates such as 2024-02-31
        return None


def _interval(value: str) -> Interval | None:
    if m := _DAY.match(value):
        day = date(int(m[1]), int(m[2]), int(m[3]))
        return day.isoformat(), day.isoformat()
    if m := _MONTH.match(value):
        return _span(int(m[1]), int(m[2]), int(m[1]), int(m[2]))
    if m := _WEEK.match(value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return monday.isoformat(), (monday + timedelta(days=6)).isoformat()
    if m := _QUARTER.match(value):
        first = (int(m[2]) - 1) * 3 + 1
        return _span(int(m[1]), first, int(m[1]), first + 2)
    if m := _HALF.match(value):
        first = 1 if m[2] == "1" else 7
        return _span(int(m[1]), first, int(m[1]), first + 5)
    if m := _YEAR.match(value):
        return _span(int(m[1]), 1, int(m[1]), 12)
    if m := _DECADE.match(value):
        return _span(int(m[1]) * 10, 1, int(m[1]) * 10 + 9, 12)
    if m := _CENTURY.match(value):
        return _span(int(m[1]) * 100, 1, int(m[1]) * 100 + 99, 12)
    return None


def _span(y1: int, m1: int, y2: int, m2: int) -> Interval:
    last = calendar.monthrange(y2, m2)[1]
    return date(y1, m1, 1).isoformat(), date(y2, m2, last).isoformat()


class FilterError(ValueError):
    """A filter value that can match nothing (names the option): a malformed or swapped date
    bound, an event type or status that does not exist."""


class DateFilterError(FilterError):
    """A date the user typed (--since, --until, --published) that is not in DATE_FORM."""


#: the values ``--type`` and ``--status`` of events can take (PLOVER types: events.lexicon)
EVENT_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
               "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
EVENT_STATUSES = ("happened", "ongoing", "planned", "hypothetical", "negated", "denied")
#: the values ``--type`` of actors can take: actors.dictionary.TYPES, copied (importing it would
#: load pycountry for every query) in a fixed order for messages; a store test checks they agree
ACTOR_TYPES = ("person", "organization", "country", "group", "igo", "media", "ngo", "party",
               "military")


def known(values: list[str], allowed: tuple[str, ...], *, option: str) -> list[str]:
    """``values`` when each is one of ``allowed``; else a FilterError naming the stray ones."""
    stray = [v for v in values if v not in allowed]
    if stray:
        raise FilterError(f"{option} {','.join(stray)!r}: no such value; use one of "
                          f"{', '.join(allowed)}")
    return values


#: what a user may type as a date, on the command line (--since, --until, --published) and in the
#: API's since and until: a year, a month or a day, month and day of one digit or two ("2024-8-1"
#: is 2024-08-01), ASCII digits, nothing before or after (no time of day); web.errors builds the
#: API's pattern from it
DATE_SYNTAX = r"[0-9]{4}(?:-[0-9]{1,2}(?:-[0-9]{1,2})?)?"
_TYPED = re.compile(DATE_SYNTAX)
#: how a date not in DATE_SYNTAX, or naming no real day, is worded wherever it is refused (the
#: CLI, the API: web.errors); DAY_FORM where the date must be one day (--published)
DATE_FORM = "expected YYYY, YYYY-MM or YYYY-MM-DD (a day that exists)"
DAY_FORM = "expected YYYY-MM-DD (a day that exists)"


def typed(value: str) -> str | None:
    """A date as typed (DATE_SYNTAX) in its padded form, ``2024-8-1`` -> ``2024-08-01``, ``2024-8``
    -> ``2024-08``; None when it is not in the syntax or names no calendar day or month."""
    if not _TYPED.fullmatch(value):
        return None
    year, *parts = value.split("-")
    text = year + "".join(f"-{int(part):02d}" for part in parts)
    return text if interval(text) else None


def bound(value: str | None, *, option: str, upper: bool) -> str | None:
    """A filter bound as YYYY-MM-DD: ``--since 2024-08`` starts on the 1st, ``--until`` ends on the 31st.
    The whole value is the date (DATE_SYNTAX: ``2024-8-18`` is 2024-08-18, ``2024-08-18T00:00`` an
    error, as in the API). An empty (or blank) value is no bound, as an empty ``--actor`` or
    ``--type`` is no filter."""
    if value is None or not value.strip():
        return None
    span = interval(typed(value))
    if span is None:
        raise DateFilterError(f"{option} {value!r}: {DATE_FORM}")
    return span[1] if upper else span[0]


def window(since: str | None, until: str | None, *, prefix: str = "--") -> tuple[str | None, str | None]:
    """The first and last day of ``since``..``until`` (``bound``); a DateFilterError naming every
    bad one of the two (``--since 'x' and --until 'y': expected ...``), or both when they are
    swapped. ``prefix`` is the options' (the API's parameters have none)."""
    days: list[str | None] = []
    bad: list[str] = []
    for name, value, upper in (("since", since, False), ("until", until, True)):
        try:
            days.append(bound(value, option=prefix + name, upper=upper))
        except DateFilterError:
            bad.append(f"{prefix}{name} {value!r}")
    if bad:
        raise DateFilterError(f"{' and '.join(bad)}: {DATE_FORM}")
    first, last = days
    if first and last and first > last:
        raise DateFilterError(f"{prefix}since {since!r} is after {prefix}until {until!r}: nothing "
                              "can match; swap them")
    return first, last


def day(value: str | None, *, option: str, years: tuple[int, int] | None = None) -> str | None:
    """A date that must be one day (``--published``, the API's ``published``) as YYYY-MM-DD, by
    the rule of ``bound`` (``2024-8-18`` is 2024-08-18); None when empty or blank; a
    DateFilterError (DAY_FORM) for a year, a month or anything not in DATE_SYNTAX, and for a year
    outside ``years`` (first, last) when given."""
    if value is None or not value.strip():
        return None
    found = typed(value)
    if found is None or len(found) != len("YYYY-MM-DD"):
        raise DateFilterError(f"{option} {value!r}: {DAY_FORM}")
    if years and not years[0] <= int(found[:4]) <= years[1]:
        raise DateFilterError(f"{option} {value!r}: outside the years {years[0]}-{years[1]}")
    return found
