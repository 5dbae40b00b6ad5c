"""Doc extensions: how dateline's components hand results to each other.

Each component writes its own attribute (a list of records from ``dateline.model``) and
reads what earlier ones wrote. Defaults are ``None`` (never a shared mutable list);
``records_of`` turns ``None`` into an empty tuple.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

#: attribute -> what it holds
DOC_ATTRS: dict[str, str] = {
    "article": "the CleanArticle the body came from (metadata, furniture), or None",
    "published": "publication date YYYY-MM-DD the time component anchors on, or None",
    "actors": "list[Actor] resolved in the article (actors component)",
    "mentions": "list[Mention] of actors (actors component)",
    "timexes": "list[Timex] (time component)",
    "places": "list[Place] (places component)",
    "quotes": "list[Quote] (quotes component)",
    "events": "list[Event] (events component)",
    "proposals": "list[Proposal] (negotiation component)",
    "stances": "list[Stance] (negotiation component)",
}


def register() -> None:
    """Register every ``doc._.`` attribute once; safe to call many times."""
    for name in DOC_ATTRS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def records_of(doc: Doc, name: str) -> tuple[Any, ...]:
    """The records a component stored on the doc, or () when it did not run."""
    value = getattr(doc._, name)
    return tuple(value) if value else ()


register()
