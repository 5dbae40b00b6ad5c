"""Session 19: a catch-all discontinue row needs an act between sides; a business's offer, withdrawn support, a stopper
that is no side, an activity not given up, and the refuser of a passive stop."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events import extract


def _rows(nlp: Any, text: str) -> list[tuple[str, str | None, str, str]]:
    return [(f.event.type, f.event.mode, f.event.status, f.event.trigger) for f in extract(nlp(text))]


def _actors(nlp: Any, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(f.event.type, f.event.sources, f.event.targets)
            for f in extract(nlp(text))]


@pytest.mark.parametrize(("text", "rows"), [
    # nothing between sides cancelled, scrapped or halted: no SANCTION
    ("They cancelled the concert.", []),
    ("The airline scrapped the old fleet.", []),
    ("Stocks halted their advance.", []),
    ("The airline cancelled 300 flights.", []),
    ("The referee halted the match.", []),
    ("The airline halted flights to Georgia.", []),
    # near misses: an act between sides by its word, or one a side aims at another
    ("Washington cancelled the summit.", [("SANCTION", "discontinue", "happened", "cancelled summit")]),
    ("The EU halted aid to Niger.", [("SANCTION", "discontinue", "happened", "halted aid")]),
    ("Turkey halted trade with Israel.", [("SANCTION", "discontinue", "happened", "halted trade")]),
    ("Russia halted flights to Georgia.", [("SANCTION", "discontinue", "happened", "halted flights")]),
    ("Israel scrapped the deal.", [("REJECT", None, "happened", "scrapped deal")]),
])
def test_a_discontinued_act_is_between_sides(nlp: Any, text: str,
                                            rows: list[tuple[str, str | None, str, str]]) -> None:
    assert _rows(nlp, text) == rows


@pytest.mark.parametrize(("text", "rows"), [
    # a firm's deal by its own words, or a firm the actors component knows, gives up no political aim
    ("Tesla withdrew its takeover offer.", []),
    ("Gazprom withdrew its offer.", []),
    # near misses: a side's offer withdrawn stays a SANCTION withdraw
    ("Hamas withdrew its offer.", [("SANCTION", "withdraw", "happened", "withdrew offer")]),
    ("Moscow withdrew its offer of talks.", [("SANCTION", "withdraw", "happened", "withdrew offer")]),
])
def test_a_business_offer_is_no_political_act(nlp: Any, text: str,
                                             rows: list[tuple[str, str | None, str, str]]) -> None:
    assert _rows(nlp, text) == rows


def test_support_withdrawn_takes_back_a_commitment(nlp: Any) -> None:
    # as an offer withdrawn (SANCTION withdraw), and the talks it was for are no meeting that happened
    assert _rows(nlp, "Moscow withdrew its support for the talks.") == [
        ("SANCTION", "withdraw", "happened", "withdrew support")]
    assert _actors(nlp, "Washington withdrew its support for the Kurdish forces.")[0][0] == "SANCTION"
    # near miss: troops withdrawn stay a RETREAT
    assert _rows(nlp, "Russia withdrew its troops from the town.")[0][:2] == ("RETREAT", "withdraw")


@pytest.mark.parametrize(("text", "rows"), [
    # pressure is no side: the attack is foiled, no ceasefire of its own side
    ("The Russian attack was halted by Russian pressure.", [("ASSAULT", None, "happened", "attack")]),
    ("Russian pressure halted the Russian attack.", [("ASSAULT", None, "happened", "attack")]),
    # near misses: a side named for the attacker's stops its own attack
    ("The Russian attack was halted by Russian commanders.", [("RETREAT", "ceasefire", "happened", "attack halted")]),
    ("The Russian attack was halted by Russian troops.", [("RETREAT", "ceasefire", "happened", "attack halted")]),
    ("Russia halted its attack.", [("RETREAT", "ceasefire", "happened", "halted attack")]),
])
def test_a_stopper_must_be_a_side(nlp: Any, text: str, rows: list[tuple[str, str | None, str, str]]) -> None:
    assert _rows(nlp, text) == rows


@pytest.mark.parametrize(("text", "rows"), [
    # an activity not given up goes on: no event, as a programme not given up
    ("Iran has not given up uranium enrichment.", []),
    ("Israel has not given up settlement construction.", []),
    # near misses: given up it is a concession; a plain thing not dropped or cut keeps its negated reading
    ("Iran gave up uranium enrichment.", [("CONCEDE", None, "happened", "gave up")]),
    ("Hamas did not drop the charges.", [("CONCEDE", None, "negated", "drop charges")]),
    ("Hamas did not drop its opposition to the deal.", [("CONCEDE", None, "negated", "drop opposition")]),
    ("The US did not cancel the funding.", [("SANCTION", "discontinue", "negated", "cancel funding")]),
    ("Russia has not given up its weapons.", [("RETREAT", "disarm", "negated", "given up weapons")]),  # disarming (session 21)
])
def test_an_activity_not_given_up_stands(nlp: Any, text: str, rows: list[tuple[str, str | None, str, str]]) -> None:
    assert _rows(nlp, text) == rows


@pytest.mark.parametrize(("text", "refuser"), [
    # the stop refused in the passive is refused by the act's own side: the speaker when it is that side
    ("Moscow said the Russian offensive would not be called off.", ("cty:RUS",)),
    ("The Kremlin said the Russian offensive would not be halted.", ("cty:RUS",)),
    ("Kyiv said the Russian offensive would not be called off.", ("cty:RUS",)),
    # no side named: the speaker's own (session 21); near miss: a halt may be the other side's, no refuser
    ("Moscow said the offensive would not be called off.", ("cty:RUS",)),
    ("Ukrainian officials said the offensive would not be halted.", ()),
])
def test_a_passive_refusal_has_its_refuser(nlp: Any, text: str, refuser: tuple[str, ...]) -> None:
    rejects = [r for r in _actors(nlp, text) if r[0] == "REJECT"]
    assert len(rejects) == 1 and rejects[0][1] == refuser and "cty:RUS" not in rejects[0][2]
