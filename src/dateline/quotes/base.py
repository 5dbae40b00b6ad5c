"""Shared pieces of attribution: the ``Found`` record, the per-document state, token helpers
(subjects, speakers, source and cue spans, cue test)."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

import pycountry
from spacy.tokens import Doc, Token

from dateline.actors.lexicon import lexicon as actor_lexicon
from dateline.actors.pronouns import PERSON_NOUNS
from dateline.actors.slips import person_title
from dateline.nlp.clauses import finite_head
from dateline.nlp.lemmas import wordnet_words
from dateline.nlp.memo import text_of
from dateline.quotes.lexicon import Lexicon, load_lexicon
from dateline.quotes.marks import QuotedSpan
from dateline.quotes.token_lookup import VERB_TAGS, doc_ents, token_words
from dateline.quotes.token_lookup import (
    _bounds as _bounds,  # (tests/nlp/test_memo.py reads it here)
)

SUBJ_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "obj", "prep", "conj", "attr", "oprd",
                             "acomp", "advcl", "dative", "pcomp", "agent"})
CONTENT_PREPS = frozenset({"of", "for", "about", "as", "to", "against", "over", "that", "on"})
ADDRESSEE_LEMMAS = frozenset({"tell", "inform", "assure", "reassure", "notify", "remind", "warn",
                              "advise", "ask", "urge"})
CLOSING_MARKS = frozenset({"”", '"', "’", "'", "''", "»", "›"})
OPENING_QUOTES = frozenset({"“", '"', "‘", "'", "``", "«", "‹"})
SENT_END = frozenset({".", "?", "!"})
CUE_ADVERBS = frozenset({"also", "later", "ultimately", "repeatedly", "previously", "once", "often",
                         "further", "again", "first", "recently", "publicly", "privately", "openly", "then"})


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
class State:
    """What one document's attribution passes share: found items, used cues, quoted tokens."""

    doc: Doc
    lex: Lexicon
    quotes: list[QuotedSpan]
    found: list[Found] = field(default_factory=list)
    used_cues: set[int] = field(default_factory=set)
    direct_tokens: set[int] = field(default_factory=set)
    text: str = field(init=False)  # doc.text, read once: Doc.text joins every token on each access

    def __post_init__(self) -> None:
        self.text = doc_text(self.doc)


# ---------------------------------------------------------------- token helpers

doc_text = text_of  # ``doc.text``, joined once per Doc


def subtree_span(tok: Token, stop: Iterable[int] = ()) -> tuple[int, int]:
    """Character span of ``tok``'s subtree, cut where it would run into ``stop`` tokens."""
    blocked = set(stop)
    toks = [t for t in tok.subtree if t.i not in blocked]
    toks = [t for t in toks if not _is_edge_punct(t)] or [tok]
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _is_edge_punct(t: Token) -> bool:
    return t.is_punct and t.text not in ("$", "%", "&")


def trim_tokens(doc: Doc, toks: list[Token]) -> list[Token]:
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
            return trim_tokens(doc, toks[: opened[-1]])  # '(naturally' runs past the content
    return toks


def _opens_before(toks: list[Token]) -> bool:
    return any(t.text in ("“", "‘", "«", '"', "``", "''", "'") for t in toks[:-1])


ADDING = frozenset({"add", "say", "note", "stress", "insist", "warn", "explain", "urge", "tell"})


def _added_past_quoted_subject(verb: Token) -> bool:
    """'Lavrov said “the West” had no right ... and added that ...': a verb of saying joined to a
    reported clause whose subject is quoted words goes on with the outer speaker, not the quote."""
    head = verb.head
    if verb.dep_ != "conj" or verb.lemma_.lower() not in ADDING or head.dep_ != "ccomp" or \
            head.head.i == head.i or head.head.i > head.i:
        return False
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    words = [t for t in subj.subtree if not t.is_punct] if subj is not None else []
    doc = verb.doc
    if not words or words[0].i == 0 or words[-1].i + 1 >= len(doc):
        return False
    return doc[words[0].i - 1].text in OPENING_QUOTES and doc[words[-1].i + 1].text in CLOSING_MARKS


SAYING_FRAMES = ADDING | frozenset({"claim", "argue", "state", "declare", "announce", "reply", "respond",
                                     "write", "complain", "acknowledge", "admit", "contend", "maintain"})
#: verbs of saying that, joined after a reported clause, are the outer speaker's next statement
#: (not 'and wanted', 'and hoped', 'and beat': the reported clause goes on)
JOINED_SAYING = SAYING_FRAMES | frozenset({
    "accuse", "call", "vow", "predict", "question", "suggest", "demand", "deny", "blame", "criticize",
    "criticise", "condemn", "praise", "promise", "pledge", "threaten", "dismiss", "describe", "ask",
    "appeal", "reiterate", "recall", "caution", "assert", "concede", "decline", "refuse",
    "reject", "welcome", "thank", "apologize", "apologise", "defend", "decry", "urge", "warn"})
#: (not 'attack', 'slam', 'charge': 'said the man was drunk and attacked the guards', 'slammed the
#: door' are the clause's subject's acts; 'declined'/'refused' only to say: 'to comment', not 'to meet')
DECLINING = frozenset({"decline", "refuse"})
DECLINED_SAYING = frozenset({"comment", "say", "elaborate", "discuss", "confirm", "answer", "speculate",
                             "specify", "detail", "disclose", "identify", "name", "reveal", "respond",
                             "explain", "address", "give", "provide", "divulge", "describe"})


def _shares_subject(verb: Token) -> bool:
    """Whether a verb joined to the verb before it shares that verb's subject as an active verb:
    not a participle sharing its passive ('was booed and shouted down by ...', with its agent), nor one the parse
    joined over a relative clause ('were investigated by panels that uncovered facts, found fault')."""
    return verb.tag_ != "VBN" and not any(c.dep_ == "agent" for c in verb.children) and \
        not any(t.dep_ == "relcl" for t in verb.doc[verb.head.i + 1: verb.i]) and not _passive_as(verb)


