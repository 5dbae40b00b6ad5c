"""Find and normalize the time expressions of a text: ``find_timexes(text, published, doc)``.

Two passes. First every rule's matches are normalized in isolation and the longest readable
ones kept (no overlaps). Then, in text order, each is normalized again knowing the last calendar
day the narrative named (for "the following day", "two days later"), the last one named as when
something happened rather than as a noun's modifier (for "later in the day", while it is a few
sentences back) and the days named in its sentence or, failing those, its paragraph so far (for
a bare "3 p.m."). A date in the name of a body ("Israel's Oct. 7 commission") is the past day the
body looks into, whatever its clause's tense, and no clock time's day, unlike one of an event
("Friday's talks opened at 10 a.m."). A month-day that ends the
quarter just before it takes that quarter's year; a day with "the day before/after" in front of
it is the day beside it ("the day after the 31st").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import pairwise

from spacy.tokens import Doc, Span

from dateline.model import Timex
from dateline.time.calendar import add_months, parse_dct, parse_value_date, value_start
from dateline.time.context import Context, Norm
from dateline.time.grammar import Candidate, candidates, rules, verb_last
from dateline.time.holidays import named_eid
from dateline.time.lexicon import lexicon
from dateline.time.normalize import normalize
from dateline.time.present import SPEECH_VERBS
from dateline.time.sequence import coordinated, day_list, joined, spoken, told_next
from dateline.time.tense import (
    MAX_HOPS,
    body_name,
    clause_tense,
    deadline_direction,
    foreseen,
    foretold,
    future_in_past,
    governing_verb,
    opened_verb,
    reported_modal,
    said_on,
    verb_tense,
)

WINDOW = 40  # characters of context a normalizer sees on each side
SCENE_SENTENCES = 3  # how many sentences back a scene day still holds ("later in the day")
DATED_CLOCK = frozenset({"wd", "dw", "month"})  # a clock time with its day ("4 a.m. EDT Thursday")
QUARTER = re.compile(r"\d{4}-Q[1-4]")
MONTH_OR_YEAR = re.compile(r"\d{4}(?:-\d\d)?")
YEAR = re.compile(r"\d{4}")
DAY_RULES = frozenset({"weekday", "month_day", "day_month", "iso_date", "numeric_date"})  # a calendar day
WEEK = re.compile(r"\d{4}-W\d\d")  # "next week": its Monday is the narrative's day ("and the week after")
#: a report period longer than a quarter: "the first nine months", "the first half", "the year ended Aug. 31"
LONGER_PERIOD = re.compile(r"P(?:[69]M|1Y)|\d{4}-H[12]")
#: what opens a sentence before a fiscal year that frames it: "In fiscal 1989, ...", "For FY2025, ..."
FRAME_OPENING = re.compile(r"(?:^|[.!?\n][\"”’)]*\s+)[\"“‘(]*(?:In|For|During|Throughout)\s+(?:the\s+)?$")
#: a month or year that bounds a span ("the first such transit since June", "by February"): not
#: the narrative's time a later "the following day" is a day of
BOUND = re.compile(r"\b(?:since|until|till|by)\s+$", re.I)
SENTENCE_BACK = 400  # the most characters of a sentence looked back over for a word
SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(]*[A-Z0-9])")
#: verbs whose day is the day of saying: of speech, and of telling what is to come ("predicted Monday that")
SAYING_VERBS = SPEECH_VERBS | {"predict", "forecast"}
#: a participle of speaking that dates the saying it opens ("Speaking Monday, the minister said")
SPEAKING = frozenset({"speak", "talk"})
#: the end of a year still running or told as past: "the fiscal year ending ", "the year to ", "the year that ends "
YEAR_ENDING = re.compile(r"\byear,?\s+(?:ending|to|(?:that|which)\s+ends)\s+(?:on\s+|in\s+)?$")


@dataclass(frozen=True)
class _Reading:
    cand: Candidate
    norm: Norm
    tense: str | None
    pos: str | None
    sentence: int | None
    way: str | None
    modifier: bool = False  # the timex modifies a noun ("the July 25 phone call")
    act: bool | None = None  # its clause's verb is a past form (``_past_act``)
    name: bool = False  # a modifier in a body's name ("the Oct. 7 commission"): no day of the narrative
    sequel: tuple[int, ...] = ()  # the weekdays told next in sequence, the next first (``sequence.told_next``)
    prequel: int | None = None  # the weekday told before it there
    listed: bool = False  # it follows that day in a list of days, not another clause (``sequence.day_list``)
    seen_from_past: bool = False  # a FUTURE_REF told from a past moment (``tense.future_in_past``): no anchor
    said: bool = False  # a day a verb of saying is told on ("officials said Monday"): ``_said``
    in_report: bool = False  # a weekday or relative week inside what a verb of saying reports: ``_in_report``
    said_way: str | None = None  # how a past modal's report reads from the day of saying (``tense.reported_modal``)


def find_timexes(text: str, published: str | None, doc: Doc | None = None, *,
                 tense: str | None = None) -> list[Timex]:
    """TIMEX3 records for ``text``, resolved against ``published`` (YYYY-MM-DD or None).
    ``doc`` (a parsed Doc over the same text) gives tense and parts of speech when present;
    without one, ``tense`` (PAST/PRESENT/FUTURE or None) is every expression's clause tense."""
    dct = parse_dct(published)
    priority = {rule.name: i for i, rule in enumerate(rules())}
    readings: list[_Reading] = []
    people = _people(doc)
    found = candidates(text)
    eid = named_eid(found)
    # only a night, a weekday beside another day or a relative week or month beside a day asks for
    # the day of saying ("said on Aug. 26 that it expected strikes by the end of the month")
    said_asked = "overnight" in text.lower() or len(found) > 1 and any(c.rule == "weekday" for c in found) \
        or any(_relative_week(c) for c in found) and any(c.rule in DAY_RULES for c in found)
    for cand in found:
        verb = verb_last(text, cand, lambda at: _tag(doc, at))
        if verb is None:
            continue  # "may last summer after summer": "last" the verb, no date
        cand = verb
        if cand.rule == "holiday" and any(s <= cand.start and cand.end <= e for s, e in people):
            continue  # "Eid", "Ramadan" inside a named actor ("Bassem Eid", "Eid Haddad")
        clause, pos, sentence, way, modifier, name = _syntax(doc, cand, text)
        clause = clause if doc is not None else tense
        act = _past_act(doc, cand) if cand.rule == "pmod_the" else None
        ctx = _context(text, cand, dct, clause, pos, way=way, eid=eid)  # ``act`` is weighed with the scene day
        norm = normalize(cand.rule, cand.groups, ctx)
        if norm is not None:
            seen = norm.value == "FUTURE_REF" and _future_in_past(doc, cand)
            readings.append(_Reading(cand, norm, clause, pos, sentence, way, modifier, act, name, seen_from_past=seen,
                                     said=said_asked and _said(doc, cand)))
    if said_asked:  # the parse is asked only of a weekday or a night beside a day of saying in its sentence
        readings = [_as_reported(doc, r, readings) for r in readings]
    chosen = _in_sequence(text, doc, _select(readings, priority))
    return _resolve(text, chosen, dct, eid)


