"""Publication-date evidence: URL paths, image-slug Unix times, full dates written in text.

Pure functions returning ISO ``YYYY-MM-DD`` or None. Only complete, valid calendar dates count;
nothing is guessed from a month alone or from relative words.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
# Unix times in image slugs must fall in this window (2000-01-01 .. 2040-01-01, UTC).
UNIX_MIN, UNIX_MAX = 946_684_800, 2_208_988_800
YEAR_MIN, YEAR_MAX = 1990, 2040


def iso(year: int, month: int, day: int) -> str | None:
    """``YYYY-MM-DD`` for a valid date in the plausible range, else None."""
    if not YEAR_MIN <= year < YEAR_MAX:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


#: a publication date the caller gives is taken as given within these years (an archive's
#: 1985 article is no mistake); dates found in a page stay within YEAR_MIN..YEAR_MAX
GIVEN_MIN, GIVEN_MAX = 1800, 2100


def given_date(value: str | None) -> tuple[str | None, str | None]:
    """A publication date the caller gave (``YYYY-MM-DD``, or an ISO datetime) -> (the date,
    None), or (None, why it is refused); (None, None) when none was given."""
    if not value:
        return None, None
    match = re.match(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ]|\s*$)", value)
    if not match:
        return normalize_date(value), None if normalize_date(value) else "is not a date"
    year, month, day = (int(g) for g in match.groups())
    try:
        found = date(year, month, day).isoformat()
    except ValueError:
        return None, "is not a date"
    if not GIVEN_MIN <= year <= GIVEN_MAX:
        return None, f"is outside the years {GIVEN_MIN}-{GIVEN_MAX}"
    return found, None


def month_number(name: str) -> int | None:
    """1..12 for an English month name or abbreviation ("Aug", "August", "Sept.")."""
    return MONTHS.get(name.strip(".").lower()[:3])


_URL_DATES = (
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})[/_-](?P<month>\d{1,2})[/_-](?P<day>\d{1,2})(?!\d)"),
    re.compile(rf"/(?P<year>(?:19|20)\d{{2}})/{_MONTH}/(?P<day>\d{{1,2}})(?!\d)", re.IGNORECASE),
    re.compile(r"/(?P<year>(?:19|20)\d{2})(?P<month>[01]\d)(?P<day>[0-3]\d)(?:/|[-_.]|$)"),
)


def date_from_url(url: str | None) -> str | None:
    """A full date in a URL path (``/2024/08/18/``, ``/2024-08-18-``, ``/2024/aug/18/``, ``/20240818/``)."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.IGNORECASE)
    for pattern in _URL_DATES:
        for match in pattern.finditer(path):
            raw = match.group("month")
            month = int(raw) if raw.isdigit() else month_number(raw)
            if month is None:
                continue
            found = iso(int(match.group("year")), month, int(match.group("day")))
            if found:
                return found
    return None


_SLUG_DIGITS = re.compile(r"(?<!\d)(\d{13}|\d{10})(?!\d)")


def date_from_slug(slug: str) -> str | None:
    """The UTC date of a Unix time (seconds or milliseconds) in an image slug, when plausible."""
    for match in _SLUG_DIGITS.finditer(slug):
        digits = match.group(1)
        seconds = int(digits) / 1000 if len(digits) == 13 else int(digits)
        if UNIX_MIN <= seconds < UNIX_MAX:
            return datetime.fromtimestamp(seconds, tz=UTC).date().isoformat()
    return None


_TEXT_DATES = (
    # August 18, 2024 / Aug. 18 2024 / Sunday, August 18, 2024
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{{2}})\b", re.IGNORECASE),
    # 18 August 2024 / 18th of August, 2024
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?P<year>(?:19|20)\d{{2}})\b", re.IGNORECASE),
    # 2024-08-18
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
)


def dates_in_text(text: str) -> list[tuple[int, str]]:
    """Every full calendar date written in ``text``: (offset, ISO date), in order."""
    found: list[tuple[int, str]] = []
    for pattern in _TEXT_DATES:
        for match in pattern.finditer(text):
            raw = match.group("month")
            month = int(raw) if raw.isdigit() else month_number(raw)
            value = iso(int(match.group("year")), month, int(match.group("day"))) if month else None
            if value:
                found.append((match.start(), value))
    return sorted(found)


def first_date_in_text(text: str) -> str | None:
    """The first full calendar date written in ``text``."""
    found = dates_in_text(text)
    return found[0][1] if found else None


def normalize_date(value: str | None) -> str | None:
    """A metadata date string (ISO date or datetime) -> ``YYYY-MM-DD``, or None."""
    if not value:
        return None
    match = re.match(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})", value)
    if match:
        return iso(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    return first_date_in_text(value)
