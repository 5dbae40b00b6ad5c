"""The gazetteer's fallback tier: US places only ZIP codes name (no spaCy)."""

from __future__ import annotations

import pytest

from dateline import gazetteer
from dateline.gazetteer.geo import distance_km
from dateline.gazetteer.minor import MINOR_RIVAL, NEAR_KM, US_STATES, minor_index, rival, usps_name
from dateline.places import resolve_spans
from tests.places.spans import spans as _spans


@pytest.fixture(scope="module")
def gaz() -> gazetteer.Gazetteer:
    return gazetteer.load()


@pytest.mark.parametrize(
    ("name", "state", "lat", "lon"),
    [
        ("Pleasant City", "OH", 39.90, -81.55),  # a village of some 400 people
        ("Ten Mile", "TN", 35.67, -84.66),
        ("Readington", "NJ", 40.57, -74.74),  # a township
        ("Harbor City", "CA", 33.79, -118.30),  # a Los Angeles neighbourhood
        ("McLean", "NY", 42.55, -76.28),  # USPS writes "Mc Lean"
    ],
)
def test_zip_places_reach_hamlets_cities500_lacks(gaz: gazetteer.Gazetteer, name: str, state: str,
                                                  lat: float, lon: float) -> None:
    found = [e for e in gaz.lookup(name) if (e.country, e.admin1) == ("US", state)]
    assert found, f"{name} ({state}) not found"
    assert min(distance_km(e.lat, e.lon, lat, lon) for e in found) < 25


def test_fallback_tier_stays_out_of_the_entries(gaz: gazetteer.Gazetteer) -> None:
    k = gazetteer.key("Pleasant City")
    assert gaz.minor[k]
    assert all(e.country != "US" or e.admin1 != "OH" for e in (gaz.entries[i] for i in gaz.index.get(k, ())))


@pytest.mark.parametrize("name", ["Canada", "Georgia", "Europe", "Mexico", "Kansas", "Pacific"])
def test_countries_states_and_areas_reach_no_hamlet(gaz: gazetteer.Gazetteer, name: str) -> None:
    assert gazetteer.key(name) not in gaz.minor


def test_no_hamlet_duplicates_a_town_of_its_state(gaz: gazetteer.Gazetteer) -> None:
    """Not a town's own name in the same state, nor its alternate name close by; an alternate
    name far off is a namesake ("Lakeville", an old name of Conneaut, Ohio, 200 km away)."""
    clashes = []
    for k, hamlets in gaz.minor.items():
        towns = [e for e in (gaz.entries[i] for i in gaz.index.get(k, ()))
                 if e.country == "US" and e.feature.startswith("PPL")]
        for h in hamlets:
            clashes += [(h.name, t.name) for t in towns if t.admin1 == h.admin1 and (
                gazetteer.key(t.name) == k or distance_km(h.lat, h.lon, t.lat, t.lon) < NEAR_KM)]
    assert clashes == []
    lakeville = [e for e in gaz.lookup("Lakeville") if e.admin1 == "OH"]
    assert {e.name for e in lakeville} == {"Conneaut", "Lakeville"}


def test_hamlets_are_named_as_places_and_lie_in_their_state(gaz: gazetteer.Gazetteer) -> None:
    """The name is the place's own, as every other record's ("Pleasant City"); the state is
    ``admin1``. No USPS facility's or base's form."""
    entries = {e for es in gaz.minor.values() for e in es}
    assert len(entries) > 10_000
    for e in entries:
        assert e.country == "US" and e.admin1 in US_STATES and e.geonames_id is None
        assert ", " not in e.name and e.feature == "PPL"
        assert usps_name(e.name) == e.name, e.name
        assert 18 < e.lat < 72 and (-180 < e.lon < -64 or e.lon > 170)


@pytest.mark.parametrize(
    ("text", "names", "target", "point"),
    [
        ("Volunteer firefighters from Pleasant City and Byesville put out a barn fire in "
         "Guernsey County, Ohio, on Sunday.",
         ["Pleasant City", "Byesville", "Guernsey County", "Ohio"], "Pleasant City", (39.90, -81.55)),
        ("NELSON, Minn. -- The township board met in Nelson on Tuesday, a short drive from "
         "Alexandria.", ["NELSON", "Minn.", "Nelson", "Alexandria"], "Nelson", (45.89, -95.26)),
    ],
)
def test_context_picks_the_hamlet_with_low_confidence(gaz: gazetteer.Gazetteer, text: str,
                                                      names: list[str], target: str,
                                                      point: tuple[float, float]) -> None:
    places = resolve_spans(text, _spans(text, names), gaz)
    place = places[names.index(target)]
    assert place.lat is not None and place.lon is not None
    assert distance_km(place.lat, place.lon, *point) < 25
    assert place.confidence < 0.35  # a hamlet is never a confident reading


@pytest.mark.parametrize(
    ("text", "names", "target", "country", "point"),
    [
        # ordinary names stay the big cities' even beside a state with a hamlet of the name
        ("Atlanta and Boise drew the most visitors, the Idaho tourism office said.",
         ["Atlanta", "Boise", "Idaho"], "Atlanta", "US", (33.75, -84.39)),
        ("Officials in Canada and Kentucky signed the trade agreement.",
         ["Canada", "Kentucky"], "Canada", "CA", None),
        ("The delegation flew from Paris to Lyon and then to Marseille.",
         ["Paris", "Lyon", "Marseille"], "Paris", "FR", (48.85, 2.35)),
    ],
)
def test_hamlets_do_not_steal_ordinary_names(gaz: gazetteer.Gazetteer, text: str, names: list[str],
                                             target: str, country: str,
                                             point: tuple[float, float] | None) -> None:
    place = resolve_spans(text, _spans(text, names), gaz)[names.index(target)]
    assert place.country == country
    if point is not None:
        assert place.lat is not None and place.lon is not None
        assert distance_km(place.lat, place.lon, *point) < 50


