"""Extents and frames of quotes by the conventions of news English (and PolNeAR): the words a
parenthetical frame interrupts, a frame inside an earlier cue's complement, an addressee between
cue and comma, titles that are not quotes, relative clauses inside a source."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from dateline.quotes.base import (
    ADDRESSEE_LEMMAS,
    OPENING_QUOTES,
    SENT_END,
    SUBJ_DEPS,
    Found,
    State,
    char_span,
    is_cue,
    subject_of,
)
from dateline.quotes.labels import names_no_speaker
from dateline.quotes.marks import QuotedSpan, paragraphs
from dateline.quotes.token_lookup import token_at, tokens_in


def in_relative(verb: Token, q: QuotedSpan) -> bool:
    """Whether ``verb`` lies in a relative clause or appositive after the quote."""
    for a in (verb, *verb.ancestors):
        if a.idx < q.outer_end:
            return False
        if a.dep_ in ("relcl", "appos", "acl"):
            return True
    return False


def in_who_clause(verb: Token, q: QuotedSpan) -> bool:
    """'“...,” an official, who asked not to be named, told AFP': a verb of a relative clause
    opened by 'who/which/that' after the quote frames nothing."""
    for a in (verb, *verb.ancestors):
        if a.idx < q.outer_end:
            return False
        if any(c.dep_ in SUBJ_DEPS and c.lower_ in ("who", "which", "that") for c in a.children):
            return True
    return False


def names_what_follows(st: State, q: QuotedSpan, inner: str) -> bool:
    """A quoted name with no punctuation of its own whose words hang on a noun after the closing
    mark (a title used as a modifier: '“Daily Show” host')."""
    if not inner or not inner[-1].isalnum():
        return False
    toks = tokens_in(st.doc, q.start, q.end)
    return bool(toks) and all(t.head.i == t.i or t.head.idx >= q.outer_end or q.start <= t.head.idx < q.end
                              for t in toks) and any(t.head.idx >= q.outer_end and
                                                     t.head.pos_ in ("NOUN", "PROPN") for t in toks)


def names_a_subject(st: State, q: QuotedSpan, words: list[Token]) -> bool:
    """'“Billions,” on Showtime, is a drama', '“Containment” has been policy': a quote that opens
    its sentence with no verb of its own, the sentence going on in lower case past the closing
    mark, is a title or a term the sentence is about, not words someone said."""
    after = st.text[q.outer_end: q.outer_end + 3].lstrip(" \xa0")
    if not after[:1].islower() and after[:1] != "(":
        return False
    return bool(words) and not any(t.pos_ in ("VERB", "AUX") for t in words)


NAMING_LEMMAS = frozenset({"call", "dub", "label", "term", "describe", "name", "brand", "characterize"})


def named_by_relative(verb: Token, q: QuotedSpan) -> int | None:
    """'Rubio, who he dubbed “the little senator”', 'what it calls “psychographic” profiles', 'a
    campaign - one he calls “Confident America”': a quote naming what a relative clause is about
    takes in the relative pronoun or the noun the clause hangs on (PolNeAR's content runs from
    it, over source and cue, 15 times to 4 at the mark in train). Returns where the content
    starts, or None."""
    if verb.lemma_.lower() not in NAMING_LEMMAS or verb.idx > q.outer_start:
        return None
    rel = [c for c in verb.children if c.tag_ in ("WDT", "WP") and c.i < verb.i and
           c.dep_ in ("dobj", "nsubjpass")]
    if rel:
        return rel[0].idx
    head = verb.head
    if verb.dep_ == "relcl" and head.i < verb.i and head.pos_ in ("NOUN", "PROPN", "NUM", "PRON") \
            and verb.left_edge.i == head.i + 1:
        return head.idx
    return None


FRAME_PREPS = frozenset({"to", "on", "in", "at", "during", "after", "with"})


#: cues whose object right after them is the person told ('told lawmakers in Ankara, ...')
ADDRESSEES_OF = frozenset({"tell", "brief", "inform", "assure", "warn", "remind"})


def addressee_between(cue: Token, comma: Token) -> bool:
    """'wrote to his 20,000 followers, “...': only the cue's addressee, medium or time lies between
    the cue and the comma before the quote."""
    between = cue.doc[cue.i + 1: comma.i]
    if not between or len(between) > 10:
        return False
    inside = {t.i for t in cue.subtree}
    kids = [c for c in cue.children if c.i > cue.i]
    if any(t.text == "," and t.head.i == cue.i for t in between):
        # several phrases ('announced on her page, in capital letters, “...'): of medium, place
        # or time only; an object would be what was said, the quote beside it an apposition
        if any(c.dep_ == "dobj" and c.i < comma.i and not (
                c.i == cue.i + 1 and cue.lemma_.lower() in ADDRESSEES_OF) for c in kids):
            return False  # (the object of 'told reporters, after ..., “...' is the addressee)
        preps = FRAME_PREPS
    else:
        preps = frozenset({"to", "on", "in"})
    branches = {t.i for c in kids if c.dep_ in ("dative", "dobj", "npadvmod") or
                c.dep_ == "prep" and c.lower_ in preps for t in c.subtree}
    return all(t.i in inside and (t.i in branches or t.text == "," and t.head.i == cue.i)
               for t in between)


EMBEDDING_DEPS = frozenset({"ccomp", "xcomp", "dobj", "relcl", "pcomp", "prep", "pobj", "acl"})


def outer_cue(st: State, verb: Token) -> tuple[Token, int] | None:
    """'Trump said he responded: “...”', 'she offered up this line, which ...: “...”': the frame
    verb lies inside the complement of an earlier cue, which reports the whole (PolNeAR keeps the
    outermost attribution). Returns that cue and where its complement starts."""
    def quoted(tok: Token) -> bool:
        return any(q.double and q.outer_start <= tok.idx < q.outer_end for q in st.quotes)

    if verb.dep_ == "acl" or quoted(verb):
        return None  # 'issued a statement saying: “...”' (the medium), or a frame inside a quote
    best = None
    cur = verb
    for _ in range(8):
        if cur.dep_ not in EMBEDDING_DEPS or cur.head.i == cur.i or quoted(cur.head):
            break
        head = cur.head
        if head.i < verb.i and head.i not in st.used_cues and is_cue(head, st.lex) and \
                subject_of(head) is not None and cur.i > head.i and cur.dep_ in ("ccomp", "dobj"):
            best = (head, cur.left_edge.idx)
        cur = head
    return best


# a lone word before a parenthetical frame that links to the writer's previous sentence
LINKING_WORDS = frozenset({"but", "and", "or", "so", "yet", "still", "however", "meanwhile",
                           "nevertheless", "nonetheless", "instead", "besides"})


def with_preamble(st: State, f: Found, q: QuotedSpan, words: list[Token]) -> Found:
    """'While X, he said, “this has done …”': a frame set off by commas inside the speaker's own
    sentence; the words before it are part of what was said (the content's extent starts at the
    sentence start). Only when the quote goes on in lower case; a capitalised quote after
    'Later, X said,' is a sentence of its own, and a lone linking word ('But, he added, “we …”',
    'Still,', 'However,') is the writer's link to the sentence before, not words of the speaker
    (PolNeAR train: 7 of 10 lone connectives and adverbs left out). Other lone sentence adverbs
    ('Unfortunately,', 'Now,', 'Yesterday,') are the speaker's: the lower case shows it."""
    if f.cue is None or f.cue_token is None or not words:
        return f
    lo = min(f.cue[0], f.source[0]) if f.source is not None else f.cue[0]
    if f.source is not None:  # the frame is one piece: 'he said,' / 'said Mr. X,' ('X emailed ...,
        # addressing ..., and telling her, “...' is not a parenthetical frame)
        a, b = sorted((f.source, f.cue))
        gap = st.text[a[1]: b[0]]
        if "," in gap or len(gap.split()) > 2:
            return f
    gap = st.text[f.cue[1]: q.outer_start].strip()
    comma = token_at(st.doc, len(st.text[: q.outer_start].rstrip()) - 1)
    addressed = gap.endswith(",") and comma is not None and comma.text == "," and \
        addressee_between(st.doc[f.cue_token], comma)  # 'X told reporters, “...'
    if gap not in (",", "") and not addressed or \
            not st.text[lo: f.cue[1]].strip() or st.text[:lo].rstrip()[-1:] != ",":
        return f
    start = sentence_start(st, st.doc[f.cue_token])
    pre = [t for t in tokens_in(st.doc, start, lo) if not t.is_punct]
    if not pre or any(t.text in SENT_END or "\n" in t.text for t in tokens_in(st.doc, start, lo)):
        return f
    if not words[0].is_lower or len(pre) == 1 and pre[0].lower_ in LINKING_WORDS:
        return f
    return replace(f, outer=(start, f.outer[1]))


