"""The tense of the clause a time expression sits in, from the spaCy parse.

"arrived in Israel on Sunday" -> PAST; "is set to meet Israeli leaders on Monday" -> FUTURE
(an infinitive or a modal "will" looks ahead); "talks resume on Monday" -> FUTURE (the simple
present of a scheduled event speaks of the timetable); "talks are tough on Monday" -> PRESENT;
"Mourners hold the body ... on Sunday" (a photo caption) -> PAST and "Blinken arrives in Israel on
Sunday for talks" (the body's timetable) -> FUTURE: the other simple presents, read in present.py;
"Russia's withdrawal on Monday raised/will raise prices" -> PAST (the subject noun's own event), but
"a ceasefire in September would allow", "the strike on Friday will go ahead" -> the verb's FUTURE;
"said Monday the border would open" -> PAST (a bare weekday adjunct of the past verb).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from dateline.time.lexicon import lexicon
from dateline.time.present import INSTITUTIONS, SPEECH_VERBS, caption_scene, present_direction

FUTURE_AUX = {"will", "shall", "'ll", "wo", "gonna"}
PAST_AUX = {"did", "had", "has", "have", "'ve", "'d", "was", "were"}
#: a prefixed irregular past the tagger does not know and leaves as a base form ("Ukraine retook
#: the town", "redrew", "outsold"); not a present that ends like one ("resent", "relent", "refound")
PREFIXED_PAST = re.compile(
    r"(?:re|out|over|under|mis|with|up|fore)(?:took|drew|made|wrote|sold|told|won|ran|came|went|gave|saw|held|"
    r"stood|fought|thought|bought|brought|caught|taught|built|spent|grew|threw|knew|flew|blew|wound|heard|ate|"
    r"slept|kept|dealt|did|rode|broke|spoke|chose|froze|stole|wore|tore|swore|began|sang|rang|drank|sank|swam|"
    r"shook|fed|led|paid|laid)")
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
#: nouns of scheduled things: events with a timetable and institutions with opening hours. A
#: date on them may lie ahead ("the Nov. 16 deadline", "the summit in April", "the meeting on
#: Monday will decide"); as the subject of a simple present (or the object of "hold"/"host") they
#: make a timetable of it ("the summit opens", "the embassy reopens", "the mediators hold another round")
SCHEDULED_NOUNS = frozenset({
    "talks", "negotiation", "negotiations", "summit", "meeting", "conference", "session", "vote",
    "election", "poll", "polls", "referendum", "trial", "hearing", "debate", "parliament", "assembly",
    "congress", "court", "embassy", "consulate", "crossing", "border", "school", "schools",
    "university", "round", "truce", "ceasefire", "deadline", "deal", "agreement", "market", "markets",
    "exchange", "airport", "delegation", "festival", "games", "tournament", "season", "campaign",
    "visit", "trip", "tour", "exhibition", "term", "window", "registration", "consultation", "inquiry",
    "offer", "launch", "ceremony", "opening", "release", "date", "target", "auction", "offering",
    "payment", "expiration", "anniversary", "event", "match", "game"})
#: verbs whose subject event itself takes place then ("the strike on Friday will go ahead", "the
#: protest will start at noon", "the march will draw thousands"), not a consequence of it ("the
#: withdrawal on Monday will raise prices")
OCCURRENCE_VERBS = frozenset({"go", "happen", "proceed", "continue", "last", "draw", "attract", "be",
                              "involve", "include", "feature", "coincide", "see", "bring"}) | SCHEDULED_VERBS
#: modal auxiliaries of a hypothetical or possible event ("an attack would be devastating")
MODAL_AUX = frozenset({"would", "'d", "could", "can", "ca", "may", "might", "must", "should"})
#: bodies a calendar date names rather than times ("Israel's Oct. 7 commission", "the Jan. 6
#: committee", "the Oct. 7 probe")
NAMED_BODIES = INSTITUTIONS | {"inquiry", "probe", "investigation"}


def governing_verb(span: Span) -> Token | None:
    """The nearest verb above the span's root in the dependency tree (a conjoined verb between
    that verb and the span takes the adjunct: "spent three days in Doha and leaves on Thursday")."""
    tok = span.root
    for _ in range(MAX_HOPS):
        if tok.pos_ in ("VERB", "AUX") and not (tok.i >= span.start and tok.i < span.end):
            return _right_conjunct(tok, span)
        if tok.head is tok:
            return tok if tok.pos_ in ("VERB", "AUX") else None
        tok = tok.head
    return None


def _right_conjunct(verb: Token, span: Span) -> Token:
    """The parser hangs an adjunct after "V1 ... and V2" on V1; the last verb conjoined to
    ``verb`` between it and the span is the one the adjunct follows."""
    if verb.i > span.start:
        return verb
    later = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and verb.i < c.i < span.start]
    return later[-1] if later else verb


PAST_FRAME_AUX = {"had", "was", "were", "did"}
#: the auxiliaries of a present progressive ("is meeting on Monday")
PROGRESSIVE_BE = frozenset({"is", "are", "'s", "'re", "am"})


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


#: the past forms of modals: with a past frame above them, a future seen from that past moment
PAST_MODALS = frozenset({"would", "could", "might", "should"})


def future_in_past(span: Span) -> bool:
    """Whether ``span`` is in a clause of a past modal that complements a past frame ("never
    imagined he would one day become president", "had hoped she would one day sing", "was sure they
    could one day win", "said it would in the future"): a future seen from that past moment, which may
    have come before the publication; not "will" ("said he will one day return": from now), nor a
    modal with no past frame above it ("the drug could one day replace insulin"). A relative
    clause's "would" in a sentence told in the past is one too ("The boy who would one day lead
    the nation was born in 1950": ``_past_relative``)."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    verb: Token | None
    if before is not None and before.dep_ == "aux" and before.lower_ in PAST_MODALS:
        verb = before.head  # "would one day dance": the modal's word, a verb even where parsed as a noun
        if before.lower_ == "would" and verb.dep_ == "relcl" and _past_relative(verb):
            return True
    else:
        verb = governing_verb(span)
        if verb is None or not any(c.dep_ == "aux" and c.lower_ in PAST_MODALS for c in verb.children):
            return False
    # a complement; "dobj" only for a modal's word misparsed as a noun ("had hoped she would one day dance")
    return verb.dep_ in ("ccomp", "xcomp", "acomp", "dobj") and _past_frame(verb.head) is not None


def reported_modal(span: Span) -> str | None:
    """How a past modal's clause inside a past report reads from the day of saying: ``future``
    ("said Monday talks would resume Thursday", also a clause coordinated with the first: "said
    the city was shelled and that aid would arrive Tuesday"), ``past`` for its perfect ("would
    have resumed Thursday"); None for any other clause ("will resume": from now; "had resumed")."""
    verb = governing_verb(span)
    if verb is None:
        return None
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if not auxes & (PAST_MODALS | {"'d"}) or "'d" in auxes and verb.tag_ == "VBN":
        return None
    return "past" if auxes & {"have", "'ve"} else "future"


def _past_relative(clause: Token) -> bool:
    """The sentence of the relative clause headed by ``clause`` has a past form outside it ("The
    man who would one day lead the party was born", "spoke"; not "is being tested"): the
    clause's noun is told of in the past, whichever verb the parser hangs it on."""
    inside = range(clause.left_edge.i, clause.right_edge.i + 1)
    return any(t.tag_ == "VBD" and t.i not in inside for t in clause.sent)


def verb_tense(verb: Token) -> str | None:
    """PAST, PRESENT or FUTURE for one verb, from its tag and its auxiliaries."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if verb.tag_ == "VBG" and not auxes and verb.dep_ == "pobj" and verb.head.head.lower_ in PROGRESSIVE_BE:
        words = {verb.head.head.lower_}  # "are on Friday planning to": the parse's noun "Friday planning"
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
    if verb.tag_ == "VBG" and words & PROGRESSIVE_BE:
        return "PRESENT"  # "is meeting on Monday": either way, the nearest
    if "could" in words or verb.lower_ == "could":
        return None
    if words & {"can", "ca", "may", "might", "must", "should"}:
        return "PRESENT"  # "can take part in the summit in April": either way, the nearest
    if words & PAST_AUX or verb.tag_ == "VBD" or (not auxes and verb.tag_ in ("VB", "VBP")
                                                  and verb.lemma_.lower() == verb.lower_
                                                  and PREFIXED_PAST.fullmatch(verb.lower_)):
        return "PAST"
    if words & {"do", "does"}:
        return "PRESENT"  # "the talks don't resume on Monday"
    if verb.tag_ == "VBN":
        return "PRESENT" if words & {"is", "are", "be", "'s", "'re"} else "PAST"
    if verb.tag_ in ("VBZ", "VBP") or _untagged_present(verb, words):
        if verb.lemma_ == "be" and any(c.lower_ in FUTURE_HEADS for c in verb.children):
            return "FUTURE"
        return "PRESENT"
    if verb.tag_ == "MD":
        return "FUTURE" if verb.lower_ in FUTURE_AUX | {"ca", "can", "may", "might", "must"} else None
    if verb.tag_ == "VB" and not auxes and verb.dep_ == "conj" and verb.head.i < verb.i:
        return verb_tense(verb.head)  # "will withdraw and hand over the base Wednesday": the "will" is shared
    return None


def _untagged_present(verb: Token, auxes: set[str]) -> bool:
    """A finite verb the tagger left as a base form: "Partners on the far right, who oppose the
    deal, meet on Sunday" ("meet" VB with a subject and no auxiliary)."""
    return verb.tag_ == "VB" and not auxes and verb.dep_ == "ROOT" and any(
        c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)


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
    return "PRESENT" if _scheduled_noun(noun) and not _took_place(noun) else "PAST"


def _planned_noun_modifier(span: Span) -> str | None:
    """A calendar date modifying a scheduled thing ("gave no reason for the Jan. 14 deadline")
    names it whatever the tense of the sentence's verb: PRESENT (the nearest), unless the thing
    is told as having taken place ("The March 3 meeting ended without a deal": the verb's past,
    ``_took_place``). Weekdays keep the verb's tense ("Wednesday's meeting ended"), unless the
    clause awaits the thing (then the verb dates the waiting, not the event: ``_awaited``)."""
    root = span.root
    if root.dep_ not in ("nmod", "compound", "poss", "amod") or root.head.pos_ != "NOUN" or \
            root.head.i in range(span.start, span.end) or not _scheduled_noun(root.head):
        return None
    awaited = _awaited(root.head)
    if awaited is None and _took_place(root.head):
        return None  # "The March 3 meeting ended without a deal": the verb's past
    return awaited or ("PRESENT" if any(t.like_num for t in span) else None)


#: verbs telling that a scheduled thing has taken place: "the meeting ended", "the vote was held",
#: "the deadline passed" (not "was set", "was announced": those tell of the plan)
TOOK_PLACE = frozenset({"end", "begin", "start", "open", "close", "conclude", "finish", "collapse", "pass",
                        "expire", "lapse", "adjourn", "hold", "break"})


def _took_place(noun: Token) -> bool:
    """The scheduled noun is the subject of a simple past or present perfect that tells it took
    place ("the meeting ended", "the deadline has/had expired", "it came and went"), or what such
    a verb or one of its outcome (``RESUMED_AS_PAST``) befell ("missed the deadline", "the deadline
    was missed", "held/attended/won the vote"; not "met the deadline": met ahead of it), also
    where the parser made the verb of a verbless sentence a participle of the noun ("The March 3
    deadline passed/lapsed without a deal"; not "the deadline passed by the Senate")."""
    if noun.dep_ == "ROOT":
        return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.i == noun.i + 1 and _over(c) and
                   not any(g.dep_ in ("aux", "auxpass", "agent") for g in c.children) for c in noun.children)
    verb = noun.head
    told = _over(verb) if noun.dep_ == "nsubj" else \
        noun.dep_ in ("nsubjpass", "dobj") and verb.lemma_.lower() in RESUMED_AS_PAST
    return told and (_simple_past(verb) or _perfect(verb))


