"""Quote-mark pairing: every style of mark, paragraphs, and unbalanced marks (no NLP)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.quotes.marks import paragraphs, quoted_spans


def _texts(text: str) -> list[str]:
    return [text[q.start:q.end] for q in quoted_spans(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("He said “the talks failed” today.", ["the talks failed"]),
    ('He said "the talks failed" today.', ["the talks failed"]),
    ("He said ‘the talks failed’ today.", ["the talks failed"]),
    ("Il a dit « non merci » hier.", ["non merci"]),
    ("''We will win,'' he said.", ["We will win,"]),
    ("It's the army's plan, don't worry.", []),  # apostrophes are not quotes
    ("“A ‘nested’ quote,” she said.", ["A ‘nested’ quote,"]),
    ("“He calls it “hell” on earth,” she said.", ["He calls it “hell” on earth,"]),
    ("“One,” he said. “Two.”", ["One,", "Two."]),
])
def test_pairs(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize(("text", "outer"), [
    # a quote within a two-apostrophe quote closing together: the outer quote ends after all three
    ("''The crowd kept asking 'Where is the money?''' a steward recalled.",
     "''The crowd kept asking 'Where is the money?'''"),
    ("Ms. Ade said, ''They called it 'a done deal,''' and left.", "''They called it 'a done deal,'''"),
    # negatives: two apostrophes and elisions are read as before
    ("''The '90s were kind to us,'' he said.", "''The '90s were kind to us,''"),
    ("''Rock 'n' roll never dies,'' she said.", "''Rock 'n' roll never dies,''"),
])
def test_three_apostrophes_close_both_quotes(text: str, outer: str) -> None:
    (q,) = quoted_spans(text)
    assert text[q.outer_start:q.outer_end] == outer


def test_multi_paragraph_quote_reopens() -> None:
    text = "“We came to talk.\n\n“We will stay until there is a deal,” the envoy said.\n\nLater news."
    (q,) = quoted_spans(text)
    assert text[q.start:q.end].startswith("We came to talk.")
    assert text[q.start:q.end].endswith("until there is a deal,")
    assert "continued" in q.flags and "unclosed" not in q.flags


@pytest.mark.parametrize(("text", "expected", "flag"), [
    ("He said “this never ends.\n\nThe next paragraph is narration.", "this never ends.", "unclosed"),
    ("The statement ended” abruptly.\n\nMore text.", "The statement ended", "unopened"),
    ("He called it “a farce and “left” early.", "a farce and", "unclosed"),
])
def test_unbalanced_marks_are_flagged_and_contained(text: str, expected: str, flag: str) -> None:
    spans = quoted_spans(text)
    first = spans[0]
    assert text[first.start:first.end] == expected
    assert flag in first.flags
    paras = paragraphs(text)
    assert first.end <= paras[0][1]  # never swallows the next paragraph


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .,“”\"‘’'«»\n")), max_size=80))
def test_any_marks_never_crash_and_stay_in_bounds(text: str) -> None:
    paras = paragraphs(text)
    for q in quoted_spans(text):
        assert 0 <= q.outer_start <= q.start <= q.end <= q.outer_end <= len(text)
        if "continued" not in q.flags:
            assert any(a <= q.outer_start and q.end <= b for a, b in paras)


def test_straight_quote_with_curly_inside_runs_over_paragraphs() -> None:
    text = ('The judge wrote:\n\n"This court is not about “winning at any cost” today. It is about law.'
            '\n\n"The next case waits," she added.\n\nThe hearing ended.')
    (q,) = quoted_spans(text)  # (the curly quote inside is a quote within the quote)
    assert text[q.outer_start:q.outer_end].startswith('"This court') and "continued" in q.flags
    assert text[q.outer_start:q.outer_end].endswith('"The next case waits,"')


@pytest.mark.parametrize("text", [
    # negatives: not reopened, the flat reading stays (a stray curly mark, no run over paragraphs)
    'He said "the court is about “winning now.\n\nThe hearing ended.',
    '"Done," he said, “and over.\n\nThe hearing ended.',
])
def test_unreopened_mixed_marks_stay_in_their_paragraph(text: str) -> None:
    para_end = text.index("\n\n")
    assert all(q.outer_end <= para_end for q in quoted_spans(text))


@pytest.mark.parametrize(("text", "expected"), [
    # a straight quote left open, curly quotes inside, and its own comma frame ending the paragraph:
    # the quote ends at the frame's comma and the next paragraph's quote is another statement
    ('"We back the “green deal” and nothing else, the senator said.\n\n'
     '"The vote is on Friday," the whip added.',
     ["We back the “green deal” and nothing else", "The vote is on Friday,"]),
    ('"The “reform” is dead, said the union leader.\n\n"We will talk again in May," the employer added.',
     ["The “reform” is dead", "We will talk again in May,"]),
    ('"The “reform” is dead, he said.\n\nThe employers disagreed.',
     ["The “reform” is dead"]),
])
def test_a_quote_left_open_before_its_own_frame_ends_there(text: str, expected: list[str]) -> None:
    assert [text[q.start:q.end] for q in quoted_spans(text) if q.double] == expected


@pytest.mark.parametrize(("text", "outer"), [
    # negatives: no frame of its own at the paragraph end, the quote runs on as before
    ('"The “reform” is dead, and we know it.\n\n"We will talk again in May," the employer added.',
     '"The “reform” is dead, and we know it.\n\n"We will talk again in May,"'),
    ('"We back the “green deal,” the senator said, "and nothing else.\n\n"The vote is on Friday."',
     None),
])
def test_a_quote_left_open_without_a_frame_runs_on(text: str, outer: str | None) -> None:
    spans = [text[q.outer_start:q.outer_end] for q in quoted_spans(text) if q.double]
    if outer is not None:
        assert outer in spans, spans
    assert not any(s.endswith("said.") for s in spans), spans


@pytest.mark.parametrize(("text", "outer"), [
    # ''' opening a quote within a two-apostrophe quote: one quote, no overlapping pieces
    ("''They said '''no''' to the plan,'' he said.", "''They said '''no''' to the plan,''"),
    ("``The sign read '''closed''' all week,'' she said.", "``The sign read '''closed''' all week,''"),
])
def test_three_apostrophes_inside_a_quote_open_a_quote_within_it(text: str, outer: str) -> None:
    spans = [text[q.outer_start:q.outer_end] for q in quoted_spans(text) if q.double]
    assert spans == [outer]