def sentence_start(st: State, tok: Token) -> int:
    """Character where ``tok``'s sentence starts, not before its paragraph."""
    para = next((a for a, b in paragraphs(st.text) if a <= tok.idx < b), 0)
    return max(tok.sent.start_char, para)


def addressee_title(st: State, q: QuotedSpan, cue: Token) -> bool:
    """A quoted title right after a verb of telling, with no sentence punctuation of its own:
    the addressee ('told “Fox and Friends”'), not the words said."""
    inner = st.text[q.start: q.end].rstrip()
    return cue.lemma_.lower() in ADDRESSEE_LEMMAS and bool(inner) and inner[-1].isalnum()


TITLE_SMALL = frozenset({"a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "at", "with"})


def possessed_title(st: State, q: QuotedSpan) -> bool:
    """A title-cased name in marks after a possessive ('NBC’s “Meet the Press”', 'Fox News
    channel’s “Sunday Morning Futures,”'): a programme or work, not quoted words."""
    before = st.text[max(0, q.outer_start - 3): q.outer_start].rstrip()
    return before.endswith(("'s", "’s", "s'", "s’")) and title_cased(st.text, q)


#: a noun naming a work, then its title in marks ('his book, “The Art of the Deal,”', 'the film
#: “Trainwreck”', 'a documentary titled “Rising Waters”'; not 'a memo titled “…”': a statement's
#: title says what it states), or a verb of publishing it ('published “A Promised Land”')
_WORK_BEFORE = re.compile(
    r"(?:\b(?:book|memoir|novel|autobiography|biography|film|movie|documentary|album|song|play|"
    r"musical|essay|op-ed|column|poem|podcast|bestseller|best-seller)s?\b[\s,]*"
    r"(?:(?:titled|entitled|called)[\s,]*)?"
    r"|\b(?:publish|published|publishes|publishing|republished)\s*)$",
    re.IGNORECASE)


def ends_with_work(text: str) -> bool:
    """Whether ``text`` ends with a noun of a work or a verb of publishing ('In his memoir,')."""
    return bool(_WORK_BEFORE.search(text[-40:]))


def work_title(st: State, q: QuotedSpan) -> bool:
    """A title-cased name in marks after a noun of a work or a verb of publishing ('said in his
    book, “An American Son,” that ...', 'published “A Promised Land” in 2020'): the work's
    title, not words quoted from it."""
    before = st.text[max(0, q.outer_start - 40): q.outer_start]
    return ends_with_work(before) and title_cased(st.text, q)


def title_cased(text: str, q: QuotedSpan) -> bool:
    """Up to eight words, each capitalised or a small word of a title, and no end of sentence
    before the last word ('“An American Son.”' closes its sentence)."""
    inner = text[q.start: q.end].rstrip(",.")
    words = inner.split()
    return bool(words) and len(words) <= 8 and all(
        w[:1].isupper() or w.lower() in TITLE_SMALL for w in words) and not any(c in inner for c in ".?!")


_LIST_GAP = re.compile(r"[\s,]*(?:(?:and|or|nor)\b[\s,]*)?(?:(?:yes|even|also|finally|then)\b[\s,]*)?")


def listed_after(st: State, q: QuotedSpan, prev: Found | None) -> Found | None:
    """'repeat “Peace Through Strength,” “Law and Order,” and, yes, “Sanity.”': a quote listed
    right after the previous one (commas and a conjunction between) shares its attribution."""
    if prev is None or prev.kind not in ("direct", "partial") or prev.outer[1] > q.outer_start:
        return None
    gap = st.text[prev.outer[1]: q.outer_start]
    listed = "," in gap or st.text[prev.content[1] - 1: prev.content[1]] == "," or \
        gap.strip() in ("and", "or")  # ('chanting “We are here” and “Go home.”')
    return prev if listed and "\n" not in gap and _LIST_GAP.fullmatch(gap) else None


def opened_before(st: State, f: Found, found: list[Found]) -> Found:
    """'The new plans “will not solve this,” Ms. Richards said': a quote that goes on, in lower
    case, from words of its sentence before the mark, with its frame after it, takes in those words
    (the content's extent starts at the sentence start) unless another statement is there."""
    q = next((q for q in st.quotes if q.outer_start == f.outer[0]), None)
    if q is None or f.cue is None or f.cue[0] < q.outer_end or not st.text[q.start: q.start + 1].islower():
        return f
    if st.text[q.outer_start - 1: q.outer_start] != " " or not st.text[q.outer_start - 2: q.outer_start - 1].isalnum():
        return f
    tok = token_at(st.doc, q.outer_start)
    if tok is None:
        return f
    start = sentence_start(st, tok)
    if start >= q.outer_start or any(g.cue is not None and start <= g.cue[0] < q.outer_start for g in found):
        return f
    content = (start, f.content[1]) if f.kind == "indirect" else f.content
    return replace(f, content=content, outer=(start, f.outer[1]))


LABEL_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "ADP", "PUNCT", "CCONJ", "NUM"})
_SENTENCE_END = re.compile(r"(?:[.?!][”\"’']*\s+|\n\s*)")
_ABBREVIATION = re.compile(r"(?:^|\W)[A-Z][a-z]{0,3}\.$")  # 'Sen.', 'Mr.', 'Gov.': no sentence end


