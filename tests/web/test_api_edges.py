"""The HTTP API at its edges (adversarial QA): HEAD requests, server paths in lists, a damaged
database; real uvicorn servers over real SQLite files."""

from __future__ import annotations

import dataclasses
import gzip
import shutil
import sqlite3
import urllib.parse
from pathlib import Path

import httpx
import pytest
from web_helpers import TOKEN, Server, serve

from dateline.store import Store, StoreError, UnknownId
from dateline.store.dates import DateFilterError, bound
from dateline.web import create_app


@pytest.mark.parametrize("path", ["/", "/articles?limit=2", "/stats", "/openapi.json",
                                  "/static/dashboard.css", "/favicon.ico"])
def test_head_answers_like_get_without_a_body(server: Server, path: str) -> None:
    got = server.client.get(path)
    head = server.client.head(path)
    assert got.status_code == 200, got.text
    assert head.status_code == 200, head.text  # was 405 on every route but /openapi.json
    assert head.content == b""
    assert head.headers["content-type"] == got.headers["content-type"]
    assert head.headers["content-security-policy"] == got.headers["content-security-policy"]


def test_head_of_an_unknown_path_is_not_found(server: Server) -> None:
    assert server.client.head("/no/such/endpoint").status_code == 404


@pytest.mark.parametrize("params", [{}, {"search": "Hamas"}])
def test_article_list_shows_no_server_path(server: Server, params: dict[str, str]) -> None:
    items = server.get("/articles", limit=500, **params).json()["items"]
    assert items
    stored = {r["id"]: r["origin"] for r in server.store.articles(limit=0)}
    assert any("/" in (stored[a["id"]] or "") for a in items)  # the store keeps the full path
    for article in items:
        assert article["origin"] == (stored[article["id"]] or "").rsplit("/", 1)[-1]


