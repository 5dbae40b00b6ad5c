"""Reported speech: cue verbs with a subject and a complement; the complements that carry what was
said are in ``complements.py``, headline colons in ``headlines.py``, the frames with no cue verb
('according to', polls, attitudes, statement nouns) in ``nonverbal.py``."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dateline.quotes.as_frames import (
    as_agent,
    as_mark,
    frame_only,
    leading_clause_start,
    mid_clause_start,
    run_on_past_frame,
    trailing_clause,
)
from dateline.quotes.base import (
    SUBJ_DEPS,
    Found,
    State,
    after_inverted_frame,
    answer_after_asked,
    asks_anonymity,
    char_span,
    cue_tokens,
    is_aside,
    is_cue,
    joined_past_reported,
    menacing,
    quoted_saying,
    source_span,
    speaker_of,
    subject_of,
    subtree_span,
    trim_tokens,
)
from dateline.quotes.clauses import (
    CLAUSAL,
    armed_attack,
    before_main_verb,
    demanded_run_on,
    load_bearing,
    mere_act,
    misread_report,
    names_a_word,
    reduced_relative,
    relative_aside,
    retort_noun,
)
from dateline.quotes.complements import (
    asked_subject,
    content_children,
    day_or_medium,
    frame_participle,
    misread_request,
    undirected,
)
from dateline.quotes.extents import (
    from_that,
    relative_read_clause,
    split_citing_aside,
    without_leading_aside,
    work_title,
)
from dateline.quotes.frames import as_put_it
from dateline.quotes.lexicon import Lexicon
from dateline.quotes.nonverbal import according, attitudes, nominal, reportedly, surveys
from dateline.quotes.token_lookup import tokens_pos_lemma, verb_or_clause_heads

SHORT_ANSWERS = frozenset({"so", "no", "yes", "nothing", "both", "neither"})
ANSWERING = frozenset({"say", "answer", "reply", "respond"})  # ('said both', not 'highlighted both')
ASPECTUAL = frozenset({"continue", "begin", "start", "keep", "resume"})  # frame quotes only


def _content_tokens(st: State, verb: Token) -> list[Token] | None:
    """The words reported by ``verb``: its complements to the right, a clause to its left
    ('S, X said'), or the whole sentence around a parenthetical 'S1, X said, S2'."""
    doc = st.doc
    split = split_citing_aside(verb) or relative_read_clause(verb)
    if split is not None:  # 'said, citing morgue records, that ...' read as a relative clause
        return trim_tokens(doc, split)
    misread = misread_report(verb)
    if misread is not None:  # 'The paper reported on Wednesday the ministry had ...'
        clause = misread[1]
        subject = next(c for c in clause.children if c.dep_ in SUBJ_DEPS and c.i > verb.i)
        end = min([clause.right_edge.i + 1, *(c.left_edge.i for c in clause.children
                                               if c.dep_ == "parataxis" and c.i > subject.i)])
        return trim_tokens(doc, list(doc[subject.left_edge.i: end]))  # (up to a frame: ', officials said')
    right = [] if as_put_it(verb) or frame_only(verb) else content_children(verb, st.lex)
    # ('put [it]': the cue's; 'as X described to reporters': whom it was told)
    nested = False
    left = [c for c in verb.children if c.i < verb.i and c.dep_ == "ccomp"]
    if mere_act(verb, right, st.lex):
        return None  # 'the junta has refused to receive envoys': an act, not speech
    if st.lex.lemma(verb) in st.lex.clause_only and not any(c.dep_ in CLAUSAL for c in right) and \
            not retort_noun(st.lex, verb, right):
        right = []  # 'wrote a letter', 'told Yahoo', 'fired back rockets': no reported clause
    if right:
        first = min(min(x.i for x in c.subtree) for c in right)  # (the subtree's words: the parse's
        last = max(max(x.i for x in c.subtree) for c in right)  # left/right_edge moved a dev record)
        last = run_on_past_frame(verb, last) or last  # ('said the talks, as X put it, were dead')
        toks = list(doc[first: last + 1])
        if first < verb.i and doc[first].dep_ in SUBJ_DEPS and doc[first].lower_ in RELATIVES:
            toks = [t for t in toks if t.i > verb.i]  # ('attacks that the group says are ...': not
            # the relative pronoun nor the speaker, whatever the parse made the cue)
    elif left:
        nested = True  # 'The union rejected the offer, a negotiator said': the whole clause
        c = left[-1]
        toks = list(doc[c.left_edge.i: c.right_edge.i + 1])
        frame = _frame_start(verb)
        if frame is not None and c.right_edge.i < frame - 1:
            toks = list(doc[c.left_edge.i: frame - 1])  # up to the comma before 'X said'
    elif _parenthetical(verb) and not _only_frame_after(verb):
        start = mid_clause_start(verb, st.lex)  # ('He said the talks, as X put it, were ...')
        toks = list(verb.sent) if start is None else list(doc[start: verb.sent.end])
        toks = _before_closing_frame(st, verb, toks)  # ('S1, X said, S2, officials said')
    elif (trailing := _trailing_content(verb)) is not None:
        nested = verb.dep_ == "conj"  # 'Kim invited Putin to visit, KCNA reported' read as two verbs
        toks = trailing
    elif (after_as := trailing_clause(verb, st.used_cues)) is not None:
        toks = after_as  # 'S, as the Post reported on Monday'
    elif verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ in SHORT_ANSWERS and \
            doc[verb.i + 1].head.i == verb.i and (doc[verb.i + 1].lower_ not in ("both", "neither") or
                                                  verb.lemma_.lower() in ANSWERING):
        toks = [doc[verb.i + 1]]  # 'half said so', 'the candidate said no'
    else:
        return None
    toks = before_main_verb(verb, [t for t in toks if t.i != verb.i], st.lex)  # ('The man who called on X to ... left')
    toks = demanded_run_on(verb, toks, st.lex)  # ('who requested the hearing be delayed was fined')
    if verb.dep_ == "relcl" and right and verb.i > 0 and verb.doc[verb.head.i + 1].text == ",":
        toks = relative_aside(verb, toks)  # 'its constitution, which it says contains a claim, ...'
    if toks and toks[0].i == verb.i + 1 and toks[0].dep_ == "mark" and \
            toks[0].lower_ in st.lex.particles.get(verb.lemma_.lower(), frozenset()):
        toks = toks[1:]  # 'for' of 'call for the US to ...' is the cue's
    toks = _without_leading_time(verb, toks)
    toks = from_that(verb, without_leading_aside(verb, toks), st.lex.particles.get(verb.lemma_.lower(), frozenset()))
    toks = _before_next_statement(st, verb, toks)
    other = next((k for k, t in enumerate(toks) if t.i in st.used_cues), None)
    if other is not None and not nested:  # stop where another attribution's cue starts
        toks = toks[:other]
        sub = [t for t in toks if t.head.i in st.used_cues and t.dep_ in SUBJ_DEPS]
        if sub:
            toks = [t for t in toks if t.i < min(x.left_edge.i for x in sub)]
    return trim_tokens(doc, toks)


#: the relative pronouns that may be a reported clause's subject set before its cue
RELATIVES = frozenset({"that", "which", "who"})
NOUN_PARTS = frozenset({"poss", "case"})
NOUN_ROLES = frozenset({"compound", "nummod", "amod", "nsubj", "nsubjpass", "dobj", "attr", "appos", "det"})


def _without_leading_time(verb: Token, toks: list[Token]) -> list[Token]:
    """'said (on) Monday the West was escalating': a time right after the cue is when it was said,
    not part of the words (the PolNeAR gold starts after it 56 times in 57 on train subsets)."""
    if not toks or not verb.i < toks[0].i <= verb.i + 2:
        return toks
    k = 0
    if toks[0].lower_ == "on" and len(toks) > 1 and toks[1].ent_type_ in ("DATE", "TIME"):
        k = 1
    if toks[k].ent_type_ not in ("DATE", "TIME"):
        return toks
    while k < len(toks) and (toks[k].ent_type_ in ("DATE", "TIME") or toks[k].text == ","):
        k += 1
    rest = toks[k:]
    when = {t.i for t in toks[:k]}
    if any(t.dep_ in NOUN_PARTS or t.head.i not in when and t.dep_ in NOUN_ROLES for t in toks[:k]):
        return toks  # ('Monday's decision', 'his weekend outburst', '2012 nominee': part of a noun)
    if len([t for t in rest if not t.is_punct]) < 3 or rest[0].pos_ in ("ADP", "VERB", "AUX") and \
            rest[0].lower_ != "that":
        return toks  # ('said Monday night in Iowa', 'said Tuesday was ...': no clause after it)
    return rest


def _before_next_statement(st: State, verb: Token, toks: list[Token]) -> list[Token]:
    """The content stops where a clause of its own report begins: ', insisting that ...',
    ', while another says ...' (a cue heading an adverbial or coordinated clause after a comma)."""
    if not toks:
        return toks
    first = toks[0].i
    for k, t in enumerate(toks):
        if k >= 2 and joined_past_reported(t) and toks[k - 1].dep_ == "cc":
            return trim_tokens(st.doc, toks[:k - 1])  # 'said Hamas was obstinate and accused ...'
        if k < 2 or t.dep_ not in ("advcl", "conj") or not is_cue(t, st.lex) or \
                t.lemma_.lower() in ASPECTUAL:
            continue
        start = t.left_edge.i if t.left_edge.i > first else t.i
        cut = next(j for j, x in enumerate(toks) if x.i >= start)
        if cut < 2 or toks[cut - 1].text not in (",", ";", "—") and toks[cut].dep_ not in ("mark", "cc"):
            continue
        if t.tag_ != "VBG" and not any(c.dep_ in SUBJ_DEPS for c in t.children):
            continue
        if t.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children):
            continue  # 'said X, and that he would discuss it': a second clause of the same report
        return trim_tokens(st.doc, toks[:cut])
    return toks


def _comma_clause(st: State, verb: Token) -> list[Token] | None:
    """'As the Post reported, S' / 'the Times noted, S' / 'As one diplomat put it, S': the clause
    after the comma."""
    doc = verb.doc
    nxt = verb.i + (2 if as_put_it(verb) else 1)
    if as_mark(verb) is not None:
        nxt = leading_clause_start(verb) or nxt  # ('As the Post reported on Monday, S')
    if nxt >= len(doc) or doc[nxt].text != "," or verb.head.i <= verb.i:
        return None
    toks = [t for t in doc[nxt + 1: verb.sent.end] if t.i not in st.direct_tokens]
    toks = trim_tokens(doc, toks)
    return toks if len([t for t in toks if not t.is_punct]) >= 3 else None


def _expected(st: State, verb: Token) -> Found | None:
    """'The sale is expected to expand ...': the expectation, with no one named."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    xcomp = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    if subj is None or xcomp is None or subj.i in st.direct_tokens:
        return None
    toks = trim_tokens(st.doc, list(st.doc[subj.left_edge.i: xcomp.right_edge.i + 1]))
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
    mods = {t.i for c in verb.children if c.i < start and c.dep_ in ("npadvmod", "advmod", "prep")
            for t in c.subtree}
    if all(t.i in mods or t.is_punct for t in toks):
        return None  # 'Later that day, Trump fired back': the cue's own adverbial, no clause
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


