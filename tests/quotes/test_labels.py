"""Words before a colon that name no speaker (our own sentences): a dateline ('City:'), a headline
kicker ('Exclusive:'); and a lower-case quote after another speaker's frame, which does not go on
with the first speaker."""

from __future__ import annotations

from typing import Any

import pytest

from tests.quotes.conftest import span_text


def _attributions(found_in: Any, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(text[f.content[0]:f.content[1]], span_text(text, f.source), span_text(text, f.cue))
            for f in found_in(text)]


@pytest.mark.parametrize(("text", "content", "source"), [
    # a dateline before the quote: the frame after it names the speaker
    ('Amman: "The border will reopen next week," Interior Minister Omar Haddad said.',
     "The border will reopen next week,", "Interior Minister Omar Haddad"),
    ("Berlin: “The factory will stay open,” works council head Petra Lange said.",
     "The factory will stay open,", "works council head Petra Lange"),
    ("Ottawa: “We expect a vote by Friday,” government spokesman Luc Tremblay told reporters.",
     "We expect a vote by Friday,", "government spokesman Luc Tremblay"),
    ('Nairobi: "The rains came too late," the farmer said.',
     "The rains came too late,", "the farmer"),
    # in single marks too (British copy)
    ("Lagos: ‘The port will reopen on Monday,’ harbour master Femi Adeyemi said.",
     "The port will reopen on Monday,", "harbour master Femi Adeyemi"),
])
def test_a_dateline_is_no_speaker(found_in: Any, text: str, content: str, source: str) -> None:
    place = text.split(":", 1)[0]
    found = _attributions(found_in, text)
    assert (content, source) in [(c, s) for c, s, _ in found]
    assert not any(s == place or s is None and c.startswith(place) for c, s, _ in found)
    assert not any(c.startswith(place) for c, _, _ in found)


@pytest.mark.parametrize("text", [
    # a dateline with no frame after the quote: the place said nothing
    'Geneva: "Talks resume on Monday."\n\nDiplomats arrived on Sunday.',
    "Madrid, Spain: “The trains are running again.”\n\nThe strike ended at noon.",
])
def test_a_dateline_alone_labels_no_speaker(found_in: Any, text: str) -> None:
    label = text.split(":", 1)[0]
    assert not any(s is not None and label in s for _, s, _ in _attributions(found_in, text))


@pytest.mark.parametrize("text", [
    # headline kickers and labels: no one called 'Exclusive' or 'Video' spoke
    "Exclusive: ‘The plant will close in March’\n\nWorkers learned of it on Friday.",
    "Opinion: “Why the old bridge must be rebuilt”\n\nThe bridge is ninety years old.",
    "Video: “Storm floods the harbour,” by Lena Park.\n\nThe storm hit at dawn.",
    "Analysis: ‘The tax cut will not pay for itself’\n\nEconomists disagree.",
    'Watch: "The moment the dam gave way"\n\nThe dam broke at noon.',
    # a dateline before an unframed quote in single marks, and one a frame claims
    "Lisbon: ‘The ferry is cancelled’\n\nThe port closed early.",
    'Beirut: "The power cuts are over," the minister said.',
])
def test_a_kicker_or_place_is_no_headline_speaker(found_in: Any, text: str) -> None:
    label = text.split(":", 1)[0]
    for content, source, _ in _attributions(found_in, text):
        assert source != label
        assert not content.startswith(label)


@pytest.mark.parametrize(("text", "second", "first_speaker"), [
    # a second quote in lower case after another speaker's frame is not the first speaker's
    ("“We will fix the roads,” Patel said, as Gomez yelled from the gallery, “not this year.”",
     "not this year.", "Patel"),
    ("“The plan is fair,” the governor said, while students outside shouted, “shame, shame.”",
     "shame, shame.", "the governor"),
    ("“Nobody was hurt,” the chief said, but a neighbour insisted, “three people were taken away.”",
     "three people were taken away.", "the chief"),
])
def test_another_speakers_frame_breaks_a_continued_quote(
        found_in: Any, text: str, second: str, first_speaker: str) -> None:
    found = _attributions(found_in, text)
    assert not any(c == second and s == first_speaker for c, s, _ in found)
    assert not any(c.endswith(second) and s == first_speaker and len(c) > len(second)
                   for c, s, _ in found)


def test_a_participle_of_the_frame_still_continues(found_in: Any) -> None:
    text = "“We are not leaving,” said the union leader, speaking outside the plant, “and we are not afraid.”"
    found = _attributions(found_in, text)
    assert ("and we are not afraid.", "the union leader, speaking outside the plant", "said") in found or \
        any(c == "and we are not afraid." and s is not None and s.startswith("the union leader")
            for c, s, _ in found)


def test_a_verb_that_says_nothing_does_not_break_a_continued_quote(found_in: Any) -> None:
    text = "“We tried everything,” Okafor said, her voice rising, “and nobody listened.”"
    assert ("and nobody listened.", "Okafor", "said") in _attributions(found_in, text)
