"""Attributions over a parsed Doc: direct, partial and reported speech, with cue and source spans.

Pure functions over a spaCy ``Doc`` (tokens, sentences, dependency parse). ``find_attributions``
returns ``Found`` items with character spans; ``dateline.quotes.records`` turns them into
``Quote`` records (speakers, medium, date, setting).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from dateline.quotes.base import Found, State, speaker_of, subject_of
from dateline.quotes.direct import attribute_quotes
from dateline.quotes.lexicon import Lexicon, load_lexicon
from dateline.quotes.marks import QuotedSpan, quoted_spans
from dateline.quotes.reported import attribute_headlines, attribute_reported


def find_attributions(doc: Doc, lexicon: Lexicon | None = None) -> list[Found]:
    """Every attribution in ``doc``, in text order."""
    st = State(doc, lexicon or load_lexicon(), quoted_spans(doc.text))
    attribute_quotes(st)
    attribute_reported(st)
    attribute_headlines(st)
    kept = [_whole_quotes(f, st.quotes) for f in st.found if "no_speaker" not in f.flags]
    return sorted(kept, key=lambda f: (f.outer[0], f.outer[1]))


def _whole_quotes(f: Found, quotes: list[QuotedSpan]) -> Found:
    """Reported speech never cuts a quoted span: a content that starts before a quote and ends
    inside it ('says “the game is soft]].”') takes in the closing mark; one that starts inside a
    quote and runs past it takes in the opening mark."""
    if f.kind == "direct":
        return f
    a, b = f.content
    for q in quotes:
        if a <= q.outer_start < b < q.outer_end:
            b = q.outer_end
        if q.outer_start < a < q.outer_end <= b:
            a = q.outer_start
    if (a, b) == f.content:
        return f
    return replace(f, content=(a, b), outer=(min(a, f.outer[0]), max(b, f.outer[1])))


__all__ = ["Found", "find_attributions", "speaker_of", "subject_of"]