def test_a_far_hamlet_without_support_stays_unresolved(gaz: gazetteer.Gazetteer) -> None:
    text = ("The fund bought apartment blocks in Orlando and Fort Lauderdale, Florida, and plans a "
            "third near Sears.")
    names = ["Orlando", "Fort Lauderdale", "Florida", "Sears"]
    sears = resolve_spans(text, _spans(text, names), gaz)[-1]
    assert sears.lat is None and sears.confidence == 0.0  # not the Michigan hamlet, 1,900 km off


def test_rival_is_a_country_a_state_an_area_or_a_big_town(gaz: gazetteer.Gazetteer) -> None:
    assert rival(gaz.lookup("Canada")[0])
    assert any(rival(e) for e in gaz.lookup("Georgia") if e.feature == "ADM1")
    assert not any(rival(e) for e in gaz.lookup("Byesville"))
    assert any(e.population >= MINOR_RIVAL for e in gaz.lookup("Chicago"))


@pytest.mark.parametrize(("row", "message"), [
    (["OH", "Pleasant City"], "row 1: expected state"),
    (["OH", "Pleasant City", "39.9", "west", "1"], "row 1: .*decimal degrees"),
    (["OH", "Pleasant City", "39.9", "-81.5", "two"], "row 1: .*a count"),
])
def test_malformed_row_names_the_file_and_row(row: list[str], message: str) -> None:
    with pytest.raises(ValueError, match=f"us_places.tsv: {message}"):
        minor_index([row], [], {})


@pytest.mark.parametrize(("usps", "name"), [
    ("O Fallon", "O'Fallon"),
    ("Coeur D Alene", "Coeur D'Alene"),
    ("Mcchord AFB", "McChord AFB"),
    ("S Coffeyville", "South Coffeyville"),
    ("Southeastern", None),  # a USPS facility, not a place
    ("North Metro", None),
    ("Jbsa Lackland", None),
    ("Cook Sta", None),
    # left as they are
    ("Mary D", "Mary D"),
    ("Round O", "Round O"),
    ("Pleasant City", "Pleasant City"),
    ("Mc Lean", "Mc Lean"),
])
def test_usps_forms_read_as_prose_writes_them(usps: str, name: str | None) -> None:
    assert usps_name(usps) == name


@pytest.mark.parametrize(("usps", "name"), [("O Fallon", "O'Fallon"), ("Coeur D Alene", "Coeur d'Alene")])
def test_usps_spellings_of_towns_add_no_hamlet(gaz: gazetteer.Gazetteer, usps: str, name: str) -> None:
    """The USPS spelling is the cities500 town's: no second, hamlet reading of it."""
    assert gazetteer.key(usps) not in gaz.minor
    assert not [e for e in gaz.lookup(name) if e.geonames_id is None and e.feature == "PPL"]


@pytest.mark.parametrize(
    ("text", "names", "target"),
    [
        # no qualifier, no state named, no town near: a word, a surname, a nickname
        ("Riots erupted in Watts in 1965, and the city never forgot.", ["Watts"], "Watts"),
        ("Costa reported from Washington.", ["Costa", "Washington"], "Costa"),
        ("The leak became the campaign's Achilles' heel.", ["Achilles"], "Achilles"),
        ("The hotel stood in the middle of Hundred, far from the sea.", ["Hundred"], "Hundred"),
        # a name read after dropping " State": a state's nickname
        ("Trump rallied supporters in the Green Mountain State.", ["Green Mountain State"],
         "Green Mountain State"),
        # the state named elsewhere is another state: no evidence for a Virginia hamlet
        ("Achilles crossed from Ohio into Indiana on foot.", ["Achilles", "Ohio", "Indiana"],
         "Achilles"),
    ],
)
def test_a_hamlet_without_evidence_stays_unresolved(gaz: gazetteer.Gazetteer, text: str,
                                                    names: list[str], target: str) -> None:
    place = resolve_spans(text, _spans(text, names), gaz)[names.index(target)]
    assert place.lat is None and place.confidence == 0.0


@pytest.mark.parametrize(
    ("text", "names", "target", "state"),
    [
        ("Volunteers from Ashton, Md., cleaned the riverbank.", ["Ashton", "Md."], "Ashton", "MD"),
        ("Planes landed at Teterboro, N.J., after the storm.", ["Teterboro", "N.J."], "Teterboro",
         "NJ"),
        ("The California town of Rio Nido flooded again on Sunday.", ["California", "Rio Nido"],
         "Rio Nido", "CA"),
    ],
)
def test_a_hamlet_with_evidence_is_read(gaz: gazetteer.Gazetteer, text: str, names: list[str],
                                        target: str, state: str) -> None:
    place = resolve_spans(text, _spans(text, names), gaz)[names.index(target)]
    assert place.lat is not None and place.lon is not None and place.name == target
    found = [e for e in gaz.lookup(target) if e.admin1 == state]
    assert found and min(distance_km(place.lat, place.lon, e.lat, e.lon) for e in found) < 1


def test_counties_without_towns_get_a_point_of_their_own(gaz: gazetteer.Gazetteer) -> None:
    county = next(e for e in gaz.lookup("Bristol Bay Borough") if e.feature == "ADM2")
    state = gaz.state("US", "AK")
    assert state is not None and (county.lat, county.lon) != (state.lat, state.lon)
    assert distance_km(county.lat, county.lon, 58.73, -157.0) < 60  # Naknek / King Salmon
