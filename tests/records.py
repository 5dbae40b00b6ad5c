"""Records for store, CLI and scale tests (our own writing; no pipeline needed): two hand-built
articles and a Hypothesis strategy for any record."""

from __future__ import annotations

import dataclasses

from hypothesis import strategies as st

from dateline.model import (
    Actor,
    ArticleRecord,
    Dateline,
    Event,
    Furniture,
    Mention,
    Place,
    Proposal,
    Published,
    Quote,
    Stance,
    Timex,
)

text = st.text(max_size=30)
maybe = st.none() | text
ids = st.text(min_size=1, max_size=12)
offset = st.integers(min_value=0, max_value=10_000)
span = st.tuples(offset, offset)
many = st.lists(ids, max_size=3).map(tuple)
number = st.floats(allow_nan=False, allow_infinity=False)
dates = st.none() | st.sampled_from(["2024-08-18", "2024-07", "2024", "2024-W33", "P6W", "bogus"])

# Any record the model can hold, for round-trip properties.
records = st.builds(
    ArticleRecord,
    id=ids,
    body=st.text(max_size=200),
    paragraphs=st.lists(span, max_size=4).map(tuple),
    url=maybe, source=maybe, title=maybe, author=maybe, language=maybe, origin=maybe,
    published=st.builds(Published, date=dates, evidence=maybe),
    dateline=st.none() | st.builds(Dateline, place=maybe, date=maybe, agency=maybe, text=maybe),
    furniture=st.lists(st.builds(Furniture, kind=text, text=text, credit=maybe), max_size=3).map(tuple),
    actors=st.lists(st.builds(Actor, id=ids, name=text, type=text, country=maybe, sector=maybe,
                              roles=st.lists(text, max_size=2).map(tuple)), max_size=3).map(tuple),
    mentions=st.lists(st.builds(Mention, start=offset, end=offset, text=text, actor=ids),
                      max_size=3).map(tuple),
    timexes=st.lists(st.builds(Timex, start=offset, end=offset, text=text, type=text,
                               value=dates.map(lambda d: d or ""), mod=maybe, anchor=maybe),
                     max_size=3).map(tuple),
    places=st.lists(st.builds(Place, start=offset, end=offset, text=text, name=text, country=maybe,
                              lat=st.none() | number, lon=st.none() | number,
                              geonames_id=st.none() | st.integers(0, 2**40), confidence=number,
                              feature=maybe), max_size=3).map(tuple),
    quotes=st.lists(st.builds(Quote, start=offset, end=offset, text=text, kind=text, cue=text,
                              speakers=many, speaker_text=maybe, medium=maybe, date=dates,
                              setting=maybe, speaker_span=st.none() | span,
                              cue_span=st.none() | span), max_size=3).map(tuple),
    events=st.lists(st.builds(Event, id=ids, type=text, trigger=text, evidence=span, mode=maybe,
                              sources=many, targets=many, date=dates, date_anchor=maybe,
                              place=maybe, status=text, confidence=number), max_size=3).map(tuple),
    proposals=st.lists(st.builds(Proposal, name=text, proposers=many, endorsers=many,
                                 rejecters=many, terms=st.lists(text, max_size=3).map(tuple)),
                       max_size=2).map(tuple),
    stances=st.lists(st.builds(Stance, actor=ids, on=text, evidence=span, stance=maybe,
                               blames=maybe), max_size=2).map(tuple),
)

BODY_A = (
    "Cairo: Mediators met delegations in Cairo on Sunday to revive the truce talks.\n\n"
    "Hamas rejected the new conditions, an official said.\n\n"
    "“We will not accept a permanent presence in the corridor,” the official told Reuters."
)
BODY_B = (
    "Doha: Qatar said the Doha round ended in July with no deal.\n\n"
    "Israel accused Hamas of stalling and said it would keep up pressure."
)


def _span(body: str, text: str) -> tuple[int, int]:
    start = body.index(text)
    return start, start + len(text)


