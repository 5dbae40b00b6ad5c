"""HeidelTime-style patterns: one readable regex per kind of time expression.

Each ``Rule`` names the normalizer (``dateline.time.normalize``) that turns its match into a
TIMEX3 type/value/mod. Extents follow TimeBank: determiners and modifiers ("the past 10 months",
"about three years", "late July") are inside, prepositions ("on", "in") outside.
Month and weekday names are matched case-sensitively ("May" the month, not "may" the verb).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from dateline.time.lexicon import Lexicon, alternation, lexicon
from dateline.time.prefilter import opening_class


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Candidate:
    """A regex match of one rule, before normalization."""

    start: int
    end: int
    rule: str
    groups: dict[str, str]


def _pieces(lex: Lexicon) -> dict[str, str]:
    full = alternation([m for m in lex.months if len(m) > 4 or m in ("May", "June", "July")], case_sensitive=True)
    abbr = alternation([m for m in lex.months if len(m) <= 4 and m not in ("May", "June", "July")], case_sensitive=True)
    weekdays = alternation([w.capitalize() for w in lex.weekdays if len(w) > 4], case_sensitive=True)
    abbrev_wd = alternation([w.capitalize() for w in lex.weekdays if len(w) <= 4], case_sensitive=True)
    tens = alternation([w for w, v in lex.numbers.items() if v in range(20, 100, 10)])
    ones = alternation([w for w, v in lex.numbers.items() if v in range(1, 10) and " " not in w])
    words = alternation(lex.numbers)
    numw = rf"(?:half\s+an?|\d+(?:\.\d+|\s+1/2)?|{tens}[\s-]{ones}|{words}|{alternation(lex.vague_numbers)})"
    unit = r"(?:centur(?:y|ies)|millenni(?:um|a)|(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade)s?)"
    pmod = r"(?:(?:very\s+)?(?:early|earlier|late|later|mid)|(?:the\s+)?(?:very\s+)?(?:middle|end|beginning|start|close|dawn)\s+of)"
    teens = alternation([w for w, v in lex.numbers.items() if v in range(10, 20)])
    spoken = (rf"(?:nineteen[\s-]+(?:hundred[\s-]+(?:and[\s-]+)?)?(?:{tens}(?:[\s-]+{ones})?|{teens}|{ones})"
              rf"|(?<=the\syear\s)two[\s-]+thousand(?:[\s-]+(?:and[\s-]+)?(?:{teens}|{ones}))?"
              rf"|(?<=\bin\s)two[\s-]+thousand(?:[\s-]+(?:and[\s-]+)?(?:{teens}|{ones}))?)")
    return {
        "SPOKEN": spoken,
        "MONTH": rf"(?P<month>{full}\b|{abbr}(?:\.|\b))",
        "MONTH_NAME": rf"(?:{full}\b|{abbr}\.)",  # no group: "the year to March 2025"
        "WD": rf"(?:{weekdays}|{abbrev_wd}\.)",
        "NUM": numw,
        "UNIT": unit,
        "PMOD": pmod,
        "QMOD": alternation([k for k in lex.quantity_mods if k != "or so"]),
        "ORD": alternation(lex.ordinals),
        "SEASON": alternation(lex.seasons),
        "POD": r"(?:morning|afternoon|evening|night|overnight)",
        # "a year and a half", "a year-and-a-half"; not "a half-dozen", "a half hour", "a half
        # million" of their own
        "HALF": r"(?:\s+and\s+a\s+half|-and-a-half)\b(?!-|\s+(?:second|minute|hour|day|week|month|year|dozen|million|billion)s?\b)",
        # not the first half of a hyphenated adjective ("the last year-round ferry", "this week-long
        # festival", "the next day-to-day"): "year-end", "month-end" are the period's end, "this
        # year-to-date" the year
        "NOHYPH": r"(?!-(?!end\b|to-date\b)[a-z])",
        # a part of the day said before its day: "mid-afternoon yesterday", "late morning Tuesday"
        "LEAD_POD": r"(?P<lpmod>early|late|mid)[\s-]?(?P<lpod>morning|afternoon|evening)\s+",
        "HOL": alternation(lex.holidays, case_sensitive=True),
        "DECW": alternation(lex.decade_words),
        # at a year's digits: a bare "2020's" before its noun is the year's possessive ("returned
        # to 2020's level"); not after a determiner, a modifier or a decade it is listed with ("the
        # 1990's", "those 1980's films", "a 1960's sedan", "the early 1990's", "the 1960's and
        # 1970's", "this 1980's film", "every 1970's car"), for no possessive follows a determiner,
        # nor before a verb or "and"
        "POSS": r"(?<!the\s)(?<!those\s)(?<!these\s)(?<!this\s)(?<!\bevery\s)(?<!\beach\s)(?<!\ba\s)(?<!\ban\s)"
                + "".join(rf"(?<!\b{p}\s)" for p in LOOSE)
                + r"(?<!rly[\s-])(?<!ate[\s-])(?<!mid[\s-])(?<!s\sand\s)(?<!s\sor\s)(?<!s\sto\s)" + _NOUN_AFTER,
        # after a possessive pronoun or "that" (a determiner or a conjunction: "said that 2020's
        # gains were lost") "2020's" is either: "her 1990's heyday" (the decade) or the loose
        # "its 2020's level" (the year's); both rules read it, ``dates.decade`` decides
        "PRONPOSS": "(?:" + "|".join(rf"(?<=\b{p}\s)" for p in LOOSE) + ")" + _NOUN_AFTER,
    }


#: the possessive pronouns and "that", after which "2020's" may be the decade or the year's
#: possessive (``dates._loose_possessive`` decides)
LOOSE = ("her", "his", "its", "their", "our", "my", "your", "that")
#: "2020's" before a noun: no verb or conjunction follows
_NOUN_AFTER = r"\d{3}0['’]s\s+(?-i:(?!(?:and|or|to|through|were|was)\b)[a-z])"


_RULES: tuple[tuple[str, str], ...] = (
    ("iso_date", r"\b(?P<year>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?:T(?P<h>\d\d):(?P<mi>\d\d))?\b"),
    ("numeric_date", r"(?<![\d/])(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<year>\d{4}|\d\d)(?![\d/])"),
    ("month_day",
     r"(?:(?P<qmod>around|about|approximately|on\s+or\s+about)\s+)?(?:(?P<rel>last|this|next)\s+)?(?:(?P<wd>{WD}),?\s+)?"
     r"(?:(?P<pmod>early|late|mid)[\s-]+)?{MONTH}\s*(?P<day>\d{1,2})(?:st|nd|rd|th)?\b"
     r"(?!\s*(?:%|percent|,\d|\.\d|:\d))(?:,?\s+(?P<year>\d{4})\b)?"),
    ("day_month",
     r"(?:(?P<wd>{WD}),?\s+)?(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}"
     r"(?:,?\s+(?P<year>\d{4})\b)?"),
    # "on the 31st", "after the 31st" standing alone (no noun after it: "on the 31st floor"): a
    # day of the month the narrative is in; a weekday in brackets may confirm it ("on the 3rd (a Sunday)")
    ("day_of_month",
     r"(?:(?<=\bon\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\bafter\s)|(?<=\bbefore\s)|(?<=\bsince\s))"
     r"the\s+(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?=\s*(?:[.;:!?)]|,(?!\s*\d)|$|\((?:an?\s+)?{WD}\)))"),
    ("month_year",
     r"(?:(?P<pmod>{PMOD})[\s-]+(?:the\s+)?)?{MONTH},?\s+(?:of\s+)?"
     r"(?:(?P<year>\d{4})\b|(?P<yrel>this|last|next)\s+year\b|(?P<spoken>{SPOKEN})\b)"),
    ("month",
     r"(?:(?P<pmod>{PMOD})[\s-]+(?:the\s+)?|(?P<rel>this|last|next|past|coming|this\s+past)\s+)?{MONTH}"),
    # "the 1990's", "the early 1990's", "1990s", "since 1990's": a decade; the year's possessive
    # ({POSS}: "returned to 2020's level") is the year rule's
    ("decade",
     r"(?:(?P<pmod>(?:the\s+)?{PMOD})[\s-]+(?:the\s+)?)?(?:(?!{POSS})"
     r"(?P<dec>(?:1[5-9]|20)\d)0(?P<apos>['’])?s\b|['’‘](?P<short>\d)0['’]?s\b"
     r"|(?<=the\s)(?P<word>{DECW})\b)"),
    ("century",
     r"(?:the\s+)?(?:(?P<pmod>early|late|mid)[\s-]+)?(?P<ord>{ORD})[\s-]+century\b"),
    ("year",
     r"(?:(?P<pmod>{PMOD})[\s-]+(?:the\s+)?)?(?:(?P<prepost>pre|post)-)?"
     r"(?:(?P<fiscal>fiscal(?:\s+year)?|FY|calendar(?:\s+year)?|the\s+year|(?:the\s+)?(?:summer|winter|spring|autumn|fall)\s+of)[\s-]*)?"
     r"(?<![\d$.,:/£€])(?<!\d-)(?:(?={POSS})|(?={PRONPOSS})|(?!\d{{3}}0['’]s\b))(?P<year>(?:1[5-9]|20)\d\d)(?![\d,.:]\d|/(?!(?:(?:19|20)?\d\d)\b(?![/-]\d))\d|\d|s\b|\s*%|\s*per\s*cent|-(?!(?:(?:19|20)?\d\d)\b)\d)"
     r"(?:\s+(?P<beyond>and\s+beyond|or\s+later|or\s+earlier|onwards?))?"),
    ("year_end",  # the second year of "2024-25", "2022-2023", "2024/25"
     r"(?<=(?P<ystart>(?:1[5-9]|20)\d\d)[-–/])(?P<yend>(?:1[5-9]|20)?\d\d)\b(?![-–/.:]\d)"),
    ("fiscal",  # "FY25", "FY 2025", "FY25 Q3"; "FY2024" of "FY2024/25" (the year rule takes "FY2024-25")
     r"(?<!\w)(?-i:FY)[\s-]?'?(?P<fy>(?:19|20)\d\d|\d\d)(?:(?=[-–/]\d\d(?:\d\d)?\b)|(?:\s+(?P<q>(?-i:Q[1-4]|H[12])))?\b(?![.,:]?\d))"),
    ("fiscal_end",  # the second year of "FY2024-25", "FY24/25": ``tail`` is the extent
     r"(?<!\w)(?-i:FY)[\s-]?'?(?P<fy>(?:19|20)\d\d|\d\d)[-–/](?P<tail>\d\d(?:\d\d)?)\b(?![-–/.:]\d)"),
    ("day_end",  # the second day of "Aug. 28-29", "August 28 and 29, 2024": ``tail`` ("29, 2024") is the extent
     r"{MONTH}\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?P<after>\s*[-–]\s*|\s+(?:to|through|and)\s+)"
     r"(?P<tail>\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|[,.:/-]\d))(?:,?\s+(?P<year>\d{{4}})\b)?)"),
    ("day_start",  # the first day of "28-29 August", "28 to 29 August": ``tail`` is the extent
     r"(?P<tail>\d{{1,2}}(?:st|nd|rd|th)?)(?P<before>\s*[-–]\s*|\s+(?:to|through|and)\s+)"
     r"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}(?:,?\s+(?P<year>\d{{4}})\b)?"),
    ("day_list",  # "Aug. 3, 4 and 5": each later day is a candidate of ``day_end`` (``_list_items``)
     r"{MONTH}\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?P<items>(?:\s*,\s*\d{{1,2}}(?:st|nd|rd|th)?\b(?![,.:/-]\d))+"
     r",?\s+(?:and|or|&)\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|[,.:/-]\d)))(?:,?\s+(?P<year>\d{{4}})\b)?"),
    ("day_list_start",  # "3, 4 and 5 August": each earlier day is a candidate of ``day_end``
     r"(?P<items>\d{{1,2}}(?:st|nd|rd|th)?(?:\s*,\s*\d{{1,2}}(?:st|nd|rd|th)?\b)+),?\s+(?:and|or|&)\s+"
     r"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}(?:,?\s+(?P<year>\d{{4}})\b)?"),
    ("week_of",  # "the week of March 6": the ISO week holding the day
     r"(?:the\s+)?week\s+(?:of|beginning|starting|commencing)\s+(?:(?P<wd>{WD}),?\s+)?{MONTH}\s*(?P<day>\d{{1,2}})"
     r"(?:st|nd|rd|th)?\b(?!\s*(?:%|[,.:/-]\d))(?:,?\s+(?P<year>\d{{4}})\b)?"),
    ("spoken_year", r"(?:(?P<the>the\s+year)\s+)?(?P<spoken>{SPOKEN})\b"),
    # a year cut to two digits after an apostrophe: "the class of '24", "the summer of '69", "since '08"
    ("short_year",
     r"(?:(?<=\bclass\sof\s)|(?<=\bsummer\sof\s)|(?<=\bwinter\sof\s)|(?<=\bspring\sof\s)|(?<=\bautumn\sof\s)"
     r"|(?<=\bfall\sof\s)|(?<=\bin\s)|(?<=\bsince\s))['’‘](?P<yy>\d\d)\b(?!(?!['’]s\b)[‘’'\w]|\s*(?:%|percent)|[.,:/-]\d)"),
    ("the_year",
     r"the\s+(?:(?P<full>full|fiscal|entire|whole|current)\s+)?year\b(?!-)(?=(?P<ended>\s+(?:ended|ending|to\s+date|through"
     r"|(?:that|which)\s+(?:ends|ended)\s+(?:on\s+|in\s+)?{MONTH_NAME}"
     r"|(?<!\bfrom\sthe\syear\s)to\s+(?!May\b(?!\s+\d)){MONTH_NAME}))?)"),  # not "moved from the year to March", "to May, his deputy"
    ("part_of",
     r"(?:the\s+)?(?P<ord>first|second|third|fourth|last|final)\s+(?P<part>week|weekend|day|half|fortnight)\s+of\s+"
     r"(?:{MONTH}(?:,?\s+(?P<year>\d{{4}})\b)?|(?P<rel>this|last|next|the)\s+(?P<what>month|year)\b|(?P<year2>\d{{4}})\b)"),
    ("deictic",
     r"(?:(?P<pmod>early|earlier|late|later|mid)[\s-]+|{LEAD_POD}(?=today|yesterday|tomorrow))?(?P<word>today|yesterday|tomorrow|tonight|now|currently|recently|nowadays|presently|these\s+days|right\s+now|the\s+(?:near\s+|distant\s+)?future|the\s+(?:near|short|long|medium)\s+term|the\s+past|overnight)\b"
     r"(?:\s+(?P<pod>morning|afternoon|evening|night))?"),
    ("relative",
     r"(?:(?P<pmod>{PMOD})\s+)?(?P<rel>this|last|next|coming|past|previous|current|the\s+coming|the\s+past|the\s+current|the\s+latest|the\s+last|the\s+previous|the\s+present|the\s+remaining|the\s+following)\s+"
     r"(?:(?P<fiscal>fiscal)\s+)?(?P<what>weekend|week|month|year|quarter|decade|century|{SEASON}|morning|afternoon|evening|night|{WD})\b{NOHYPH}"),
    ("pmod_the",
     r"(?P<pmod>{PMOD})\s+(?:(?P<inthe>in)\s+)?(?:the\s+)?(?P<what>week|month|year|quarter|decade|century|day)\b(?!-)"
     r"|(?P<ye>year[\s-]end|year's\s+end)\b"),
    ("weekend", r"\bthe\s+weekend\b"),
    ("narrative",
     r"(?:(?P<pmod>earlier|later|early|late)\s+)?(?:(?:the\s+)?(?P<rel>following|previous|preceding|same)\s+|the\s+(?P<next>next)\s+|(?P<that>that|that\s+same)\s+)"
     r"(?P<what>day|morning|afternoon|evening|night|week|weekend|month|year)\b{NOHYPH}"
     r"|the\s+(?P<dwhat>day|night|week)\s+(?P<dir>before|after)\b"
     r"(?=\s*[,.;:!?\"')]|\s*$|\s+(?:and|but|or|in|at|on|to|with|when|while|as|because|from|for)\b)"),
    ("weekday",
     r"(?:(?P<pmod>early|earlier|late|later)\s+|{LEAD_POD})?(?P<wd>{WD})(?P<plural>s)?(?:\s+(?P<pod>{POD})(?P<pods>s)?)?\b"
     r"(?:\s+(?P<tod>\d{1,2}(?::\d\d)?\s*[ap]\.?m\b\.?))?"),
    ("deictic_pod",
     r"(?P<rel>this|last|tomorrow|yesterday|early\s+this|late\s+last|late\s+this)\s+(?P<pod>morning|afternoon|evening|night)\b"),
    ("duration",
     r"(?!an?\s+(?:hour|day|week|month|year)-long)"  # "a week-long truce": "week-long" (TimeBank)
     r"(?:(?P<qmod>{QMOD})\s+(?!the\b|its\b|their\b))?"
     r"(?:(?P<det>the|another)\s+(?=(?:past|last|next|coming|first|latest|previous|final|following|recent|remaining|additional|further)\b"
     r"|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-]+{UNIT}\b"
     r"(?:(?<=s)|(?<=a)|(?![\s-]+[a-z]+(?<!ended)(?<!ending)\b(?!\s+(?:ago|earlier|later))))))?"
     r"(?:(?P<rel>past|last|next|coming|first|latest|previous|final|following|recent|remaining|additional|further)\s+)?"
     r"(?:(?P<num>{NUM})(?P<half0>\s+and\s+a\s+half|-and-a-half)?(?:\s+(?:to|or)\s+(?P<num2>{NUM}))?(?:\s+(?:more|additional|straight|consecutive|full|long|trading|business|working|calendar))?"
     r"[\s-]+|(?<=the\snext\s|the\spast\s|the\slast\s)(?={UNIT}{HALF}))(?P<unit>{UNIT})(?P<half>{HALF})?(?P<long>-long|-old|\s+old)?(?P<orso>\s+or\s+so)?"
     r"(?:\s+(?P<post>ago|earlier|later|from\s+now|hence|back))?\b"),
    ("vague_plural",
     r"(?:(?P<det>the)\s+(?=(?:past|last|next|coming|recent|previous|following)\b))?"
     r"(?:(?P<rel>past|last|next|coming|recent|previous|following|later|earlier|future)\s+)?"
     r"(?P<unit>(?:second|minute|hour|day|week|month|quarter|year|decade)s|centuries|millennia|(?:hour|day|week|month|year)(?=-long))"
     r"(?P<long>-long)?(?:\s+(?P<post>ago|earlier|later|ahead))?\b"),
    ("set",
     r"(?:(?P<every>every|each)\s+(?:(?P<num>other|{NUM})\s+)?(?:(?P<wd>{WD})|(?P<unit>{UNIT})|(?P<pod>{POD})|{MONTH}))"
     r"|(?P<adv>daily|weekly|monthly|annually|yearly|hourly|nightly|quarterly|biweekly|semiannually)\b"
     r"|(?P<freq>once|twice|three\s+times|several\s+times|\d+\s+times)\s+(?:a|an|per|every|each)\s+(?P<unit2>{UNIT})\b"),
    ("clock",
     r"(?:(?P<qmod>about|around|approximately|roughly|shortly\s+(?:before|after))\s+)?"
     r"(?:(?P<h>\d{1,2})(?:[:.](?P<mi>\d\d))?\s*(?P<ampm>[ap]\.?\s?m\b\.?)|(?P<noon>noon|midnight|midday)"
     r"|(?P<h2>\d{1,2}|{NUM})(?::(?P<mi2>\d\d))?\s+(?:o'clock\s+)?in\s+the\s+(?P<pod>morning|afternoon|evening)"
     r"|(?P<h3>\d{1,2}):?(?P<mi3>\d\d)(?=\s*(?:GMT|UTC|local\s+time|hours|hrs)\b))"
     r"(?:\s+(?P<tz>(?-i:[ECMP][SD]T|GMT|UTC|BST|CET|CEST))\b)?"
     r"(?:,?\s+(?:on\s+)?(?:(?P<wd>{WD})|(?P<dw>today|yesterday|tomorrow|tonight)|{MONTH}\s*(?P<day>\d{{1,2}})\b))?"),
    ("quarter",
     r"(?:(?P<det>the(?!\s+[a-z0-9]+-quarter)|(?:this|last|next)\s+year's|the\s+year-(?:ago|earlier))\s+)?(?:(?P<year0>(?:19|20)\d\d)\s+)?"
     r"(?:(?P<rel>latest|current|past|previous|last|next|coming|year-ago|year-earlier|(?P<cp>same|comparable|corresponding))\s+)?"
     r"(?:(?P<fiscal>fiscal)[\s-]+)?(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:(?P<fiscal2>fiscal)[\s-]+)?)?"
     r"(?P<q>quarter|half|period)(?!-to-)(?![\s-]+(?:of\s+(?:a|an|the|his|her|its|their)\b|century|point|mile|final))"
     r"(?:\s+(?:of\s+|(?(cp)in\s+|(?!)))?(?:(?P<year>\d{{4}})\b|(?P<yrel>this|last|next)\s+year\b)|(?(cp)\s+(?P<yback>a\s+year\s+(?:earlier|before|ago))\b|(?(det)(?<!half)\s+(?P<yback2>a\s+year\s+(?:earlier|ago))\b(?!\s+than)|(?!))))?"
     r"|\b(?P<qn>(?-i:Q[1-4]))(?:\s+(?:(?-i:FY)[\s-]?)?(?P<qyear>\d{{4}})\b|\s+(?-i:FY)[\s-]?'?(?P<qfy>\d\d)\b)?"
     r"|(?P<yago>year-(?:ago|earlier))\b(?![\s-]+(?:quarter|period|half|nine|six|three|first|second|third|fourth))"),
    ("season",
     r"(?:(?P<pmod>{PMOD})[\s-]+(?:the\s+)?)?(?:(?P<rel>this\s+past|this|last|next|past|coming|the|that)\s+)?"
     r"(?P<season>{SEASON})\b{NOHYPH}(?:\s+(?:of\s+)?(?:(?P<year>\d{{4}})\b|(?P<spoken>{SPOKEN})\b))?"),
    ("holiday", r"(?:(?P<rel>this|last|next)\s+)?(?<!/)(?P<hol>{HOL})\b"
                r"(?:\s+(?P<year>\d{{4}})\b)?"
                r"(?:\s+(?P<hweek>week(?:end)?)\b)?"),
)


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """The compiled rules (case-insensitive except month/weekday/holiday names)."""
    pieces = {**_pieces(lexicon()), "NUM": _num_by_first_letter(lexicon())}
    compiled = []
    for name, template in _RULES:
        source = template
        for key, value in pieces.items():
            source = source.replace("{" + key + "}", value)
        source = by_first_letter(source.replace("{{", "{").replace("}}", "}"))
        opening = opening_class(source, re.I)  # same matches; most word starts fail on one class test
        ahead = f"(?={opening})" if opening else ""
        compiled.append(Rule(name, re.compile(r"(?<![\w'$])(?<!\d[,.])" + ahead + "(?:" + source + r")(?![\w])", re.I)))
    return tuple(compiled)


#: a group that is a plain list of words: "(?:this|last|the\s+coming)", "(?P<rel>past|next)"; no class,
#: group or quantifier inside but the "\s+" of a space (the words of ``alternation``)
_WORD = r"(?:[a-z0-9']|\\(?:s\+|[-.]))+"
_WORD_LIST = re.compile(r"\((\?:|\?P<\w+>)(" + _WORD + r"(?:\|" + _WORD + r")+)\)")


def _grouped(m: re.Match[str]) -> str:
    words = m.group(2).split("|")
    if not all(w[0].isascii() and w[0].isalnum() for w in words):
        return m.group(0)
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0].lower(), []).append(w)
    body = "|".join(g[0] if len(g) == 1 else g[0][0] + "(?:" + "|".join(w[1:] for w in g) + ")" for g in groups.values())
    return "(" + m.group(1) + body + ")"


def _num_by_first_letter(lex: Lexicon) -> str:
    """``_pieces``' NUM, its branches of words merged into one list grouped by first letter (as
    ``by_first_letter``): "(?:tens)-(?:ones)|(?:words)|(?:vague)" is tried one letter at a time.
    Same matches: "(?:A|B)X" is "AX|BX", the words keep their order, and the digits share no first
    character with them."""
    tens = alternation([w for w, v in lex.numbers.items() if v in range(20, 100, 10)])
    ones = alternation([w for w, v in lex.numbers.items() if v in range(1, 10) and " " not in w])
    items = [r"half\s+an?", *(w + r"[\s-]" + ones for w in tens[3:-1].split("|")),
             *alternation(lex.numbers)[3:-1].split("|"), *alternation(lex.vague_numbers)[3:-1].split("|")]
    groups: dict[str, list[str]] = {}
    for w in items:
        groups.setdefault(w[0].lower(), []).append(w)
    if not all(k.isascii() and k.isalpha() for k in groups):
        return _pieces(lex)["NUM"]
    body = "|".join(g[0] if len(g) == 1 else g[0][0] + "(?:" + "|".join(w[1:] for w in g) + ")" for g in groups.values())
    return r"(?:\d+(?:\.\d+|\s+1/2)?|" + body + ")"


def by_first_letter(source: str) -> str:
    """``source`` with each word list grouped by first letter, for speed: "(?:two|ten|five)" ->
    "(?:t(?:wo|en)|five)". The regex engine tries a list's words one by one at every word of the
    text; grouped, it tries one group. The match is the same: words of different first letters
    never match at the same place, and a group keeps its words' order (the first that fits wins)."""
    return _WORD_LIST.sub(_grouped, source)