def _people(doc: Doc | None) -> list[tuple[int, int]]:
    """Character spans of named actors: the actors component's mentions and spaCy's PERSON
    entities where the pipeline has them ("Bassem Eid" is no feast)."""
    if doc is None:
        return []
    spans = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
    if Doc.has_extension("mentions"):
        spans += [(m.start, m.end) for m in doc._.mentions or () if not m.actor.startswith(("cty:", "loc:"))]
    return spans


def _select(readings: list[_Reading], priority: dict[str, int]) -> list[_Reading]:
    """Longest first, then earlier rule; no two kept readings overlap."""
    ranked = sorted(readings, key=lambda r: (-(r.cand.end - r.cand.start), priority[r.cand.rule], r.cand.start))
    taken: list[_Reading] = []
    for r in ranked:
        if all(r.cand.end <= t.cand.start or r.cand.start >= t.cand.end for t in taken):
            taken.append(r)
    return sorted(taken, key=lambda r: r.cand.start)


def _in_sequence(text: str, doc: Doc | None, chosen: list[_Reading]) -> list[_Reading]:
    """Each bare weekday linked to the next one of its sentence when their clauses are
    coordinated ("Prices fell Monday and rose Wednesday": ``sequence.coordinated``), and through
    it to the days told after that (``sequence.told_next``: a list is a chain of pairs); the next one
    places the first only from a past clause ("was arrested Monday and will appear in court
    Wednesday": Monday is the last such day), and never a day of saying (``sequence.spoken``).
    With no parse (a caption) only a pair joined by "and" is linked (``sequence.joined``)."""
    parsed = doc if doc is not None and doc.has_annotation("DEP") else None
    days = [i for i, r in enumerate(chosen) if r.cand.rule == "weekday" and "plural" not in r.cand.groups]
    wd = lexicon().weekdays
    out = list(chosen)
    for i, j in reversed(list(pairwise(days))):  # from the last, so each day knows those told after it
        a, b = chosen[i], chosen[j]
        then = wd[b.cand.groups["wd"].rstrip(".").lower()]
        if parsed is None:
            if joined(text[a.cand.end:b.cand.start]):
                out[i] = replace(out[i], sequel=told_next(then, out[j].sequel))
                out[j] = replace(out[j], prequel=wd[a.cand.groups["wd"].rstrip(".").lower()], listed=True)
            continue
        first = parsed.char_span(a.cand.start, a.cand.end, alignment_mode="expand")
        second = parsed.char_span(b.cand.start, b.cand.end, alignment_mode="expand")
        if a.sentence is not None and a.sentence == b.sentence and first is not None and second is not None \
                and coordinated(first, second):
            if b.tense == "PAST" and not spoken(first, second):
                out[i] = replace(out[i], sequel=told_next(then, out[j].sequel))
            out[j] = replace(out[j], prequel=wd[a.cand.groups["wd"].rstrip(".").lower()],
                             listed=day_list(first, second))
    return out


