"""The country of a modified police ("Riot police", "West Virginia police") without a dateline:
the one country its sentence or article names, a place of one country only; no country where
they name several, or a place several countries have, rather than a wrong one."""

from __future__ import annotations

import pytest

from dateline.actors.lexicon import sole_country
from dateline.pipeline import Pipeline


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a US state is a place of one country (was Britain's, from an English town named later)
    ("West Virginia police stopped a stolen van on the interstate near Oxford.", "West Virginia police",
     ["grp:usa-west-virginia-police"]),
    # a demonym and another country in the sentence: no country (was the other country's)
    ("South Korean officials banned the march over beef from the United States after riot police "
     "clashed with farmers.", "riot police", ["grp:riot-police"]),
    # a town several countries have: the country the article names (Britain's at base)
    ("A Canadian man was stabbed outside a banquet hall on Sunday. London police said a suspect was arrested.",
     "London police", ["grp:can-london-police"]),
    # nothing else named: its most populous reading (none since 3e1b4a6)
    ("A man was stabbed outside a banquet hall on Sunday, London police said.", "London police",
     ["grp:gbr-london-police"]),
    ("Officers seized heroin and three guns in raids in the city, Hartford police said.", "Hartford police",
     ["grp:usa-hartford-police"]),
    ("Riot police clashed with protesters in Paris and Lyon.", "Riot police", ["grp:fra-riot-police"]),
    # a place of one country, or the one country the sentence names
    ("Riot police fired water cannon at the marchers in Seoul on Sunday.", "Riot police", ["grp:kor-riot-police"]),
    ("Riot police fired water cannon at Kenyan marchers on Sunday.", "Riot police", ["grp:ken-riot-police"]),
])
def test_police_country(pipeline: Pipeline, text: str, word: str, expected: list[str]) -> None:
    record = pipeline.process(text)
    assert [m.actor for m in record.mentions if m.text == word] == expected


def test_sole_country() -> None:
    assert sole_country("West Virginia") == "US"
    assert sole_country("Lviv") == "UA"
    assert sole_country("London") is None  # Britain, Canada, the United States
    assert sole_country("Oxford") is None
