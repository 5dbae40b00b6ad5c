"""Who did what to whom: sources and targets of events, on sentences of our own."""

from __future__ import annotations

import pytest

from dateline.events import extract


def _event(nlp, text: str, type_: str):  # type: ignore[no-untyped-def]
    found = [f for f in extract(nlp(text)) if f.event.type == type_]
    assert found, f"no {type_} event in {text!r}"
    return found[0]


def _names(groups: tuple[tuple[str, ...], ...]) -> list[set[str]]:
    return [set(texts) for texts in groups]


@pytest.mark.parametrize(("text", "type_", "target"), [
    # the recipient of a promised act, not its object
    ("Japanese ministers agreed on Monday to provide 40 million dollars of aid for Kenya.", "AGREE", "Kenya"),
    ("Spain is ready to send 300 engineers to Mozambique.", "AGREE", "Mozambique"),
    # the act a promised act serves
    ("Canada is willing to send equipment to help defend Estonia.", "AGREE", "Estonia"),
    # the actor's own troops are not the target of their withdrawal
    ("Turkey says it is willing to withdraw its troops from northern Iraq.", "AGREE", "Iraq"),
])
def test_target_of_promised_act(nlp, text: str, type_: str, target: str) -> None:  # type: ignore[no-untyped-def]
    found = _event(nlp, text, type_)
    targets = _names(found.target_texts)
    assert any(target in texts for texts in targets), targets
    assert not any(any(t.startswith("its ") for t in texts) for texts in targets)


@pytest.mark.parametrize(("text", "type_", "source"), [
    # apposition: the title names the same person
    ("Maria Lopez, the Peruvian Foreign Minister, condemned the raid on the embassy.", "ACCUSE",
     "Peruvian Foreign Minister"),
    # members and gear of a body name the body
    ("Red Cross officials suspended aid deliveries in Kabul on Monday.", "SANCTION", "Red Cross"),
    ("Israeli army bulldozers demolished three houses in Jenin.", "COERCE", "Israeli army"),
    # the nationality that modifies a group
    ("Egyptian demonstrators rioted in Cairo on Friday.", "PROTEST", "Egyptian"),
    # a possessor keeps the possessed phrase
    ("Chile's deputy foreign minister visited Bolivia on Tuesday.", "CONSULT", "Chile's deputy foreign minister"),
])
def test_source_texts(nlp, text: str, type_: str, source: str) -> None:  # type: ignore[no-untyped-def]
    sources = _names(_event(nlp, text, type_).source_texts)
    assert any(source in texts for texts in sources), sources


def test_possessor_of_an_organisation_is_not_a_second_source(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _event(nlp, "Osama bin Laden's al-Qaeda network threatened to strike Spain.", "THREATEN")
    assert len(found.source_texts) == 1
    assert "Osama bin Laden's al-Qaeda" in found.source_texts[0]