def _resolve(text: str, chosen: list[_Reading], dct: date | None, eid: str | None = None) -> list[Timex]:
    """Second pass in text order: narrative anchor and same-sentence day known."""
    out: list[Timex] = []
    ref: date | None = None
    ref_any: date | None = None
    scene: tuple[date, int] | None = None  # the last scene day and where it was named
    named: tuple[date, int] | None = None  # the last day named at all (a noun's modifier too, not a body's name)
    quarter: str | None = None  # the last reported quarter named ("the fourth quarter ended Sept. 30")
    named_quarter: tuple[str, int] | None = None  # the last report's quarter named, a forecast's too, and its end
    whole = False  # a longer report period named since ("In the nine months, net rose"): compared with the year
    week_ref: date | None = None  # the last day or named week's Monday: anchor of weeks ("and the week after")
    coarse: str | None = None  # a month or year named since the last day ("sank in August 2022")
    values: dict[int, str] = {}  # the value each reading resolved to, by ``id``
    ends_quarter: tuple[str, int] | None = None  # the quarter just before (value, end): "the quarter ending Dec. 31"
    fiscal: tuple[str, int] | None = None  # the last fiscal year framing its sentence, and its end
    for r in chosen:
        sentence_day = _clock_day(text, r, chosen, values, scene, named, dct) if r.cand.rule == "clock" \
            else _sentence_scene(text, r.cand.start, scene) if r.cand.rule == "deictic" else None
        said_day = _said_day(r, chosen, values) if r.cand.rule == "deictic" or r.in_report else None
        said_way = r.said_way if said_day else None
        weekly = "week" in text[r.cand.start:r.cand.end].lower()  # "the following week", not "the following day"
        ctx = _context(text, r.cand, dct, r.tense, r.pos, ref=week_ref if weekly else ref, ref_any=ref_any,
                       sentence_day=sentence_day, way=r.way, scene_day=_scene_day(text, r.cand.start, scene, named),
                       act=r.act, eid=eid, quarter=quarter, named_quarter=_in_sentence(text, named_quarter, r.cand.start), coarse=coarse, sequel=r.sequel, prequel=r.prequel, listed=r.listed,
                       whole=whole, fiscal=_in_sentence(text, fiscal, r.cand.start), said_day=said_day,
                       said_way=said_way)
        norm = normalize(r.cand.rule, r.cand.groups, ctx)
        if norm is None and r.act is False and r.cand.rule == "pmod_the":
            continue  # "later in the day" of a generic clause with no scene day near
        norm = norm or r.norm
        if r.seen_from_past and norm.value == "FUTURE_REF":
            norm = replace(norm, anchor=None)  # "never imagined he would one day": not after the publication
        if ends_quarter is not None and r.cand.rule == "month_day":
            norm = _in_quarter(text, r, norm, ends_quarter)
        start, end = r.cand.start, r.cand.end
        start, norm = _day_beside(text, start, norm)
        out.append(Timex(start, end, text[start:end], norm.type, norm.value, norm.mod, norm.anchor))
        values[id(r)] = norm.value
        ends_quarter = (norm.value, end) if r.cand.rule == "quarter" and QUARTER.fullmatch(norm.value) else None
        if _frames_fiscal(text, r.cand) and YEAR.fullmatch(norm.value):
            fiscal = (norm.value, end)
        if r.cand.rule == "quarter" and _reported(r.cand.groups) and QUARTER.fullmatch(norm.value):
            named_quarter = (norm.value, end)  # a forecast's too ("expects a fourth-quarter loss")
            if r.tense == "PAST" or _over(norm.value, dct):
                quarter, whole = norm.value, False
        elif _report_period(r.cand, norm.value):
            whole = True
        if norm.type in ("DATE", "TIME") and not r.name:  # "the Oct. 7 commission" anchors nothing
            day = parse_value_date(norm.value)
            week = value_start(norm.value) if day is None and (r.cand.rule == "week_of" or WEEK.fullmatch(norm.value)) else None
            # "the week of Aug. 12 and the week after": from its Monday; a relative week ("last week")
            # anchors only weeks: "On Tuesday ..., a lull that began last week. The following day" is Wednesday
            ref = day or (week if r.cand.rule == "week_of" else None) or ref
            coarse = None if day or r.cand.rule == "week_of" else norm.value \
                if MONTH_OR_YEAR.fullmatch(norm.value) and not BOUND.search(text, max(0, start - 8), start) else coarse
            week_ref = day or week or week_ref
            ref_any = value_start(norm.value) or ref_any
            if day is not None:
                named = (day, end)
                scene = (day, end) if not r.modifier else scene
    return out


