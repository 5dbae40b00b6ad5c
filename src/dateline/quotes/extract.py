"""Attributions over a parsed Doc: direct, partial and reported speech, with cue and source spans.

Pure functions over a spaCy ``Doc`` (tokens, sentences, dependency parse). ``find_attributions``
returns ``Found`` items with token-level spans; ``dateline.quotes.records`` turns them into
``Quote`` records (speakers, medium, date, setting).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from dateline.quotes.lexicon import Lexicon, load_lexicon
from dateline.quotes.marks import QuotedSpan, paragraphs, quoted_spans

SUBJ_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "obj", "prep", "conj", "attr", "oprd",
                             "acomp", "advcl", "dative", "pcomp", "agent"})
ADJUNCT_PREPS = frozenset({"at", "during", "after", "before", "ahead", "amid", "since", "while",
                           "following", "in", "on", "via", "through", "from", "with", "by",
                           "under", "outside", "inside", "near", "throughout", "until", "despite"})
CONTENT_PREPS = frozenset({"of", "for", "about", "as", "to", "against", "over", "that", "on"})
ADDRESSEE_LEMMAS = frozenset({"tell", "inform", "assure", "reassure", "notify", "remind", "warn",
                              "advise", "ask", "urge"})
CLOSING_MARKS = frozenset({"”", '"', "’", "'", "''", "»", "›"})
SENT_END = frozenset({".", "?", "!"})
CUE_ADVERBS = frozenset({"also", "later", "ultimately", "repeatedly", "previously", "once", "often",
                         "further", "again", "recently", "publicly", "privately", "openly", "then"})


@dataclass(frozen=True)
class Found:
    """One attribution as character spans. ``content`` is inside the marks for quotes; ``outer``
    includes them (equal to ``content`` for reported speech)."""

    content: tuple[int, int]
    outer: tuple[int, int]
    kind: str  # direct|partial|indirect
    cue: tuple[int, int] | None = None
    source: tuple[int, int] | None = None
    cue_token: int | None = None
    source_token: int | None = None  # head of the source phrase
    flags: tuple[str, ...] = ()
    wrapper: bool = False  # reported speech that only wraps a partial quote of the same cue


@dataclass
class _State:
    doc: Doc
    lex: Lexicon
    quotes: list[QuotedSpan]
    found: list[Found] = field(default_factory=list)
    used_cues: set[int] = field(default_factory=set)
    direct_tokens: set[int] = field(default_factory=set)


# ---------------------------------------------------------------- token helpers

def tokens_in(doc: Doc, start: int, end: int) -> list[Token]:
    """Tokens whose first character lies in [start, end)."""
    return [t for t in doc if start <= t.idx < end]


def token_at(doc: Doc, char: int) -> Token | None:
    """The token covering character ``char`` (or the next one after whitespace)."""
    for t in doc:
        if t.idx + len(t.text) > char:
            return t
    return None


def subtree_span(tok: Token, stop: Iterable[int] = ()) -> tuple[int, int]:
    """Character span of ``tok``'s subtree, cut where it would run into ``stop`` tokens."""
    blocked = set(stop)
    toks = [t for t in tok.subtree if t.i not in blocked]
    toks = [t for t in toks if not _is_edge_punct(t)] or [tok]
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _is_edge_punct(t: Token) -> bool:
    return t.is_punct and t.text not in ("$", "%", "&")


def _trim(doc: Doc, toks: list[Token]) -> list[Token]:
    """Drop punctuation, conjunctions and spaces at both ends; keep a closing quote mark and what
    it closes at the end."""
    while toks and (toks[0].is_punct or toks[0].is_space or toks[0].dep_ == "cc"):
        if toks[0].text in ("“", "‘", "«", '"', "``", "''", "'") and len(toks) > 1:
            break
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space or toks[-1].dep_ == "cc"):
        if toks[-1].text in CLOSING_MARKS and _opens_before(toks) or toks[-1].text in ("?", "!"):
            break
        if toks[-1].text == ")" and any(t.text == "(" for t in toks):
            break
        toks = toks[:-1]
    opened = [k for k, t in enumerate(toks) if t.text == "("]
    if opened and not any(t.text == ")" for t in toks[opened[-1]:]) and opened[-1] > 0:
        nxt = toks[-1].i + 1
        if nxt < len(doc) and doc[nxt].text == ")":
            toks = [*toks, doc[nxt]]  # '(R-Texas)'
        else:
            return _trim(doc, toks[: opened[-1]])  # '(naturally' runs past the content
    return toks


