"""The tense of the clause a time expression sits in, from the spaCy parse.

"arrived in Israel on Sunday" -> PAST; "is set to meet Israeli leaders on Monday" -> FUTURE
(an infinitive or a modal "will" looks ahead); "talks resume on Monday" -> FUTURE (the simple
present of a scheduled event speaks of the timetable); "talks are tough on Monday" -> PRESENT;
"Mourners hold the body ... on Sunday" (a photo caption in the present) -> PRESENT (the nearest).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

FUTURE_AUX = {"will", "shall", "'ll", "wo", "gonna"}
PAST_AUX = {"did", "had", "has", "have", "'ve", "'d", "was", "were"}
FUTURE_HEADS = {"set", "expected", "scheduled", "due", "going", "planned", "slated", "poised",
                "likely", "plan", "plans", "aim", "aims", "hope", "hopes", "intend", "intends"}
MAX_HOPS = 8
#: verbs of scheduled events: in the simple present, with a scheduled thing as subject, they speak
#: of a timetable ("talks resume on Monday", "the summit opens on Friday"): ahead of now; with
#: people as subject they are as often a photo caption of the past ("Rescuers arrive ... on Monday")
SCHEDULED_VERBS = frozenset({"resume", "start", "begin", "open", "reopen", "close", "end", "meet",
                             "convene", "arrive", "leave", "depart", "visit", "hold", "host", "travel",
                             "fly", "kick", "take", "expire"})
#: verbs that schedule by nature, whatever their subject ("the envoys reconvene", "the vote takes
#: place", "the round kicks off")
TIMETABLE_VERBS = frozenset({"resume", "reopen", "convene", "reconvene", "kick", "take"})
#: subjects (or objects of "hold"/"host") that are scheduled events or institutions with opening
#: hours: "the summit opens", "the embassy reopens", "the mediators hold another round"
SCHEDULED_SUBJECTS = frozenset({"talks", "negotiation", "negotiations", "summit", "meeting", "conference",
                                "session", "vote", "election", "poll", "polls", "referendum", "trial",
                                "hearing", "parliament", "assembly", "congress", "court", "embassy",
                                "consulate", "crossing", "border", "school", "schools", "university",
                                "round", "truce", "ceasefire", "deadline", "deal", "agreement", "market",
                                "markets", "exchange", "airport", "delegation", "festival", "games",
                                "tournament", "season", "campaign", "visit", "tour", "exhibition",
                                "term", "window", "registration", "consultation", "inquiry", "offer"})


def governing_verb(span: Span) -> Token | None:
    """The nearest verb above the span's root in the dependency tree."""
    tok = span.root
    for _ in range(MAX_HOPS):
        if tok.pos_ in ("VERB", "AUX") and not (tok.i >= span.start and tok.i < span.end):
            return tok
        if tok.head is tok:
            return tok if tok.pos_ in ("VERB", "AUX") else None
        tok = tok.head
    return None


PAST_FRAME_AUX = {"had", "was", "were", "did"}


def _past_frame(tok: Token) -> str | None:
    """Whether ``tok`` (or the verb it is the complement of) is in the past: "had" for a past
    perfect ("had been due to"), "was" for a simple past ("was set to", "planned to"), else None."""
    for _ in range(2):
        auxes = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
        if "had" in auxes or "'d" in auxes and tok.tag_ == "VBN":
            return "had"
        if tok.tag_ == "VBD" or auxes & PAST_FRAME_AUX:
            return "was"
        if tok.dep_ not in ("acomp", "xcomp", "ccomp") or tok.head is tok:
            return None
        tok = tok.head
    return None


def verb_tense(verb: Token) -> str | None:
    """PAST, PRESENT or FUTURE for one verb, from its tag and its auxiliaries."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & FUTURE_AUX or verb.lower_ == "would" or "would" in words:
        return "FUTURE"
    if any(a.tag_ == "TO" for a in auxes):  # an infinitive looks ahead of its governor
        head = verb.head
        if head.lemma_ in FUTURE_HEADS or head.lower_ in FUTURE_HEADS or head.lemma_ == "be":
            # "was set to meet on Monday": ahead of a past moment, so the nearest;
            # "had been due to expire Friday": that moment has passed
            frame = _past_frame(head)
            return {"had": "PAST", "was": "PRESENT"}.get(frame or "", "FUTURE")
        return "PRESENT"
    if verb.tag_ == "VBG" and words & {"is", "are", "'s", "'re", "am"}:
        return "PRESENT"  # "is meeting on Monday": either way, the nearest
    if "could" in words or verb.lower_ == "could":
        return None
    if words & {"can", "ca", "may", "might", "must", "should"}:
        return "PRESENT"  # "can take part in the summit in April": either way, the nearest
    if words & PAST_AUX or verb.tag_ == "VBD":
        return "PAST"
    if words & {"do", "does"}:
        return "PRESENT"  # "the talks don't resume on Monday"
    if verb.tag_ == "VBN":
        return "PRESENT" if words & {"is", "are", "be", "'s", "'re"} else "PAST"
    if verb.tag_ in ("VBZ", "VBP"):
        if verb.lemma_ == "be" and any(c.lower_ in FUTURE_HEADS for c in verb.children):
            return "FUTURE"
        return "PRESENT"
    if verb.tag_ == "MD":
        return "FUTURE" if verb.lower_ in FUTURE_AUX | {"ca", "can", "may", "might", "must"} else None
    return None


#: nouns naming something scheduled: a date modifying them may lie ahead ("the Nov. 16 deadline")
PLANNED_NOUNS = {"deadline", "meeting", "talks", "summit", "election", "vote", "conference",
                 "hearing", "visit", "trip", "session", "launch", "ceremony", "opening", "release",
                 "date", "target", "round", "referendum", "poll", "debate", "trial", "auction",
                 "offering", "payment", "expiration", "anniversary", "event", "match", "game"}


def modified_noun_tense(span: Span) -> str | None:
    """A date used as a noun modifier ("the October 7 attack", "Wednesday's ruling") names an
    event: past, unless the noun is something scheduled (then PRESENT: the nearest)."""
    root = span.root
    noun = root.head
    if root.dep_ == "pobj" and noun.dep_ == "prep" and noun.lower_ in ("in", "on", "of"):
        noun = noun.head  # "the summit in April"
    elif root.dep_ not in ("nmod", "compound", "poss", "npadvmod", "amod"):
        return None
    if noun.pos_ != "NOUN" or noun.i in range(span.start, span.end):
        return None
    return "PRESENT" if noun.lemma_.lower() in PLANNED_NOUNS else "PAST"


def _planned_noun_modifier(span: Span) -> str | None:
    """A calendar date modifying a scheduled thing ("gave no reason for the Jan. 14 deadline")
    names it whatever the tense of the sentence's verb: PRESENT (the nearest). Weekdays keep
    the verb's tense ("Wednesday's meeting ended")."""
    root = span.root
    if not any(t.like_num for t in span):
        return None
    if root.dep_ in ("nmod", "compound", "poss", "amod") and root.head.pos_ == "NOUN" and \
            root.head.i not in range(span.start, span.end) and root.head.lemma_.lower() in PLANNED_NOUNS:
        return "PRESENT"
    return None


