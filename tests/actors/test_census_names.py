"""Given names from the 1990 US Census (``actors.census``) on sentences of our own: a name the
hand list lacks makes a model body a person; common words, countries and companies stay."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dateline.actors.census import census_names
from dateline.actors.readings import readings
from tests.actors.test_conflict_news import by_text as _by_text


def test_the_census_list_keeps_names_and_drops_words() -> None:
    shares, places = census_names()
    assert {"Brett", "Carly"} <= readings().given_names
    assert not {"Will", "Grant", "Rose", "China", "May", "June", "Morgan", "Taylor"} & shares.keys()
    assert shares["Brett"] > 0.95 and shares["Carly"] < 0.05
    assert "Jordan" in readings().place_given_names and {"Georgia", "Israel"} <= places


@pytest.mark.parametrize(("text", "name"), [
    ("Brett Hartmann signed a new contract on Friday. Hartmann has said he must play every week.", "Hartmann"),
    ("Carly Fiorina toured a factory in Iowa. Fiorina said the economy needed help.", "Fiorina"),
])
def test_a_census_given_name_makes_a_person(nlp: Language, text: str, name: str) -> None:
    found = _by_text(nlp, text)
    assert found[name].startswith("per:")
    full = next(k for k in found if k.endswith(name) and k != name)
    assert found[full] == found[name]


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Walt Disney Co. reported higher profits. Disney said theme park visits rose.", "Disney", "org:"),
    ("Jordan said it would reopen its border crossing with Syria.", "Jordan", "cty:"),
    ("Morgan Stanley cut its forecast for oil prices on Tuesday.", "Morgan Stanley", "org:"),
    ("Georgia Power raised its rates for the second time this year.", "Georgia Power", "org:"),
])
def test_near_misses_stay_what_they_are(nlp: Language, text: str, name: str, kind: str) -> None:
    found = _by_text(nlp, text)
    assert not found.get(name, "").startswith("per:")
    if kind == "cty:":
        assert found[name].startswith(kind)
