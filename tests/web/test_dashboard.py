"""The dashboard in headless Chromium (Debian's /usr/bin/chromium driven by Playwright).

Every request the page makes is watched: one that leaves the test server fails the test (and is
aborted). Console errors and page errors fail it too. Screenshots go to test-artifacts/.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from web_helpers import Server, Watched, serve

from dateline.store import Store
from dateline.web import create_app


@pytest.fixture()
def page(browser: Any, server: Server) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1440, "height": 1000})
    watched = Watched(context.new_page(), server.url)
    yield watched
    context.close()


re_year = re.compile(r"\b(19|20)\d\d\b")


def plain(text: str) -> str:
    """Lower case without diacritics ('Khān Yūnis' -> 'khan yunis')."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def test_overview_loads_offline_and_clean(page: Watched) -> None:
    page.open("")
    page.shot("overview")
    assert page.page.locator("#timeline svg a.ev").count() > 0
    assert page.page.locator("#map svg path.country").count() > 100
    assert page.page.locator("#network svg path.edge").count() > 0
    assert page.page.locator("table.events-table a.evidence-link").count() > 0
    page.clean()


def test_timeline_shows_the_example_on_both_days(page: Watched, example_id: str) -> None:
    page.open("")
    for day in ("2024-08-18", "2024-08-19"):
        marks = page.page.locator(f'#timeline a.ev[data-day="{day}"][data-article="{example_id}"]')
        assert marks.count() >= 1, f"no event of the example drawn on {day}"
    page.clean()


@pytest.mark.parametrize("place", ["Khan Yunis", "Doha", "Cairo"])
def test_map_has_a_marker_at(page: Watched, place: str) -> None:
    # Khan Yunis is named only in the example's captions (furniture); its marker comes from a
    # bundled demo article that names it in the body.
    page.open("")
    names = page.page.eval_on_selector_all("#map g.marker", "els => els.map(e => e.dataset.place)")
    assert plain(place) in {plain(n) for n in names}, names
    page.clean()


def test_article_view_highlights_direct_quotes_with_speakers(page: Watched, example_id: str) -> None:
    page.open(f"#/article/{example_id}")
    page.shot("article")
    quotes = page.page.eval_on_selector_all(
        "#article-body q.q-direct", "els => els.map(e => [e.dataset.speaker, e.textContent])")
    speakers = sorted(s for s, _ in quotes)
    assert speakers == ["Benjamin Netanyahu", "Sami Abu Zuhri"], quotes
    texts = " ".join(t for _, t in quotes)
    assert "imposing of American diktats" in texts and "Hamas remains obstinate" in texts
    for kind in ("mention", "timex", "place", "trigger"):
        assert page.page.locator(f"#article-body .ann-{kind}").count() > 0, kind
    furniture = page.page.locator(".article-side .furniture li").all_inner_texts()
    assert any("image slug" in f.lower() for f in furniture), furniture
    page.clean()


def test_article_text_is_the_body(page: Watched, server: Server, example_id: str) -> None:
    page.open(f"#/article/{example_id}")
    shown = page.page.eval_on_selector_all("#article-body p", "ps => ps.map(p => p.textContent)")
    record = server.store.get(example_id)
    assert record is not None
    assert shown == [record.body[s:e] for s, e in record.paragraphs]


def test_event_links_to_its_evidence_sentence(page: Watched, server: Server, example_id: str) -> None:
    page.open("")
    mark = page.page.locator(f'#timeline a.ev[data-day="2024-08-19"][data-article="{example_id}"]').first
    mark.click()
    page.page.wait_for_selector("#article-body[data-evidence]")
    span = page.page.get_attribute("#article-body", "data-evidence")
    assert span is not None
    start, end = (int(x) for x in span.split("-"))
    highlighted = page.page.evaluate("() => CSS.highlights.get('evidence') ? [...CSS.highlights.get('evidence')][0].toString() : null")
    record = server.store.get(example_id)
    assert record is not None
    assert highlighted == record.body[start:end]
    assert any(tuple(e.evidence) == (start, end) and e.date == "2024-08-19" for e in record.events)
    page.shot("evidence")
    page.clean()


