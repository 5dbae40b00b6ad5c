"""Direct and partial quotes: each quoted span attached to its cue and source, or left out."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from dateline.quotes.base import (
    CLOSING_MARKS,
    DATELINE,
    SENT_END,
    SUBJ_DEPS,
    Found,
    State,
    char_span,
    cue_tokens,
    is_cue,
    source_span,
    speaker_of,
    subject_of,
    subtree_span,
    token_at,
    tokens_in,
    trim_tokens,
)
from dateline.quotes.extents import (
    addressee_between,
    addressee_title,
    in_relative,
    in_who_clause,
    label_before,
    listed_after,
    named_by_relative,
    names_a_subject,
    names_what_follows,
    outer_cue,
    possessed_title,
    signature,
    speaker_label,
    with_preamble,
)
from dateline.quotes.lexicon import Lexicon
from dateline.quotes.marks import QuotedSpan, paragraphs

NAMING_DEPS = frozenset({"nsubj", "nsubjpass", "compound", "poss", "appos"})  # a name mistagged VERB
MODIFYING_DEPS = NAMING_DEPS | {"amod"}  # and a participle inside the source ('conservative-leaning')
NOMINAL = frozenset({"PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM", "PUNCT", "CCONJ", "ADP", "PART"})


Frame = tuple[Token, Token, tuple[int, int], int | None]
CONTINUING = frozenset({"ADP", "SCONJ", "ADV", "PART", "CCONJ"})


def frame_after(st: State, q: QuotedSpan) -> Frame | None:
    """A cue right after the closing mark: '..., Netanyahu said' / '..., said Netanyahu, a ...'.
    Returns the cue verb, the source head, the source span, and where the content ends when the
    sentence goes on past the closing mark before the frame ('“...” than his, Zuckoff said')."""
    doc = st.doc
    after = token_at(doc, q.outer_end)
    if after is None or after.idx < q.outer_end:
        return None
    toks: list[Token] = []
    for t in doc[after.i: min(len(doc), after.i + 40)]:
        if t.text in ("“", "«", "``", "‘") or (t.text in ('"', "''") and toks):
            break
        if "\n" in t.text:
            break
        toks.append(t)
        if t.text in SENT_END and len(toks) > 1:
            break
    words = [t for t in toks if not t.is_punct and not t.is_space]  # (a no-break space is a token)
    inner = st.text[q.start: q.end].rstrip().rstrip("'’‘\"”“").rstrip()
    if inner.endswith(".") and words and words[0].text[:1].isupper() and words[0].lower_ != "i" \
            and not _bare_frame(st, toks, words):
        return None  # '“... ends here.” Reid said both ...': a new sentence, not this quote's frame
    if names_what_follows(st, q, inner):
        return None  # '“Daily Show” host Trevor Noah showed ...': a title modifying the next noun
    loose = inner.endswith((",", "?", "!", "—", "-"))  # '“...,” X surmised': any verb will do
    for k, t in enumerate(words[:25]):  # (a source may be a long apposition, up to 24 words)
        verbal = t.pos_ in ("VERB", "AUX") and t.dep_ not in MODIFYING_DEPS
        if verbal and in_relative(t, q) and (not is_cue(t, st.lex) or in_who_clause(t, q)):
            continue  # '“...,” Mr. Ruiz, who is an actor, said' / ', who asked not to be named, told
        passive = k > 0 and (t.lemma_ == "be" or any(c.dep_ == "auxpass" for c in t.children))
        # '“So, who?” Her notes are redacted': a passive or copula with its own subject is no frame
        # ('“...,” is a common saying' is)
        named = t.dep_ in NAMING_DEPS or t.dep_ == "amod" and k > 0  # ('the so-called expert')
        if t.i in st.used_cues or not (frames_quote(t, st.lex) and not named or
                                       loose and verbal and t.tag_.startswith("VB") and not passive):
            if verbal and t.dep_ not in ("aux", "auxpass"):
                return None  # another clause comes first
            continue
        if _introduces_next(t):
            return None  # '“...” He added: “...”': the frame of the quote that follows
        before = words[:k]
        commas = [x for x in toks if x.text == "," and before and before[0].i < x.i < t.i]
        if before and commas and before[0].pos_ in CONTINUING and before[0].is_lower:
            end = _continuation(st, q, commas[-1].idx)  # '“...” like X, said Curtin'
            before = [x for x in before if x.i > commas[-1].i]
            if end is not None and before:
                src = [x for x in toks if before[0].i <= x.i < t.i and not x.is_punct]
                head = next((x for x in src if x.dep_ in SUBJ_DEPS), src[-1])
                return t, head, char_span(src), end
            return None
        if before:  # '..., the spokesman said'
            if len(before) > 24 or any(x.pos_ not in NOMINAL and x.dep_ not in MODIFYING_DEPS and
                                       x.dep_ not in ("aux", "neg", "advmod") and
                                       not in_relative(x, q) for x in before):
                return None
            nominal = [x for x in before if x.pos_ in ("PROPN", "NOUN", "PRON") or x.dep_ in NAMING_DEPS]
            if not nominal or any(x.i in st.direct_tokens for x in before):
                return None
            src = [x for x in toks if before[0].i <= x.i < t.i and x.dep_ not in ("aux", "neg")]
            while len(src) > 1 and (src[-1].is_punct or src[-1].dep_ in ("aux", "neg", "advmod")):
                src = src[:-1]
            head = next((x for x in src if x.dep_ in SUBJ_DEPS), nominal[-1])
            return t, head, char_span(src), None
        subj = speaker_of(t)  # '..., said Edward Leamer, an economist ...'
        if subj is not None and subj.i > t.i:
            return t, subj, subtree_span(subj, st.direct_tokens), None
        rest = [x for x in toks if x.i > t.i]
        np_: list[Token] = []
        for x in rest:
            if x.pos_ not in NOMINAL or x.text in SENT_END:
                if np_ and np_[-1].lower_ in ("who", "which", "that"):  # a relative clause
                    np_ = [y for y in rest if y.text not in SENT_END]
                break
            np_.append(x)
        while np_ and (np_[-1].is_punct or np_[-1].pos_ in ("ADP", "CCONJ", "DET")):
            np_ = np_[:-1]
        nominal = [x for x in np_ if x.pos_ in ("PROPN", "NOUN", "PRON")]
        if nominal:
            return t, nominal[0], char_span(np_), None
        return None
    return None


def _bare_frame(st: State, toks: list[Token], words: list[Token]) -> bool:
    """'“… that are missing.” Trump said.': a sentence of nothing but a name and a cue after a
    quote closed by a period frames that quote (a period typed for the comma); 'Reid said both
    …' goes on and is a sentence of its own."""
    return 2 <= len(words) <= 5 and toks[-1].text == "." and toks[-2].i == words[-1].i and \
        frames_quote(words[-1], st.lex) and not any(c.dep_ in ("dobj", "ccomp", "prep")
                                                     for c in words[-1].children) and \
        all(w.pos_ in ("PROPN", "PRON", "NOUN", "DET") for w in words[:-1])