def label_before(st: State, q: QuotedSpan) -> list[Token] | None:
    """'Rep. Smith (R-Ohio): “...”', 'Cairo: "..."': the words alone before a colon, from the
    start of their sentence, that end in a name (a speaker's label, or a dateline); in single
    marks too, where only a frame after the quote is looked for."""
    colon = st.text[: q.outer_start].rstrip()
    if not colon.endswith(":") or "\n" in st.text[len(colon): q.outer_start]:
        return None
    pos = len(colon) - 1
    starts = [m.end() for m in _SENTENCE_END.finditer(st.text, max(0, pos - 80), pos)
              if not _ABBREVIATION.search(st.text, max(0, m.start() - 5), m.start() + 1)]
    start = starts[-1] if starts else (0 if pos <= 80 else None)
    if start is None:
        return None
    name = [t for t in tokens_in(st.doc, start, pos) if not t.is_space]
    last = name[-1].text.rstrip(":") if name else ""
    named = name and (name[-1].pos_ == "PROPN" or name[-1].is_title or last.endswith(")"))
    # ('Dubai:' may be tagged a common noun)
    if not named or len(name) > 10 or not name[0].is_title or any(t.pos_ not in LABEL_POS for t in name):
        return None
    cue = token_at(st.doc, pos)  # (the tokenizer may keep '):' together)
    return name if cue is not None and cue.text.endswith(":") else None