#: "the day before " / "the day after " just before a day: one expression with it (TimeBank's "day
#: before last Tuesday"); before an event ("the day after the vote") TimeBank tags nothing
DAY_BESIDE = re.compile(r"\bthe\s+day\s+(before|after)\s+$", re.I)


def _day_beside(text: str, start: int, norm: Norm) -> tuple[int, Norm]:
    """The start and reading of a calendar day (``norm`` at ``start``) with "the day before/after"
    in front of it ("the day after the 31st" -> the 1st); unchanged otherwise."""
    day = parse_value_date(norm.value) if norm.type == "DATE" and len(norm.value) == 10 else None
    m = DAY_BESIDE.search(text, max(0, start - 20), start)
    if day is None or m is None or m.end() != start:
        return start, norm
    return m.start(), replace(norm, value=(day + timedelta(days=1 if m.group(1).lower() == "after" else -1)).isoformat())


def _clock_day(text: str, r: _Reading, chosen: list[_Reading], values: dict[int, str],
               scene: tuple[date, int] | None, named: tuple[date, int] | None, dct: date | None) -> date | None:
    """The day a bare clock time is on: the nearest day named before it in its sentence ("at 9 a.m.
    Saturday and at 9 a.m. Sunday, then closed at 5 p.m.": Sunday), else one after it there, else
    the narrative's last day in the same paragraph ("... at 3 a.m. Thursday. A second barrage came
    at 5 a.m."; "The Oct. 7 attacks killed 1,200 people. They began at 6:29 a.m.") when the clause's
    tense agrees (a past day for a past clause, a day ahead for one that is not). A date in a
    body's name is no day ("Israel's Oct. 7 commission said it would meet at 3 p.m.")."""
    if r.sentence is None:
        return None
    before: date | None = None
    after: date | None = None
    for o in chosen:
        if o is r or o.sentence != r.sentence or (o.cand.rule == "clock" and not DATED_CLOCK & o.cand.groups.keys()):
            continue
        if o.name:
            continue
        if o.cand.start < r.cand.start:
            before = parse_value_date(values.get(id(o), o.norm.value)) or before
        elif after is None:
            after = parse_value_date(o.norm.value)
    if before or after:
        return before or after
    for found in (scene, named):
        if found is None or "\n\n" in text[found[1]:r.cand.start] or dct is None:
            continue
        if (r.tense not in ("PAST", None) and found[0] < dct) or (r.tense == "PAST" and found[0] > dct):
            continue  # "Talks were held Monday. The truce takes effect at 6 p.m.": not Monday
        return found[0]
    return None


