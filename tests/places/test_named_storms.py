"""A named storm is a hazard's subject ("Storm Eunice battered Cornwall"): the place it hits is
read even where the tagger leaves it untagged or makes it a person, and the storm's own name is
no place ("Storm Florence" is not Florence, Italy). A team's or a group's word is no storm
("The Storm Team", "Storm Chasers"). Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language


def _places(nlp: Language, text: str) -> dict[str, Any]:
    return {p.text: p for p in nlp(text)._.places}


@pytest.mark.parametrize(("text", "names"), [
    ("Storm Eunice battered Cornwall and Devon.", {"Cornwall", "Devon"}),
    ("Storm Dennis hit Hastings on Sunday.", {"Hastings"}),
    ("Storm Ciara lashed Sussex overnight.", {"Sussex"}),
    ("Storm Florence hit Kent on Friday.", {"Kent"}),
    ("Gales eased on Monday. Storm Noah hit Kent again on Tuesday.", {"Kent"}),
    ("After Storm Dennis hit Hastings, the pier was closed.", {"Hastings"}),  # a conjunction first
    ("When Storm Eunice battered Cornwall, roofs were torn off.", {"Cornwall"}),
])
def test_named_storm_hits_a_place(nlp: Language, text: str, names: set[str]) -> None:
    got = _places(nlp, text)
    assert names <= set(got)
    assert all(got[n].country == "GB" for n in names)


@pytest.mark.parametrize("text", [
    "Storm Florence hit Kent on Friday.",
    "Hurricane Florence hit Wilmington on Friday.",
    "Residents fled as Hurricane Florence approached.",
    "Tropical Storm Florence flooded Lumberton.",
])
def test_storm_name_is_no_place(nlp: Language, text: str) -> None:
    assert not any("Florence" in name for name in _places(nlp, text))


@pytest.mark.parametrize(("text", "name"), [
    ("The Storm Team hit Devon with a late goal.", "Devon"),
    ("Seattle Storm Coach hit Sussex on the tour.", "Sussex"),
    ("Storm Chasers hit Cornwall every spring.", "Cornwall"),
])
def test_a_team_or_group_is_no_storm(nlp: Language, text: str, name: str) -> None:
    """None of these reads the name by the hazard's rule (the tagger's own reading aside)."""
    from dateline.gazetteer import load
    from dateline.places import hazards

    doc = nlp(text)
    start = text.index(name)
    assert (start, start + len(name)) not in hazards.hazard_places(doc, load(), text)