def _before_closing_frame(st: State, verb: Token, toks: list[Token]) -> list[Token]:
    """'The talks, one aide said, were dead, officials said': the clause around a parenthetical
    frame stops at the comma before a second frame that closes the sentence, the officials'."""
    for t in toks:
        if t.i <= verb.i + 1 or t.i in st.direct_tokens or not is_cue(t, st.lex):
            continue
        start, subj = _frame_start(t), speaker_of(t)
        if start is None or start <= verb.i + 1 or subj is None or t.tag_ not in ("VBD", "VBZ", "VBP"):
            continue
        frame = {x.i for x in subj.subtree} | {c.i for c in t.children if c.dep_ in ("aux", "neg")}
        rest = [x for x in verb.doc[t.i + 1: verb.sent.end] if not x.is_punct]
        said = {x.i for c in t.children if c.i > t.i and c.dep_ in ("prep", "npadvmod", "advmod")
                for x in c.subtree} | frame  # ('officials said on Monday', 'said two officials';
        # not 'her boss told her he ...')
        if all(i in frame for i in range(start, t.i)) and all(x.i in said for x in rest):
            return [x for x in toks if x.i < start - 1]
    return toks


def _only_frame_after(verb: Token) -> bool:
    """'S, Netanyahu said, adding that ...': all words after the comma that closes 'X said' are a
    frame participle's (of the cue or of the clause before it), so the cue is no parenthetical."""
    rest = [t for t in verb.doc[verb.i + 2: verb.sent.end] if not t.is_punct]
    parts = [c for h in (verb, verb.head) for c in h.children if c.i > verb.i and frame_participle(c)]
    inside = {t.i for c in parts for t in c.subtree}
    return bool(rest) and all(t.i in inside for t in rest)


