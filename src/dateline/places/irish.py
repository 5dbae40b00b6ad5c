"""Bare names of Irish counties in an Irish story ("Flooding hit Kerry and Clare", "Gardaí in
Kerry", "Homes in Westmeath and Kildare"), which the tagger leaves untagged or takes for persons
("Kerry", "Clare"). Found only where the story is Irish (``irish_story``: a word of the Irish
state, the word "County" or "Co." before an Irish county, or a tagged place or dateline that
names an Irish place first) and where the name stands as a place's (a preposition of place
before it, a hazard striking it, or a list after such a name); never inside a longer name or
a person's ("John Kerry", "Clare Smith", "Kildare Street"). The component keeps such a name
only where it reads as an Irish place (``component._keep``)."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from spacy.tokens import Doc

from dateline.gazetteer import Gazetteer
from dateline.places.cues import qualifier
from dateline.places.hazards import struck
from dateline.places.readings import candidates
from dateline.places.standing import LIST_JOIN, known_person

#: the Republic's 26 counties by their English names
COUNTIES = ("Carlow", "Cavan", "Clare", "Cork", "Donegal", "Dublin", "Galway", "Kerry", "Kildare",
            "Kilkenny", "Laois", "Leitrim", "Limerick", "Longford", "Louth", "Mayo", "Meath",
            "Monaghan", "Offaly", "Roscommon", "Sligo", "Tipperary", "Waterford", "Westmeath",
            "Wexford", "Wicklow")
_COUNTY = re.compile(rf"(?<![\w'’.-])(?:{'|'.join(COUNTIES)})(?![\w-])(?!\s+[A-Z])")
#: words of the Irish state and its bodies, and the word "County" before a county's name
_IRISH = re.compile(r"\b(?:Garda[ií]?|Taoiseach|T[aá]naiste|D[aá]il|Oireachtas|Met [EÉ]ireann|"
                    r"Fianna F[aá]il|Fine Gael|RT[EÉ]|(?:County|Co\.?)\s+(?:"
                    rf"{'|'.join(COUNTIES)}))\b")
#: a preposition of place right before the name
_PREP = re.compile(r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Ff]rom|[Oo]utside|[Aa]cross|[Aa]round|[Tt]hroughout|"
                   r"[Ii]nto)\s+$")  # not "of": "spoke of Clare"
_JOINED = re.compile(rf"{LIST_JOIN}$")


def irish_story(doc: Doc, gaz: Gazetteer, text: str, datelines: Iterable[tuple[str, int, int]]) -> bool:
    """Whether the story is Irish: a word of the Irish state ("Gardaí", "Taoiseach"), "County"
    before an Irish county's name, or one of the ``datelines`` (each a text and the place's span
    in it: the article's, the body's "DUBLIN —") or a tagged place that reads as an Irish place
    (``_reads_irish``), a county's name only where it names a town first ("Dublin"; not
    "Clare", a Michigan town too, nor "Kerry": the very names in question)."""
    if _IRISH.search(text):
        return True
    return any(_reads_irish(gaz, t, s, e) for t, s, e in datelines) or any(
        _reads_irish(gaz, text, e.start_char, e.end_char, e.text in COUNTIES)
        for e in doc.ents if e.label_ in ("GPE", "LOC"))


def _reads_irish(gaz: Gazetteer, text: str, start: int, end: int, county: bool = False) -> bool:
    """The name ``text[start:end]`` reads as an Irish place: by the area qualifying it where one
    follows ("DUBLIN, Ohio": not; "ENNIS, Ireland"), else by its likeliest (most populous) reading
    by its own name or our alias ("Ennis", "Tralee"), a town's where it is a ``county``'s name."""
    quals = qualifier(gaz, text, end, [])
    if quals:
        return quals[0].country == "IE"
    entries = [c.entry for c in candidates(gaz, text[start:end]) if c.via in ("name", "alias")]
    top = max(entries, key=lambda e: e.population, default=None)
    return top is not None and top.country == "IE" and not (county and top.feature == "ADM2")


def irish_counties(doc: Doc, gaz: Gazetteer, text: str, datelines: Iterable[tuple[str, int, int]],
                   surnames: Collection[str] = (),
                   held: Collection[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """The spans of the bare county names of an Irish story (see the module docstring): after a
    place's cue, or in a list after such a name or a tagged place no actor ``held``, whatever the
    actors read (``claims.released`` takes a person's mention back), but no name the text gives
    a person in full (``surnames``, ``standing.known_person``: "John Kerry ... in Kerry")."""
    found = list(_COUNTY.finditer(text))
    if not found or not irish_story(doc, gaz, text, datelines):
        return []
    out: list[tuple[int, int]] = []
    last = -1  # the end of the last name standing as a place
    for m in found:
        start, end = m.span()
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or any(t.ent_type_ and (t.ent_iob_ == "I" or t.i + 1 < len(doc)
                                                and doc[t.i + 1].ent_iob_ == "I") for t in span):
            continue  # inside a longer entity: "John Kerry", "Kerry Group"
        placed = _PREP.search(text, max(0, start - 12), start) is not None or struck(text, start)
        joined = last >= 0 and _JOINED.fullmatch(text, last, start) is not None
        if placed and m.group() not in surnames or joined and not known_person(text, start, end, surnames):
            out.append((start, end))  # a place's cue outweighs a famous bearer ("in Kerry": no per:john-kerry)
            last = end
        elif any(t.ent_type_ in ("GPE", "LOC") for t in span) and not any(s < end and start < e for s, e in held):
            last = end  # a tagged place opens a list ("to Cork and Kerry")
    return out


__all__ = ["COUNTIES", "irish_counties", "irish_story"]
