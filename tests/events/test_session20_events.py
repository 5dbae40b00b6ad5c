"""Session 20: a party's, a bloc's or a union's merger proposal is a political side's; an activity given up stopped,
and an act given up on (or not) is no act held."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events import extract


def _rows(nlp: Any, text: str) -> list[tuple[str, str | None, str, str]]:
    return [(f.event.type, f.event.mode, f.event.status, f.event.trigger) for f in extract(nlp(text))]


_WITHDRAWN = [("SANCTION", "withdraw", "happened", "withdrew proposal")]


@pytest.mark.parametrize(("text", "rows"), [
    # parties, the opposition, blocs, coalitions and unions are political sides: their merger is their own act
    ("The two opposition parties withdrew their merger proposal.", _WITHDRAWN),
    ("The opposition withdrew its merger proposal.", _WITHDRAWN),
    ("The opposition bloc withdrew its merger proposal.", _WITHDRAWN),
    ("The coalition partners withdrew their merger proposal.", _WITHDRAWN),
    ("The unions withdrew their merger proposal.", _WITHDRAWN),
    # near misses: banks, clubs, a credit union and a firm stay business
    ("The two banks withdrew their merger proposal.", []),
    ("The two football clubs withdrew their merger proposal.", []),
    ("The credit union withdrew its merger proposal.", []),
    ("The wedding party withdrew its merger proposal.", []),
    ("Tesla withdrew its merger proposal.", []),
])
def test_a_political_sides_merger_is_no_business(nlp: Any, text: str,
                                                 rows: list[tuple[str, str | None, str, str]]) -> None:
    assert _rows(nlp, text) == rows


@pytest.mark.parametrize(("text", "rows"), [
    # an activity given up stopped: no attack told by its gerund
    ("The rebels have given up fighting.", [("CONCEDE", None, "happened", "given up")]),
    ("The army has given up shelling the town.", [("CONCEDE", None, "happened", "given up")]),
    ("The rebels gave up fighting and laid down their arms.",
     [("CONCEDE", None, "happened", "gave up"), ("RETREAT", "disarm", "happened", "laid down")]),
    # near misses: not given up it goes on; an attack told beside it, or before it, stays
    ("The rebels have not given up fighting.", [("ASSAULT", None, "ongoing", "fighting")]),
    ("The rebels gave up their weapons after fighting the army.",
     [("RETREAT", "disarm", "happened", "gave up weapons"), ("ASSAULT", None, "happened", "fighting")]),
    ("The rebels gave up fighting after the army shelled the town.",
     [("CONCEDE", None, "happened", "gave up"), ("ASSAULT", "shelling", "happened", "shelled")]),
    ("The rebels have given up fighting, but the army kept shelling the town.",
     [("CONCEDE", None, "happened", "given up"), ("ASSAULT", "shelling", "ongoing", "shelling")]),
])
def test_an_activity_given_up_stopped(nlp: Any, text: str, rows: list[tuple[str, str | None, str, str]]) -> None:
    assert _rows(nlp, text) == rows


@pytest.mark.parametrize(("text", "rows"), [
    # talks given up on, or not, are a stance about talks: none held
    ("Iran has not given up on negotiations.", [("CONCEDE", None, "negated", "given up")]),
    ("Iran has given up on negotiations.", [("CONCEDE", None, "happened", "given up")]),
    ("Iran gave up on the talks and attacked the tanker.",
     [("CONCEDE", None, "happened", "gave up"), ("ASSAULT", None, "happened", "attacked")]),
    # near misses: talks held beside the stance, and a country leaving talks, keep their talks
    ("Israel gave up on negotiations after the talks on Monday.",
     [("CONCEDE", None, "happened", "gave up"), ("CONSULT", "talks", "happened", "talks")]),
    ("Iran pulled out of the talks.",
     [("SANCTION", "withdraw", "happened", "pulled"), ("CONSULT", "talks", "happened", "talks")]),
    ("Hamas said it has not given up hope that talks will resume.",
     [("CONSULT", "talks", "hypothetical", "talks")]),
])
def test_talks_given_up_on_are_none_held(nlp: Any, text: str, rows: list[tuple[str, str | None, str, str]]) -> None:
    assert _rows(nlp, text) == rows


def test_a_position_not_given_up_is_a_stance_held(nlp: Any) -> None:
    # no concession happened, and none is told as refused: the stance, or the post, is held
    assert _rows(nlp, "The rebels have not given up their position.") == []
    assert _rows(nlp, "The rebels have given up their position.") == [("CONCEDE", None, "happened", "given up")]


@pytest.mark.parametrize(("text", "rows"), [
    # talks a firm leaves, or a deal's talks left by no side, are business
    ("Tesla abandoned its merger talks.", []),
    ("The two banks abandoned their merger talks.", []),
    ("Airbus pulled out of takeover talks with Bombardier.", []),
    # near misses: a side, a political body, or a firm leaving talks with a government leave talks
    ("Germany abandoned the merger talks.", [("SANCTION", "withdraw", "happened", "abandoned")]),
    ("The two ruling parties abandoned their merger talks.", [("SANCTION", "withdraw", "happened", "abandoned")]),
    ("The company pulled out of the talks with the government.",
     [("SANCTION", "withdraw", "happened", "pulled"), ("CONSULT", "talks", "happened", "talks")]),
    ("The rebels walked out of the peace talks.",
     [("SANCTION", "withdraw", "happened", "walked"), ("CONSULT", "talks", "happened", "peace talks")]),
])
def test_business_talks_left_are_no_political_act(nlp: Any, text: str,
                                                  rows: list[tuple[str, str | None, str, str]]) -> None:
    assert _rows(nlp, text) == rows


@pytest.mark.parametrize(("text", "rows"), [
    # a carrier named by its country is a firm: its own service halted is no cut between sides
    ("The train service was halted by Russian Railways.", []),
    ("Russian Railways halted the train service.", []),
    # near misses: a country halting a service, or a carrier halting exports to a country, cut relations
    ("Finland halted train services to Russia.", [("SANCTION", "discontinue", "happened", "halted services")]),
    ("The train service to Moscow was halted by Finland.", [("SANCTION", "discontinue", "happened", "service halted")]),
    ("Russian Railways halted freight exports to Finland.", [("SANCTION", "discontinue", "happened", "halted exports")]),
    ("The Russian railway ministry halted the train service.",
     [("SANCTION", "discontinue", "happened", "halted service")]),
])
def test_a_carrier_named_by_its_country_is_no_side(nlp: Any, text: str,
                                                   rows: list[tuple[str, str | None, str, str]]) -> None:
    assert _rows(nlp, text) == rows


def _sides(nlp: Any, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(f.event.type, f.event.sources, f.event.targets) for f in extract(nlp(text))]


@pytest.mark.parametrize(("text", "sides"), [
    # an offensive called off in the passive is called off by its own side, whoever tells it
    ("Moscow said the Russian offensive was called off.", [("RETREAT", ("cty:RUS",), ())]),
    ("The Russian offensive was called off, Moscow said.", [("RETREAT", ("cty:RUS",), ())]),
    ("Kyiv said the Russian offensive was called off.", [("RETREAT", ("cty:RUS",), ())]),
    # an offensive of no named side is the speaker's (session 21); near misses: one stopped by an agent is the agent's
    ("Moscow said the offensive was called off.", [("RETREAT", ("cty:RUS",), ())]),
    ("Moscow said it had called off the offensive.", [("RETREAT", ("cty:RUS",), ())]),
    ("The Russian attack was halted by Ukrainian troops.",
     [("ASSAULT", ("cty:RUS",), ("org:ukrainian-armed-forces",))]),
])
def test_an_offensive_called_off_is_its_sides(nlp: Any, text: str,
                                             sides: list[tuple[str, tuple[str, ...], tuple[str, ...]]]) -> None:
    assert _sides(nlp, text) == sides
