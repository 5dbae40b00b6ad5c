"""Calendar arithmetic and TIMEX3 value formatting (pure functions over ``datetime.date``)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

#: publication dates outside these years are not anchored on (date arithmetic would overflow)
MIN_YEAR, MAX_YEAR = 100, 9800


def day(d: date) -> str:
    """``YYYY-MM-DD``."""
    return d.isoformat()


def month(d: date) -> str:
    """``YYYY-MM``."""
    return f"{d.year:04d}-{d.month:02d}"


def year(d: date) -> str:
    """``YYYY``."""
    return f"{d.year:04d}"


def week(d: date) -> str:
    """ISO week ``YYYY-Www``."""
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def add_months(d: date, n: int) -> date:
    """``d`` shifted by ``n`` calendar months, the day clipped to the month's length."""
    index = d.year * 12 + d.month - 1 + n
    y, m = divmod(index, 12)
    last = calendar.monthrange(y, m + 1)[1]
    return date(y, m + 1, min(d.day, last))


def shift(d: date, n: int, unit: str) -> date:
    """``d`` moved by ``n`` units (D, W, M, Q, Y, DE, CE)."""
    if unit == "D":
        return d + timedelta(days=n)
    if unit == "W":
        return d + timedelta(weeks=n)
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200, "ML": 12000}.get(unit)
    if months is None:
        return d
    try:
        return add_months(d, n * months)
    except ValueError:  # beyond year 1..9999
        return d


def at_granularity(d: date, unit: str) -> str:
    """The TIMEX3 value naming the ``unit``-sized period that contains ``d``."""
    if unit == "D":
        return day(d)
    if unit == "W":
        return week(d)
    if unit == "M":
        return month(d)
    if unit == "Q":
        return f"{d.year:04d}-Q{quarter_of(d)}"
    if unit == "DE":
        return f"{d.year // 10:03d}"
    if unit == "CE":
        return f"{d.year // 100:02d}"
    return year(d)


def weekday_near(ref: date, weekday: int, direction: str) -> date:
    """The ``weekday`` (1 = Monday) nearest ``ref``: ``past`` on or before, ``future`` on or
    after, ``before``/``after`` strictly, ``nearest`` either way (past on a tie),
    ``same_week`` inside ``ref``'s ISO week."""
    delta = weekday - ref.isoweekday()
    if direction == "same_week":
        return ref + timedelta(days=delta)
    back = (ref.isoweekday() - weekday) % 7
    ahead = (weekday - ref.isoweekday()) % 7
    if direction == "before":
        return ref - timedelta(days=back or 7)
    if direction == "after":
        return ref + timedelta(days=ahead or 7)
    if direction == "future":
        return ref + timedelta(days=ahead)
    if direction == "nearest" and ahead < back:
        return ref + timedelta(days=ahead)
    return ref - timedelta(days=back)


def month_day_near(ref: date, m: int, d: int, direction: str) -> date | None:
    """The occurrence of month ``m`` day ``d`` nearest ``ref`` in ``direction``
    (``past``, ``future``, ``nearest``); None for impossible dates (Feb 30)."""
    candidates = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            candidates.append(date(y, m, d))
        except ValueError:
            continue
    if not candidates:
        return None
    if direction == "past":
        past = [c for c in candidates if c <= ref]
        return max(past) if past else min(candidates)
    if direction == "future":
        future = [c for c in candidates if c >= ref]
        return min(future) if future else max(candidates)
    return min(candidates, key=lambda c: (abs((c - ref).days), c > ref))


def month_near(ref: date, m: int, direction: str) -> int:
    """The year of the month ``m`` nearest ``ref`` in ``direction``."""
    if direction == "past":
        return ref.year if m <= ref.month else ref.year - 1
    if direction == "future":
        return ref.year if m >= ref.month else ref.year + 1
    if abs(m - ref.month) <= 6:
        return ref.year
    return ref.year - 1 if m > ref.month else ref.year + 1


def nth_weekday(y: int, m: int, weekday: int, nth: int) -> date:
    """The ``nth`` (1-based; -1 = last) ``weekday`` of month ``m`` of year ``y``."""
    if nth > 0:
        first = date(y, m, 1)
        offset = (weekday - first.isoweekday()) % 7
        return first + timedelta(days=offset + 7 * (nth - 1))
    last = date(y, m, calendar.monthrange(y, m)[1])
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def easter(y: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    mo, dy = divmod(h + ell - 7 * m + 114, 31)
    return date(y, mo, dy + 1)


def holiday(rule: str, y: int) -> date | None:
    """A holiday of the lexicon in year ``y``: ``MM-DD``, ``MM-<weekday>-<nth|last>``,
    ``easter[+-n]``, ``election`` (US: Tuesday after the first Monday of November), or a fixed
    ``YYYY-MM-DD`` whatever ``y``."""
    if rule.startswith("easter"):
        offset = int(rule[6:] or 0)
        return easter(y) + timedelta(days=offset)
    if rule == "election":
        return nth_weekday(y, 11, 1, 1) + timedelta(days=1)
    parts = rule.split("-")
    if len(parts[0]) == 4:  # a fixed day of history ("9/11")
        return date.fromisoformat(rule)
    if len(parts) == 2:
        return date(y, int(parts[0]), int(parts[1]))
    if len(parts) == 3:
        nth = -1 if parts[2] == "last" else int(parts[2])
        return nth_weekday(y, int(parts[0]), int(parts[1]), nth)
    return None


def parse_value_date(value: str) -> date | None:
    """The first day a TIMEX3 value names when it is a calendar day (``YYYY-MM-DD...``)."""
    if len(value) >= 10 and value[4] == "-" and value[7] == "-" and value[:4].isdigit():
        try:
            return date(int(value[:4]), int(value[5:7]), int(value[8:10]))
        except ValueError:
            return None
    return None


def parse_dct(text: str | None) -> date | None:
    """``YYYY-MM-DD`` (a time part or ``YYYYMMDD`` allowed) to a date; None when absent or bad."""
    if not text:
        return None
    digits = text.strip()[:10]
    if len(digits) >= 8 and digits[:8].isdigit():
        digits = f"{digits[:4]}-{digits[4:6]}-{digits[6:8]}"
    try:
        found = date.fromisoformat(digits[:10])
    except ValueError:
        return None
    return found if MIN_YEAR <= found.year <= MAX_YEAR else None


def value_start(value: str) -> date | None:
    """The first day of the period a TIMEX3 value names (``1998``, ``1998-06``, ``1998-W07``,
    ``1998-Q3``, ``1998-06-05T...``); None for durations, references and ``X`` forms."""
    d = parse_value_date(value)
    if d is not None:
        return d
    head = value[:4]
    if not head.isdigit():
        return None
    y, rest = int(head), value[4:]
    try:
        if not rest or rest[:1] != "-":
            return date(y, 1, 1) if not rest else None
        if rest[1:3].isdigit():
            return date(y, int(rest[1:3]), 1)
        if rest[1:2] == "W" and rest[2:4].isdigit():
            return date.fromisocalendar(y, int(rest[2:4]), 1)
        if rest[1:2] == "Q" and rest[2:3].isdigit():
            return date(y, 3 * int(rest[2:3]) - 2, 1)
        if rest[1:2] == "H" and rest[2:3].isdigit():
            return date(y, 6 * int(rest[2:3]) - 5, 1)
    except ValueError:
        return None
    return None
