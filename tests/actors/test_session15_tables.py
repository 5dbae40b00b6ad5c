"""A table's header row ("| Candidate | Party | Votes |") names its columns: its one-word cells
are no actors, while the names in its rows, and one-word names elsewhere, stay."""

from __future__ import annotations

import pytest

from dateline.pipeline import Pipeline
from dateline.reader import read_html, read_text

ROWS = "".join(f"<tr><td>{name}</td><td>{party}</td><td>{votes}</td></tr>" for name, party, votes in (
    ("Grace Mbeki", "Labour", 21408), ("Tomas Novak", "Reform", 18233), ("Helen Ward", "Green", 9120)))


def _table(header: str) -> str:
    cells = "".join(f"<th>{cell}</th>" for cell in header.split())
    return (f"<html><body><article><h1>Ward count</h1><table><tr>{cells}</tr>{ROWS}</table>"
            "</article></body></html>")


def _names(pipeline: Pipeline, article: object) -> dict[str, str]:
    return {actor.name: actor.type for actor in pipeline.process(article).actors}  # type: ignore[arg-type]


def test_the_header_cells_of_a_results_table_are_no_actors(pipeline: Pipeline) -> None:
    names = _names(pipeline, read_html(_table("Candidate Party Votes")))
    assert not {"Candidate", "Party", "Votes"} & set(names)
    assert {"Grace Mbeki", "Tomas Novak"} <= set(names)
    assert names.get("Labour") == "organization"  # a party in a row of results stays one


@pytest.mark.parametrize("text, name", [
    ("Apple\n\nApple said on Tuesday that its sales in China fell for a third quarter.", "Apple"),
    ("Congress\n\nCongress passed the spending bill late on Friday after a week of talks.", "Congress"),
    ("Labour said it would vote against the budget, and Likud said it would back it.", "Labour"),
    ("Hamas and Fatah met in Cairo on Sunday to discuss a unity government.", "Hamas"),
    ("Hamas and Fatah met in Cairo on Sunday to discuss a unity government.", "Fatah"),
])
def test_one_word_names_outside_a_header_row_stay(pipeline: Pipeline, text: str, name: str) -> None:
    assert name in _names(pipeline, read_text(text))


def test_a_header_row_of_known_parties_keeps_them(pipeline: Pipeline) -> None:
    names = _names(pipeline, read_html(_table("Ward Labour Likud")))
    assert {"Labour", "Likud"} <= set(names) and "Ward" not in names
