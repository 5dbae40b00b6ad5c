"""The API's date bounds take what the CLI's take (store.dates.DATE_SYNTAX) and are refused in
the CLI's words, every bad one named."""

from __future__ import annotations

import pytest
from web_helpers import Server

from dateline.store.dates import DATE_FORM

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