def _over(verb: Token) -> bool:
    """A verb of a scheduled thing's taking place (``TOOK_PLACE``), or "came and went"."""
    lemma = verb.lemma_.lower()
    return lemma in TOOK_PLACE or lemma == "come" and any(
        c.dep_ == "conj" and c.lemma_.lower() == "go" for c in verb.children)


def _perfect(verb: Token) -> bool:
    """"has passed", "have expired", "had been held": over by now, or by the time told."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve", "had")
                                      for c in verb.children)


#: words of waiting an event follows: "ahead of", "in advance of", "on the eve of" (through "of"),
#: "prepared for", "braced for", "in preparation for" (through "for"), "waited on" (through "on"),
#: "looked ahead/forward to", "in the run-up/lead-up/build-up to" (through "to": the word or its
#: modifier), "awaited"
AWAITING_OF = frozenset({"ahead", "advance", "eve"})
AWAITING_FOR = frozenset({"prepare", "preparation", "brace", "ready", "gear", "wait"})
AWAITING_ON = frozenset({"wait"})
AWAITING_TO = frozenset({"ahead", "forward"})  # "looked ahead/forward to": an adverb of the verb
LEAD_UP = frozenset({"run", "lead", "build"})  # "the run-up/lead-up/build-up to": the noun "up"'s compound
AWAITING_VERBS_OBJ = frozenset({"await", "anticipate"})
#: a pronoun that takes the awaited event up again in a later clause ("and won it", "but it ended"),
#: by its role there ("they" as a subject is rather the waiters: "and they agreed")
RESUMING = {"nsubj": {"it"}, "nsubjpass": {"it"}, "dobj": {"it", "them"}}
#: what a later clause does with the event once it has taken place: "won it", "attended it"
#: (an expletive "it was unclear", "it rained" or "postponed it" tells nothing of the kind)
OUTCOME_VERBS = frozenset({"win", "lose", "attend", "watch", "skip", "miss", "boycott", "chair", "host"})
#: a later clause's verbs that tell the awaited event as past: it took place, or what befell it
RESUMED_AS_PAST = TOOK_PLACE | OUTCOME_VERBS


def _awaited(noun: Token) -> str | None:
    """How a clause that waits for the event dates it. One rule for every word of waiting
    (``AWAITING_*``: "prepared for", "waited for/on", "awaited", "ahead of", "on the eve of",
    "looked forward to", "in the run-up to"): FUTURE, the coming day, whatever the clause's
    tense, for the waiting is told while it lasts (a story tells a passed event's outcome, not
    the waiting). "Before" only orders two events and waits for nothing: PRESENT (the nearest)
    in a past clause ("Before Monday's vote, lawmakers debated the bill"; "will meet before
    Monday's vote" keeps its verb's FUTURE). None (the clause's own reading) for "after Monday's
    meeting", a past perfect ("had prepared for Monday's meeting") and an event the sentence
    tells as past, in its own clause ("which ended without a deal", "which was held in Doha") or
    in a later one that takes it up ("was ready for Monday's match and won it", "and it ended")."""
    if any(c.dep_ == "relcl" and _simple_past(c) for c in noun.children):
        return None
    head, prep = noun.head, None
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        prep, head = head, head.head
    verb = head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children) or _told_past_later(verb):
        return None
    if prep is None:
        return "FUTURE" if noun.dep_ == "dobj" and head.lemma_.lower() in AWAITING_VERBS_OBJ else None
    lemma, word = head.lemma_.lower(), prep.lower_
    if word == "of" and lemma in AWAITING_OF or word == "for" and lemma in AWAITING_FOR or \
            word == "on" and lemma in AWAITING_ON or word == "to" and _leads_up(head):
        return "FUTURE"
    return "PRESENT" if word == "before" and verb_tense(verb) == "PAST" else None


def _leads_up(head: Token) -> bool:
    """"looked ahead to", "looked forward to", "in the run-up to"; not "led to", "built to"."""
    return any(c.dep_ == "advmod" and c.lower_ in AWAITING_TO for c in head.children) or \
        head.lower_ == "up" and head.pos_ != "VERB" and any(
            c.dep_ == "compound" and c.lower_ in LEAD_UP for c in head.children)


def _told_past_later(verb: Token) -> bool:
    """A clause conjoined to the waiting one, in the simple past, with a pronoun taking the event
    up and a verb of its taking place or outcome (``RESUMED_AS_PAST``): "was ready for Monday's
    match and won it", "waited for Monday's meeting, and it ended"; not "but it was unclear"."""
    return any(c.dep_ == "conj" and c.i > verb.i and _simple_past(c) and c.lemma_.lower() in RESUMED_AS_PAST
               and any(g.lower_ in RESUMING.get(g.dep_, ()) for g in c.children) for c in verb.children)


def _simple_past(verb: Token) -> bool:
    """"ended", "was held", "were won": a simple past, active or passive, also one tagged as a
    participle with its subject ("the deadline expired"); not "had been postponed": a past perfect
    does not tell whether the thing has taken place since."""
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ != "VBN" or any(c.dep_ == "aux" for c in verb.children):
        return False
    return any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") or c.dep_ == "nsubj" for c in verb.children)


def _looks_ahead(verb: Token) -> bool:
    """"set to meet", "set for Monday" look ahead; "a record set on Aug. 6" does not."""
    if verb.lower_ != "set":
        return True
    return any(c.dep_ == "xcomp" or c.lower_ == "for" for c in verb.children)


def _future_head(verb: Token) -> bool:
    """"is set to meet", "plans to", and a passive "is expected to draw", "was scheduled for"."""
    if verb.lemma_ in FUTURE_HEADS:
        return _looks_ahead(verb)
    return verb.tag_ == "VBN" and verb.lower_ in FUTURE_HEADS and any(
        c.dep_ == "xcomp" or c.lower_ == "for" for c in verb.children)


def _scheduled_noun(tok: Token) -> bool:
    return tok.lemma_.lower() in SCHEDULED_NOUNS or tok.lower_ in SCHEDULED_NOUNS


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


#: what stands between "effective" and its day: "effective June 1", "effective from June 1"
EFFECTIVE_GAP = frozenset({"", "from", "on", "as of"})


def _effective_day(span: Span, verb: Token) -> bool:
    """A measure that "is effective" on a day is set for it, as one that takes effect ("the
    resignation is effective June 1": the coming June 1); not "is effective in June" (works then)
    nor "is effective since Monday"."""
    adj = next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ == "effective"), None)
    return verb.lemma_ == "be" and adj is not None and adj.i < span.start \
        and span.doc[adj.i + 1:span.start].text.lower() in EFFECTIVE_GAP


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


