"""Whether the words before a colon name a speaker ('Bush: “…”', 'Reid: ‘…’') or something
that is no speaker: a dateline ('Cairo: “…”'), a date, or a headline kicker ('Exclusive: ‘…’')."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from dateline.quotes.base import Found, State, char_span
from dateline.quotes.marks import QuotedSpan
from dateline.quotes.token_lookup import token_at, tokens_in

PLACE_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})
BIG_PLACE = frozenset({"PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL", "ADM1", "PPLC", "PPLA", "RGN",
                       "CONT"})
BIG_TOWN = 100_000  # a town this size, named exactly, is a dateline before a colon


def names_a_person(doc: Doc, toks: list[Token]) -> bool:
    """A PERSON entity, or an actors-component mention of a person, over the words."""
    if not toks:
        return False
    if any(t.ent_type_ == "PERSON" for t in toks):
        return True
    mentions = doc._.mentions if Doc.has_extension("mentions") else None
    if not mentions:
        return False
    actors = doc._.actors if Doc.has_extension("actors") else None
    kinds = {a.id: a.type for a in actors or ()}
    lo, hi = char_span(toks)
    return any(m.start < hi and lo < m.end and kinds.get(m.actor, m.actor.split(":")[0]) in ("person", "per")
               for m in mentions)


def named_elsewhere(doc: Doc, tok: Token) -> bool:
    """The word is a name elsewhere in the article ('Lopez: ‘…’' over a story about 'Mayor
    Ana Lopez'): a headline's surname the tagger took for a common noun."""
    return any(t.i != tok.i and t.text == tok.text and (
        t.pos_ == "PROPN" and t.ent_type_ not in PLACE_ENTS or names_a_person(doc, [t])) for t in doc)


def _resolved_place(doc: Doc, lo: int, hi: int) -> bool:
    places = doc._.places if Doc.has_extension("places") else None
    return any(p.offsets_in is None and p.start <= lo and hi <= p.end for p in places or ())


def _gazetteer_place(name: str) -> bool:
    """A country, first-level region, capital or big town of exactly this name."""
    try:
        from dateline.places import load_gazetteer
        gaz = load_gazetteer()
    except (ImportError, OSError):  # the places data is missing: no gazetteer evidence
        return False
    return any(e.name == name and (e.feature in BIG_PLACE or e.population >= BIG_TOWN)
               for e in gaz.lookup(name))


def names_no_speaker(st: State, toks: list[Token]) -> bool:
    """The label before a colon is a headline kicker, a place or a date, not a speaker's name
    ('Exclusive:', 'Cairo:', 'Monday:', 'From Rafah:'); a person's name wins over a place of the
    same name."""
    words = [t for t in toks if not t.is_punct and not t.is_space]
    if not words:
        return True
    lo, hi = char_span(words)
    if " ".join(t.lower_ for t in words) in st.lex.kickers or \
            " ".join(st.text[lo:hi].lower().replace("’", "'").split()) in st.lex.kickers:
        return True  # (also "Editor's note", tokenized 'Editor 's note')
    if words[0].pos_ == "ADP" and words[0].lower_ in ("from", "in", "at", "on", "inside"):
        return True  # 'From Rafah:', 'In Gaza:': where the words come from, no name
    if names_a_person(st.doc, words):
        return False
    names = [t for t in words if t.pos_ == "PROPN"] or words
    if all(t.ent_type_ in PLACE_ENTS for t in names):
        return True  # (but 'Rep. Smith (R-Ohio)' names a person with a place)
    return _resolved_place(st.doc, lo, hi) or _gazetteer_place(st.text[lo:hi])


_LEAD = re.compile(r"(?:^|[.?!][”\"’']*\s+|\n\s*|\s[-–—]\s+)(?:More from|From|Here[’']s|Here is)\s+"
                   r"([^.?!\n:]{1,60}):\s*$")
SOURCE_POS = frozenset({"NOUN", "PROPN", "PRON"})


def _lead(st: State, q: QuotedSpan) -> tuple[list[Token], Token] | None:
    """The words of a verbless lead before the quote's colon (up to a preposition) and the colon."""
    if not q.double:
        return None
    window = st.text[max(0, q.outer_start - 100): q.outer_start]
    m = _LEAD.search(window)
    if m is None:
        return None
    base = q.outer_start - len(window)
    toks = [t for t in tokens_in(st.doc, base + m.start(1), base + m.end(1)) if not t.is_space]
    if any(t.pos_ in ("VERB", "AUX") for t in toks):
        return None  # 'From the start he said:' is a frame of its own
    words: list[Token] = []
    for t in toks:
        if words and t.pos_ in ("ADP", "PUNCT"):
            break  # 'Clinton [in December 1992]'
        words.append(t)
    cue = token_at(st.doc, base + m.end(1))
    if cue is None or cue.text != ":" or cue.idx != base + m.end(1):
        return None
    return words, cue


def lead_label(st: State, q: QuotedSpan) -> Found | None:
    """'From the report: “…”', 'Here's Clinton in 1992: “…”', 'More from Jones: “…”': a sentence
    with no verb that says where the quote comes from labels it; its noun phrase (up to a
    preposition) is the source, the colon the cue (PolNeAR marks all 3 such quotes in the train
    subsets so, with these sources). Not a place, a date nor a locative noun ('From Gaza:')."""
    lead = _lead(st, q)
    if lead is None:
        return None
    words, cue = lead
    heads = [t for t in words if t.pos_ in SOURCE_POS]
    if not heads or not _names_a_source(st, words, heads[-1]):
        return None
    return Found((q.start, q.end), (q.outer_start, q.outer_end), "direct", (cue.idx, cue.idx + 1),
                 char_span(words), cue.i, heads[-1].i, q.flags)


def lead_names_no_source(st: State, q: QuotedSpan) -> bool:
    """A verbless lead that names a place, a date or a locative noun ('From Gaza: “…”',
    "Here's the thing: “…”"): it labels the quote with no speaker, nor is it a transcript's."""
    lead = _lead(st, q)
    return lead is not None and lead_label(st, q) is None


#: heads of a lead that name where or when, or the text's own parts, not who: 'From the ground:',
#: 'From the sidelines of the summit:', "Here's Tuesday's schedule:", "Here's the thing:"
NO_SOURCE_HEADS = frozenset({
    "ground", "sideline", "sidelines", "scene", "field", "front", "frontline", "frontlines", "line",
    "lines", "street", "streets", "region", "area", "border", "city", "town", "village", "camp",
    "schedule", "agenda", "timeline", "thing", "point", "story", "deal", "bottom", "gist", "latest",
    "day", "week", "month", "year", "morning", "afternoon", "evening", "night", "start", "outset",
    "beginning", "end", "top", "inside", "outside", "air", "sea", "north", "south", "east", "west",
})


def _names_a_source(st: State, words: list[Token], head: Token) -> bool:
    """The lead's noun phrase names who or what said it, not a place, a date or a locative or
    structural noun ('From Gaza:', 'From Monday:', 'From the ground:', "Here's the thing:")."""
    if names_a_person(st.doc, words):
        return True
    if head.pos_ != "PROPN" and head.lower_ in NO_SOURCE_HEADS:
        return False
    return not names_no_speaker(st, words)


__all__ = ["lead_label", "lead_names_no_source", "named_elsewhere", "names_a_person", "names_no_speaker"]