def _passive_as(verb: Token) -> bool:
    """'The deal was signed in Doha and hailed as a breakthrough': a participle the parse tags as an
    active past, told by its 'as' with no object after a passive (the active has one: 'was asked
    about it and described it as a breakthrough')."""
    kids = list(verb.children)
    return any(c.dep_ == "auxpass" for c in verb.head.children) and \
        any(c.dep_ == "prep" and c.lower_ == "as" for c in kids) and \
        not any(c.dep_ in ("dobj", "obj", "dative", "ccomp", "xcomp", "aux", "nsubj") for c in kids)


def answer_after_asked(verb: Token) -> bool:
    """'X was asked whether Y had approved it and replied that ...': a verb of answering with no
    subject of its own that the parse joined to the question goes on with the person asked."""
    if verb.dep_ != "conj" or verb.lemma_.lower() not in ANSWERS or \
            any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children):
        return False
    head = verb.head
    asked = head.head
    return head.dep_ in ("ccomp", "advcl") and asked.i < head.i and asked.lemma_.lower() in QUESTIONED \
        and any(c.dep_ == "auxpass" for c in asked.children) and \
        any(c.dep_ == "nsubjpass" for c in asked.children)


#: verbs of answering a question ('was asked ... and replied'), and of being questioned
ANSWERS = frozenset({"say", "reply", "respond", "answer", "retort", "add", "insist", "explain",
                     "acknowledge", "admit", "deny", "concede", "decline", "refuse", "counter"})
QUESTIONED = frozenset({"ask", "press", "question", "quiz", "challenge"})


def joined_past_reported(verb: Token) -> bool:
    """'Netanyahu said Hamas was obstinate and accused the group of ...', 'said Israel would never
    agree and accused Hamas of ...': a bare past verb of saying the parse joined to a reported
    clause whose verb is a copula, a passive or has a modal goes on with the outer speaker, not
    the clause's subject (a verb of that clause would share its 'was', 'would')."""
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or verb.lemma_.lower() not in JOINED_SAYING:
        return False
    head = verb.head
    clause = _first_conjunct(head)
    outer = clause.head
    if clause.dep_ not in ("ccomp", "conj") or outer.i >= clause.i or outer.tag_ != "VBD" or \
            outer.lemma_.lower() not in SAYING_FRAMES or \
            (clause.dep_ == "conj" or clause.i != head.i) and not _quoted_clause(clause, verb):
        return False  # (a clause joined to the cue is reported only where quoted: 'said X, “and now
        # Hamas must accept it,” and denied ...')
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children):
        return False
    if verb.lemma_.lower() in DECLINING and not any(
            c.lemma_.lower() in DECLINED_SAYING for c in verb.children if c.dep_ in ("xcomp", "dobj")):
        return False  # ('declined to comment', 'refused comment'; not 'refused to leave')
    return head.lemma_ == "be" or any(c.dep_ == "auxpass" or c.dep_ == "aux" and c.tag_ == "MD"
                                      for c in head.children) or _quoted_clause(clause, verb) or _speechless(head)
    # (not 'has criticized ... and called': a regular past is also the participle the perfect's
    # 'has' carries on to; 'said the new terms reflected ... and accused': the terms accuse no one)


def _first_conjunct(clause: Token) -> Token:
    """The first of reported clauses joined by 'and' ('said, “We did our part, and now it is up to
    Hamas,” and urged': 'did', whose 'is' the parse made the head of 'urged')."""
    while clause.dep_ == "conj" and clause.head.dep_ in ("ccomp", "conj") and clause.head.i < clause.i:
        clause = clause.head
    return clause


def _quoted_clause(clause: Token, verb: Token) -> bool:
    """'warned that “Taiwan independence means war,” and accused ...': the reported clause opens
    with a quotation mark before its subject (and its 'and now') and the marks close right before the joined verb's
    'and', so the verb is outside the quoted words."""
    doc = verb.doc
    subj = next((c for c in clause.children if c.dep_ in SUBJ_DEPS), None)
    if subj is None:
        return False
    k = subj.left_edge.i - 1  # (over a leading 'and now' inside the marks)
    while k > 0 and doc[k].dep_ in ("cc", "advmod") and doc[k].head.i in (clause.i, clause.head.i):
        k -= 1
    if k < 0 or doc[k].text not in OPENING_QUOTES:
        return False
    k = verb.i - 1
    while k > subj.i and (doc[k].dep_ == "cc" or doc[k].text == ","):
        k -= 1
    return k < verb.i - 1 and doc[k].text in CLOSING_MARKS


def subject_of(verb: Token) -> Token | None:
    """The subject of ``verb``, inherited through conjunction, xcomp and relative clauses; never
    quoted words, their gloss or a noun naming them (``says_nothing``: '“Viva la revolución,” the
    Spanish cry for ..., continuing')."""
    subj = _subject_of(verb)
    return None if subj is not None and says_nothing(subj) else subj


#: nouns that name words, which gloss a quoted phrase after it ('the Arabic phrase for “...”')
GLOSS_NOUNS = frozenset({"phrase", "word", "term", "expression", "slogan", "cry", "chant", "motto",
                         "greeting", "saying", "translation", "exclamation"})


def gloss(tok: Token) -> bool:
    """'“Allahu akbar,” the Arabic phrase for “God is great,”': a noun that names words, right
    after a closing mark, glosses the quote; words say nothing, so it is never a speaker."""
    if tok.lemma_.lower() not in GLOSS_NOUNS:
        return False
    left = next(t.i for t in tok.subtree if not t.is_punct or t.i == tok.i)
    return left > 0 and tok.doc[left - 1].text in CLOSING_MARKS


#: gloss nouns that, with 'for', always give a meaning ('the word for “enough”'); the others
#: do only with a language before them ('the Arabic cry for “...”', not 'a cry for “justice”')
MEANING_NOUNS = frozenset({"word", "phrase", "term", "expression", "translation"})


