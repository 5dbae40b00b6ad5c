"""Session 24: an attack told again is the attack told before; a vow to prevent an attack is no attack, nor is a
game named a massacre; a country's opposition is not the country; a firm's drill is no show of force."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events import extract_events

PUBLISHED = "2024-08-18"  # a Sunday: "Saturday" is 2024-08-17, "Monday" 2024-08-12

Row = tuple[str, str | None, str, str, tuple[str, ...], tuple[str, ...], str | None, str | None]


def _rows(nlp: Any, text: str) -> list[Row]:
    doc = nlp.make_doc(text)
    doc._.published = PUBLISHED
    return [(e.type, e.mode, e.status, e.trigger, e.sources, e.targets, e.date, e.place)
            for e in extract_events(nlp(doc))]


_STRUCK = ("ASSAULT", "airstrike", "happened", "struck", ("org:idf",), (), "2024-08-17", "Gaza")
_HIT = ("ASSAULT", None, "happened", "hit", ("cty:RUS",), (), "2024-08-12", "Kyiv")
_SHELLED = ("ASSAULT", "shelling", "happened", "shelled", ("org:russian-armed-forces",), (), "2024-08-12", "Kharkiv")


@pytest.mark.parametrize(("text", "rows"), [
    ("Israeli jets struck a school in Gaza City on Saturday. Hamas condemned the attack.",
     [_STRUCK, ("ACCUSE", "disapprove", "happened", "condemned", ("org:hamas",), (), PUBLISHED, None)]),
    ("Israeli jets struck a school in Gaza City on Saturday. Hamas blamed Israel for the strike.",
     [_STRUCK, ("ACCUSE", "allege", "happened", "blamed", ("org:hamas",), ("cty:ISR",), PUBLISHED, None)]),
    ("Israeli jets struck a school in Gaza City on Saturday. Residents described the strike as the deadliest in weeks.",
     [_STRUCK]),
    ("Russian missiles hit a hospital in Kyiv on Monday. After the attack, rescuers searched the rubble.", [_HIT]),
    # what the attack told again did was done on its day, where it was
    ("Gunmen attacked a church in Lagos on Monday. The attack killed 12 people.",
     [("ASSAULT", None, "happened", "attacked", (), (), "2024-08-12", "Lagos"),
      ("ASSAULT", "kill", "happened", "killed", (), (), "2024-08-12", "Lagos")]),
    # an attack of no side told again by its doer keeps the doer, on the attack's day and where it was
    ("A suicide bomber killed 12 people at a market in Mogadishu on Friday. Al-Shabaab claimed the bombing.",
     [("ASSAULT", "kill", "happened", "killed", (), (), "2024-08-16", "Mogadishu"),
      ("ASSAULT", "explosives", "happened", "bombing", ("org:al-shabaab",), (), "2024-08-16", "Mogadishu")]),
    # near misses: an attack with its own date, place, clause or side, a new one, a walkout, an attack not done
    ("A suicide bomber killed 12 people at a market in Mogadishu on Friday. Al-Shabaab claimed a bombing.",
     [("ASSAULT", "kill", "happened", "killed", (), (), "2024-08-16", "Mogadishu"),
      ("ASSAULT", "explosives", "happened", "bombing", ("org:al-shabaab",), (), PUBLISHED, None)]),
    ("Israeli jets struck a school in Gaza City on Saturday. The attack on Friday in Tel Aviv killed two people.",
     [_STRUCK, ("ASSAULT", "kill", "happened", "killed", (), (), "2024-08-16", None)]),
    ("Russian missiles hit a hospital in Kyiv on Monday. The strike in Odesa killed three.",
     [_HIT, ("ASSAULT", "kill", "happened", "killed", (), (), PUBLISHED, None)]),
    ("Israeli jets struck Gaza on Saturday. Israel said it was responding to the attack that killed 12 children in "
     "Majdal Shams.",
     [("ASSAULT", "airstrike", "happened", "struck", ("org:idf",), (), "2024-08-17", "Gaza Strip"),
      ("ASSAULT", "kill", "happened", "killed", (), (), PUBLISHED, "Majdal Shams"),
      ("ASSAULT", None, "happened", "attack", (), (), PUBLISHED, None)]),
    ("Russia struck Kyiv on Monday. Ukraine's attack on Belgorod killed five.",
     [("ASSAULT", "airstrike", "happened", "struck", ("cty:RUS",), (), "2024-08-12", None),
      ("ASSAULT", "kill", "happened", "killed", ("cty:UKR",), (), PUBLISHED, None)]),
    ("Israeli jets struck Gaza on Saturday. Hamas launched a second attack on Sunday.",
     [("ASSAULT", "airstrike", "happened", "struck", ("org:idf",), (), "2024-08-17", "Gaza Strip"),
      ("ASSAULT", None, "happened", "launched attack", ("org:hamas",), (), PUBLISHED, None)]),
    ("Police beat protesters on Monday. The strike by teachers continued.",
     [("ASSAULT", "beat", "happened", "beat", (), (), "2024-08-12", None),
      ("PROTEST", "strike", "ongoing", "strike", (), (), PUBLISHED, None)]),
    ("The attack killed 12 people.", [("ASSAULT", "kill", "happened", "killed", (), (), PUBLISHED, None)]),
    # review: a verb joined to the act shares its subject, the attack told before; one with its own subject does not
    ("Russian forces shelled Kharkiv on Monday. The shelling killed three civilians and wounded ten.",
     [_SHELLED, ("ASSAULT", "kill", "happened", "killed", (), (), "2024-08-12", "Kharkiv"),
      ("ASSAULT", None, "happened", "wounded", (), (), "2024-08-12", "Kharkiv")]),
    ("Russian forces shelled Kharkiv on Monday. Drones attacked Odesa and wounded ten.",
     [_SHELLED, ("ASSAULT", None, "happened", "attacked", (), (), PUBLISHED, "Odesa"),
      ("ASSAULT", None, "happened", "wounded", (), (), PUBLISHED, None)]),
])
def test_an_attack_told_again_is_the_attack_told_before(nlp: Any, text: str, rows: list[Row]) -> None:
    assert _rows(nlp, text) == rows


@pytest.mark.parametrize(("text", "rows"), [
    # review: an attack or protest kept from happening is no event; one not prevented, only aimed at or foiled
    # stays
    ("Israel prevented an attack by Hezbollah.",
     [("COERCE", "restrict", "happened", "prevented", ("cty:ISR",), ("org:hezbollah",), PUBLISHED, None)]),
    ("The Iron Dome averted a massacre, Israel said.", []),
    ("Police prevented the march on Monday.", [("COERCE", "restrict", "happened", "prevented", (), (), "2024-08-12",
                                                None)]),
    ("Police foiled a bombing on Monday.", [("ASSAULT", "explosives", "happened", "bombing", (), (), "2024-08-12",
                                             None)]),  # an attempt made (session 17)
    ("Nobody prevented the attack.",
     [("COERCE", "restrict", "negated", "prevented", (), (), PUBLISHED, None),
      ("ASSAULT", None, "happened", "attack", (), (), PUBLISHED, None)]),
    ("Israel did nothing to prevent the massacre.",
     [("COERCE", "restrict", "happened", "prevent", (), (), PUBLISHED, None),
      ("ASSAULT", "massacre", "happened", "massacre", (), (), PUBLISHED, None)]),
    ("Had Israel prevented the attack, 12 people would be alive.",
     [("COERCE", "restrict", "hypothetical", "prevented", ("cty:ISR",), (), PUBLISHED, None),
      ("ASSAULT", None, "hypothetical", "attack", (), (), PUBLISHED, None)]),
    ("Ukraine repelled a Russian assault on Pokrovsk.",
     [("ASSAULT", None, "happened", "repelled", ("cty:UKR",), ("cty:RUS",), PUBLISHED, None),
      ("ASSAULT", None, "happened", "assault", ("cty:RUS",), ("cty:UKR",), PUBLISHED, "Pokrovsk")]),
    # a plot is a plan: the act plotted is not done, unless the plotting is told as over
    ("Iran was plotting an invasion of Iraq.",
     [("ASSAULT", "heavy-weapons", "planned", "invasion", ("cty:IRN",), ("cty:IRQ",), PUBLISHED, None)]),
    ("Hamas plotted the attack for months.", [("ASSAULT", None, "happened", "attack", ("org:hamas",), (), PUBLISHED,
                                               None)]),
])
def test_an_act_prevented_or_plotted_is_not_done(nlp: Any, text: str, rows: list[Row]) -> None:
    assert _rows(nlp, text) == rows


@pytest.mark.parametrize(("text", "rows"), [
    ("Israel vowed to prevent an attack by Hezbollah.",
     [("THREATEN", None, "happened", "vowed", ("cty:ISR",), ("org:hezbollah",), PUBLISHED, None)]),
    ("Israel promised to prevent a massacre in Rafah.",
     [("THREATEN", None, "happened", "promised", ("cty:ISR",), (), PUBLISHED, None)]),
    ("Fans called the 7-1 defeat a massacre.", []),
    ("Pundits described the 3-0 loss as a massacre.", []),
    ("Fans called Saturday's 4-0 rout a massacre.", []),
    # near misses: an attack not prevented, a promised attack, numbers that are no game's score
    ("Israel failed to prevent an attack by Hezbollah.",
     [("COERCE", "restrict", "negated", "prevent", ("cty:ISR",), ("org:hezbollah",), PUBLISHED, None),
      ("ASSAULT", None, "happened", "attack", ("org:hezbollah",), (), PUBLISHED, None)]),
    ("Hamas vowed to carry out an attack on Tel Aviv.",
     [("THREATEN", None, "happened", "vowed", ("org:hamas",), (), PUBLISHED, None)]),
    ("Critics called the 2-1 vote in the Senate a crime against democracy.",
     [("ACCUSE", "allege", "happened", "called crime", (), (), PUBLISHED, None)]),
    ("Kyiv called the attack, which killed 12-15 people, a massacre.",
     [("ACCUSE", "allege", "happened", "called massacre", ("cty:UKR",), (), PUBLISHED, None),
      ("ASSAULT", "kill", "happened", "killed", (), (), PUBLISHED, None),
      ("ASSAULT", None, "happened", "attack", (), (), PUBLISHED, None)]),
])
def test_a_vow_to_prevent_and_a_game_named_a_massacre_are_no_attack(nlp: Any, text: str, rows: list[Row]) -> None:
    assert _rows(nlp, text) == rows


_REJECTED = ("REJECT", None, "happened", "rejected")


@pytest.mark.parametrize(("text", "sources"), [
    ("Venezuela's opposition rejected the result.", ()),
    ("The Venezuelan opposition parties rejected the result.", ()),
    ("Venezuela's opposition coalition and the United States rejected the result.", ("cty:USA",)),
    # near misses: the state, its ministry, a stance of a country
    ("Venezuela's government rejected the result.", ("cty:VEN",)),
    ("Venezuela's foreign ministry rejected the result.", ("org:ven-foreign-ministry",)),
    ("Venezuela rejected the opposition's demands.", ("cty:VEN",)),
])
def test_a_countrys_opposition_is_not_the_country(nlp: Any, text: str, sources: tuple[str, ...]) -> None:
    assert [r[4] for r in _rows(nlp, text) if r[:4] == _REJECTED] == [sources]


_M = ("MOBILIZE", "troops", "happened")


@pytest.mark.parametrize(("text", "rows"), [
    ("Exxon held a drill at its refinery on Tuesday.", []),
    ("Boeing conducted a drill at its plant.", []),
    ("Exxon's drills in the Arctic angered environmentalists.", []),
    # near misses: armed groups and forces the actors component knows, a force at a firm's site
    ("Hezbollah held drills in southern Lebanon.", [(*_M, "held drills", ("org:hezbollah",), (), PUBLISHED, "Lebanon")]),
    ("Wagner held drills in Belarus.", [(*_M, "held drills", ("org:wagner",), ("cty:BLR",), PUBLISHED, "Belarus")]),
    ("NATO held drills in Norway.", [(*_M, "held drills", ("igo:nato",), ("cty:NOR",), PUBLISHED, "Norway")]),
    ("Security forces held a drill at the Exxon refinery.", [(*_M, "held drill", (), ("org:exxon",), PUBLISHED, None)]),
])
def test_a_firms_drill_is_no_show_of_force(nlp: Any, text: str, rows: list[Row]) -> None:
    assert _rows(nlp, text) == rows
