"""What a normalizer sees (``Context``) and returns (``Norm``), and the helpers they share."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from dateline.time.lexicon import lexicon

PUBLICATION = "publication"
TEXT = "text"


@dataclass(frozen=True)
class Context:
    """What a normalizer may know beyond its match."""

    dct: date | None
    tense: str | None = None  # PAST | PRESENT | FUTURE | None
    ref: date | None = None  # the last calendar day the narrative named
    ref_any: date | None = None  # the first day of the last period named (any granularity)
    before: str = ""  # the text just before the match (lower case)
    after: str = ""  # the text just after the match (lower case)
    pos: str | None = None  # coarse POS of the match's first token
    sentence_day: date | None = None  # a day named in the same sentence (for bare clock times, "overnight")
    way: str | None = None  # the clause's own reading of a deadline ("had ... by Sunday": past)
    raw_before: str = ""  # ``before`` with its case (for names: "Tariq Ramadan", "Mr. Ramadan")
    raw_after: str = ""  # ``after`` with its case
    scene_day: date | None = None  # the last day named as when something happened, not a noun's
    # modifier ("on Tuesday", not "Trump's July 25 phone call"): "later in the day"
    act: bool | None = None  # the clause's verb is a past form, a reported act (None: no parse)
    eid: str | None = None  # the one Eid the text names ("hijri-12-10" for "Eid al-Adha"), if only one
    coarse: str | None = None  # a month or year named since the last day ("2022-08"): its day is unknown
    quarter: str | None = None  # the last reported quarter the text named ("1989-Q4"): earnings compare with it
    named_quarter: str | None = None  # a report's quarter named earlier in the sentence, a forecast's too ("expects a fourth-quarter loss")
    whole: bool = False  # the last report period named is longer than a quarter ("the first nine months")
    fiscal: str | None = None  # the fiscal year opening the sentence as its frame ("In fiscal 1989, ..."): "1989"
    fiscal_before: bool = False  # "fiscal" earlier in a quarter's sentence, however far ("whose fiscal year ends ...")
    said_day: date | None = None  # the day a verb of saying in the sentence is told on ("officials said Monday")
    said_way: str | None = None  # a past modal's report seen from ``said_day``: "future" ("would resume"), "past" ("would have")
    sequel: tuple[int, ...] = ()  # the ISO weekdays told next in sequence, the next first ("fell Monday and rose Wednesday")
    prequel: int | None = None  # the ISO weekday told before in a coordinated clause (``sequence.coordinated``)
    listed: bool = False  # the weekday follows ``prequel`` in a list of days ("Friday, Thursday and Wednesday")


@dataclass(frozen=True)
class Norm:
    type: str
    value: str
    mod: str | None = None
    anchor: str | None = None


Groups = dict[str, str]

#: which occurrence a bare weekday / month / month-day means, by clause tense
DIRECTION = {"PAST": "past", "FUTURE": "future", "PRESENT": "nearest", None: "past"}
BARE_MONTH_PREPS = ("in ", "since ", "until ", "till ", "by ", "of ", "during ", "through ",
                    "before ", "after ", "from ", "to ", "and ", "or ", "early ", "late ",
                    "mid-", "between ", "last ", "next ", "this ", "for ", "around ", "about ", "the ")


def point_mod(text: str | None) -> str | None:
    """START/MID/END for "early", "the end of", "mid-" ..."""
    if not text:
        return None
    t = re.sub(r"^(?:the\s+)?(?:very\s+)?", "", " ".join(text.lower().split()))
    return lexicon().point_mods.get(t)


def quantity_mod(text: str | None) -> str | None:
    if not text:
        return None
    return lexicon().quantity_mods.get(" ".join(text.lower().split()))


#: the start of a range whose end follows: "from Sept. 14 to ", "from Monday through "
RANGE_FROM = re.compile(r"\bfrom\s+[\w.,' ]{1,25}?\s+(?:to|through|until|till)\s+$")
#: a move of a date, not a stretch of time: "was moved from Monday to Thursday", "extended from Sept. 14 to Thursday"
RESCHEDULED = re.compile(r"\b(?:moved|postponed|delayed|pushed|brought|rescheduled|shifted|changed|switched|"
                         r"extended|adjourned|deferred|put\s+(?:off|back))\b")
POSSESSIVE = re.compile(r"['’]s\b")
FORWARD_PREPS = ("until ", "till ", "through ", "by ", "effective ", "payable ", "expire ",
                 "expires ", "due ", "as soon as ", "as early as ", "to ", "of record ")


def direction(ctx: Context, *, calendar_date: bool = False) -> str:
    """Which occurrence a bare weekday (or, ``calendar_date``, a month or month-day) means:
    ``past`` in a past clause, ``future`` in a future one, else the nearest (weekdays: past,
    the news default). "until Friday", "effective Dec. 7" look ahead of a past clause; "since"
    looks back whatever the clause ("will make his ninth trip since Oct. 7")."""
    if ctx.before.endswith("since "):
        return "past"
    if ctx.way is not None:
        return ctx.way
    # "looked forward to Monday's meeting": "to" governs the event, whose clause already looks ahead
    forward = ctx.before.endswith(FORWARD_PREPS) and not (ctx.tense == "FUTURE" and POSSESSIVE.match(ctx.after))
    if calendar_date:
        if ctx.tense == "FUTURE":
            return "future"
        return "past" if ctx.tense in ("PAST", None) and not forward else "nearest"
    if ctx.before.endswith(("until ", "till ")):
        return "future"  # deadlines: "postponed until Tuesday morning"
    if forward and ctx.tense == "PAST" and RANGE_FROM.search(ctx.before) and not RESCHEDULED.search(ctx.before):
        return "past"  # "bought shares from Sept. 14 to Thursday": a past stretch ends in the past
    if forward:
        return "nearest" if ctx.tense == "PAST" or ctx.before.endswith("to ") else "future"
    return DIRECTION.get(ctx.tense, "past")
