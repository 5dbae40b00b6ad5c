"""Works' titles the model took for names: "Peter Schweizer's book Clinton Cash, ..." names a
book, and so does "Clinton Cash" anywhere in the same article (the headline "Clinton Cash
Debunks Hillary"): one span of a work (WORK_OF_ART), no person and no organization.

A title is read only where a work's noun, written in lower case (no headline's capitals: "Novel
About Female Trader."), stands right before its capitalised words and punctuation right after
them: "the book Hillary Clinton wrote" names the writer, no title. Elsewhere the same words are
the work only where they are more than one word and no person's name the article or the
dictionary knows ("the documentary Navalny, ... Navalny died", "the book Vladimir Putin, ..."
leave the person) and no longer name holds them.
"""

from __future__ import annotations

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Span

from dateline.actors.dictionary import ActorDictionary
from dateline.actors.state import tokens_where

#: nouns of works whose titles follow them bare ("his book Clinton Cash", "the film Zero Dark Thirty.")
WORK_NOUNS = ("book", "memoir", "novel", "film", "movie", "documentary", "album")
MAX_TITLE = 5  # capitalised words in a title read so
NAMES = frozenset({"PERSON", "ORG"})  # the model's readings of a title mended here
TITLE = "title"  # the ``kb_id`` of the spans read so: no surname of the article's people lies in them


def work_titles(doc: Doc, ents: list[Span], dictionary: ActorDictionary) -> list[Span]:
    """``ents`` with the mentions of a title a work's noun introduces made one WORK_OF_ART span
    where the model read it as names, of people or bodies, or read nothing (the entities it
    overlaps dropped; none that runs past it, "Alexei Navalny" for "Navalny"): the
    one after the noun, and the others where the title is no person's name (see the module)."""
    titles = {(tok.i + 1, t) for tok in tokens_where(doc, LOWER, WORK_NOUNS) if (t := _title_after(doc, tok.i))}
    for at, title in titles:
        starts = [at] if _person_name(title, ents, dictionary) else _occurrences(doc, title)
        for start in starts:
            end = start + len(title)
            if any(e.label_ not in NAMES or e.start < start or e.end > end
                   for e in ents if e.start < end and e.end > start):
                continue  # the model read it otherwise ("the album American Idiot": a people's word)
            ents = [e for e in ents if e.end <= start or e.start >= end] + [
                Span(doc, start, end, label="WORK_OF_ART", kb_id=TITLE)]
    return sorted(ents, key=lambda s: s.start)


def _person_name(title: tuple[str, ...], ents: list[Span], dictionary: ActorDictionary) -> bool:
    """``title`` may be a person's name: one word (a bare surname, "Navalny", "Lincoln"), the
    dictionary's person, or the end of a longer one the article names ("Alexei Navalny")."""
    known = dictionary.lookup(" ".join(title))
    n = len(title)
    return n == 1 or known is not None and known.type == "person" or any(
        e.label_ == "PERSON" and len(e) > n and tuple(t.text for t in e[-n:]) == title for e in ents)


def _title_after(doc: Doc, i: int) -> tuple[str, ...] | None:
    """The capitalised words right after the work noun at ``i`` when punctuation or the text's end
    follows them ("book Clinton Cash,"), as a tuple of texts."""
    if not doc[i].is_lower or not doc[i].tag_.startswith("NN") and doc.has_annotation("TAG"):
        return None  # "Novel About Female Trader.": a headline's capitals; "to book Flights": a verb
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
