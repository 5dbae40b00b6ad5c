"""Works' titles the model took for names: "Peter Schweizer's book Clinton Cash, ..." names a
book, and so does "Clinton Cash" anywhere in the same article (the headline "Clinton Cash
Debunks Hillary"): one span of a work (WORK_OF_ART), no person and no organization.

A title is read only where a work's noun stands right before its capitalised words and
punctuation right after them: "the book Hillary Clinton wrote" names the writer, no title.
"""

from __future__ import annotations

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Span

from dateline.actors.state import tokens_where

#: nouns of works whose titles follow them bare ("his book Clinton Cash", "the film Zero Dark Thirty.")
WORK_NOUNS = ("book", "memoir", "novel", "film", "movie", "documentary", "album")
MAX_TITLE = 5  # capitalised words in a title read so
NAMES = frozenset({"PERSON", "ORG"})  # the model's readings of a title mended here
TITLE = "title"  # the ``kb_id`` of the spans read so: no surname of the article's people lies in them


def work_titles(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with every mention of a title a work's noun introduces made one WORK_OF_ART span
    where the model read it as names, of people or bodies (the entities it overlaps dropped)."""
    titles = {t for tok in tokens_where(doc, LOWER, WORK_NOUNS) if (t := _title_after(doc, tok.i))}
    if not titles:
        return ents
    for title in titles:
        for start in _occurrences(doc, title):
            end = start + len(title)
            if any(e.label_ not in NAMES for e in ents if e.start < end and e.end > start):
                continue  # the model read it otherwise ("the album American Idiot": a people's word)
            ents = [e for e in ents if e.end <= start or e.start >= end] + [
                Span(doc, start, end, label="WORK_OF_ART", kb_id=TITLE)]
    return sorted(ents, key=lambda s: s.start)


def _title_after(doc: Doc, i: int) -> tuple[str, ...] | None:
    """The capitalised words right after the work noun at ``i`` when punctuation or the text's end
    follows them ("book Clinton Cash,"), as a tuple of texts."""
    if not doc[i].tag_.startswith("NN") and doc.has_annotation("TAG"):
        return None  # "to book Flights": a verb
    end = i + 1
    while end < len(doc) and end - i <= MAX_TITLE and doc[end].is_title and doc[end].is_alpha:
        end += 1
    if end == i + 1 or end - i > MAX_TITLE or end < len(doc) and not doc[end].is_punct:
        return None
    return tuple(t.text for t in doc[i + 1:end])


def _occurrences(doc: Doc, title: tuple[str, ...]) -> list[int]:
    """Token offsets where the words of ``title`` stand in a row."""
    n = len(title)
    return [t.i for t in tokens_where(doc, ORTH, title[:1]) if tuple(x.text for x in doc[t.i:t.i + n]) == title]


__all__ = ["TITLE", "WORK_NOUNS", "work_titles"]
