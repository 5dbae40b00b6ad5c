"""Session 21: an armed side giving up ground or its arms retreats; an offensive called off by a side that names
no owner is the speaker's; firms' talks, and a firm closing its own stores, are business; a firm the model tags as a
place is no side."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events import extract


def _rows(nlp: Any, text: str) -> list[tuple[str, str | None, str, str]]:
    return [(f.event.type, f.event.mode, f.event.status, f.event.trigger) for f in extract(nlp(text))]


@pytest.mark.parametrize(("text", "rows"), [
    # an armed body giving up ground withdraws (CAMEO 0874), giving up arms disarms (0873)
    ("Russian forces gave up their positions near Bakhmut.", [("RETREAT", "withdraw", "happened", "gave up")]),
    ("Ukrainian troops gave up the town to the rebels.", [("RETREAT", "withdraw", "happened", "gave up")]),
    ("The rebels have given up their arms.", [("RETREAT", "disarm", "happened", "given up arms")]),
    ("The militia gave up its heavy weapons under the peace deal.",
     [("RETREAT", "disarm", "happened", "gave up weapons")]),
    ("The rebels have not given up their arms.", [("RETREAT", "disarm", "negated", "given up arms")]),
    # near misses: political concessions, a post, land of no armed body, an aim stay as they were
    ("The rebels gave up their demand for autonomy.", [("CONCEDE", None, "happened", "gave up")]),
    ("The government gave up its demand for reparations.", [("CONCEDE", None, "happened", "gave up")]),
    ("The general gave up his position as chairman.", [("CONCEDE", None, "happened", "gave up")]),
    ("The farmers gave up their land.", [("CONCEDE", None, "happened", "gave up")]),
    ("Iran gave up its arms programme.", [("CONCEDE", None, "happened", "gave up")]),
    ("The rebels refused to give up their arms.", [("REJECT", None, "happened", "refused")]),
])
def test_giving_up_ground_or_arms_is_a_retreat(nlp: Any, text: str,
                                               rows: list[tuple[str, str | None, str, str]]) -> None:
    assert _rows(nlp, text) == rows


def _sources(nlp: Any, text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.event.type, f.event.sources) for f in extract(nlp(text))]


@pytest.mark.parametrize(("text", "found"), [
    ("The offensive was suspended, the Kremlin said.", [("RETREAT", ("cty:RUS",))]),
    ("The offensive was called off, the Kremlin said.", [("RETREAT", ("cty:RUS",))]),
    ("Ukraine said its counteroffensive was called off.", [("RETREAT", ("cty:UKR",))]),
    ("Ukraine called off its counteroffensive.", [("RETREAT", ("cty:UKR",))]),
    # near misses: a halt may be another side's defence; a speaker who is no side names no one
    ("The offensive was halted, Ukrainian officials said.", [("RETREAT", ())]),
    ("The offensive was suspended, officials said.", [("RETREAT", ())]),
    ("The offensive was suspended, Reuters reported.", [("RETREAT", ())]),
])
def test_an_offensive_called_off_is_no_attack_and_keeps_its_side(nlp: Any, text: str,
                                                                 found: list[tuple[str, tuple[str, ...]]]) -> None:
    assert _sources(nlp, text) == found


@pytest.mark.parametrize(("text", "rows"), [
    ("Tesla held merger talks with Nissan.", []),
    ("Honda and Nissan began merger talks in December.", []),
    ("Merger talks between Honda and Nissan collapsed.", []),
    ("The company held talks with Nissan.", []),
    ("The firm was in takeover talks with Unilever.", []),
    # near misses: talks with a side, its officials or a union, or between sides, stay talks
    ("Tesla held merger talks with the Chinese government.", [("CONSULT", "talks", "happened", "held talks")]),
    ("Investors held talks with the finance minister.", [("CONSULT", "talks", "happened", "held talks")]),
    ("The company held talks with the union.", [("CONSULT", "talks", "happened", "held talks")]),
    ("The two opposition parties held merger talks.", [("CONSULT", "talks", "happened", "held talks")]),
    ("Russia held talks with Ukraine.", [("CONSULT", "talks", "happened", "held talks")]),
])
def test_firms_talks_are_business(nlp: Any, text: str, rows: list[tuple[str, str | None, str, str]]) -> None:
    assert _rows(nlp, text) == rows


@pytest.mark.parametrize(("text", "rows"), [
    ("Party City, the retailer, withdrew its merger proposal.", []),
    ("The retailer Party City withdrew its merger proposal.", []),
    ("The retailer Party City pulled out of the merger talks.", []),
    # near misses: a city and a party with no trade named stay sides
    ("Kansas City withdrew its merger proposal.", [("SANCTION", "withdraw", "happened", "withdrew proposal")]),
    ("The Labour Party withdrew its merger proposal.", [("SANCTION", "withdraw", "happened", "withdrew proposal")]),
])
def test_a_firm_tagged_as_a_place_is_no_side(nlp: Any, text: str, rows: list[tuple[str, str | None, str, str]]) -> None:
    assert _rows(nlp, text) == rows


@pytest.mark.parametrize(("text", "rows"), [
    ("The fans' union boycotted the match.", [("PROTEST", "boycott", "happened", "boycotted")]),
    ("The supporters' union withdrew its merger proposal.", []),
    ("The students' union withdrew its merger proposal.", []),
    # near misses: a labour union and the unions are political bodies (session 20)
    ("The teachers' union withdrew its merger proposal.", [("SANCTION", "withdraw", "happened", "withdrew proposal")]),
    ("The unions withdrew their merger proposal.", [("SANCTION", "withdraw", "happened", "withdrew proposal")]),
])
def test_a_fans_union_is_no_political_body(nlp: Any, text: str, rows: list[tuple[str, str | None, str, str]]) -> None:
    assert _rows(nlp, text) == rows


@pytest.mark.parametrize(("text", "rows"), [
    ("The chain closed 700 stores.", []),
    ("The retailer said it will shut 50 stores next year.", []),
    ("The company shut its offices in Moscow.", []),
    # near misses: a state's or a side's closing restricts; a firm's embassy-like row and deals keep their rows
    ("Police closed the shops in the old city.", [("COERCE", "restrict", "happened", "closed shops")]),
    ("The government closed the factory.", [("COERCE", "restrict", "happened", "closed factory")]),
    ("The group closed the offices of the aid agency.", [("COERCE", "restrict", "happened", "closed offices")]),
    ("Police said they would close the shops.", [("THREATEN", None, "happened", "said would")]),
])
def test_a_firm_closing_its_stores_is_business(nlp: Any, text: str,
                                              rows: list[tuple[str, str | None, str, str]]) -> None:
    assert _rows(nlp, text) == rows


@pytest.mark.parametrize(("text", "rows"), [
    ("Party City, the party supplies retailer, filed for bankruptcy.", []),
    # near misses: the verb itself, in a headline too, still gives aid
    ("The UN supplies aid to Gaza.", [("AID", None, "happened", "supplies")]),
    ("US supplies Ukraine with missiles, Pentagon says.", [("AID", None, "happened", "supplies")]),
])
def test_a_plural_noun_misread_as_a_verb_is_no_event(nlp: Any, text: str,
                                                      rows: list[tuple[str, str | None, str, str]]) -> None:
    assert _rows(nlp, text) == rows
