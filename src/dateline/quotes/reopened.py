"""A quote run on over paragraphs whose last paragraph brings a frame of its own.

News copy runs one speaker's quote over several paragraphs by leaving each paragraph open and
reopening the next with a mark. When the first paragraph already names its speaker and the last
reopened part closes with a frame after it (`“A,” X said. “B …⏎⏎“C,” he continued.`), the last
part is a new statement with its own frame: PolNeAR's annotators end the first attribution at the
paragraph end and start another with the reopened part (5 of 6 such spans in the train subsets).
A run with no such frames stays one quote (`“A …⏎⏎“B.”`, the common case).

The cut is tried when the first paragraph has a cue before the quote; when attribution then
finds nobody saying the first part (the cue framed only a paraphrase: 'X said Y would go on.
“A …⏎⏎“C,” he said.'), the parts are joined again (``rejoin_unsaid``), so no part of a quote is
ever dropped by the cut."""

from __future__ import annotations

from dataclasses import replace

from dateline.quotes.base import State, is_cue
from dateline.quotes.frames import frame_after
from dateline.quotes.marks import QuotedSpan, paragraphs
from dateline.quotes.token_lookup import tokens_in

Cut = tuple[QuotedSpan, QuotedSpan, QuotedSpan]  # head, tail, the whole quote they were cut from


def split_reframed(st: State) -> list[Cut]:
    """Cut each reframed multi-paragraph quote of ``st.quotes`` before its last paragraph (in
    place); returns the cuts for ``rejoin_unsaid``."""
    out: list[QuotedSpan] = []
    cuts: list[Cut] = []
    paras = paragraphs(st.text)
    for q in st.quotes:
        parts = _split(st, q, paras) if "continued" in q.flags else None
        if parts is None:
            out.append(q)
            continue
        out.extend(parts)
        cuts.append((parts[0], parts[1], q))
    st.quotes = out
    return cuts


def rejoin_unsaid(st: State, cuts: list[Cut]) -> None:
    """Join a cut quote again when nothing found covers its first part: the tail's attribution
    takes the whole quote (in ``st.found`` and ``st.quotes``)."""
    for head, tail, whole in cuts:
        said = [f for f in st.found if "no_speaker" not in f.flags]
        if any(f.outer[0] < head.outer_end and head.outer_start < f.outer[1] for f in said):
            continue
        st.found = [replace(f, content=(head.start, f.content[1]), outer=(head.outer_start, f.outer[1]))
                    if f.kind == "direct" and f.outer[0] == tail.outer_start else f for f in st.found]
        st.quotes = [whole if q == head else q for q in st.quotes if q != tail]


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
    """A cue verb of the paragraph, outside every quoted span, before the quote opens."""
    quoted = [(s.outer_start, s.outer_end) for s in st.quotes]
    return any(is_cue(t, st.lex) and not any(a <= t.idx < b for a, b in quoted)
               for t in tokens_in(st.doc, para[0], q.outer_start))


__all__ = ["rejoin_unsaid", "split_reframed"]
