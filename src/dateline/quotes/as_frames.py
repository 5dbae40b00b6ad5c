"""Source frames after *as*: 'S, as the Post reported on Monday', 'As first reported by Axios,
S', 'S, as the minister described it'. The frame's verb says nothing of its own; the clause it
hangs on is what was reported. Not 'as expected', 'as agreed in Doha', 'as reported earlier':
with nobody named they are the writer's, no statement."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.quotes.base import IT_VERBS, SUBJ_DEPS, is_cue
from dateline.quotes.lexicon import Lexicon

# verbs of reporting a clause; not 'as the minister spoke', 'as the reporter asked'
REPORTING = frozenset({
    "report", "note", "say", "write", "explain", "point", "observe", "reveal", "disclose",
    "announce", "confirm", "tell", "state", "acknowledge", "mention", "remark", "recall", "warn",
    "argue", "claim", "suggest", "predict", "detail", "document", "put", "describe",
    "phrase", "characterize", "characterise", "highlight", "emphasize", "stress", "insist",
    "admit", "concede", "indicate",
})


def as_mark(verb: Token) -> Token | None:
    """The 'as' that opens ``verb``'s clause: its mark, with no comma between them."""
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    if mark is None or mark.i > verb.i or any(t.text == "," for t in verb.doc[mark.i: verb.i]):
        return None
    return mark


def it_frame(verb: Token) -> bool:
    """'as the senator put it', 'as the minister described it': the 'it' is the words reported
    (the clause the frame hangs on), so it belongs to the cue."""
    return verb.lemma_ in IT_VERBS and as_mark(verb) is not None and any(
        c.dep_ == "dobj" and c.lower_ == "it" and c.i == verb.i + 1 for c in verb.children)


def as_agent(verb: Token) -> Token | None:
    """The source of a reduced passive frame: 'as (first) reported by Reuters' -> Reuters."""
    if as_mark(verb) is None or verb.tag_ != "VBN" or verb.lemma_ not in REPORTING:
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def trailing_clause(verb: Token, used_cues: set[int]) -> list[Token] | None:
    """'S, as X reported (on Monday).': S, the clause before the comma that opens the frame
    (after a colon, without 'that'); none when S holds a report of its own ('“…,” Carson noted,
    as reported by BuzzFeed': the frame reports the report)."""
    mark = as_mark(verb)
    if mark is None or verb.lemma_ not in REPORTING or mark.i < 2 or \
            verb.doc[mark.i - 1].text != "," or verb.head.i >= mark.i or not _frame_words(verb):
        return None
    host = verb.head
    while host.dep_ in ("xcomp", "conj") and host.head.i < host.i:
        host = host.head  # ('the PAC started reserving ad time, as first reported by …')
    start = max(verb.sent.start, host.left_edge.i)
    stops = [t.i for t in verb.doc[start: mark.i] if t.text in (":", ";")]
    start = stops[-1] + 1 if stops else start
    toks = list(verb.doc[start: mark.i - 1])
    if toks and toks[0].lower_ == "that" and toks[0].dep_ == "mark":
        toks = toks[1:]
    if not any(t.dep_ in SUBJ_DEPS for t in toks) or len([t for t in toks if not t.is_punct]) < 3 or \
            any(t.i in used_cues for t in toks):
        return None
    return toks


def leading_clause_start(verb: Token) -> int | None:
    """'As the Post reported on Monday, S': the index of the comma that closes the frame, past
    the words that modify the cue."""
    if as_mark(verb) is None or verb.head.i <= verb.i:
        return None
    end = verb.right_edge.i + 1
    if end >= len(verb.doc) or verb.doc[end].text != "," or not _frame_words(verb):
        return None
    if verb.lemma_ in IT_VERBS and not all(_when(t) for t in verb.doc[verb.i + 2: end]):
        return None  # ('As the senator put it on the table, ...': put in its own sense)
    return end


def _frame_words(verb: Token) -> bool:
    """Whether all that follows the frame's verb says when, where or to whom it was said ('on
    Monday', 'in The Intercept', 'by Reuters', 'told the Daily News'), not what it did ('As the
    White House hints at what …', 'As Cruz lamented illegal immigration': 'as' of time)."""
    for c in verb.children:
        if c.i < verb.i or c.is_punct or c.dep_ in ("advmod", "npadvmod", "agent", "dative") or \
                c.dep_ == "dobj" and (c.lower_ == "it" or verb.lemma_ == "tell") or \
                c.ent_type_ in ("DATE", "TIME"):
            continue
        pobj = [x for x in c.children if x.dep_ == "pobj"] if c.dep_ == "prep" else []
        if len(pobj) == 1 and pobj[0].pos_ in ("NOUN", "PROPN") and \
                not any(x.pos_ in ("VERB", "AUX") for x in c.subtree):
            continue
        return False
    return True


def frame_only(verb: Token) -> bool:
    """'as witnesses described to reporters': an 'as' frame whose words after the verb only say
    when, where or to whom; what follows it is no content of its own."""
    return as_mark(verb) is not None and verb.lemma_ in REPORTING and _frame_words(verb)


def _when(tok: Token) -> bool:
    """A word of a phrase of time or an adverb ('on Monday', 'later', 'last week')."""
    return tok.ent_type_ in ("DATE", "TIME") or tok.pos_ == "ADV" or tok.lower_ in ("on", "in", "at")


def run_on_past_frame(verb: Token, last: int) -> int | None:
    """'He said the talks, as one aide put it, were dead': the parse reads 'the talks' as the
    object of *said* and 'were dead' as a verb of its own; the reported clause runs on past the
    'as' frame to the end of that verb. The index of its last word, else None."""
    doc = verb.doc
    if last + 2 >= len(doc) or doc[last + 1].text != "," or doc[last + 2].lower_ != "as":
        return None
    frame = next((c for c in verb.children if c.i > last and _as_at(c, last + 2) and
                  c.lemma_ in REPORTING), None)  # (not 'and Cruz, as he has in the past, opposed')
    if frame is None or not _continued(frame):
        return None
    rest = next((c for c in verb.children if c.i > frame.right_edge.i + 1 and
                 c.dep_ in ("conj", "ccomp") and c.pos_ in ("VERB", "AUX") and _subjectless(c)), None)
    return rest.right_edge.i if rest is not None else None


def _as_at(verb: Token, i: int) -> bool:
    mark = as_mark(verb)
    return mark is not None and mark.i == i


def _continued(frame: Token) -> bool:
    """Does the clause the 'as' frame interrupts go on after the comma that closes it? Not after a
    coordinator ('He criticized the plan, as one aide put it, and walked out': a second act)."""
    doc = frame.doc
    end = frame.right_edge.i + 1
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].pos_ != "CCONJ"


def _subjectless(verb: Token) -> bool:
    return not any(c.dep_ in SUBJ_DEPS or c.dep_ == "expl" for c in verb.children)


def mid_clause_start(verb: Token, lex: Lexicon) -> int | None:
    """'He said the talks, as one aide put it, were dead': the start of the clause an 'as' frame
    interrupts: after the nearest cue or 'that' before it, else the sentence start."""
    mark = as_mark(verb)
    if mark is None or mark.i < 2 or verb.doc[mark.i - 1].text != "," or not _continued(verb):
        return None
    k = mark.i - 2
    while k > verb.sent.start:
        t = verb.doc[k - 1]
        if is_cue(t, lex) or t.lower_ == "that" and t.dep_ == "mark":
            return k
        k -= 1
    return None
