"""Towns qualified by a state or county after a comma (sentences of our own): a town of the
state's own name ("Washington, Iowa") lies in the qualifying state, not D.C.; an unknown town's
"Georgia" is the US state or the country by the article's context; a county named without its
state ("Springfield, Washington County") places no town where several states hold one."""

from __future__ import annotations

from typing import Any

import pytest


def _places(nlp: Any, text: str) -> dict[str, Any]:
    return {p.text: p for p in nlp(text)._.places}


@pytest.mark.parametrize(("text", "state_lat", "state_lon"), [
    ("Police in Washington, Iowa, said the fire was out.", 41.3, -91.69),
    ("A plant in Washington, Pennsylvania, will close.", 40.17, -80.25),
    ("The mayor of Washington, Pa., spoke on Monday.", 40.17, -80.25),
])
def test_town_named_like_a_state_in_its_qualifier(nlp: Any, text: str, state_lat: float,
                                                   state_lon: float) -> None:
    town = _places(nlp, text)["Washington"]
    assert town.feature.startswith("PPL") and town.feature != "PPLC"
    assert town.lat == pytest.approx(state_lat, abs=0.1)
    assert town.lon == pytest.approx(state_lon, abs=0.1)


@pytest.mark.parametrize("text", [
    "Storms hit Washington, Utah and Nevada on Monday.",
    "Storms hit Washington, Utah, and Nevada on Monday.",
])
def test_list_of_states_brings_back_no_town(nlp: Any, text: str) -> None:
    assert _places(nlp, text)["Washington"].lat > 38  # D.C. or the state, not Washington, Utah


def test_capital_stays_without_a_state(nlp: Any) -> None:
    got = _places(nlp, "Officials in Washington, D.C., said the plan was ready.")
    assert got["Washington"].feature == "PPLC"


@pytest.mark.parametrize("text", [
    "Fire crews in Zorbleton, Georgia, worked overnight.",
    "Fire crews in Zorbleton, Georgia, worked overnight, a spokesman in Atlanta said.",
])
def test_unknown_town_in_georgia_reads_the_state(nlp: Any, text: str) -> None:
    got = _places(nlp, text)["Georgia"]
    assert (got.country, got.feature) == ("US", "ADM1")


def test_unknown_town_in_georgia_beside_tbilisi(nlp: Any) -> None:
    got = _places(nlp, "Fire crews in Zorbleton, Georgia, worked overnight, officials in Tbilisi said.")
    assert (got["Georgia"].country, got["Georgia"].feature) == ("GE", "PCLI")


@pytest.mark.parametrize(("text", "country"), [
    ("A fire in Tbilisi, Georgia, spread quickly.", "GE"),
    ("The team played in Athens, Georgia, on Saturday.", "US"),
    ("Villagers in Zorbleton, Kenya, fled the floods.", "KE"),
])
def test_known_qualifiers_unchanged(nlp: Any, text: str, country: str) -> None:
    name = text.split(", ")[1]
    assert _places(nlp, text)[name].country == country


def test_county_without_state_places_no_town(nlp: Any) -> None:
    """The town alone by its people (Missouri's, 169,000; not Kentucky's, 3,000, nor Oregon's
    by the biggest Washington County's votes), and the county of its state."""
    got = _places(nlp, "A farmer near Springfield, Washington County, lost his barn.")
    town, county = got["Springfield"], got["Washington County"]
    assert (town.lat, town.lon) == pytest.approx((37.215, -93.298), abs=0.05)
    assert county.lat is not None and abs(county.lat - town.lat) < 1.5 and abs(county.lon - town.lon) < 3


def test_county_without_state_and_context(nlp: Any) -> None:
    got = _places(nlp, "A school in Springfield, Washington County, closed early, Louisville police said.")
    assert got["Springfield"].lat == pytest.approx(37.685, abs=0.05)  # Kentucky's, by Louisville


def test_one_county_holding_the_town_stays(nlp: Any) -> None:
    got = _places(nlp, "A school in Media, Delaware County, closed early.")
    assert got["Media"].lat == pytest.approx(39.92, abs=0.05)


@pytest.mark.parametrize("text", [
    "Hastings, Sussex, was flooded.",
    "Police in Hastings, Sussex, said the road was shut.",
    "In Hastings, Sussex, the sea wall gave way.",
    "He left on Monday. Hastings, Sussex, was flooded.",  # the word before closes a sentence
])
def test_town_and_its_county_are_places(nlp: Any, text: str) -> None:
    got = _places(nlp, text)
    assert (got["Hastings"].country, got["Sussex"].country) == ("GB", "GB")
    assert got["Sussex"].feature == "ADM2"


@pytest.mark.parametrize(("text", "names"), [
    ("Mayor Tom Hastings, Sussex, said the road was shut.", set()),  # a person's name part
    ("Smith, Jones, and Brown signed the letter.", set()),  # no town, no area
    ("He spoke to Dr. Hastings, Sussex, on Monday.", set()),  # a title's short form
    ("A letter from J. Hastings, Sussex, arrived.", set()),  # an initial
])
def test_no_pair_without_a_lone_town(nlp: Any, text: str, names: set[str]) -> None:
    assert {"Hastings", "Smith"} & set(_places(nlp, text)) == names