def record_a(**changes: object) -> ArticleRecord:
    """An article with every kind of child record."""
    body = BODY_A
    p1 = (0, body.index("\n\n"))
    p2 = _span(body, "Hamas rejected the new conditions, an official said.")
    p3 = (p2[1] + 2, len(body))
    q = _span(body, "We will not accept a permanent presence in the corridor,")
    base = ArticleRecord(
        id="aaaa1111bbbb2222",
        body=body,
        paragraphs=(p1, p2, p3),
        url="https://news.example/cairo-talks",
        source="Example Times",
        title="Cairo talks resume",
        published=Published("2024-08-25", "metadata"),
        dateline=Dateline(place="Cairo", text="Cairo:"),
        furniture=(Furniture("caption", "Delegates arrive. Image Credit: AFP", "AFP"),
                   Furniture("related_links", "Also read")),
        actors=(Actor("org:hamas", "Hamas", "organization", "PSE"),
                Actor("cty:EGY", "Egypt", "country", "EGY"),
                Actor("cty:QAT", "Qatar", "country", "QAT", roles=("mediator",))),
        mentions=(Mention(*_span(body, "Hamas"), "Hamas", "org:hamas"),),
        timexes=(Timex(*_span(body, "Sunday"), "Sunday", "DATE", "2024-08-25", anchor="publication"),),
        places=(Place(*_span(body, "Cairo"), "Cairo", "Cairo", "EG", 30.06, 31.25, 360630, 0.9, "P.PPLC"),),
        quotes=(
            Quote(*q, body[q[0]:q[1]], "direct", "told", ("org:hamas",), "the official", "Reuters"),
            Quote(*p2, body[p2[0]:p2[1]], "indirect", "said", ("org:hamas",), "an official"),
        ),
        events=(
            Event("ev-consult", "CONSULT", "met", _span(body, "Mediators met delegations in Cairo on Sunday"),
                  mode="meet", sources=("cty:EGY", "cty:QAT"), targets=("org:hamas",),
                  date="2024-08-25", date_anchor="text", place="Cairo", confidence=0.8),
            Event("ev-reject", "REJECT", "rejected", _span(body, "Hamas rejected the new conditions"),
                  sources=("org:hamas",), date="2024-08-25", date_anchor="publication",
                  status="happened", confidence=0.7),
        ),
        proposals=(Proposal("bridging proposal", proposers=("cty:QAT",), rejecters=("org:hamas",),
                            terms=("six-week truce", "hostage exchange")),),
        stances=(Stance("org:hamas", "bridging proposal", p2, "rejecting"),),
    )
    return _replace(base, changes)


def record_b(**changes: object) -> ArticleRecord:
    """A second article: a month-precision event and a threat that is only planned."""
    body = BODY_B
    base = ArticleRecord(
        id="cccc3333dddd4444",
        body=body,
        paragraphs=((0, body.index("\n\n")), (body.index("\n\n") + 2, len(body))),
        source="Gulf Example",
        published=Published("2024-08-20", "url"),
        dateline=Dateline(place="Doha", text="Doha:"),
        actors=(Actor("cty:ISR", "Israel", "country", "ISR"),
                Actor("org:hamas", "Hamas", "organization", "PSE"),
                Actor("cty:QAT", "Qatar", "country", "QAT")),
        quotes=(Quote(*_span(body, "the Doha round ended in July with no deal"),
                      "the Doha round ended in July with no deal", "indirect", "said", ("cty:QAT",),
                      "Qatar", date="2024-07"),),
        events=(
            Event("ev-end", "CONSULT", "ended", _span(body, "the Doha round ended in July"),
                  sources=("cty:QAT",), date="2024-07", date_anchor="text", place="Doha"),
            Event("ev-accuse", "ACCUSE", "accused", _span(body, "Israel accused Hamas of stalling"),
                  sources=("cty:ISR",), targets=("org:hamas",), date="2024-08-20",
                  date_anchor="publication"),
            Event("ev-pressure", "COERCE", "keep up pressure", _span(body, "keep up pressure"),
                  sources=("cty:ISR",), targets=("org:hamas",), status="planned"),
        ),
    )
    return _replace(base, changes)


def _replace(record: ArticleRecord, changes: dict[str, object]) -> ArticleRecord:
    return dataclasses.replace(record, **changes)  # type: ignore[arg-type]
