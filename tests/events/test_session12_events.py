"""Session 12: a verb conjoined to a passive shares the passive's subject, not its "by" agent."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events import extract_events


def _sources(nlp: Any, text: str) -> dict[str, tuple[str, ...]]:
    return {e.trigger: e.sources for e in extract_events(nlp(text))}


@pytest.mark.parametrize(("text", "trigger", "source"), [
    # an active conjunct (modal, present, or a past form with its own object) acts for the patient
    ("Kenya's police chief was suspended by President Ruto and will resign.", "resign", "cty:KEN"),
    ("Israel's army was attacked by Hezbollah and retaliates with airstrikes.", "retaliates", "org:idf"),
    ("Hamas fighters were bombed by Israel and fired rockets at Tel Aviv.", "fired rockets", "org:hamas"),
])
def test_active_conjunct_of_a_passive_takes_its_subject(nlp: Any, text: str, trigger: str, source: str) -> None:
    assert _sources(nlp, text)[trigger] == (source,)


@pytest.mark.parametrize(("text", "trigger", "source"), [
    # near misses: a bare past form may be an elided passive, and an active first verb lends its subject
    ("Russia's ambassador was summoned by Poland and expelled.", "expelled", "cty:POL"),
    ("Israel attacked Hezbollah and bombed Lebanon.", "bombed", "cty:ISR"),
])
def test_elided_passive_and_active_clause_keep_their_doer(nlp: Any, text: str, trigger: str, source: str) -> None:
    assert _sources(nlp, text)[trigger] == (source,)
