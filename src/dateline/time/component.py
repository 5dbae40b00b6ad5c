"""The ``dateline_time`` spaCy component: ``doc._.timexes`` from the parsed Doc."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dateline.nlp import extensions  # noqa: F401  (registers doc._ attributes)
from dateline.nlp.memo import text_of
from dateline.time.captions import caption_timexes
from dateline.time.extract import find_timexes


class TimeTagger:
    """Finds TIMEX3 expressions and resolves them against ``doc._.published``: the body's, then
    the captions' (``Timex.offsets_in`` ``"furniture:N"``; ``dateline.time.captions``)."""

    def __init__(self, name: str = "dateline_time") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        timexes = find_timexes(text_of(doc), doc._.published, doc)
        doc._.timexes = timexes + list(caption_timexes(doc._.article, doc._.published))
        return doc


@Language.factory(
    "dateline_time",
    requires=["token.pos", "token.dep"],
    assigns=["doc._.timexes"],
    default_config={},
)
def make_time_tagger(nlp: Language, name: str) -> TimeTagger:
    """Factory of ``dateline_time`` (registry name ``dateline.time.v1``)."""
    return TimeTagger(name)