def glossed(tok: Token) -> bool:
    """'The banner bore “Basta,” the Italian word for “enough,” urging ...' parsed with 'Basta' as
    the participle's subject: quoted words with a gloss in apposition are words, never a speaker.
    Only the words inside the glossed quote: 'Protesters, who chanted “Basta,” a slogan ...,
    said' (the parse hangs the gloss on 'Protesters') are still the speakers."""
    for c in tok.children:
        if c.dep_ == "appos" and gloss(c):
            close = next(t.i for t in c.subtree if not t.is_punct or t.i == c.i) - 1
            opening = _opening_before(token_words(tok.doc), close)
            if opening is not None and opening < tok.i < close:
                return True
    return False


def says_nothing(tok: Token) -> bool:
    """A gloss of quoted words, the glossed words themselves, or a noun naming quoted words ('the
    word “Basta,” urging ...'): words, never a speaker nor a source."""
    doc = tok.doc
    return gloss(tok) or glossed(tok) or tok.lemma_.lower() in MEANING_NOUNS and \
        tok.i + 1 < len(doc) and doc[tok.i + 1].text in OPENING_QUOTES


def translation(first: Token) -> bool:
    """Whether the quoted words whose first token is ``first`` follow a gloss's 'for' ('the Arabic
    phrase for “God is great,”', 'the word for “enough”') or a meaning's lead after quoted words
    ('“Allahu akbar,” which means “God is great”'): a translation, never anyone's quote."""
    doc, i = first.doc, first.i - 1
    while i >= 0 and doc[i].text in OPENING_QUOTES:
        i -= 1
    if _meaning_lead(doc, i):
        return True
    if i < 1 or doc[i].lower_ != "for":
        return False  # (the parse may hang 'for' anywhere: 'The Spanish slogan for “We can” was')
    noun = doc[i - 1]
    if noun.lemma_.lower() not in GLOSS_NOUNS:
        return False
    return noun.lemma_.lower() in MEANING_NOUNS or any(
        c.dep_ in ("amod", "compound") and (c.ent_type_ == "LANGUAGE" or c.text in language_names())
        for c in noun.children)


#: words that, right after quoted words, say what they mean ('“Allahu akbar,” which means “God is
#: great”', '“Basta,” meaning “enough”', '“ochi,” that is, “no”', '“jihad,” i.e. “struggle”')
MEANING_LEADS = (("which", "means"), ("which", "meant"), ("meaning",), ("that", "is"), ("i.e.",))


def _meaning_lead(doc: Doc, i: int) -> bool:
    """Whether the words ending at token ``i`` (right before an opening mark) are a meaning's lead
    (``MEANING_LEADS``, a comma after it or not) right after a closing mark (a comma between or
    not) of words of another language: quoted words glossed by the quoted words that follow (not
    'said “we will fight,” meaning “we will not surrender”': the speaker's own paraphrase)."""
    words = token_words(doc)
    if i >= 0 and words[i] == ",":
        i -= 1
    for lead in MEANING_LEADS:
        start = i - len(lead) + 1
        if start >= 1 and tuple(w.lower() for w in words[start: i + 1]) == lead:
            close = start - 2 if words[start - 1] == "," else start - 1
            opening = _opening_before(words, close) if close >= 0 and words[close] in CLOSING_MARKS else None
            return opening is not None and _foreign(doc[opening + 1: close])
    return False


def _foreign(toks: Iterable[Token]) -> bool:
    """Whether words hold no English word: no stop word, no word (or lemma) of WordNet's index
    ('Allahu akbar', 'Basta', 'ochi'; not 'we will fight', 'balanced')."""
    known = english_words()
    alpha = [t for t in toks if t.is_alpha]
    return bool(alpha) and not any(t.is_stop or t.lower_ in known or t.lemma_.lower() in known for t in alpha)


def english_words() -> frozenset[str]:
    """English nouns, verbs, adjectives and adverbs: WordNet's index in the model's lemmatizer."""
    return wordnet_words("noun", "verb", "adj", "adv")


@cache
def language_names() -> frozenset[str]:
    """One-word language names of ISO 639 ('Arabic', 'Spanish', 'Greek' of 'Greek, Modern'): a
    cry in a language is glossed, a people's cry is a plea ('the Palestinian cry for “justice”')."""
    names = (n for lang in pycountry.languages for n in (lang.name, getattr(lang, "inverted_name", "")))
    return frozenset(w for n in names if " " not in (w := re.sub(r"\s*\(.*?\)", "", n).split(",")[0].strip()))


def _opening_before(words: list[str], close: int) -> int | None:
    """The opening mark of the quote whose closing mark is token ``close`` (40 tokens back at most)."""
    return next((j for j in range(close - 1, max(-1, close - 40), -1) if words[j] in OPENING_QUOTES), None)


def glossed_verb(verb: Token) -> Token | None:
    """For a participle set off right after the quoted words a gloss translates ('screamed
    “Viva la revolución,” the Spanish cry for “…,” continuing in English', 'chanted “No pasarán,”
    the old slogan for “They shall not pass,” adding'), the verb that framed the glossed words,
    wherever the parse hung the participle (on those words, on the gloss, on a verb inside the
    gloss's quote); else None ('a slogan calling for an end': the slogan's own participle)."""
    if verb.tag_ != "VBG" or verb.i < 5:
        return None
    doc, words = verb.doc, token_words(verb.doc)
    close = verb.i - 2 if words[verb.i - 1] == "," else verb.i - 1
    opening = _opening_before(words, close) if words[close] in CLOSING_MARKS else None
    if opening is None or opening < 2 or words[opening - 1].lower() != "for":
        return None
    noun = next((t for t in doc[max(0, opening - 4): opening - 1] if gloss(t)), None)
    if noun is None:
        return None
    close = next(t.i for t in noun.subtree if not t.is_punct or t.i == noun.i) - 1  # the glossed words'
    start = _opening_before(words, close)
    if start is None:
        return None
    return next((t.head for t in doc[start + 1: close] if not start < t.head.i < close and
                 t.head.pos_ in ("VERB", "AUX")), None)


