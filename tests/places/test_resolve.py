"""Resolution in context, on our own sentences (pure functions, no spaCy)."""

from __future__ import annotations

import pytest

from dateline import gazetteer
from dateline.places import distance_km, resolve_spans
from tests.places.spans import spans as _spans

CASES = [
    ("Paris is lovely in spring.", ["Paris"], "Paris", "FR"),
    ("The county fair in Paris, Texas, drew crowds.", ["Paris", "Texas"], "Paris", "US"),
    ("The county fair in Paris (Texas) drew crowds.", ["Paris", "Texas"], "Paris", "US"),
    ("Residents of Alexandria, La., cleaned up after the storm.", ["Alexandria"], "Alexandria", "US"),
    ("Ships docked at Alexandria on Egypt's Mediterranean coast.", ["Alexandria", "Egypt"],
     "Alexandria", "EG"),
    ("Israeli strikes hit Rafah in the southern Gaza Strip, near Khan Younis.",
     ["Rafah", "Gaza Strip", "Khan Younis"], "Rafah", "PS"),
    ("In Egypt, traders in Rafah and El Arish in North Sinai waited for trucks from Cairo.",
     ["Egypt", "Rafah", "El Arish", "Sinai", "Cairo"], "Rafah", "EG"),
    ("Storms moved from Atlanta to Savannah and across Georgia.",
     ["Atlanta", "Savannah", "Georgia"], "Georgia", "US"),
    ("Russian troops advanced from Tskhinvali towards Tbilisi, the capital of Georgia.",
     ["Tskhinvali", "Tbilisi", "Georgia"], "Georgia", "GE"),
    ("Police in London, Ontario, said the road near Toronto was closed.",
     ["London", "Ontario", "Toronto"], "London", "CA"),
    ("Qatari mediators met in Doha.", ["Qatari", "Doha"], "Qatari", "QA"),
    # co-location: the Paris that lies in the county named beside it
    ("Deputies from Paris and the Henry County sheriff searched the lake.",
     ["Paris", "Henry County"], "Paris", "US"),
    # a country in a comma list is not qualified by the next item
    ("Envoys from Turkey, Georgia, Iraq, Iran and Syria met.",
     ["Turkey", "Georgia", "Iraq", "Iran", "Syria"], "Iraq", "IQ"),
    ("Outbreaks were reported in Mexico, China and Japan.", ["Mexico", "China", "Japan"],
     "Mexico", "MX"),
    ("Flights from NY were delayed.", ["NY"], "NY", "US"),
    ("Voters in Ohio and Kentucky go to the polls.", ["Ohio", "Kentucky"], "Ohio", "US"),
    ("Rail strikes hit England and Wales.", ["England", "Wales"], "Wales", "GB"),
    ("The ship sailed for French Guiana.", ["French Guiana"], "French Guiana", "GF"),
]

STATE_CASES = [  # admin-1 agreement: the Springfield of the state named
    ("Lawmakers in Springfield passed the budget, the governor of Illinois said.",
     ["Springfield", "Illinois"], (39.80, -89.64)),
    ("Lawmakers in Springfield passed the budget, the governor of Massachusetts said.",
     ["Springfield", "Massachusetts"], (42.10, -72.59)),
]


@pytest.mark.parametrize(("text", "phrases", "point"), STATE_CASES)
def test_state_agreement(text: str, phrases: list[str], point: tuple[float, float]) -> None:
    town = resolve_spans(text, _spans(text, phrases), gazetteer.load())[0]
    assert town.lat is not None and town.lon is not None
    assert distance_km(town.lat, town.lon, *point) < 25, town



@pytest.mark.parametrize(("text", "phrases", "target", "country"), CASES)
def test_context_decides(text: str, phrases: list[str], target: str, country: str) -> None:
    places = resolve_spans(text, _spans(text, phrases), gazetteer.load())
    place = places[phrases.index(target)]
    assert place.country == country, place
    assert place.lat is not None and 0.0 < place.confidence <= 1.0


def test_unknown_place_stays_unresolved() -> None:
    text = "Aid reached Qxzvbrtl on Monday."
    (place,) = resolve_spans(text, _spans(text, ["Qxzvbrtl"]), gazetteer.load())
    assert place.lat is None and place.lon is None and place.confidence == 0.0
    assert (place.start, place.end, place.text) == (12, 20, "Qxzvbrtl")


def test_focus_from_the_dateline() -> None:
    text = "Crowds gathered in Alexandria."
    spans = _spans(text, ["Alexandria"])
    (plain,) = resolve_spans(text, spans, gazetteer.load())
    (focused,) = resolve_spans(text, spans, gazetteer.load(), focus="Washington")
    assert plain.country == "EG" and focused.country == "US"


def test_county_moves_to_its_local_town() -> None:
    text = "Deputies in Alexandria said Rapides Parish will reopen the road."
    alex, parish = resolve_spans(text, _spans(text, ["Alexandria", "Rapides Parish"]),
                                 gazetteer.load())
    assert alex.country == "US" and parish.feature == "ADM2"
    assert parish.lat is not None and parish.lon is not None and alex.lat is not None
    assert distance_km(parish.lat, parish.lon, 31.17, -92.48) < 50  # the parish, not Louisiana's middle


@pytest.mark.parametrize(("a", "b", "km"), [((0, 0), (0, 1), 111.2), ((51.5, -0.12), (48.86, 2.35), 342.2)])
def test_distance(a: tuple[float, float], b: tuple[float, float], km: float) -> None:
    assert distance_km(*a, *b) == pytest.approx(km, abs=1.0)


