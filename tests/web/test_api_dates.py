"""The API's dates take what the CLI's take (store.dates.DATE_SYNTAX; POST /articles's published
one day, as --published) and are refused in the CLI's words, every bad bound named."""

from __future__ import annotations

import httpx
import pytest
from web_helpers import TOKEN, Server

from dateline.store.dates import DATE_FORM, DAY_FORM

PATHS = ["/events", "/timeline", "/quotes", "/articles", "/network"]


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize(("typed", "padded"), [({"since": "2024-8-1"}, {"since": "2024-08-01"}),
                                               ({"until": "2024-8"}, {"until": "2024-08"}),
                                               ({"since": " ", "until": "2024-8"}, {"until": "2024-08"}),
                                               ({"since": "2024-1", "until": "2024-12-3"},
                                                {"since": "2024-01", "until": "2024-12-03"})])
def test_an_unpadded_date_is_the_padded_one(server: Server, path: str, typed: dict[str, str],
                                            padded: dict[str, str]) -> None:
    got = server.get(path, **typed)  # was 400 invalid_filter (the CLI's --published took it)
    assert got.status_code == 200, got.text
    assert got.json() == server.get(path, **padded).json()


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize(("since", "until"), [("2024-13", "2024-02-30"), ("bad", "2024-02-30"),
                                              ("2024-8-1x", "soon"), ("2024-02-30", "bad")])
def test_both_bad_bounds_are_named_in_the_one_error(server: Server, path: str, since: str, until: str) -> None:
    response = server.get(path, since=since, until=until)
    assert response.status_code == 400, response.text
    # was only the first the store read, or only the one not in the pattern
    assert response.json()["error"] == {"code": "invalid_filter", "message":
                                        f"since {since!r} and until {until!r}: {DATE_FORM}"}


def test_a_bad_bound_beside_a_good_one_and_swapped_bounds(server: Server) -> None:
    one = server.get("/events", since="2024-8", until="2024-8-1T00:00").json()["error"]
    assert one == {"code": "invalid_filter", "message": f"until '2024-8-1T00:00': {DATE_FORM}"}
    swapped = server.get("/events", since="2024-9", until="2024-8-31").json()["error"]
    assert swapped["message"] == ("since '2024-9' is after until '2024-8-31': nothing can match; "
                                  "swap them")


# -- POST /articles?published=: one day, by the CLI's --published rule (store.dates.day) -----------
ARTICLE = ("Port Elm, May 2 - Dock workers in Port Elm ended a two-day strike on Thursday after the "
           "harbour board agreed to review night shifts, the union said.\n")


def _post(server: Server, published: str) -> httpx.Response:
    headers = {"content-type": "text/plain", "authorization": f"Bearer {TOKEN}"}
    return server.client.post("/articles", content=ARTICLE, headers=headers, params={"published": published})


@pytest.mark.parametrize(("published", "problem"), [
    ("2024-8-32", DAY_FORM), ("2024-02-30", DAY_FORM), ("2024-08", DAY_FORM), ("2024-08-18T09:30", DAY_FORM),
    ("2024-08-18 and more", DAY_FORM), ("18/08/2024", DAY_FORM), ("1700-01-01", "outside the years 1800-2100"),
])
def test_a_bad_published_is_a_400_in_the_clis_words(ingest_server: Server, published: str, problem: str) -> None:
    response = _post(ingest_server, published)
    # was 422 'String should match pattern' (2024-08), or 400 'no article in the body: published
    # date '2024-02-30' is not a date' (the body was fine)
    assert response.status_code == 400, response.text
    assert response.json()["error"] == {"code": "bad_request", "message": f"published {published!r}: {problem}"}


@pytest.mark.parametrize(("published", "expected"), [("2024-5-2", {"date": "2024-05-02", "evidence": "given"}),
                                                     ("2024-05-02", {"date": "2024-05-02", "evidence": "given"})])
def test_published_takes_a_day_as_the_cli_does(ingest_server: Server, published: str,
                                               expected: dict[str, str]) -> None:
    response = _post(ingest_server, published)  # 2024-5-2 was a 422
    assert response.status_code == 201, response.text
    assert ingest_server.get(f"/articles/{response.json()['id']}").json()["published"] == expected


def test_a_blank_published_is_none_given(ingest_server: Server) -> None:
    response = _post(ingest_server, " ")  # was a 422, as an empty one was
    assert response.status_code == 201, response.text
    assert ingest_server.get(f"/articles/{response.json()['id']}").json()["published"]["evidence"] != "given"


@pytest.mark.parametrize(("path", "params", "message"), [
    ("/articles", {"search": '"cease--fire'}, "search '\"cease--fire': a double quote is not closed"),
    ("/quotes", {"search": "--"}, "search '--': no words to search for"),
    ("/stories", {"search": '"cease--fire'}, "search '\"cease--fire': a double quote is not closed"),
    ("/events", {"status": "x--y"}, "status 'x--y': no such value"),
    ("/events", {"since": "2024-9", "until": "2024-8"}, "since '2024-9' is after until '2024-8': nothing"),
])
def test_an_error_quotes_the_value_as_sent(server: Server, path: str, params: dict[str, str], message: str) -> None:
    """Only the CLI's option prefix goes from the store's words, not a '--' of the value (was
    search '\"ceasefire', search '', status 'xy')."""
    response = server.get(path, **params)
    assert response.status_code == 400, response.text
    assert response.json()["error"]["message"].startswith(message), response.text
