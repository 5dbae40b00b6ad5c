"""Quotation marks paired into quoted spans, paragraph by paragraph (plain text, no NLP).

Double marks (“ ” " « » „ `` '') and single marks (‘ ’ ' ‹ ›) are paired separately; single
marks inside a double-quoted span are a quote within the quote and are not reported. A span never
crosses a paragraph break unless the next paragraph reopens with a mark (the newspaper convention
for a quote that runs over several paragraphs). Unbalanced marks get a best reading and a flag:

- ``unclosed``: no closing mark; the span ends at the paragraph end (or before the next opening mark);
- ``unopened``: a closing mark with no opening one; the span starts at the paragraph start;
- ``continued``: the span runs over a paragraph break (reopened, the previous paragraph left open).

A paragraph ends at a blank line, or at any line break when the text is not hard-wrapped (web copy
with one paragraph a line). Marks inside markup tags (``<tweet author="...">``) are not quotes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

DOUBLE_OPEN = "“„‟«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‹"
SINGLE_CLOSE = "’›"
_MARK_RE = re.compile(r"``|''|[\"“”„‟«»‘’‹›']")
_PARA_RE = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_LINE_RE = re.compile(r"[ \t\r\f\v]*\n\s*")
_TAG_RE = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]{0,400})?/?>")
# ', he said.' / ', said the minister.' / ', the minister told reporters.' ending a paragraph
_FRAME_END_RE = re.compile(
    r",\s+(?:[\w.’'-]+\s+){0,5}?(?:said|says|added|adds|told|tells|stated|explained|insisted|noted|"
    r"continued|argued|declared|warned|wrote|replied)\b[^,;:\"“”]{0,60}?[.!?]\s*$")
WRAP_WIDTH = 100  # a text whose lines are all shorter is hard-wrapped: only blank lines end paragraphs
_OPEN_BEFORE = set(" \t\n([{—–-/")


@dataclass(frozen=True)
class QuotedSpan:
    """A quoted span: ``start``/``end`` inside the marks, ``outer_start``/``outer_end`` with them."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    double: bool = True
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Mark:
    pos: int
    end: int
    role: str  # open|close|either
    double: bool