def speaker_label(st: State, q: QuotedSpan, name: list[Token]) -> Found | None:
    """'Rep. Smith (R-Ohio): “...”', 'Bush: "..."': the label found by ``label_before`` names the
    speaker of the quote after it (a transcript or a list of positions), unless it is a place, a
    date or a kicker ('Cairo:', 'Exclusive:'); the colon is the cue, as PolNeAR marks it. Only
    for a quote no frame after it claims (``Cairo: "...," the minister said`` is the minister's)."""
    if not q.double or names_no_speaker(st, name):
        return None  # (a headline's 'Sanders: ‘…’' is the headline's own)
    pos = len(st.text[: q.outer_start].rstrip()) - 1
    cue = token_at(st.doc, pos)
    heads = [t for t in name if t.pos_ == "PROPN"]
    if cue is None or not heads:
        return None
    return Found((q.start, q.end), (q.outer_start, q.outer_end), "direct", (pos, pos + 1),
                 (name[0].idx, len(st.text[:pos].rstrip())), cue.i, heads[-1].i, q.flags)


DASHES = frozenset({"―", "—", "–", "--"})


def signature(st: State, q: QuotedSpan) -> Found | None:
    """'“...” ― Adriana R.': a quote signed with a dash and a name closing the paragraph."""
    doc = st.doc
    dash = token_at(doc, q.outer_end)
    while dash is not None and dash.is_space and dash.i + 1 < len(doc):
        dash = doc[dash.i + 1]
    gap = st.text[q.outer_end: dash.idx] if dash is not None else ""
    below = "\n" in gap and not gap.strip() and _ends_paragraph(st.text, q)
    glued = below and dash is not None and dash.text[:1] == "-" and dash.text[1:2].isupper()
    if dash is None or not (dash.text in DASHES or below and dash.text == "-" or glued) or \
            dash.i + 1 >= len(doc):
        return None  # (a signature may stand alone in the next paragraph: '“...”\n\n- Sanders.')
    name, described = [], False
    for t in doc[dash.i if glued else dash.i + 1: dash.i + 8]:
        if "\n" in t.text or t.is_space:
            break
        if below and t.text == ",":  # '-Ana Ruiz, Philadelphia.': what follows describes her
            described = True
            break
        name.append(t)
    while name and name[-1].text == ".":
        name = name[:-1]
    if not name or not any(t.pos_ == "PROPN" for t in name) or any(t.pos_ == "VERB" for t in name):
        return None
    nxt = name[-1].i + 1
    if nxt < len(doc) and doc[nxt].text == ".":
        nxt += 1
    if not described and nxt < len(doc) and "\n" not in doc[nxt].text and not doc[nxt].is_space \
            and "\n" not in doc[nxt - 1].whitespace_:
        return None
    source = char_span(name)
    return Found((q.start, q.end), (q.outer_start, q.outer_end), "direct",
                 (dash.idx, dash.idx + 1) if glued else char_span([dash]),
                 (source[0] + 1, source[1]) if glued else source, dash.i, name[-1].i, q.flags)