def test_a_damaged_record_is_the_servers_error_not_the_clients(web_db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "damaged.db"
    shutil.copy(web_db, copy)
    with sqlite3.connect(copy) as conn:
        damaged = conn.execute("SELECT id FROM articles ORDER BY id LIMIT 1").fetchone()[0]
        conn.execute("UPDATE articles SET record = '{\"broken' WHERE id = ?", (damaged,))
    store = Store(copy, create=False)
    try:
        for url in serve(create_app(store)):
            response = httpx.get(f"{url}/articles/{damaged}", timeout=30)
            assert response.status_code == 500, response.text  # was 400 "invalid_filter"
            error = response.json()["error"]
            assert error["code"] == "store_error"
            assert damaged in error["message"] and "damaged" in error["message"]
            assert str(tmp_path) not in response.text
            assert httpx.get(f"{url}/articles", timeout=30).status_code == 200  # the rest still reads
            bad_filter = httpx.get(f"{url}/events", params={"since": "2024-13"}, timeout=30)
            assert bad_filter.status_code == 400 and bad_filter.json()["error"]["code"] == "invalid_filter"
    finally:
        store.close()


def test_a_database_failing_while_an_id_is_looked_up_is_no_404(web_db: Path, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store(web_db, create=False)

    def failing(prefix: str) -> str:  # what a snapshot read refuses while another program writes
        raise StoreError(str(web_db), "is being written by another program; try again")

    monkeypatch.setattr(store, "resolve", failing)
    try:
        for url in serve(create_app(store)):
            response = httpx.get(f"{url}/articles/anything", timeout=30)
            assert response.status_code == 500, response.text  # was 404 "no single article"
            assert response.json()["error"]["code"] == "store_error"
            unknown = Store(web_db, create=False)
            with pytest.raises(UnknownId):  # an unknown id is still told apart
                unknown.resolve("no-such-article-id")
            unknown.close()
    finally:
        store.close()


LATIN = ("Le ministre a dit mardi que les négociations reprendraient au Caire la semaine "
         "prochaine, selon des responsables du ministère.")


def _post(server: Server, content: bytes, ctype: str, **params: str) -> httpx.Response:
    return server.client.post("/articles", content=content, params=params,
                              headers={"content-type": ctype, "authorization": f"Bearer {TOKEN}"})


@pytest.mark.parametrize("ctype", ["text/plain; charset=ISO-8859-1", 'text/plain;charset="latin-1"',
                                   "text/html; charset=windows-1252"])
def test_ingest_reads_the_charset_the_client_names(ingest_server: Server, ctype: str) -> None:
    content = LATIN.encode("latin-1")
    if ctype.startswith("text/html"):
        content = b"<html><body><p>" + content + b"</p></body></html>"
    response = _post(ingest_server, content, ctype)
    assert response.status_code == 201, response.text  # was 400 'the body is not UTF-8 (byte 27)'
    body = ingest_server.get(f"/articles/{response.json()['id']}").json()["body"]
    assert "négociations" in body and "ministère" in body


@pytest.mark.parametrize(("ctype", "status", "words"), [
    ("text/plain", 400, "not utf-8 text"),
    ("text/plain; charset=klingon", 415, "unknown charset 'klingon'"),
    ("text/plain; charset=rot13", 415, "unknown charset 'rot13'"),  # a codec, not a charset
])
def test_ingest_refuses_text_it_cannot_decode(ingest_server: Server, ctype: str, status: int,
                                              words: str) -> None:
    response = _post(ingest_server, LATIN.encode("latin-1"), ctype)
    assert response.status_code == status, response.text
    assert words in response.json()["error"]["message"]


def test_ingest_refuses_a_url_that_cannot_be_parsed(ingest_server: Server) -> None:
    response = _post(ingest_server, LATIN.encode(), "text/plain", url="http://[::1/story")
    assert response.status_code == 400, response.text  # was 500: the places stage failed on it
    assert "is not a URL (Invalid IPv6 URL)" in response.json()["error"]["message"]


ODD_IDS = ["news/2024/08/18/talks", "x" * 80, "a?b#c", "héllo wörld", "%41"]


def test_articles_with_the_ids_a_feed_gave_them_can_be_fetched(tmp_path: Path) -> None:
    from tests.records import record_a

    base = record_a()
    with Store(tmp_path / "ids.db") as store:
        store.put([dataclasses.replace(base, id=article_id) for article_id in ODD_IDS])
        for url in serve(create_app(store)):
            for article_id in ODD_IDS:
                quoted = urllib.parse.quote(article_id, safe="")
                response = httpx.get(f"{url}/articles/{quoted}", timeout=30)
                # was 404 'no such endpoint' for an id with '/', 422 for one over 64 characters
                assert response.status_code == 200, (article_id, response.text)
                assert response.json()["id"] == article_id
                events = httpx.get(f"{url}/events", params={"article": article_id}, timeout=30)
                assert events.status_code == 200 and events.json()["items"], (article_id, events.text)


@pytest.mark.parametrize("path", ["/articles", "/events", "/quotes", "/timeline", "/network"])
@pytest.mark.parametrize(("since", "until"), [("2025", "2024"), ("2024-08-19", "2024-08-18"),
                                              ("2024-09", "2024-08-31")])
def test_swapped_date_bounds_are_named(server: Server, path: str, since: str, until: str) -> None:
    response = server.get(path, since=since, until=until)
    assert response.status_code == 400, response.text  # was 200 with no rows
    error = response.json()["error"]
    assert error["code"] == "invalid_filter"
    assert error["message"] == f"since {since!r} is after until {until!r}: nothing can match; swap them"


@pytest.mark.parametrize(("since", "until"), [("2024-08", "2024-08"), ("2024-08-18", "2024-08-18"),
                                              ("2024", "2024-08-01")])
def test_bounds_that_meet_are_a_range(server: Server, since: str, until: str) -> None:
    assert server.get("/events", since=since, until=until).status_code == 200


def test_ingest_refuses_a_compressed_body_by_name(ingest_server: Server) -> None:
    response = ingest_server.client.post("/articles", content=gzip.compress(LATIN.encode()), headers={
        "content-type": "text/plain", "content-encoding": "gzip", "authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 415, response.text  # was 400 'the body is not UTF-8 (byte 1)'
    assert "gzip-encoded" in response.json()["error"]["message"]


@pytest.mark.parametrize("path", ["/events", "/timeline", "/network"])
@pytest.mark.parametrize(("param", "value", "stray"), [("type", "ASSUALT", "ASSUALT"),
                                                       ("status", "happened,happend", "happend")])
def test_an_unknown_event_type_or_status_is_a_bad_filter(server: Server, path: str, param: str,
                                                         value: str, stray: str) -> None:
    response = server.get(path, **{param: value})
    assert response.status_code == 400, response.text  # was 200 with no rows
    error = response.json()["error"]
    assert error["code"] == "invalid_filter"
    assert error["message"].startswith(f"{param} {stray!r}: no such value; use one of ")
    good = "assault,Accuse" if param == "type" else "Happened"
    assert server.get(path, **{param: good}).status_code == 200


def test_a_country_that_is_no_alpha2_code_is_a_bad_filter(server: Server) -> None:
    response = server.get("/places", country="israel")
    assert response.status_code == 400, response.text  # was 200 with no rows
    assert response.json()["error"]["message"] == ("country 'ISRAEL': expected ISO 3166 alpha-2 codes "
                                                   "(two letters, e.g. PS,IL)")
    assert server.get("/places", country="ps,IL").status_code == 200


def test_a_next_offset_is_always_one_the_api_accepts(server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    from dateline.web import paging

    total = len(server.get("/events", limit=500).json()["items"])
    assert total > 6
    monkeypatch.setattr(paging, "MAX_OFFSET", 4)  # the deepest offset served (100,000 in use)
    first = server.get("/events", limit=2).json()
    assert first["next_offset"] == 2 and first["truncated"] is False
    second = server.get("/events", limit=2, offset=2).json()
    assert second["next_offset"] == 4 and second["truncated"] is False  # 4 is still served
    third = server.get("/events", limit=2, offset=4).json()
    # was next_offset 6, which the API then refused (422 'offset: ... less than or equal to')
    assert third["next_offset"] is None and third["truncated"] is True
    monkeypatch.setattr(paging, "MAX_OFFSET", 100_000)
    last = server.get("/events", limit=500).json()
    assert last["next_offset"] is None and last["truncated"] is False


@pytest.mark.parametrize("path", ["/events", "/timeline", "/quotes", "/articles", "/network"])
@pytest.mark.parametrize(("key", "value"), [("since", "2024-8-1st"), ("until", "24"), ("since", "18/08/2024")])
def test_a_date_not_in_the_form_says_the_form(server: Server, path: str, key: str, value: str) -> None:
    response = server.get(path, **{key: value})
    # was 422 invalid_request, while a date of no day (2024-02-30) was 400 invalid_filter
    assert response.status_code == 400 and response.json()["error"]["code"] == "invalid_filter"
    message = response.json()["error"]["message"]
    assert message == bad_date(key, value)
    # was "since: String should match pattern '^\\d{4}(-\\d{2}(-\\d{2})?)?$'"; an empty
    # bound is no bound (test_search_hits)


def bad_date(key: str, value: str) -> str:
    """The one wording of a bad date, in the API (``since``) and the CLI (``--since``)."""
    return f"{key} {value!r}: expected YYYY, YYYY-MM or YYYY-MM-DD (a day that exists)"


def test_the_api_words_a_bad_date_as_the_cli_does(server: Server) -> None:
    for value in ("bad", "2024-02-30"):  # not in the form (the API's check), no such day (the store's)
        with pytest.raises(DateFilterError) as cli:  # what `dateline events --since` prints
            bound(value, option="--since", upper=False)
        assert str(cli.value) == "--" + bad_date("since", value)
        message = server.get("/events", since=value).json()["error"]["message"]
        # was "since: 'bad' is not a date: give YYYY, YYYY-MM or YYYY-MM-DD, or leave it out"
        assert message == bad_date("since", value)


@pytest.mark.parametrize(("content", "words"), [
    (b"SQLite format 3\x00\x10\x00\x01\x01\x00@  " + bytes(80), "binary data, not text"),  # valid UTF-8
    (b"%PDF-1.7\n%\xc3\xa4\n1 0 obj", "binary data (a PDF file)"),
    (LATIN.encode() + b"\x00\x01\x02\x03" * 20, "binary data, not text"),
])
def test_ingest_refuses_binary_that_decodes(ingest_server: Server, content: bytes, words: str) -> None:
    before = ingest_server.store.counts()["articles"]
    response = _post(ingest_server, content, "text/plain")
    assert response.status_code == 400, response.text  # was 201: a database file stored as an article
    assert words in response.json()["error"]["message"]
    assert ingest_server.store.counts()["articles"] == before


def test_ingest_still_takes_utf16_it_is_told_of(ingest_server: Server) -> None:
    response = _post(ingest_server, LATIN.encode("utf-16"), "text/plain; charset=utf-16")
    assert response.status_code == 201, response.text


@pytest.mark.parametrize("path", ["/events", "/timeline", "/quotes", "/articles", "/network"])
@pytest.mark.parametrize("value", ["bad", "2024-02-30", "2024-13", "18/08/2024", "2024-08-180",
                                   "2024-08-18T00:00"])
@pytest.mark.parametrize("key", ["since", "until"])
def test_every_bad_date_is_one_answer(server: Server, path: str, key: str, value: str) -> None:
    response = server.get(path, **{key: value})
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["code"] == "invalid_filter" and error["message"] == bad_date(key, value)


def test_a_bad_date_beside_another_bad_parameter_names_both(server: Server) -> None:
    response = server.get("/events", since="bad", limit=0)
    assert response.status_code == 422 and response.json()["error"]["code"] == "invalid_request"
    message = response.json()["error"]["message"]
    assert bad_date("since", "bad") in message and "limit:" in message
