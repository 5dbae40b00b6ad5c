"""Normalizers of relative expressions: "last year", "this week", "the following day",
"two days later", durations ("the past 10 months"), quarters and sets ("every Friday")."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from dateline.time import calendar as cal
from dateline.time.context import (
    POSSESSIVE,
    PUBLICATION,
    TEXT,
    Context,
    Groups,
    Norm,
    direction,
    point_mod,
    quantity_mod,
)
from dateline.time.dates import month_day, season
from dateline.time.lexicon import lexicon
from dateline.time.ranges import fiscal_year
from dateline.time.weeks import placed_weekday

SHIFT = {"this": 0, "current": 0, "the current": 0, "the present": 0, "last": -1, "past": -1,
         "previous": -1, "the past": -1, "the last": -1, "the previous": -1, "the latest": -1,
         "next": 1, "coming": 1, "the coming": 1, "the remaining": 0, "the following": 1}
UNDERSPECIFIED = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Q": "XXXX-QX", "Y": "XXXX",
                  "DE": "XXX", "CE": "XX"}
#: a money figure just before "a year ago/earlier": an earnings comparison
EARNINGS = (r"(?:\ba share|\$\s?[\d.,]+(?:\s+(?:million|billion))?|[\d.,]+\s+(?:million|billion)"
            r"(?:\s+[a-z]+)?|\bcents|\bpence)\s*,?\s*$")
UNIT_OF = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE",
           "century": "CE"}


def _period(d: date | None, n: int, unit: str) -> str:
    """The period of ``unit`` ``n`` units from the one holding ``d`` (``XXXX`` forms without d)."""
    if d is None:
        return UNDERSPECIFIED.get(unit, "XXXX")
    return cal.at_granularity(cal.shift(d, n, unit), unit)


def relative(g: Groups, ctx: Context) -> Norm | None:
    """"last year", "this week", "next Friday", "earlier this month", "this morning"."""
    rel = " ".join(g["rel"].lower().split())
    what = g["what"].lower().rstrip(".")
    if g["rel"] == "This" and g["what"] == "Week" and not ctx.before.endswith((". ", "\n")):
        return None  # a title: "This Week With David Brinkley"
    mod = point_mod(g.get("pmod"))
    if rel in ("previous", "the previous", "the following") and what in ("week", "weekend", "month", "year"):
        # anaphoric: the narrative's ("In 1995 ... the following year": 1996), with this rule's extent
        # and point ("the end of the following month", "the previous fiscal year")
        found = narrative({"rel": rel.split()[-1], "what": what}, ctx)
        return replace(found, mod=mod) if found is not None and mod else found
    n = SHIFT.get(rel, 0)
    lex = lexicon()
    if what in lex.weekdays:
        wd = lex.weekdays[what]
        if ctx.dct is None:
            return Norm("DATE", f"XXXX-WXX-{wd}", mod, PUBLICATION)
        way = {0: "same_week", -1: "before", 1: "after"}[n]
        if n == 0 and ctx.tense in ("PAST", "FUTURE"):
            # "resumes this Monday" said on a Sunday: tomorrow, not six days back
            way = "past" if ctx.tense == "PAST" else "future"
        anchor = ctx.scene_day or ctx.ref
        if rel in ("previous", "the previous", "the following") and anchor is not None:
            # "closed lower Friday ... down 4.5% from the previous Friday": the one before the day
            # the narrative is on (its scene day: not "overnight losses" between them)
            return Norm("DATE", cal.day(cal.weekday_near(anchor, wd, way)), mod, TEXT)
        return Norm("DATE", cal.day(cal.weekday_near(ctx.dct, wd, way)), mod, PUBLICATION)
    if what in lex.seasons:
        return season({"season": what, "rel": rel.replace("the ", ""), **({"pmod": g["pmod"]} if "pmod" in g else {})}, ctx)
    if what in lex.parts_of_day:
        if n == 1:
            return None
        shift = -1 if n == -1 else 0
        d = cal.day(ctx.dct + timedelta(days=shift)) if ctx.dct else "XXXX-XX-XX"
        return Norm("TIME", f"{d}T{lex.parts_of_day[what]}", mod, PUBLICATION)
    if what == "weekend":
        base = ctx.dct + timedelta(weeks=n) if ctx.dct else None
        value = f"{cal.week(base)}-WE" if base else "XXXX-WXX-WE"
        return Norm("DATE", value, mod, PUBLICATION)
    unit = UNIT_OF[what]
    # told in a report ("said on Thursday that talks would resume this week"): the saying's week or month
    said = ctx.said_day if unit in ("W", "M") and ctx.said_day is not None else None
    base = said or ctx.dct
    if unit == "W" and n == 0 and base is not None and base.isoweekday() == 7 and rel == "this" \
            and ctx.tense != "PAST" and (mod == "END" or ctx.tense == "FUTURE"):
        # "later this week", "will meet this week" on a Sunday: the week ahead (its ISO week ends
        # today); not a past "rose late this week"
        n = 1
    if said is not None:
        return Norm("DATE", _period(said, n, unit), mod, TEXT)
    if unit in ("DE", "CE") and rel in ("past", "the past") and not re.match(r"\s+of\b", ctx.after):
        # "for the past decade": the ten years up to now (TimeBank: P10Y), not the 2010s; "the
        # last decade" stays the decade before this one (TimeBank: 198 in 1998)
        return Norm("DURATION", "P10Y" if unit == "DE" else "P100Y", mod)
    if unit == "Q" and rel in ("the latest", "the past", "the last", "past", "last", "previous"):
        n = -1
    if unit == "Y" and n == -1 and ctx.quarter is not None and re.search(EARNINGS, ctx.before) \
            and not POSSESSIVE.match(ctx.after) and COMPARED.search(_own_sentence(ctx.before)) \
            and REPORT_FIGURE.search(_own_sentence(ctx.before)):
        # "compared with a loss of $3 million last year" in a quarter's report: the year-ago quarter,
        # as "a year ago"; not a year's own figure ("It lost $80 million last year")
        return Norm("DATE", _year_back(ctx, ctx.dct), mod, TEXT)
    return Norm("DATE", _period(ctx.dct, n, unit), mod, PUBLICATION)


def pmod_the(g: Groups, ctx: Context) -> Norm | None:
    """"the end of the year", "the beginning of the month", "year-end", "earlier in the day" (the
    day the narrative named a few sentences back as when something happened, ``ctx.scene_day``;
    without one the publication date in a past clause reporting an act, and no value in a
    present or generic one, "binge eating later in the day"; START/END as "earlier in the year"
    in TimeBank). Not "the end of the day", "late in the day" (idioms)."""
    if "ye" in g:
        return Norm("DATE", _period(ctx.dct, 0, "Y"), "END", PUBLICATION)
    what = g["what"].lower()
    if what == "day":
        if "inthe" not in g or g["pmod"].lower() not in ("earlier", "later"):
            return None
        if ctx.scene_day is None and ctx.act is False:
            return None  # "Fasting Muslims eat later in the day": no day
        base, anchor = (ctx.scene_day, TEXT) if ctx.scene_day is not None else (ctx.dct, PUBLICATION)
        return Norm("DATE", cal.day(base) if base else "XXXX-XX-XX", point_mod(g["pmod"]), anchor)
    if ctx.said_day is not None and what in ("week", "month"):
        # told in a report ("said on Monday it expected strikes by the end of the month"): the saying's
        return Norm("DATE", _period(ctx.said_day, 0, UNIT_OF[what]), point_mod(g["pmod"]), TEXT)
    return Norm("DATE", _period(ctx.dct, 0, UNIT_OF[what]), point_mod(g["pmod"]), PUBLICATION)


def weekend(g: Groups, ctx: Context) -> Norm | None:
    """"the weekend": the last one in a past clause, the next one in a future clause."""
    if ctx.dct is None:
        return Norm("DATE", "XXXX-WXX-WE", None, PUBLICATION)
    saturday = cal.weekday_near(ctx.dct, 6, "future" if ctx.tense == "FUTURE" else "past")
    if ctx.dct.isoweekday() == 7 and ctx.tense != "FUTURE":
        saturday = ctx.dct - timedelta(days=1)
    return Norm("DATE", f"{cal.week(saturday)}-WE", None, PUBLICATION)


def narrative(g: Groups, ctx: Context) -> Norm | None:
    """"the following day", "the next morning", "that year", "the day before": the last date
    the text named (anchor "text"), else the publication date; a day after a month or year
    only is a day of it, unknown ("2022-08-XX"), and a past clause's next day with no day
    named before it is undetermined (not tomorrow)."""
    what = (g.get("what") or g.get("dwhat") or "").lower()
    ref = ctx.ref if what in ("day", "morning", "afternoon", "evening", "night", "week", "weekend") else ctx.ref_any
    base, anchor = (ref, TEXT) if ref is not None else (ctx.dct, PUBLICATION)
    rel = (g.get("rel") or g.get("next") or g.get("dir") or "").lower()
    if "that" in g:
        rel = "same"
    if g.get("next") and ref is None and what not in ("day", "morning", "night"):
        base, anchor = ctx.dct, PUBLICATION  # "the next year" with no narrative date: from now
    n = {"following": 1, "next": 1, "after": 1, "previous": -1, "preceding": -1, "before": -1}.get(rel, 0)
    pmod = (g.get("pmod") or "").lower()
    mod = point_mod(pmod) if pmod in ("early", "late") else None
    lex = lexicon()
    if what in ("day", "morning", "afternoon", "evening", "night"):
        d = base + timedelta(days=n) if base else None
        value = cal.day(d) if d else "XXXX-XX-XX"
        if ctx.coarse is not None and (ref is None or not cal.day(ref).startswith(ctx.coarse)):
            # "The ship sank in August 2022. The following day": a day of it, unknown (TimeML's 2022-08-XX)
            value, anchor = (ctx.coarse + "-XX-XX")[:10], TEXT
        elif ref is None and n > 0 and ctx.tense == "PAST":
            value = "XXXX-XX-XX"  # "The Aug. 2 inquiry found ... The following day, he resigned": not tomorrow
        if what != "day":
            return Norm("TIME", f"{value}T{lex.parts_of_day[what]}", mod, anchor)
        return Norm("DATE", value, mod, anchor)
    if what == "weekend":
        d = base + timedelta(weeks=n) if base else None
        return Norm("DATE", f"{cal.week(d)}-WE" if d else "XXXX-WXX-WE", mod, anchor)
    return Norm("DATE", _period(base, n, UNIT_OF[what]), mod, anchor)


def _amount(g: Groups) -> tuple[str, float | None]:
    """The number of a duration: ("X", None) when vague ("several"), else (text, value)."""
    raw = " ".join((g.get("num") or "one").lower().split())  # "the next year and a half": one
    if raw.startswith("half"):
        return "0.5", 0.5
    half = raw.endswith("1/2")
    n = lexicon().number(raw.replace("1/2", "").strip()) if half else lexicon().number(raw)
    if n is None:
        try:
            value = float(raw)
        except ValueError:
            return "X", None
        return (f"{value:g}", value)
    total = n + 0.5 if half else float(n)
    return (f"{total:g}", total)


def duration_value(amount: float | None, unit_word: str) -> str | None:
    """TIMEX3 duration for ``amount`` (None: vague X) of ``unit_word``: P6W, PT3H, P10Y, PXY."""
    unit = lexicon().unit(unit_word)
    if unit is None:
        return None
    timed = unit_word.lower().startswith(("hour", "minute", "second"))
    prefix = "PT" if timed else "P"
    scale = {"DE": (10, "Y"), "CE": (100, "Y"), "ML": (1000, "Y"), "2W": (2, "W")}
    if amount is None:
        # TIMEX3 "decades" PXDE; "centuries" PXC as TimeBank mostly writes it
        return f"{prefix}X{ {'CE': 'C', 'ML': 'L', '2W': 'W'}.get(unit, unit)}"
    if unit in scale:
        factor, unit = scale[unit]
        amount *= factor
    if amount != int(amount):
        whole = int(amount)
        smaller = {("PT", "H"): ("M", 30), ("PT", "M"): ("S", 30), ("P", "Y"): ("M", 6),
                   ("P", "D"): ("TH", 12), ("P", "M"): ("D", 15), ("P", "W"): ("D", 3)}
        small = smaller.get((prefix, unit))
        if small:
            head = f"{prefix}{whole}{unit}" if whole else prefix
            tail = small[0].replace("T", "T" if prefix == "P" else "")
            return f"{head}{tail[:-1]}{small[1]}{tail[-1]}" if len(tail) > 1 else f"{head}{small[1]}{tail}"
    return f"{prefix}{int(amount)}{unit}"


#: "earlier/later than" after a span: a comparison ("finished a year earlier than planned", "opened
#: two weeks later than expected"), the span a length, as TimeML's offset from an event ("two days
#: after the explosion"), not a date: the time compared with (a plan, a forecast) is not one the text names
THAN = re.compile(r"\s+than\b")
#: a comparative of a figure just before the span, whose "than" it is ("Sales were higher a year
#: earlier than they are now": the sales of a year before the publication, a date)
COMPARATIVE = re.compile(r"\b(?:higher|lower|more|less|fewer|greater|larger|smaller|bigger|stronger|weaker|"
                      r"better|worse|cheaper|costlier|dearer)\s+$")
#: a plan or forecast in the "than" clause: the other side is still a time the text does not give,
#: whatever comparative stands before ("Costs were lower three years later than forecast")
THAN_PLAN = re.compile(r"\s+than\s+(?:[\w']+\s+){0,4}?(?:planned|forecast|forecasts?|expected|scheduled|projected|"
                       r"anticipated|estimated|predicted|hoped|intended|budgeted|promised|feared|thought)\b")
#: a day the text names as the other side of the comparison ("a day earlier than Monday")
THAN_DAY = re.compile(r"\s+than\s+([a-z]+)\b")


#: a modal just before "one day": some day ahead, no length ("the bridge will one day carry
#: trains", "the drug could one day replace insulin", "we'll one day rebuild"; not "will last one
#: day", nor "'d", which is "had" too: "he'd one day left")
SOME_DAY = re.compile(r"(?:\b(?:will|would|could|can|may|might|should|must)|['’]ll)\s+$")
#: "one day a week" after a modal is a rate's day, not some day ahead
_A_WEEK = re.compile(r"\s+(?:a|per|each|every)\s+(?:week|month|year)\b")


#: what stands before "a week", "a year" when it is a rate ("four flights a week", "$2 million a
#: year", "twice a day"); a number ends in a digit: "on Aug. 1, a week earlier" is no rate
_RATE = re.compile(r"(?:(?:\d(?:[\d,.]*\d)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|dozen|hundred|thousand|several|few))"
                   r"(?:\s+(?:million|billion))?(?:\s+[a-z]+)?|\$\S*|cents?|dollars?|percent|%|times|once|twice)\s*$")


def duration(g: Groups, ctx: Context) -> Norm | None:
    """"six weeks", "the past 10 months", "about three years", "a year ago", "two days later"."""
    unit_word = g["unit"].lower()
    text, amount = _amount(g)
    if (g.get("half") or g.get("half0")) and amount is not None:
        amount += 0.5
    num = (g.get("num") or "").lower()
    det = (g.get("det") or "").lower()
    if g.get("long") and "old" in g["long"]:
        return None
    if unit_word == "second" and num in ("a", "an") or (det == "the" and not g.get("rel") and amount is None):
        return None
    if unit_word.startswith("night") and amount is None:
        return None
    if unit_word.startswith("quarter") and (re.match(r"\s+of\b", ctx.after) or re.fullmatch(r"(?:19|20)\d\d", num)):
        return None  # "three-quarters of its food"; "the 1988 quarter" is a quarter of 1988
    mod = quantity_mod(g.get("qmod"))
    post = " ".join((g.get("post") or "").lower().split())
    if g.get("orso"):
        mod = "APPROX"
    unit = lexicon().unit(unit_word) or "Y"
    if unit_word.startswith("minute"):
        unit = "S"  # clock units: no calendar shift
    if post in ("ago", "back", "from now", "hence", "earlier", "later") and unit in ("H", "S"):
        post = ""  # "an hour later": the duration, the signal outside (TimeBank)
    if post in ("earlier", "later") and THAN.match(ctx.after):
        day = _than_day(ctx)
        if day is not None:  # "a day earlier than Monday": the Sunday before that Monday
            return _shifted(amount, unit, post, mod, replace(ctx, ref=day, ref_any=day))
        if not COMPARATIVE.search(ctx.before) or THAN_PLAN.match(ctx.after):
            post = ""  # "a year earlier than planned": how far from a time the text does not give
    if post in ("ago", "back", "from now", "hence", "earlier", "later"):
        return _shifted(amount, unit, post, mod, ctx)
    if (num, unit_word, post, det) == ("one", "day", "", "") and not g.get("rel") and not g.get("qmod") \
            and SOME_DAY.search(ctx.before) and not _A_WEEK.match(ctx.after):
        return Norm("DATE", "FUTURE_REF", None, PUBLICATION)
    value = duration_value(amount, unit_word)
    if value is None:
        return None
    if num in ("a", "an") and _RATE.search(ctx.before):
        return None  # "four flights a week", "$2 million a year": a rate, not a timex
    return Norm("DURATION", value, mod)


def _than_day(ctx: Context) -> date | None:
    """The day named right after "than", the other side of the comparison ("a day earlier than
    Monday", "than today"), a weekday placed as the weekday itself is by a week named beside it
    ("than Monday last week": ``weeks.placed_weekday``); None for a plan, a forecast or an
    event's clause ("than planned", "than it did last year")."""
    m = THAN_DAY.match(ctx.after)
    if m is None or ctx.dct is None:
        return None
    word = m.group(1)
    if word.endswith("day") and word in lexicon().weekdays:
        wd, way = lexicon().weekdays[word], direction(ctx)
        own = replace(ctx, after=ctx.after[m.end():], ref=None, ref_any=None, sequel=(), prequel=None, listed=False)
        return placed_weekday(wd, way, own) or cal.weekday_near(ctx.dct, wd, way)
    shift = {"now": 0, "today": 0, "yesterday": -1, "tomorrow": 1}.get(word)
    return None if shift is None else ctx.dct + timedelta(days=shift)


def _shifted(amount: float | None, unit: str, post: str, mod: str | None, ctx: Context) -> Norm | None:
    """"two years ago" (from the publication date), "two days later" (from the narrative)."""
    back = post in ("ago", "back", "earlier")
    if post in ("ago", "back", "from now", "hence"):
        base, anchor = ctx.dct, PUBLICATION
    else:
        ref = ctx.ref if unit in ("D", "W") else ctx.ref_any
        base, anchor = (ref, TEXT) if ref is not None else (ctx.dct, PUBLICATION)
    if amount is None:
        return Norm("DATE", "PAST_REF" if back else "FUTURE_REF", mod, anchor)
    if unit in ("H", "S"):
        return None
    if amount != int(amount):  # "half a century ago": in the next smaller unit
        smaller = {"CE": ("Y", 100), "DE": ("Y", 10), "Y": ("M", 12), "W": ("D", 7)}.get(unit)
        if smaller and (amount * smaller[1]) == int(amount * smaller[1]):
            unit, amount = smaller[0], amount * smaller[1]
    n = int(amount) if amount == int(amount) else None
    if n is None or base is None:
        return Norm("DATE", UNDERSPECIFIED.get(unit, "XXXX"), mod, anchor)
    if unit == "2W":
        n, unit = 2 * n, "W"
    if unit == "Y" and n == 1 and back and (re.search(EARNINGS, ctx.before) or _quarter_figure(ctx)):
        # earnings reports compare with the same quarter a year before (TimeBank convention)
        return Norm("DATE", _year_back(ctx, ctx.dct or base), mod, anchor if (ctx.named_quarter or ctx.quarter) is None else TEXT)
    moved = cal.shift(base, -n if back else n, unit)
    return Norm("DATE", cal.at_granularity(moved, unit), mod, anchor)


ENDED = re.compile(r"\s+(?:ended|ending)\s+(?P<month>[A-Z][a-z]+)\.?\s+(?P<day>\d{1,2})\b(?:,\s+(?P<year>\d{4})\b)?")


#: what makes a bare "year-ago"/"year-earlier" an earnings comparison: a money figure, a share, a
#: period of a report or a report's figures near it ("$9 million year-ago", "year-ago results")
EARNINGS_NEAR = re.compile(r"\$|£|€|\d\s*%|\b(?:million|billion|cents?|pence|a\s+share|per\s+share|quarter|"
                           r"period|half|results|earnings|profits?|revenues?|sales|net|income|fiscal|"
                           r"operating|shipments|margins?)\b")


def _earnings(ctx: Context) -> bool:
    """Whether a bare "year-ago"/"year-earlier" is in earnings text: a reported quarter named
    before it, or money, a period or a report's figures within the context window."""
    return ctx.quarter is not None or EARNINGS_NEAR.search(ctx.before) is not None \
        or EARNINGS_NEAR.search(ctx.after) is not None


#: a report's figure, what an earnings comparison compares: "net", "a loss", "revenue", "third-quarter
#: profit", "$1.02 a share" (not any money or percentage: "aid rose to $2 billion", "40% of its homes")
REPORT_FIGURE = re.compile(r"\b(?:net|income|profits?|loss(?:es)?|earnings|revenues?|sales|cents|a\s+share|"
                           r"per\s+share|quarter|operating|margins?|shipments|results)\b")
#: a comparison before a figure: "compared with a loss of $3 million last year", "from $7 million"
COMPARED = re.compile(r"\b(?:compared\s+(?:with|to)|from|versus|vs\.|against)\s")


def _own_sentence(before: str) -> str:
    """The part of a context before a timex that lies in its own sentence."""
    return re.split(r"[.!?]\s", before)[-1]


def _quarter_figure(ctx: Context) -> bool:
    """A report's figure or change beside "a year ago/earlier" once the text has named the quarter
    it reports ("third-quarter profit grew 19% from a year ago", "A year earlier, net income was
    $2.1 million"): the comparison is with that quarter a year before, not with the year. Not
    after the period itself ("from the third quarter a year earlier": the year of that quarter),
    nor beside a figure of no report ("A year ago, the town was under siege and 40% of its homes")."""
    before = _own_sentence(ctx.before)  # "the second quarter. A year earlier, Hamas"
    after = re.split(r"[.!?](?:\s|$)", ctx.after)[0]
    if ctx.quarter is None or re.search(r"\b(?:quarter|period)\s+$", before):
        return False
    return REPORT_FIGURE.search(before) is not None or REPORT_FIGURE.search(after) is not None


def _ended(ctx: Context) -> str | None:
    """The calendar quarter of the day "the quarter ended/ending <Month day>" names, or None."""
    m = ENDED.match(ctx.raw_after)
    if m is None or m.group("month") not in lexicon().months:
        return None
    groups = {k: v for k, v in m.groupdict().items() if v is not None}
    found = month_day(groups, replace(ctx, after="", raw_after=""))
    day = cal.parse_value_date(found.value) if found is not None else None
    return f"{day.year}-Q{cal.quarter_of(day)}" if day is not None else None


def _year_back(ctx: Context, dct: date | None) -> str:
    """The period an earnings report compares with: the report's quarter the text named ("fourth
    quarter ended Sept. 30": 1989-Q4 -> 1988-Q4), else the quarter of a forecast named in the
    sentence ("expects a fourth-quarter loss, against a profit of $3 million a year earlier" in
    November: 1988-Q4), else
    the quarter before publication's, a year before; the year before only, once a longer period was
    named since ("In the nine months, net rose to $9 million from $7 million a year earlier": 1988,
    ``Context.whole``)."""
    named = ctx.quarter or ctx.named_quarter
    if named is not None:
        year, q = int(named[:4]) - 1, named[5:]
    elif dct is None:
        return "XXXX" if ctx.whole else "XXXX-QX"
    else:
        reported = cal.shift(dct, -3, "M")
        year, q = reported.year - 1, f"Q{cal.quarter_of(reported)}"
    return f"{year}" if ctx.whole else f"{year}-{q}"


def vague_plural(g: Groups, ctx: Context) -> Norm | None:
    """"recent years", "the past few weeks", "for years", "decades-long"."""
    rel = (g.get("rel") or "").lower()
    post = (g.get("post") or "").lower()
    if post == "ago":
        return Norm("DATE", "PAST_REF", None, PUBLICATION)
    around_event = ctx.before.endswith("the ") and (
        post == "ahead" or re.match(r"\s+(?:before|after|leading\s+up|following|since|preceding)\b", ctx.after))
    if post == "ahead" and not around_event:
        return None
    if post not in ("", "ahead") or not (rel or g.get("long") or around_event
                                          or re.search(r"\b(?:for|over|within|time\s+in)\s*$", ctx.before)):
        return None
    if rel == "future":
        return Norm("DATE", "FUTURE_REF", None, PUBLICATION)
    singular = not g["unit"].lower().endswith(("s", "ia"))  # "a day-long meeting": one day
    value = duration_value(1 if singular else None, g["unit"])
    return Norm("DURATION", value, None) if value else None


#: a periodical's name after "daily"/"weekly"/"monthly" ("the Israeli daily Haaretz", "the news weekly
#: Der Spiegel", "daily Corriere della Sera"): capitalised words, no weekday, month or "Mass", that end
#: the noun phrase (punctuation, a verb of reporting, a preposition): not "daily Israeli strikes"
PAPER_NAME = re.compile(
    r"\s+(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mass)[a-z]*\b)"
    r"[A-Z][\w'’-]*(?:\s+(?:(?:de|del|della|di|du|der|des|la|le|el|al)\s+)?[A-Z][\w'’-]*){0,3}"
    r"(?=\s*(?:[,.;:)!?'\"”]|$)|\s+(?:said|says|reported|reports|wrote|writes|quoted|quotes|cited|cites|added|"
    r"published|printed|carried|claimed|is|was|has|had|on|in|that|which|who|quoting|citing)\b)")
#: the periodical as a noun taking a verb or closing a phrase: "The daily said", "according to the daily.";
#: not a list of frequencies ("the daily, weekly and monthly figures") nor "the daily reports"
PAPER_NOUN = re.compile(r"\s*(?:[,.;:)](?!\s*(?:daily|weekly|monthly|and|or)\b)|(?:said|says|reported|wrote|writes|cited|added)\b)")

#: "the daily", "the Israeli daily", "Egypt's state-run daily": an article or an owner, then only names and compounds
PAPER_ARTICLE = re.compile(r"(?:\b(?:[Tt]he|an?|A)|\b[A-Z][\w-]*['’]s)\s+(?:(?:[A-Z][\w'-]*|[\w']+-[\w'-]+)\s+){0,3}$")


def _periodical(g: Groups, ctx: Context) -> bool:
    """"daily", "weekly", "monthly" as a newspaper or magazine, no timex: "the Communist Party daily
    Granma", "Egypt's state-run daily Al-Ahram", "The daily said"; not "twice daily Monday to
    Friday", "flights leave daily.", "the daily tally", "daily Israeli strikes", "the daily,
    weekly and monthly figures"."""
    if g["adv"].lower() not in ("daily", "weekly", "monthly") or re.search(r"\b(?:once|twice|thrice|times)\s+$", ctx.before):
        return False
    return bool(PAPER_NAME.match(ctx.raw_after)) or bool(
        PAPER_ARTICLE.search(ctx.raw_before) and PAPER_NOUN.match(ctx.after))


def set_(g: Groups, ctx: Context) -> Norm | None:
    """"every Friday" -> XXXX-WXX-5, "daily" -> P1D, "twice a week" -> P1W; none for a periodical
    ("the Israeli daily Haaretz": ``_periodical``)."""
    lex = lexicon()
    if "adv" in g and _periodical(g, ctx):
        return None
    if "adv" in g:
        if g["adv"].lower() in ("annually", "yearly") and re.search(r"(?:%|\bpercent)\s*$", ctx.before):
            return None  # "to grow 8% annually": a rate, no timex in TimeBank
        if g["adv"].lower() in ("quarterly", "annually", "semiannually", "biweekly") and re.match(r"\s+(?!(?:in|on|at|for|to|and|or|but|since|through|until|by|from|with|as|during|over|throughout|basis)\b)[a-z]", ctx.after):
            return None  # "quarterly dividend": no timex in TimeBank ("his weekly address" is one)
        values = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
                  "yearly": "P1Y", "hourly": "PT1H", "nightly": "XXXX-XX-XXTNI",
                  "quarterly": "P1Q", "biweekly": "P2W", "semiannually": "P6M"}
        return Norm("SET", values[g["adv"].lower()])
    if "freq" in g:
        value = duration_value(1, g["unit2"])
        return Norm("SET", value) if value else None
    if "wd" in g:
        return Norm("SET", f"XXXX-WXX-{lex.weekdays[g['wd'].rstrip('.').lower()]}")
    if "pod" in g:
        return Norm("SET", f"XXXX-XX-XXT{lex.parts_of_day[g['pod'].lower()]}")
    if "month" in g:
        return Norm("SET", f"XXXX-{lex.months[g['month'].rstrip('.')]:02d}")
    num = " ".join((g.get("num") or "").lower().split())
    amount: float | None = 2 if num == "other" else (_amount({"num": num})[1] if num else 1)
    value = duration_value(amount, g["unit"])
    return Norm("SET", value) if value else None