def test_quote_browser_by_speaker(page: Watched) -> None:
    page.open("#/quotes")
    speakers = page.page.eval_on_selector_all(".speaker-list a[data-speaker]", "els => els.map(e => e.dataset.speaker)")
    assert "Benjamin Netanyahu" in speakers
    page.page.click('.speaker-list a[data-speaker="Benjamin Netanyahu"]')
    page.page.wait_for_selector(".speaker-list a.active[data-speaker='Benjamin Netanyahu']")
    whos = page.page.locator(".quote-list figure .who").all_inner_texts()
    assert whos and all("Benjamin Netanyahu" in w for w in whos)
    page.shot("quotes")
    page.clean()


def test_filters_narrow_the_views(page: Watched) -> None:
    page.open("")
    page.page.select_option("#f-type", "ACCUSE")
    page.page.wait_for_function("() => document.body.dataset.ready === 'true' && "
                                "[...document.querySelectorAll('#timeline a.ev')].length > 0 && "
                                "[...document.querySelectorAll('#timeline a.ev')].every(a => a.dataset.type === 'ACCUSE')")
    page.page.fill("#f-since", "2024-08-18")
    page.page.fill("#f-until", "2024-08-18")
    page.page.click("#filters button[type=submit]")
    page.page.wait_for_function("() => document.body.dataset.ready === 'true' && "
                                "[...document.querySelectorAll('#timeline a.ev')].every(a => a.dataset.day === '2024-08-18')")
    types = page.page.eval_on_selector_all("table.events-table .type-chip", "els => els.map(e => e.textContent)")
    assert types and set(types) == {"ACCUSE"}
    page.shot("filtered")
    page.clean()


def test_network_node_filters_by_actor(page: Watched) -> None:
    page.open("")
    node = page.page.locator('#network g.node[data-actor="org:hamas"]')
    assert node.count() == 1
    node.click()
    page.page.wait_for_function("() => document.querySelector('#f-actor').value === 'org:hamas' && document.body.dataset.ready === 'true'")
    page.page.wait_for_selector("#network svg")
    edges = page.page.eval_on_selector_all("#network path.edge", "els => els.map(e => [e.dataset.source, e.dataset.target])")
    assert edges and all("org:hamas" in pair for pair in edges), edges
    page.clean()


def test_stories_view(page: Watched, server: Server) -> None:
    page.open("#/stories")
    if server.get("/stats").json()["stories"] == 0:
        assert "No stories yet" in page.page.inner_text("main")
        assert page.page.locator("#nav-stories").is_hidden()
    else:
        page.page.locator("main .article-item a").first.click()
        page.page.wait_for_selector(".story-head h1")
        page.shot("story")
    page.clean()


@pytest.fixture()
def empty_server(tmp_path: Path) -> Iterator[str]:
    store = Store(tmp_path / "empty.db")
    yield from serve(create_app(store))
    store.close()


@pytest.mark.parametrize("fragment", ["", "#/quotes", "#/articles", "#/stories"])
def test_empty_database_views(browser: Any, empty_server: str, fragment: str) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = Watched(context.new_page(), empty_server)
    try:
        page.open(fragment)
        assert page.page.locator("main .empty, main .notice").count() > 0
        if not fragment:
            assert "no articles yet" in page.page.inner_text("main .notice")
            page.shot("empty")
        page.clean()
    finally:
        context.close()


@pytest.mark.parametrize(("fragment", "title"), [("", "Overview"), ("#/quotes", "Quotes"),
                                                 ("#/articles", "Articles"), ("#/stories", "Stories"),
                                                 ("#/article/no-such-article", "Article"), ("#/nowhere", "Not found")])
def test_every_view_has_one_h1_and_a_title(page: Watched, fragment: str, title: str) -> None:
    page.open(fragment)
    headings = page.page.eval_on_selector_all("main h1", "hs => hs.map(h => h.textContent)")
    assert headings == [title], headings  # the list views began at h2
    assert page.page.title() == f"{title} · dateline"
    # no link or button hidden inside an image: an svg with interactive content is a group
    hidden = page.page.eval_on_selector_all("svg[role=img] a, svg[role=img] [tabindex]", "els => els.length")
    assert hidden == 0


