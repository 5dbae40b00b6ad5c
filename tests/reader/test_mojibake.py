"""UTF-8 read as windows-1252 upstream: decoded back, whole or with its quote bytes lost, and
text that only looks like it left alone."""

from __future__ import annotations

import pytest

from dateline.reader import read_text
from dateline.reader.mojibake import repair


@pytest.mark.parametrize(("broken", "fixed"), [
    ("Itâ€™s a cafÃ© where tea costs Â£2.", "It’s a café where tea costs £2."),
    ("Itâ\x80\x99s open \u00e2\x80\x9cdaily\u00e2\x80\x9d.", "It’s open “daily”."),
])
def test_whole_mojibake_is_decoded(broken: str, fixed: str) -> None:
    assert repair(broken) == fixed


def test_lost_quote_bytes_are_put_back() -> None:
    broken = ("Volunteers piled sandbags by Ann Lindâ s porch. â We canâ t stop now,â she said. "
              "Her neighbour said the street â held up well. â The pumps ran all night. "
              "â Would you leave? â he asked.")
    assert repair(broken) == (
        "Volunteers piled sandbags by Ann Lind’s porch. “We can’t stop now,” she said. "
        "Her neighbour said the street “held up well.” The pumps ran all night. "
        "“Would you leave?” he asked.")


def test_a_new_line_closes_a_lost_quote() -> None:
    broken = "The pumpâ s motor failed. â It rained all week.\nâ Weâ ll stay, she said."
    assert repair(broken) == "The pump’s motor failed. “It rained all week.\n“We’ll stay, she said."


@pytest.mark.parametrize("text", [
    "A lâmpada e o pâté â s t",  # "â" inside words: Portuguese or French, not mojibake
    "One stray â s here.",  # a single case is no evidence
    "São Paulo, Forlì, Støre, naïve, ÉCOLE ©",
])
def test_ordinary_text_is_unchanged(text: str) -> None:
    assert repair(text) == text


def test_the_reader_repairs_before_reading() -> None:
    article = read_text("Rescuers said the townâ s levee held.\n\nâ Weâ re lucky,â a resident said.")
    assert "town’s levee" in article.body
    assert "“We’re lucky,” a resident said." in article.body


@pytest.mark.parametrize("text", [
    "The page printed Ã© where it meant é, a classic double-encoding bug.",
    'Search for "Ã¼" and replace it with "ü" in the old archive files.',
])
def test_a_line_that_shows_mojibake_beside_its_meaning_is_unchanged(text: str) -> None:
    """Writing about mojibake is no mojibake: the line holds the decoded character too."""
    assert repair(text) == text


def test_mojibake_with_a_latin1_control_inside_is_decoded() -> None:
    assert repair("The ÃŸ of StraÃŸe and the Ã\x85 of Ã\x85land.") == "The ß of Straße and the Å of Åland."
