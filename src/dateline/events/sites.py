"""Where a visit went and where an air fight was: places read off a trigger's own prepositions."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from dateline.events.arguments import Arg
from dateline.events.locations import toponym as _toponym
from dateline.events.seizures import place_country


def destination(token: Token, noun: Token | None = None) -> Token | None:
    """The toponym a visit goes to: "travelled to Cairo", "made a trip to the Middle East"."""
    for holder in (noun, token):
        for prep in (c for c in (holder.children if holder is not None else ()) if c.dep_ == "prep" and c.lower_ == "to"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                found = _toponym(pobj)
                if found is not None:
                    return found
    return None


def airspace(token: Token) -> Token | None:
    """The toponym an air fight happened over: "shot down a drone over the Red Sea", "downed over Kyiv"."""
    for holder in [token] + [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]:
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ == "over"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                found = _toponym(pobj)
                if found is not None and found.i == pobj.i:
                    return found  # not a city compound of a reason ("over the Peshawar bombing")
    return None


def posted_from(targets: list[Arg], doc: Doc) -> list[Arg]:
    """A diplomat recalled "from Zagreb" is recalled from Croatia: a target that names no actor
    but a place of the body after "from" stands for the place's country ("recalled to Moscow from
    Washington": the United States only)."""
    out = []
    for a in targets:
        country = place_country(doc, a.start) if a.actor is None and _from(doc, a.start, a.end) else None
        out.append(replace(a, actor=f"cty:{country}") if country is not None else a)
    return out


def _from(doc: Doc, start: int, end: int) -> bool:
    """Is the phrase at these offsets the object of "from" ("recalled from Paris"; not "to Algiers")?"""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.root.head.lower_ == "from"


__all__ = ["airspace", "destination", "posted_from"]