def _looks_ahead(verb: Token) -> bool:
    """"set to meet", "set for Monday" look ahead; "a record set on Aug. 6" does not."""
    if verb.lower_ != "set":
        return True
    return any(c.dep_ == "xcomp" or c.lower_ == "for" for c in verb.children)


def _scheduled_noun(tok: Token) -> bool:
    return tok.lemma_.lower() in SCHEDULED_SUBJECTS or tok.lower_ in SCHEDULED_SUBJECTS


def scheduled_present(verb: Token) -> bool:
    """A simple present (or "do"-negated) of a scheduled event: "talks resume", "the summit
    opens", "the vote takes place", "the round kicks off", "the talks don't resume"; not a
    caption's "Rescuers arrive", "Mourners hold the body", nor "he says", "she takes the view"."""
    lemma = verb.lemma_.lower()
    if lemma not in SCHEDULED_VERBS and lemma != "reconvene":
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if not (verb.tag_ in ("VBZ", "VBP") and not auxes or verb.tag_ == "VB" and auxes and auxes <= {"do", "does"}):
        return False
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    if lemma == "kick":
        return any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
    if lemma in TIMETABLE_VERBS:
        return True
    if any(c.dep_ in ("nsubj", "nsubjpass") and _scheduled_noun(c) for c in verb.children):
        return True
    return lemma in ("hold", "host") and any(c.dep_ == "dobj" and _scheduled_noun(c) for c in verb.children)


def _scheduled_adjective(span: Span) -> bool:
    """'The talks open on Monday in Doha': the parser took the verb "open" for an adjective with a
    subject and no copula; a scheduled thing's timetable, as "the talks open on Monday" is."""
    root = span.root
    if root.dep_ != "pobj" or root.head.dep_ != "prep":
        return False
    adj = root.head.head
    return adj.tag_ == "JJ" and adj.lower_ == "open" and not any(
        c.dep_ in ("aux", "auxpass", "cop") or c.lemma_ == "be" for c in adj.children) and any(
        c.dep_ == "nsubj" and _scheduled_noun(c) for c in adj.children)


def _subject_noun_tense(span: Span) -> str | None:
    """'Russia's withdrawal from the deal on Monday will raise prices': a date on the noun that is
    the clause's subject dates that noun's event, not the verb's: past (a scheduled thing, 'the
    meeting on Monday will decide', is left to the verb)."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("on", "in"):
        return None
    noun = prep.head
    if noun.pos_ != "NOUN" or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    return None if noun.lemma_.lower() in PLANNED_NOUNS else "PAST"


def clause_tense(span: Span) -> str | None:
    """The tense governing ``span`` (None when no verb is found)."""
    subject = _subject_noun_tense(span)
    if subject is not None:
        return subject
    doc = span.doc
    before = span.start - 1 - (span.start > 0 and doc[span.start - 1].lower_ == "on")
    if before >= 0 and doc[before].tag_ == "VBD" and span.start - before <= 2:
        return "PAST"  # 'said Monday the border would open': the time of the verb before it
    verb = governing_verb(span)
    tense = verb_tense(verb) if verb is not None else None
    if tense is None:
        return "FUTURE" if verb is None and _scheduled_adjective(span) else modified_noun_tense(span)
    planned = _planned_noun_modifier(span)
    if planned is not None:
        return planned
    if verb is not None and verb.lemma_ in FUTURE_HEADS and _looks_ahead(verb):
        # "is set to meet on Monday": ahead; "was scheduled for March": ahead of then, so nearest
        return "FUTURE" if tense == "PRESENT" else "PRESENT"
    if tense == "PRESENT" and verb is not None and scheduled_present(verb):
        return "FUTURE"  # "the talks resume on Monday": the coming Monday
    return tense
