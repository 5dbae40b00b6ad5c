"""Hand-built records for the corpus tests (no spaCy): our own short news texts."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from dateline.model import Actor, ArticleRecord, Event, Place, Published, Quote

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"

# Our own writing: a short wire story used to build copies and different articles.
WIRE = [
    "Negotiators from Egypt and Qatar met Israeli and Hamas delegations in Cairo on Tuesday for a "
    "fresh round of talks on a ceasefire in Gaza, two officials briefed on the meeting said.",
    "The officials said the talks focused on the sequencing of a hostage release and the withdrawal "
    "of Israeli troops from a strip of land along the border with Egypt.",
    "A third official said the mediators had presented a written text that both sides would study "
    "overnight before the delegations met again on Wednesday morning.",
    "Hamas said in a statement that it was dealing with the proposal positively but would not accept "
    "any arrangement that left Israeli forces inside the territory.",
    "Israel's prime minister said his government wanted a deal but would not give up what he called "
    "the strategic gains of the war, according to a statement from his office.",
    "The United States, which has backed the mediation, said it expected the talks to continue "
    "through the end of the week and that a deal remained within reach.",
]
OTHER = [
    "Heavy rain flooded low-lying districts of Dhaka on Monday, cutting power to thousands of homes "
    "and forcing schools to close, city officials said.",
    "The meteorological office warned that more storms were expected over the next three days and "
    "asked fishing boats in the Bay of Bengal to stay in port.",
    "Rescue teams used boats to move families from the worst-hit neighbourhoods to temporary shelters "
    "set up in government buildings.",
    "The flooding came weeks after a cyclone damaged crops in coastal districts, raising concerns "
    "about food prices ahead of the harvest festival.",
]


def body_of(paragraphs: list[str]) -> tuple[str, tuple[tuple[int, int], ...]]:
    body = "\n\n".join(paragraphs)
    spans, at = [], 0
    for p in paragraphs:
        spans.append((at, at + len(p)))
        at += len(p) + 2
    return body, tuple(spans)


def record(rid: str, paragraphs: list[str], published: str | None = "2024-08-20",
           url: str | None = None, **kwargs: object) -> ArticleRecord:
    body, spans = body_of(paragraphs)
    return ArticleRecord(id=rid, body=body, paragraphs=spans, url=url or f"https://news.example/{rid}",
                         source=kwargs.pop("source", "Example News"),  # type: ignore[arg-type]
                         published=Published(published, "given" if published else None), **kwargs)  # type: ignore[arg-type]


def gaza_record(rid: str, paragraphs: list[str] = WIRE, published: str = "2024-08-20",
                source: str = "Example News") -> ArticleRecord:
    """A record with actors, places, an event and a quote found in the text by hand."""
    body, _ = body_of(paragraphs)
    actors = (Actor("cty:EGY", "Egypt", "country", "EGY"), Actor("cty:QAT", "Qatar", "country", "QAT"),
              Actor("org:hamas", "Hamas", "organization", "PSE"), Actor("cty:ISR", "Israel", "country", "ISR"),
              Actor("med:example", source, "media"))
    places = tuple(Place(i, i + len(n), n, n, "EG" if n == "Cairo" else "PS", feature="PPLC" if n == "Cairo" else "RGN")
                   for n in ("Cairo", "Gaza") if (i := body.find(n)) >= 0)
    events = []
    met = body.find("met Israeli")
    if met >= 0:
        events.append(Event(f"{rid}-e1", "CONSULT", "met", (met, met + 60), mode="talks",
                            sources=("cty:EGY", "cty:QAT"), targets=("cty:ISR", "org:hamas"),
                            date="2024-08-20", place="Cairo", confidence=0.9))
    said = body.find("it was dealing")
    quotes = (Quote(said, said + 40, body[said:said + 40], "indirect", "said", ("org:hamas",)),) if said >= 0 else ()
    return record(rid, paragraphs, published, source=source, actors=actors, places=places,
                  events=tuple(events), quotes=quotes)


def label_matches(label: str, search: str) -> bool:
    """What a search of plain words finds in a story label, worked out apart from FTS5: every
    word of the search is a whole word of the label, in any case, with or without its accents
    (punctuation splits words); a word holding text that was not UTF-8 is in none."""
    def words_of(text: str) -> list[str]:
        plain = "".join(ch for ch in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(ch))
        return re.findall(r"[^\W_]+", plain)

    if any("\ud800" <= ch <= "\udfff" or ch == "\ufffd" for ch in search):
        return False  # text that was not UTF-8: a word no label holds
    words, found = words_of(search), set(words_of(label))
    return bool(words) and all(w in found for w in words)