@dataclass(frozen=True)
class Gate:
    """What a rule's every match must contain: one of ``lower`` in the lower-cased text (for a
    case-insensitive part), one of ``exact`` in the text as it is (for a case-sensitive part), or a
    match of ``pattern`` (case-insensitive). A rule whose gate fails cannot match, so its scan is skipped."""

    lower: tuple[str, ...] = ()
    exact: tuple[str, ...] = ()
    pattern: re.Pattern[str] | None = None

    def passes(self, text: str, low: str) -> bool:
        return (any(w in low for w in self.lower) or any(w in text for w in self.exact)
                or (self.pattern is not None and self.pattern.search(text) is not None))


#: characters ``re.I`` equates with an ASCII letter that ``str.lower`` does not turn into it
#: (dotless i, long s, dotted capital I): a text with one is scanned by every rule
_FOLD_ODD = ("\u0131", "\u017f", "\u0130")


@lru_cache(maxsize=1)
def gates() -> dict[str, Gate]:
    """Each rule's necessary words (a part its pattern always matches), for the rules worth gating;
    rules left out (their words are in almost every article) are always scanned."""
    lex = lexicon()
    months = tuple(lex.months)
    weekdays = tuple(w.capitalize() for w in lex.weekdays)
    day_parts = ("morning", "afternoon", "evening", "night")
    gate = Gate
    return {
        "iso_date": gate(pattern=re.compile(r"\d-\d\d-\d")),
        "numeric_date": gate(pattern=re.compile(r"\d/\d")),
        "month_day": gate(exact=months),
        "day_month": gate(exact=months),
        "day_of_month": gate(pattern=re.compile(r"\d(?:st|nd|rd|th)\b")),
        "month_year": gate(exact=months),
        "month": gate(exact=months),
        "decade": gate(lower=tuple(lex.decade_words), pattern=re.compile(r"0['’]?s", re.I)),
        "century": gate(lower=("century",)),
        "year": gate(pattern=re.compile(r"(?:1[5-9]|20)\d\d")),
        "year_end": gate(pattern=re.compile(r"\d[-–/]\d")),
        "fiscal": gate(exact=("FY",)),
        "fiscal_end": gate(exact=("FY",)),
        "day_end": gate(exact=months),
        "day_start": gate(exact=months),
        "day_list": gate(pattern=LIST_GATE),
        "day_list_start": gate(pattern=LIST_GATE),
        "week_of": gate(lower=("week of", "week beginning", "week starting", "week commencing")),
        "spoken_year": gate(lower=("nineteen", "thousand")),
        "the_year": gate(lower=("year",)),
        "part_of": gate(pattern=re.compile(r"(?:week|weekend|day|half|fortnight)\s+of\s", re.I)),
        "deictic": gate(lower=("today", "yesterday", "tomorrow", "tonight", "now", "currently", "recently",
                               "presently", "these", "future", "term", "past", "overnight")),
        "weekend": gate(lower=("weekend",)),
        "weekday": gate(exact=weekdays),
        "deictic_pod": gate(lower=day_parts),
        "set": gate(lower=("every", "each", "daily", "weekly", "monthly", "annually", "yearly", "hourly",
                           "nightly", "quarterly", "once", "twice", "times")),
        "clock": gate(lower=("noon", "midnight", "midday", *day_parts[:3], "gmt", "utc", "local", "hours", "hrs"),
                      pattern=re.compile(r"\d\s*[ap]\.?\s?m", re.I)),
        "quarter": gate(lower=("quarter", "half", "period", "year-ago", "year-earlier"),
                        pattern=re.compile(r"Q[1-4]")),
        "season": gate(lower=tuple(lex.seasons)),
        "holiday": gate(exact=tuple({h.split()[0] for h in lex.holidays})),
    }