#: a period matching the reported one in another year: "the same period last year"
COUNTERPART = ("same", "comparable", "corresponding")


def _compared_year(year: str, ctx: Context) -> bool:
    """"the 1988 period" as the period of a report's comparison: earnings text, a year of the
    last two, and no era ("the 1968 period of unrest", "the 1988 period of losses")."""
    recent = ctx.dct is None or 0 <= ctx.dct.year - int(year) <= 2
    return recent and _earnings(ctx) and not re.match(r"\s+of\b", ctx.after)


#: a year's possessive just before: "2020's first quarter" (not the decade, "the 2020's")
YEAR_OWNER = re.compile(r"(?<!the )\b((?:1[5-9]|20)\d\d)['’]s $")


#: a report's figure the quarter names: "fourth-quarter loss", "fourth-quarter net income", "the
#: fourth quarter's results" (not "fourth-quarter growth", "a fourth-quarter launch")
QUARTER_FIGURE = re.compile(r"(?:['’]s)?\s+(?:(?:net|operating|pretax|after-tax)\s+)?(?:net|income|profits?|loss(?:es)?|"
                            r"earnings|revenues?|sales|results|charges?|write-?(?:downs?|offs?)|figures)\b")
#: a report's figure before "for": "a loss for the fourth quarter", "results for its fourth quarter"
FIGURE_FOR = re.compile(r"\b(?:net|income|profits?|loss(?:es)?|earnings|revenues?|sales|results|charges?|figures)\s+for\s+(?:its\s+|their\s+)?$")
#: how long after a quarter's start the one before is still the quarter reported on (reports
#: of a quarter come out some weeks after it ends)
REPORT_WEEKS = 8


