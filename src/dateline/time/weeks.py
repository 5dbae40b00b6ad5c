"""A weekday placed by its neighbours: the day of the month it stands beside ("Aug. 3 (a
Saturday)"), a week named beside it ("Monday last week", "from Monday to Wednesday next week")
and the other end of a range ("from Thursday to Saturday", "between Sunday and Tuesday"), before
the clause's tense is asked.

A range lies on one side of the publication date as a whole: in a past clause its end is the
latest such weekday on or before the publication date and its start the one before that end
("met from Monday to Wednesday", published on a Monday -> the Monday and Wednesday of last
week, not today and the coming Wednesday); so does a pair of weekdays a few days apart whose
clauses or phrases the parse coordinates ("Monday and Tuesday night", "fell Monday and rose
Wednesday": ``sequence``, ``pair``); otherwise its start comes first
and its end is the first such weekday after the start ("will run from Thursday to Saturday" -> Thursday and the
Saturday after it, never the Saturday before).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateline.time import calendar as cal
from dateline.time.context import Context
from dateline.time.lexicon import alternation, lexicon

_TO = r"(?:to|through|thru|until|till|and|-|–)"


def _weekday_re() -> str:
    """Full weekday names ("sun", "wed" are words too)."""
    return alternation(w for w in lexicon().weekdays if w.endswith("day"))


def _named_week(ctx: Context) -> int | None:
    """-1/0/1 for "Monday last/this/next week", "Monday to Wednesday last week", "Monday of
    next week", "Monday, Tuesday and Wednesday last week" (a list: not "fell Monday, and Tuesday
    last week it rose"); None when no week is named beside the weekday."""
    wd = _weekday_re()
    m = re.match(rf"\s*(?:of\s+)?(?:(?:(?:,\s*{wd})+,?)?\s*{_TO}\s+{wd}\s+)?(last|this|next)\s+week\b", ctx.after)
    if m is None:
        return None
    return {"last": -1, "this": 0, "next": 1}[m.group(1)]


_PART = r"(?:['’]s)?(?:\s+(?:morning|afternoon|evening|night))?"  # "Monday night to Tuesday"
#: the most days a pair's second weekday follows its first by ("Friday and Monday"); a pair further
#: apart is a list in any order ("on Friday and Thursday": today, then yesterday)
PAIR_SPAN = 3


def pair(first: int, second: int) -> bool:
    """ISO weekdays told in sequence that lie in one stretch: the second 1-3 days after the first."""
    return 1 <= (second - first) % 7 <= PAIR_SPAN


def _range_end(wd: int, ctx: Context) -> bool:
    """The weekday closes "from/between <weekday> to/and"."""
    return ctx.ref is not None and re.search(rf"\b(?:from|between)\s+{_weekday_re()}\s+{_TO}\s+$", ctx.before) is not None


def _range_start_end(ctx: Context) -> int | None:
    """The ISO weekday closing the range this weekday opens ("from Monday to Wednesday", "between
    Sunday and Tuesday"); an "and" pair is the parse's (``sequence``)."""
    m = re.match(rf"{_PART}\s+({_TO})\s+({_weekday_re()})\b", ctx.after)
    if m is None or m.group(1) == "and" and not re.search(r"\bbetween\s+$", ctx.before):
        return None
    return lexicon().weekdays[m.group(2)]


def _told_after(wd: int, way: str, ctx: Context) -> bool:
    """A past clause's weekday told in sequence after the day just named ("fell Monday and rose
    Wednesday": ``sequence.coordinated``), a few days after it (``pair``); so is a coming one
    after a coming day ("will fall Monday and rise Wednesday" on a Tuesday: next week's)."""
    if ctx.prequel is None or ctx.ref is None or ctx.dct is None:
        return False
    told = way == "past" or way == "future" and ctx.ref > ctx.dct
    return told and ctx.ref.isoweekday() == ctx.prequel and pair(ctx.prequel, wd)


def _told_back(wd: int, way: str, ctx: Context) -> bool:
    """A past clause's weekday told in sequence after the day after it ("were held Friday,
    Thursday and Wednesday"): the days of a list told latest first are one run too, each the day
    before the one told before it, so the last is no today after last week's first ones. Days
    further apart keep the story's order ("Rain fell Friday and Wednesday" on a Wednesday: today)."""
    return way == "past" and ctx.listed and ctx.prequel is not None and ctx.ref is not None \
        and ctx.ref.isoweekday() == ctx.prequel and (ctx.prequel - wd) % 7 == 1


#: a weekday set beside a day of the month: "Aug. 3 (a Saturday)", "the 3rd, a Sunday" (not
#: "closed at 5,012, a Monday high"); the day must be the one just named
_APPOSED = re.compile(r"(?<![\d,.])(\d{1,2})(?:st|nd|rd|th)?(?:,\s*\d{4})?\s*[(,]\s*(?:an?\s+)?$")


def placed_weekday(wd: int, way: str, ctx: Context) -> date | None:
    """The day of ISO weekday ``wd`` its neighbours place (None: the clause's ``way`` decides)."""
    if ctx.dct is None:
        return None
    if ctx.ref is not None and ctx.ref.isoweekday() == wd and (
            (m := _APPOSED.search(ctx.before)) is not None and int(m.group(1)) == ctx.ref.day):
        return ctx.ref  # "on Aug. 3 (a Saturday)", "on the 3rd, a Sunday": the day just named
    week = _named_week(ctx)
    if week is not None:
        return cal.weekday_near(ctx.dct + timedelta(weeks=week), wd, "same_week")
    if _range_end(wd, ctx) and ctx.ref is not None:
        return cal.weekday_near(ctx.ref, wd, "after")
    if _told_after(wd, way, ctx) and ctx.ref is not None:
        after = cal.weekday_near(ctx.ref, wd, "after")
        if way != "past" or after <= ctx.dct:  # a past clause's day is not ahead of the publication
            return after
    if _told_back(wd, way, ctx) and ctx.ref is not None:
        return cal.weekday_near(ctx.ref, wd, "before")
    end = _range_start_end(ctx)
    told: tuple[int, ...] = (end,) if end is not None else ()
    if end is None and ctx.sequel and pair(wd, ctx.sequel[0]) and (
            way == "past" or way == "nearest" and ctx.tense == "PAST"):
        # "fell Monday and rose Wednesday": the Monday before the last Wednesday; so in a past
        # clause after a preposition that looks ahead ("fell through Monday and Tuesday")
        told, way = ctx.sequel, "past"
    if told and way == "past":  # each day the one before the next's, back from the last
        day = cal.weekday_near(ctx.dct, told[-1], "past")
        for w in (*reversed(told[:-1]), wd):
            day = cal.weekday_near(day, w, "before")
        return day
    if end is not None:
        return cal.weekday_near(ctx.dct, wd, way)
    return None