def _continuation(st: State, q: QuotedSpan, stop: int | None = None) -> int | None:
    """Where the content ends when the sentence goes on in lower case past the closing mark
    ('“we should have seen” it coming.', '“You tell me,” repeatedly, before ...'): the sentence end
    or ``stop``; None when the quote ends its clause."""
    doc = st.doc
    first = token_at(doc, q.outer_end)
    if first is None or first.idx < q.outer_end or st.text[q.outer_end: first.idx].strip(" "):
        return None
    if not (first.is_alpha and first.is_lower) or "\n" in st.text[q.outer_end: first.idx]:
        return None
    if st.text[q.end - 1: q.end] in ",.;:!?—-" or not _hangs_on_quote(first, q):
        return None  # 'tweeted “...” on Friday': the frame's own words, not the quote's
    if first.pos_ in ("NOUN", "PROPN") and any(t.head.i == first.i for t in tokens_in(doc, q.start, q.end)):
        return None  # 'the old adage, “...” demeanor may have faded': the quote names the noun after
    last = None
    for t in doc[first.i: min(len(doc), first.i + 40)]:
        if stop is not None and t.idx >= stop or t.text in SENT_END or "\n" in t.text or \
                t.text in ("“", "«", "``", '"', "''"):
            break
        subj = subject_of(t) if stop is None and t.i not in st.used_cues and is_cue(t, st.lex) \
            else None
        if subj is not None and subj.i > first.i:
            return None  # another attribution's frame
        last = t
    if last is None or stop is None and (last.i + 1 >= len(doc) or doc[last.i + 1].text not in SENT_END):
        return None
    toks = trim_tokens(doc, list(doc[first.i: last.i + 1]))
    return char_span(toks)[1] if toks else None


def _introduces_next(verb: Token) -> bool:
    """'He added: “...”': a cue followed by a colon (after its subject or addressee at most)."""
    doc = verb.doc
    for t in doc[verb.i + 1: min(len(doc), verb.i + 6)]:
        if t.text == ":":
            return True
        if t.is_punct or t.pos_ in ("VERB", "AUX") or "\n" in t.text:
            return False
    return False