def _ahead(verb: Token) -> str | None:
    """How ``verb``'s clause looks ahead: "will" ("will go ahead"), "modal" ("would allow",
    "could resume"), "head" ("is expected to draw", "is set to", "is likely to"), else None."""
    words = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if words & FUTURE_AUX or verb.tag_ == "MD" and verb.lower_ in FUTURE_AUX:
        return "will"
    if words & MODAL_AUX or verb.tag_ == "MD":
        return "modal"
    heads = [verb] + [c for c in verb.children if c.dep_ in ("acomp", "xcomp")]
    if any((h.lemma_ in FUTURE_HEADS or h.lower_ in FUTURE_HEADS) and _looks_ahead(h) for h in heads) and \
            any(c.dep_ == "xcomp" or c.tag_ == "TO" for h in heads for c in h.children):
        return "head"
    return None


def _definite(noun: Token) -> bool:
    """"the attack", "Russia's withdrawal": a particular event, not "an attack" in general."""
    return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that")
               for c in noun.children)


def _subject_noun_tense(span: Span) -> str | None:
    """A date on the noun that is the clause's subject dates that noun's event, not the verb's:
    "Russia's withdrawal from the deal on Monday raises prices" -> PAST. Left to the verb (None):
    a scheduled thing ("the meeting on Monday will decide"), a clause of a modal or a future head
    ("a ceasefire in September would allow", "the march on Saturday is expected to draw"), and a
    "will" unless the noun is a particular event and the verb one of its consequences ("the
    withdrawal on Monday will raise prices" -> PAST; "an attack on Monday will", "the strike on
    Friday will go ahead" -> the verb's FUTURE)."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("on", "in"):
        return None
    noun = prep.head
    if noun.pos_ != "NOUN" or noun.dep_ not in ("nsubj", "nsubjpass") or _scheduled_noun(noun):
        return None
    verb = noun.head
    ahead = _ahead(verb)
    if ahead is None:
        return "PAST"
    if ahead == "will" and _definite(noun) and verb.lemma_.lower() not in OCCURRENCE_VERBS:
        return "PAST"
    return None


def said_on(span: Span) -> Token | None:
    """The past verb whose adjunct ``span`` is in 'said Monday the border would open', 'said on
    Monday the border would open': a bare weekday (or "on" and one) right after a past verb, though
    the parser often hangs it on the reported clause's verb, or reads it with the clause's bare
    subject as one noun after a verb of saying ("said Monday talks would resume", "said on Monday
    Gaza talks would resume" with "on" left bare). Not a month ("said September would bring"), a
    possessive ("said Friday's deadline would"), nor an object of the reported clause; None for
    any other span."""
    doc = span.doc
    if span[0].lower_.rstrip(".") not in lexicon().weekdays:
        return None
    if any(t.dep_ == "poss" or t.tag_ == "POS" for t in span) or \
            span.end < len(doc) and doc[span.end].tag_ == "POS":
        return None
    has_on = span.start > 0 and doc[span.start - 1].lower_ == "on"
    before = span.start - 1 - has_on
    if before < 0 or doc[before].tag_ != "VBD":
        return None
    verb, root = doc[before], span.root
    noun = root
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head  # "Monday talks", "Monday Gaza talks", "Monday morning talks"
    on = doc[span.start - 1] if has_on else None
    if noun is root or verb.lemma_.lower() not in SPEECH_VERBS:  # not "feared Monday talks would fail"
        if on is not None:
            if root.dep_ != "pobj" or root.head != on:
                return None
            head = on.head
        elif root.dep_ == "npadvmod":
            head = root.head
        else:
            return None
    elif noun.dep_ == "pobj" and noun.head == on and any(
            c.dep_ == "ccomp" and c.i > noun.i and not any(s.dep_.startswith("nsubj") for s in c.children)
            for c in verb.children):
        head = verb  # "said on Monday talks would resume": the parse's "on [Monday talks]", the clause subjectless
    elif noun.dep_ in ("nsubj", "nsubjpass") and (on is None or not any(on.children)):
        head = noun.head  # "said Monday talks would resume", "said on Monday Gaza talks would" ("on" left bare)
    else:
        return None
    return verb if head == verb or head.dep_ == "ccomp" and head.head == verb else None


#: verbs that move a deadline: "postponed/extended the truce until Tuesday" looks ahead
DEFERRAL_VERBS = frozenset({"postpone", "delay", "defer", "extend", "adjourn", "suspend", "put",
                            "push", "move", "set", "give", "grant", "allow", "keep", "ban",
                            "halt", "pause", "freeze", "prolong", "renew", "impose", "close"})


#: verbs of a state or activity that lasts: in a simple past with no object, "until <date>" has
#: been reached ("fighting raged until Tuesday"); a transitive past imposes a state up to a day
#: that is mostly ahead ("Lufthansa cancelled all flights until Tuesday")
DURATIVE_VERBS = frozenset({"continue", "last", "rage", "remain", "stay", "persist", "hold", "wait",
                            "drag", "run", "go", "live", "work", "sit", "serve", "rule", "reign",
                            "fight", "stand", "linger", "survive", "endure", "be"})


#: verbs that wait for, foresee or intend what "by <date>" names, still ahead in a simple past:
#: "expected a reply by Tuesday", "threatened a strike by March", "predicted a recovery by March"
AWAITING_VERBS = frozenset({"expect", "ask", "demand", "want", "urge", "call", "order", "request",
                            "need", "hope", "plan", "aim", "promise", "pledge", "vow", "await", "require",
                            "threaten", "warn", "predict", "forecast", "project", "estimate", "anticipate",
                            "target", "seek", "propose", "schedule", "announce", "insist", "offer",
                            "commit", "intend", "guarantee", "fear"})


def _supposed(verb: Token) -> bool:
    """A past form that tells no fact: a condition ("if the bridge was finished by March") or
    what a verb awaits ("hoped the bridge was finished by March")."""
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return True
    return verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in AWAITING_VERBS


#: verbs whose object is still to come: "expected attacks overnight" (not "warned", an act of its night)
FORESEEING_VERBS = frozenset({"expect", "fear", "anticipate", "predict", "forecast"})


def foreseen(span: Span) -> str | None:
    """``future`` for a time a past verb foresees, neither it nor its clause perfect ("said Monday
    they expected attacks overnight", "feared strikes would resume overnight"), else None."""
    own = governing_verb(span)
    if own is None:
        return None
    verb = own.head if own.dep_ in ("ccomp", "xcomp") and own.head.lemma_.lower() in FORESEEING_VERBS else own
    # a perfect either side is a guess at the past ("expected that fighting overnight had killed dozens")
    if verb.lemma_.lower() not in FORESEEING_VERBS or any(c.lower_ == "had" for v in (own, verb) for c in v.children):
        return None
    return "future"


def foretold(span: Span) -> bool:
    """Whether the verb governing ``span``, or the verb it complements, foresees ("expects profit to
    fall in the year to March", "forecasts a profit for the year to March"; not "inflation is 3%
    in the year to July")."""
    verb = governing_verb(span)
    if verb is None:
        return False
    verbs = (verb, verb.head) if verb.dep_ in ("ccomp", "xcomp") else (verb,)
    return any(v.lemma_.lower() in FORESEEING_VERBS | {"project"} for v in verbs)


def deadline_direction(span: Span) -> str | None:
    """``past`` for a date after "by"/"until" that a past clause has already reached: "by
    Sunday 40 people had been killed", "until Thursday they had not named him" (past perfects),
    "fighting raged until Tuesday" (a simple past that lasted), "lost its gains by March" (a
    simple past or past passive); ``future`` for what a past verb awaits or foresees ("expected
    a reply by Tuesday", "threatened a strike by March"); None leaves "until"/"by" to
    context.direction ("postponed the hearing until Tuesday", "was extended until", "would
    respond by Tuesday")."""
    if span.start == 0:
        return None
    prep = span.doc[span.start - 1].lower_
    if prep not in ("by", "until", "till"):
        return None
    verb = governing_verb(span)
    if verb is None:
        return None
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if prep == "by":
        lemma = verb.lemma_.lower()
        if lemma in AWAITING_VERBS:
            return "future"  # "expected a reply by Tuesday", "demanded an answer by Friday"
        if "had" in auxes:
            return "past"
        if lemma not in DEFERRAL_VERBS and lemma != "be" and not _supposed(verb) and (
                verb.tag_ == "VBD" and not auxes or verb.tag_ == "VBN" and auxes and auxes <= {"was", "were"}):
            return "past"  # "lost its gains by March", "the bridge was finished by March": reached
        return None
    if verb.dep_ in ("acomp", "xcomp") and verb.tag_ == "VBN" and verb.head.lemma_.lower() in DURATIVE_VERBS:
        verb = verb.head  # "Schools stayed closed until Tuesday": the staying lasted
        auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and not auxes and \
            verb.lemma_.lower() in DURATIVE_VERBS:
        return "past"  # "The ceasefire held until Tuesday" (parsed as a participle of the noun)
    if "had" in auxes and verb.lemma_.lower() not in DEFERRAL_VERBS:
        return "past"  # "Until Thursday, they had not called him a suspect": a past perfect reached it
    if _reported_deadline(verb):
        return "future"  # "said Hamas had until Tuesday to respond": the time given, ahead of the saying
    if verb.tag_ == "VBD" and not auxes and verb.lemma_.lower() not in DEFERRAL_VERBS and (
            verb.lemma_.lower() in DURATIVE_VERBS or not any(c.dep_ == "dobj" for c in verb.children)):
        return "past"  # "fighting raged until Tuesday"; not "cancelled all flights until Tuesday"
    return None


def _reported_deadline(verb: Token) -> bool:
    """'had until Tuesday to respond' reported by a verb of saying ("Blinken said Hamas had until
    Tuesday to respond"): the time it was given, still ahead when said; not told as a fact
    ("Residents had until Friday to leave, and most did")."""
    return verb.lemma_.lower() == "have" and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEECH_VERBS \
        and any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in verb.children)


#: participles that give the term of an arrangement ("the ceasefire, ending Dec. 31", "a ban
#: expiring on March 1", "sanctions running until June"), ahead of publication
TERM_PARTICIPLES = frozenset({"end", "expire", "last", "run"})
#: arrangements that run to a term; "the summit, ending on Friday" is an event, told in its tense
TERM_NOUNS = frozenset({
    "ceasefire", "truce", "mandate", "deal", "agreement", "accord", "treaty", "sanction", "sanctions", "ban",
    "moratorium", "contract", "term", "lease", "programme", "program", "licence", "license", "waiver",
    "exemption", "pause", "freeze", "suspension", "extension", "period", "window", "tariff", "tariffs",
    "curfew", "lockdown", "emergency", "scheme", "subsidy", "permit", "visa", "measure", "measures",
    "restriction", "restrictions", "embargo", "deployment", "mission", "arrangement", "plan", "budget"})


def _term_participle(verb: Token) -> bool:
    """A present participle giving an arrangement's term: "The ceasefire, ending Dec. 31, was
    extended" looks ahead of publication though the sentence is past ("expiring" always; "ending",
    "lasting", "running" on an arrangement noun). Not a progressive ("was ending on Friday") nor
    "the summit, ending on Friday, produced a communique"."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "advcl") or verb.lemma_.lower() not in TERM_PARTICIPLES:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    noun = verb.head
    return verb.lemma_.lower() == "expire" or noun.lemma_.lower() in TERM_NOUNS or noun.lower_ in TERM_NOUNS


#: prepositions by which a day or an event dates an opening participle ("Speaking on Monday",
#: "Speaking after Monday's meeting", "at the talks on Monday"); not "ahead of", "before", "of"
OPENER_PREPS = frozenset({"on", "after", "at"})
#: participles whose "at" names what they look or aim at, not an event they are at ("Looking ahead
#: at Monday's summit", "Aiming at Monday's deadline": often still to come)
AIMED_AT = frozenset({"look", "point", "aim", "glance", "gaze", "stare", "peer", "hint", "target", "gesture"})


def opened_verb(span: Span) -> tuple[Token, Token] | None:
    """(participle, verb) where ``span`` dates a bare participle that opens the verb's clause:
    "Speaking Monday, the minister said", "The minister, speaking Monday, said" (the participle on
    the verb's subject), "Speaking after Monday's meeting" or "after the meeting on Monday" (the
    day of an event the participle is at or after). None for a progressive ("was speaking Monday"),
    "Speaking of Monday", "Speaking ahead of Monday's meeting", "Looking at Monday's vote" (``AIMED_AT``)
    or any other span."""
    root = tok = span.root
    if tok.dep_ in ("poss", "compound", "npadvmod") and tok.head.pos_ == "NOUN":
        tok = tok.head  # "Monday's meeting", "a meeting Monday"
    elif tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.head.head.pos_ == "NOUN":
        tok = tok.head.head  # "the meeting on Monday"
    if tok.i == root.i and tok.dep_ == "npadvmod":
        participle = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ in OPENER_PREPS and (tok.head.lower_ == "on") == (tok.i == root.i):
        participle = tok.head.head
        if tok.head.lower_ == "at" and participle.lemma_.lower() in AIMED_AT:
            return None
    else:
        return None
    if participle.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass") for c in participle.children):
        return None
    if participle.dep_ == "advcl":
        return participle, participle.head
    if participle.dep_ == "acl" and participle.head.dep_ in ("nsubj", "nsubjpass"):
        return participle, participle.head.head
    return None


def body_name(span: Span) -> bool:
    """Whether a calendar date names a body ("Israel's Oct. 7 commission", "the Jan. 6 inquiry",
    "the Oct. 7 inquiry commission": the parser hangs the date on the last noun): the past day the
    body looks into, whatever its clause's tense ("The Oct. 7 commission will meet on Monday":
    2023-10-07 in 2024), for a body lasts. A weekday names none: "Monday's probe", "Sunday's
    cabinet" are that day's work."""
    root = span.root
    return root.dep_ in ("compound", "nmod", "poss", "amod") and root.head.pos_ in ("NOUN", "PROPN") and \
        root.head.lemma_.lower() in NAMED_BODIES and any(t.like_num for t in span)


