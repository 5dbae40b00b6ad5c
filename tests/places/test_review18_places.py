"""Review of session 18 (sentences of our own): officials in a town a hazard struck are its own
only where they are officials and the text names nothing abroad; "<name> County Council" is
England's, Wales' or Ireland's county's, no other nation's."""

from __future__ import annotations

from typing import Any

import pytest

_TORNADO = "A tornado tore through Paris, Texas, on Sunday. "


def _last(nlp: Any, text: str, name: str) -> Any:
    return [p for p in nlp(text)._.places if p.text == name][-1]


@pytest.mark.parametrize(("text", "name"), [
    (_TORNADO + "Ministers in Paris said aid would follow.", "Paris"),  # no town has ministers
    (_TORNADO + "The government in Paris said aid would follow.", "Paris"),
    (_TORNADO + "Officials in Paris said the French foreign minister would call.", "Paris"),  # abroad
    ("A storm hit Athens, Georgia, overnight. Officials in Athens said the Greek navy was ready.",
     "Athens"),
])
def test_a_states_body_or_a_demonym_abroad_keeps_the_capital(nlp: Any, text: str, name: str) -> None:
    assert _last(nlp, text, name).feature == "PPLC"


@pytest.mark.parametrize("text", [
    _TORNADO + "Federal officials in Paris said the shelters were full.",
    _TORNADO + "Officials in Paris said American volunteers had come.",  # a demonym at home
])
def test_officials_in_the_struck_town_stay_its_own(nlp: Any, text: str) -> None:
    assert _last(nlp, text, "Paris").country == "US"


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Orange County Council approved the budget.", "Orange County", "US"),  # not Orange, NSW's
    ("Kent County Council approved the budget.", "Kent County", "GB"),
    ("Cork County Council approved the plan.", "Cork", "IE"),
])
def test_a_county_council_is_a_british_or_irish_countys(nlp: Any, text: str, name: str, country: str
                                                         ) -> None:
    assert _last(nlp, text, name).country == country
