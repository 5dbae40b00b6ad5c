"""Object pronouns (actors/pronouns.py) on our own sentences: "him"/"her" is never the subject of
its own clause, also through a relative "who" and the object of the verb's preposition."""

from __future__ import annotations

import pytest

from tests.actors.test_conflict_news import run


@pytest.mark.parametrize(("text", "pronoun", "expected"), [
    # "who" is the noun its clause modifies: "him" is not Blinken
    ("Blinken, who called him on Monday, urged Netanyahu to accept the deal.", "him", None),
    ("Lavrov spoke first. Blinken, who met him on Monday, urged a ceasefire.", "him", "per:sergei-lavrov"),
    # the object of the verb's preposition is an object too
    ("Blinken met Lavrov in Geneva and spoke with him for an hour.", "him", "per:sergei-lavrov"),
    ("Lavrov said Blinken had spoken with him.", "him", "per:sergei-lavrov"),
    # negatives: a place beside an object may be the subject's ("kept the boy with him"); the subject's
    # possessor is not the subject; a subject pronoun still takes the subject; a possessive is no object
    ("Lazaro Gonzalez kept the boy with him in Miami.", "him", "per:lazaro-gonzalez"),
    ("Netanyahu's aides cared for him after the surgery.", "him", "per:benjamin-netanyahu"),
    ("Blinken met Lavrov in Geneva, and he spoke for an hour.", "he", "per:antony-blinken"),
    ("Blinken met Lavrov in Geneva and spoke with his aides.", "his", "per:antony-blinken"),
])
def test_object_pronoun_excludes_its_clause_subject(nlp, text, pronoun, expected) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text, "2023-10-25")
    assert [m.actor for m in mentions if m.text == pronoun] == ([expected] if expected else [])
