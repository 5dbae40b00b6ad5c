"""The gazetteer's fallback tier: US places only ZIP codes name (no spaCy)."""

from __future__ import annotations

import pytest

from dateline.places import gazetteer, resolve_spans
from dateline.places.geo import distance_km
from dateline.places.minor import MINOR_RIVAL, NEAR_KM, minor_index, rival

STATES = {"AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN",
          "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
          "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
          "VT", "VA", "WA", "WV", "WI", "WY"}


@pytest.fixture(scope="module")
def gaz() -> gazetteer.Gazetteer:
    return gazetteer.load()


def _spans(text: str, names: list[str]) -> list[tuple[int, int]]:
    out, at = [], 0
    for name in names:
        at = text.index(name, at)
        out.append((at, at + len(name)))
        at += len(name)
    return out


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
    assert {e.name for e in lakeville} == {"Conneaut", "Lakeville, Ohio"}


def test_hamlets_are_named_with_their_state_and_lie_in_the_us(gaz: gazetteer.Gazetteer) -> None:
    entries = {e for es in gaz.minor.values() for e in es}
    assert len(entries) > 10_000
    for e in entries:
        assert e.country == "US" and e.admin1 in STATES and e.geonames_id is None
        assert e.name.count(", ") >= 1 and e.feature == "PPL"
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


def test_malformed_row_names_the_file() -> None:
    with pytest.raises(ValueError, match="us_places.tsv"):
        minor_index([["OH", "Pleasant City"]], [], {}, {})


def test_counties_without_towns_get_a_point_of_their_own(gaz: gazetteer.Gazetteer) -> None:
    county = next(e for e in gaz.lookup("Bristol Bay Borough") if e.feature == "ADM2")
    state = gaz.state("US", "AK")
    assert state is not None and (county.lat, county.lon) != (state.lat, state.lon)
    assert distance_km(county.lat, county.lon, 58.73, -157.0) < 60  # Naknek / King Salmon
