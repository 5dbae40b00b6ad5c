"""Session 13: what nobody said reports nothing; a negative-quantifier subject negates its act."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events import extract_events


def _events(nlp: Any, text: str) -> dict[str, tuple[str, str]]:
    return {e.trigger: (e.type, e.status) for e in extract_events(nlp(text))}


@pytest.mark.parametrize("text", [
    # nobody said it: no refusal, no commitment, and no speaker
    "Nobody said war is out of the question.",
    "None of the officials said war is out of the question.",
    "No official said Israel would withdraw.",
])
def test_words_nobody_said_make_no_speech_event(nlp: Any, text: str) -> None:
    found = _events(nlp, text)
    assert all(t not in ("REJECT", "AGREE") for t, _ in found.values()), found


@pytest.mark.parametrize(("text", "status"), [
    # near misses: a named speaker rules it out; a named speaker's denied saying is negated, not dropped
    ("Hamas said withdrawing is out of the question.", "happened"),
    ("Israel did not say war is out of the question.", "negated"),
])
def test_a_named_speakers_refusal_stays(nlp: Any, text: str, status: str) -> None:
    assert ("REJECT", status) in _events(nlp, text).values()


@pytest.mark.parametrize(("text", "trigger", "status"), [
    ("Nobody attacked the convoy.", "attacked", "negated"),  # the act is denied of anyone
    ("No official said Israel would withdraw.", "withdraw", "hypothetical"),  # reported by nobody
    ("Nobody confirmed that Israel struck the school.", "struck", "hypothetical"),
    # near miss: doubted by no one, the strike is taken as done
    ("No one doubted that Israel struck Iran.", "struck", "happened"),
])
def test_negative_subject_status(nlp: Any, text: str, trigger: str, status: str) -> None:
    assert _events(nlp, text)[trigger][1] == status


def test_nobody_hurt_is_no_event(nlp: Any) -> None:
    assert extract_events(nlp("Nobody was hurt.")) == []