#: participles that point back at an earlier thing, whose day is that thing's: "will rise,
#: reflecting the surge on Friday", "will appeal, citing the ruling on Friday"
LOOKING_BACK = frozenset({"reflect", "cite", "recall", "echo", "mirror", "follow"})


def _future_participle(verb: Token) -> bool:
    """A bare adverbial participle shares the future of the verb it hangs on: "would leave on
    Monday nights, with the third departing each Thursday from August 6", "will sail, stopping in
    Naples on Thursday" (not a gerund complement: "would begin withdrawing troops on Friday"; not
    one that looks back: ``LOOKING_BACK``)."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "pcomp") or verb.lemma_.lower() in LOOKING_BACK or any(
            c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    tok = verb.head
    if tok.dep_ == "prep" and verb.dep_ == "pcomp":
        tok = tok.head  # "with the third departing": the verb "with" hangs on
    return tok.pos_ in ("VERB", "AUX") and verb_tense(tok) == "FUTURE"


def _fronted_plan(span: Span, verb: Token) -> bool:
    """A day set before an active past plan, before its subject or between the subject and the
    verb, dates the planning: "On Friday, the government planned to pay the claims", "Officials on
    Friday planned to reopen the border" (not "was scheduled for March", "planned to pay on Friday")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ != "VBD" or auxes or not subjects:
        return False
    if span.end <= subjects[0].left_edge.i:
        return True
    head = span.root.head  # between: an adjunct of the verb itself (not "Officials on Friday's list planned")
    return subjects[0].i < span.start and span.end <= verb.i and (
        head == verb or head.dep_ == "prep" and head.head == verb)