#: what stands between a quarter and the day it ends: "the quarter ending Dec. 31", "quarter that ended on"
QUARTER_END = re.compile(r"\s+(?:(?:that|which)\s+)?(?:ended|ending|ends|closed|closing)\s+(?:on\s+)?")


def _in_quarter(text: str, r: _Reading, norm: Norm, ends_quarter: tuple[str, int]) -> Norm:
    """A month-day that closes the quarter just before it, in that quarter's year ("the quarter
    ending Dec. 31" -> 2024-Q4 and 2024-12-31): the day agrees with the quarter it ends."""
    value, q_end = ends_quarter
    day = parse_value_date(norm.value)
    if "year" in r.cand.groups or day is None or not QUARTER_END.fullmatch(text[q_end:r.cand.start]):
        return norm
    year, q = int(value[:4]), int(value[6])
    if (day.month - 1) // 3 + 1 != q or day.year == year:
        return norm
    try:
        return replace(norm, value=day.replace(year=year).isoformat() + norm.value[10:])
    except ValueError:  # Feb. 29 of a year without one
        return norm


def _frames_fiscal(text: str, cand: Candidate) -> bool:
    """``cand`` is a fiscal year ("fiscal 1989", "FY2025") opening its sentence after "In", "For",
    "During": the year of the sentence's quarters ("In fiscal 1989, which ends in June, the company
    expects a rise in the third quarter": 1989-Q3); not one compared with ("up from fiscal 1988")."""
    fiscal = cand.rule == "fiscal" and "q" not in cand.groups \
        or cand.rule == "year" and (cand.groups.get("fiscal") or "").lower().startswith(("fiscal", "fy"))
    return fiscal and FRAME_OPENING.search(text, max(0, cand.start - 20), cand.start) is not None