def _opens_before(toks: list[Token]) -> bool:
    return any(t.text in ("“", "‘", "«", '"', "``", "''", "'") for t in toks[:-1])


def subject_of(verb: Token) -> Token | None:
    """The subject of ``verb``, inherited through conjunction, xcomp and relative clauses."""
    seen = 0
    while verb is not None and seen < 4:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        if subjects:
            return _nearest_subject(verb, subjects)
        if verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
            verb, seen = verb.head, seen + 1
            continue
        if verb.dep_ == "relcl" and verb.head.i != verb.i:
            return verb.head
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i != verb.i:
            verb, seen = verb.head, seen + 1
            continue
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return verb.head  # 'Democrats supporting Mrs. Clinton'
        return None
    return None


def _nearest_subject(verb: Token, subjects: list[Token]) -> Token:
    """Of several subjects the parser gave a verb, the one in the frame: after an inverted
    ', said X', else the nearest before the verb."""
    after = [c for c in subjects if c.i > verb.i]
    before = [c for c in subjects if c.i < verb.i]
    if after and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
        return after[0]
    return before[-1] if before else subjects[0]


SPEAKER_ENTS = frozenset({"PERSON", "ORG", "NORP"})


def speaker_of(verb: Token) -> Token | None:
    """The subject of ``verb``; when the parse gave none ('Col. X, a spokesman, said'), the
    nearest person or organization named just before the verb in its sentence."""
    subj = subject_of(verb)
    if subj is not None:
        return subj
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ in ("xcomp", "acl", "relcl", "amod"):
        return None
    lo = max(verb.sent.start, verb.i - 14)
    for ent in reversed([e for e in verb.doc.ents if e.end <= verb.i and e.start >= lo]):
        if ent.label_ in SPEAKER_ENTS:
            between = verb.doc[ent.end: verb.i]
            if any(t.pos_ in ("VERB", "AUX") for t in between):
                return None
            return ent.root
    return None


def source_span(subj: Token, verb: Token, stop: Iterable[int] = ()) -> tuple[int, int]:
    """Characters of the source phrase: the subject's subtree, or for a fallback speaker the
    words from its name up to the verb."""
    real = subject_of(verb)
    if real is not None and real.i == subj.i and verb.dep_ == "acl" and verb.head.i == subj.i:
        toks = [t for t in verb.doc[subj.left_edge.i: verb.i] if not t.is_space]
        return char_span(_trim(verb.doc, toks) or [subj])
    if real is not None and real.i == subj.i:
        return _closing_comma(verb.doc, subtree_span(subj, stop))
    ent = next((e for e in verb.doc.ents if e.start <= subj.i < e.end), None)
    start = ent.start if ent is not None else subj.i
    while start > verb.sent.start and verb.doc[start - 1].pos_ == "PROPN" and \
            verb.doc[start - 1].dep_ == "compound":
        start -= 1  # 'Mr.', 'Sen.' before the name
    toks = [t for t in verb.doc[start: verb.i] if not t.is_space]
    while len(toks) > 1 and toks[-1].is_punct:
        toks = toks[:-1]
    return char_span(toks) if toks else subtree_span(subj, stop)