def _ends_paragraph(text: str, q: QuotedSpan) -> bool:
    """The quoted span closes its paragraph (only a period may follow it)."""
    rest = text[q.outer_end:]
    line = rest.split("\n", 1)[0]
    return not line.strip(" .")


def without_leading_aside(verb: Token, toks: list[Token]) -> list[Token]:
    """'Al-Qahera News reported, citing a senior source, that a delegation would travel': a
    participle set off by commas right after the cue is the frame's (how it was reported), not
    part of the words reported (the parser hangs it on the reported clause)."""
    doc = verb.doc
    if not toks or toks[0].i < verb.i + 2 or doc[toks[0].i - 1].text != "," or not all(
            verb.i <= t.head.i < toks[0].i and not t.is_quote for t in doc[verb.i + 1: toks[0].i - 1]):
        return toks  # (phrases of the frame may stand between: 'reported on Monday, citing ...')
    aside = next((t for t in toks if t.dep_ == "advcl" and t.tag_ == "VBG" and
                  t.left_edge.i == t.i == toks[0].i), None)  # (not "when she was earning")
    if aside is None or aside.right_edge.i + 1 >= len(doc) or doc[aside.right_edge.i + 1].text != ",":
        return toks
    rest = [t for t in toks if t.i > aside.right_edge.i + 1]
    return rest or toks


