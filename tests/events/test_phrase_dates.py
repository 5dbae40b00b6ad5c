"""Event dates the parser hangs elsewhere (events/dating.py ``phrase_dates``, ``apart``), on
sentences of our own: an event noun's own "on/in <date>" phrase that the parser attached to the
verb above it, the acts of an "in which" clause on that noun, and the times that are not theirs."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events import extract_events

PUBLISHED = "2024-08-17"


def _event(nlp: Any, text: str, word: str) -> Any:
    doc = nlp.make_doc(text)
    doc._.published = PUBLISHED
    events = extract_events(nlp(doc))
    hits = [e for e in events if word in e.trigger]
    assert hits, f"no event triggered by {word!r} in {text!r}: {[(e.type, e.trigger) for e in events]}"
    return hits[0]


_ATTACK = ("The Israeli offensive in Gaza was triggered by the Hamas-led attack on southern Israel on October 7, "
           "in which militants killed some 1,200 people, most of them civilians, and took about 250 hostages.")
_RAID = "Israel was stunned by the Hamas attack on the south on October 7, during which gunmen abducted 240 people."


@pytest.mark.parametrize(("text", "word", "date"), [
    # the noun's own date closes its phrase, after its "on <target>" phrase
    (_ATTACK, "attack", "2023-10-07"),
    (_RAID, "attack", "2023-10-07"),
    ("The talks were overshadowed by the strike on the convoy in March.", "strike", "2024-03"),
    # the acts of an "in/during which" clause on the noun take its date
    (_ATTACK, "killed", "2023-10-07"),
    (_ATTACK, "hostages", "2023-10-07"),
    (_RAID, "abducted", "2023-10-07"),
    ("The strike on the hospital on Monday, in which 12 people were killed, drew condemnation.", "killed",
     "2024-08-12"),
])
def test_noun_keeps_its_own_date(nlp: Any, text: str, word: str, date: str) -> None:
    event = _event(nlp, text, word)
    assert (event.date, event.date_anchor) == (date, "text")


@pytest.mark.parametrize(("text", "word", "wrong"), [
    # the Sunday is the saying's, not the attack's
    ("The offensive was triggered by the attack, Netanyahu said on Sunday.", "attack", "2024-08-11"),
    # the war since is no one-day act of the attack's day
    ("The talks were overshadowed by the strike on the convoy in March and the fighting since.", "fighting",
     "2024-03"),
    ("Hamas attacked Israel on October 7 and has fought since.", "fought", "2023-10-07"),
    # the offensive the attack triggered is not dated by it
    (_ATTACK, "offensive", "2023-10-07"),
])
def test_date_that_is_not_the_acts(nlp: Any, text: str, word: str, wrong: str) -> None:
    assert _event(nlp, text, word).date != wrong