def _in_sentence(text: str, named: tuple[str, int] | None, at: int) -> str | None:
    """The value of ``named`` (value, end) if it was named in the sentence at ``at``: a forecast's
    quarter is what a figure beside it compares ("expects a fourth-quarter loss, against a profit a
    year earlier"), not a figure told in the past in a later sentence (a quarter already over); a
    fiscal year framing the sentence (``_frames_fiscal``)."""
    if named is None or SENTENCE_END.search(text, named[1], at):
        return None
    return named[0]


def _over(quarter: str, dct: date | None) -> bool:
    """Whether ``quarter`` ("1989-Q3") ended before the publication date: a report still to come
    is about it ("expects to report a third-quarter loss"), so later comparisons are with it."""
    start = value_start(quarter)
    return start is not None and dct is not None and add_months(start, 3) <= dct


def _report_period(cand: Candidate, value: str) -> bool:
    """Whether a period longer than a quarter is one a report covers: "the first nine months", "In
    the nine months", "the first half", "the year ended Aug. 31"; not any stretch that long ("its
    best result in a year", "a one-year lease", "the past six months")."""
    if not LONGER_PERIOD.fullmatch(value):
        return False
    g = cand.groups
    return "H" in value or "ended" in g or (
        g.get("det", "").lower() == "the" and g.get("rel", "first").lower() == "first")


def _reported(groups: dict[str, str]) -> bool:
    """Whether a quarter names the period a report is about ("the fourth
    quarter", "third-quarter"), not the one it compares with ("the year-ago quarter", "last year's third quarter")."""
    det = " ".join(groups.get("det", "").lower().split())
    return "ord" in groups and "yago" not in groups and "year" not in det \
        and not groups.get("rel", "").lower().startswith(("year-", "previous", "last", "past"))


def _scene_day(text: str, at: int, scene: tuple[date, int] | None, named: tuple[date, int] | None) -> date | None:
    """The day "earlier/later in the day" at ``at`` is on: the last scene day if it is near (the
    same paragraph within ``SCENE_SENTENCES`` * 2 sentences, else within ``SCENE_SENTENCES``), else
    a near day named as a noun's modifier when no scene day is near ("The Oct. 7 attack killed
    1,200 people. Later in the day, Israel declared war"), else None (the reading decides)."""
    for found in (scene, named):
        if found is not None and _near(text[found[1]:at]):
            return found[0]
    return None


def _said(doc: Doc | None, cand: Candidate) -> bool:
    """``cand`` dates the sentence's verb of saying ("officials said Monday", "said on Saturday
    that"), the report's day; not the day of what was said ("said troops crossed on Monday"), nor
    a saying inside a clause ("hit Kyiv overnight, a day after officials said on Monday")."""
    if cand.rule not in DAY_RULES or doc is None or not doc.has_annotation("DEP"):
        return False
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    opened = opened_verb(span)
    if opened is not None and opened[0].lemma_.lower() in SPEAKING:
        if verb_tense(opened[1]) == "FUTURE":
            return False  # "The minister, speaking Monday, will say": not a report's past day
        head = opened[1]  # "Speaking Monday, the minister said", "The minister, speaking Monday, said"
    else:
        head = said_on(span) or span.root.head  # "said Monday talks would resume"
        if span.root.dep_ == "pobj" and head.dep_ == "prep":
            head = head.head  # "said on Saturday"
    return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in SAYING_VERBS and head.dep_ in ("ROOT", "parataxis")


def _in_report(doc: Doc | None, cand: Candidate) -> bool:
    """``cand`` lies in what a verb of saying reports ("said Monday the city had been shelled on
    Sunday", "was shelled on Sunday, the mayor said"); not in a clause beside the saying ("The
    mayor, who resigned on Friday, said") nor in a past progressive, an arrangement still ahead
    ("said Monday they were meeting again Thursday")."""
    if doc is None or not doc.has_annotation("DEP"):
        return False
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    verb = governing_verb(span)
    if verb is not None and verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children):
        return False
    tok = span.root
    for _ in range(MAX_HOPS):
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in SAYING_VERBS:
            return True
        if tok.head is tok:
            return any(c.dep_ == "parataxis" and c.lemma_.lower() in SAYING_VERBS for c in tok.children)
        tok = tok.head
    return False


