"""The ``dateline_places`` spaCy component: toponyms of a Doc -> ``doc._.places``.

Candidates are the model's GPE/LOC/FAC entities, plus PERSON/ORG entities that are gazetteer
places the actors component did not claim (the small model tags "Khan Yunis" as PERSON), and,
if asked, NORP demonyms ("Israeli" as Israel). All are resolved together, in the context of
each other and of the article's dateline place.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from dateline.model import Place
from dateline.nlp import extensions  # noqa: F401  (registers doc._.places)
from dateline.places import gazetteer
from dateline.places.resolve import resolve_spans

_CLAIMED = ("per:", "org:")  # actor ids that make a PERSON/ORG entity not a place


@dataclass(frozen=True)
class PlacesOptions:
    """What counts as a toponym candidate and what is kept."""

    labels: tuple[str, ...] = ("GPE", "LOC", "FAC")
    demonyms: bool = False  # NORP entities ("Israeli") become country places
    gazetteer_spans: bool = True  # PERSON/ORG entities that name a known place
    min_confidence: float = 0.0  # below this, lat/lon are withheld (the place stays, unresolved)
    guess_confidence: float = 0.35  # a PERSON/ORG-tagged place needs at least this


def _text_span(doc: Doc, ent: Span) -> tuple[int, int]:
    start, end = ent.start_char, ent.end_char
    if ent[0].lower_ == "the" and len(ent) > 1:
        start = ent[1].idx
    return start, end


def _claimed(doc: Doc) -> set[tuple[int, int]]:
    mentions = getattr(doc._, "mentions", None) or ()
    return {(m.start, m.end) for m in mentions if str(m.actor).startswith(_CLAIMED)}


def find_places(doc: Doc, options: PlacesOptions | None = None,
                gaz: gazetteer.Gazetteer | None = None) -> list[Place]:
    """The places of a Doc, in text order (pure: reads the Doc, returns records)."""
    opts = options or PlacesOptions()
    gaz = gaz or gazetteer.load()
    claimed = _claimed(doc)
    spans: list[tuple[int, int]] = []
    kinds: list[str] = []
    for ent in doc.ents:
        start, end = _text_span(doc, ent)
        if ent.label_ in opts.labels:
            kind = "fac" if ent.label_ == "FAC" else "place"
        elif ent.label_ == "NORP" and opts.demonyms:
            kind = "demonym"
        elif ent.label_ in ("PERSON", "ORG") and opts.gazetteer_spans:
            if (start, end) in claimed or not gaz.lookup(doc.text[start:end]):
                continue
            kind = "guess"
        else:
            continue
        spans.append((start, end))
        kinds.append(kind)
    focus = _dateline_place(doc)
    places = resolve_spans(doc.text, spans, gaz, focus=focus)
    out = []
    for place, kind in zip(places, kinds, strict=True):
        resolved = place.lat is not None
        if kind in ("fac", "demonym", "guess") and not resolved:
            continue
        if kind == "guess" and (place.confidence < opts.guess_confidence
                                or gazetteer.key(place.name) != gazetteer.key(place.text)):
            continue  # a PERSON/ORG entity becomes a place only under the place's own name
        if resolved and place.confidence < opts.min_confidence:
            place = Place(place.start, place.end, place.text, place.text, confidence=place.confidence)
        out.append(place)
    return out


def _dateline_place(doc: Doc) -> str | None:
    article = getattr(doc._, "article", None)
    dateline = getattr(article, "dateline", None)
    return getattr(dateline, "place", None)


class PlacesComponent:
    """Writes ``doc._.places``; the gazetteer loads on the first Doc (then stays in memory)."""

    def __init__(self, options: PlacesOptions) -> None:
        self.options = options

    def __call__(self, doc: Doc) -> Doc:
        doc._.places = find_places(doc, self.options)
        return doc


@Language.factory(
    "dateline_places",
    requires=["doc.ents"],
    assigns=["doc._.places"],
    default_config={"labels": ["GPE", "LOC", "FAC"], "demonyms": False, "gazetteer_spans": True,
                    "min_confidence": 0.0},
)
def make_places(nlp: Language, name: str, labels: list[str], demonyms: bool,
                gazetteer_spans: bool, min_confidence: float) -> PlacesComponent:
    """Factory of ``dateline_places`` (registry name ``dateline.places.v1``)."""
    return PlacesComponent(PlacesOptions(tuple(labels), demonyms, gazetteer_spans, min_confidence))


__all__ = ["PlacesComponent", "PlacesOptions", "find_places", "make_places"]
