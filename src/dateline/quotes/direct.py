"""Direct and partial quotes: each quoted span attached to its cue and source, or left out
(the frames themselves, before and after the marks, are found in frames.py)."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from dateline.nlp.memo import text_of
from dateline.quotes.base import (
    CLOSING_MARKS,
    DATELINE,
    SENT_END,
    Found,
    State,
    char_span,
    cue_tokens,
    is_cue,
    source_span,
    subject_of,
    translation,
    trim_tokens,
)
from dateline.quotes.complements import content_children
from dateline.quotes.cries import crowd_cry
from dateline.quotes.extents import (
    addressee_title,
    ends_with_work,
    label_before,
    listed_after,
    named_by_relative,
    names_a_subject,
    outer_cue,
    possessed_title,
    signature,
    speaker_label,
    with_preamble,
    work_title,
)
from dateline.quotes.frames import continuation, frame_after, frame_before, frames_quote
from dateline.quotes.labels import lead_label, lead_names_no_source
from dateline.quotes.marks import QuotedSpan, paragraphs
from dateline.quotes.nonverbal import quoted_copula
from dateline.quotes.past_frame import past_frame
from dateline.quotes.token_lookup import token_at, tokens_in

CONNECTIVES = re.compile(r"(?:And|But|Then|Now|Instead|Still|Yet|So|Also|Again|Later|Otherwise)"
                         r"\s*,?\s*$")


def _starts_clause(st: State, q: QuotedSpan) -> bool:
    """The quote opens a sentence: paragraph start, or after sentence-final punctuation, also
    after a lone connective ('“A,” X said. Instead, “B.”': B goes on with A's speaker)."""
    text = st.text
    end = q.outer_start
    connective = CONNECTIVES.search(text, max(0, end - 12), end)
    if connective is not None and connective.end() == end and (
            connective.start() == 0 or not text[connective.start() - 1].isalnum()):
        end = connective.start()
    stripped = text[:end].rstrip()
    if not stripped or "\n" in text[len(stripped): end]:
        return True
    if DATELINE.fullmatch(stripped[stripped.rfind("\n") + 1:] + " "):
        return True  # 'JERUSALEM (AP) — “We will …,” X said': the dateline opens the paragraph
    closed = stripped.rstrip("".join(CLOSING_MARKS))  # ('here.'' ''B'': a two-character mark too)
    return stripped[-1] in SENT_END or closed != stripped and closed[-1:] in SENT_END


def _occasion_first(st: State, q: QuotedSpan) -> bool:
    """'In an interview, “We will win,” he said.', 'Asked about the deal, “…”', 'In the book, “…”':
    the quote follows only a short phrase that opens its sentence with the occasion or medium of
    the saying (a setting, a medium or a work by the lexicon, or a participle of a cue), no verb
    of its own, and a comma; framed after, the quote is the whole of what was said, as at a
    sentence's start. A phrase of the statement's own ('In past campaigns, “we felt …”', 'If the
    bill passes, “I think …”') is part of what PolNeAR marks as said: such a quote stays partial."""
    head = st.text[: q.outer_start].rstrip()
    if not head.endswith(","):
        return False
    start = max(head.rfind("\n"), *(head.rfind(c + " ") for c in SENT_END)) + 1
    words = [t for t in tokens_in(st.doc, start, len(head) - 1) if not t.is_space]
    if not 0 < len(words) <= 8 or not words[0].is_title or any(
            t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.is_quote or t.text in (",", ":", ";") for t in words):
        return False
    lex = st.lex
    return ends_with_work(head) or any(
        t.lemma_.lower() in lex.settings or t.lower_ in lex.media or t.lower_ in lex.broadcasts or
        t.tag_ in ("VBN", "VBG") and lex.lemma(t) in lex.cues for t in words)


def _cue_above(st: State, toks: list[Token]) -> tuple[Token, Token] | None:
    """The nearest cue verb governing a partial quote (walking up the parse), and the branch
    under it that holds the quote."""
    inside = {t.i for t in toks}
    heads = [t for t in toks if t.head.i not in inside or t.head.i == t.i]
    for tok in heads:
        cur, prev, steps = tok, tok, 0
        while steps < 8:
            if cur.i not in inside and is_cue(cur, st.lex) and subject_of(cur) is not None:
                return (cur, prev) if _is_complement(prev) else None
            if cur.head.i == cur.i:
                break
            cur, prev, steps = cur.head, cur, steps + 1
    return None


def _outermost(st: State, above: tuple[Token, Token] | None,
               q: QuotedSpan) -> tuple[Token, Token] | None:
    """'X said that her campaign would continue “to break barriers”': a partial quote's cue inside
    the complement of an earlier cue belongs to that cue (PolNeAR keeps the outermost
    attribution), with the branch under it that holds the quote; not a relative clause naming
    its noun ('mocked her rival, who she dubbed “…”')."""
    if above is None or named_by_relative(above[0], q) is not None:
        return above
    outer = outer_cue(st, above[0])
    if outer is None:
        return above
    branch = above[0]
    while branch.head.i != outer[0].i and branch.head.i != branch.i:
        branch = branch.head
    return (outer[0], branch) if branch.head.i == outer[0].i else above


def _is_complement(child: Token) -> bool:
    """Whether the branch under a cue carries content (not its subject, time or place)."""
    if child.dep_ in ("nsubj", "nsubjpass", "csubj", "npadvmod", "advmod", "agent", "dative"):
        return False
    return not (child.dep_ == "prep" and child.lower_ in ("in", "at", "during", "after", "before",
                                                          "with", "from", "by", "on"))


def _found_quote(st: State, q: QuotedSpan, kind: str, cue: Token | None, subj: Token | None,
                 flags: tuple[str, ...] = (), span: tuple[int, int] | None = None) -> Found:
    cue_span = char_span(cue_tokens(cue, st.lex)) if cue is not None else None
    src = span or (source_span(subj, cue, st.text, st.direct_tokens) if subj is not None and cue is not None
                   else None)
    if src is None and subj is not None and cue is not None and span is None:
        subj = None  # (the noun of a relative clause that does not say who speaks)
    return Found((q.start, q.end), (q.outer_start, q.outer_end), kind, cue_span, src,
                 cue.i if cue is not None else None, subj.i if subj is not None else None,
                 (*q.flags, *flags))


def attribute_quotes(st: State) -> None:
    """Attach each quoted span to a cue and source, or leave it out (a scare quote)."""
    paras = paragraphs(st.text)
    last_in_para: dict[int, Found] = {}
    last_found: Found | None = None
    for q in st.quotes:
        para = next((i for i, (a, b) in enumerate(paras) if a <= q.outer_start < b), -1)
        prev = last_in_para.get(para) or _carried(last_found, paras, para)
        f = _attribute_one(st, q, prev, last_found)
        if f is None:
            continue
        if para not in last_in_para and prev is not None and "speaker_carried" in f.flags and \
                _goes_on(st, q, prev, paras[para - 1], paras[para]):
            f = replace(f, flags=(*f.flags, "joined"))
        if f.cue_token is not None:
            st.used_cues.add(f.cue_token)
        st.found.append(f)
        held = last_in_para.get(para)  # a partial quote inside a clause ('describing how ...
        # “x”') does not carry its cue to the next quote; one framed after it does
        if held is None or not _carries(held) or _carries(f):
            last_in_para[para] = f
        last_found = f


def _goes_on(st: State, q: QuotedSpan, prev: Found, prev_para: tuple[int, int],
             para: tuple[int, int]) -> bool:
    """Whether a quote that is all of its paragraph goes on with the statement that closed the
    paragraph before ('“A,” X said.⏎⏎“B.”'): news copy breaks a long quote into paragraphs and
    frames only the first, and PolNeAR takes the parts as one attribution. Only after a quote
    framed after it (or a part already joined to one), whose frame ends its paragraph; not after
    a frame that introduces the quote ('X said:⏎⏎“B.”' is its own statement), nor a paragraph
    quoted in single marks (a subhead: 'Pretty cool working there.')."""
    if not q.double or q.flags or prev.cue is None or prev.cue_token is None:
        return False
    if q.outer_start != para[0] or st.text[q.outer_end: para[1]].strip(" .\t"):
        return False  # the quote is not the whole paragraph: the paragraph has its own frame
    if "joined" in prev.flags:
        return True
    if not prev_para[0] <= prev.cue[0] < prev_para[1] or not any(
            prev_para[0] <= o.outer_start and o.outer_end <= prev.cue[0] for o in st.quotes):
        return False  # the frame introduces the quote, or lies in another paragraph
    if not st.text[prev.outer[1]: prev_para[1]].strip(" .\t"):
        return True  # '“A,” X said. “B.”⏎⏎“C.”'
    sent = st.doc[prev.cue_token].sent
    return prev.outer[1] <= prev.cue[0] and not st.text[sent.end_char: prev_para[1]].strip()


def _quoted_subject(toks: list[Token]) -> bool:
    """'said “NATO” was escalating the conflict': verbless quoted words that are the subject of a
    verb after them are part of the reported clause (a partial quote), not a direct quote."""
    return not any(t.pos_ in ("VERB", "AUX") for t in toks) and any(
        t.dep_ in ("nsubj", "nsubjpass") and t.head.i > toks[-1].i for t in toks)


def _carries(f: Found) -> bool:
    """Whether ``f`` passes its speaker on: a framed direct quote, or a partial framed after it."""
    return f.cue is not None and (f.kind == "direct" or f.cue[0] >= f.content[1])


def _written_in(st: State, q: QuotedSpan) -> bool:
    """'In the book, “We Lost the War,” he writes.': title-cased words after the name of a work
    that a frame after them closes, the sentence ending with it, are what was written in the work,
    not its title, a participle after the frame or not ('..., he writes, adding that ...');
    unlike 'in his book, “An American Son,” he writes that ...' or '... he writes of his father',
    where the frame's verb reports a clause or a topic of its own, or 'his book, “The Art of the
    Deal,” was a bestseller'."""
    after = frame_after(st, q)
    if after is None or after[3] is not None:
        return False
    verb = after[0]
    sent = verb.sent
    return not content_children(verb, st.lex) and \
        all(t.is_punct or t.is_space for t in st.doc[verb.right_edge.i + 1: sent.end])


def _attribute_one(st: State, q: QuotedSpan, prev: Found | None, last: Found | None) -> Found | None:
    """One quoted span: framed direct quote, carried-over speaker, continuation, or partial."""
    toks = tokens_in(st.doc, q.start, q.end)
    if not toks:
        return None
    if translation(toks[0]):
        return None  # 'the Arabic phrase for “God is great”': what the words mean, said by nobody
    if work_title(st, q) and not _written_in(st, q):
        return None  # 'in his book, “An American Son,”': a title, not words said
    standalone = _starts_clause(st, q)
    lead = lead_label(st, q) if not standalone else None  # ('Here's X:': no frame of 's)
    if lead is None and not standalone and lead_names_no_source(st, q):
        after = frame_after(st, q)  # 'From Gaza: “...”' names no speaker; '..., he said' may
        if after is None:
            return None
        st.direct_tokens |= {t.i for t in toks}
        return _extended(_found_quote(st, q, "direct", after[0], after[1], span=after[2]), after[3])
    before = frame_before(st, q) if lead is None else None
    words = [t for t in toks if not t.is_punct and not t.is_space]  # (a no-break space is a token)
    titled = bool(words) and (words[0].is_title or words[0].is_upper) and not _quoted_subject(toks)
    if before is not None and before[2] == "adjacent" and addressee_title(st, q, before[0]):
        return None  # 'told “Fox and Friends” that ...': the programme told, not what was said
    label = label_before(st, q) if before is None and lead is None and not standalone else None
    if label is not None:  # 'Cairo: "...," the minister said': the frame after names the speaker
        after = frame_after(st, q)
        labelled = speaker_label(st, q, label) if after is None else None
        if after is not None or labelled is not None:
            st.direct_tokens |= {t.i for t in toks}
        if after is not None:
            return _extended(_found_quote(st, q, "direct", after[0], after[1], span=after[2]), after[3])
        if labelled is not None:  # 'Rep. Smith (R-Ohio): “...”': a transcript's speaker label
            return labelled
    if lead is not None:  # 'From the report: “...”', 'Here's Clinton in 1992: “...”'
        st.direct_tokens |= {t.i for t in toks}
        after = frame_after(st, q)
        if after is None:
            return lead
        return _extended(_found_quote(st, q, "direct", after[0], after[1], span=after[2]), after[3])
    if standalone or before is not None and (before[2] != "adjacent" or titled):
        st.direct_tokens |= {t.i for t in toks}
    if before is not None and before[2] == "colon" and (
            _has_clause(before[0], q) or not is_cue(before[0], st.lex)):
        after = frame_after(st, q)  # 'X asserted that S: “...,” he claimed'; 'There was one
        # change: “...,” said Y' (not a verb with an object of its own: '“...?” Critics cited it')
        if after is not None and (_has_clause(before[0], q) or not any(
                c.dep_ in ("dobj", "ccomp") and c.i != after[1].i and
                not any(o.start <= c.idx < o.end for o in st.quotes) for c in after[0].children)):
            return _extended(_found_quote(st, q, "direct", after[0], after[1], span=after[2]),
                             after[3])
    if before is not None and (before[2] != "adjacent" or titled):
        continued = _continues(st, q, last)
        if continued is not None and (continued.cue_token == before[0].i or words and
                                      words[0].is_lower and not _breaks(st, before[0], continued)):
            # ('“A,” said X, speaking of Y, “and B”': a participle in the frame, no new report)
            return _extended(replace(continued, content=(q.start, q.end),
                                     outer=(q.outer_start, q.outer_end), flags=q.flags, wrapper=False),
                             continuation(st, q, occasion=False))
        embedded = outer_cue(st, before[0]) if before[2] in ("colon", "comma") else None
        if embedded is not None:  # 'Trump said he responded: “...”': the outer statement
            cue, start = embedded
            found = _found_quote(st, q, "direct", cue, subject_of(cue))
            return replace(found, outer=(start, found.outer[1]))
        found = _found_quote(st, q, "direct", before[0], before[1])
        copula = quoted_copula(st, before[0]) if before[2] == "colon" else None
        if copula is not None:  # 'His message was clear: “...”': his, not the message's
            found = replace(found, cue=copula[0], source=copula[1], source_token=copula[2].i)
        clause = _clause_to_colon(before[0], q) if before[2] == "colon" else None
        if clause is not None:  # 'He adds that Muslims have two choices: “...”'
            return replace(_extended(found, continuation(st, q)), outer=(clause, found.outer[1]))
        return with_preamble(st, _extended(found, continuation(st, q)), q, words)
    outer = (q.outer_start, q.outer_end)
    after = frame_after(st, q) if standalone or _occasion_first(st, q) else None
    if after is not None:  # ('“A,” he said, that B': the quoted sentence goes on past its frame)
        st.direct_tokens |= {t.i for t in toks}
        return _extended(_found_quote(st, q, "direct", after[0], after[1], span=after[2]),
                         after[3] or past_frame(st, q, after[0]))
    if standalone:
        signed = signature(st, q)
        if signed is not None:
            return signed
        if prev is None or names_a_subject(st, q, words):
            return Found((q.start, q.end), outer, "direct", flags=(*q.flags, "no_speaker"))
        return _extended(replace(prev, content=(q.start, q.end), outer=outer, kind="direct",
                                 flags=(*q.flags, "speaker_carried"), wrapper=False),
                         continuation(st, q, occasion=False))
    continued = _continues(st, q, last) or listed_after(st, q, last)
    if continued is not None:
        return _extended(replace(continued, content=(q.start, q.end), outer=outer, flags=q.flags,
                                 wrapper=False), continuation(st, q, occasion=False))
    cried = crowd_cry(st, q)
    if cried is not None:  # 'their chants of “Ted! Ted!”'
        st.direct_tokens |= {t.i for t in toks}
        return cried
    if possessed_title(st, q):
        return None  # 'told ABC’s “Good Morning America” the tone was ...': a programme, not words
    above = _outermost(st, _cue_above(st, toks), q)
    shared = above is not None and any(f.kind == "partial" and f.cue_token == above[0].i
                                       for f in st.found)  # '“Peace,” “Order,” and “Sanity”'
    if above is None or above[0].i in st.used_cues and not shared:
        return None  # a scare quote, a title, or part of another quote's frame
    governing, branch = above
    f = _found_quote(st, q, "partial", governing, subject_of(governing))
    named = named_by_relative(governing, q)
    if named is not None:  # 'Rubio, [who he dubbed “the little senator.”]'
        return replace(f, outer=(named, f.outer[1]))
    if branch.i in {t.i for t in toks}:
        return f
    reach = trim_tokens(st.doc, list(branch.subtree))  # what the cue governs, quote included
    if not reach:
        return f
    lo, hi = char_span(reach)
    return replace(f, outer=(min(lo, q.outer_start), max(hi, q.outer_end)))


def _has_clause(verb: Token, q: QuotedSpan) -> bool:
    """Whether ``verb`` already has its reported clause before the quote."""
    return any(c.dep_ == "ccomp" and c.i > verb.i and c.right_edge.idx < q.outer_start
               for c in verb.children)


def _clause_to_colon(verb: Token, q: QuotedSpan) -> int | None:
    """'He adds that American Muslims have two choices: “You either leave ...”': a cue whose
    reported clause (with `that` or a subject of its own) runs up to the colon before the quote
    reports clause and quote as one statement (PolNeAR's content starts at the clause, `that`
    included; not 'makes that clear:'). Returns that start."""
    doc = verb.doc
    colon = token_at(doc, len(text_of(doc)[: q.outer_start].rstrip()) - 1)
    if colon is None or colon.text != ":":
        return None
    for c in verb.children:
        if c.dep_ != "ccomp" or c.i < verb.i or not c.left_edge.i < colon.i <= c.right_edge.i + 1:
            continue
        if any(x.dep_ == "mark" and x.lower_ == "that" or
               x.dep_ in ("nsubj", "nsubjpass") and x.pos_ in ("NOUN", "PROPN") for x in c.children):
            return c.left_edge.idx
    return None


def _extended(f: Found, end: int | None) -> Found:
    """The content run on to ``end`` past the closing mark (None: unchanged)."""
    if end is None or end <= f.outer[1]:
        return f
    return replace(f, content=(f.content[0], end), outer=(f.outer[0], end))


def _carried(prev: Found | None, paras: list[tuple[int, int]], para: int) -> Found | None:
    """The attribution of a quote in the previous paragraph, when it ended that paragraph."""
    if prev is None or prev.kind != "direct" or para <= 0:
        return None
    pa, pb = paras[para - 1]
    return prev if pa <= prev.outer[0] < pb else None


def _reports(st: State, verb: Token) -> bool:
    """A cue with a clause of its own ('noting that ...')."""
    return is_cue(verb, st.lex) and any(c.dep_ == "ccomp" for c in verb.children)


def _breaks(st: State, verb: Token, prev: Found) -> bool:
    """Whether a verb between two quotes starts a statement of its own, so the second quote does
    not go on with the first: a cue with its own clause ('noting that ...'), a finite cue ('as
    Jones shouted'), or a cue with a subject of its own other than the first quote's source
    ('while protesters outside chanted'); not a participle of the frame ('speaking of Y'), nor a
    verb that says nothing ('his voice rising': the quote goes on)."""
    if _reports(st, verb):
        return True
    if not frames_quote(verb, st.lex):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.i != prev.source_token and not (
            prev.source is not None and prev.source[0] <= subj.idx < prev.source[1]):
        return True
    return verb.tag_ in ("VBD", "VBZ", "VBP")


def _continues(st: State, q: QuotedSpan, prev: Found | None) -> Found | None:
    """'“A,” Schiff said, “B.”': the second part continues the first attribution."""
    if prev is None or prev.kind != "direct" or prev.cue is None:
        return None
    between = st.text[prev.outer[1]: q.outer_start]
    if "\n" in between or any(c in between for c in ".?!"):
        return None
    if prev.cue[0] < prev.outer[1] or prev.cue[1] > q.outer_start:
        return None
    frame = tokens_in(st.doc, prev.outer[1], q.outer_start)
    going_on = st.text[q.start: q.start + 1].islower() and \
        st.text[prev.content[1] - 1: prev.content[1]] == ","  # '“A,” X wrote, explaining ..., “but B”'
    if any(t.pos_ == "VERB" and t.i != prev.cue_token and not (going_on and not _breaks(st, t, prev))
           for t in frame):
        return None  # '“A,” X told Y, noting that ... “B”': B belongs to the clause after the frame
    return prev if between.rstrip().endswith((",", ":", ";", "—", "–")) else None