def test_timeline_axis_says_the_year(page: Watched) -> None:
    page.open("")
    labels = page.page.eval_on_selector_all("#timeline text.axis-label", "els => els.map(e => [e.dataset.day, e.textContent])")
    assert labels, "no axis labels"
    day, first = labels[0]
    assert first.endswith(day[:4]), labels[:3]  # was "13 Oct": which year?
    for (before, _), (day, text) in zip(labels, labels[1:], strict=False):
        assert text.endswith(day[:4]) == (day[:4] != before[:4]), (day, text)
    note = page.page.locator("#timeline p.note")
    if note.count():
        assert re_year.search(note.inner_text()), note.inner_text()
    page.clean()


def test_network_node_answers_space_as_a_button(page: Watched) -> None:
    page.open("")
    node = page.page.locator("#network g.node").first
    actor = node.get_attribute("data-actor")
    node.focus()
    page.page.keyboard.press("Space")
    page.page.wait_for_function(f"() => document.querySelector('#f-actor').value === {actor!r} && "
                                "document.body.dataset.ready === 'true'")
    page.clean()


def split_triggers(server: Server) -> list[tuple[str, str]]:
    """(article id, event id) of events whose trigger joins words that stand apart in the
    evidence ('launched strikes' in 'launched pre-emptive strikes')."""
    found = []
    for row in server.store.articles(limit=0):
        record = server.store.get(row["id"])
        assert record is not None
        for e in record.events:
            evidence = record.body[e.evidence[0]:e.evidence[1]]
            words = (e.trigger or "").split()
            if len(words) > 1 and e.trigger not in evidence and all(
                    re.search(rf"(?<!\w){re.escape(w)}(?!\w)", evidence) for w in words):
                found.append((record.id, e.id))
    return found


def test_a_trigger_of_words_apart_is_marked_word_by_word(page: Watched, server: Server) -> None:
    wanted = split_triggers(server)
    if not wanted:
        pytest.skip("no event here has a trigger of words apart")
    page.open("")
    missing = []
    for article_id in sorted({a for a, _ in wanted}):
        page.go(f"#/article/{article_id}")
        marked = set(page.page.eval_on_selector_all("#article-body [data-event]", "els => els.map(e => e.dataset.event)"))
        missing += [(a, e) for a, e in wanted if a == article_id and e not in marked]
    assert not missing, f"{len(missing)} of {len(wanted)} events unmarked (all were)"
    page.clean()


def test_a_view_says_which_filters_it_does_not_apply(page: Watched) -> None:
    page.open("")
    page.page.select_option("#f-type", "ACCUSE")
    page.page.wait_for_function("() => document.querySelector('#filter-note').textContent === '1 filter on'")
    page.go("#/articles")  # articles have no event type: it was '1 filter on', as if applied
    assert page.page.inner_text("#filter-note") == "1 filter on · not applied in this view: Type"
    page.go("#/quotes")
    assert "not applied in this view: Type" in page.page.inner_text("#filter-note")
    page.go("#/")
    assert page.page.inner_text("#filter-note") == "1 filter on"
    page.clean()


def test_a_view_says_it_is_loading_until_its_data_comes(page: Watched) -> None:
    page.open("#/stories")
    held: list[Any] = []
    page.page.route("**/events?*", lambda route: held.append(route))  # hold the overview's events
    page.page.evaluate("() => { window.location.hash = '#/'; }")
    page.page.wait_for_function("() => document.querySelector('main').getAttribute('aria-busy') === 'true'")
    assert page.page.inner_text("main").strip() == "Loading…"  # was an empty page until the data came
    page.page.wait_for_timeout(200)
    assert held, "the overview asked for no events"
    page.page.unroute("**/events?*")
    for route in held:
        route.continue_()
    page.page.wait_for_selector("body[data-ready=true]")
    assert page.page.locator("main .loading").count() == 0
    assert page.page.get_attribute("main", "aria-busy") is None
    assert page.page.locator("#timeline svg").count() == 1
    page.clean()


