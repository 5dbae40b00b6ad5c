"""The HTTP API against a real uvicorn server on a loopback port, over a real database."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from web_helpers import TOKEN, Server, serve

from dateline.store import Store
from dateline.web import WebOptions, create_app
from dateline.web.paging import MAX_PAGE

LISTS = ["/articles", "/events", "/quotes", "/actors", "/places", "/timeline"]


def assert_error(response: httpx.Response, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}, body
    assert body["error"]["code"] == code, body
    assert body["error"]["message"]
    assert "Traceback" not in response.text and 'File "' not in response.text


@pytest.mark.parametrize("path", LISTS)
def test_lists_are_pages(server: Server, path: str) -> None:
    body = server.get(path, limit=3).json()
    assert set(body) == {"items", "limit", "offset", "next_offset", "truncated"}
    assert body["limit"] == 3 and body["offset"] == 0
    assert 1 <= len(body["items"]) <= 3
    assert body["next_offset"] == 3


@pytest.mark.parametrize("path", ["/events", "/quotes", "/articles"])
def test_pages_follow_on(server: Server, path: str) -> None:
    first = server.get(path, limit=4).json()
    second = server.get(path, limit=4, offset=first["next_offset"]).json()
    both = server.get(path, limit=8).json()
    assert first["items"] + second["items"] == both["items"]


def test_last_page_has_no_next(server: Server) -> None:
    total = server.store.counts()["articles"]
    body = server.get("/articles", limit=MAX_PAGE).json()
    assert len(body["items"]) == total and body["next_offset"] is None
    assert server.get("/articles", offset=total).json()["items"] == []


@pytest.mark.parametrize(("params", "code"), [
    ({"limit": MAX_PAGE + 1}, "invalid_request"),
    ({"limit": 0}, "invalid_request"),
    ({"limit": "ten"}, "invalid_request"),
    ({"offset": -1}, "invalid_request"),
    ({"since": "18/08/2024"}, "invalid_filter"),  # was 422 invalid_request: a bad date is one answer
    ({"since": "2024-13"}, "invalid_filter"),
    ({"until": "2024-02-31"}, "invalid_filter"),
    ({"actor": "x" * 201}, "invalid_request"),
])
def test_bad_parameters_get_the_error_shape(server: Server, params: dict[str, object], code: str) -> None:
    response = server.get("/events", **params)
    assert_error(response, 400 if code == "invalid_filter" else 422, code)


@pytest.mark.parametrize(("path", "params", "named"), [
    ("/events", {"sinse": "2024"}, "'sinse'"),  # a misspelt filter: was every event, unfiltered
    ("/quotes", {"speaker": "Blinken", "actor": "x"}, "'actor'"),  # /events' filter, not /quotes'
    ("/stories", {"min_article": "2"}, "'min_article'"),
    ("/stats", {"limit": "3"}, "'limit'"),
])
def test_unknown_parameters_are_named(server: Server, path: str, params: dict[str, str], named: str) -> None:
    response = server.get(path, **params)
    assert_error(response, 400, "unknown_parameter")
    message = response.json()["error"]["message"]
    assert named in message and message.startswith(path)


def test_known_parameters_and_the_dashboard_pass(server: Server) -> None:
    assert server.get("/events", since="2024", limit=2, actor="").status_code == 200
    assert server.get("/stories", min_articles=2).status_code == 200
    assert server.get("/", utm_source="newsletter").status_code == 200  # a shared link's tags


@pytest.mark.parametrize(("method", "path", "status", "code"), [
    ("GET", "/no/such/endpoint", 404, "not_found"),
    ("GET", "/articles/0000000000000000", 404, "not_found"),
    ("GET", "/stories/nope", 404, "not_found"),
    ("DELETE", "/articles", 405, "method_not_allowed"),
    ("POST", "/articles", 405, "method_not_allowed"),  # read-only by default
    ("PUT", "/events", 405, "method_not_allowed"),
])
def test_errors_have_one_shape(server: Server, method: str, path: str, status: int, code: str) -> None:
    assert_error(server.client.request(method, path), status, code)


@pytest.mark.parametrize(("params", "check"), [
    ({"type": "ACCUSE"}, lambda e: e["type"] == "ACCUSE"),
    ({"type": "accuse,reject"}, lambda e: e["type"] in ("ACCUSE", "REJECT")),
    ({"status": "planned"}, lambda e: e["status"] == "planned"),
    ({"since": "2024-08-18", "until": "2024-08-19"},
     lambda e: e["date_end"] >= "2024-08-18" and e["date_start"] <= "2024-08-19"),
    ({"actor": "org:hamas"}, lambda e: "org:hamas" in e["sources"] + e["targets"]),
    ({"actor": "netanyahu"}, lambda e: any("netanyahu" in a for a in e["sources"] + e["targets"])),
    ({"place": "doha"}, lambda e: "doha" in (e["place"] or "").lower()),
])
def test_event_filters(server: Server, params: dict[str, str], check: Callable[[dict[str, Any]], bool]) -> None:
    items = server.get("/events", limit=MAX_PAGE, **params).json()["items"]
    assert items, f"no events for {params}"
    assert all(check(e) for e in items), [e["id"] for e in items if not check(e)]
    cli = server.store.events(**params, limit=MAX_PAGE)  # the CLI's query: same rows
    assert [e["id"] for e in items] == [e["id"] for e in cli]


@pytest.mark.parametrize(("path", "params"), [
    ("/quotes", {"speaker": "netanyahu"}),
    ("/quotes", {"search": "ceasefire", "since": "2024-08"}),
    ("/actors", {"type": "person"}),
    ("/actors", {"search": "hamas"}),
    ("/places", {"country": "QA,EG"}),
    ("/articles", {"search": "Blinken"}),
    ("/timeline", {"actor": "hamas", "statements": "false"}),
])
def test_filters_match_the_cli(server: Server, path: str, params: dict[str, str]) -> None:
    items = server.get(path, limit=MAX_PAGE, **params).json()["items"]
    query: dict[str, object] = {"statements": False} if params.get("statements") == "false" else {}
    query.update({k: v for k, v in params.items() if k != "statements"})
    rows = getattr(server.store, path.strip("/"))(**query, limit=MAX_PAGE)
    for row in rows if path == "/articles" else ():  # the API names the file, not its directory
        row["origin"] = row["origin"].rsplit("/", 1)[-1] if row["origin"] else None
    assert items and items == rows


def test_search_marks_hits(server: Server) -> None:
    items = server.get("/articles", search="Blinken").json()["items"]
    assert items and all("[Blinken" in (a["snippet"] or "") for a in items)


def test_one_article_has_all_annotations(server: Server) -> None:
    article_id = server.store.ids()[0]
    body = server.get(f"/articles/{article_id}").json()
    record = server.store.get(article_id)
    assert record is not None and record.origin and "/" in record.origin
    assert body["origin"] == record.origin.rsplit("/", 1)[-1]  # no server path leaks
    assert body == {**record.to_json(), "origin": body["origin"]}
    for key in ("furniture", "actors", "mentions", "timexes", "places", "quotes", "events", "proposals", "stances"):
        assert key in body
    assert server.get(f"/articles/{article_id[:8]}").json()["id"] == article_id  # a unique prefix


def test_network_weights_count_events(server: Server) -> None:
    body = server.get("/network", type="ACCUSE").json()
    events = server.store.events(type="ACCUSE", limit=0)
    pairs = Counter((s, t) for e in events for s in e["sources"] for t in e["targets"] if s != t)
    assert {(e["source"], e["target"]): e["weight"] for e in body["edges"]} == dict(pairs)
    assert all(set(e["types"]) == {"ACCUSE"} for e in body["edges"])
    assert {n["id"] for n in body["nodes"]} == {a for pair in pairs for a in pair}


def test_example_events_and_quotes(server: Server, example_id: str) -> None:
    events = server.get("/events", article=example_id, limit=MAX_PAGE).json()["items"]
    days = {e["date"] for e in events}
    assert {"2024-08-18", "2024-08-19"} <= days
    quotes = server.get("/quotes", article=example_id).json()["items"]
    direct = {q["speaker_names"][0] if q["speaker_names"] else None for q in quotes if q["kind"] == "direct"}
    assert direct == {"Sami Abu Zuhri", "Benjamin Netanyahu"}


def test_quote_rows_locate_their_words_in_the_body(server: Server, example_id: str) -> None:
    quotes = server.get("/quotes", article=example_id).json()["items"]
    body = server.get(f"/articles/{example_id}").json()["body"]
    assert quotes and all(body[q["start"]:q["end"]] == q["text"] for q in quotes)


def test_stats_and_stories(server: Server) -> None:
    stats = server.get("/stats").json()
    assert stats["counts"] == server.store.counts() and stats["ingest"] is False
    stories = server.get("/stories").json()["items"]
    assert len(stories) == stats["stories"] or len(stories) == 50


def test_openapi_describes_every_endpoint(server: Server) -> None:
    schema = server.get("/openapi.json").json()
    assert {"/articles", "/articles/{article_id}", "/events", "/quotes", "/actors", "/places",
            "/timeline", "/map", "/network", "/stories", "/stories/{story_id}", "/stats"} <= set(schema["paths"])
    assert "post" not in schema["paths"]["/articles"]  # no ingest unless allowed
    assert server.get("/docs").status_code == 404  # Swagger UI would load from a CDN


def test_security_headers(server: Server) -> None:
    response = server.get("/")
    assert response.status_code == 200 and "text/html" in response.headers["content-type"]
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "server" not in response.headers


STATIC = Path(__file__).resolve().parents[2] / "src" / "dateline" / "web" / "static"


@pytest.mark.parametrize("path", sorted(p for p in STATIC.rglob("*") if p.suffix in (".html", ".js", ".css")),
                         ids=lambda p: p.name)
def test_assets_load_nothing_from_elsewhere(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    external = [u for u in re.findall(r"(?:https?:)?//[\w.-]+\.[a-z]{2,}[^\s\"')]*", text)
                if u != "http://www.w3.org/2000/svg"]
    assert external == []


def test_basemap_is_served(server: Server) -> None:
    topo = server.get("/static/countries-110m.json").json()
    names = {g["properties"]["name"] for g in topo["objects"]["countries"]["geometries"]}
    assert {"Israel", "Qatar", "Egypt"} <= names


# -- ingest ---------------------------------------------------------------------------------
ARTICLE = ("Harbor Town, March 3 - The mayor of Harbor Town met fishermen on Monday to discuss "
           "the new port fees.\n\n\"We will not raise the fees this year,\" the mayor said.\n")


def test_ingest_needs_the_token(ingest_server: Server) -> None:
    post = ingest_server.client.post
    headers = {"content-type": "text/plain"}
    assert_error(post("/articles", content=ARTICLE, headers=headers), 401, "unauthorized")
    wrong = {**headers, "authorization": "Bearer nope"}
    assert_error(post("/articles", content=ARTICLE, headers=wrong), 401, "unauthorized")


def test_ingest_stores_an_article(ingest_server: Server) -> None:
    headers = {"content-type": "text/plain; charset=utf-8", "authorization": f"Bearer {TOKEN}"}
    first = ingest_server.client.post("/articles", content=ARTICLE, headers=headers,
                                      params={"published": "2024-03-04", "source": "Harbor Herald"})
    assert first.status_code == 201, first.text
    body = first.json()
    assert body["status"] == "stored" and body["quotes"] >= 1
    stored = ingest_server.get(f"/articles/{body['id']}").json()
    assert stored["source"] == "Harbor Herald" and "port fees" in stored["body"]
    again = ingest_server.client.post("/articles", content=ARTICLE, headers=headers,
                                      params={"published": "2024-03-04", "source": "Harbor Herald"})
    assert again.json()["status"] == "unchanged"


def test_ingest_says_an_article_in_another_language_is_stored_as_text_only(ingest_server: Server) -> None:
    headers = {"content-type": "text/plain; charset=utf-8", "authorization": f"Bearer {TOKEN}"}
    spanish = ("El alcalde de Puerto Viejo se reunió el lunes con los pescadores para hablar de las "
               "nuevas tasas del puerto, y les dijo que no las subirá este año porque la temporada "
               "ha sido mala para todos los que viven del mar.\n")
    response = ingest_server.client.post("/articles", content=spanish, headers=headers)
    assert response.status_code == 201, response.text
    assert {k: response.json()[k] for k in ("language", "text_only", "events", "quotes")} == {
        "language": "es", "text_only": True, "events": 0, "quotes": 0}
    english = ingest_server.client.post("/articles", content=ARTICLE, headers=headers).json()
    assert (english["language"], english["text_only"]) == ("en", False)


def test_ingest_reads_html(ingest_server: Server) -> None:
    html = f"<html><head><title>Port fees</title></head><body><article><p>{ARTICLE}</p></article></body></html>"
    headers = {"content-type": "text/html", "authorization": f"Bearer {TOKEN}"}
    response = ingest_server.client.post("/articles", content=html, headers=headers,
                                         params={"url": "https://harbor.example/port-fees"})
    assert response.status_code == 201, response.text
    assert ingest_server.get(f"/articles/{response.json()['id']}").json()["url"] == "https://harbor.example/port-fees"


@pytest.mark.parametrize(("content", "ctype", "status", "code"), [
    (ARTICLE, "application/pdf", 415, "unsupported_media_type"),
    (b"\xff\xfe\x00bad", "text/plain", 400, "bad_request"),
    ("", "text/plain", 400, "bad_request"),
    ("<html><body></body></html>", "text/html", 400, "bad_request"),
    ("x" * 60_000, "text/plain", 413, "payload_too_large"),
])
def test_ingest_refuses(ingest_server: Server, content: str | bytes, ctype: str, status: int, code: str) -> None:
    headers = {"content-type": ctype, "authorization": f"Bearer {TOKEN}"}
    assert_error(ingest_server.client.post("/articles", content=content, headers=headers), status, code)


def test_streamed_body_over_the_limit(ingest_server: Server) -> None:
    def chunks() -> Iterator[bytes]:  # no Content-Length: chunked transfer
        for _ in range(20):
            yield b"y" * 5_000

    headers = {"content-type": "text/plain", "authorization": f"Bearer {TOKEN}"}
    assert_error(ingest_server.client.post("/articles", content=chunks(), headers=headers), 413, "payload_too_large")


@pytest.mark.parametrize(("host", "status"), [
    ("rebound.example", 400), ("rebound.example:8000", 400), ("127.0.0.2", 400),
    ("localhost", 200), ("LOCALHOST:8000", 200), ("[::1]:8000", 200), ("127.0.0.1", 200),
])
def test_only_loopback_host_names(server: Server, host: str, status: int) -> None:
    response = server.client.get("/stats", headers={"host": host})
    if status == 400:
        assert_error(response, 400, "bad_host")
    else:
        assert response.status_code == 200


def test_ingest_without_a_pipeline_is_unavailable(web_db: Path) -> None:
    def broken() -> Any:
        raise RuntimeError("model missing")

    store = Store(web_db, create=False)
    try:
        for url in serve(create_app(store, WebOptions(allow_ingest=True, token=TOKEN, pipeline=broken))):
            response = httpx.post(f"{url}/articles", content=ARTICLE, timeout=30,
                                  headers={"content-type": "text/plain", "authorization": f"Bearer {TOKEN}"})
            assert_error(response, 503, "unavailable")
            assert "model missing" not in response.text
    finally:
        store.close()


@pytest.mark.parametrize("params", [{"published": "2024-99-99"}, {"url": "not a url"}, {"source": ""}])
def test_ingest_odd_metadata_is_no_server_error(ingest_server: Server, params: dict[str, str]) -> None:
    headers = {"content-type": "text/plain", "authorization": f"Bearer {TOKEN}"}
    response = ingest_server.client.post("/articles", content=ARTICLE, headers=headers, params=params)
    assert response.status_code in (201, 400, 422), response.text
    if response.status_code != 201:
        assert set(response.json()) == {"error"}


def test_stats_count_the_events_of_each_type(server: Server) -> None:
    stats = server.get("/stats").json()
    types = stats["event_types"]
    assert sum(types.values()) == stats["counts"]["events"] > 0
    every = [e["type"] for e in server.store.events(limit=0)]
    assert types == {t: every.count(t) for t in set(every)}
    assert list(types.values()) == sorted(types.values(), reverse=True)