#: rules of lists of days written with one month: their matches give one candidate per other day
LISTS = frozenset({"day_list", "day_list_start"})
#: what every list of days holds: a day after a comma and a space ("3, 4", "3rd, 4th"; not "1,200", "3, 2024")
LIST_GATE = re.compile(r"\d(?:st|nd|rd|th)?,\s+\d{1,2}(?:st|nd|rd|th)?\b")  # "3, 4", "3rd, 4th"
_ITEM = re.compile(r"\d{1,2}(?:st|nd|rd|th)?")  # an ordinal's suffix is the day's extent ("4th")


def _list_items(m: re.Match[str]) -> Iterator[Candidate]:
    """The days of a list that the month does not stand beside, each a ``day_end`` candidate
    whose ``tail`` is the day: "4" and "5" of "Aug. 3, 4 and 5", "3" and "4" of "3, 4 and 5
    August" (the day beside the month is the month-day rules'); ``list_end`` is the text after
    the list and ``last`` its closing day (for ``ranges.day_end``'s count test: "Aug. 3, 4 and 5
    people died", not "Aug. 21st, 22nd and 23rd saw")."""
    groups = {k: m.group(k) for k in ("month", "day", "year") if m.group(k) is not None}
    side = "after" if m.group("items") and m.start("items") > m.start("month") else "before"
    items = list(_ITEM.finditer(m.group("items")))
    for n, item in enumerate(items):
        start, end = m.start("items") + item.start(), m.start("items") + item.end()
        if side == "after" and n == len(items) - 1 and "year" in groups:
            end = m.end()  # "5, 2024": the year closes the last day, as in "Aug. 28-29, 2024"
        yield Candidate(start, end, "day_end", {**groups, side: ",", "tail": m.string[start:end],
                                                "list_end": m.string[m.end():m.end() + 40].lower(),
                                                "last": items[-1].group()})


