"""Session 23: an aim to prevent, avert or stop an act is no restriction nor ceasefire, and a prevented act is
not done."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events import extract

Row = tuple[str, str | None, str, str, tuple[str, ...], tuple[str, ...]]


def _rows(nlp: Any, text: str) -> list[Row]:
    return [(f.event.type, f.event.mode, f.event.status, f.event.trigger, f.event.sources, f.event.targets)
            for f in extract(nlp(text))]


@pytest.mark.parametrize(("text", "rows"), [
    ("Diplomats stepped up efforts to prevent a wider war.", []),
    ("Efforts to prevent a wider war have failed.", []),
    ("Diplomats stepped up efforts to end the war.", []),
    ("Egypt made a last-ditch attempt to stop the fighting.", []),
    ("Qatar is pushing to prevent an escalation.", []),
    ("Diplomats worked to prevent a wider war.", []),
    ("Diplomats stepped up efforts to prevent an Israeli offensive in Rafah.", []),
    ("Blinken arrived in Cairo in a bid to prevent a wider war.",
     [("CONSULT", "visit", "happened", "arrived", ("per:antony-blinken",), ())]),
    ("Israel struck Hezbollah targets to prevent an attack.",
     [("ASSAULT", "airstrike", "happened", "struck", ("cty:ISR",), ("org:hezbollah",))]),
    # near misses: people kept from acting are restricted; an aimed-at act that goes on stays; no aim
    ("Israel prevented aid trucks from entering Gaza.",
     [("COERCE", "restrict", "happened", "prevented", ("cty:ISR",), ())]),
    ("Hezbollah fired rockets in an attempt to stop the Israeli offensive.",
     [("ASSAULT", "heavy-weapons", "happened", "fired rockets", ("org:hezbollah",), ()),
      ("ASSAULT", "heavy-weapons", "hypothetical", "offensive", ("cty:ISR",), ())]),
    ("The union's bid to end the strike failed.", [("CONCEDE", None, "hypothetical", "end strike", (), ())]),
    ("Police tried to prevent the march.", [("COERCE", "restrict", "hypothetical", "prevent", (), ()),
                                            ("PROTEST", "demo", "hypothetical", "march", (), ())]),
    ("Hamas agreed to stop the fighting.", [("AGREE", None, "happened", "agreed", ("org:hamas",), ())]),
    ("Israel failed to prevent the attack.", [("COERCE", "restrict", "negated", "prevent", ("cty:ISR",), ()),
                                              ("ASSAULT", None, "happened", "attack", (), ())]),
])
def test_an_aim_to_stop_an_act_is_not_the_act(nlp: Any, text: str, rows: list[Row]) -> None:
    assert _rows(nlp, text) == rows


_M = ("MOBILIZE", "troops", "happened")


@pytest.mark.parametrize(("text", "rows"), [
    ("Dentists use drills.", []),
    ("The evacuation drills were cancelled.", []),
    ("Students held a fire drill.", []),
    ("Residents held a drill on Saturday.", []),
    ("The firm bought new drills for the mine.", []),
    # near misses: a force's, a named side's, or a military drill is a show of force, or its stop
    ("The army held drills near the border.", [(*_M, "held drills", (), ())]),
    ("China staged live-fire drills around Taiwan.", [(*_M, "staged drills", ("cty:CHN",), ("cty:TWN",))]),
    ("Police conducted drills at the stadium.", [(*_M, "conducted drills", (), ())]),
    ("Iran's naval drills began on Monday.", [(*_M, "drills", ("cty:IRN",), ())]),
    ("Seoul cancelled the drills.", [("SANCTION", "discontinue", "happened", "cancelled drills", ("cty:KOR",), ())]),
    ("The drills ended on Friday.", [(*_M, "drills", (), ())]),
    ("Hamas held military-style drills in Gaza.", [(*_M, "held drills", ("org:hamas",), ())]),
    # review: a force carrying out drills conducts them; only carrying drills is a tool put to use
    ("China's military carried out drills around Taiwan on Monday.",
     [(*_M, "carried drills", ("grp:chn-forces",), ("cty:TWN",))]),
    ("Chinese warships carried out drills near the island.", [(*_M, "carried drills", ("cty:CHN",), ())]),
    ("Soldiers carried drills to the site.", []),
])
def test_a_drill_is_military_only_for_a_force_or_side(nlp: Any, text: str, rows: list[Row]) -> None:
    assert _rows(nlp, text) == rows


@pytest.mark.parametrize(("text", "rows"), [
    ("The rapper called his album a massacre.", []),
    ("Critics called the film a massacre of the novel.", []),
    ("Russia called the film a provocation.", []),
    # near misses: an act or a test of a side's named an offence accuses; an act named otherwise is kept
    ("Seoul called the missile test a provocation.",
     [("ACCUSE", "allege", "happened", "called provocation", ("cty:KOR",), ())]),
    ("Kyiv described the Russian strike as a massacre.",
     [("ACCUSE", "allege", "happened", "described massacre", ("cty:UKR",), ("cty:RUS",)),
      ("ASSAULT", "airstrike", "happened", "strike", ("cty:RUS",), ())]),
    ("Russia called the album's release a provocation.",
     [("ACCUSE", "allege", "happened", "called provocation", ("cty:RUS",), ())]),
    ("The army called the operation a success after the massacre.",
     [("ASSAULT", "massacre", "happened", "massacre", (), ())]),
])
def test_naming_a_work_an_offence_accuses_no_one(nlp: Any, text: str, rows: list[Row]) -> None:
    assert _rows(nlp, text) == rows


@pytest.mark.parametrize(("text", "rows"), [
    # checked at the session's start: these already read right, and stay so
    ("RSF fighters gave up positions near Sennar.", [("RETREAT", "withdraw", "happened", "gave up", ("org:rsf",), ())]),
    ("A hunter lowered his rifle.", []),
    ("Militants supported by Iran killed five soldiers.", [("ASSAULT", "kill", "happened", "killed", (), ())]),
    ("Militants backed by Iran attacked a US base.", [("ASSAULT", None, "happened", "attacked", (), ("cty:USA",))]),
    ("Microsoft and OpenAI met in Seattle.",
     [("CONSULT", "meet", "happened", "met", ("org:microsoft", "org:openai"), ())]),
])
def test_a_backer_is_no_doer_and_a_withdrawal_is_a_retreat(nlp: Any, text: str, rows: list[Row]) -> None:
    assert _rows(nlp, text) == rows


@pytest.mark.parametrize(("text", "rows"), [
    # review: where evacuees are taken is no recipient of the aid
    ("The navy evacuated the crew to Djibouti.", [("AID", "humanitarian", "happened", "evacuated", (), ())]),
    ("Egypt evacuated wounded Palestinians from Gaza to Cairo.",
     [("AID", "humanitarian", "happened", "evacuated", ("cty:EGY",), ("grp:palestinians",))]),
    # near misses: aid sent or flown to a country is for it
    ("France sent aid to Lebanon.", [("AID", None, "happened", "sent aid", ("cty:FRA",), ("cty:LBN",))]),
    ("The WHO airlifted medicine to Sudan.",
     [("AID", "humanitarian", "happened", "airlifted", ("igo:who",), ("cty:SDN",))]),
])
def test_where_evacuees_go_is_no_recipient(nlp: Any, text: str, rows: list[Row]) -> None:
    assert _rows(nlp, text) == rows
