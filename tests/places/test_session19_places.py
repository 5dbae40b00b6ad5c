"""Session 19 (sentences of our own): a capital spelt without its accent is still the capital,
but its bonus does not beat a namesake town several times its size; an Irish council's county
by our "County <name>" alias; Northern Ireland's counties and Tipperary by "County <name>"; a
known foreign person is a sign of the world abroad; "Niger's government" is the country unless
the text is about the Nigerian state."""

from __future__ import annotations

from typing import Any

import pytest

from dateline import gazetteer
from dateline.places import resolve_spans
from tests.places.spans import spans as _spans


def _read(text: str, phrases: list[str], target: str, **kw: Any) -> tuple[str | None, str | None]:
    place = resolve_spans(text, _spans(text, phrases), gazetteer.load(), **kw)[phrases.index(target)]
    return place.country, place.feature


@pytest.mark.parametrize(("text", "phrases", "target", "country"), [
    # the capital, accent or none, against the text's other country
    ("Officials in Bogota said the aid from California had arrived.", ["Bogota", "California"],
     "Bogota", "CO"),
    ("Officials in Bogotá said the aid from California had arrived.", ["Bogotá", "California"],
     "Bogotá", "CO"),
    ("Officials in Brasilia said Texas beef was banned.", ["Brasilia", "Texas"], "Brasilia", "BR"),
    ("A man from Lome was held in Accra.", ["Lome", "Accra"], "Lome", "TG"),
    ("Officials in Yaounde said the road from Douala was closed.", ["Yaounde", "Douala"],
     "Yaounde", "CM"),
    ("Asuncion officials said the aid from Florida had arrived.", ["Asuncion", "Florida"],
     "Asuncion", "PY"),
    # near misses: the text backs the small namesake
    ("A storm hit Bogota, New Jersey, and Hackensack on Sunday.",
     ["Bogota", "New Jersey", "Hackensack"], "Bogota", "US"),
    ("Bogota police in Bergen County said a Teaneck man was held.",
     ["Bogota", "Bergen County", "Teaneck"], "Bogota", "US"),
    # a namesake three times the capital's size is what the bare name means ...
    ("Police in San Jose arrested a man on Tuesday.", ["San Jose"], "San Jose", "US"),
    ("Police in San Jose said the man from Oakland was held.", ["San Jose", "Oakland"],
     "San Jose", "US"),
    ("Police in San José said the man from Oakland was held.", ["San José", "Oakland"],
     "San José", "US"),
    # ... unless the text gives the capital's country
    ("Costa Rican police in San Jose arrested a man on Tuesday.", ["Costa Rican", "San Jose"],
     "San Jose", "CR"),
    ("The flight from San Jose, Costa Rica, landed in Miami.", ["San Jose", "Costa Rica", "Miami"],
     "San Jose", "CR"),
])
def test_an_accented_capital(text: str, phrases: list[str], target: str, country: str) -> None:
    assert _read(text, phrases, target)[0] == country


def test_the_capital_is_marked_whatever_its_accent() -> None:
    gaz = gazetteer.load()
    for name in ("Bogotá", "Brasília", "Yaoundé", "Reykjavík", "Asunción", "Lomé", "San José"):
        assert any(e.feature == "PPLC" for e in gaz.lookup(name)), name


@pytest.mark.parametrize(("text", "phrases", "target", "country", "feature"), [
    ("Wexford County Council approved the plan.", ["Wexford County"], "Wexford County", "IE", "ADM2"),
    ("Louth County Council said the road in Dundalk was closed.", ["Louth County", "Dundalk"],
     "Louth County", "IE", "ADM2"),
    ("Louth County Council met on Monday.", ["Louth County"], "Louth County", "IE", "ADM2"),
    ("Cavan County Council met on Monday.", ["Cavan County"], "Cavan County", "IE", "ADM2"),
    ("Longford County Council met on Monday.", ["Longford County"], "Longford County", "IE", "ADM2"),
    ("A farmer in County Antrim was hurt.", ["County Antrim"], "County Antrim", "GB", "ADM2"),
    ("A farmer in County Tyrone was hurt.", ["County Tyrone"], "County Tyrone", "GB", "ADM2"),
    ("A farmer from Co. Tyrone was hurt.", ["Tyrone"], "Tyrone", "GB", "ADM2"),
    ("Flooding hit County Tipperary.", ["County Tipperary"], "County Tipperary", "IE", "ADM2"),
    # near misses: Michigan's Wexford by its town; the bare names stay towns
    ("Police in Cadillac said Wexford County Council would meet.", ["Cadillac", "Wexford County"],
     "Wexford County", "US", "ADM2"),
    ("Police in Tyrone, Georgia, said a man was held.", ["Tyrone", "Georgia"], "Tyrone", "US", "PPL"),
    ("The Antrim man was fined in Belfast.", ["Antrim", "Belfast"], "Antrim", "GB", "PPL"),
])
def test_irish_counties(text: str, phrases: list[str], target: str, country: str,
                        feature: str) -> None:
    assert _read(text, phrases, target) == (country, feature)


_TORNADO = "A tornado hit Paris, Texas, on Sunday. Officials in Paris said "


@pytest.mark.parametrize(("rest", "people", "country"), [
    ("Macron would visit.", frozenset({"FR"}), "FR"),
    ("the shelters were full.", frozenset(), "US"),
    ("Biden would visit.", frozenset({"US"}), "US"),  # a person of the town's own country
])
def test_a_known_foreign_person_is_a_sign_abroad(rest: str, people: frozenset[str],
                                                 country: str) -> None:
    text = _TORNADO + rest
    assert _read(text, ["Paris", "Texas", "Paris"], "Texas", people=people)[0] == "US"
    place = resolve_spans(text, _spans(text, ["Paris", "Texas", "Paris"]), gazetteer.load(),
                          people=people)[2]
    assert place.country == country


@pytest.mark.parametrize(("rest", "country"), [
    ("Macron would visit.", "FR"),  # the actors know him as France's
    ("Governor Greg Abbott would visit.", "US"),
    ("the shelters were full.", "US"),
])
def test_the_actors_persons_reach_the_places(nlp: Any, rest: str, country: str) -> None:
    got = [p.country for p in nlp(_TORNADO + rest)._.places if p.text == "Paris"]
    assert got == ["US", country]


@pytest.mark.parametrize(("text", "country"), [
    ("Niger's government expelled the French ambassador on Monday.", "NE"),
    ("Niger's government said the flood in Niamey killed 20 people.", "NE"),
    # a text about the Nigerian state throughout: its government (session 17's pin)
    ("Bandits attacked a village near Minna. Niger's government paid the ransom.", "NG"),
])
def test_nigers_government(nlp: Any, text: str, country: str) -> None:
    assert [p.country for p in nlp(text)._.places if p.text == "Niger"][-1] == country
