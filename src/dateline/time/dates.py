"""Normalizers of calendar expressions: explicit dates, months, years, decades, weekdays, deictics.

Each function takes the match groups and a ``Context`` and returns a ``Norm``, or None to reject
the match (a verb "May", a number that is no year). Values keep the granularity the text gives
("late July" -> ``2024-07`` END); without a publication date, DCT-relative values stay
underspecified (``XXXX-08-18``).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateline.time import calendar as cal
from dateline.time.context import (
    BARE_MONTH_PREPS,
    PUBLICATION,
    TEXT,
    Context,
    Groups,
    Norm,
    direction,
    point_mod,
    quantity_mod,
)
from dateline.time.grammar import LOOSE
from dateline.time.lexicon import lexicon
from dateline.time.weeks import placed_weekday


def _year(text: str, ctx: Context) -> int:
    y = int(text.lstrip("'"))
    if len(text.lstrip("'")) == 2:
        century = (ctx.dct.year // 100 * 100) if ctx.dct else 1900
        y += century if century + y <= (ctx.dct.year + 10 if ctx.dct else 2099) else century - 100
    return y


def _day_value(y: int | None, m: int, d: int) -> str | None:
    if y is None:
        try:
            date(2000, m, d)  # leap year: any real month-day
        except ValueError:
            return None
        return f"XXXX-{m:02d}-{d:02d}"
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def iso_date(g: Groups, ctx: Context) -> Norm | None:
    value = _day_value(int(g["year"]), int(g["m"]), int(g["d"]))
    if value is None:
        return None
    if "h" in g:
        return Norm("TIME", f"{value}T{g['h']}:{g['mi']}")
    return Norm("DATE", value)


def numeric_date(g: Groups, ctx: Context) -> Norm | None:
    m, d = int(g["m"]), int(g["d"])
    if m > 12 >= d:  # 18/08/2024: day first
        m, d = d, m
    value = _day_value(_year(g["year"], ctx), m, d)
    return Norm("DATE", value) if value else None


def month_day(g: Groups, ctx: Context) -> Norm | None:
    m = lexicon().months[g["month"].rstrip(".")]
    d = int(g["day"])
    mod = point_mod(g.get("pmod")) or quantity_mod(g.get("qmod"))
    if "year" not in g and (closing := RANGE_YEAR.match(ctx.after)):
        g = {**g, "year": closing.group(1)}  # "Dec. 30-31, 2024": the range's year
    if "year" in g:
        value = _day_value(int(g["year"]), m, d)
        return Norm("DATE", value, mod) if value else None
    if d > 31 or (g["month"] in lexicon().ambiguous_months and ctx.pos in ("VERB", "AUX")):
        return None
    named = lexicon().named_days.get(f"{m:02d}-{d:02d}")
    if named and not g.get("rel") and named[1].match(ctx.after) and (ctx.dct is None or named[0] <= ctx.dct.year):
        return Norm("DATE", date(named[0], m, d).isoformat(), mod)  # "the Sept. 11 attacks"
    if ctx.dct is None:
        value = _day_value(None, m, d)
        return Norm("DATE", value, mod, PUBLICATION) if value else None
    rel = (g.get("rel") or "").lower()
    way = {"last": "past", "next": "future"}.get(rel) or direction(ctx, calendar_date=True)
    found = cal.month_day_near(ctx.dct, m, d, way)
    if way == "past" and not rel and found is not None and (ctx.dct - found).days > 300 and _looks_ahead(ctx):
        ahead = cal.month_day_near(ctx.dct, m, d, "future")
        if ahead is not None and (ahead - ctx.dct).days <= 31:
            # "said ..., but not before Jan. 20" on Jan. 3: a date a year back would carry its year
            found = ahead
    if way == "future" and not rel and found is not None and (found - ctx.dct).days > 300:
        back = cal.month_day_near(ctx.dct, m, d, "past")
        if back is not None and (ctx.dct - back).days <= 14:
            # "Protesters gather ... on August 17 to demand a deal" on the 22nd: that day; a date a
            # year ahead would carry its year
            found = back
    if "wd" in g and found is not None:  # "Saturday, April 25": the year where the weekday fits
        wd = lexicon().weekdays[g["wd"].rstrip(".").lower()]
        fits = [c for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)
                if (c := _date_or_none(y, m, d)) is not None and c.isoweekday() == wd]
        if fits:
            found = min(fits, key=lambda c: abs((c - ctx.dct).days) if ctx.dct else 0)
    return Norm("DATE", found.isoformat(), mod, PUBLICATION) if found else None


#: a golf course's words: "on the 18th" is a hole (lower case: "the Green Party" is none)
_GOLF = re.compile(r"\b(?:holes?|birdie\w*|bogey\w*|par|putts?|eagle|tee|green|fairway|golf\w*)\b")
#: an ordinal of a noun or a placing just before: "the 22nd lap ... after the 30th", "ran in 2nd"
#: (case kept: a month after it is capitalized, "the 28th of November" is a day)
_ORDINAL_NOUN = re.compile(r"\d(?:st|nd|rd|th)\s+(?!(?:of|and|or|to|through|until|till)\b)[a-z]"
                           r"|\b(?:in|finished|placed|ranked|came)\s+\d{1,3}(?:st|nd|rd|th)\b")


def day_of_month(g: Groups, ctx: Context) -> Norm | None:
    """"On the 31st": that day of the month of the last day named, when it is not before that
    day ("closed on March 28 ... on the 31st") and the clause's tense allows; else of the
    publication's month or the nearest one before (a past clause) or after (a future one) where
    the day has not come or has passed ("the 31st" of a past clause on Oct. 5: Aug. 31). None
    on a golf course or after an ordinal of a noun, which it echoes ("the 22nd lap ... the 30th")."""
    if _GOLF.search(ctx.raw_before) or _GOLF.search(ctx.raw_after):
        return None  # "a birdie on the 18th": a hole
    if _ORDINAL_NOUN.search(ctx.raw_before):
        return None  # "pitted on the 22nd lap and led after the 30th": a lap
    d = int(g["day"])
    dct = ctx.dct
    way = direction(ctx, calendar_date=True)
    if ctx.ref is not None and d >= ctx.ref.day:
        found = _date_or_none(ctx.ref.year, ctx.ref.month, d)
        if found is None:
            return None
        if dct is None or not (way == "future" and found < dct or way == "past" and found > dct):
            return Norm("DATE", found.isoformat())
        # "born on March 3, 1950 ... will be held on the 12th": the tense leaves that month
    if dct is None:
        return Norm("DATE", f"XXXX-XX-{d:02d}")
    months = [cal.add_months(dct.replace(day=1), n) for n in (-2, -1, 0, 1, 2)]  # "the 31st" of Oct. 5: Aug. 31
    days = [c for m in months if (c := _date_or_none(m.year, m.month, d)) is not None]
    if way == "past":
        days = [c for c in days if c <= dct] or days
        found = max(days)
    elif way == "future":
        days = [c for c in days if c >= dct] or days
        found = min(days)
    else:
        found = min(days, key=lambda c: abs((c - dct).days))
    return Norm("DATE", found.isoformat(), None, PUBLICATION)


#: the rest of a range of days closed by a year ("Dec. 30-31, 2024", "April 24 and 25, 1999")
RANGE_YEAR = re.compile(r"(?:\s*,\s*\d{1,2}(?:st|nd|rd|th)?\b(?![,.:/-]\d))*"  # a list: "Aug. 3, 4 and 5, 2024"
                        r"(?:\s*[-–]\s*|,?\s+(?:to|through|and|or|&)\s+)\d{1,2}(?:st|nd|rd|th)?,?\s+(\d{4})\b")
#: what makes a month-day of a past sentence look ahead: "but not before Jan. 20", "no later than"
NOT_BEFORE = re.compile(r"\b(?:not\s+(?:before|until|till|earlier\s+than)|no\s+later\s+than|ahead\s+of|"
                        r"(?:set|fixed|scheduled|slated)(?:\s+for)?)\s+$")
YEAR_AGO = re.compile(r"year[- ](?:ago|earlier|before)|last year")


def _looks_ahead(ctx: Context) -> bool:
    """Whether a month-day that the clause puts 300+ days back is rather the one in the coming
    month: only a negated "not before"/"no later than" or a clause with no tense at all; a past
    clause never names a day that has not come ("Hamas attacked Israel on Oct. 7", "took effect
    Jan. 19", "since Jan. 15"), nor one said to be a year ago."""
    if YEAR_AGO.search(ctx.before) or YEAR_AGO.search(ctx.after) or ctx.before.endswith("since "):
        return False
    if re.match(r"\s*as\s+(?:the|a|its)\s+(?:deadline|target date)\b", ctx.after):
        return True  # "has set Nov. 10 as the deadline"; not "the March 3 deadline passed" (over)
    return bool(NOT_BEFORE.search(ctx.before)) or ctx.tense is None and ctx.way is None


def _date_or_none(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def month_year(g: Groups, ctx: Context) -> Norm | None:
    m = lexicon().months[g["month"].rstrip(".")]
    mod = point_mod(g.get("pmod"))
    if "year" in g:
        return Norm("DATE", f"{int(g['year']):04d}-{m:02d}", mod)
    if "spoken" in g:  # "January nineteen ninety-seven"
        spoken = spoken_year({"spoken": g["spoken"]}, ctx)
        return Norm("DATE", f"{spoken.value}-{m:02d}", mod) if spoken else None
    shift = {"this": 0, "last": -1, "next": 1}[g["yrel"].lower()]
    if ctx.dct is None:
        return Norm("DATE", f"XXXX-{m:02d}", mod, PUBLICATION)
    return Norm("DATE", f"{ctx.dct.year + shift:04d}-{m:02d}", mod, PUBLICATION)


#: a fiscal year's end or start just before a month ("fiscal 1989, which ends in June": June 1989;
#: "fiscal 1989 began in July": July 1988, the year a fiscal year named by its end begins in)
FISCAL_BOUND = re.compile(r"\b(?:fiscal(?:\s+year)?|fy)\s*(\d{4}),?\s+(?:(?:which|that)\s+)?(?:will\s+)?"
                          r"(?:(end|close)(?:s|ed)?|(begin|began|begins|start|starts|started))\s+(?:in\s+)?$")


def month(g: Groups, ctx: Context) -> Norm | None:
    name = g["month"].rstrip(".")
    m = lexicon().months[name]
    rel = (g.get("rel") or "").lower()
    mod = point_mod(g.get("pmod"))
    if len(name) <= 4 and not g.get("pmod") and not rel and name not in ("June", "July", "May"):
        return None  # a bare abbreviation ("Jan") is too often something else
    if name in lexicon().ambiguous_months and not (rel or mod) and (
            ctx.pos in ("VERB", "AUX") or not ctx.before.endswith(BARE_MONTH_PREPS)):
        return None
    bound = FISCAL_BOUND.search(ctx.before) if not rel else None
    if bound is not None:
        y = int(bound[1]) - (1 if bound[3] and m > 1 else 0)
        return Norm("DATE", f"{y:04d}-{m:02d}", mod, TEXT)
    if ctx.dct is None:
        return Norm("DATE", f"XXXX-{m:02d}", mod, PUBLICATION)
    if rel in ("last", "past", "this past"):
        y = ctx.dct.year if m < ctx.dct.month else ctx.dct.year - 1
    elif rel in ("next", "coming"):
        y = ctx.dct.year if m > ctx.dct.month else ctx.dct.year + 1
    elif rel == "this":
        y = ctx.dct.year
    else:
        y = cal.month_near(ctx.dct, m, direction(ctx, calendar_date=True))
    return Norm("DATE", f"{y:04d}-{m:02d}", mod, PUBLICATION)


def decade(g: Groups, ctx: Context) -> Norm | None:
    mod = point_mod(g.get("pmod"))
    if "dec" in g:
        if "apos" in g and not mod and _loose_possessive(g["dec"], ctx):
            return None  # "its 2020's level": the year's (``year``)
        return Norm("DATE", g["dec"], mod)
    digit = int(g.get("short") or lexicon().decade_words[g["word"].lower()])
    century = 19
    if ctx.dct is not None and ctx.dct.year >= 2000 and digit <= (ctx.dct.year % 100) // 10:
        century = 20
    return Norm("DATE", f"{century}{digit}", mod)


#: a possessive pronoun or "that" just before the match
_LOOSE_BEFORE = re.compile(rf"\b(?:{'|'.join(LOOSE)})\s$")
#: a figure a year is measured by, as the noun after "2020's" (maybe after one modifier):
#: "its 2010's level", "their 2020's peak", "its 2019's pre-war budget", "that 2020's gains". A
#: year has one level, peak or total, so these are the year's only in the singular; several are a
#: decade's ("their 1990's levels", "its 1970's highs"). Figures a year has many of (sales, gains,
#: prices, results) are the year's in either number.
_MEASURE_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:level|peak|high|low|record|total|budget|rate|tally|average|deficit|surplus|"
    r"count|share|pace|harvest|crop|payroll|output|turnout|growth|spending|figures?|results?|"
    r"revenues?|profits?|prices?|sales|earnings|gains|losses|numbers)\b")


#: "that" opening a clause after a verb of saying or knowing, no determiner: "said that 2020's
#: election was rigged", "told reporters that 2010's season was his best"
_CLAUSE_THAT = re.compile(
    r"\b(?:sa(?:y|ys|id|ying)|argu(?:e|es|ed|ing)|insist(?:s|ed|ing)?|not(?:e|es|ed|ing)|claim(?:s|ed|ing)?|"
    r"believ(?:e|es|ed|ing)|think(?:s|ing)?|thought|know(?:s|n|ing)?|knew|warn(?:s|ed|ing)?|add(?:s|ed|ing)?|"
    r"stress(?:es|ed|ing)?|f(?:ind|inds|ound)|show(?:s|ed|n|ing)?|report(?:s|ed|ing)?|admit(?:s|ted|ting)?|"
    r"den(?:y|ies|ied)|agree(?:s|d)?|conclud(?:e|es|ed)|suggest(?:s|ed|ing)?|fear(?:s|ed)?|hop(?:e|es|ed)|"
    r"announc(?:e|es|ed)|confirm(?:s|ed)?|acknowledg(?:e|es|ed)|recall(?:s|ed)?|explain(?:s|ed)?|"
    r"wr(?:ote|ites?|itten)|told\s+[\w.]+|sure|clear|fact)\s+that\s$")


def _loose_possessive(dec: str, ctx: Context) -> bool:
    """"2020's" after a possessive pronoun or "that" names the year when "that" opens a clause
    ("said that 2020's election was rigged"), a figure of it follows ("returned to its 2010's
    level", "their 2019's peak"; not "their 1990's levels", ``_MEASURE_AFTER``) or its decade is
    the publication's ("its 2020's election" in 2024: the decade still running is no era of the
    past); the decade otherwise ("her 1990's heyday", "its 1990's form", "loved that 1990's sound")."""
    if not _LOOSE_BEFORE.search(ctx.before):
        return False
    return bool(_CLAUSE_THAT.search(ctx.before) or _MEASURE_AFTER.match(ctx.after)) or (
        ctx.dct is not None and ctx.dct.year // 10 == int(dec))


def century(g: Groups, ctx: Context) -> Norm | None:
    n = lexicon().ordinals.get(g["ord"].lower())
    if not n or n < 1:
        return None
    return Norm("DATE", f"{n - 1:02d}", point_mod(g.get("pmod")))


def year(g: Groups, ctx: Context) -> Norm | None:
    y = int(g["year"])
    mod = point_mod(g.get("pmod"))
    fiscal = (g.get("fiscal") or "").lower()
    if not fiscal and not mod and not g.get("prepost") and _looks_like_quantity(ctx):
        return None
    second = re.match(r"([-/])(\d\d(?:\d\d)?)\b", ctx.after)
    if second and (_year_pair(y, second.group(2), second.group(1) == "/") is None
                   or second.group(1) == "/" and NUMBERED_ACT.search(ctx.before)):
        return None  # "2024-01", "2024-3310", "Regulation (EU) 2022/2065": no range of years
    for season, token in lexicon().seasons.items():
        if season in fiscal:
            return Norm("DATE", f"{y}-{token}", mod)
    prepost = (g.get("prepost") or "").lower()
    beyond = " ".join((g.get("beyond") or "").lower().split())
    if prepost:
        mod = "BEFORE" if prepost == "pre" else "AFTER"
    elif beyond:
        mod = "ON_OR_BEFORE" if "earlier" in beyond else "ON_OR_AFTER"
    return Norm("DATE", f"{y:04d}", mod)


#: the number of an act before its slash ("Regulation (EU) 2022/2065", "resolution 2023/24")
NUMBERED_ACT = re.compile(r"\b(?:regulations?|resolutions?|directives?|decisions?|no\.?|nos\.?|number|"
                          r"case|decree)\s*(?:\([a-z]+\)\s*)?(?:\d{4}/)?$")


def year_end(g: Groups, ctx: Context) -> Norm | None:
    """The second year of a range "2024-25", "2022-2023", "2003-2023", "2024/25". With a dash it
    is later than the first, within ten years for a two-digit end ("2024-01" is no range), a
    century for four digits; with a slash it is the next year (a season, a fiscal or academic
    year: "2024/25", "1999/2000"), and not in an act's number ("Regulation (EU) 2022/2065")."""
    slash = ctx.before.endswith("/")
    if slash and NUMBERED_ACT.search(ctx.before[:-1].rstrip("0123456789") or ""):
        return None
    y = _year_pair(int(g["ystart"]), g["yend"], slash)
    return Norm("DATE", f"{y:04d}") if y is not None else None


def _year_pair(start: int, end: str, slash: bool) -> int | None:
    """The end year of ``start`` and the digits ``end`` after a dash or (``slash``) a slash."""
    y = int(end) if len(end) == 4 else start // 100 * 100 + int(end)
    if len(end) == 2 and y < start:
        y += 100
    if slash:
        return y if y == start + 1 else None
    return y if 0 < y - start <= (10 if len(end) == 2 else 100) else None


#: a market's move to a level: "closed at ", "rose 12 points to ", "fell 1.2% to "
MARKET_LEVEL = re.compile(r"\b(?:clos(?:e|ed|ing)|end(?:ed|ing)|finish(?:ed|ing)|settl(?:e|ed|ing)|st(?:ood|ands)|open(?:ed|ing)|"
                          r"(?:rose|fell|climbed|dropped|slipped|gained|jumped|surged|plunged|sank|tumbled|"
                          r"advanced|declined|slid|eased|lost|added)(?:\s+[\d.,]+\s*(?:points?|%|percent))?)\s+(?:at|to)\s+$")


#: a year naming the noun after it ("fell to 2019 levels", "to 2019's level", "lost to 2016 finalist Kerber"): a possessive or a lower-case
#: word that is no preposition, conjunction, unit or day word ("closed at 2015 on Tuesday", "2010 points")
YEAR_OF_NOUN = re.compile(r"['’]s\b|\s*(?!(?:on|in|at|after|before|by|with|and|or|but|as|for|from|since|to|amid|despite|"
                          r"than|while|when|during|following|points?|percent|pct|up|down|higher|lower|early|late|"
                          r"yesterday|today|tonight|this|last)\b)[a-z]")


def _looks_like_quantity(ctx: Context) -> bool:
    """A four-digit number that counts things ("1500 soldiers", "No. 1999") is no year."""
    if re.match(r"\s*(?:gmt|utc|hrs|hours|local\s+time)\b", ctx.after):
        return True  # "1800 GMT": a clock time
    if MARKET_LEVEL.search(ctx.before) and not YEAR_OF_NOUN.match(ctx.raw_after):
        return True  # "the index closed at 2015", "rose 12 points to 2010": a level, not a year
    if re.match(r"\s*(?:[a-z]+\s+)?(?:people|soldiers|troops|men|women|children|tons|dollars|"
                r"euros|yen|shares|miles|km|kilometers|feet|meters|units|cars|jobs|votes|"
                r"acres|barrels|points|times|members|workers|homes|houses|rounds)\b", ctx.after):
        return True
    return bool(re.search(r"(?:no\.|number|flight|room|route|model|about|some|nearly|over|"
                          r"than|of|at|to)\s*$", ctx.before)) and bool(
        re.match(r"\s+[a-z]+s\b", ctx.after)) and not re.match(r"\s+(?:levels?|figures|results|"
                                                               r"budget|elections?|lows|highs|peaks)\b", ctx.after)


def _lead_pod(g: Groups) -> Groups:
    """A part of the day said before its day ("mid-afternoon yesterday", "late morning Tuesday")
    read as one said after it with a modifier ("late Tuesday morning")."""
    if "lpod" not in g or "pod" in g:
        return g
    return {**g, "pod": g["lpod"], "pmod": g["lpmod"]}


#: a preposition of cause just before a noun's "overnight": "depressed by overnight losses", "fell on overnight losses"
_CAUSE_BEFORE = re.compile(r"\b(?:by|after|following|on|amid|from|despite)\s+(?:the\s+|an?\s+)?$")


def deictic(g: Groups, ctx: Context) -> Norm | None:
    g = _lead_pod(g)
    word = " ".join(g["word"].lower().split())
    mod = point_mod(g.get("pmod"))
    pod = (g.get("pod") or "").lower()
    refs = {"the near future": "FUTURE_REF", "the distant future": "FUTURE_REF",
            "the near term": "FUTURE_REF", "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
            "the medium term": "FUTURE_REF", "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
            "presently": "PRESENT_REF", "these days": "PRESENT_REF", "right now": "PRESENT_REF",
            "recently": "PAST_REF", "the past": "PAST_REF", "the future": "FUTURE_REF"}
    if word in refs:
        if pod or (word == "the past" and re.match(r"\s+(?:\d|[a-z]+\s+(?:years|months|weeks|days))", ctx.after)):
            return None
        if word == "now" and mod:
            return None
        return Norm("DATE", refs[word], None, PUBLICATION)
    if word == "overnight":
        # an overnight cause of a day's result is the night before that day ("closed lower Friday
        # ... depressed by overnight losses in New York": Thursday night); so for a coming day named
        # in its own sentence (``sentence_day``: "will open Tuesday after overnight gains": Monday
        # night). An overnight event told after a day ("resigned on Monday. Overnight protests drew
        # thousands") and an adverb are the night before publication, or before the day of saying
        # in its sentence ("drones hit Kyiv overnight, officials said Monday": Sunday night), or
        # the night after it for what the saying foresees (``way``: "said Monday they expected
        # attacks overnight")
        if ctx.said_day and (ctx.tense == "PAST" or ctx.way == "future" or ctx.said_way) and ctx.pos != "ADJ":
            ahead = ctx.said_way == "future" or ctx.way == "future" and ctx.said_way is None
            night = ctx.said_day if ahead else ctx.said_day - timedelta(days=1)
            return Norm("TIME", f"{cal.day(night)}TNI", None, TEXT)
        coming = ctx.sentence_day if ctx.dct and ctx.sentence_day and ctx.sentence_day >= ctx.dct else None
        day = ctx.scene_day if ctx.tense == "PAST" else coming if ctx.tense == "FUTURE" else None
        if ctx.pos == "ADJ" and day and _CAUSE_BEFORE.search(ctx.before):
            return Norm("TIME", f"{cal.day(day - timedelta(days=1))}TNI", None, TEXT)
        d = (ctx.dct - timedelta(days=1)) if ctx.dct else None
        return Norm("TIME", f"{cal.day(d) if d else 'XXXX-XX-XX'}TNI", None, PUBLICATION)
    shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
    day_value = cal.day(ctx.dct + timedelta(days=shift)) if ctx.dct else "XXXX-XX-XX"
    if word == "tonight":
        pod = "night"
    if pod:
        token = lexicon().parts_of_day[pod]
        return Norm("TIME", f"{day_value}T{token}", mod, PUBLICATION)
    return Norm("DATE", day_value, mod, PUBLICATION)


def deictic_pod(g: Groups, ctx: Context) -> Norm | None:
    rel = " ".join(g["rel"].lower().split())
    token = lexicon().parts_of_day[g["pod"].lower()]
    shift = {"yesterday": -1, "tomorrow": 1, "last": -1, "late last": -1}.get(rel, 0)
    if rel in ("last", "late last") and token != "NI":
        return None  # "last morning" is not said; "last evening" rarely
    mod = "END" if rel.startswith("late") else ("START" if rel.startswith("early") else None)
    d = cal.day(ctx.dct + timedelta(days=shift)) if ctx.dct else "XXXX-XX-XX"
    return Norm("TIME", f"{d}T{token}", mod, PUBLICATION)


#: a plural part of the day after a second weekday, shared with a singular first: "Saturday and Sunday
#: mornings" ("Saturdays and Sunday mornings" keeps whole Saturdays)
SHARED_POD = re.compile(r"\s+(?:and|or|&)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(morning|afternoon|evening|night)s\b")
#: one week's nights or mornings, no set: "on Saturday and Sunday nights last week"
ONE_WEEK = re.compile(r"\s+(?:last|this|next)\s+week\b")
#: a newspaper named by its day, no day: "The Sunday Times", "the Sunday Telegraph" (not "Sunday
#: Times Square"), "The Mail on Sunday" (not "The Times on Sunday reported", "told the Sunday Times
#: on Friday")
PAPER_AFTER = re.compile(r"\s+(?:Times|Telegraph|Mirror|Express|Post|Herald|Tribune|Independent|Mail|People|"
                         r"Observer|Star)\b(?!-|\s+Square)")
PAPER_BEFORE = re.compile(r"\bMail\s+on\s+$")


def weekday(g: Groups, ctx: Context) -> Norm | None:
    if g["wd"][0].isupper() and len(g) == 1 and (PAPER_AFTER.match(ctx.raw_after) or (
            g["wd"] == "Sunday" and PAPER_BEFORE.search(ctx.raw_before))):
        return None
    g = _lead_pod(g)
    lex = lexicon()
    wd = lex.weekdays[g["wd"].rstrip(".").lower()]
    pod = (g.get("pod") or "").lower()
    token = lex.parts_of_day.get(pod) if pod else None
    shared = SHARED_POD.match(ctx.after) if not pod and not g.get("plural") else None
    if (shared or g.get("pods")) and not g.get("plural") and ONE_WEEK.match(ctx.after, shared.end() if shared else 0):
        shared, g = None, {k: v for k, v in g.items() if k != "pods"}  # "Saturday and Sunday nights last week"
    if shared:  # "on Saturday and Sunday mornings": the first day's mornings too
        token = lex.parts_of_day[shared.group(1).lower()]
    if g.get("plural") or g.get("pods") or shared:
        return Norm("SET", f"XXXX-WXX-{wd}" + (f"T{token}" if token else ""))
    mod = point_mod(g.get("pmod"))
    anchor = PUBLICATION
    if ctx.dct is None:
        value = f"XXXX-WXX-{wd}"
    else:
        way = direction(ctx)
        if ctx.said_day and ctx.said_way and not ctx.before.endswith("since "):
            way = ctx.said_way  # "said Monday talks would resume Thursday": the Thursday after the Monday
        # a past day told in a saying on an earlier day lies on or before that day ("said Monday
        # the city had been shelled on Sunday": the Sunday before the Monday, not publication's)
        said = ctx.said_day if ctx.said_day and (ctx.said_way or way == "past" and ctx.tense == "PAST") else None
        placed = placed_weekday(wd, way, ctx)
        if said and placed and (placed > said if way == "past" else placed < said):
            placed = None  # the day of saying, not a neighbour's order ("said Monday aid would come Thursday and ...")
        # a day to come from the saying is after it ("said Monday talks would resume Monday": the next)
        value = cal.day(placed or cal.weekday_near(said or ctx.dct, wd, "after" if said and way == "future" else way))
        if said and placed is None:
            anchor = TEXT
    if "tod" in g:
        clock = _clock(g["tod"])
        if clock:
            return Norm("TIME", f"{value}T{clock}", mod, anchor)
    if token:
        return Norm("TIME", f"{value}T{token}", mod, anchor)
    return Norm("DATE", value, mod, anchor)


def _clock(text: str) -> str | None:
    m = re.match(r"(\d{1,2})(?::(\d\d))?\s*([ap])", text.lower())
    if not m:
        return None
    h = int(m.group(1)) % 12 + (12 if m.group(3) == "p" else 0)
    return f"{h:02d}:{m.group(2) or '00'}"


def clock(g: Groups, ctx: Context) -> Norm | None:
    """"3 p.m.", "10:35 a.m. EDT Thursday", "noon Saturday", "4 in the morning"."""
    lex = lexicon()
    if "noon" in g and ctx.before.endswith("high "):
        return None
    if "noon" in g:
        hh, mm = (12, 0) if g["noon"].lower() in ("noon", "midday") else (24, 0)
    else:
        raw = g.get("h") or g.get("h2") or g.get("h3") or ""
        hour = lex.number(raw)
        if hour is None:
            return None
        mm = int(g.get("mi") or g.get("mi2") or g.get("mi3") or 0)
        ampm = (g.get("ampm") or "").lower()
        pod = (g.get("pod") or "").lower()
        if ampm and not 1 <= hour <= 12 or hour > 23 or mm > 59:
            return None
        hh = hour % 12 + 12 if ampm.startswith("p") or (pod in ("afternoon", "evening") and hour < 12) else hour
        if ampm.startswith("a") and hour == 12:
            hh = 0
    if "wd" in g:
        wd = lex.weekdays[g["wd"].rstrip(".").lower()]
        base = cal.day(cal.weekday_near(ctx.dct, wd, direction(ctx))) if ctx.dct else f"XXXX-WXX-{wd}"
    elif "dw" in g:
        shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[g["dw"].lower()]
        base = cal.day(ctx.dct + timedelta(days=shift)) if ctx.dct else "XXXX-XX-XX"
    elif "month" in g:
        found = month_day({"month": g["month"], "day": g["day"]}, ctx)
        if found is None:
            return None
        base = found.value
    elif ctx.sentence_day is not None:
        base = ctx.sentence_day.isoformat()
    else:
        base = cal.day(ctx.dct) if ctx.dct else "XXXX-XX-XX"
    mod = "APPROX" if g.get("qmod") else None
    return Norm("TIME", f"{base}T{hh:02d}:{mm:02d}", mod, PUBLICATION)


def season(g: Groups, ctx: Context) -> Norm | None:
    """"last summer", "the winter of 1994", "early spring"."""
    token = lexicon().seasons[g["season"].lower()]
    rel = " ".join((g.get("rel") or "").lower().split())
    mod = point_mod(g.get("pmod"))
    if "year" in g:
        return Norm("DATE", f"{int(g['year']):04d}-{token}", mod)
    if "spoken" in g:
        spoken = spoken_year({"spoken": g["spoken"]}, ctx)
        return Norm("DATE", f"{spoken.value}-{token}", mod) if spoken else None
    bare = rel in ("", "the") and not mod
    if bare and (ctx.pos in ("VERB", "AUX") or not ctx.before.endswith(
            ("in ", "during ", "since ", "until ", "by ", "over ", "through ", "this ", "last ",
             "next ", "of ", "early ", "late "))):
        return None
    if g["season"].lower() == "fall" and bare and rel != "the":
        return None
    if ctx.dct is None:
        return Norm("DATE", f"XXXX-{token}", mod, PUBLICATION)
    start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[token]
    y = ctx.dct.year
    if rel == "this past":
        y -= 0 if start < ctx.dct.month else 1
    elif rel in ("last", "past"):
        y -= 1
    elif rel in ("next", "coming"):
        y += 0 if start > ctx.dct.month else 1
    elif rel != "this":
        way = direction(ctx)
        if way == "future":
            y += 0 if start > ctx.dct.month else 1
        elif start > ctx.dct.month and token != "WI":
            y -= 1
    return Norm("DATE", f"{y:04d}-{token}", mod, PUBLICATION)


def spoken_year(g: Groups, ctx: Context) -> Norm | None:
    """"nineteen ninety-one", "the year two thousand" (broadcast transcripts)."""
    lex = lexicon()
    words = [w for w in re.split(r"[\s-]+", g["spoken"].lower()) if w not in ("and", "hundred")]
    if words[:2] == ["two", "thousand"]:
        rest = sum(lex.numbers.get(w, 0) for w in words[2:])
        return Norm("DATE", f"{2000 + rest:04d}")
    rest = sum(lex.numbers.get(w, 0) for w in words[1:])
    return Norm("DATE", f"{1900 + rest:04d}") if 0 < rest < 100 else None


#: the most years ahead of publication a two-digit year may lie ("the class of '28" in 2024: a
#: class still at school); further ahead it is the century before ("the class of '45": 1945)
SHORT_YEAR_AHEAD = 6
#: a person's birth: its year lies before the publication's ("born in '24" in 2024: 1924, a
#: centenarian, not a newborn, whose birth would be told by its day); "born in '23" in 2024 is still
#: 2023. The one born is the word before ("A nurse born in", "Jones was born there in") or, for a
#: participle opening the sentence, the one after the year ("Born in '24, the club"); it is a person
#: unless it is one of the lexicon's ``born_young`` (a baby, a foal, a club): their year reads as any
#: other two-digit year's.
_BORN = re.compile(r"(?:(?P<one>[\w’']+)[\s,]+(?:(?:was|were|is|are|(?:has|have|had)\s+been)\s+)?)?"
                   r"\bborn\s+(?:[a-z]+\s+)?in\s$", re.I)
_AFTER_BORN = re.compile(r"\s*,\s*(?:(?:the|a|an|this|that|its|his|her|their|our|my)\s+)?([\w’']+)", re.I)


def _person_born(ctx: Context) -> bool:
    """The two-digit year dates a person's birth (``_BORN``)."""
    m = _BORN.search(ctx.raw_before)
    if m is None:
        return False
    after = _AFTER_BORN.match(ctx.raw_after)
    one = m.group("one") or (after.group(1) if after else "")
    return one.lower() not in lexicon().born_young


#: a count, not a year, after the two digits: "in '24 hours'"
_SHORT_YEAR_COUNT = re.compile(r"\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b")


def short_year(g: Groups, ctx: Context) -> Norm | None:
    """"the class of '24", "the summer of '69": the year of the publication's century unless that
    lies ahead of a past clause or of "since" ("crashed in '29", "since '26": the century
    before's), or more than ``SHORT_YEAR_AHEAD`` years ahead (a class's graduation year may lie
    ahead whatever the tense); a person's birth year (``_BORN``) lies before the publication's year; "XX24"
    with no publication date. Not a quoted count ("in '24 hours'")."""
    if _SHORT_YEAR_COUNT.match(ctx.after):
        return None
    yy = int(g["yy"])
    if ctx.dct is None:
        return Norm("DATE", f"XX{yy:02d}")
    y = ctx.dct.year // 100 * 100 + yy
    past = not ctx.before.endswith("class of ") and (
        ctx.before.endswith("since ") or direction(ctx, calendar_date=True) == "past")
    latest = ctx.dct.year - 1 if _person_born(ctx) else ctx.dct.year + (0 if past else SHORT_YEAR_AHEAD)
    return Norm("DATE", f"{y - 100 if y > latest else y:04d}")


def the_year(g: Groups, ctx: Context) -> Norm | None:
    """"the year ended Sept. 30" (a duration), "the full year", "for the year," (this year)."""
    if g.get("ended"):
        return Norm("DURATION", "P1Y")
    value = f"{ctx.dct.year:04d}" if ctx.dct else "XXXX"
    if g.get("full") or (ctx.before.endswith(("for ", "of ")) and re.match(r"\s*[.,;:]", ctx.after)):
        return Norm("DATE", value, None, PUBLICATION)
    return None


def part_of(g: Groups, ctx: Context) -> Norm | None:
    """"the first week of September" (its ISO week), "the last day of 2023", "the second half of
    August" (the month, END)."""
    part = g["part"].lower()
    nth = lexicon().ordinals[g["ord"].lower()]
    if "month" in g:
        m = lexicon().months[g["month"].rstrip(".")]
        if "year" in g:
            y = int(g["year"])
        elif ctx.dct is None:
            return None
        else:
            y = cal.month_near(ctx.dct, m, direction(ctx, calendar_date=True))
        first, span_days = date(y, m, 1), cal.add_months(date(y, m, 1), 1) - date(y, m, 1)
    else:
        shift = {"this": 0, "last": -1, "next": 1}.get((g.get("rel") or "").lower(), 0)
        if "year2" in g:
            first, unit = date(int(g["year2"]), 1, 1), "Y"
        elif ctx.dct is None:
            return None
        else:
            unit = "M" if g.get("what", "").lower() == "month" else "Y"
            base = ctx.dct.replace(day=1) if unit == "M" else ctx.dct.replace(month=1, day=1)
            first = cal.shift(base, shift, unit)
        span_days = cal.shift(first, 1, unit) - first
    last = first + span_days - timedelta(days=1)
    anchor = None if ("year" in g or "year2" in g) else PUBLICATION
    if part == "half":
        if span_days.days < 32:
            return Norm("DATE", cal.month(first), "START" if nth == 1 else "END", anchor)
        return Norm("DATE", f"{cal.year(first)}-H{1 if nth == 1 else 2}", None, anchor)
    if part == "day":
        return Norm("DATE", cal.day(first if nth == 1 else (last if nth == -1 else first + timedelta(days=nth - 1))), None, anchor)
    middle = first + timedelta(days=7 * (nth - 1) + 3) if nth > 0 else last - timedelta(days=3)
    value = cal.week(middle) + ("-WE" if part == "weekend" else "")
    return Norm("DATE", value, None, anchor)


def week_of(g: Groups, ctx: Context) -> Norm | None:
    """"the week of March 6", "the week beginning Monday, March 6": the ISO week holding the day
    (the day placed as a month-day of its clause); None where the day has no year to hold it."""
    found = month_day({k: v for k, v in g.items() if k in ("month", "day", "year", "wd")}, ctx)
    day = cal.parse_value_date(found.value) if found is not None else None
    if found is None or day is None:
        return None
    return Norm("DATE", cal.week(day), None, found.anchor)