def test_type_choices_are_every_type_of_the_store(page: Watched, server: Server) -> None:
    # the choices came from the first 500 events: a store with more lost the rarer types
    first_page = {"items": [{"type": "AID"}], "limit": 500, "offset": 0, "next_offset": 500, "truncated": False}
    page.page.route(re.compile(r"/events\?limit=500$"), lambda route: route.fulfill(json=first_page))
    page.open("#/articles")
    options = page.page.eval_on_selector_all("#f-type option", "os => os.map(o => [o.value, o.textContent])")
    types = server.get("/stats").json()["event_types"]
    assert options[1:] == [[t, f"{t} ({types[t]:,})"] for t in sorted(types)]
    page.clean()


def test_from_an_article_actor_to_its_events_everywhere(page: Watched, example_id: str) -> None:
    page.open(f"#/article/{example_id}")
    link = page.page.locator('.article-side a.actor-events[data-actor="org:hamas"]')
    assert link.count() == 1  # the actor list had no way on
    page.page.evaluate("() => { delete document.body.dataset.ready; }")
    link.click()
    page.page.wait_for_function("() => document.body.dataset.ready === 'true' && document.body.dataset.view === 'overview'")
    assert page.page.input_value("#f-actor") == "org:hamas"
    edges = page.page.eval_on_selector_all("#network path.edge", "els => els.map(e => [e.dataset.source, e.dataset.target])")
    assert edges and all("org:hamas" in pair for pair in edges), edges
    page.clean()


def test_timeline_note_does_not_promise_more_than_the_list_shows(page: Watched, server: Server) -> None:
    import datetime

    real = next(e for e in server.store.events(limit=0) if e["date_start"] and e["date_start"] == e["date_end"])
    start = datetime.date(2024, 1, 1)
    rows = []
    for n in range(450):  # 450 events over 90 days: some outside the drawn window, 50 past the list
        day = (start + datetime.timedelta(days=n % 90 if n % 3 else n % 20)).isoformat()
        rows.append({**real, "id": f"e{n}", "date": day, "date_start": day, "date_end": day})
    body = {"items": rows, "limit": 500, "offset": 0, "next_offset": None, "truncated": False}
    page.page.route(re.compile(r"/events\?limit=500&offset=0"), lambda route: route.fulfill(json=body))
    page.open("")
    note = page.page.inner_text("#timeline p.note")
    assert "Not drawn:" in note and "All are in the list below" not in note, note  # the list has 400
    assert "The list below shows the first 400 of 450 events" in note, note
    assert page.page.locator("table.events-table tbody tr").count() == 400
    page.clean()


def test_the_keyboard_can_skip_to_the_view(page: Watched) -> None:
    page.open("#/articles")
    page.page.keyboard.press("Tab")
    assert page.page.evaluate("() => document.activeElement.id") == "skip-link"
    assert page.page.locator("#skip-link").is_visible()
    page.page.keyboard.press("Enter")
    assert page.page.evaluate("() => document.activeElement.id") == "view"
    assert page.page.evaluate("() => window.location.hash") == "#/articles"  # still the same view
    page.page.keyboard.press("Tab")  # the next stop is in the view, past menu and filters
    assert page.page.evaluate("() => document.getElementById('view').contains(document.activeElement)")
    page.clean()


@pytest.mark.parametrize(("view", "box"), [("articles", "Search articles"), ("quotes", "Search quotes")])
def test_a_malformed_search_is_said_under_the_search_box(page: Watched, view: str, box: str) -> None:
    """The API's 400 for a malformed search shows its message where the rows would be, with the
    search box still there to fix it (not the whole view replaced by an error)."""
    page.open(f"#/{view}?search=%22Gaza")
    alert = page.page.locator("main .error-box")
    assert "a double quote is not closed" in alert.inner_text()
    assert page.page.get_by_label(box).input_value() == '"Gaza'
    assert all("400" in e for e in page.errors), page.errors  # the browser logs the 400 itself
    page.go(f"#/{view}?search=Gaza%2A")
    assert page.page.locator("main .error-box").count() == 0