#: what stands before "last" the verb in a text with no parse ("could last a week", "is expected
#: to last three days", "did not last a day", "didn't last a day")
LAST_VERB = re.compile(r"(?:\b(?:will|would|could|can|may|might|should|must|to|not|did|does|do|cannot)|n['’]t)\s+$", re.I)
_LAST = re.compile(r"last\s+", re.I)
#: a modal just before "last <unit>" (lower case: "in May last summer"): the modal's verb ("Droughts
#: may last summer"); not "did"/"was" ("it wasn't last summer that"), whose "last" may be the adjective
MODAL_LAST = re.compile(r"\b(?:will|would|could|can|may|might|should|must|cannot|"
                        r"(?:can|won|wouldn|couldn|shouldn|mightn|mustn)['’]t)\s+$")
#: what keeps "last <unit>" a date after a modal: a possessive or the verb after it ("may last
#: year's", "may last week have peaked")
_ADVERB_AFTER = re.compile(r"['’]s\b|\s+(?:\w+ly\s+)?(?:have|has|had|be|been)\b", re.I)
#: a modal and "one day" just before "last": the modal's verb ("the truce might one day last two years")
MODAL_ONE_DAY = re.compile(r"(?:\b(?:will|would|could|can|may|might|should|must)|['’]ll)\s+one\s+day\s+$", re.I)


