"""Records: plain frozen dataclasses, the only thing that crosses stage borders.

Offsets are character offsets into the article body. ``ArticleRecord.to_json()``
is the public record of DESIGN.md (``schema_version`` 1); ``from_json`` reads it back.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import asdict, dataclass, fields
from typing import Any

SCHEMA_VERSION = 1

Span = tuple[int, int]


@dataclass(frozen=True)
class Published:
    """Publication date and where it came from."""

    date: str | None = None  # YYYY-MM-DD
    evidence: str | None = None  # metadata|url|dateline|image_slug|text|given


@dataclass(frozen=True)
class Dateline:
    """The dateline that opened the body ("JERUSALEM, Aug 18 (Reuters) -")."""

    place: str | None = None
    date: str | None = None
    agency: str | None = None
    text: str | None = None  # the prefix as it stood, cut from the first paragraph


#: furniture kinds whose text describes the article's pictures: the places and time stages read them
CAPTION_KINDS = frozenset({"caption"})


@dataclass(frozen=True)
class Furniture:
    """A line of page furniture: kept, classified, never part of the body."""

    kind: str  # image_slug|caption|credit|promo|related_links|byline|share|copyright|...
    text: str
    credit: str | None = None


@dataclass(frozen=True)
class CleanArticle:
    """What the reader makes of one input: body, furniture and metadata. No NLP."""

    body: str
    paragraphs: tuple[Span, ...]
    furniture: tuple[Furniture, ...] = ()
    source: str | None = None
    title: str | None = None
    author: str | None = None
    url: str | None = None
    published: Published = Published()
    dateline: Dateline | None = None
    language: str | None = None
    origin: str | None = None  # file path or "<stdin>"/"jsonl:line"; for messages and ids
    id: str | None = None  # caller-given id (JSONL); otherwise derived


@dataclass(frozen=True)
class Actor:
    id: str  # cty:ISR, org:hamas, per:benjamin-netanyahu
    name: str
    type: str  # person|organization|country|group|igo|media|...
    country: str | None = None  # ISO 3166 alpha-3
    sector: str | None = None
    roles: tuple[str, ...] = ()
    affiliation: str | None = None  # actor id of the body it acts for (org:hamas, cty:USA)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    actor: str  # actor id


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    text: str
    type: str  # DATE|TIME|DURATION|SET
    value: str
    mod: str | None = None
    anchor: str | None = None  # "publication", "text" (an earlier date of the narrative), or None
    offsets_in: str | None = None  # None: body; "furniture:N": furniture[N].text (a caption), as Place


@dataclass(frozen=True)
class Place:
    start: int
    end: int
    text: str
    name: str
    country: str | None = None  # ISO 3166 alpha-2
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    confidence: float = 0.0
    feature: str | None = None  # GeoNames feature class/code, or "region"
    offsets_in: str | None = None  # None: body; "dateline": Dateline.text; "furniture:N": furniture[N].text


@dataclass(frozen=True)
class Quote:
    start: int
    end: int
    text: str
    kind: str  # direct|partial|indirect
    cue: str
    speakers: tuple[str, ...] = ()  # actor ids
    speaker_text: str | None = None
    medium: str | None = None
    date: str | None = None
    setting: str | None = None
    speaker_span: Span | None = None
    cue_span: Span | None = None
    flags: tuple[str, ...] = ()  # unclosed|unopened|continued|speaker_carried|date_inherited


@dataclass(frozen=True)
class Event:
    id: str
    type: str  # PLOVER type
    trigger: str
    evidence: Span
    mode: str | None = None
    sources: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    date: str | None = None
    date_anchor: str | None = None  # "text"|"publication"|None
    place: str | None = None
    status: str = "happened"
    confidence: float = 0.0


@dataclass(frozen=True)
class Proposal:
    name: str
    proposers: tuple[str, ...] = ()
    endorsers: tuple[str, ...] = ()
    rejecters: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()


@dataclass(frozen=True)
class Stance:
    actor: str
    on: str
    evidence: Span
    stance: str | None = None
    blames: str | None = None


@dataclass(frozen=True)
class ArticleRecord:
    """Everything dateline found in one article."""

    id: str
    body: str
    paragraphs: tuple[Span, ...]
    url: str | None = None
    source: str | None = None
    title: str | None = None
    published: Published = Published()
    dateline: Dateline | None = None
    furniture: tuple[Furniture, ...] = ()
    actors: tuple[Actor, ...] = ()
    mentions: tuple[Mention, ...] = ()
    timexes: tuple[Timex, ...] = ()
    places: tuple[Place, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    proposals: tuple[Proposal, ...] = ()
    stances: tuple[Stance, ...] = ()
    author: str | None = None
    language: str | None = None
    origin: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The public record (DESIGN.md, schema_version 1), as plain JSON types."""
        out: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
        for f in fields(self):
            out[f.name] = _plain(getattr(self, f.name))
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ArticleRecord:
        """Inverse of ``to_json``; unknown keys are ignored (forward compatible)."""
        kinds: dict[str, type] = {
            "furniture": Furniture, "actors": Actor, "mentions": Mention, "timexes": Timex,
            "places": Place, "quotes": Quote, "events": Event, "proposals": Proposal,
            "stances": Stance,
        }
        kwargs: dict[str, Any] = {}
        for f in fields(cls):
            if f.name not in data:
                continue
            value = data[f.name]
            if f.name in kinds:
                value = tuple(_build(kinds[f.name], item) for item in value)
            elif f.name == "paragraphs":
                value = tuple((int(a), int(b)) for a, b in value)
            elif f.name == "published":
                value = Published(**value) if value else Published()
            elif f.name == "dateline":
                value = _build(Dateline, value) if value else None
            kwargs[f.name] = value
        return cls(**kwargs)


def _plain(value: Any) -> Any:
    """Dataclasses, tuples and lists to JSON-ready dicts and lists."""
    if hasattr(value, "__dataclass_fields__"):
        return {k: _plain(v) for k, v in asdict(value).items()}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _build(cls: type, data: dict[str, Any]) -> Any:
    """One record from its JSON dict: lists back to tuples, spans to pairs."""
    known = {f.name: f for f in fields(cls)}
    kwargs: dict[str, Any] = {}
    for key, value in data.items():
        if key not in known:
            continue
        if isinstance(value, list):
            value = tuple(value)
        kwargs[key] = value
    return cls(**kwargs)


def normalize_body(text: str) -> str:
    """Body text normalized for identity: NFC, whitespace collapsed, case kept."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def article_id(body: str, url_or_name: str | None) -> str:
    """Stable article id: hash of the normalized body and the source URL or file name."""
    h = hashlib.sha256()
    h.update(normalize_body(body).encode("utf-8"))
    h.update(b"\x00")
    h.update((url_or_name or "").encode("utf-8"))
    return h.hexdigest()[:16]


def event_id(article: str, type_: str, sources: tuple[str, ...], targets: tuple[str, ...],
             evidence: Span) -> str:
    """Stable event id: hash of (article, type, source, target, evidence span)."""
    key = "|".join([article, type_, ",".join(sources), ",".join(targets), f"{evidence[0]}-{evidence[1]}"])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


__all__ = [
    "SCHEMA_VERSION", "Actor", "ArticleRecord", "CleanArticle", "Dateline", "Event", "Furniture",
    "Mention", "Place", "Proposal", "Published", "Quote", "Span", "Stance", "Timex",
    "article_id", "event_id", "normalize_body",
]
