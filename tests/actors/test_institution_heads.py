"""A name the model tagged ORG that ends in an institution's or business's head noun
(``institution_heads``: college, academy, school, hotel, market) stays an organization, as it
admits, expels and announces; one ending in a hospital's or a site's head is a facility."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.mark.parametrize(("text", "name"), [
    ("Concordia College said it would expel four students after the protest.", "Concordia College"),
    ("Westminster College announced on Monday that it would close its campus.", "Westminster College"),
    ("Trinity Academy admitted 40 refugee children this autumn.", "Trinity Academy"),
    ("The Venetian Hotel said it had laid off 300 workers.", "Venetian Hotel"),
])
def test_institution_stays_an_organization(nlp: Language, text: str, name: str) -> None:
    doc = nlp(text)
    assert [e.label_ for e in doc.ents if e.text.endswith(name)] == ["ORG"]
    mentions = doc._.mentions
    assert [m.actor for m in mentions if m.text == name] == [f"org:{name.lower().replace(' ', '-')}"]


def test_lexicon_institution_heads() -> None:
    from dateline.actors.lexicon import lexicon

    lex = lexicon()
    assert {"college", "academy", "school", "hotel", "market"} <= lex.institution_heads <= lex.facility_heads
    assert not {"hospital", "clinic", "mosque", "church"} & lex.institution_heads