#: after "last <unit>", what makes "last" the verb: "could last month after month", "may last
#: summer after summer" ("to last year-round" is no date: ``NOHYPH``); not "<unit> after <unit>"
#: opening a noun phrase ("failed last year after year after year of drought", "played last summer
#: after summer camp ended": "last year", "last summer" dates), so the repeated word closes its
#: phrase (``_CLOSES``)
_AFTER = re.compile(r"\s+after\s+(\w+)\b", re.I)
_CLOSES = re.compile(r"\s*(?:[,.;:!?)\"”]|['’](?!\w)|$)|\s+(?:and|but|or|so|yet|in|on|at|as|with|without|for|until|"
                     r"while|when|because|since|across|through|throughout|despite|before|into|unless|if|though|"
                     r"although|amid|amidst|among|under|over|during|from|to|against|by|within|beyond|around|again)\b",
                     re.I)
#: the word repeated after "last <unit> after" ("may last summer after summer"): no date either
_REPEATED = re.compile(r"\blast\s+(\w+)\s+after\s+$", re.I)


def _verb_idiom(text: str, at: int, what: str) -> bool:
    """Whether "last <what>" ending at ``at`` is the verb in an idiom ("last summer after summer")."""
    after = _AFTER.match(text, at)
    return after is not None and after[1].lower() == what.lower().rstrip(".") \
        and _CLOSES.match(text, after.end()) is not None


