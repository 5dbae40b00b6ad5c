"""Review of session 20's places rules (sentences of our own): the near misses they must not
catch."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize("text", [
    "Thousands attended a service at St. Paul's Cathedral.",  # not Saint Paul's in St Kitts
    "She moved to St. John's Wood in London.",  # a London district, not Newfoundland's city
])
def test_no_apostrophe_s_growth_inside_a_longer_name(nlp: Any, text: str) -> None:
    assert all(not p.text.endswith("'s") for p in nlp(text)._.places)


@pytest.mark.parametrize(("rows", "error"), [
    ([("Louth", "County Lout")], r"aliases\.tsv: alias 'Louth': no entry named 'County Lout'"),
    ([("A", "B"), ("B", "A")], r"aliases\.tsv: aliases wait on each other"),
])
def test_an_alias_row_that_reads_nothing_names_its_table(
        monkeypatch: pytest.MonkeyPatch, rows: list[tuple[str, str]], error: str) -> None:
    from dateline import gazetteer
    from dateline.gazetteer import Entry

    b = gazetteer._Builder()
    b.add(Entry(None, "Lu", "IE", "L", 53.9, -6.4, "ADM2", 100_000), ["Lu"])
    monkeypatch.setattr(gazetteer, "shared_rows", lambda name, reader: rows)
    with pytest.raises(ValueError, match=error):
        gazetteer._aliases(b)