def _report_due(g: Groups, ctx: Context, dct: date) -> bool:
    """Whether a calendar quarter named without a year, in a present or future clause, is the one
    just over: the publication in the first weeks of the next quarter, and the quarter naming a
    report's figure ("will post a fourth-quarter loss" on Jan. 8: the fourth quarter of the year
    before). Not a fiscal quarter, nor one named for a forecast of the economy ("expects growth
    to pick up in the fourth quarter")."""
    start = date(dct.year, 3 * (cal.quarter_of(dct) - 1) + 1, 1)
    if ctx.tense == "PAST" or (dct - start).days >= 7 * REPORT_WEEKS or "fiscal" in g or "fiscal2" in g \
            or ctx.fiscal_before:
        return False
    return QUARTER_FIGURE.match(ctx.after) is not None or FIGURE_FOR.search(ctx.before) is not None


def quarter(g: Groups, ctx: Context) -> Norm | None:
    """"the third quarter", "third-quarter", "the latest quarter", "the first half of 2024", "2020's
    first quarter", "the same period a year earlier/of 1988", "the quarter a year ago" (the reported
    quarter in that year, else the year)."""
    if "qn" in g and "qfy" in g:  # "Q3 FY25"
        return Norm("DATE", f"{fiscal_year(g['qfy'], ctx):04d}-{g['qn'].upper()}")
    if "qn" in g and "qyear" in g:
        return Norm("DATE", f"{g['qyear']}-{g['qn'].upper()}")
    if "qn" in g:  # "Q3 numbers": the third quarter of the year the clause points to
        g = {**g, "q": "quarter", "ord": ("first", "second", "third", "fourth")[int(g["qn"][1]) - 1]}
    if "yago" in g:  # "year-ago results": the reported quarter, a year before
        if not _earnings(ctx):  # "the year-ago ceasefire": the year before publication, as "a year ago"
            return Norm("DATE", f"{ctx.dct.year - 1:04d}" if ctx.dct else "XXXX", None, PUBLICATION)
        if ctx.dct is None and (ctx.named_quarter or ctx.quarter) is None:
            return Norm("DATE", "XXXX-QX", None, PUBLICATION)
        return Norm("DATE", _year_back(ctx, ctx.dct), None, PUBLICATION if (ctx.named_quarter or ctx.quarter) is None else TEXT)
    if "yback2" in g:  # "the quarter a year ago", "the third quarter a year earlier": as "the same quarter"
        if not _earnings(ctx):  # "spent the period a year ago in prison": no report's period
            return None
        g = {**g, "yback": g["yback2"]}
    half = g["q"].lower() == "half"
    if g["q"].lower() == "period" and not (
            g.get("rel") in ("latest", "year-ago", "year-earlier") or "year-" in (g.get("det") or "")
            or "year0" in g and _compared_year(g["year0"], ctx)  # "the 1988 period" of an earnings report
            or "cp" in g and g.keys() & {"yrel", "year", "yback"}  # "the same period last year/of 1988"
            or "yback" in g):  # "the period a year earlier"
        return None
    ordinal = lexicon().ordinals.get((g.get("ord") or "").lower())
    rel = (g.get("rel") or "").lower()
    det = " ".join((g.get("det") or "").lower().split())
    if half and not ordinal and rel != "last":
        return None
    if not (ordinal or rel or det or "year" in g):
        return None
    dct = ctx.dct
    current = cal.quarter_of(dct) if dct else None
    y = int(g.get("year") or g.get("year0") or 0) or None
    if y is None and "yrel" in g and dct:
        y = dct.year + {"this": 0, "last": -1, "next": 1}[g["yrel"].lower()]
    if "yback" in g and (ctx.quarter or dct):  # "a year earlier" than the reported quarter, else than publication
        y = (int(ctx.quarter[:4]) if ctx.quarter else dct.year) - 1  # type: ignore[union-attr]
    if y is None and dct and ("last year" in det or "year-" in det or rel.startswith("year-")):
        y = dct.year - 1
    if y is None and dct and det.endswith("year's"):  # "next year's first quarter", "this year's third"
        y = dct.year + (1 if det.startswith("next") else 0)
    if y is None and (owner := YEAR_OWNER.search(ctx.before)):
        y = int(owner[1])  # "2020's first quarter"
    framed = ctx.fiscal if y is None and ordinal else None
    if framed:  # "In fiscal 1989, which ends in June, ... the third quarter": that year's
        y = int(framed)
    if half:
        n = 2 if rel == "last" else (ordinal or 1)
        return Norm("DATE", f"{y if y else (dct.year if dct else 'XXXX')}-H{n}", None,
                    TEXT if framed else None if "year" in g else PUBLICATION)
    if not ordinal:
        if y is None and "yrel" not in g and re.match(r"\s+of\s", ctx.after):
            return None  # "cleared the quarter of Shejaiya", "the quarter of Gaza's people": a place, a share
        ended = _ended(ctx) if not rel and det == "the" and y is None else None
        if ended is not None:  # "the quarter ended Sept. 30": the quarter holding its last day, even
            # after a report named another quarter (a fiscal one: "its fiscal first quarter")
            return Norm("DATE", ended, None, PUBLICATION)
        if ctx.quarter is not None and rel in ("", "latest", "year-ago", "year-earlier", *COUNTERPART) \
                and (det in ("the", "the year-ago", "the year-earlier", "last year's") or rel):
            # "the quarter", "the latest period", "the 1988 quarter": the report's quarter
            reported = int(ctx.quarter[:4])
            y = y or (reported - 1 if rel.startswith("year-") or "year-" in det or "last year" in det else reported)
            return Norm("DATE", f"{y}-{ctx.quarter[5:]}", None, TEXT)
        if g["q"].lower() == "period" and rel in COUNTERPART and y is not None:
            return Norm("DATE", f"{y:04d}", None, PUBLICATION)  # no quarter reported: that year's period
        if dct is None or current is None:
            return Norm("DATE", "XXXX-QX", None, PUBLICATION)
        shift = {"current": 0, "next": 1, "coming": 1, "same": 0}.get(rel, -1)
        target = cal.shift(dct, 3 * shift, "M")
        if y is not None:
            return Norm("DATE", f"{y}-Q{cal.quarter_of(target)}", None, PUBLICATION)
        return Norm("DATE", cal.at_granularity(target, "Q"), None, PUBLICATION)
    if y is None:
        if dct is None or current is None:
            return Norm("DATE", f"XXXX-Q{ordinal}", None, PUBLICATION)
        y = dct.year
        if ordinal > current and ctx.tense == "PAST":
            y -= 1
        elif ordinal == (current + 2) % 4 + 1 and _report_due(g, ctx, dct):
            y = cal.shift(dct, -3, "M").year  # "will post a fourth-quarter loss" on Jan. 8: 1989's
        elif ordinal < current - 1 and ctx.tense == "FUTURE":
            y += 1
        return Norm("DATE", f"{y}-Q{ordinal}", None, PUBLICATION)
    return Norm("DATE", f"{y}-Q{ordinal}", None, TEXT if framed else None if ("year" in g or "year0" in g) else PUBLICATION)