def _parenthetical(verb: Token) -> bool:
    """'In his state, Christie said, offenders are sent ...': the cue sits between commas, also
    after 'as' in the middle of the clause it reports ('The talks, as one diplomat put it, are
    “a dead end.”', 'The result, as he explained on Monday, was a bubble')."""
    subj = subject_of(verb)
    if subj is None:
        return False
    left_edge = min(subj.left_edge.i, verb.i)
    right_edge = verb.i + 1
    doc = verb.doc
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    if mark is not None and mark.i == left_edge - 1 and _splits_clause(verb, mark):
        left_edge, right_edge = mark.i, max(t.i for t in verb.subtree if not t.is_punct) + 1
    return left_edge > 0 and right_edge < len(doc) and doc[left_edge - 1].text == "," \
        and doc[right_edge].text == "," and verb.sent.start < left_edge - 1


def _splits_clause(verb: Token, mark: Token) -> bool:
    """'The talks, as one diplomat put it, are ...': the 'as' frame stands between the subject of
    the clause it reports and the rest, not after a sentence adverb ('Of course, as X observed,
    S', 'However, as X reported, S': S is the report)."""
    host = verb.head
    if host.pos_ in ("NOUN", "PROPN", "PRON") and host.dep_ in SUBJ_DEPS:
        return host.i < mark.i  # (the parse hung the frame on the subject)
    return any(c.dep_ in SUBJ_DEPS and c.i < mark.i for c in host.children)


