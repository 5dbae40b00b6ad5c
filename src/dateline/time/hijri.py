"""Islamic (Hijri) holidays: Ramadan, Eid al-Fitr, Eid al-Adha, a bare "Eid".

Where Saudi Arabia's announced first day of the month is known (``data/time/hijri_observed.json``:
Ramadan, Shawwal and Dhu al-Hijjah of AH 1436-1447, 2015-2026; the Gulf states mostly follow it)
that day is used; elsewhere the tabular (arithmetic) calendar of Reingold & Dershowitz,
*Calendrical Calculations* (epoch R.D. 227015 = 16 July 622 Julian; leap years 2, 5, 7, 10, 13,
16, 18, 21, 24, 26, 29 of each 30-year cycle). Observed dates follow the sighting of the moon and
differ between countries, so outside the table the day given may be one day off the one a country
kept (Eid al-Adha 2016: tabular 13 September, Saudi Arabia 12 September), and inside it a
country that sights its own moon may keep the next day (Eid al-Fitr 2025: Saudi Arabia 30 March,
Pakistan 31 March).

Lexicon rules: ``hijri-MM-DD`` is a day (Eid al-Fitr ``hijri-10-01``); ``hijri-MM`` a whole month
(Ramadan ``hijri-09``); ``hijri-eid`` either Eid (``choose`` takes the one the clause means).
TIMEX3 has no value for a lunar month: a month is given as the Gregorian month holding its 15th
day (Ramadan AH 1446, 1-29 March 2025 -> ``2025-03``).
"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

from dateline.nlp.titles import title_before
from dateline.time.context import Context

EPOCH = 227015  # R.D. (``date.toordinal``) of 1 Muharram AH 1
MONTH_DAYS = 29  # a month holds at least 29 days; its 30th is left out of "during"
#: the two Eids a bare "Eid" may mean: al-Fitr (1 Shawwal) and al-Adha (10 Dhu al-Hijjah)
EIDS = ("hijri-10-01", "hijri-12-10")
#: days a feast is kept (the public holiday of most Muslim states): an Eid is "not over" until then
FEAST_DAYS = {"hijri-10-01": 3, "hijri-12-10": 4}


def to_gregorian(year: int, month: int, day: int) -> date:
    """The Gregorian date of Hijri ``year``-``month``-``day`` on the tabular calendar."""
    return date.fromordinal(day + 29 * (month - 1) + (6 * month - 1) // 11 + (year - 1) * 354
                            + (3 + 11 * year) // 30 + EPOCH - 1)


@lru_cache(maxsize=1)
def observed_months() -> dict[tuple[int, int], date]:
    """(Hijri year, month) -> the first day Saudi Arabia announced (``hijri_observed.json``)."""
    raw = json.loads(resources.files("dateline").joinpath("data", "time", "hijri_observed.json")
                     .read_text(encoding="utf-8"))
    return {(int(y), int(m)): date.fromisoformat(d) for y, months in raw["months"].items() for m, d in months.items()}


def observed(year: int, month: int, day: int) -> date:
    """Hijri ``year``-``month``-``day`` as observed where the table has the month's first day,
    else on the tabular calendar."""
    first = observed_months().get((year, month))
    return first + timedelta(days=day - 1) if first is not None else to_gregorian(year, month, day)


def _month_last(year: int, month: int) -> date:
    """The last day of a Hijri month held whole: the eve of the next month where the table knows
    when that began, else its 29th (the 30th is not sure)."""
    following = (year + 1, 1) if month == 12 else (year, month + 1)
    if following in observed_months():
        return observed_months()[following] - timedelta(days=1)
    return observed(year, month, MONTH_DAYS)


def _hijri_years(y: int) -> range:
    """The Hijri years that overlap Gregorian year ``y``."""
    first = int((y - 622) * 365.2425 / 354.367)
    return range(first, first + 3)


def is_hijri(rule: str) -> bool:
    return rule.startswith("hijri-")


def is_month(rule: str) -> bool:
    return is_hijri(rule) and rule.count("-") == 1 and rule != "hijri-eid"


def occurrences(rule: str, years: range) -> list[tuple[date, date]]:
    """(first day, last day) of each occurrence of ``rule`` starting in the Gregorian ``years``."""
    if rule == "hijri-eid":
        return sorted(o for eid in EIDS for o in occurrences(eid, years))
    parts = [int(p) for p in rule.split("-")[1:]]
    month, day = parts[0], parts[1] if len(parts) > 1 else 1
    found = []
    for hy in range(_hijri_years(years.start)[0], _hijri_years(years.stop)[-1] + 1):
        start = observed(hy, month, day)
        if start.year in years:
            last = _month_last(hy, month) if len(parts) == 1 else start + timedelta(days=FEAST_DAYS.get(rule, 1) - 1)
            found.append((start, last))
    return found


def choose(rule: str, dct: date, way: str) -> tuple[date, date]:
    """The occurrence of ``rule`` a clause means: ``past``/``before`` the latest begun by
    ``dct``, ``future``/``after`` the first not yet over, else the one holding or nearest ``dct``."""
    options = occurrences(rule, range(dct.year - 1, dct.year + 2))
    if way in ("past", "before"):
        begun = [o for o in options if o[0] <= dct and not (way == "before" and o[1] >= dct)]
        return max(begun) if begun else min(options)
    if way in ("future", "after"):
        ahead = [o for o in options if o[1] >= dct and not (way == "after" and o[0] <= dct)]
        return min(ahead) if ahead else max(options)
    return min(options, key=lambda o: 0 if o[0] <= dct <= o[1] else min(abs((o[0] - dct).days),
                                                                        abs((o[1] - dct).days)))


def value(rule: str, occurrence: tuple[date, date]) -> str:
    """A day for a day rule; the Gregorian month holding the 15th for a month rule."""
    start = occurrence[0]
    if not is_month(rule):
        return start.isoformat()
    middle = start + timedelta(days=14)
    return f"{middle.year:04d}-{middle.month:02d}"


#: words after which a capitalized "Ramadan" is the month even before another name ("During
#: Ramadan Israeli police ...")
MONTH_PREPS = frozenset({"during", "throughout", "before", "after", "since", "in", "for", "of", "until",
                         "by", "through", "from", "over", "last", "next", "this", "holy", "the",
                         "till", "ahead", "start", "end", "month", "fasting", "and", "or", "to", "on", "at",
                         "happy", "blessed", "first", "every", "each", "a", "when", "as", "while"})
#: a title before a name (``dateline.nlp.titles``), or a religious one ("Sheikh Ramadan", "Imam Eid")
HONORIFICS = title_before(("Sheikh", "Sheik", "Imam"))
SPEAKER = re.compile(r"\b(?:said|says|added|told|asked|wrote|explained|according\s+to)\s+$", re.I)


def ramadan_is_name(ctx: Context) -> bool:
    """"Tariq Ramadan", "Mr. Ramadan", "said Ramadan.", "Ramadan Abed" are people; "During
    Ramadan Israeli police", "before Ramadan." the month: decided by what precedes the word."""
    before = ctx.raw_before.replace("\n", " ")
    if before.endswith("/") or HONORIFICS.search(before):
        return True
    words = before.split()
    prev = words[-1] if words else ""
    sentence_start = not prev or prev.endswith((".", "!", "?", ":", '"', "“", "”"))
    if re.fullmatch(r"[A-Z][a-z'’-]+", prev) and prev.lower() not in MONTH_PREPS:
        return True  # "Tariq Ramadan", "Eid Ramadan" (not "During Ramadan")
    if SPEAKER.search(before) and re.match(r"\s*[.,;]", ctx.raw_after):
        return True  # '"...," said Ramadan.'
    # "Ramadan Abed said", "official Ramadan Shallah", "a photo by Ramadan Abed"
    return bool(re.match(r"\s+[A-Z][a-z]", ctx.raw_after)) and (
        sentence_start or prev.lower() not in MONTH_PREPS - {"by"})