def _subject_of(verb: Token) -> Token | None:
    if is_aside(verb):
        return None  # ('X, asked about Y, said': X was asked; nobody asked is named)
    commas = comma_aside(verb)
    if commas is not None:
        return commas[1]  # ('Kirby, asked about the strike, said', whatever the parse made ROOT)
    seen, controlled, joined = 0, False, False
    verb = glossed_verb(verb) or verb  # (the one who screamed the glossed words goes on)
    kids = list(verb.children)  # (each pass over .children builds its Token objects anew)
    active = not any(c.dep_ == "auxpass" for c in kids)
    while verb is not None and seen < 4:
        if seen:
            kids = list(verb.children)
        subjects = [c for c in kids if c.dep_ in ("nsubj", "csubj") and not _quoted_after(verb, c)]
        if subjects:
            return _nearest_subject(verb, subjects)
        passive = [c for c in kids if c.dep_ == "nsubjpass"]
        if (controlled or joined) and passive:
            return passive[0]  # 'X was prompted to say', 'X was asked about Y and said'
        if verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
            joined = False
            past = _added_past_quoted_subject(verb) or (joined := joined_past_reported(verb)) or \
                answer_after_asked(verb)  # ('X said “NATO” was ... and added': X's)
            controlled, joined = verb.dep_ == "xcomp", verb.dep_ == "conj" and active and \
                _shares_subject(verb) and (past or not any(c.dep_ == "mark" for c in verb.head.children))
            # (not the passive of a question or that-clause: 'asked X whether the strike was
            # approved and said ...' is the asker's, unless it answers: 'was asked ... and replied')
            verb, seen = ((_first_conjunct(verb.head) if joined else verb.head).head if past else verb.head), seen + 1
            continue
        if (quoted := quoted_as(verb)) is not None and (said := _quoted_one(quoted)) is not None:
            return said  # 'Rivera was quoted as saying': Rivera (a relative's noun: below)
        if verb.dep_ == "pcomp" and (verb.tag_ == "VBG" or quoted is not None) and verb.head.dep_ == "prep" and \
                verb.head.head.i != verb.head.i:
            verb, seen, controlled = verb.head.head, seen + 1, False  # 'before saying'
            continue
        if verb.dep_ == "relcl" and verb.head.i != verb.i:
            return verb.head
        infinitive = verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids)
        if verb.dep_ == "advcl" and (verb.tag_ == "VBG" or infinitive) and verb.head.i != verb.i:
            head = verb.head  # ('X reported, citing a source, that ...': the parse hangs the
            # participle on the reported clause; it is the cue's, before the clause's own words)
            moved = verb.tag_ == "VBG" and _unasserted(head)
            if moved:
                head = head.head  # ('said talks were impossible while its troops remained ..., dismissing')
            aside = head.dep_ == "ccomp" and verb.i > 0 and verb.doc[verb.i - 1].text == "," and (
                head.head.i < verb.i < head.left_edge.i + 2 or verb.tag_ == "VBG" and _reported_right_after(head) and (
                    verb.lemma_.lower() in GOING_ON or _speechless(head) or not moved and _modal(head)))
            # ('He said the talks had collapsed, adding that ...': the talks add nothing; 'said his
            # government would not budge, rejecting calls': a forecast or pledge, which the speaker
            # goes on to explain)
            verb, seen = (head.head if aside else head), seen + 1
            continue
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return verb.head  # 'Democrats supporting Mrs. Clinton'
        if _misread_main_verb(verb):
            return verb.head  # 'Mitt Romney, the nominee, tweeted in response ...'
        return finite_head(verb) or _aside_subject(verb)  # '…, a man yelled “Stay there!”'
    return None


#: marks of a clause that states a condition or a time limit, not an event that happened
#: ('until the rebels disarmed', 'if Hamas rejected it'); 'while' also sets two sides against each
#: other ('Israel accepted while Hamas rejected it, calling ...': Hamas's), so it counts only where
#: the reported clause's subject is a thing ('talks were impossible while its troops remained')
CONDITIONS = frozenset({"until", "till", "unless", "if", "once"})
WHILE = frozenset({"while", "whilst"})


def _unasserted(clause: Token) -> bool:
    """Whether a participle the parse hung on ``clause`` is the reported clause's above it:
    ``clause`` states a condition or time limit of that clause, not an event its subject did while
    doing more ('because the envoys left early, citing the cost' stays the envoys'), set after
    its head (not 'If Hamas rejected it, citing ..., the talks would ...')."""
    if clause.dep_ != "advcl" or clause.head.dep_ != "ccomp" or clause.head.i > clause.i:
        return False
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    return bool(marks & CONDITIONS) or bool(marks & WHILE) and _speechless(clause.head)


#: participles that go on with the speaker's own statement ('He said the men had fled, adding
#: that ...'): the speaker's, not those of the reported clause's subject
GOING_ON = frozenset({"add", "note"})
#: people, groups and writings that speak, beside the person nouns, group nouns and titles of the
#: actors stage and the lexicon's bodies and issuers ('the crowd gathered, demanding ...', 'the
#: militia stormed the village, shouting ...', 'a UN report was released, warning ...')
PEOPLE = frozenset({"crowd", "family", "son", "daughter", "wife", "husband", "mother", "father", "brother",
                    "sister", "parent", "child", "people", "team", "police", "firm", "protester",
                    "demonstrator", "rebel", "militant", "lawyer", "partner", "passenger", "teenager",
                    "foreigner", "customer", "stranger", "outsider", "insider", "newspaper", "campaign",
                    "staff", "force", "troop", "militia", "mob", "gang", "jury",
                    "nurse", "crew", "tribe", "clan", "squad", "unit", "brigade", "battalion", "public",
                    "victim", "survivor", "pilot", "guard", "judge", "navy", "report", "study", "survey",
                    "letter", "resolution", "document", "poll", "memo"})


