"""Actors: who is named in an article, resolved to canonical actors with type, country, sector and roles.

``resolve_actors(doc, corrector)`` is the pure entry point; the ``dateline_actors`` spaCy component
(``dateline.actors.component``) runs it after the model's ``ner`` and stores ``doc._.actors`` and
``doc._.mentions``. The dictionary (``load_dictionary``) is shipped package data plus user files.
"""

from __future__ import annotations

import logging

from dateline.actors.dictionary import (
    ActorDictionary,
    DictionaryError,
    Entry,
    Role,
    load_dictionary,
)

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = ["ActorDictionary", "DictionaryError", "Entry", "Role", "load_dictionary"]
