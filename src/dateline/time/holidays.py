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

A bare "Eid" is also a common Arab name ("Eid said Hamas would never agree", "arrested Eid at
his home"), so it is the feast only with evidence of one (``eid_is_feast``): a preposition or
determiner before it ("during Eid", "a grim Eid", "this Eid", "the eve of Eid"), a feast verb
("celebrated Eid", "spent Eid"), a feast noun after it ("Eid prayers", "Eid travel"), "Mubarak",
or a feast's course after it ("as Eid approached").

Just before a feast its run-up is news: when the next Eid is at most ``EVE_DAYS`` days after the
publication date, a past or present clause about preparations ("The Eid travel rush began on
Thursday", "Markets were packed with Eid shoppers", "as Eid approached") means the coming feast,
not the last one.

A year after the name ("Eid in 2023", "Ramadan in 2024", "the Eid al-Adha of 2016") is the
year of the occurrence (``YEAR_AFTER``). A bare "Eid" with a year is the feast the text names in
full ("Eid al-Adha ... Eid 2024"), else the year: both feasts fall in it, and taking the first
would date a story on the feast of sacrifice to the end of Ramadan.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from dateline.time import calendar as cal
from dateline.time import hijri
from dateline.time.context import PUBLICATION, Context, Groups, Norm, direction
from dateline.time.grammar import Candidate
from dateline.time.lexicon import lexicon

#: words before a holiday that look towards it from a past clause
RUN_UP = re.compile(r"(?:ahead\s+of|before|in\s+the\s+(?:run|lead)[\s-]up\s+to|leading\s+up\s+to|"
                    r"in\s+preparation\s+for|to\s+prepare\s+for)\s+(?:the\s+)?$")
RUN_UP_DAYS = 31
#: "Eid al-Ghadir", "Eid-e-Milad", "Eid Milad": another feast than the two Eids
OTHER_EID = re.compile(r"(?:[\s-]+(?:al|el|ul|e)[\s-]+[A-Za-z]|\s+Milad)")
#: "in 2023" / "of 2016" after a holiday name: the year of the occurrence
YEAR_AFTER = re.compile(r"\s+(?:in|of)\s+((?:19|20)\d\d)\b(?![-–/]\d)")
#: words right before a bare "Eid" that make it the feast (prepositions, determiners, feast verbs)
FEAST_BEFORE = frozenset({
    "on", "during", "before", "after", "over", "since", "until", "till", "through", "throughout",
    "ahead", "the", "a", "an", "this", "last", "next", "that", "every", "each", "first", "second",
    "third", "happy", "blessed", "grim", "sombre", "somber", "bleak", "joyless", "subdued", "muted",
    "another", "celebrate", "celebrates", "celebrated", "celebrating", "mark", "marks", "marked",
    "marking", "spend", "spends", "spent", "spending", "observe", "observed", "observing",
    "welcome", "welcomed", "welcoming", "festive", "holy", "its", "their", "our", "my",
    "for", "by", "upon", "into", "around"})
OTHER_FEAST = re.compile(r"\b(?:christmas|easter|ramadan|diwali|passover|hanukkah|new\s+year|nowruz|"
                         r"holidays?|weekends?|feasts?)\s+(?:and|or)\s+$")
#: "of Eid" only after these ("the eve of Eid", not "the family of Eid, a taxi driver")
FEAST_OF = re.compile(r"\b(?:eve|day|days|morning|night|end|start|beginning|"
                      r"feast|festival|holiday|celebration|celebrations|spirit|week|weekend|"
                      r"ahead|run[\s-]up|occasion|joy)\s+of\s+$")
#: before "for"/"by" a name is likely ("a lawyer for Eid", "photo by Eid")
NAME_FOR = re.compile(r"\b(?:lawyer|lawyers|attorney|spokesman|spokeswoman|photo|photograph|"
                      r"picture|written|reporting|statement|son|daughter|wife|husband)\s+(?:for|by)\s+$")
#: a feast noun, "Mubarak" or the feast's course right after "Eid"
FEAST_AFTER = re.compile(
    r"(?:[\s-]+(?:Mubarak|prayers?|holidays?|celebrations?|festivities|festival|feast|ceasefire|"
    r"truce|sermons?|shoppers|shopping|travel|rush|preparations|break|vacation|season|day|"
    r"morning|eve|gifts?|clothes|sweets|cakes|sacrifices?|sheep|markets?|bonus|greetings|"
    r"(?:has\s+|had\s+|is\s+|was\s+)?(?:approach(?:ed|es|ing)|near(?:ed|s|ing)|beg(?:an|ins|un)|"
    r"start(?:ed|s)|end(?:ed|s)|f[ae]lls?\s+on))\b)")
#: after "Eid": the run-up to the coming feast ("Eid shoppers", "as Eid approached")
EVE_AFTER = re.compile(r"[\s-]+(?:shoppers|shopping|rush|preparations|travel|markets?|gifts?|clothes|"
                       r"sweets|sheep|bonus|(?:is\s+|was\s+)?approach(?:ed|es|ing)|"
                       r"(?:is\s+|was\s+)?near(?:ed|s|ing))\b")
EVE_BEFORE = re.compile(r"\b(?:prepar(?:e|es|ed|ing|ations?)\s+for|as)\s+(?:the\s+)?$")
EVE_DAYS = 10


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
    g = _year_after(g, ctx)
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


def eid_is_feast(ctx: Context) -> bool:
    """Whether a bare "Eid" shows it is the feast rather than a person: "during Eid", "a grim
    Eid", "celebrated Eid", "Eid prayers", "Eid Mubarak", "as Eid approached" (not "Eid said",
    "Eid's brother", "Eid, 45,", "arrested Eid", "the family of Eid")."""
    if FEAST_AFTER.match(ctx.raw_after):
        return True
    before = ctx.raw_before.replace("\n", " ")
    if hijri.HONORIFICS.search(before):
        return False
    if FEAST_OF.search(ctx.before):
        return True
    words = re.findall(r"[A-Za-z'’-]+|[^\sA-Za-z]", before)
    prev = words[-1] if words else ""
    if prev.lower() in ("for", "by") and NAME_FOR.search(ctx.before):
        return False
    if prev.lower() in ("and", "or"):  # "Christmas and Eid", not "Ahmed and Eid"
        return bool(OTHER_FEAST.search(ctx.before))
    return prev.lower() in FEAST_BEFORE


def _not_the_feast(rule: str, g: Groups, ctx: Context) -> bool:
    """A person's name ("Tariq Ramadan", "Bassem Eid said") or another Eid ("Eid al-Ghadir")."""
    if g.get("rel") or "year" in g:
        return False
    if rule == "hijri-eid":
        if OTHER_EID.match(ctx.raw_after):
            return True
        if re.match(r"\s+Mubarak\b", ctx.raw_after):
            return False
        return hijri.ramadan_is_name(ctx) or not eid_is_feast(ctx)
    return hijri.is_month(rule) and hijri.ramadan_is_name(ctx)


def _eve(rule: str, ctx: Context) -> bool:
    """A past/present clause on the run-up to a feast at most ``EVE_DAYS`` ahead: "Eid
    shoppers", "as Eid approached", "prepared for Eid" (bare Eid only)."""
    if rule != "hijri-eid" or ctx.dct is None or ctx.tense == "FUTURE":
        return False
    if not (EVE_AFTER.match(ctx.raw_after) or EVE_BEFORE.search(ctx.before)):
        return False
    upcoming = hijri.choose(rule, ctx.dct, "after")[0]
    return 0 < (upcoming - ctx.dct).days <= EVE_DAYS


def _hijri_holiday(rule: str, g: Groups, ctx: Context) -> Norm | None:
    """"Ramadan", "Eid al-Fitr 2023", "last Eid al-Adha", "before Eid" (observed or tabular)."""
    if _not_the_feast(rule, g, ctx):
        return None
    week = (g.get("hweek") or "").lower()
    if "year" in g:
        y = int(g["year"])
        rule = ctx.eid or rule if rule == "hijri-eid" else rule  # "Eid 2024" in a text on Eid al-Adha
        found = hijri.occurrences(rule, range(y, y + 1))
        if not found:
            return None
        if rule == "hijri-eid" and len(found) > 1:
            return Norm("DATE", f"{y:04d}")  # "Eid 2024", either feast: the year holds both
        return Norm("DATE", _holiday_value(found[0][0], week) if week else hijri.value(rule, found[0]))
    if ctx.dct is None:
        return None
    way = _way(g, ctx)
    if _run_up(way, ctx, hijri.choose(rule, ctx.dct, "future")[0]) or _eve(rule, ctx):
        way = "future"
    chosen = hijri.choose(rule, ctx.dct, way)
    value = _holiday_value(chosen[0], week) if week else hijri.value(rule, chosen)
    return Norm("DATE", value, None, PUBLICATION)


def named_eid(found: Sequence[Candidate]) -> str | None:
    """The one Eid a text names by its full name ("Eid al-Adha", "Eid el-Kebir"): the feast a
    bare "Eid 2024" of the text means; None where it names neither or both."""
    names = lexicon().holidays
    eids = {rule for c in found if c.rule == "holiday"
            and (rule := names.get(" ".join(c.groups["hol"].split()))) in hijri.EIDS}
    return eids.pop() if len(eids) == 1 else None


def _year_after(g: Groups, ctx: Context) -> Groups:
    """The groups with the year of "Eid in 2023", "the Eid al-Adha of 2016" (not "last Eid")."""
    later = YEAR_AFTER.match(ctx.raw_after)
    if "year" in g or later is None or g.get("rel") or g.get("hweek"):
        return g
    return {**g, "year": later.group(1)}


def _holiday_value(d: date, week: str) -> str:
    if week == "week":
        return cal.week(d)
    return f"{cal.week(d)}-WE" if week == "weekend" else d.isoformat()