def _modal(clause: Token) -> bool:
    """Whether a reported clause says what a government, group or thing will or may do ('his
    government would not budge', 'Ukraine would not cede'), not people ('the president would
    resign, citing health reasons', 'the rebels would keep fighting, accusing ...': they give
    their own reason)."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children) and not _person_subject(clause)


def _person_subject(clause: Token) -> bool:
    """Whether the clause's subject is a person or people: a name, 'he'/'she', a person's noun or
    title ('the president', 'his striker', 'the rebels'; not a title's body: 'the army', 'the cabinet')."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.ent_type_ == "PERSON" or subj.lower_ in ("he", "she"):
        return subj is not None
    lemma, lex, actors = subj.lemma_.lower(), load_lexicon(), actor_lexicon()
    return subj.pos_ in ("NOUN", "PROPN") and (lemma in PERSON_NOUNS or agent_noun(lemma) or person_title(subj) and not (
        lemma in lex.bodies or lemma in lex.issuers or lemma in actors.group_nouns or lemma in actors.org_nouns))


def _reported_right_after(clause: Token) -> bool:
    """Whether the clause is reported right after its verb, or after the verb's own modifiers
    or addressee ('said [that] the talks ...', 'said on Monday that the talks ...', 'told reporters in
    Doha that ...'), not a frame after a quote
    ('X said Y “...,” the source recalled, adding ...')."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    cue = clause.head
    if subj is None or cue.pos_ != "VERB" or not cue.i < subj.left_edge.i:
        return False
    between = {t.i for c in cue.children if c.dep_ in ("prep", "npadvmod", "advmod", "dobj", "dative") and cue.i < c.i
               for t in c.subtree} | {c.i for c in clause.children if c.dep_ == "mark"}
    return subj.left_edge.i <= cue.i + 2 or all(i in between for i in range(cue.i + 1, subj.left_edge.i))


def _speechless(clause: Token) -> bool:
    """Whether the subject of a reported clause is a thing, which says nothing ('the talks', 'the
    plan', 'some of the aircraft'): a common noun naming no entity, person, group or writing."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.pos_ in ("PRON", "DET", "NUM"):  # ('some of the aircraft', 'two of the ships')
        subj = next((o for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                     for o in c.children if o.dep_ == "pobj"), None)
    if subj is None or subj.pos_ != "NOUN" or subj.ent_type_ or person_title(subj):
        return False
    lemma, lex, actors = subj.lemma_.lower(), load_lexicon(), actor_lexicon()
    return lemma not in PERSON_NOUNS and lemma not in PEOPLE and lemma not in lex.bodies and \
        lemma not in lex.issuers and lemma not in actors.group_nouns and lemma not in actors.title_words and \
        not agent_noun(lemma)


def menacing(verb: Token) -> bool:
    """Whether 'threaten' is said of a thing, a danger, not a statement ('the fighting was
    threatening stability', 'Floods threatened the harvest'; not 'Hamas threatened retaliation',
    'the rebels threatened the town', 'the minister threatened to resign')."""
    return verb.lemma_.lower() == "threaten" and _speechless(verb)


def agent_noun(lemma: str) -> bool:
    """Whether a noun names who does something by its form: a verb of WordNet with '-er'
    ('protester', 'farmer', 'shopper', 'carrier'; not 'border', 'paper'), a '-man' compound
    ('spokesman', 'gunmen'), '-eer' ('engineer', 'volunteer'), or '-ist'/'-ian' on a stem of three
    letters or more ('economist', 'politician'; not 'list', 'wrist')."""
    if lemma.endswith(("man", "men", "eer")):
        return True
    if lemma.endswith(("ist", "ian")):
        return len(lemma) > 5
    if not lemma.endswith("er"):
        return False
    stem, verbs = lemma[:-2], wordnet_words("verb")
    return stem in verbs or stem + "e" in verbs or len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in verbs \
        or stem[-1:] == "i" and stem[:-1] + "y" in verbs


def asks_anonymity(verb: Token) -> bool:
    """'who asked not to be named', 'declined to be identified': the reporter's terms, no statement."""
    return verb.lemma_ in ("ask", "decline", "request", "refuse") and any(
        c.dep_ == "xcomp" and any(t.lemma_ in ("name", "identify") and
                                  any(x.dep_ == "auxpass" for x in t.children) for t in c.subtree)
        for c in verb.children)  # (not 'declined to identify the aides')


ASIDE_PARTICIPLES = frozenset({"ask", "press", "question", "reach", "contact", "quiz", "challenge"})


def is_aside(verb: Token) -> bool:
    """Whether ``verb`` is a participle aside the parser read as a clause under the cue after it
    ('Sullivan, asked about the talks, said'), or one set off by commas between a name and a
    finite verb whatever the parse ('Kirby, asked about the strike, said' with 'asked' the root)."""
    head = verb.head
    if verb.dep_ == "ccomp" and head.i > verb.i and \
            not any(c.dep_ in ("nsubj", "csubj") for c in head.children) and \
            (subj := _aside_subject(head)) is not None and subj.head.i == verb.i:
        return True
    if verb.lemma_ not in ASIDE_PARTICIPLES or verb.tag_ not in ("VBD", "VBN"):
        return False
    doc = verb.doc
    if after_inverted_frame(verb):
        return True
    for t in doc[verb.i + 1: min(len(doc), verb.i + ASIDE_WINDOW)]:
        if t.text == "," and t.i + 1 < len(doc):
            aside = comma_aside(doc[t.i + 1])
            return aside is not None and aside[0].i == verb.i
        if t.text in ASIDE_BREAKS or "\n" in t.text:
            return False
    return False


def after_inverted_frame(verb: Token) -> bool:
    """'“…,” said Ben Carson, asked about the video.': a participle set off by a comma after the
    name of an inverted frame right after a quote is an aside (he was asked), not his statement;
    the name may be long and carry one appositive ('said Alexei, a soldier in Pokrovsk, asked')."""
    doc = verb.doc
    if verb.i < 4 or doc[verb.i - 1].text != ",":
        return False
    commas = 0
    for j in range(verb.i - 2, verb.sent.start - 1, -1):
        t = doc[j]
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound"):
            return t.lemma_ in INVERTED_CUES and j > 0 and doc[j - 1].text in CLOSING_MARKS
        if t.text == "," and commas == 0 and j < verb.i - 2:
            commas += 1  # (the appositive's opening comma)
            continue
        if t.is_punct or t.pos_ not in NAME_WORDS and t.dep_ not in ("amod", "compound"):
            return False
    return False


NAME_WORDS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "NUM", "ADV", "ADP"})  # ('a soldier in Pokrovsk')
INVERTED_CUES = frozenset({"say", "add", "tell", "write", "explain", "note", "reply", "respond"})
ASIDE_WINDOW = 16
ASIDE_BREAKS = frozenset({"“", "”", '"', "``", "''", ":", ";", ".", "!", "?", "(", ")", "—"})
_NAME_LINKS = frozenset({"pobj", "prep", "compound", "amod", "poss", "case", "det", "nummod"})