def _as_passive(st: State, verb: Token, agent: Token) -> Found | None:
    """'S, as first reported by Axios' / 'As reported by Reuters, S': S, sourced to the agent."""
    toks = trailing_clause(verb, st.used_cues) or _comma_clause(st, verb)
    toks = trim_tokens(st.doc, toks) if toks else []
    if not toks or any(t.i in st.direct_tokens for t in toks[:1]):
        return None
    span = char_span(toks)
    return Found(span, span, "indirect", char_span(cue_tokens(verb, st.lex)), subtree_span(agent),
                 verb.i, agent.i)


def _asked(st: State, verb: Token) -> Found | None:
    """'Asked if/whether ...', 'Asked about X', 'was asked to leave': the question, its topic or
    the request is the content; the asker is not named."""
    clause = next((c for c in verb.children if c.i > verb.i and c.dep_ in ("ccomp", "advcl", "xcomp")),
                  None)
    about = next((c for c in verb.children if c.i == verb.i + 1 and c.dep_ == "prep" and
                  c.lower_ == "about"), None)
    if about is not None:
        clause = about  # ('about' then goes with the cue, as a cue's preposition does)
    elif clause is None or not any(t.lower_ in ("if", "whether", "about") or
                                   t.tag_ in ("WDT", "WP", "WRB") for t in clause.subtree) and not (
            clause.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)):
        return None
    answer = next((t for t in clause.subtree if answer_after_asked(t)), None)
    toks = trim_tokens(st.doc, [t for t in clause.subtree if answer is None or  # ('and replied ...':
                                t.i < answer.left_edge.i and t.i < answer.i - 1])  # the answer's own)
    if not toks:
        return None
    span = char_span(toks)
    return Found(span, span, "indirect", char_span([verb]), None, verb.i, None)


def _passive(st: State, verb: Token) -> Found | None:
    """'It was reported that ...', '... was announced by the ministry': the clause, and the agent
    as source when named."""
    clause = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.i > verb.i), None)
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if clause is None and agent is not None and subj is not None and subj.i < verb.i and \
            subj.lower_ not in ("it", "that", "which", "who"):
        clause = subj  # 'The plan was criticized by Democrats': what the statement is about
    whole = False
    if clause is None and agent is None and subj is not None and subj.i < verb.i and \
            subj.lower_ not in ("it", "that", "which", "who") and verb.dep_ == "ROOT":
        clause, whole = subj, True  # 'He was charged with assault': the clause, nobody named
    if clause is None:
        return None
    toks = trim_tokens(st.doc, list(st.doc[subj.left_edge.i: verb.right_edge.i + 1]) if whole and
                       subj is not None else list(clause.subtree))
    if len([t for t in toks if not t.is_punct]) < (1 if clause is subj else 3) or \
            any(t.i in st.direct_tokens for t in toks[:1]):
        return None
    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if pobj is not None and load_bearing(verb, pobj):
        return None  # 'The deck is supported by steel cables'
    span = char_span(toks)
    src = subtree_span(pobj) if pobj is not None else None
    return Found(span, span, "indirect", char_span(cue_tokens(verb, st.lex)), src, verb.i,
                 pobj.i if pobj is not None else None)


