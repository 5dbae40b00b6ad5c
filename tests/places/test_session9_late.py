"""Session 9, late: a town of our conflict tables tagged PERSON after its fall's, capture's or
residents' "of" ("the fall of Avdiivka", "residents of Huwara said") or its people's "from" ("a
man from Huwara told Reuters") reads as the town, and the say-verb after it is its people's, so
``claims.released`` drops the person; persons in the same frames stay persons ("the fall of
Netanyahu", "a letter from Abbas", "a man from Huwara's family", "Mr Huwara told"). Sentences of
our own, through the whole pipeline."""

from __future__ import annotations

import pytest

from dateline.pipeline import Pipeline
from dateline.places.standing import known_person

_TOWN_CASES = [
    ("The fall of Avdiivka in February shook Kyiv.", "Avdiivka"),
    ("After the fall of Avdiivka, Russian troops pushed west.", "Avdiivka"),
    ("The capture of Avdiivka and Bakhmut cost thousands of lives.", "Avdiivka"),
    ("Zelensky said the fall of Avdiivka was not a defeat.", "Avdiivka"),
    ("Putin congratulated troops on the capture of Avdiivka.", "Avdiivka"),
    ("Residents of Huwara said settlers burned cars overnight.", "Huwara"),
    ("Residents of Huwara told Reuters they were afraid.", "Huwara"),
    ("A man from Huwara told Reuters that settlers had attacked his home.", "Huwara"),
    ("A woman from Huwara said her car was burned.", "Huwara"),
    ("Villagers from Huwara said soldiers watched.", "Huwara"),
    ("Families from Huwara told the BBC they slept in shifts.", "Huwara"),
    ("Two residents of Avdiivka told AFP that shelling never stopped.", "Avdiivka"),
    ("Survivors of Be'eri said help came too late.", "Be'eri"),
    ("Residents of Khiam said the village was flattened.", "Khiam"),
    ("Settlers from Yitzhar attacked Huwara, residents said.", "Huwara"),
]


@pytest.mark.parametrize(("text", "name"), _TOWN_CASES)
def test_town_after_its_fall_or_its_people_is_a_place(pipeline: Pipeline, text: str, name: str) -> None:
    record = pipeline.process(text)
    assert name in {p.text for p in record.places}, record.places
    assert not [a for a in record.actors if a.type == "person" and a.name == name], record.actors


@pytest.mark.parametrize(("text", "name"), [
    ("The fall of Netanyahu would reshape Israeli politics.", "Benjamin Netanyahu"),
    ("The capture of Sinwar remained Israel's top goal.", "Yahya Sinwar"),
    ("A letter from Abbas was read aloud at the meeting.", "Mahmoud Abbas"),
    ("A message from Biden was delivered on Tuesday.", "Joe Biden"),
    ("The fall of Assad changed the region.", "Bashar al-Assad"),
    ("A man from Huwara's family told reporters he was angry.", "Huwara"),
    ("Huwara's lawyer said the case was closed.", "Huwara"),
    ("Mr Huwara told Reuters he would appeal.", "Huwara"),
    ("The capture of Huwara by police ended a manhunt.", "Huwara"),
    ("Fatima, a woman from Huwara, said she was afraid.", "Fatima"),
    ("Critics from Ramallah attacked Huwara for his remarks.", "Huwara"),
    ("Friends of Manara said she was brave.", "Manara"),
])
def test_person_in_the_same_frames_stays_a_person(pipeline: Pipeline, text: str, name: str) -> None:
    record = pipeline.process(text)
    assert name in {a.name for a in record.actors if a.type == "person"}, record.actors
    assert name.split()[-1] not in {p.text for p in record.places}, record.places


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Residents of Huwara said the army stood by.", "Huwara", False),
    ("A man from Huwara told Reuters it was calm.", "Huwara", False),
    ("Huwara said the case was closed.", "Huwara", True),
    ("Friends of Huwara said he was kind.", "Huwara", True),
    ("Residents of Huwara said so, and later Huwara told the court he was innocent.", "Huwara", True),
])
def test_say_verb_after_a_towns_people_is_theirs(text: str, name: str, expected: bool) -> None:
    start = text.index(name)
    assert known_person(text, start, start + len(name)) is expected