def comma_aside(verb: Token) -> tuple[Token, Token] | None:
    """For a finite verb right after 'Name, <asked/pressed/challenged ...>,' (one comma-set
    participle of ASIDE_PARTICIPLES between a subject and the verb), the participle and the
    subject's head ('The lawyer for Kirby, asked ..., said' -> 'lawyer'); else None."""
    doc, words = verb.doc, token_words(verb.doc)
    if verb.i < 4 or words[verb.i - 1] != "," or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    for j in range(verb.i - 3, max(0, verb.i - ASIDE_WINDOW), -1):
        if words[j] in ASIDE_BREAKS or "\n" in words[j]:
            return None
        if words[j] != ",":
            continue
        part, name = doc[j + 1], doc[j - 1]
        if part.lemma_ not in ASIDE_PARTICIPLES or part.tag_ not in ("VBD", "VBN") or \
                name.pos_ not in ("PROPN", "NOUN", "PRON"):
            return None
        while name.dep_ in _NAME_LINKS and name.head.i < j and name.head.i != name.i:
            name = name.head
        return (part, name) if name.pos_ in ("PROPN", "NOUN", "PRON") else None
    return None


def _aside_subject(verb: Token) -> Token | None:
    """'Sullivan, asked about the talks, said: “...”': the parser read the participle aside as the
    finite verb of a clause under the cue, with the name its subject and the cue left with none;
    the name is the cue's subject."""
    doc = verb.doc
    for c in verb.children:
        if c.dep_ == "ccomp" and c.i < verb.i and c.lemma_ in ASIDE_PARTICIPLES and \
                c.tag_ in ("VBD", "VBN") and c.i > 0 and doc[c.i - 1].text == "," and \
                doc[verb.i - 1].text == "," and c.right_edge.i in (verb.i - 2, verb.i - 1):
            subj = next((s for s in c.children if s.dep_ == "nsubj" and s.i < c.i), None)
            if subj is not None:
                return subj
    return None


def _misread_main_verb(verb: Token) -> bool:
    """'Mitt Romney, the 2012 nominee, tweeted in response: “...”': the parser read the verb after
    a name and its apposition as a participle modifying the name, which it made the root of a
    sentence with no verb or the subject of a verb further on (in the quote); a past tense after
    the comma that closes the apposition is the sentence's verb, the name its subject (not 'the
    documents released by the agency', 'X, 44, known online as “Y”'). Wider than
    ``finite_head``, which wants the words reported in reach: quotes alone take a name's verb after
    its apposition with none (an events reading would make 'Ali, a farmer, killed in the raid' a killer)."""
    head = verb.head
    return verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and (
        head.dep_ == "ROOT" or head.dep_ in ("nsubj", "nsubjpass") and head.head.i > verb.i) and \
        head.pos_ == "PROPN" and head.i < verb.i and verb.doc[verb.i - 1].text == "," and \
        not any(c.dep_ in ("agent", "auxpass") or c.lower_ == "as" for c in verb.children) and \
        any(c.dep_ == "appos" and c.i < verb.i for c in head.children)


def _quoted_after(verb: Token, subj: Token) -> bool:
    """'... and also yelled “Allahu akbar,” the Arabic phrase for “God is great,”': quoted words
    after a verb, which the parse made its subject (with any gloss in apposition), are what was
    said, not who said it; the verb's subject is then inherited ('The gunman ... and also yelled')."""
    left = subj.left_edge.i
    return subj.i > verb.i and left > verb.i and (
        verb.doc[left].text in OPENING_QUOTES or verb.doc[left - 1].text in OPENING_QUOTES)


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
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ in ("xcomp", "acl", "relcl", "amod") or \
            is_aside(verb):
        return None
    lo = max(verb.sent.start, verb.i - 14)
    for ent in reversed([e for e in doc_ents(verb.doc) if e.end <= verb.i and e.start >= lo]):
        if ent.label_ in SPEAKER_ENTS:
            between = verb.doc[ent.end: verb.i]
            if any(t.pos_ in ("VERB", "AUX") for t in between):
                return None
            return ent.root
    return None