def _reported(st: State, verb: Token) -> Found | None:
    """Reported speech governed by ``verb``: 'X said (that) ...', 'S, X said', 'X urged Y to ...'."""
    lex = st.lex
    if verb.lemma_ == "ask" and after_inverted_frame(verb):
        return _asked(st, verb)  # '“...,” said X, asked about Y': what he was asked, no asker
    if is_aside(verb) or armed_attack(verb) or _requested(lex, verb) or undirected(verb, lex):
        return None  # 'Kirby, asked about the strike, said ...': a question put to him, no report
    if verb.dep_ == "xcomp" and verb.lemma_ in ("name", "identify") and asks_anonymity(verb.head):
        return None  # ('who asked not to be named': the passive 'named' names no one; not 'declined
        # to say who would be named')
    if (saying := quoted_saying(verb)) is not None and is_cue(saying, lex):
        return None  # 'X was quoted as saying S', 'The Times quoted X as saying S': the saying's record, X's
    asked = asked_subject(verb)  # ('Senator called on to resign': the one asked, no asker)
    passive = asked or any(c.dep_ == "auxpass" for c in verb.children)
    misread = misread_report(verb)
    subj = misread[0] if misread is not None else None if asked else \
        speaker_of(verb) or misread_request(verb, lex)
    if subj is None and verb.lemma_ == "ask" and verb.tag_ == "VBN":
        return _asked(st, verb)
    if subj is None and verb.lemma_ == "expect" and verb.tag_ == "VBN":
        return _expected(st, verb)
    if subj is None and passive:
        return _passive(st, verb)
    if subj is None and (agent := as_agent(verb)) is not None:
        return _as_passive(st, verb, agent)
    if subj is None or subj.lower_ in ("it", "there") and subj.dep_ != "nsubj":
        return None
    if load_bearing(verb, subj) or menacing(verb):
        return None  # 'Beams supporting the roof': a load borne, not a side taken
    if subj.i in st.direct_tokens or asks_anonymity(verb):
        return None
    doc = st.doc
    if subj.lower_ in ("that", "this") and verb.i == subj.i + 1 and verb.i + 1 < len(doc) and \
            doc[verb.i + 1].text == ",":
        return None  # 'That said, ...': a discourse marker
    if reduced_relative(verb) or names_a_word(verb, subj):  # ('“Hamas” here refers to')
        return None
    toks = _content_tokens(st, verb)
    if toks is None:
        toks = _comma_clause(st, verb)
    if toks is None or (toks := _after_title(st, toks)) is None:
        return None
    words = [t for t in toks if not t.is_punct]
    judged = st.lex.lemma(verb) in st.lex.classes["evaluation"] | st.lex.classes["accusation"] | \
        st.lex.classes["stance"]
    answer = bool(words) and words[0].lower_ in SHORT_ANSWERS and (
        words[0].lower_ not in ("both", "neither") or verb.lemma_.lower() in ANSWERING)
    short_ok = bool(words) and (words[0].pos_ in ("NOUN", "PROPN") or answer
                                or judged and words[0].pos_ == "PRON" and words[0].dep_ == "dobj")
    if not words or len(words) < 2 and not short_ok:
        return None
    if any(t.i in st.direct_tokens for t in toks) and all(t.i in st.direct_tokens for t in words):
        return None
    span = char_span(toks)
    if any(work_title(st, q) for q in st.quotes if span[0] <= q.start and
           min(_before_stops(st.text, q.end), q.outer_start - 1) <= span[1] <= q.outer_end and
           not any(t.tag_ in FINITE and not q.outer_start <= t.idx < q.outer_end for t in toks)):
        return None  # 'published his memoir “A Promised Land”': a work, not what it says
    cue = cue_tokens(verb, lex)
    src = source_span(subj, verb, st.text, st.direct_tokens | {t.i for t in toks} | {verb.i})
    return Found(span, span, "indirect", char_span(cue), src, verb.i, subj.i if src is not None else None)


FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _after_title(st: State, toks: list[Token]) -> list[Token] | None:
    """Content that opens with a work's title in marks: 'said in his book, “An American Son,” that
    his parents ...' reports the clause after the title; 'published “Portraits,” a 2005
    collection' reports nothing (None). Other content as it is."""
    title = next((q for q in st.quotes if toks and q.outer_start <= toks[0].idx <= q.start and
                  work_title(st, q)), None)
    if title is None:
        return toks
    rest = trim_tokens(st.doc, [t for t in toks if t.idx >= title.outer_end])
    ids = {t.i for t in rest}  # (a clause: its head is a finite verb, not 'a collection that ...')
    return rest if any(t.tag_ in FINITE and t.head.i not in ids for t in rest) else None


def _requested(lex: Lexicon, verb: Token) -> bool:
    """'begged reporters to ask him about something else', 'urged them to condemn it', 'calling
    on delegates to back him': an infinitive under a request to someone is what was asked for, the
    request's content, not a statement of the one who asked."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.i < verb.i and lex.lemma(head) in lex.classes["directive"] and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and \
        any(c.i < verb.i and (c.dep_ in ("dobj", "obj", "dative") or _addressed(lex, c)) for c in head.children)


def _addressed(lex: Lexicon, prep: Token) -> bool:
    """'called on delegates', 'appealed upon them': the one a request is made of, not a day or a
    medium ('called on Friday to end it', 'called on Twitter to say')."""
    return prep.dep_ == "prep" and prep.lower_ in ("on", "upon") and \
        any(p.dep_ == "pobj" for p in prep.children) and not day_or_medium(prep, lex)


NOT_REPORTING = frozenset({"be", "make", "ensure", "mean", "so", "given", "have", "do",
                           "get", "see", "show", "prove", "guarantee", "require", "order"})


def _takes_that_clause(tok: Token) -> bool:
    """A verb outside the lexicon with a subject and a 'that' clause ('X surmised that ...'):
    nearly always a report or a belief."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() in NOT_REPORTING:
        return False
    if not any(c.dep_ == "nsubj" for c in tok.children):
        return False
    return any(c.dep_ == "ccomp" and c.i > tok.i and
               any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in tok.children)


def attribute_reported(st: State) -> None:
    """Reported speech for every unused cue verb outside direct quotes."""
    partial_cues = {f.cue_token for f in st.found if f.kind == "partial"}
    for tok in verb_or_clause_heads(st.doc):  # every other token is neither a cue nor takes a clause
        if tok.i in st.used_cues and tok.i not in partial_cues or tok.i in st.direct_tokens:
            continue
        if not is_cue(tok, st.lex) and not _takes_that_clause(tok) and not as_put_it(tok) or \
                tok.lemma_.lower() in ASPECTUAL:
            continue  # 'continued to warn': the statement is the warning, found at 'warn'
        if tok.dep_ in ("amod", "compound") or tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod") and \
                misread_request(tok, st.lex) is None and misread_report(tok) is None:
            continue
        f = _reported(st, tok)
        if f is None:
            continue
        covered = [p for p in st.found if p.kind == "partial" and p.cue_token == tok.i]
        st.found.append(replace(f, wrapper=bool(covered)))
        st.used_cues.add(tok.i)
        if f.kind == "partial":
            partial_cues.add(f.cue_token)
    for tok in tokens_pos_lemma(st.doc, "NOUN", lambda lemma: st.lex.spelling(lemma) in st.lex.nouns):
        # (nominal() reads these only)
        found = nominal(st, tok)
        if found is not None and not any(g.outer[0] <= tok.idx < g.outer[1] for g in st.found):
            st.found.append(found)
            st.used_cues.add(tok.i)
    for f in (*according(st), *surveys(st), *attitudes(st), *reportedly(st)):
        if not any(g.content == f.content for g in st.found):
            st.found.append(f)


def _before_stops(text: str, end: int) -> int:
    """Where the periods and commas right before ``end`` begin (``len(text[:end].rstrip(".,"))``
    without copying the text before ``end``)."""
    while end > 0 and text[end - 1] in ".,":
        end -= 1
    return end