def frame_before(st: State, q: QuotedSpan) -> tuple[Token, Token | None, str] | None:
    """A cue before the opening mark: 'told AFP: “...' / 'said, “...' / 'said “...'."""
    doc = st.doc
    opening = token_at(doc, q.outer_start)
    if opening is None or opening.i == 0:
        return None
    prev = doc[opening.i - 1]
    while prev.is_space and prev.i > 0:
        prev = doc[prev.i - 1]
    sent_start = opening.sent.start if opening.sent.start < opening.i else prev.sent.start
    window = [t for t in doc[max(sent_start, opening.i - 14): opening.i] if not t.is_space]
    if not window:
        return None
    if prev.text in (":", ","):
        verbs = [t for t in window[:-1] if t.pos_ in ("VERB", "AUX") and speaker_of(t) is not None]
        cues = [t for t in verbs if frames_quote(t, st.lex) or as_put_it(t)]
        if prev.text == ":" and (cues or verbs):
            verb = (cues or verbs)[-1]
            return verb, speaker_of(verb), "colon"
        if prev.text == "," and cues and (prev.i - cues[-1].i <= 4 or addressee_between(cues[-1], prev)):
            return cues[-1], speaker_of(cues[-1]), "comma"
        bare = [t for t in window[-4:-1] if frames_quote(t, st.lex) and t.tag_ in ("VBD", "VBZ", "VBP")]
        if prev.text == "," and bare:  # 'a White House official who spoke ... said Wednesday, “...'
            return bare[-1], None, "comma"
        return None
    if frames_quote(prev, st.lex) and speaker_of(prev) is not None:
        return prev, speaker_of(prev), "adjacent"
    return None


def frames_quote(verb: Token, lex: Lexicon) -> bool:
    """A cue, or a verb of manner that frames a quote ('X boomed, “...”', '“...,” she scoffed')."""
    return is_cue(verb, lex) or verb.pos_ == "VERB" and lex.lemma(verb) in lex.frames


def as_put_it(verb: Token) -> bool:
    """'As the senator put it, “...”': a frame before a quote, though *put* is no cue elsewhere."""
    return verb.lemma_ == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children) \
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


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


def _carries(f: Found) -> bool:
    """Whether ``f`` passes its speaker on: a framed direct quote, or a partial framed after it."""
    return f.cue is not None and (f.kind == "direct" or f.cue[0] >= f.content[1])


def _attribute_one(st: State, q: QuotedSpan, prev: Found | None, last: Found | None) -> Found | None:
    """One quoted span: framed direct quote, carried-over speaker, continuation, or partial."""
    toks = tokens_in(st.doc, q.start, q.end)
    if not toks:
        return None
    standalone = _starts_clause(st, q)
    before = frame_before(st, q)
    words = [t for t in toks if not t.is_punct and not t.is_space]  # (a no-break space is a token)
    titled = bool(words) and (words[0].is_title or words[0].is_upper)
    if before is not None and before[2] == "adjacent" and addressee_title(st, q, before[0]):
        return None  # 'told “Fox and Friends” that ...': the programme told, not what was said
    label = label_before(st, q) if before is None and not standalone else None
    if label is not None:  # 'Cairo: "...," the minister said': the frame after names the speaker
        after = frame_after(st, q)
        labelled = speaker_label(st, q, label) if after is None else None
        if after is not None or labelled is not None:
            st.direct_tokens |= {t.i for t in toks}
        if after is not None:
            return _extended(_found_quote(st, q, "direct", after[0], after[1], span=after[2]), after[3])
        if labelled is not None:  # 'Rep. Smith (R-Ohio): “...”': a transcript's speaker label
            return labelled
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
            return replace(continued, content=(q.start, q.end), outer=(q.outer_start, q.outer_end),
                           flags=q.flags, wrapper=False)
        embedded = outer_cue(st, before[0]) if before[2] in ("colon", "comma") else None
        if embedded is not None:  # 'Trump said he responded: “...”': the outer statement
            cue, start = embedded
            found = _found_quote(st, q, "direct", cue, subject_of(cue))
            return replace(found, outer=(start, found.outer[1]))
        found = _found_quote(st, q, "direct", before[0], before[1])
        clause = _clause_to_colon(before[0], q) if before[2] == "colon" else None
        if clause is not None:  # 'He adds that Muslims have two choices: “...”'
            return replace(_extended(found, _continuation(st, q)), outer=(clause, found.outer[1]))
        return with_preamble(st, _extended(found, _continuation(st, q)), q, words)
    outer = (q.outer_start, q.outer_end)
    if standalone:
        after = frame_after(st, q)
        if after is not None:
            return _extended(_found_quote(st, q, "direct", after[0], after[1], span=after[2]), after[3])
        signed = signature(st, q)
        if signed is not None:
            return signed
        if prev is None or names_a_subject(st, q, words):
            return Found((q.start, q.end), outer, "direct", flags=(*q.flags, "no_speaker"))
        return replace(prev, content=(q.start, q.end), outer=outer, kind="direct",
                       flags=(*q.flags, "speaker_carried"), wrapper=False)
    continued = _continues(st, q, last) or listed_after(st, q, last)
    if continued is not None:
        return replace(continued, content=(q.start, q.end), outer=outer, flags=q.flags, wrapper=False)
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


def _hangs_on_quote(tok: Token, q: QuotedSpan) -> bool:
    """Whether ``tok`` (after the closing mark) depends, through words after the mark, on a word
    inside the quote."""
    cur, steps = tok, 0
    while steps < 12 and cur.head.i != cur.i:
        cur, steps = cur.head, steps + 1
        if q.start <= cur.idx < q.end:
            return True
        if cur.idx < q.outer_end:
            return False
    return False


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
    colon = token_at(doc, len(doc.text[: q.outer_start].rstrip()) - 1)
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