def test_a_known_town_inside_a_facility_name() -> None:
    text = "Paintings were stolen from the Vancouver Art Gallery overnight."
    (place,) = resolve_spans(text, _spans(text, ["Vancouver Art Gallery"]), gazetteer.load())
    assert place.country == "CA" and place.name == "Vancouver"


@pytest.mark.parametrize("fallback", [False, True])
def test_fallback_places_unknown_toponyms_at_the_nearest_town(fallback: bool) -> None:
    text = "Pupils of Qxzvbrtl Academy in Amarillo, Texas, won the prize."
    unknown, town, _ = resolve_spans(text, _spans(text, ["Qxzvbrtl", "Amarillo", "Texas"]),
                                     gazetteer.load(), fallback=fallback)
    if fallback:
        assert (unknown.lat, unknown.lon) == (town.lat, town.lon)
        assert unknown.confidence <= 0.05 and unknown.geonames_id is None
    else:
        assert unknown.lat is None and unknown.confidence == 0.0


@pytest.mark.parametrize(("surface", "country"), [("U.S.-led", "US"), ("Saudi-led", "SA"),
                                                  ("Iran-backed", "IR"), ("Syria's", "SY")])
def test_compounds_and_possessives(surface: str, country: str) -> None:
    text = f"The {surface} coalition met."
    (place,) = resolve_spans(text, _spans(text, [surface]), gazetteer.load())
    assert place.country == country


def test_one_sense_per_article() -> None:
    text = "Storms hit Paris, Texas, overnight. Paris police said roads in Paris were shut."
    places = resolve_spans(text, _spans(text, ["Paris", "Texas", "Paris", "Paris"]), gazetteer.load())
    assert [p.country for p in places] == ["US", "US", "US", "US"]


def test_same_key_different_candidates() -> None:
    text = "From L.A. to Alexandria, La., the storm moved east."
    la, alex, state = resolve_spans(text, _spans(text, ["L.A.", "Alexandria", "La."]), gazetteer.load())
    assert la.name == "Los Angeles" and state.name == "Louisiana" and alex.country == "US"


@pytest.mark.parametrize(
    ("text", "phrase", "point"),
    [
        # counties at their towns' median, not their state's centre
        ("Floods closed roads in Lamar County, Texas.", "Lamar County", (33.66, -95.57)),
        ("Deputies in Lamar County said the road was shut.", "Lamar", (33.66, -95.57)),
        ("Lamar and Fannin counties opened shelters near Paris, Texas.", "Lamar", (33.66, -95.57)),
        ("Fishermen on the Isle of Man waited; the ferry left Fife.", "Fife", (56.2, -3.2)),
        ("Snow fell across the Ural Mountains.", "Ural Mountains", (60.0, 60.0)),
        ("Oil tankers crossed Lake Ontario near Toronto.", "Lake Ontario", (43.7, -77.9)),
        ("Farmers in the Salinas Valley lost crops.", "Salinas Valley", (36.6, -121.6)),
        ("She flew from Sacramento, Calif, to Boise.", "Calif", (37.2, -119.5)),
    ],
)
def test_areas_at_their_points(text: str, phrase: str, point: tuple[float, float]) -> None:
    spans = _spans(text, [phrase])
    (place,) = resolve_spans(text, spans, gazetteer.load())
    assert place.lat is not None and place.lon is not None, place
    assert distance_km(place.lat, place.lon, *point) < 100, place


def test_colocated_town_and_county() -> None:
    text = "Henry County deputies and Paris police searched the lake."
    county, paris = resolve_spans(text, _spans(text, ["Henry County", "Paris"]), gazetteer.load())
    for place in (county, paris):
        assert place.lat is not None and place.lon is not None
        assert distance_km(place.lat, place.lon, 36.30, -88.33) < 50, place  # Paris, Tennessee


@pytest.mark.parametrize(("text", "phrases", "target", "feature"), [
    ("Rail strikes hit England and Wales.", ["England", "Wales"], "Wales", "ADM1"),
    ("Farmers in Kansas and Nebraska await rain.", ["Kansas", "Nebraska"], "Kansas", "ADM1"),
    ("Floods reached Ohio and Kentucky.", ["Ohio", "Kentucky"], "Ohio", "ADM1"),
    ("The cow came from a Washington state farm.", ["Washington"], "Washington", "ADM1"),
    ("It was found in the state of Washington.", ["Washington"], "Washington", "ADM1"),
    ("Talks resumed in Washington on Monday.", ["Washington"], "Washington", "PPLC"),
    ("Cases rose in Utah, Virginia, Washington, West Virginia and Wyoming.",
     ["Utah", "Virginia", "Washington", "West Virginia", "Wyoming"], "Washington", "ADM1"),
])
def test_a_state_name_is_the_state(text: str, phrases: list[str], target: str,
                                   feature: str) -> None:
    places = resolve_spans(text, _spans(text, phrases), gazetteer.load())
    assert places[phrases.index(target)].feature == feature, places


def test_a_former_name_far_from_the_story_stays_unresolved() -> None:
    """'Berea' is also Aleppo's ancient name: beside Kentucky towns it is no Syrian city."""
    text = "Crews from Berea joined firefighters from Richmond and Lexington, Ky."
    phrases = ["Berea", "Richmond", "Lexington", "Ky."]
    berea = resolve_spans(text, _spans(text, phrases), gazetteer.load())[0]
    assert berea.country != "SY", berea
