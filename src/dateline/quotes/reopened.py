"""A quote run on over paragraphs whose last paragraph brings a frame of its own.

News copy runs one speaker's quote over several paragraphs by leaving each paragraph open and
reopening the next with a mark. When the first paragraph already names its speaker and the last
reopened part closes with a frame after it (`“A,” X said. “B …⏎⏎“C,” he continued.`), the last
part is a new statement with its own frame: PolNeAR's annotators end the first attribution at the
paragraph end and start another with the reopened part (5 of 6 such spans in the train subsets).
A run with no such frames stays one quote (`“A …⏎⏎“B.”`, the common case)."""

from __future__ import annotations

from dataclasses import replace

from dateline.quotes.base import State, is_cue, token_at
from dateline.quotes.direct import frame_after, frame_before
from dateline.quotes.marks import QuotedSpan, paragraphs


def split_reframed(st: State) -> list[QuotedSpan]:
    """``st.quotes`` with each reframed multi-paragraph quote cut before its last paragraph."""
    out: list[QuotedSpan] = []
    paras = paragraphs(st.text)
    for q in st.quotes:
        parts = _split(st, q, paras) if "continued" in q.flags else None
        out.extend(parts or [q])
    return out


def _split(st: State, q: QuotedSpan, paras: list[tuple[int, int]]) -> list[QuotedSpan] | None:
    inside = [(a, b) for a, b in paras if q.outer_start < a < q.outer_end]
    first = next(((a, b) for a, b in paras if a <= q.outer_start < b), None)
    if not inside or first is None:
        return None
    last, before = inside[-1][0], max(b for a, b in paras if b <= inside[-1][0])
    mark = 2 if st.text[last: last + 2] in ("''", "``") else 1
    flags = tuple(f for f in q.flags if f != "continued")
    tail = QuotedSpan(last + mark, q.end, last, q.outer_end, q.double, flags)
    if frame_after(st, tail) is None or not _framed_in(st, first, q):
        return None
    head_flags = (*q.flags, "unclosed") if len(inside) > 1 else (*flags, "unclosed")
    head = replace(q, end=before, outer_end=before, flags=head_flags)
    return [head, tail]


def _framed_in(st: State, para: tuple[int, int], q: QuotedSpan) -> bool:
    """The paragraph names the speaker of the quote's first part: an earlier quote of the paragraph
    has its frame ('“A,” X said. “B …'), a frame leads right into the opening mark ('X said: “B …')
    or the quote opens inside a cue's clause ('X said the team “has to …'). A cue that frames only
    a paraphrase before it ('X said Y would go on. “B …') does not: the run stays one quote."""
    earlier = [e for e in st.quotes if para[0] <= e.outer_start and e.outer_end <= q.outer_start]
    if any(frame_after(st, e) is not None for e in earlier) or frame_before(st, q) is not None:
        return True
    first = token_at(st.doc, q.start)
    if first is None:
        return False
    quoted = [(s.outer_start, s.outer_end) for s in st.quotes]
    return any(is_cue(t, st.lex) and para[0] <= t.idx < q.outer_start
               and not any(a <= t.idx < b for a, b in quoted) for t in first.ancestors)


__all__ = ["split_reframed"]
