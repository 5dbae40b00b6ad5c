"""The frame of a direct quote: the cue and source after its closing mark ('“...,” X said') or
before its opening mark ('X told AFP: “...”'), and a sentence going on past the closing mark."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.quotes.as_frames import it_frame
from dateline.quotes.base import (
    SENT_END,
    SUBJ_DEPS,
    State,
    char_span,
    gloss,
    is_cue,
    quoted_saying,
    speaker_of,
    subject_of,
    subtree_span,
    to_name_end,
    trim_tokens,
)
from dateline.quotes.extents import (
    addressee_between,
    in_relative,
    in_who_clause,
    names_what_follows,
)
from dateline.quotes.lexicon import Lexicon
from dateline.quotes.marks import QuotedSpan
from dateline.quotes.token_lookup import token_at, tokens_in

NAMING_DEPS = frozenset({"nsubj", "nsubjpass", "compound", "poss", "appos"})  # a name mistagged VERB
MODIFYING_DEPS = NAMING_DEPS | {"amod"}  # and a participle inside the source ('conservative-leaning')
NOMINAL = frozenset({"PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM", "PUNCT", "CCONJ", "ADP", "PART"})


Frame = tuple[Token, Token, tuple[int, int], int | None]
CONTINUING = frozenset({"ADP", "SCONJ", "ADV", "PART", "CCONJ"})


def _quoted_saying(verb: Token, st: State) -> Token | None:
    """'saying' of '“...,” Braynard is quoted as saying': the cue of the frame, the one quoted its source."""
    saying = quoted_saying(verb)
    return saying if saying is not None and is_cue(saying, st.lex) else None


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
            and not _bare_frame(st, q, toks, words):
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
        saying = _quoted_saying(t, st) if passive else None  # ('“...,” X is quoted as saying')
        if t.i in st.used_cues or saying is None and not (
                frames_quote(t, st.lex) and not named or loose and verbal and t.tag_.startswith("VB") and not passive):
            if verbal and t.dep_ not in ("aux", "auxpass"):
                return None  # another clause comes first
            continue
        if _introduces_next(t):
            return None  # '“...” He added: “...”': the frame of the quote that follows
        if any(c.dep_ == "dobj" and c.i > t.i and c.lower_ in ("it", "this", "so") for c in t.children):
            return None  # '“...” on July 2, and the mediators know it': a verb with its own object
        before = words[:k]
        commas = [x for x in toks if x.text == "," and before and before[0].i < x.i < t.i]
        if before and commas and before[0].is_lower and (
                before[0].pos_ in CONTINUING or continuation(st, q, commas[-1].idx) is not None):
            end = continuation(st, q, commas[-1].idx)  # '“...” like X, said Curtin'
            before = [x for x in before if x.i > commas[-1].i]
            if end is not None and before:
                src = [x for x in toks if before[0].i <= x.i < t.i and not x.is_punct]
                head = next((x for x in src if x.dep_ in SUBJ_DEPS), src[-1])
                return t, head, char_span(src), end
            return None
        if before:  # '..., the spokesman said'
            if before[0].is_lower and before[0].pos_ in ("ADP", "SCONJ", "CCONJ") or len(before) > 24 or any(x.pos_ not in NOMINAL and x.dep_ not in MODIFYING_DEPS and
                                       x.dep_ not in ("aux", "neg", "advmod") and
                                       not (saying is not None and x.dep_ == "auxpass") and
                                       not in_relative(x, q) for x in before):
                return None
            nominal = [x for x in before if x.pos_ in ("PROPN", "NOUN", "PRON") or x.dep_ in NAMING_DEPS]
            if not nominal or any(x.i in st.direct_tokens for x in before):
                return None
            src = [x for x in toks if before[0].i <= x.i < t.i and x.dep_ not in ("aux", "auxpass", "neg")]
            while len(src) > 1 and (src[-1].is_punct or src[-1].dep_ in ("aux", "auxpass", "neg", "advmod")):
                src = src[:-1]
            head = next((x for x in src if x.dep_ in SUBJ_DEPS), nominal[-1])
            if gloss(head):
                return None  # '“Shalom,” the Hebrew word for peace, ...': what the quote means
            return saying or t, head, to_name_end(t, char_span(src)), None  # ('Don Mcfeely', 'Mcfeely' an adverb)
        subj = speaker_of(t)  # '..., said Edward Leamer, an economist ...'
        if subj is not None and subj.i > t.i:
            return t, subj, subtree_span(subj, st.direct_tokens), None
        rest = [x for x in toks if x.i > t.i]
        np_: list[Token] = []
        for x in rest:
            if x.pos_ not in NOMINAL and not _name_word(x) or x.text in SENT_END:
                if np_ and np_[-1].lower_ in ("who", "which", "that"):  # a relative clause
                    np_ = [y for y in rest if y.text not in SENT_END]
                break
            np_.append(x)
        while np_ and (np_[-1].is_punct or np_[-1].pos_ in ("ADP", "CCONJ", "DET")):
            np_ = np_[:-1]
        nominal = [x for x in np_ if x.pos_ in ("PROPN", "NOUN", "PRON") or _mistagged_name(x)]
        if nominal:
            return t, nominal[0], char_span(np_), None
        return None
    return _misread_frame(toks, words, st.lex) if loose else None


def _misread_frame(toks: list[Token], words: list[Token], lex: Lexicon) -> Frame | None:
    """'“…,” the two write.', '“…,” a voice-over in the ad states.': a sentence of a noun phrase
    and a speech verb the tagger read as a noun ends with the quote's frame (after a quote closed
    by a comma, a bare noun phrase is no sentence)."""
    if len(words) < 2 or len(words) > 12 or toks[-1].text not in SENT_END:
        return None
    cue, before = words[-1], words[:-1]
    low = cue.lower_
    if cue.pos_ not in ("NOUN", "PROPN") or cue.i + 1 != toks[-1].i or cue.is_title or \
            (low[:-1] if low.endswith("s") else low) not in lex.classes["speech"]:
        return None
    if before[0].pos_ in ("ADP", "SCONJ", "CCONJ", "VERB", "AUX") or \
            any(x.pos_ not in NOMINAL for x in before):
        return None
    heads = [x for x in before if x.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and x.head.i not in
             {y.i for y in before if y.pos_ == "ADP"}]
    if not heads:
        return None
    plural = heads[0].tag_ in ("NNS", "NNPS") or heads[0].pos_ == "NUM" or heads[0].lower_ in ("they", "we")
    if low.endswith("s") and plural:
        return None  # an -s verb agrees with a singular subject ('the two states' is a noun phrase)
    return cue, heads[0], char_span(before), None


def _mistagged_name(x: Token) -> bool:
    """A capitalised word the tagger took for an adverb or a verb ('said Skelly,': an adverb)."""
    return x.is_title and x.pos_ in ("ADV", "VERB") and x.dep_ in ("advmod", "npadvmod", "dobj")


def _name_word(x: Token) -> bool:
    """A word of the source after an inverted cue that is no noun to the tagger: a mistagged name
    or a participle modifying the name ('said retired diplomat Ben Carson, asked about ...')."""
    return _mistagged_name(x) or x.dep_ == "amod" and x.head.pos_ in ("NOUN", "PROPN")


#: the plain speech verbs a bare 'Name said.' frames a quote with ('Biden agreed.' is a reaction)
BARE_CUES = frozenset({"say", "add", "tell", "write", "tweet"})


def _bare_frame(st: State, q: QuotedSpan, toks: list[Token], words: list[Token]) -> bool:
    """'“… that are missing.” Trump said.': a sentence of nothing but a name and a plain speech
    verb after a quote closed by a period frames that quote (a period typed for the comma), unless
    the quote goes on from the frame of the quote before it ('“A,” Macron said. “B.” Biden
    agreed.'); 'Reid said both …' goes on and is a sentence of its own."""
    return 2 <= len(words) <= 5 and toks[-1].text == "." and toks[-2].i == words[-1].i and \
        words[-1].lemma_.lower() in BARE_CUES and frames_quote(words[-1], st.lex) and \
        not any(c.dep_ in ("dobj", "ccomp", "prep") for c in words[-1].children) and \
        all(w.pos_ in ("PROPN", "PRON", "NOUN", "DET") for w in words[:-1]) and not _carried(st, q)


def _carried(st: State, q: QuotedSpan) -> bool:
    """Whether the quote before ``q`` in its paragraph has its frame (found already: quotes are
    read in text order) right before ``q``, so that it goes on to it ('“A,” Macron said. “B.”')."""
    prev = max((p for p in st.quotes if p.outer_end <= q.outer_start), key=lambda p: p.outer_end,
               default=None)
    if prev is None or "\n" in st.text[prev.outer_end: q.outer_start]:
        return False
    cue = next((f.cue for f in st.found if f.cue is not None and
                prev.outer_end <= f.cue[0] < q.outer_start and f.content[1] <= prev.outer_end), None)
    if cue is None:
        return False
    gap = st.text[cue[0]: q.outer_start].strip()
    return sum(gap.count(c) for c in ".!?") <= 1


OCCASION_PREPS = frozenset({"in", "at", "during", "on", "after", "before", "since"})


def continuation(st: State, q: QuotedSpan, stop: int | None = None, *,
                 occasion: bool = True) -> int | None:
    """Where the content ends when the sentence goes on in lower case past the closing mark
    ('“we should have seen” it coming.', '“You tell me,” repeatedly, before ...'): the sentence end
    or ``stop``; None when the quote ends its clause. With ``occasion`` False, a phrase of time or
    place after the mark ('... did to Rubio” in the February debate') ends it too."""
    doc = st.doc
    first = token_at(doc, q.outer_end)
    if first is None or first.idx < q.outer_end or st.text[q.outer_end: first.idx].strip(" "):
        return None
    if not (first.is_alpha and first.is_lower) or "\n" in st.text[q.outer_end: first.idx]:
        return None
    if st.text[q.end - 1: q.end] in ",.;:!?—-" or not _hangs_on_quote(first, q):
        return None  # 'tweeted “...” on Friday': the frame's own words, not the quote's
    if not occasion and first.lower_ in OCCASION_PREPS and first.dep_ == "prep":
        return None  # '“... did to Rubio” in the February debate': the occasion, the writer's words
    if opens_own_clause(first):
        return None  # '“Hamas needs to say yes” and Israel must follow': the writer's next clause
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


#: words that open a clause of the writer's own after a closing mark when a subject follows
CLAUSE_OPENERS = frozenset({"and", "but", "while", "whereas", "although", "though", "as", "because",
                            "yet", "so", "or", "since", "when", "after", "before", "until"})


def opens_own_clause(first: Token) -> bool:
    """Whether ``first`` (the word after the closing mark) is a conjunction or subordinator that
    opens a clause with its own subject: a subject in the same sentence, after ``first``, whose
    verb follows ('“...” and Israel must follow', '“...” while Israel waits'), before any other
    verb, preposition or punctuation."""
    if first.lower_ not in CLAUSE_OPENERS or first.dep_ not in ("cc", "mark", "advmod", "prep"):
        return False
    doc = first.doc
    for t in doc[first.i + 1: min(len(doc), first.i + 8)]:
        if t.dep_ in ("nsubj", "nsubjpass", "expl") and t.head.i > t.i and \
                t.head.pos_ in ("VERB", "AUX"):
            return True
        if t.is_punct or t.pos_ in ("VERB", "AUX", "ADP") or "\n" in t.text:
            return False  # ('” and against the law, Clinton said': the subject is the frame's)
    return False


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
    if frames_quote(prev, st.lex):
        subj = speaker_of(prev)
        if subj is not None:
            return prev, subj, "adjacent"
    return None


def frames_quote(verb: Token, lex: Lexicon) -> bool:
    """A cue, or a verb of manner that frames a quote ('X boomed, “...”', '“...,” she scoffed')."""
    return is_cue(verb, lex) or verb.pos_ == "VERB" and lex.lemma(verb) in lex.frames


def as_put_it(verb: Token) -> bool:
    """'As the senator put it, “...”' (also 'described it'): a frame before a quote, though *put* is no
    cue elsewhere."""
    return verb.lemma_ == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children) \
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) or it_frame(verb)


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
