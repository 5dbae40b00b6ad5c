"""A name the model tagged ORG that ends in an institution's or business's head noun
(``institution_heads``: college, academy, school, university) stays an organization, as it
admits, expels and announces; one ending in a hospital's, a hotel's or a site's head is a facility,
the body that runs it only where it speaks."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.mark.parametrize(("text", "name"), [
    ("Concordia College said it would expel four students after the protest.", "Concordia College"),
    ("Westminster College announced on Monday that it would close its campus.", "Westminster College"),
    ("Trinity Academy admitted 40 refugee children this autumn.", "Trinity Academy"),
])
def test_institution_stays_an_organization(nlp: Language, text: str, name: str) -> None:
    doc = nlp(text)
    assert [e.label_ for e in doc.ents if e.text.endswith(name)] == ["ORG"]
    mentions = doc._.mentions
    assert [m.actor for m in mentions if m.text == name] == [f"org:{name.lower().replace(' ', '-')}"]


def test_hotel_is_a_place_unless_it_speaks(nlp: Language) -> None:
    doc = nlp("The Venetian Hotel said it had laid off 300 workers.")
    assert [m.actor for m in doc._.mentions if m.text == "Venetian Hotel"] == ["org:venetian-hotel"]
    doc = nlp("Fighters stormed the Al-Amal Hotel on Tuesday.")  # a place: no actor
    assert [m.actor for m in doc._.mentions if "Hotel" in m.text] == []