@pytest.mark.parametrize(("text", "country"), [
    ("Police in Durham, Durham, said a man from Raleigh was held.", "US"),
    ("Police in Durham, Durham, said a man from Sunderland was held.", "GB"),
    ("The mayor of Durham, Durham, spoke on Monday.", "GB"),  # a county without its word: England's
])
def test_durham_in_durham_by_context(nlp: Any, text: str, country: str) -> None:
    assert _places(nlp, text)["Durham"].country == country


def test_bare_name_after_its_qualified_mention_keeps_the_town(nlp: Any) -> None:
    text = "Police in Washington, Iowa, said the fire was out. Washington police later arrested a man."
    towns = [p for p in nlp(text)._.places if p.text == "Washington"]
    assert len(towns) == 2 and all(p.lat == pytest.approx(41.3, abs=0.1) for p in towns)


_IOWA = "Police in Washington, Iowa, said the fire was out. "


@pytest.mark.parametrize(("second", "capital"), [
    ("Lawmakers in Washington voted on the bill.", True),
    ("Officials in Washington said aid was coming.", True),
    ("Washington said it would send aid.", True),
    ("Congress met in Washington on Monday.", True),
    ("Washington police said a man was held.", False),  # the town's police
    ("Washington officials said the road would reopen.", False),  # as "Washington police"
    ("Residents in Washington voted on the levy.", False),  # no government's word
    ("City officials in Washington said the road was open.", False),  # the town's officials
    ("Officials said a fire in Washington destroyed a barn.", False),  # a clause they said
    ("Senators flew to Washington on Monday.", True),
])
def test_a_government_cue_keeps_the_capital(nlp: Any, second: str, capital: bool) -> None:
    """One sense per article brings "Washington, Iowa" back to a later bare "Washington",
    except where the name speaks for the government or its people act there."""
    towns = [p for p in nlp(_IOWA + second)._.places if p.text == "Washington"]
    assert towns[0].lat == pytest.approx(41.3, abs=0.1)
    assert (towns[1].feature == "PPLC") is capital
    assert capital or towns[1].lat == pytest.approx(41.3, abs=0.1)


@pytest.mark.parametrize(("text", "names"), [
    ("Flooding hit Sussex on Monday.", {"Sussex"}),
    ("Storms battered Cornwall and Devon overnight.", {"Cornwall", "Devon"}),
    ("Gales lashed Kent, Sussex and Essex, forecasters said.", {"Kent", "Sussex", "Essex"}),
])
def test_the_place_a_hazard_hits(nlp: Any, text: str, names: set[str]) -> None:
    got = _places(nlp, text)
    assert names <= set(got) and all(got[n].country == "GB" for n in names)


@pytest.mark.parametrize("text", [
    "The storm hit Smith hard, he said.",  # no place of the name
    "Flooding hit Sussex County Council offices.",  # an organisation's name
])
def test_no_place_a_hazard_hits(nlp: Any, text: str) -> None:
    assert not {"Smith", "Sussex"} & set(_places(nlp, text))


@pytest.mark.parametrize(("text", "name"), [
    ("Bill Clinton spoke on Monday. The storm hit Clinton hard, aides said.", "Clinton"),  # his surname
    ("A flu outbreak hit Chelsea before the match.", "Chelsea"),  # tagged ORG: the club
])
def test_hazard_hits_no_person_or_organisation(nlp: Any, text: str, name: str) -> None:
    assert name not in _places(nlp, text)


def test_qualified_mention_keeps_its_own_qualifier(nlp: Any) -> None:
    """One sense per article brings a qualifier's town back to bare mentions only: a later
    "Washington, D.C." stays the capital."""
    text = ("Police in Washington, Iowa, said the fire was out. "
            "The case drew notice in Washington, D.C., where lawmakers met.")
    towns = [p for p in nlp(text)._.places if p.text == "Washington"]
    assert towns[0].lat == pytest.approx(41.3, abs=0.1)
    assert towns[1].feature == "PPLC"


def test_a_listed_name_keeps_the_next_items_votes() -> None:
    """Only a county of several states unseats the votes of the name after a town; an item of
    a list whose next item was no qualifier keeps them (Georgia here weighs Turkey's votes)."""
    from dateline.gazetteer import load
    from dateline.places.readings import Weights
    from dateline.places.resolve import _mentions

    text = "Leaders of Armenia, Georgia, Turkey and Iran met."
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Armenia", "Georgia", "Turkey", "Iran")]
    mentions, *_ = _mentions(text, spans, load(), Weights())
    assert [m.unvoted for m in mentions] == [None] * 4


@pytest.mark.parametrize(("text", "name", "lat", "lon"), [
    # AP style closes a town's state with a comma before "and": still its qualifier
    ("Plants in Millbrook, Pennsylvania, and Albany will close.", "Millbrook", 40.76, -77.67),
    ("Storms hit Washington, Iowa, and Peoria, Illinois, on Monday.", "Washington", 41.3, -91.69),
])
def test_state_closed_by_a_comma_before_and_qualifies(nlp: Any, text: str, name: str, lat: float,
                                                       lon: float) -> None:
    got = _places(nlp, text)[name]
    assert (got.lat, got.lon) == pytest.approx((lat, lon), abs=0.1)
