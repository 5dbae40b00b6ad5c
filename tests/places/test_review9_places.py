"""Review 9 of the places: a verb of force before a town of our tables tagged PERSON acts on a
person where what follows makes the name a person's ("raided Manara's home", "took Manara to
court", "attacked Manara, a 23-year-old student"), and "take" of a town by force reads the town
("Russia said it had taken Avdiivka", "troops took Kherson"), so ``claims.released`` drops the
person. Sentences of our own, through the whole pipeline."""

from __future__ import annotations

import pytest

from dateline import gazetteer
from dateline.pipeline import Pipeline
from dateline.places.standing import standing, stands_cued


@pytest.mark.parametrize(("text", "actor"), [
    ("Police raided Manara's home and seized her laptop.", "per:manara"),
    ("Police seized Manara's passport at the airport.", "per:manara"),
    ("The minister entered Manara's office without knocking.", "per:manara"),
    ("Fans raided Manara's merchandise stall.", "per:manara"),
    ("Soldiers attacked Manara, a 23-year-old student, at a checkpoint.", "per:manara"),
    ("The company took Manara to court over the unpaid wages.", "per:manara"),
    ("The general took Manara by surprise with his offer.", "per:manara"),
    ("Gunmen seized Fatima, a teacher, from her home.", "per:fatima"),
    ("The idea struck Manara as strange, she said later.", "per:manara"),
])
def test_person_a_verb_acts_on_stays_a_person(pipeline: Pipeline, text: str, actor: str) -> None:
    record = pipeline.process(text)
    assert actor[4:].capitalize() not in {p.text for p in record.places}, record.places
    assert actor in {a.id for a in record.actors}, record.actors


@pytest.mark.parametrize(("text", "name"), [
    ("Russia said it had taken Avdiivka after months of fighting.", "Avdiivka"),
    ("Moscow said it had taken control of Avdiivka.", "Avdiivka"),
    ("Israeli troops took Khiam after heavy fighting.", "Khiam"),
    ("Russian forces seized Soledar in January, the Wagner group said.", "Soledar"),
    ("Ukrainian troops took Kherson in November 2022.", "Kherson"),
    ("Settlers who attacked Huwara were released.", "Huwara"),
    ("Palestinian gunmen attacked Huwara's main road, the army said.", "Huwara"),
    ("Hezbollah fighters attacked Manara, a kibbutz on the Lebanese border.", "Manara"),
    ("Israeli jets struck Khiam as residents slept.", "Khiam"),
    ("Russian troops took Avdiivka's coke plant.", "Avdiivka"),
])
def test_town_taken_by_force_is_a_place(pipeline: Pipeline, text: str, name: str) -> None:
    record = pipeline.process(text)
    assert name in {p.text for p in record.places}, record.places
    assert not [a for a in record.actors if a.id.startswith("per:")], record.actors


@pytest.mark.parametrize(("before", "curated", "expected"), [
    ("Russia said it had taken ", True, True),
    ("Russian forces captured ", False, True),  # armed men's capture: any strong town
    ("Russia said it had captured ", False, False),  # no armed subject: not a GeoNames town's cue
    ("The court said it had taken ", False, False),
    ("Critics attacked ", True, False),
])
def test_take_cues(before: str, curated: bool, expected: bool) -> None:
    assert stands_cued(before + "Xyz", len(before), curated, True) is expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Russian forces seized Soledar in January.", "Soledar", True),  # a town of a war our tables hold
    ("Gunmen seized Fatima and her children.", "Fatima", False),  # a GeoNames town elsewhere: a person seized
    ("Gunmen seized Fatima in Brazil.", "Fatima", False),
    ("Troops took Avdiivka's coke plant.", "Avdiivka", True),
    ("Police raided Manara's home.", "Manara", False),
])
def test_armed_take_of_a_name_tagged_person(text: str, name: str, expected: bool) -> None:
    start = text.index(name)
    found = standing(text, start, start + len(name), gazetteer.load(), person=True)
    assert (found is not None) is expected, found
