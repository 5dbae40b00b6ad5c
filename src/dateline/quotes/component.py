"""The ``dateline_quotes`` spaCy component: ``doc._.quotes`` from the parsed Doc.

Runs after actors and time (it reads ``doc._.mentions``, ``doc._.actors`` and ``doc._.timexes``
when those components ran, and degrades gracefully when they did not).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dateline.model import Quote
from dateline.nlp import extensions  # noqa: F401  (registers doc._ attributes)
from dateline.quotes.extract import find_attributions
from dateline.quotes.lexicon import Lexicon, load_lexicon
from dateline.quotes.records import to_quotes


def extract_quotes(doc: Doc, lexicon: Lexicon | None = None) -> list[Quote]:
    """Every attribution of a parsed ``doc`` as ``Quote`` records, in text order."""
    lex = lexicon or load_lexicon()
    return to_quotes(doc, find_attributions(doc, lex), lex)


class QuoteFinder:
    """Finds direct, partial and reported speech and who said it."""

    def __init__(self, name: str = "dateline_quotes", lexicon: str | None = None) -> None:
        self.name = name
        self.lexicon = load_lexicon(lexicon)

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = extract_quotes(doc, self.lexicon)
        return doc


@Language.factory(
    "dateline_quotes",
    requires=["token.dep", "token.lemma", "token.pos"],
    assigns=["doc._.quotes"],
    default_config={"lexicon": None},
)
def make_quote_finder(nlp: Language, name: str, lexicon: str | None) -> QuoteFinder:
    """Factory of ``dateline_quotes`` (registry name ``dateline.quotes.v1``); ``lexicon`` is an
    optional path to a cue lexicon JSON replacing the packaged one."""
    return QuoteFinder(name, lexicon)