def split_citing_aside(verb: Token) -> list[Token] | None:
    """'The ministry said, citing morgue records, that 31 people were killed': when the parser hung
    the that-clause on the aside's object (a relative clause), the clause is the cue's content and
    the aside's content ends at its comma. For the cue or the aside participle, its content
    tokens; else None."""
    doc = verb.doc
    aside = verb if verb.dep_ == "advcl" and verb.tag_ == "VBG" else next(
        (c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > verb.i), None)
    if aside is None or aside.i == 0 or doc[aside.i - 1].text != ",":
        return None
    mark = next((t for t in aside.subtree if t.lower_ == "that" and t.dep_ == "mark" and
                 t.i > aside.i + 1 and doc[t.i - 1].text == "," and
                 t.head.dep_ in ("acl", "relcl") and t.head.i > t.i), None)
    if mark is None or any(t.pos_ in ("VERB", "AUX") for t in doc[aside.i + 1: mark.i - 1]):
        return None
    if verb.i == aside.i:
        return list(doc[aside.i + 1: mark.i - 1])
    return list(doc[mark.i: mark.head.right_edge.i + 1])


def from_that(verb: Token, toks: list[Token], particles: frozenset[str] = frozenset()) -> list[Token]:
    """'said to Congress that ...', 'told reporters on his plane that ...', 'said on Tuesday,
    with evident frustration, that ...': phrases of the frame (an addressee, a channel, a manner)
    before the 'that' of the cue's clause are not what was said; the content starts at 'that'."""
    if not toks:
        return toks
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > toks[0].i), None)
    mark = clause.left_edge if clause is not None and clause.left_edge.lower_ == "that" else None
    if mark is None or mark.i <= toks[0].i or mark.i > toks[-1].i or \
            verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ in particles:
        return toks  # ('pointing to her revelation that ...': the cue's own preposition)
    for t in toks:
        if t.i >= mark.i:
            break
        if not (t.is_punct or any(a.dep_ == "prep" and verb.i < a.i < mark.i for a in [t, *t.ancestors])):
            return toks
    return [t for t in toks if t.i >= mark.i]


#: what a statement is made in ('said in a message to the mediators that ...')
FRAME_WRITINGS = frozenset({"statement", "message", "letter", "readout", "summary", "note", "post",
                            "briefing", "tweet", "video", "speech", "address", "interview",
                            "remark", "comment", "communique", "communiqué", "report", "call"})


def relative_read_clause(verb: Token) -> list[Token] | None:
    """'Sinwar said in a message to the mediators that Hamas would not retreat', 'Rubio said in his
    book, “An American Son,” that his parents ...': with no clause of its own, a cue whose
    prepositional phrase ends in a noun of a writing, or whose bare noun phrase after it (a title
    in marks), has a 'that' relative clause with its own subject (the parser's reading of the
    reported clause) reports that clause."""
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > verb.i for c in verb.children):
        return None
    doc = verb.doc
    for phrase in (c for c in verb.children if c.dep_ in ("prep", "npadvmod") and c.i > verb.i):
        titled = phrase.dep_ == "npadvmod" and phrase.left_edge.i > verb.i and \
            doc[phrase.left_edge.i - 1].text in OPENING_QUOTES
        noun = phrase if titled else next((c for c in phrase.children if c.dep_ == "pobj"), None) \
            if phrase.dep_ == "prep" else None
        if noun is None or not titled and noun.lemma_.lower() not in FRAME_WRITINGS:
            continue  # (not 'pointing to high ratings that students gave')
        for rel in (t for t in phrase.subtree if t.dep_ == "relcl"):
            that, gap = rel.left_edge, doc[rel.head.i + 1: rel.left_edge.i]  # (', ”' after a title)
            if that.lower_ == "that" and that.dep_ not in ("nsubj", "nsubjpass") and \
                    (all(t.is_punct for t in gap) if titled else not len(gap)) and \
                    any(c.dep_ == "nsubj" and c.i > that.i for c in rel.children):
                return list(doc[that.i: rel.right_edge.i + 1])
    return None