def source_span(subj: Token, verb: Token, text: str, stop: Iterable[int] = ()) -> tuple[int, int] | None:
    """Characters of the source phrase: the subject's subtree, or for a fallback speaker the
    words from its name up to the verb (``text``: the Doc's text, read once by the caller); None
    for the noun of a relative clause that does not say who speaks (``gapped_relative``)."""
    if verb.head.i == subj.i and gapped_relative(verb):
        return None
    quoted = quoted_as(verb)
    if quoted is not None and quoted.head.i == subj.i:  # 'Rivera, who was quoted as saying': Rivera
        return char_span(trim_tokens(verb.doc, [t for t in subj.subtree if t.i < quoted.left_edge.i]) or [subj])
    real = subject_of(verb)
    if (real is None or real.i == subj.i) and verb.dep_ == "acl" and verb.head.i == subj.i:
        toks = [t for t in verb.doc[subj.left_edge.i: verb.i] if not t.is_space]
        return char_span(trim_tokens(verb.doc, toks) or [subj])
    if real is not None and real.i == subj.i:
        stop = set(stop)
        if subj.i in stop:  # ('The talks, the minister said, were dead': the frame inside its content)
            stop -= set(range(_noun_start(subj), subj.i + 1))
        comma = comma_aside(verb)
        if comma is not None:  # 'Kirby, asked about the strike, said': not the aside
            stop |= set(range(comma[0].i - 1, verb.i))
        if subj.i < verb.i:  # ('X said S, an accusation Y denied': the parse hung the aside on X)
            stop |= {t.i for t in subj.subtree if t.i > verb.i}
            stop |= _all_but(subj)
        aside = participle_aside(subj)
        if aside is not None:  # 'X, speaking at a news conference in Doha, said'
            return subtree_span(subj, {*stop, *(t.i for t in aside.subtree)})
        span = to_name_end(verb, subtree_span(subj, stop))
        return _after_dateline(text, _after_label(text, _closing_comma(text, span)))
    ent = next((e for e in doc_ents(verb.doc) if e.start <= subj.i < e.end), None)
    start = ent.start if ent is not None else subj.i
    while start > verb.sent.start and verb.doc[start - 1].pos_ == "PROPN" and \
            verb.doc[start - 1].dep_ == "compound":
        start -= 1  # 'Mr.', 'Sen.' before the name
    toks = [t for t in verb.doc[start: verb.i] if not t.is_space]
    while len(toks) > 1 and toks[-1].is_punct:
        toks = toks[:-1]
    return char_span(toks) if toks else subtree_span(subj, stop)


