"""Review of session 12's 'press' senses: a point the parse splits ('pressed the point home'),
charges pressed (a legal act) and an armed force's attack (fighting). Sentences are our own."""

from __future__ import annotations

from typing import Any

from tests.quotes.conftest import span_text


def test_a_point_pressed_home_reports(found_in: Any) -> None:
    text = "The prosecutor pressed the point home in her closing argument."
    [hit] = found_in(text)
    assert (span_text(text, hit.source), span_text(text, hit.cue)) == ("The prosecutor", "pressed")


def test_pressing_charges_is_no_statement_of_the_one_pressing(found_in: Any) -> None:
    text = "Police said the woman would not press charges."
    assert [span_text(text, f.cue) for f in found_in(text)] == ["said"]
    text = "The family pressed charges against the officer."
    assert all(span_text(text, f.cue) != "pressed" for f in found_in(text))


def test_an_armed_force_pressing_its_attack_is_no_statement(found_in: Any) -> None:
    text = "Russian forces pressed the attack on Kharkiv overnight."
    assert all(span_text(text, f.cue) != "pressed" for f in found_in(text))
    text = "The rebels pressed the attack on the town at dawn."
    assert all(span_text(text, f.cue) != "pressed" for f in found_in(text))
    text = "Democrats pressed the attack on the president's record."
    [hit] = found_in(text)
    assert (span_text(text, hit.source), span_text(text, hit.content)) == \
        ("Democrats", "the attack on the president's record")


def test_a_leading_as_put_it_frame_reports_the_clause_after_it(found_in: Any) -> None:
    text = "As one diplomat put it, the talks are a dead end."
    [hit] = found_in(text)
    assert (span_text(text, hit.source), span_text(text, hit.cue), span_text(text, hit.content)) == \
        ("one diplomat", "put it", "the talks are a dead end")
    assert found_in("As the senator put it on the table, the lights went out.") == []
