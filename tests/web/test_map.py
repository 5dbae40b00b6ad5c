"""GET /map and the dashboard's map: an event sits where its own article resolved its place, so
two places of one name (Paris, France and Paris, Texas) get a marker and a count each. A real
SQLite store, a real uvicorn server, headless Chromium."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from web_helpers import Server, Watched, serve

from dateline.model import Actor, ArticleRecord, Event, Place, Published
from dateline.store import Store
from dateline.web import create_app, geo
from tests.store.test_place_entries import GAZA, article

FRANCE, TEXAS = 2988507, 4717560  # GeoNames ids of Paris, France and Paris, Texas


def paris(rid: str, body: str, country: str, lat: float, lon: float, geonames_id: int,
          triggers: tuple[str, ...]) -> ArticleRecord:
    """An article that resolved "Paris" to its own place, with an event at each trigger there
    and one event whose place ("Lyon") it resolved to nothing."""
    at = body.index("Paris")
    events = tuple(Event(f"{rid}-e{i}", "PROTEST", t, (0, len(body)), sources=("grp:farmers",),
                         place="Paris", date="2024-03-04", confidence=0.8) for i, t in enumerate(triggers))
    stray = Event(f"{rid}-lyon", "PROTEST", triggers[0], (0, len(body)), sources=("grp:farmers",),
                  place="Lyon", confidence=0.8)
    return ArticleRecord(id=rid, body=body, paragraphs=((0, len(body)),), title=f"Farmers in Paris, {country}",
                         published=Published("2024-03-05", "metadata"),
                         actors=(Actor("grp:farmers", "farmers", "group"),),
                         places=(Place(at, at + 5, "Paris", "Paris", country, lat, lon, geonames_id, 0.9, "P.PPL"),),
                         events=(*events, stray))


@pytest.fixture(scope="module")
def two_parises(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    store = Store(tmp_path_factory.mktemp("map") / "map.db")
    store.put([
        paris("aaaa0000paris0fr", "Farmers drove tractors into Paris on Monday and blocked the ring road; "
              "they marched again on Tuesday.", "FR", 48.8534, 2.3488, FRANCE, ("drove", "marched")),
        paris("bbbb0000paris0tx", "Cattle ranchers rallied outside the courthouse in Paris over water rights.",
              "US", 33.6609, -95.5555, TEXAS, ("rallied",)),
    ])
    for url in serve(create_app(store)):
        with httpx.Client(base_url=url, timeout=30) as client:
            yield Server(url, store, client)
    store.close()


def test_each_paris_counts_its_own_articles_events(two_parises: Server) -> None:
    response = two_parises.get("/map")
    assert response.status_code == 200, response.text
    body = response.json()
    counts = {(p["key"], p["name"], p["country"]): p["events"] for p in body["places"]}
    assert counts == {(str(FRANCE), "Paris", "FR"): 2, (str(TEXAS), "Paris", "US"): 1}  # was 3 and 3
    assert (body["events"], body["located"], body["truncated"]) == (5, 3, False)  # Lyon: nowhere


def test_the_map_follows_the_event_filters(two_parises: Server) -> None:
    body = two_parises.get("/map", since="2024-03-04", until="2024-03-04").json()
    assert {p["key"]: p["events"] for p in body["places"]} == {str(FRANCE): 2, str(TEXAS): 1}
    assert body["events"] == 3  # the undated Lyon events are left out
    filtered = two_parises.get("/map", actor="nobody").json()
    assert {p["key"]: p["events"] for p in filtered["places"]} == {str(FRANCE): 0, str(TEXAS): 0}
    assert two_parises.get("/map", sinse="2024").json()["error"]["code"] == "unknown_parameter"


def test_the_dashboard_draws_each_paris_with_its_count(browser: Any, two_parises: Server) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = Watched(context.new_page(), two_parises.url)
    try:
        page.open("")
        markers = page.page.eval_on_selector_all(
            "#map g.marker", "els => els.map(e => [e.dataset.key, e.dataset.place, e.dataset.events, "
            "e.classList.contains('has-events'), e.querySelector('title').textContent])")
        shown = {key: (place, int(n), ring) for key, place, n, ring, _ in markers}
        assert shown == {str(FRANCE): ("Paris", 2, True), str(TEXAS): ("Paris", 1, True)}
        titles = {key: title for key, *_, title in markers}
        assert "2 events here" in titles[str(FRANCE)] and "1 event here" in titles[str(TEXAS)]
        page.clean()
    finally:
        context.close()


def test_the_map_reads_places_in_one_query_not_one_per_event(two_parises: Server) -> None:
    statements: list[str] = []
    with two_parises.store.reading() as conn:
        conn.set_trace_callback(statements.append)
        try:
            body = geo.map_data(two_parises.store, {}, 5_000, 2_000)
        finally:
            conn.set_trace_callback(None)
    assert body["events"] == 5 and body["located"] == 3
    assert len([s for s in statements if "FROM places WHERE article_id" in s]) == 1  # was 5


def test_the_map_draws_the_most_covered_places_and_says_when_there_are_more(two_parises: Server) -> None:
    body = two_parises.get("/map").json()
    assert body["places_truncated"] is False
    one = geo.map_data(two_parises.store, {}, 5_000, 1)
    first = two_parises.get("/places", limit=1).json()["items"][0]
    assert [(p["name"], p["country"]) for p in one["places"]] == [(first["name"], first["country"])]
    assert one["places_truncated"] is True
    assert one["located"] == one["places"][0]["events"]  # events at places not read are not located


def test_an_article_naming_one_entry_two_ways_counts_once(tmp_path: Any) -> None:
    """One gazetteer entry stored under two names or feature codes is one marker whose
    ``articles`` counts each article once (the sum of the two rows counted this one twice)."""
    store = Store(tmp_path / "gaza.db")
    try:
        store.put([
            article("aaaa0000gaza0two", "Crowds filled Gaza on Monday; Gaza City's market reopened, "
                 "and the crossing at Rafah stayed shut, its queue reaching Rafah camp.",
                 ("Gaza", "Gaza", "P.PPLA", GAZA), ("Gaza City", "Gaza City", "P.PPL", GAZA),
                 ("Rafah", "Rafah", "P.PPL", None), ("Rafah camp", "Rafah", "P.PPLX", None)),
            article("bbbb0000gaza0one", "Fishermen in Gaza City waited for fuel.",
                 ("Gaza City", "Gaza City", "P.PPL", GAZA)),
        ])
        body = geo.map_data(store, {}, 5_000, 2_000)
        found = {p["key"]: (p["articles"], p["mentions"]) for p in body["places"]}
        assert found == {str(GAZA): (2, 3), "Rafah|PS": (1, 2)}  # were (3, 3) and (2, 2)
    finally:
        store.close()


def test_an_entry_counts_its_names_beyond_the_places_read(tmp_path: Any) -> None:
    """An entry whose second name ("Gaza City", named by one article) is less covered than
    another entry ("Rafah"): its marker's articles, mentions and words are the whole entry's, so
    it never shows more articles than mentions, and it is read as one place."""
    store = Store(tmp_path / "cut.db")
    try:
        store.put([article(f"aaaa0000gaza{i:04d}", "Crowds filled Gaza and Rafah on Monday.",
                        ("Gaza", "Gaza", "P.PPLA", GAZA), ("Rafah", "Rafah", "P.PPL", None)) for i in range(3)]
                  + [article("bbbb0000gazacity", "Fishermen in Gaza City waited for fuel.",
                          ("Gaza City", "Gaza City", "P.PPL", GAZA))])
        body = geo.map_data(store, {}, 5_000, 1)
        assert body["places_truncated"] is True
        (first,) = body["places"]
        assert (first["key"], first["articles"], first["mentions"]) == (str(GAZA), 4, 4)  # mentions was 3
        assert first["texts"] == ["Gaza", "Gaza City"] and first["names"] == ["Gaza", "Gaza City"]
        assert [p["key"] for p in geo.map_data(store, {}, 5_000, 2)["places"]] == [str(GAZA), "Rafah|PS"]
    finally:
        store.close()
