"""Corrections of the model's entities by the dictionary, place names and the text itself."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dateline.actors.component import make_corrector


@pytest.fixture(scope="module")
def corrector(nlp):  # type: ignore[no-untyped-def]
    return make_corrector(nlp)


def ents_of(nlp, corrector, text: str, names: tuple[str, ...] = ()) -> dict[str, str]:  # type: ignore[no-untyped-def]
    doc = nlp.get_pipe("ner")(Doc(nlp.vocab, words=text.split()))
    return {e.text: e.label_ for e in corrector(doc, names)}


@pytest.mark.parametrize(("text", "names", "expected"), [
    ("Palestinians fled Khan Yunis on Sunday .", (), {"Khan Yunis": "GPE"}),
    ("Abu Zuhri told AFP the offer was an illusion .", (), {"AFP": "ORG"}),
    ("BRUSSELS 1996-08-30", (), {"BRUSSELS": "GPE"}),
    ("DUBLIN , Aug 18", (), {"DUBLIN": "GPE"}),
    ("Somerset 83 and 174", (), {"Somerset": "ORG"}),
    ("Israel 2 Spain 1", (), {"Israel": "GPE"}),
    ("\" Tarkovsky is now a hero , \" he said .", ("Ivan Tarkovsky",), {"Tarkovsky": "PERSON"}),
])
def test_corrected_entities(nlp, corrector, text, names, expected) -> None:  # type: ignore[no-untyped-def]
    ents = ents_of(nlp, corrector, text, names)
    for text, label in expected.items():
        assert ents.get(text) == label, ents


def test_numbers_are_cut_from_names(nlp, corrector) -> None:  # type: ignore[no-untyped-def]
    doc = Doc(nlp.vocab, words=["MOSCOW", "1996-08-30"])
    from spacy.tokens import Span

    doc.ents = [Span(doc, 0, 2, label="ORG")]
    assert [(e.text, e.label_) for e in corrector(doc)] == [("MOSCOW", "GPE")]


def forced(nlp, corrector, text: str, spans: list[tuple[int, int, str]],  # type: ignore[no-untyped-def]
           names: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """The corrector's entities for a doc on which the model's entities are set by hand."""
    from spacy.tokens import Span

    doc = Doc(nlp.vocab, words=text.split())
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in spans]
    return [(e.text, e.label_) for e in corrector(doc, names)]


@pytest.mark.parametrize(("text", "spans", "expected"), [
    # the model runs over a results line or an aside in brackets: two names
    ("Ostend 2 Harwick 1", [(0, 3, "ORG")], [("Ostend", "ORG"), ("Harwick", "ORG")]),
    ("Tomas Berdal ( Norway ) won", [(0, 4, "PERSON")], [("Tomas Berdal", "PERSON"), ("Norway", "GPE")]),
    # a preposition is never a name's last word
    ("rain at The Lords on Monday", [(2, 5, "FAC")], [("The Lords", "FAC")]),
    # time zones are not organizations
    ("talks start at 1400 GMT on Monday", [(4, 5, "ORG")], []),
    # a name ending in an organization's noun is an organization's
    ("shares in Lakeshore Savings Bank rose", [(2, 5, "PERSON")], [("Lakeshore Savings Bank", "ORG")]),
    ("settlers in the West Bank clashed", [(3, 5, "GPE")], [("West Bank", "GPE")]),  # a place, not a bank
    # a part in brackets stays only as a known name or town
    ("the Umma ( Nation ) party said", [(1, 4, "ORG")], [("Umma", "ORG")]),
    # an alias that is the name and a common noun is not searched for: the name is the entity
    ("the Likud party voted", [(1, 2, "ORG")], [("Likud", "ORG")]),
    # a "person" right after "group", "militia", "party" is the organization it names
    ("the militant group Jeysh Barre struck", [(3, 5, "PERSON")], [("Jeysh Barre", "ORG")]),
    # a "person" followed by a site noun is the site; a people's adjective before one stays a people
    ("troops held the Netzarim crossing", [(3, 4, "PERSON")], [("Netzarim crossing", "FAC")]),
    ("the Israeli settlement grew", [(1, 2, "NORP")], [("Israeli", "NORP")]),
    # a dictionary name the model read as a product or a number
    ("strikes hit three ISIL fighting positions", [(3, 4, "PRODUCT")], [("ISIL", "ORG")]),
    # a town after "near", "in", "outside" is the town, not an organization
    ("the convoy was ambushed near Baiji overnight", [(5, 6, "ORG")], [("Baiji", "GPE")]),
    ("shares in Toyota fell", [(2, 3, "ORG")], [("Toyota", "ORG")]),
    ("Toyota shares fell", [(0, 1, "ORG")], [("Toyota", "ORG")]),
    # a city the model took for a people; a party that shares a town's name stays a people
    ("the siege of eastern Aleppo ended", [(4, 5, "NORP")], [("Aleppo", "GPE")]),
    ("Liberal voters stayed home", [(0, 1, "NORP")], [("Liberal", "NORP")]),
    # initials and a surname are a person's name, tagged or not
    ("K. Marlowe bowled well", [(0, 2, "ORG")], [("K. Marlowe", "PERSON")]),
    ("a late catch by R. Okonjo ended it", [], [("R. Okonjo", "PERSON")]),
    # a big city the model took for an organization, when no score follows
    ("he landed at Lagos airport", [(3, 4, "ORG")], [("Lagos", "GPE")]),
    # a guess in a line of capitals that the dictionary does not know is dropped; a known name stays
    ("NATIONAL LEAGUE SCHEDULE FOR FRIDAY", [(2, 3, "ORG")], []),
    ("HAMAS SAYS TALKS ARE OVER", [(0, 1, "ORG")], [("HAMAS", "ORG")]),
    # a demonym in a line of capitals
    ("SOCCER - GERMAN CUP RESULTS", [], [("GERMAN", "NORP")]),
])
def test_model_slips_on_names(nlp, corrector, text, spans, expected) -> None:  # type: ignore[no-untyped-def]
    assert forced(nlp, corrector, text, spans) == expected


def test_initials_of_a_country_are_not_a_person(nlp, corrector) -> None:  # type: ignore[no-untyped-def]
    assert "PERSON" not in {label for _, label in forced(nlp, corrector, "the U.S. Army said", [])}


def test_a_person_named_in_full_is_not_a_city(nlp, corrector) -> None:  # type: ignore[no-untyped-def]
    """'Norman' is a city of 100,000 people, but after 'Greg Norman' it is him."""
    words = "Norman birdied the last hole"
    assert forced(nlp, corrector, words, [(0, 1, "PERSON")], ("Greg Norman",)) == [("Norman", "PERSON")]
    assert forced(nlp, corrector, words, [(0, 1, "PERSON")]) == [("Norman", "GPE")]


def test_home_nations_are_the_united_kingdom(corrector) -> None:  # type: ignore[no-untyped-def]
    for name in ("England", "Scotland", "Wales"):
        entry = corrector.dictionary.lookup(name)
        assert entry is not None and entry.id == "cty:GBR"
