"""Normalizers of the parts of ranges and of fiscal years written short.

A range is two TIMEX3, one per end, as TimeBank writes it ("April 24 and 25" -> ``1999-04-24`` and
``25`` -> ``1999-04-25``; "2024-25" -> ``2024`` and ``25`` -> ``2025``): the end that the month
or year does not stand beside is its own timex, matched by a rule whose ``tail`` group is the
candidate's extent (``grammar.candidates``). "Aug. 28-29", "Aug. 28 to 29", "August 28 and 29" ->
``29`` takes the first day's month and year; "28-29 August", "28 to 29 August" -> ``28`` takes
the second's.

A fiscal year is valued as the year it is named by, as TimeBank values "fiscal 1989" (``1989``)
whatever months the fiscal year of the company or state covers: "FY25", "FY 2025", "FY2025" ->
``2025``; "FY2024-25", "FY24/25" -> ``2024`` and ``25`` -> ``2025`` (a range of two years, as
"2024-25"); "FY25 Q3", "Q3 FY25" -> ``2025-Q3`` (TimeBank: "the fiscal first quarter" ->
``1989-Q1``).
"""

from __future__ import annotations

import re
from datetime import date

from dateline.time.context import TEXT, Context, Groups, Norm
from dateline.time.dates import month_day

#: words that may follow a range's day ("Aug. 28 and 29 in Doha")
GO_ON = r"(?:in|at|on|and|or|to|when|with|for|from|as|after|before|but|during|the|this|last|next)\b"


def _two_digit(first: int, text: str) -> int:
    """The year of the two-digit ``text`` closing a range that opens in ``first``."""
    y = first // 100 * 100 + int(text)
    return y + 100 if y < first else y


#: words before "FY" + digits that make it a code, not a fiscal year
NOT_FISCAL = re.compile(r"\b(?:flights?|numbers?|no\.|plates?|registration|tail|code|route)\s*$")


def fiscal_year(text: str, ctx: Context) -> int:
    """The year of "FY25"/"FY2025": a two-digit one in the century of the publication date
    (the 2000s without one), as a fiscal year is rarely named more than a few years ahead."""
    if len(text) == 4:
        return int(text)
    century = ctx.dct.year // 100 * 100 if ctx.dct else 2000
    y = century + int(text)
    return y - 100 if ctx.dct and y > ctx.dct.year + 20 else y


def fiscal(g: Groups, ctx: Context) -> Norm | None:
    """"FY25" -> 2025, "FY25 Q3" -> 2025-Q3, "FY2024-25" -> 2024 (its end is ``fiscal_end``);
    not a code after "flight", "number", "plate" ("the tail number FY 12")."""
    if NOT_FISCAL.search(ctx.before):
        return None
    y = fiscal_year(g["fy"], ctx)
    if "q" in g:
        return Norm("DATE", f"{y:04d}-{g['q'].upper()}")
    return Norm("DATE", f"{y:04d}")


def fiscal_end(g: Groups, ctx: Context) -> Norm | None:
    """The second year of "FY2024-25", "FY24/25", "FY2024/2025": the year after the first."""
    if NOT_FISCAL.search(ctx.before):
        return None
    first = fiscal_year(g["fy"], ctx)
    end = int(g["tail"]) if len(g["tail"]) == 4 else _two_digit(first, g["tail"])
    return Norm("DATE", f"{end:04d}") if end == first + 1 else None


def day_end(g: Groups, ctx: Context) -> Norm | None:
    """The day of a range or list written once with its month: "Aug. 28-29" (29), "28-29 August"
    (28), "Aug. 3, 4 and 5" (4, 5): the month and year the other day resolves to (the narrative's
    last day when that is it)."""
    day, other, after = int(re.match(r"\d+", g["tail"]).group()), int(g["day"]), "after" in g  # type: ignore[union-attr]
    if not 1 <= day <= 31 or (day <= other if after else day >= other):
        return None  # "June 5-4": no range
    worded = g.get("after", "").strip("-– ") != ""
    ordinal = re.search(r"\d(?:st|nd|rd|th)$", g.get("last", g["tail"]).lower()) is not None  # "23rd": never a count
    if worded and "year" not in g and not ordinal and re.match(r"\s+(?!" + GO_ON + r")[a-z]", g.get("list_end", ctx.after)):
        return None  # "on Aug. 28 and 29 people died", "Aug. 3, 4 and 5 people": a count
    anchor: str | None
    if ctx.ref is not None and ctx.ref.day == other and after and "year" not in g:
        base, anchor = ctx.ref.isoformat(), TEXT  # the first day, just resolved
    else:
        found = month_day({k: v for k, v in g.items() if k in ("month", "day", "year")}, ctx)
        if found is None:
            return None
        base, anchor = found.value, found.anchor
    value = f"{base[:8]}{day:02d}"
    if not value.startswith("X"):
        try:
            date.fromisoformat(value)
        except ValueError:
            return None  # "Feb. 28-30"
    return Norm("DATE", value, None, anchor)
