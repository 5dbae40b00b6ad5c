"""A bare 'the minister' / 'the president' as a speaker: only one earlier holder of the whole title
(not 'Prime Minister X' for 'the minister', not 'Vice President X' for 'the president', not a
former one), and none at all where the actors component ran and left it open (several holders)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(("text", "speaker", "expected"), [
    # several ministers named, the last source a prime minister: which minister is not said
    ("Foreign Minister Wang Yi met Defence Minister Dong Jun in Beijing on Monday. Prime Minister "
     "Li Qiang said the talks were useful. “We are ready,” the minister said.", "the minister", ()),
    ("Foreign Secretary David Lammy said the talks were useful. Foreign Minister Wang Yi said Beijing "
     "would help. Foreign Minister Subrahmanyam Jaishankar said India agreed. Prime Minister Keir "
     "Starmer said Britain would host the next round. “We will not wait,” the minister said.",
     "the minister", ()),
    # a prime minister is no bare 'minister', a vice president no 'president'
    ("Prime Minister Li Qiang said the talks were useful. “We are ready,” the minister said.",
     "the minister", ()),
    ("Vice President Kamala Harris said the talks were useful. “We are ready,” the president said.",
     "the president", ()),
    ("Deputy Foreign Minister Ali Bagheri said the talks were useful. “We are ready,” the foreign "
     "minister said.", "the foreign minister", ()),
    # positive: the one holder of the whole title
    ("Foreign Minister Wang Yi said the talks were useful. “We are ready,” the minister said.",
     "the minister", ("per:wang-yi",)),
    # the unnamed official of one side keeps its side (the fallback of the quotes stage)
    ("A senior Hamas official told Reuters that the group would not sign. “We will not give in,” "
     "the official said.", "the official", ("org:hamas",)),
])
def test_bare_title(quotes_of: Any, text: str, speaker: str, expected: tuple[str, ...]) -> None:
    last = quotes_of(text)[-1]
    assert last.speaker_text == speaker and last.speakers == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a noun the actors component does not take up: the quotes fallback links the one named so
    ("Netanyahu aide Ron Dermer told reporters the deal was close. “We are not there yet,” the aide "
     "said.", ("per:ron-dermer",)),
    # ... but not a former holder
    ("Former aide Ron Dermer told reporters the deal was close. “We are not there yet,” the aide "
     "said.", ()),
])
def test_bare_noun_fallback(quotes_of: Any, text: str, expected: tuple[str, ...]) -> None:
    last = quotes_of(text)[-1]
    assert last.speaker_text == "the aide" and last.speakers == expected
