"""Attributions over a parsed Doc: direct, partial and reported speech, with cue and source spans.

Pure functions over a spaCy ``Doc`` (tokens, sentences, dependency parse). ``find_attributions``
returns ``Found`` items with character spans; ``dateline.quotes.records`` turns them into
``Quote`` records (speakers, medium, date, setting).
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.quotes.base import Found, State, speaker_of, subject_of
from dateline.quotes.direct import attribute_quotes
from dateline.quotes.lexicon import Lexicon, load_lexicon
from dateline.quotes.marks import quoted_spans
from dateline.quotes.reported import attribute_headlines, attribute_reported


def find_attributions(doc: Doc, lexicon: Lexicon | None = None) -> list[Found]:
    """Every attribution in ``doc``, in text order."""
    st = State(doc, lexicon or load_lexicon(), quoted_spans(doc.text))
    attribute_quotes(st)
    attribute_reported(st)
    attribute_headlines(st)
    kept = [f for f in st.found if "no_speaker" not in f.flags]  # quoted, but nobody is quoted
    return sorted(kept, key=lambda f: (f.outer[0], f.outer[1]))


__all__ = ["Found", "find_attributions", "speaker_of", "subject_of"]