def verb_last(text: str, cand: Candidate, tag_at: Callable[[int], str | None]) -> Candidate | None:
    """Where "last" is the verb, not the adjective, the one place that decides it. A length opening
    with it ("could last a week", "rarely last a month"): the span after the verb alone, without
    its "last". ``tag_at`` gives the parse's tag of the word at a character (a verb's is VB...;
    "returned to last two weeks' meetings" is an adjective's); with no parse (None) the word
    before "last" decides. "last <unit> after <unit>" (``_verb_idiom``: "may last summer after
    summer"): None for either unit, no date; so after a modal (``MODAL_LAST``: "Droughts may last
    summer")."""
    if cand.rule in ("relative", "season", "weekday"):
        what = cand.groups.get("what") or cand.groups.get("season") or cand.groups.get("wd") or ""
        own = " ".join((cand.groups.get("rel") or "").lower().split()) == "last"
        if own or text[max(0, cand.start - 5):cand.start].lower() == "last ":
            at = cand.start if own else cand.start - 5
            # a weekday after the verb is still a day ("might last Monday and Tuesday")
            modal = (own or cand.rule != "weekday") and MODAL_LAST.search(text, max(0, at - 12), at) is not None \
                and not _ADVERB_AFTER.match(text, cand.end)
            return None if modal or _verb_idiom(text, cand.end, what) else cand
        if text[max(0, cand.start - 6):cand.start].lower() == "after ":
            repeated = _REPEATED.search(text, max(0, cand.start - 40), cand.start)
            if repeated and repeated[1].lower() == what.lower() and _verb_idiom(text, repeated.end(1), what):
                return None
        return cand
    m = _LAST.match(text, cand.start)
    if m is None or cand.rule != "duration" or (cand.groups.get("rel") or "").lower() != "last" \
            or "det" in cand.groups or "qmod" in cand.groups:
        return cand
    tag = tag_at(cand.start)
    verb = tag.startswith("VB") if tag is not None else LAST_VERB.search(text, max(0, cand.start - 20), cand.start) is not None
    # the parse's adjective before "a"/"an" ("might one day last a decade": no "the last a decade")
    # or just after "<modal> one day" ("could one day last two years")
    verb = verb or cand.groups.get("num", "").lower() in ("a", "an") \
        or MODAL_ONE_DAY.search(text, max(0, cand.start - 30), cand.start) is not None
    if not verb:
        return cand
    return Candidate(m.end(), cand.end, cand.rule, {k: v for k, v in cand.groups.items() if k != "rel"})


def candidates(text: str) -> list[Candidate]:
    """Every match of every rule (overlapping), in text order."""
    found: list[Candidate] = []
    low = text.lower()
    gated = gates() if not any(c in text for c in _FOLD_ODD) else {}
    for rule in rules():
        gate = gated.get(rule.name)
        if gate is not None and not gate.passes(text, low):
            continue
        for m in rule.pattern.finditer(text):
            if rule.name in LISTS:
                found.extend(_list_items(m))
            elif m.end() > m.start():
                groups = {k: v for k, v in m.groupdict().items() if v is not None}
                # a range's end that the month or year does not stand beside: only it is the extent
                start, end = m.span("tail") if "tail" in groups else m.span()
                found.append(Candidate(start, end, rule.name, groups))
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    return found
