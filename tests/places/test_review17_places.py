"""Review of session 17 (sentences of our own): near misses of the capital's government cue
after a same-name town qualified in the text, which must stay the town."""

from __future__ import annotations

from typing import Any

import pytest

_PARIS = "Police in Paris, Texas, said the fire was out. "
_MOSCOW = "Police in Moscow, Idaho, said four students died. "
_TORNADO = "A tornado tore through Paris, Texas, on Sunday. "


@pytest.mark.parametrize(("first", "second"), [
    (_PARIS, "Student government officials in Paris met on Monday."),  # a school's body
    (_PARIS, "Tribal government leaders in Paris met on Monday."),
    (_PARIS, "Baptist ministers in Paris said prayers for the dead."),  # clergy
    (_PARIS, "Church ministers in Paris said prayers for the dead."),
    (_MOSCOW, "Moscow ministers led a vigil on Sunday."),  # the town's clergy
    (_TORNADO, "Federal officials flew to Paris to survey the damage."),  # going to the town
    (_TORNADO, "The government sent aid to Paris on Monday."),
    # a town the qualifier alone brings back (Washington, Iowa) is read the same way
    ("A tornado tore through Washington, Iowa, on Sunday. ", "Federal officials flew to Washington to survey it."),
])
def test_no_government_of_the_capital_stays_the_town(nlp: Any, first: str, second: str) -> None:
    name = first.split(",")[0].split()[-1]  # the town qualified first ("Paris, Texas")
    found = [p for p in nlp(first + second)._.places if p.text == name]
    assert len(found) == 2 and found[0].feature != "PPLC"
    assert (found[1].lat, found[1].lon) == (found[0].lat, found[0].lon)