def _as_reported(doc: Doc | None, r: _Reading, readings: list[_Reading]) -> _Reading:
    """``r`` marked as told inside a report (``_in_report``) when it is a weekday, a relative week
    or "overnight" in the sentence of a day of saying, with how a past modal there reads from that day
    ("said Monday talks would resume Thursday": the Thursday after the Monday)."""
    if not (r.cand.rule == "weekday" or r.cand.rule == "deictic" and r.norm.value.endswith("TNI")
            or _relative_week(r.cand)) or not any(
            o.said and o is not r and o.sentence is not None and o.sentence == r.sentence for o in readings) \
            or not _in_report(doc, r.cand):
        return r
    span = doc.char_span(r.cand.start, r.cand.end, alignment_mode="expand") if doc is not None else None
    return replace(r, in_report=r.cand.rule != "deictic", said_way=reported_modal(span) if span else None)


def _relative_week(cand: Candidate) -> bool:
    """"this week", "next week", "last month", "the end of the month": told in a report, the
    saying's week or month's."""
    if cand.rule == "pmod_the":  # "the end of the month"; not "later in the day", "year-end"
        return cand.groups.get("what", "").lower() in ("week", "month")
    return cand.rule == "relative" and cand.groups.get("what", "").lower() in ("week", "month") \
        and " ".join(cand.groups.get("rel", "").lower().split()) in ("this", "next", "last")  # not "the past week"


def _said_day(r: _Reading, chosen: list[_Reading], values: dict[int, str]) -> date | None:
    """The day a verb of saying is told on in the sentence of ``r`` (``_said``), before or after it."""
    for o in chosen:
        if o.said and o is not r and o.sentence is not None and o.sentence == r.sentence:
            return parse_value_date(values.get(id(o), o.norm.value))
    return None


def _sentence_scene(text: str, at: int, scene: tuple[date, int] | None) -> date | None:
    """The scene day if its own sentence is the one at ``at`` ("will open Tuesday after overnight
    gains"), else None ("The summit opens Friday. Markets will rise after overnight gains")."""
    if scene is None or scene[1] > at or SENTENCE_END.search(text, scene[1], at):
        return None
    return scene[0]


def _sentence_before(text: str, at: int) -> str:
    """The part of ``at``'s sentence before it (at most ``SENTENCE_BACK`` characters)."""
    start = max(0, at - SENTENCE_BACK)
    ends = [m.end() for m in SENTENCE_END.finditer(text, start, at)]
    return text[ends[-1] if ends else start:at]


def _near(between: str) -> bool:
    ends = len(SENTENCE_END.findall(between))
    return ends <= SCENE_SENTENCES or ("\n\n" not in between and ends <= 2 * SCENE_SENTENCES)


def _context(text: str, cand: Candidate, dct: date | None, tense: str | None, pos: str | None,
             *, ref: date | None = None, ref_any: date | None = None,
             sentence_day: date | None = None, way: str | None = None,
             scene_day: date | None = None, act: bool | None = None, eid: str | None = None,
             quarter: str | None = None, named_quarter: str | None = None, coarse: str | None = None,
             sequel: tuple[int, ...] = (), prequel: int | None = None, listed: bool = False,
             whole: bool = False, fiscal: str | None = None, said_day: date | None = None,
             said_way: str | None = None) -> Context:
    before = " ".join(text[max(0, cand.start - WINDOW):cand.start].lower().split())
    if cand.start > 0 and text[cand.start - 1] in " \n\t":
        before += " "
    after = text[cand.end:cand.end + WINDOW].lower()
    fiscal_before = cand.rule == "quarter" and "fiscal" in _sentence_before(text, cand.start).lower()
    return Context(dct=dct, tense=tense, before=before, after=after, pos=pos, ref=ref,
                   ref_any=ref_any, sentence_day=sentence_day, way=way, scene_day=scene_day, act=act, eid=eid,
                   quarter=quarter, named_quarter=named_quarter, coarse=coarse, sequel=sequel, prequel=prequel, listed=listed, whole=whole,
                   fiscal=fiscal, fiscal_before=fiscal_before, said_day=said_day, said_way=said_way, raw_before=text[max(0, cand.start - WINDOW):cand.start], raw_after=text[cand.end:cand.end + WINDOW])


