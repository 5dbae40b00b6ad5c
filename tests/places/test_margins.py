"""Toponyms in captions, found without NER (gazetteer match on capitalised runs)."""

from __future__ import annotations

import pytest

from dateline import gazetteer
from dateline.places.margins import caption_spans


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Residents of Khan Younis walk past ruins. Image Credit: AFP", ["Khan Younis"]),
        ("Smoke rises over Beirut, Lebanon, on Tuesday. Photo: Reuters", ["Beirut", "Lebanon"]),
        ("Fans celebrate in the streets after the final.", []),
        ("Firefighters at work near Los Angeles. AP Photo", ["Los Angeles"]),
        ("Antony Blinken lands at Ben Gurion airport. Photo: AFP", []),
        ("Tanks near Rafah Sunday. Image Credit: Reuters", ["Rafah"]),
        ("Crowds in Cairo, Egypt. Photo: AP", ["Cairo", "Egypt"]),
    ],
)
def test_caption_spans(caption: str, expected: list[str]) -> None:
    found = [caption[s:e] for s, e in caption_spans(caption, gazetteer.load())]
    assert found == expected