def quoted_as(verb: Token) -> Token | None:
    """'saying' of 'Rivera was quoted as saying', 'Rivera, who was misquoted as having said', 'She
    is quoted saying': the passive 'quoted' it hangs on, whose subject (or a relative's noun) is
    who spoke."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        quoted = verb.head.head
    elif verb.dep_ in ("xcomp", "advcl") and verb.tag_ == "VBG":
        quoted = verb.head
    else:
        return None
    if quoted.lemma_.lower() not in ("quote", "misquote"):
        return None
    if any(c.dep_ == "auxpass" for c in quoted.children) or _quoted_object(quoted, verb) is not None:
        return quoted
    return None


def _quoted_object(quoted: Token, saying: Token) -> Token | None:
    """'Rivera' of an active 'The Times quoted Rivera as saying' / 'quoted Rivera saying': the
    object right before the 'as' or the participle speaks (the subject is the medium); not an
    object with more words between ('quoted a line from Lincoln, saying ...'), nor a denied
    quoting ('never quoted Rivera as saying': Rivera said nothing; the outlet's record)."""
    if any(c.dep_ == "neg" for c in quoted.children):
        return None
    nxt = saying.head if saying.dep_ == "pcomp" else saying
    return next((c for c in quoted.children if c.dep_ in ("dobj", "obj") and c.right_edge.i + 1 == nxt.left_edge.i
                 and c.i < nxt.i), None)


def quoted_saying(quoted: Token) -> Token | None:
    """The 'saying' a passive 'quoted' governs ('was quoted [as] saying'), if any."""
    return next((p for c in quoted.children for p in (c, *(c.children if c.dep_ == "prep" else ()))
                 if (q := quoted_as(p)) is not None and q.i == quoted.i), None)


def _quoted_one(quoted: Token) -> Token | None:
    """The subject of a passive 'quoted', unless a relative's pronoun ('who was quoted'), or the
    object of an active one ('The Times quoted [Rivera] as saying')."""
    return next((c for c in quoted.children if c.dep_ == "nsubjpass" and c.tag_ not in ("WP", "WDT") or
                 c.dep_ in ("dobj", "obj") and not any(a.dep_ == "auxpass" for a in quoted.children)), None)


def gapped_relative(verb: Token) -> bool:
    """A relative clause whose noun is not who speaks: a passive ('Rivera, who was nominated by
    the governor', 'the pipeline, which is widely supported by Republicans': the one the
    statement is about) or an infinitive ('had nothing bad to say about', 'reason to believe',
    'a briefing to brag that': what is said, or why, whoever says it)."""
    return verb.dep_ == "relcl" and any(
        c.dep_ == "auxpass" or c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def to_name_end(verb: Token, span: tuple[int, int]) -> tuple[int, int]:
    """'Police Chief Don Mcfeely said' parsed with 'Mcfeely' as the verb's adverb: a source that
    ends inside a person's name (one the verb is no part of) ends with the name's words, not with
    a day or a word the entity ran over ('Obama Tuesday', 'Ruiz on Tuesday' tagged a PERSON)."""
    name = next((e for e in doc_ents(verb.doc) if e.label_ == "PERSON" and e.start_char < span[1] < e.end_char), None)
    if name is None or name.start <= verb.i < name.end:
        return span
    end = span[1]
    for t in name:
        if t.idx >= end:
            if t.lower_ in _CALENDAR or t.is_stop or t.is_punct or t.like_num:
                break
            end = t.idx + len(t)
    return span[0], end


#: days and months: words after a name in 'Obama Tuesday said', never part of it
_CALENDAR = frozenset(w.lower() for w in (*calendar.day_name, *calendar.month_name[1:]))


#: the words before a noun that are its own: 'the', 'one', 'senior', 'White House', 'the ministry's'
_PREMODIFIERS = frozenset({"det", "nummod", "amod", "compound", "poss", "case", "quantmod", "advmod"})


def _noun_start(noun: Token) -> int:
    """Where the noun phrase ends by ``noun`` starts: the unbroken run of its premodifiers."""
    start, doc = noun.i, noun.doc
    while start > noun.sent.start and doc[start - 1].dep_ in _PREMODIFIERS and noun.is_ancestor(doc[start - 1]):
        start -= 1
    return start


def _all_but(subj: Token) -> set[int]:
    """'Sanders all but conceded': the parse hangs the verb's 'all but' on its subject."""
    doc = subj.doc
    return {i for t in subj.subtree if t.lower_ == "all" and t.i + 2 < len(doc) and
            doc[t.i + 1].lower_ == "but" and doc[t.i + 2].pos_ in ("VERB", "AUX") for i in (t.i, t.i + 1)}


def participle_aside(subj: Token) -> Token | None:
    """'X, speaking at a news conference, said': a present participle set off by commas after the
    subject (where it was said, not who said it)."""
    for c in subj.rights:
        if c.dep_ in ("acl", "advcl", "relcl") and c.tag_ == "VBG" and c.i > 0 and \
                c.doc[c.i - 1].text == "," and c.right_edge.i + 1 < len(c.doc) and \
                c.doc[c.right_edge.i + 1].text == ",":
            return c
    return None


DATELINE = re.compile(r"[A-Z][A-Z.'’ -]*[A-Z.](?:, [A-Z][A-Za-z.' -]*)?(?: \([A-Za-z .]+\))? ?[—–-]{1,2} ")


def _after_dateline(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """'NEW YORK — UN Secretary-General Antonio Guterres on Wednesday condemned': the dateline
    opening the paragraph is not part of the source."""
    a, b = span
    m = DATELINE.match(text, a, b)
    if m is None or a > 0 and text[a - 1] != "\n":
        return span
    return m.end(), b


def _after_label(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """'Voter access: Smith, who ..., said': a label before a colon is not part of the source."""
    a, b = span
    colon = text.rfind(": ", a, b)
    if colon < 0 or "\n" in text[colon: b] or not text[colon + 2: b].strip(" ,"):
        return span
    a = colon + 2
    while a < b and text[a].isspace():
        a += 1
    return a, b


def _closing_comma(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """'Mr. Conant, the Republican consultant,': an appositive's closing comma is in the source."""
    a, b = span
    if "," in text[a:b] and text[b: b + 1] == ",":
        return a, b + 1
    return span


def _particle_dep(child: Token) -> bool:
    """A particle of the verb: 'shot back' parses 'back' as an adverb right after the verb."""
    return child.dep_ in ("prt", "prep") or child.dep_ == "advmod" and child.lower_ == "back" and \
        child.i == child.head.i + 1


def cue_tokens(verb: Token, lex: Lexicon) -> list[Token]:
    """The cue phrase: auxiliaries and negation right before the verb, the verb, its particle."""
    toks = [verb]
    particles = lex.particles.get(verb.lemma_.lower(), frozenset())
    for child in verb.children:
        aux = child.dep_ in ("aux", "auxpass", "neg") and 0 < verb.i - child.i <= 3
        adverb = child.dep_ == "advmod" and child.i == verb.i - 1 and child.lower_ in CUE_ADVERBS
        particle = _particle_dep(child) and child.i == verb.i + 1 and (
            child.lower_ in particles or child.lower_ in ("about", "of") and
            any(c.dep_ in ("pobj", "pcomp") for c in child.children))
        if aux or particle or adverb:
            toks.append(child)
    toks += _idiom_words(verb)
    toks.sort(key=lambda t: t.i)
    # keep only the contiguous run that ends in the verb (and its particle)
    run = [toks[-1]]
    for t in reversed(toks[:-1]):
        if run[0].i - t.i <= 2:
            run.insert(0, t)
    return run


# verbs whose 'it' is the words reported: 'as X put [it]', 'as X described [it]'
IT_VERBS = frozenset({"put", "describe", "phrase", "characterize", "characterise"})


def _idiom_words(verb: Token) -> list[Token]:
    """The rest of an idiom of saying: 'put [it]', 'as X described [it]', '[had this] to say', '[all but] conceded',
    '[is quoted as] saying'."""
    if verb.i >= 2 and verb.doc[verb.i - 2].lower_ == "all" and verb.doc[verb.i - 1].lower_ == "but":
        return [verb.doc[verb.i - 2], verb.doc[verb.i - 1]]
    if verb.lemma_ == "put" or verb.lemma_ in IT_VERBS and any(c.dep_ == "mark" and c.lower_ == "as"
                                                                 for c in verb.children):
        return [c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "it" and c.i == verb.i + 1]
    head = verb.head
    quoted = quoted_as(verb) if verb.lemma_ == "say" else None
    as_ = [] if quoted is None or head.i == quoted.i else [head]
    if quoted is not None and verb.i - quoted.i == 1 + len(as_):
        # '[is quoted as] saying', '[was misquoted as] saying', '[is quoted] saying': the passive
        # report is one cue (PolNeAR marks it so)
        return [*(c for c in quoted.children if c.dep_ in ("aux", "auxpass", "neg") and 0 < quoted.i - c.i <= 3),
                quoted, *as_]
    if verb.lemma_ == "say" and verb.dep_ == "xcomp" and head.lemma_ == "have" and head.i == verb.i - 3:
        obj = head.doc[head.i + 1]
        if obj.dep_ == "dobj" and obj.lower_ in ("this", "that", "much", "little", "plenty", "something"):
            return [head, obj]
    return []


def char_span(toks: list[Token]) -> tuple[int, int]:
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def is_cue(tok: Token, lex: Lexicon) -> bool:
    """A verb whose lemma is in the lexicon (with its particle where one is needed)."""
    if tok.pos_ not in ("VERB", "AUX") and tok.tag_ not in VERB_TAGS:
        return False
    lemma = lex.lemma(tok)
    if lemma not in lex.cues and lemma not in lex.particles:
        return False
    if lemma in lex.needs_particle or lemma not in lex.cues:
        return any(_particle_dep(c) and c.lower_ in lex.particles.get(lemma, frozenset())
                   for c in tok.children)
    return True