def clause_tense(span: Span) -> str | None:
    """The tense governing ``span`` (None when no verb is found); PAST for a body's name (``body_name``)."""
    if body_name(span):
        return "PAST"
    subject = _subject_noun_tense(span)
    if subject is not None:
        return subject
    if said_on(span) is not None:
        return "PAST"  # 'said Monday the border would open': the time of the saying
    verb = governing_verb(span)
    if verb is not None and verb.tag_ == "VBG" and _term_participle(verb):
        return "FUTURE"  # "The ceasefire, ending Dec. 31, was extended": the coming Dec. 31
    tense = verb_tense(verb) if verb is not None else None
    if tense is None:
        opened = opened_verb(span) if verb is not None and verb.tag_ == "VBG" else None
        if opened is not None and verb_tense(opened[1]) == "PAST":
            return "PAST"  # "Speaking after Monday's meeting, the envoy said": the past Monday
        if verb is None and _scheduled_adjective(span):
            return "FUTURE"
        noun = modified_noun_tense(span)
        return "FUTURE" if noun is None and verb is not None and _future_participle(verb) else noun
    planned = _planned_noun_modifier(span)
    if planned is not None:
        return planned
    if verb is not None and _future_head(verb) and not _fronted_plan(span, verb):
        # "is set to meet on Monday": ahead; "was scheduled for March": ahead of then, so nearest
        return "FUTURE" if tense == "PRESENT" else "PRESENT"
    if tense == "PRESENT" and verb is not None and caption_scene(verb, _scheduled_noun):
        return "PAST"  # a credited photo's scene: "Talks resume in Cairo on Monday. REUTERS/..."
    if tense == "PRESENT" and verb is not None and (scheduled_present(verb) or _effective_day(span, verb)):
        return "FUTURE"  # "the talks resume on Monday": the coming Monday
    if tense == "PRESENT" and verb is not None:
        # a caption's past ("after a strike on Friday") or the body's timetable ("arrives on Sunday")
        return present_direction(span, verb, _scheduled_noun) or tense
    return tense
