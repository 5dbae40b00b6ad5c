"""Rule name -> normalizer: a rule's match + its context -> TIMEX3 type, value, mod, anchor."""

from __future__ import annotations

from collections.abc import Callable

from dateline.time import dates, holidays, ranges, relative
from dateline.time.context import Context, Groups, Norm

NORMALIZERS: dict[str, Callable[[Groups, Context], Norm | None]] = {
    "iso_date": dates.iso_date, "numeric_date": dates.numeric_date,
    "month_day": dates.month_day, "day_month": dates.month_day, "month_year": dates.month_year,
    "day_of_month": dates.day_of_month,
    "month": dates.month, "decade": dates.decade, "century": dates.century, "year": dates.year,
    "year_end": dates.year_end, "fiscal": ranges.fiscal, "fiscal_end": ranges.fiscal_end,
    "day_end": ranges.day_end, "day_start": ranges.day_end, "week_of": dates.week_of,
    "deictic": dates.deictic, "deictic_pod": dates.deictic_pod, "weekday": dates.weekday,
    "holiday": holidays.holiday, "season": dates.season, "clock": dates.clock,
    "spoken_year": dates.spoken_year, "short_year": dates.short_year, "the_year": dates.the_year, "part_of": dates.part_of,
    "relative": relative.relative, "pmod_the": relative.pmod_the, "weekend": relative.weekend,
    "narrative": relative.narrative, "duration": relative.duration,
    "vague_plural": relative.vague_plural, "set": relative.set_, "quarter": relative.quarter,
}


def normalize(rule: str, groups: Groups, ctx: Context) -> Norm | None:
    """The TIMEX3 reading of one rule match, or None when the match is not a time expression
    (or names a date the calendar cannot hold, e.g. a shift beyond year 9999)."""
    try:
        return NORMALIZERS[rule](groups, ctx)
    except (OverflowError, ValueError):
        return None
