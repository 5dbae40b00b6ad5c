"""Session 13: quotes a crowd cries after a noun of crying ('their chants of “…”', 'responded
with chants of “…”'), and a past tense the parse hung on the noun before it as a relative
('…, a man yelled “…”'). Sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.quotes.conftest import span_text


@pytest.mark.parametrize(("text", "content", "source", "cue"), [
    ("But their chants of “Bring them home!” were drowned out by the sirens.",
     "Bring them home!", "their", "chants of"),
    ("Farmers responded with chants of “No farms, no food” until the minister left.",
     "No farms, no food", "Farmers", "chants of"),
    ("The organisers roused the crowd to loud chants of “Free Gaza!”", "Free Gaza!", "the crowd",
     "chants of"),
    ("The crowd broke into a chant of “Four more years!” outside the hall.", "Four more years!",
     "The crowd", "chant of"),
    ("Activists joined in a thunderous chant of “Feel the Bern!” on Broad Street.", "Feel the Bern!",
     "Activists", "chant of"),
])
def test_a_quote_after_a_noun_of_crying_is_the_crowd_s(found_in: Any, text: str, content: str,
                                                       source: str, cue: str) -> None:
    [hit] = [h for h in found_in(text) if h.kind == "direct"]
    assert (span_text(text, hit.content), span_text(text, hit.source), span_text(text, hit.cue)) == \
        (content, source, cue)
    assert "cry" in hit.flags


@pytest.mark.parametrize("text", [
    "The envoy was met with shouts of “Go home!” at the border crossing.",  # nobody named
    "The senator's speech drew the chant “Four more years!” from the floor.",  # no 'of'
    "The film, titled “A Cry of Freedom,” opens on Friday.",
    "She read the poem “Chant of the Sea” at the memorial.",
    "The band played “Shout” twice before the encore.",
])
def test_no_crier_or_a_title_is_no_cry(found_in: Any, text: str) -> None:
    assert [h for h in found_in(text) if h.kind == "direct"] == []


@pytest.mark.parametrize(("text", "content", "source"), [
    ("As the minister left the stage, a woman shouted “Bring them home!”", "Bring them home!",
     "a woman"),
    ("Rubio waved and said it was good to be back, a man yelled “Stay there!”", "Stay there!",
     "a man"),
])
def test_a_past_tense_read_as_a_relative_still_frames(found_in: Any, text: str, content: str,
                                                      source: str) -> None:
    hit = next(h for h in found_in(text) if h.kind == "direct")
    assert (span_text(text, hit.content), span_text(text, hit.source)) == (content, source)


@pytest.mark.parametrize(("text", "source"), [
    ("The man arrested yesterday said “I did nothing wrong.”", "The man arrested yesterday"),
    ("Officials briefed on the talks said “We are close.”", "Officials briefed on the talks"),
    ("Ana Ruiz, the Green Party candidate, tweeted in response: “Not good.”",
     "Ana Ruiz, the Green Party candidate"),
])
def test_a_participle_before_the_frame_keeps_its_noun(found_in: Any, text: str, source: str) -> None:
    [hit] = [h for h in found_in(text) if h.kind == "direct"]
    assert span_text(text, hit.source) == source


def test_a_participle_relative_is_no_frame(found_in: Any) -> None:
    text = "The man shot “in the back” was a farmer, the army said."
    assert all(span_text(text, h.source) != "man" for h in found_in(text))