def hard_wrapped(text: str) -> bool:
    """Whether ``text`` is wrapped at a fixed width: three lines or more, nine in ten of them
    short (a long URL or table row in wrapped copy does not make every line a paragraph)."""
    lines = [line for line in text.split("\n") if line.strip()]
    return len(lines) >= 3 and sum(len(line) < WRAP_WIDTH for line in lines) >= 0.9 * len(lines)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans, trailing whitespace excluded: text between line breaks, or between blank
    lines in hard-wrapped text (a new list each call; the spans are computed once per text)."""
    return list(_paragraphs(text))


@lru_cache(maxsize=8)
def _paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in (_PARA_RE if hard_wrapped(text) else _LINE_RE).finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for a, b in spans:
        b = a + len(text[a:b].rstrip()) if b > a else b  # (not text[:b]: a copy per paragraph)
        if b > a:
            out.append((a, b))
    return tuple(out)


def _classify(text: str, m: re.Match[str]) -> _Mark | None:
    """Role of one mark from its shape and its neighbours; None for an apostrophe."""
    s, e = m.start(), m.end()
    ch = m.group()
    before = text[s - 1] if s > 0 else " "
    after = text[e] if e < len(text) else " "
    if ch == "``":
        return _Mark(s, e, "open", True)
    if ch in DOUBLE_OPEN:
        eol = text.find("\n", e)
        if not text[e: eol if eol >= 0 else len(text)].strip():
            return _Mark(s, e, "close", True)  # 'They see that. “⏎': nothing left to open on the line
        if ch == "“" and not before.isspace() and before not in _OPEN_BEFORE and \
                (after.isspace() or e == len(text)):
            return _Mark(s, e, "close", True)  # 'soft,“ he said': an opening mark typed to close
        return _Mark(s, e, "open", True)
    if ch in DOUBLE_CLOSE:
        return _Mark(s, e, "close", True)
    if ch in ('"', "''"):
        opens = before in _OPEN_BEFORE or before in DOUBLE_OPEN + SINGLE_OPEN
        closes = not before.isspace() and (after.isspace() or not after.isalnum())
        if opens and not after.isspace():
            return _Mark(s, e, "open", True)
        if closes:
            return _Mark(s, e, "close", True)
        return _Mark(s, e, "either", True)
    if ch in SINGLE_OPEN:
        return _Mark(s, e, "open", False)
    # ’ › and straight ': apostrophes between letters (don’t), elisions ('90s) are not marks
    if before.isalnum() and after.isalnum():
        return None
    if ch == "›":
        return _Mark(s, e, "close", False)
    if before in _OPEN_BEFORE or before in DOUBLE_OPEN:
        return _Mark(s, e, "open", False) if after.isalpha() else None
    if not before.isspace():
        return _Mark(s, e, "close", False)
    return None


def _marks(text: str, start: int, end: int) -> list[_Mark]:
    tags = [(t.start(), t.end()) for t in _TAG_RE.finditer(text, max(0, start - 400), end + 400)]
    out: list[_Mark] = []
    skip = -1
    for m in _MARK_RE.finditer(text, start, end):
        if any(a < m.start() < b for a, b in tags) or m.start() < skip:
            continue  # an attribute value of a markup tag, or read with the mark before
        triple = _closing_triple(text, m)
        if triple:
            out.extend(triple)
            skip = triple[-1].end
            continue
        mark = _classify(text, m)
        if mark is not None:
            out.append(mark)
    return out


def _closing_triple(text: str, m: re.Match[str]) -> list[_Mark]:
    """Three straight apostrophes closing after a word (''… 'Fox and Friends,'''): the quote
    within the quote closes first, then the double mark, so the outer quote ends after all three
    (the regex alone reads '' + ')."""
    s = m.start()
    if m.group() != "''" or text[s + 2: s + 3] != "'" or text[s + 3: s + 4] == "'" or \
            s == 0 or text[s - 1].isspace() or text[s - 1] == "'" or text[s + 3: s + 4].isalnum():
        return []
    return [_Mark(s, s + 1, "close", False), _Mark(s + 1, s + 3, "close", True)]


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    """Trim whitespace inside a span."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _pair(text: str, pa: int, pb: int, marks: list[_Mark], carried: tuple[_Mark, list[str]] | None,
          nested: bool) -> tuple[list[QuotedSpan], list[tuple[_Mark, list[str]]]]:
    """Pair the double marks of one paragraph; returns spans and the marks left open.
    ``nested`` lets a curly opening mark inside an open quote start a quote within the quote."""
    spans: list[QuotedSpan] = []
    stack: list[tuple[_Mark, list[str]]] = [carried] if carried else []
    for mark in marks:
        if not stack:
            if mark.role == "close":
                a, b = _strip(text, pa, mark.pos)
                if b > a:
                    spans.append(QuotedSpan(a, b, pa, mark.end, True, ("unopened",)))
                continue
            stack.append((mark, []))
            continue
        opened, flags = stack[-1]
        if mark.role == "open" and mark.pos != opened.end:
            if nested and (text[mark.pos] in DOUBLE_OPEN or text[mark.pos: mark.pos + 3] == "'''"):
                # a curly mark, or ''' opening a quote within the quote: ''They said '''no''' ...
                stack.append((mark, []))
                continue
            stack.pop()
            a, b = _strip(text, opened.end, mark.pos)
            if not stack:
                spans.append(QuotedSpan(a, b, opened.pos, b, True, (*flags, "unclosed")))
            stack.append((mark, []))
            continue
        stack.pop()
        if not stack:
            a, b = _strip(text, opened.end, mark.pos)
            spans.append(QuotedSpan(a, b, opened.pos, mark.end, True, tuple(flags)))
    return spans, stack


def _double_spans(text: str, paras: list[tuple[int, int]]) -> Iterator[QuotedSpan]:
    """Pair double marks; a quote left open at a paragraph end continues only if reopened."""
    carried: tuple[_Mark, list[str]] | None = None
    for i, (pa, pb) in enumerate(paras):
        marks = [m for m in _marks(text, pa, pb) if m.double]
        if carried is not None and marks and marks[0].pos == pa and marks[0].role != "close":
            marks = marks[1:]  # the reopening mark of a continued quote
        nxt = paras[i + 1] if i + 1 < len(paras) else None
        spans, left = _pair(text, pa, pb, marks, carried, nested=True)
        framed = _framed_end(text, left, pb)
        if framed is not None:
            yield from spans
            yield framed
            carried = None
            continue
        if left and not _runs_on(text, left, nxt):
            # nesting did not balance: the flat reading wins unless it leaves more open
            flat, flat_left = _pair(text, pa, pb, marks, carried, nested=False)
            if len(flat_left) <= len(left):
                spans, left = flat, flat_left
        yield from spans
        carried = None
        if not left:
            continue
        opened, flags = left[0]
        nmarks = [m for m in _marks(text, nxt[0], nxt[1]) if m.double] if nxt else []
        if nxt and nmarks and nmarks[0].pos == nxt[0] and nmarks[0].role != "close":
            carried = (opened, flags if "continued" in flags else [*flags, "continued"])
            continue
        a, b = _strip(text, opened.end, pb)
        yield QuotedSpan(a, b, opened.pos, b, True, (*flags, "unclosed"))


def _runs_on(text: str, left: list[tuple[_Mark, list[str]]], nxt: tuple[int, int] | None) -> bool:
    """A straight double mark left open alone, with curly quotes nested inside it, and the next
    paragraph reopening with a mark: a quote run over paragraphs ('"… about “Equal Justice” …⏎⏎"…'),
    not a flat misreading of the curly marks."""
    if len(left) != 1 or text[left[0][0].pos] != '"' or nxt is None:
        return False
    nmarks = [m for m in _marks(text, nxt[0], nxt[1]) if m.double]
    return bool(nmarks) and nmarks[0].pos == nxt[0] and nmarks[0].role != "close"


def _framed_end(text: str, left: list[tuple[_Mark, list[str]]], pb: int) -> QuotedSpan | None:
    """A straight double mark left open alone whose paragraph ends with its own comma frame after
    the last mark ('"We back the “plan” and nothing else, he said.'): the quote ends at that comma
    (the closing mark is missing) and does not run on into the next paragraph's quote."""
    if len(left) != 1 or text[left[0][0].pos] != '"':
        return None
    opened, flags = left[0]
    last = max((m.end for m in _marks(text, opened.end, pb)), default=opened.end)
    frame = _FRAME_END_RE.search(text, last, pb)
    if frame is None or frame.end() != pb:
        return None
    a, b = _strip(text, opened.end, frame.start())
    return QuotedSpan(a, b, opened.pos, b, True, (*flags, "unclosed")) if b > a else None


def _single_spans(text: str, pa: int, pb: int, inside: list[tuple[int, int]],
                  nxt: int | None = None) -> Iterator[QuotedSpan]:
    """Pair single marks within one paragraph, outside double-quoted spans; unpaired ones are
    apostrophes, never a quote, except an opening mark left open at the end of a paragraph whose
    last sentence it opens when the next paragraph (starting at ``nxt``) reopens with a single
    mark: British copy running a quote over paragraphs ('… he said. 'A.⏎⏎'B.'), flag ``unclosed``."""
    def covered(pos: int) -> bool:
        return any(a <= pos < b for a, b in inside)

    opened: _Mark | None = None
    for mark in _marks(text, pa, pb):
        if mark.double or covered(mark.pos):
            continue
        if mark.role == "open":
            opened = mark
        elif mark.role == "close" and opened is not None:
            a, b = _strip(text, opened.end, mark.pos)
            if b > a:
                yield QuotedSpan(a, b, opened.pos, mark.end, False, ())
            opened = None
    if opened is not None and nxt is not None and text[nxt: nxt + 1] in ("'", "‘") and \
            text[nxt + 1: nxt + 2].isupper() and text[pa: pb].rstrip()[-1:] in ".?!" and \
            (opened.pos == pa or text[pa: opened.pos].rstrip()[-1:] in (".", "?", "!", ":")):
        a, b = _strip(text, opened.end, pb)
        if b > a and not covered(opened.pos):
            yield QuotedSpan(a, b, opened.pos, b, False, ("unclosed",))


def quoted_spans(text: str) -> list[QuotedSpan]:
    """Every quoted span of ``text`` in order, with flags for unbalanced marks (a new list each
    call; the spans are computed once per text)."""
    return list(_quoted_spans(text))


@lru_cache(maxsize=8)
def _quoted_spans(text: str) -> tuple[QuotedSpan, ...]:
    paras = paragraphs(text)
    doubles = [q for q in _double_spans(text, paras) if q.end > q.start]
    inside = [(q.outer_start, q.outer_end) for q in doubles]
    starts = [pa for pa, _ in paras[1:]] + [None] if paras else []
    singles = [q for (pa, pb), nxt in zip(paras, starts, strict=True)
               for q in _single_spans(text, pa, pb, inside, nxt)]
    return tuple(sorted(doubles + singles, key=lambda q: q.start))


__all__ = ["QuotedSpan", "paragraphs", "quoted_spans"]
