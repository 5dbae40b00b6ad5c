"""Session 18, round 2: giving up an aim is one CONCEDE whichever verb says it (not given up, the aim stands); a
firm's offers and bids are no political acts; an offer not withdrawn is no event, and what a withdrawn one offered is
none either; a side's own advance halted is a ceasefire, as its assault halted is,
and an attack halted by its own side's commanders is no attack on them."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events import extract


def _rows(nlp: Any, text: str) -> list[tuple[str, str | None, str, str]]:
    return [(f.event.type, f.event.mode, f.event.status, f.event.trigger) for f in extract(nlp(text))]


@pytest.mark.parametrize(("text", "rows"), [
    # item 1: "abandoned" and "renounced" give up an aim as "gave up" does
    ("Iran abandoned its nuclear programme.", [("CONCEDE", None, "happened", "abandoned")]),
    ("Iran renounced its nuclear programme.", [("CONCEDE", None, "happened", "renounced")]),
    ("Iran gave up its nuclear programme.", [("CONCEDE", None, "happened", "gave up")]),
    ("The rebels abandoned their demand for autonomy.", [("CONCEDE", None, "happened", "abandoned")]),
    ("Libya dropped its weapons programme.", [("CONCEDE", None, "happened", "dropped")]),  # no weapons dropped
    # not given up, the aim stands: no event of the giving up (session 17 convention), whichever verb
    ("Iran has not abandoned its nuclear programme.", []),
    ("Iran has not renounced its nuclear programme.", []),
    ("Iran has not given up its nuclear programme.", []),
    # near misses: what is no aim keeps its reading
    ("The rebels abandoned the town.", [("RETREAT", "withdraw", "happened", "abandoned")]),
    ("The United States cancelled its aid programme to Egypt.",
     [("SANCTION", "discontinue", "happened", "cancelled programme")]),
    ("Hamas dropped its demand for a full withdrawal.",
     [("CONCEDE", None, "happened", "dropped demand"), ("RETREAT", "withdraw", "happened", "withdrawal")]),
])
def test_giving_up_an_aim_is_one_concession(nlp: Any, text: str, rows: list[tuple[str, str | None, str, str]]) -> None:
    assert _rows(nlp, text) == rows


@pytest.mark.parametrize(("text", "rows"), [
    # item 2: a business offer or bid between firms is no political event
    ("The company withdrew its takeover offer.", []),
    ("The company abandoned its takeover bid.", []),
    ("Investors abandoned their bid for the company.", []),
    # near misses: a state's offer withdrawn, a party's campaign given up
    ("Moscow withdrew its offer of talks.", [("SANCTION", "withdraw", "happened", "withdrew offer")]),
    ("The party abandoned its campaign for reform.", []),  # an endeavour, no aim held against another (review)
])
def test_a_firms_offer_is_no_political_act(nlp: Any, text: str, rows: list[tuple[str, str | None, str, str]]) -> None:
    assert _rows(nlp, text) == rows


@pytest.mark.parametrize(("text", "rows"), [
    # item 3: a side's own advance halted is a ceasefire, as its own assault halted is
    ("Russian troops halted their advance.", [("RETREAT", "ceasefire", "happened", "halted advance")]),
    ("Russia halted its advance on Kyiv.", [("RETREAT", "ceasefire", "happened", "halted advance")]),
    ("Russian troops halted their assault.", [("RETREAT", "ceasefire", "happened", "halted assault")]),
    # an attack halted by its own side is a ceasefire, no attack on the commanders
    ("The Russian attack was halted by Russian commanders.", [("RETREAT", "ceasefire", "happened", "attack halted")]),
    ("The Russian offensive was halted by Russian troops.",
     [("RETREAT", "ceasefire", "happened", "offensive halted")]),
    # near misses: another side's advance or attack halted stays the attacker's; a firm's or a crowd's push is no attack
    ("Ukrainian troops halted the Russian advance.", [("ASSAULT", None, "happened", "advance")]),
    ("The Russian attack was halted by Ukrainian troops.", [("ASSAULT", None, "happened", "attack")]),
    ("The company halted its push into China.", []),  # since session 19 no SANCTION either: nothing between sides
])
def test_an_own_advance_halted_is_a_ceasefire(nlp: Any, text: str, rows: list[tuple[str, str | None, str, str]]) -> None:
    assert _rows(nlp, text) == rows


@pytest.mark.parametrize(("text", "rows"), [
    # item 2: an offer not withdrawn stands and is no event of its own, read as a verb or not ("ceasefire offer"
    # misparsed: "offer" a verb above "withdrawn")
    ("Hamas has not withdrawn its ceasefire offer.", []),
    ("Israel has not withdrawn its peace offer.", []),
    ("Hamas withdrew its ceasefire offer.", [("SANCTION", "withdraw", "happened", "withdrew offer")]),
    # what a withdrawn offer offered was never done, nor is it the offer: no event of its own
    ("Moscow withdrew its offer to hold talks.", [("SANCTION", "withdraw", "happened", "withdrew offer")]),
    ("Iran withdrew its offer of aid.", [("SANCTION", "withdraw", "happened", "withdrew offer")]),
    # near misses: an offer that stands keeps its content as offered; a plan given up leaves its act foiled; troops
    # withdrawn "to" do something are no offer
    ("Moscow has not withdrawn its offer to hold talks.", [("CONSULT", "talks", "hypothetical", "hold talks")]),
    ("Moscow withdrew its plan to hold talks.",
     [("CONCEDE", None, "happened", "withdrew"), ("CONSULT", "talks", "negated", "hold talks")]),
    ("The army withdrew its troops to regroup.", [("RETREAT", "withdraw", "happened", "withdrew")]),
    ("Hamas rejected the ceasefire offer.", [("REJECT", None, "happened", "rejected")]),
])
def test_an_offer_withdrawn_or_standing(nlp: Any, text: str, rows: list[tuple[str, str | None, str, str]]) -> None:
    assert _rows(nlp, text) == rows


def test_an_attack_halted_by_its_own_side_has_no_target_of_it(nlp: Any) -> None:
    found = extract(nlp("The Russian attack was halted by Russian commanders."))
    assert found and all(not f.event.targets for f in found), [f.event for f in found]