def _closing_comma(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """'Mr. Conant, the Republican consultant,': an appositive's closing comma is in the source."""
    a, b = span
    if "," in doc.text[a:b] and doc.text[b: b + 1] == ",":
        return a, b + 1
    return span


def cue_tokens(verb: Token, lex: Lexicon) -> list[Token]:
    """The cue phrase: auxiliaries and negation right before the verb, the verb, its particle."""
    toks = [verb]
    particles = lex.particles.get(verb.lemma_.lower(), frozenset())
    for child in verb.children:
        aux = child.dep_ in ("aux", "auxpass", "neg") and 0 < verb.i - child.i <= 3
        adverb = child.dep_ == "advmod" and child.i == verb.i - 1 and child.lower_ in CUE_ADVERBS
        particle = child.dep_ in ("prt", "prep") and child.i == verb.i + 1 and (
            child.lower_ in particles or child.lower_ in ("about", "of") and
            any(c.dep_ in ("pobj", "pcomp") for c in child.children))
        if aux or particle or adverb:
            toks.append(child)
    toks.sort(key=lambda t: t.i)
    # keep only the contiguous run that ends in the verb (and its particle)
    run = [toks[-1]]
    for t in reversed(toks[:-1]):
        if run[0].i - t.i <= 2:
            run.insert(0, t)
    return run


def char_span(toks: list[Token]) -> tuple[int, int]:
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def is_cue(tok: Token, lex: Lexicon) -> bool:
    """A verb whose lemma is in the lexicon (with its particle where one is needed)."""
    if tok.pos_ not in ("VERB", "AUX") and tok.tag_ not in ("VBD", "VBZ", "VBP", "VBG", "VBN", "VB"):
        return False
    lemma = lex.lemma(tok)
    if lemma not in lex.cues and lemma not in lex.particles:
        return False
    if lemma in lex.needs_particle or lemma not in lex.cues:
        return any(c.dep_ in ("prt", "prep") and c.lower_ in lex.particles.get(lemma, frozenset())
                   for c in tok.children)
    return True


# ---------------------------------------------------------------- direct and partial quotes

def _sentence_tokens(doc: Doc, tok: Token) -> Span:
    return tok.sent


NOMINAL = frozenset({"PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM", "PUNCT", "CCONJ", "ADP", "PART"})


def _frame_after(st: _State, q: QuotedSpan) -> tuple[Token, Token, tuple[int, int]] | None:
    """A cue right after the closing mark: '..., Netanyahu said' / '..., said Netanyahu, a ...'.
    Returns the cue verb, the source head and the source span."""
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
    words = [t for t in toks if not t.is_punct]
    inner = doc.text[q.start: q.end].rstrip()
    loose = inner.endswith((",", "?", "!", "—", "-"))  # '“...,” X surmised': any verb will do
    for k, t in enumerate(words[:12]):
        if t.i in st.used_cues or not (is_cue(t, st.lex) or loose and t.pos_ == "VERB"):
            if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass"):
                return None  # another clause comes first
            continue
        before = words[:k]
        if before:  # '..., the spokesman said'
            if len(before) > 10 or any(x.pos_ not in NOMINAL and x.dep_ not in ("aux", "neg", "advmod")
                                       for x in before):
                return None
            nominal = [x for x in before if x.pos_ in ("PROPN", "NOUN", "PRON")]
            if not nominal or any(x.i in st.direct_tokens for x in before):
                return None
            src = [x for x in toks if before[0].i <= x.i < t.i and x.dep_ not in ("aux", "neg")]
            while len(src) > 1 and (src[-1].is_punct or src[-1].dep_ in ("aux", "neg", "advmod")):
                src = src[:-1]
            head = next((x for x in src if x.dep_ in SUBJ_DEPS), nominal[-1])
            return t, head, char_span(src)
        subj = speaker_of(t)  # '..., said Edward Leamer, an economist ...'
        if subj is not None and subj.i > t.i:
            return t, subj, subtree_span(subj, st.direct_tokens)
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
            return t, nominal[0], char_span(np_)
        return None
    return None


def _frame_before(st: _State, q: QuotedSpan) -> tuple[Token, Token | None, str] | None:
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
        cues = [t for t in verbs if is_cue(t, st.lex)]
        if prev.text == ":" and (cues or verbs):
            verb = (cues or verbs)[-1]
            return verb, speaker_of(verb), "colon"
        if prev.text == "," and cues and prev.i - cues[-1].i <= 4:
            return cues[-1], speaker_of(cues[-1]), "comma"
        return None
    if is_cue(prev, st.lex) and speaker_of(prev) is not None:
        return prev, speaker_of(prev), "adjacent"
    return None


def _starts_clause(st: _State, q: QuotedSpan) -> bool:
    """The quote opens a sentence: paragraph start, or after sentence-final punctuation."""
    text = st.doc.text
    stripped = text[: q.outer_start].rstrip()
    if not stripped or "\n" in text[len(stripped): q.outer_start]:
        return True
    before = stripped
    return before[-1] in SENT_END or before[-1] in CLOSING_MARKS and before[-2:-1] in SENT_END


def _cue_above(st: _State, toks: list[Token]) -> Token | None:
    """The nearest cue verb governing a partial quote (walking up the parse)."""
    inside = {t.i for t in toks}
    heads = [t for t in toks if t.head.i not in inside or t.head.i == t.i]
    for tok in heads:
        cur, prev, steps = tok, tok, 0
        while steps < 8:
            if cur.i not in inside and is_cue(cur, st.lex) and subject_of(cur) is not None:
                return cur if _is_complement(prev) else None
            if cur.head.i == cur.i:
                break
            cur, prev, steps = cur.head, cur, steps + 1
    return None


def _is_complement(child: Token) -> bool:
    """Whether the branch under a cue carries content (not its subject, time or place)."""
    if child.dep_ in ("nsubj", "nsubjpass", "csubj", "npadvmod", "advmod", "agent", "dative"):
        return False
    return not (child.dep_ == "prep" and child.lower_ in ("in", "at", "during", "after", "before",
                                                          "with", "from", "by", "on"))


def _found_quote(st: _State, q: QuotedSpan, kind: str, cue: Token | None, subj: Token | None,
                 flags: tuple[str, ...] = (), span: tuple[int, int] | None = None) -> Found:
    cue_span = char_span(cue_tokens(cue, st.lex)) if cue is not None else None
    src = span or (source_span(subj, cue, st.direct_tokens) if subj is not None and cue is not None
                   else None)
    return Found((q.start, q.end), (q.outer_start, q.outer_end), kind, cue_span, src,
                 cue.i if cue is not None else None, subj.i if subj is not None else None,
                 (*q.flags, *flags))


def attribute_quotes(st: _State) -> None:
    """Attach each quoted span to a cue and source, or leave it out (a scare quote)."""
    paras = paragraphs(st.doc.text)
    last_in_para: dict[int, Found] = {}
    last_found: Found | None = None
    for q in st.quotes:
        para = next((i for i, (a, b) in enumerate(paras) if a <= q.outer_start < b), -1)
        prev = last_in_para.get(para) or _carried(last_found, paras, para)
        f = _attribute_one(st, q, prev, last_found)
        if f is None:
            continue
        if f.cue_token is not None:
            st.used_cues.add(f.cue_token)
        st.found.append(f)
        last_in_para[para] = f
        last_found = f


def _attribute_one(st: _State, q: QuotedSpan, prev: Found | None, last: Found | None) -> Found | None:
    """One quoted span: framed direct quote, carried-over speaker, continuation, or partial."""
    toks = tokens_in(st.doc, q.start, q.end)
    if not toks:
        return None
    standalone = _starts_clause(st, q)
    before = _frame_before(st, q)
    words = [t for t in toks if not t.is_punct]
    titled = bool(words) and (words[0].is_title or words[0].is_upper)
    if standalone or before is not None and (before[2] != "adjacent" or titled):
        st.direct_tokens |= {t.i for t in toks}
    if before is not None and (before[2] != "adjacent" or titled):
        continued = _continues(st, q, last)
        if continued is not None and continued.cue_token == before[0].i:
            return replace(continued, content=(q.start, q.end), outer=(q.outer_start, q.outer_end),
                           flags=q.flags, wrapper=False)
        return _found_quote(st, q, "direct", before[0], before[1])
    outer = (q.outer_start, q.outer_end)
    if standalone:
        after = _frame_after(st, q)
        if after is not None:
            return _found_quote(st, q, "direct", after[0], after[1], span=after[2])
        signed = _signature(st, q)
        if signed is not None:
            return signed
        if prev is None:
            return Found((q.start, q.end), outer, "direct", flags=(*q.flags, "no_speaker"))
        return replace(prev, content=(q.start, q.end), outer=outer, kind="direct",
                       flags=(*q.flags, "speaker_carried"), wrapper=False)
    continued = _continues(st, q, last)
    if continued is not None:
        return replace(continued, content=(q.start, q.end), outer=outer, flags=q.flags, wrapper=False)
    governing = _cue_above(st, toks)
    if governing is None or governing.i in st.used_cues:
        return None  # a scare quote, a title, or part of another quote's frame
    return _found_quote(st, q, "partial", governing, subject_of(governing))


def _carried(prev: Found | None, paras: list[tuple[int, int]], para: int) -> Found | None:
    """The attribution of a quote in the previous paragraph, when it ended that paragraph."""
    if prev is None or prev.kind != "direct" or para <= 0:
        return None
    pa, pb = paras[para - 1]
    return prev if pa <= prev.outer[0] < pb else None


def _continues(st: _State, q: QuotedSpan, prev: Found | None) -> Found | None:
    """'“A,” Schiff said, “B.”': the second part continues the first attribution."""
    if prev is None or prev.kind != "direct" or prev.cue is None:
        return None
    between = st.doc.text[prev.outer[1]: q.outer_start]
    if "\n" in between or any(c in between for c in ".?!"):
        return None
    if prev.cue[0] < prev.outer[1] or prev.cue[1] > q.outer_start:
        return None
    return prev if between.rstrip().endswith((",", ":", ";", "—", "–")) else None


# ---------------------------------------------------------------- reported speech

def _content_children(verb: Token, lex: Lexicon) -> list[Token]:
    """Complements of a cue verb to its right that carry what was said."""
    out: list[Token] = []
    kids = [c for c in verb.children if c.i > verb.i]
    has_clause = any(c.dep_ == "ccomp" for c in kids)
    lemma = verb.lemma_.lower()
    particles = lex.particles.get(lemma, frozenset())
    for c in kids:
        if c.dep_ not in COMPLEMENT_DEPS:
            continue
        if c.dep_ == "conj" and (subject_of_own(c) is not None or c.pos_ in ("VERB", "AUX")):
            continue  # another clause or verb phrase: its own statement, if any
        if c.dep_ == "dative" or c.dep_ in ("dobj", "obj") and lemma in ADDRESSEE_LEMMAS and has_clause:
            continue  # the addressee: 'told reporters that ...'
        if c.dep_ == "prep" and c.i == verb.i + 1 and c.lower_ in particles:
            out.extend(x for x in c.children if x.dep_ in ("pobj", "pcomp"))
            continue
        if c.dep_ == "prep" and (c.lower_ not in CONTENT_PREPS or _channel_or_time(c, lex)):
            continue
        if c.dep_ == "prep" and c.i == verb.i + 1 and c.lower_ in ("about", "of", "on", "to", "for"):
            out.extend(x for x in c.children if x.dep_ in ("pobj", "pcomp"))  # 'talked about X'
            continue
        if c.dep_ == "advcl" and c.tag_ != "VBG":
            continue
        out.append(c)
    return out


def _channel_or_time(prep: Token, lex: Lexicon) -> bool:
    """'on Twitter', 'on CNN', 'on Monday': where or when it was said, not what."""
    if prep.lower_ != "on":
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and (obj.lower_ in lex.media or obj.ent_type_ in (
        "DATE", "TIME", "ORG", "PERSON") or obj.lower_ in ("monday", "tuesday", "wednesday",
                                                            "thursday", "friday", "saturday", "sunday"))


def subject_of_own(tok: Token) -> Token | None:
    return next((c for c in tok.children if c.dep_ in SUBJ_DEPS), None)


SHORT_ANSWERS = frozenset({"so", "no", "yes", "nothing"})


def _content_tokens(st: _State, verb: Token) -> list[Token] | None:
    """The words reported by ``verb``: its complements to the right, a clause to its left
    ('S, X said'), or the whole sentence around a parenthetical 'S1, X said, S2'."""
    doc = st.doc
    right = _content_children(verb, st.lex)
    left = [c for c in verb.children if c.i < verb.i and c.dep_ == "ccomp"]
    if st.lex.lemma(verb) in st.lex.clause_only and not any(c.dep_ in ("ccomp", "xcomp") for c in right):
        right = []  # 'wrote a letter', 'told Yahoo': no reported clause
    if right:
        first = min(min(x.i for x in c.subtree) for c in right)
        last = max(max(x.i for x in c.subtree) for c in right)
        toks = list(doc[first: last + 1])
    elif left:
        c = left[-1]
        toks = list(doc[c.left_edge.i: c.right_edge.i + 1])
        frame = _frame_start(verb)
        if frame is not None and c.right_edge.i < frame - 1:
            toks = list(doc[c.left_edge.i: frame - 1])  # up to the comma before 'X said'
    elif _parenthetical(verb):
        toks = list(verb.sent)
    elif (trailing := _trailing_content(verb)) is not None:
        toks = trailing
    else:
        return None
    toks = [t for t in toks if t.i != verb.i]
    other = next((k for k, t in enumerate(toks) if t.i in st.used_cues), None)
    if other is not None:  # stop where another attribution's cue starts
        toks = toks[:other]
        sub = [t for t in toks if t.head.i in st.used_cues and t.dep_ in SUBJ_DEPS]
        if sub:
            toks = [t for t in toks if t.i < min(x.left_edge.i for x in sub)]
    return _trim(doc, toks)


def _comma_clause(st: _State, verb: Token) -> list[Token] | None:
    """'As the Post reported, S' / 'the Times noted, S': the clause after the comma."""
    doc = verb.doc
    nxt = verb.i + 1
    if nxt >= len(doc) or doc[nxt].text != "," or verb.head.i <= verb.i:
        return None
    toks = [t for t in doc[nxt + 1: verb.sent.end] if t.i not in st.direct_tokens]
    toks = _trim(doc, toks)
    return toks if len([t for t in toks if not t.is_punct]) >= 3 else None


def _expected(st: _State, verb: Token) -> Found | None:
    """'The sale is expected to expand ...': the expectation, with no one named."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    xcomp = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    if subj is None or xcomp is None or subj.i in st.direct_tokens:
        return None
    toks = _trim(st.doc, list(st.doc[subj.left_edge.i: xcomp.right_edge.i + 1]))
    if not toks:
        return None
    span = char_span(toks)
    return Found(span, span, "indirect", char_span(cue_tokens(verb, st.lex)), None, verb.i, None)


def _trailing_content(verb: Token) -> list[Token] | None:
    """'S, she said.' / 'S, said Geert Wilders, founder of ...' when the parse hung the cue under S:
    the content is the sentence up to the comma before the frame."""
    if verb.dep_ not in ("parataxis", "ccomp", "advcl", "conj", "dep", "ROOT") or \
            verb.dep_ != "ROOT" and verb.head.i >= verb.i:
        return None
    start = _frame_start(verb)
    if start is None:
        return None
    toks = list(verb.doc[verb.sent.start: start - 1])
    return toks if len([t for t in toks if not t.is_punct]) >= 3 else None


def _frame_start(verb: Token) -> int | None:
    """Where 'X said' / 'said X' starts when a comma comes right before it, else None."""
    subj = speaker_of(verb)
    start = verb.i
    if subj is not None and subj.i < verb.i:
        start = min(start, subj.left_edge.i)
    start = min([start] + [c.i for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i])
    if start <= verb.sent.start or verb.doc[start - 1].text != ",":
        return None
    return start


def _parenthetical(verb: Token) -> bool:
    """'In his state, Christie said, offenders are sent ...': the cue sits between commas."""
    subj = subject_of(verb)
    if subj is None:
        return False
    left_edge = min(subj.left_edge.i, verb.i)
    right_edge = verb.i + 1
    doc = verb.doc
    return left_edge > 0 and right_edge < len(doc) and doc[left_edge - 1].text == "," \
        and doc[right_edge].text == "," and verb.sent.start < left_edge - 1


def _asked(st: _State, verb: Token) -> Found | None:
    """'Asked if/whether ...': the question is the content; the asker is not named."""
    clause = next((c for c in verb.children if c.i > verb.i and c.dep_ in ("ccomp", "advcl", "xcomp")),
                  None)
    if clause is None or not any(t.lower_ in ("if", "whether", "about") or t.tag_ in ("WDT", "WP", "WRB")
                                 for t in clause.subtree):
        return None
    toks = _trim(st.doc, list(clause.subtree))
    if not toks:
        return None
    span = char_span(toks)
    return Found(span, span, "indirect", char_span([verb]), None, verb.i, None)


def _reported(st: _State, verb: Token) -> Found | None:
    """Reported speech governed by ``verb``: 'X said (that) ...', 'S, X said', 'X urged Y to ...'."""
    lex = st.lex
    subj = speaker_of(verb)
    if subj is None and verb.lemma_ == "ask" and verb.tag_ == "VBN":
        return _asked(st, verb)
    if subj is None and verb.lemma_ == "expect" and verb.tag_ == "VBN":
        return _expected(st, verb)
    if subj is None or subj.lower_ in ("it", "there") and subj.dep_ != "nsubj":
        return None
    if subj.i in st.direct_tokens:
        return None
    toks = _content_tokens(st, verb)
    if toks is None:
        toks = _comma_clause(st, verb)
    if toks is None:
        return None
    words = [t for t in toks if not t.is_punct]
    short_ok = bool(words) and (words[0].pos_ in ("NOUN", "PROPN") or words[0].lower_ in SHORT_ANSWERS)
    if not words or len(words) < 2 and not short_ok:
        return None
    if any(t.i in st.direct_tokens for t in toks) and all(t.i in st.direct_tokens for t in words):
        return None
    span = char_span(toks)
    cue = cue_tokens(verb, lex)
    src = source_span(subj, verb, st.direct_tokens | {t.i for t in toks} | {verb.i})
    return Found(span, span, "indirect", char_span(cue), src, verb.i, subj.i)


def _according(st: _State) -> list[Found]:
    """'according to Z, ...' and '..., according to Z'."""
    out: list[Found] = []
    for tok in st.doc:
        if tok.lower_ != "according" or tok.i in st.direct_tokens:
            continue
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        if to is None and tok.i + 1 < len(st.doc) and st.doc[tok.i + 1].lower_ == "to":
            to = st.doc[tok.i + 1]
        if to is None:
            continue
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        sent = tok.sent
        phrase = {t.i for t in tok.subtree} | {t.i for t in to.subtree} | {tok.i, to.i}
        toks = [t for t in sent if t.i not in phrase]
        toks = _trim(st.doc, toks)
        words = [t for t in toks if not t.is_punct]
        if len(words) < 3:
            continue
        span = char_span(toks)
        src = subtree_span(pobj)
        out.append(Found(span, span, "indirect", char_span([tok, to]), src, tok.i, pobj.i))
    return out


EVIDENCE_NOUNS = frozenset({"poll", "survey", "study", "report", "analysis", "census", "tally",
                            "estimate", "projection", "forecast", "ranking", "index", "audit"})


def _surveys(st: _State) -> list[Found]:
    """'Trump leads in the latest poll': the poll is the source of the finding."""
    out: list[Found] = []
    for tok in st.doc:
        if tok.lower_ != "in" or tok.dep_ != "prep" or tok.i in st.direct_tokens:
            continue
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is None or st.lex.lemma(pobj) not in EVIDENCE_NOUNS:
            continue
        sent = tok.sent
        if any(t.i in st.used_cues for t in sent):
            continue
        phrase = {t.i for t in tok.subtree}
        toks = _trim(st.doc, [t for t in sent if t.i not in phrase])
        if len([t for t in toks if not t.is_punct]) < 3:
            continue
        span = char_span(toks)
        src_toks = [t for t in pobj.subtree]
        out.append(Found(span, span, "indirect", char_span([tok]), char_span(src_toks), tok.i, pobj.i))
    return out


NOMINAL_WITHOUT_SOURCE = True
NOUN_CONTENT_PREPS = frozenset({"of", "for", "to", "against", "about", "on", "over"})


def _nominal(st: _State, noun: Token) -> Found | None:
    """'Trump's criticism of Clinton', 'the campaign's claim that ...': a statement named by a noun,
    its source the possessor (or 'by/from X'), its content the clause or the object."""
    if noun.pos_ != "NOUN" or st.lex.lemma(noun) not in st.lex.nouns or noun.i in st.direct_tokens:
        return None
    src = next((c for c in noun.children if c.dep_ == "poss"), None)
    if src is None:
        by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
        src = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.i > noun.i and
                   any(t.lower_ == "that" and t.dep_ == "mark" for t in c.children)), None)
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.i > noun.i and
                 c.lower_ in NOUN_CONTENT_PREPS), None)
    if clause is not None:
        toks = list(clause.subtree)
    elif prep is not None and (src is not None or NOMINAL_WITHOUT_SOURCE):
        toks = [t for t in prep.subtree if t.i != prep.i]
    else:
        return None
    toks = _trim(st.doc, toks)
    if not toks or src is not None and src.lower_ in ("its", "it"):
        return None
    cue = [noun] if clause is not None or prep is None else [noun, prep]
    span = char_span(toks)
    source = subtree_span(src) if src is not None else None
    return Found(span, span, "indirect", char_span(cue), source, noun.i,
                 src.i if src is not None else None)


def attribute_reported(st: _State) -> None:
    """Reported speech for every unused cue verb outside direct quotes."""
    for tok in st.doc:
        partial_cue = any(f.kind == "partial" and f.cue_token == tok.i for f in st.found)
        if tok.i in st.used_cues and not partial_cue or tok.i in st.direct_tokens:
            continue
        if not is_cue(tok, st.lex) and not (PERMISSIVE and _stance_verb(tok)):
            continue
        if tok.dep_ in ("amod", "compound") or tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod"):
            continue
        f = _reported(st, tok)
        if f is None:
            continue
        covered = [p for p in st.found if p.kind == "partial" and p.cue_token == tok.i]
        st.found.append(replace(f, wrapper=bool(covered)))
        st.used_cues.add(tok.i)
    for tok in st.doc:
        nominal = _nominal(st, tok)
        if nominal is not None and not any(g.outer[0] <= tok.idx < g.outer[1] for g in st.found):
            st.found.append(nominal)
            st.used_cues.add(tok.i)
    for f in (*_according(st), *_surveys(st)):
        if not any(g.content == f.content for g in st.found):
            st.found.append(f)


PERMISSIVE = False
HUMAN_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you"})


def _stance_verb(tok: Token) -> bool:
    """A finite verb outside the lexicon whose subject is a named person or organization (or a
    personal pronoun): PolNeAR-style attribution of stances and intentions."""
    if tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    return subj.ent_type_ in ("PERSON", "ORG", "NORP") or subj.lower_ in HUMAN_PRONOUNS


DASHES = frozenset({"―", "—", "–", "--"})


def _signature(st: _State, q: QuotedSpan) -> Found | None:
    """'“...” ― Adriana R.': a quote signed with a dash and a name closing the paragraph."""
    doc = st.doc
    dash = token_at(doc, q.outer_end)
    if dash is None or dash.text not in DASHES or dash.i + 1 >= len(doc):
        return None
    name = []
    for t in doc[dash.i + 1: dash.i + 8]:
        if "\n" in t.text or t.is_space:
            break
        name.append(t)
    if not name or not any(t.pos_ == "PROPN" for t in name) or any(t.pos_ == "VERB" for t in name):
        return None
    nxt = name[-1].i + 1
    if nxt < len(doc) and "\n" not in doc[nxt].text and not doc[nxt].is_space and \
            "\n" not in doc[nxt - 1].whitespace_:
        return None
    return Found((q.start, q.end), (q.outer_start, q.outer_end), "direct", char_span([dash]),
                 char_span(name), dash.i, name[-1].i, q.flags)


def attribute_headlines(st: _State) -> None:
    """'Sanders: Clinton Email Story Has Moved': a line opened by a name and a colon."""
    doc = st.doc
    for pa, pb in paragraphs(doc.text):
        for line_start, line in _lines(doc.text, pa, pb):
            colon = line.find(": ")
            if colon <= 0 or colon > 60 or len(line) - colon < 12:
                continue
            head = tokens_in(doc, line_start, line_start + colon)
            if not head or any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in head) or \
                    not any(t.pos_ == "PROPN" for t in head) or head[0].i in st.direct_tokens:
                continue
            if all(t.ent_type_ in ("GPE", "LOC", "DATE", "FAC") for t in head if t.pos_ == "PROPN"):
                continue  # a dateline ('Dubai: ...'), not a speaker
            cstart = line_start + colon + 2
            body = _trim(doc, tokens_in(doc, cstart, line_start + len(line)))
            if len(body) < 3 or any(f.outer[0] <= body[0].idx < f.outer[1] for f in st.found):
                continue
            colon_tok = token_at(doc, line_start + colon)
            span = char_span(body)
            st.found.append(Found(span, span, "indirect", (line_start + colon, line_start + colon + 1),
                                  char_span(head), colon_tok.i if colon_tok else None, head[-1].i))


def _lines(text: str, pa: int, pb: int) -> list[tuple[int, str]]:
    out, pos = [], pa
    for line in text[pa:pb].split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def find_attributions(doc: Doc, lexicon: Lexicon | None = None) -> list[Found]:
    """Every attribution in ``doc``, in text order."""
    st = _State(doc, lexicon or load_lexicon(), quoted_spans(doc.text))
    attribute_quotes(st)
    attribute_reported(st)
    attribute_headlines(st)
    return sorted(st.found, key=lambda f: (f.outer[0], f.outer[1]))


__all__ = ["Found", "find_attributions", "subject_of"]
