"""Normalizers of holidays: fixed and computed days ("Christmas", "Thanksgiving", "Easter week")
and Islamic ones ("Ramadan", "Eid al-Adha", a bare "Eid"; ``dateline.time.hijri``).

Which occurrence a holiday without a year means follows the clause (``context.direction``): the
last one in a past clause, the next in a future one, the nearest otherwise. A past clause with
"ahead of"/"before"/"in the run-up to" the holiday speaks of the coming one when it is at most a
month away ("shoppers crowded the markets ahead of Eid", three days before it), else of the last;
a present clause "ahead of" one looks to the coming one ("Mediators want a truce before Eid").

A bare "Eid" is whichever of Eid al-Fitr and Eid al-Adha the clause means by the same rule,
between both: "before Eid" in a future clause the next of the two, "during the Eid holiday" in
a past one the latest begun by the publication date, in a present one the one nearest it. Not
"Mr. Eid", "Bassem Eid said" (a name) nor "Eid al-Ghadir" (another feast).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateline.time import calendar as cal
from dateline.time import hijri
from dateline.time.context import PUBLICATION, Context, Groups, Norm, direction
from dateline.time.lexicon import lexicon

#: words before a holiday that look towards it from a past clause
RUN_UP = re.compile(r"(?:ahead\s+of|before|in\s+the\s+(?:run|lead)[\s-]up\s+to|leading\s+up\s+to|"
                    r"in\s+preparation\s+for|to\s+prepare\s+for)\s+(?:the\s+)?$")
RUN_UP_DAYS = 31
#: "Eid al-Ghadir", "Eid-e-Milad", "Eid Milad": another feast than the two Eids
OTHER_EID = re.compile(r"(?:[\s-]+(?:al|el|ul|e)[\s-]+[A-Za-z]|\s+Milad)")


def _way(g: Groups, ctx: Context) -> str:
    """past/future/before/after/nearest for a holiday without a year."""
    return {"last": "before", "next": "after"}.get((g.get("rel") or "").lower()) or direction(ctx)


def _run_up(way: str, ctx: Context, upcoming: date | None) -> bool:
    """"ahead of"/"before" a holiday: in a present clause the coming one ("Mediators want a truce
    before Eid"), in a past clause the coming one when it is at most a month away."""
    if RUN_UP.search(ctx.before) is None or ctx.dct is None or upcoming is None:
        return False
    return way == "nearest" or way == "past" and 0 <= (upcoming - ctx.dct).days <= RUN_UP_DAYS


def holiday(g: Groups, ctx: Context) -> Norm | None:
    """"Christmas", "last Thanksgiving", "Easter 2023", "Easter week" (the ISO week holding it)."""
    rule = lexicon().holidays[" ".join(g["hol"].split())]
    week = (g.get("hweek") or "").lower()
    if hijri.is_hijri(rule):
        return _hijri_holiday(rule, g, ctx)
    if rule[:4].isdigit():  # a day of history: "9/11"
        return Norm("DATE", _holiday_value(date.fromisoformat(rule), week))
    if "year" in g:
        found = cal.holiday(rule, int(g["year"]))
        return Norm("DATE", _holiday_value(found, week)) if found else None
    if ctx.dct is None:
        return None
    options = [d for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)
               if (d := cal.holiday(rule, y)) is not None]
    if week == "week":  # "as Easter week began": the week's Monday is what is past or ahead
        options = [d - timedelta(days=d.weekday()) for d in options]
    way = _way(g, ctx)
    if _run_up(way, ctx, min((d for d in options if d >= ctx.dct), default=None)):
        way = "future"
    if way in ("past", "before"):
        chosen = [d for d in options if d <= ctx.dct and not (way == "before" and d == ctx.dct)]
        best = max(chosen) if chosen else min(options)
    elif way in ("future", "after"):
        chosen = [d for d in options if d >= ctx.dct]
        best = min(chosen) if chosen else max(options)
    else:
        best = min(options, key=lambda d: abs((d - ctx.dct).days) if ctx.dct else 0)
    return Norm("DATE", _holiday_value(best, week), None, PUBLICATION)


def _not_the_feast(rule: str, g: Groups, ctx: Context) -> bool:
    """A person's name ("Tariq Ramadan", "Bassem Eid said") or another Eid ("Eid al-Ghadir")."""
    if g.get("rel") or "year" in g:
        return False
    if rule == "hijri-eid":
        if OTHER_EID.match(ctx.raw_after):
            return True
        return hijri.ramadan_is_name(ctx) and not re.match(r"\s+Mubarak\b", ctx.raw_after)
    return hijri.is_month(rule) and hijri.ramadan_is_name(ctx)


def _hijri_holiday(rule: str, g: Groups, ctx: Context) -> Norm | None:
    """"Ramadan", "Eid al-Fitr 2023", "last Eid al-Adha", "before Eid" (observed or tabular)."""
    if _not_the_feast(rule, g, ctx):
        return None
    week = (g.get("hweek") or "").lower()
    if "year" in g:
        found = hijri.occurrences(rule, range(int(g["year"]), int(g["year"]) + 1))
        if not found:
            return None
        return Norm("DATE", _holiday_value(found[0][0], week) if week else hijri.value(rule, found[0]))
    if ctx.dct is None:
        return None
    way = _way(g, ctx)
    if _run_up(way, ctx, hijri.choose(rule, ctx.dct, "future")[0]):
        way = "future"
    chosen = hijri.choose(rule, ctx.dct, way)
    value = _holiday_value(chosen[0], week) if week else hijri.value(rule, chosen)
    return Norm("DATE", value, None, PUBLICATION)


def _holiday_value(d: date, week: str) -> str:
    if week == "week":
        return cal.week(d)
    return f"{cal.week(d)}-WE" if week == "weekend" else d.isoformat()
