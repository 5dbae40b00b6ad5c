"""Review of session 16's third actors round, on sentences of our own: the model's noun list holds
famous people ("lenin", "saddam"), so a one-word name opening a sentence is a common noun only as
the subject of "be" and a level ("Turnout was low"); a title in a writer's brackets is no part of
a name ("[Secretary] Kerry")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.actors.test_conflict_news import by_text


@pytest.mark.parametrize("text, name", [
    ("Lenin died in 1924.", "Lenin"),
    ("Saddam was hanged in 2006.", "Saddam"),
    ("Gorbachev resigned on Christmas Day.", "Gorbachev"),
    ("Einstein was a physicist.", "Einstein"),
    ("Mussolini was shot by partisans.", "Mussolini"),
])
def test_a_famous_one_word_name_opening_a_sentence_stays_a_person(nlp: Language, text: str, name: str) -> None:
    assert by_text(nlp, text)[name].startswith("per:")


def test_a_name_written_in_full_elsewhere_is_no_common_noun(nlp: Language) -> None:
    text = "Saddam Hussein ruled Iraq for decades.\n\nSaddam was defiant at the hearing."
    assert by_text(nlp, text)["Saddam"] == "per:saddam-hussein"



def test_a_title_in_a_writers_brackets_is_no_part_of_the_name(nlp: Language) -> None:
    found = by_text(nlp, '"We met [Secretary] Kerry in Geneva," he said.')
    assert found["Kerry"] == "per:john-kerry"
    assert "Secretary Kerry" not in found  # a mention reads unbracketed