def _past_act(doc: Doc | None, cand: Candidate) -> bool | None:
    """Whether the verb the candidate hangs on reports a dated act: a past form ("Later in the
    day, Israel declared war", "had met", "was meeting") or "will" (that day's plan); not
    "Fasting Muslims eat later in the day", "binge eating later in the day". None without a parse."""
    if doc is None or not doc.has_annotation("DEP"):
        return None
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    head = span.root.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):  # a misparse ("Later" as the root): the sentence's first verb
        found = next((t for t in span.sent if t.pos_ in ("VERB", "AUX") and not span.start <= t.i < span.end), None)
        if found is None:
            return None
        head = found
    if head.tag_ == "VBD":
        return True
    aux = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in ("will", "'ll", "wo") for c in aux):
        return True  # "will meet him later in the day": that day's plan
    return head.tag_ in ("VBN", "VBG") and any(c.tag_ == "VBD" or c.lemma_ == "have" for c in aux)


def _future_in_past(doc: Doc | None, cand: Candidate) -> bool:
    """``tense.future_in_past`` of the candidate's span; False with no parse."""
    if doc is None or not doc.has_annotation("DEP"):
        return False
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and future_in_past(span)


def _tag(doc: Doc | None, start: int) -> str | None:
    """The parse's tag of the word at character ``start`` (None with no tagged parse)."""
    if doc is None or not doc.has_annotation("TAG"):
        return None
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span[0].tag_ if span is not None and len(span) else None


def _syntax(doc: Doc | None, cand: Candidate, text: str) -> tuple[str | None, str | None, int | None, str | None, bool, bool]:
    """Clause tense, POS of the first token, sentence start, deadline reading of a candidate,
    whether it modifies a noun ("Trump's July 25 phone call", "Friday's attack") and whether that
    noun is a body it names (``tense.body_name``). The day or month that ends a year is ahead when
    the year's clause runs ahead or foresees ("will rise in the fiscal year ending Sept. 30")."""
    if doc is None:
        return None, None, None, None, False, False
    span: Span | None = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None, None, None, None, False, False
    try:
        sentence = span[0].sent.start
    except ValueError:  # no sentence boundaries set
        sentence = None
    parsed = doc.has_annotation("DEP")
    tense = clause_tense(span) if parsed else None
    if parsed and cand.rule in ("month_day", "month") and (m := YEAR_ENDING.search(text, max(0, cand.start - 40), cand.start)):
        year = doc.char_span(m.start(), m.start() + 4)
        running = clause_tense(year) if year is not None else None  # "will rise in the year ending Sept. 30"
        if running == "FUTURE" or running == "PRESENT" and year is not None and foretold(year):
            tense = "FUTURE"  # "expects profit to fall in the year to March 31"; not "inflation is 3% in the year to July"
    way = deadline_direction(span) if parsed else None
    if parsed and way is None and cand.rule == "deictic" and span.text.lower() == "overnight":
        way = foreseen(span)  # "said Monday they expected attacks overnight": Monday night
    root = span.root
    modifier = parsed and root.dep_ in ("compound", "nmod", "poss", "amod") and root.head.pos_ in ("NOUN", "PROPN")
    name = parsed and body_name(span)
    return tense, span[0].pos_ or None, sentence, way, modifier, name
