"""Which way a date in a simple present points: the past of a caption or the schedule of the body.

A news text uses the simple present for two opposite things, and a bare weekday ("on Friday")
or month under it must be read by which one it is. TimeML resolves an underspecified date from
the document creation time and the tense of its clause; the conventions of English news decide
what a present clause's tense means:

- Headlines and photo captions state past events in the present ("Blinken arrives in Israel",
  "Mourners hold the body of a man killed in a strike, in Khan Younis on Sunday"). A date there
  is PAST: a caption published on Tuesday about "Friday" speaks of the Friday before, not the
  nearer Friday ahead. A sentence reads as a caption or headline when its paragraph carries a
  photo credit ("(AP Photo/...)", "REUTERS/", "Getty Images", "Image Credit:") or a position
  marker ("Blinken, left,"), or is the text's first paragraph, one short sentence with no closing
  punctuation and no speech verb (a headline; a headline's future is an infinitive, "UN envoy to
  brief Council on Thursday", FUTURE in tense.py; a later such paragraph is a subhead or a list
  item and keeps the body's reading); or when its subject
  is described, not named ("Mourners", "A woman", "Displaced Palestinians", "Smoke") and nobody
  is quoted as saying it, for a scene no one schedules ("Smoke rises", "A woman holds a picture");
  so is a main clause's present passive of a scene ("Smoke is seen",
  "The bodies of victims are laid out"). A gathering ("gather", "rally", "protest", "march") can be
  scheduled: in body prose, with its event or a round named, it is a timetable ("Hundreds gather for
  the funeral on Wednesday"), and bare or with only its purpose it keeps the nearest day
  ("Protesters gather in Tel Aviv on Saturday to demand a deal": the coming Saturday on a Thursday,
  the day before on a Sunday: a photo's scene as often as a call); English news puts
  past events of the body in the past tense, and on 90 real pages and the 9 demo articles the
  described-subject reading never fired in a body (session 9: dropping it changed no body timex). A passive of expectation or of a planned proceeding is
  ahead ("A decision is expected on Friday", "The bill is debated on Wednesday"). A subordinate present looks ahead with its main
  clause ("will fight when the case is heard in May") and is no caption.
- An aftermath points to the past whatever the subject: a date on a harmful event after
  "after", "following", "since", "in the aftermath/wake of" ("inspect the rubble after an
  Israeli strike on Friday"), or a present clause that carries such an adjunct ("People gather
  at the scene after a bombing on Friday") or a "killed/wounded in" participle. "After three
  days of talks", "after a week of clashes" name no event of that day and decide nothing.
- In body prose the present of a planned action (travel, meetings, sessions, votes, taking
  office: "arrives", "meets", "votes", "holds talks", "takes office", "steps down") is the
  futurate present of a timetable, whoever the subject ("Blinken arrives in Israel on Sunday for
  talks", "Voters go to the polls on Sunday", "Parliament votes in early January"): FUTURE, the
  coming Sunday even from a Tuesday, and the same day when published on a Sunday. So is the progressive ("is meeting Netanyahu on
  Thursday"). "is due to arrive on Sunday" is a future head in tense.py, FUTURE already. The
  verb decides, not the subject, in body prose; "holds a picture", "opens fire" are no planned
  actions.
- A caption's own present is the picture's scene, PAST even for a planned act or a scheduled
  thing ("Talks resume in Cairo on Monday. REUTERS/..."): in a main clause of a credited caption
  (a photo credit or a position marker in its paragraph). The reader puts a caption that follows
  an image slug or ends in a credit among the furniture (``doc._.article``), out of the body. An
  uncredited one-sentence paragraph is read as body prose even on a page with pictures: "EU
  leaders meet in Brussels on Thursday." is a wire preview as often as a caption, the words
  alone cannot tell them apart, and a caption misread as a timetable costs no more than a
  preview misread as last week's scene (a rule for such captions never fired on the real pages
  measured and dated previews a week early; removed, review8). A caption's future stays future:
  an explicit one ("will return", "is due to"), a relative clause's timetable ("a poster for the
  vote, which takes place on Sunday"), a reported one ("Schools reopen on Monday, the ministry
  said" keeps the scheduled present), and a headline's scheduled present ("Talks resume on
  Monday").
- An act of violence reported in the present has happened ("Israel strikes Gaza on Friday,
  killing 12, health officials say", "Russian forces shell Kharkiv on Thursday, the governor
  says"): PAST.
- Anything else keeps PRESENT, the nearest day either way: a state ("prices are higher on
  Friday"), and another action reported in the present.

Scheduled things as subjects ("the talks resume on Monday") are tense.py's scheduled present.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from dateline.nlp.markets import MARKET_WORDS
from dateline.nlp.memo import per_doc, text_of

#: planned actions: in the simple present (or the present progressive) with a date, a timetable
#: ("arrives on Sunday", "is meeting Netanyahu on Thursday")
FUTURATE_VERBS = frozenset({
    "arrive", "leave", "depart", "travel", "visit", "fly", "head", "return", "go", "come", "meet",
    "hold", "host", "attend", "begin", "start", "open", "reopen", "close", "end", "resume",
    "sign", "testify", "address", "speak", "vote", "rule", "decide", "present", "chair", "brief",
    "convene", "reconvene", "resign", "retire", "step", "take", "join", "tour", "expire", "kick"})
#: what makes "take", "step", "kick" a planned action ("takes office", "steps down", "kicks off")
PLANNED_OBJECTS = frozenset({"office", "place", "part", "power", "over", "down", "off", "effect"})
#: verbs of gatherings and observances: a timetable when they have an event object or a purpose
#: ("Muslims mark the start of Ramadan on Saturday", "Envoys gather in Cairo on Thursday for another
#: round"); bare, they may be a caption ("Families rally in Tel Aviv on Saturday")
GATHERING_VERBS = frozenset({"gather", "mark", "observe", "celebrate", "rally", "protest", "march",
                             "commemorate", "assemble", "reconvene", "sit"})
#: passives of expectation and schedule: ahead ("A decision is expected on Friday")
EXPECTED_PASSIVES = frozenset({"expect", "await", "plan", "schedule", "due", "set", "slate", "tip",
                               "forecast", "anticipate", "predict", "timetable", "pencil", "book"})
#: passives of planned proceedings: ahead ("The bill is debated in parliament on Wednesday",
#: "The hostages are released on Sunday under the deal")
PLANNED_PASSIVES = frozenset({"release", "debate", "sign", "hold", "open", "reopen", "swear", "vote",
                              "present", "unveil", "announce", "publish", "hear", "discuss", "free",
                              "inaugurate", "launch", "host", "close", "submit", "table", "decide"})
#: passives of a scene, the only ones a described subject makes a caption ("Smoke is seen",
#: "The bodies of victims are laid out")
SCENE_PASSIVES = frozenset({
    "see", "show", "picture", "carry", "lay", "bury", "evacuate", "treat", "wound", "destroy",
    "photograph", "film", "reflect", "silhouette", "surround", "illuminate", "light", "cover",
    "kill", "injure", "damage", "hit", "flood", "burn", "rescue", "pull", "load", "transport",
    "detain", "arrest", "escort", "mourn", "display", "hang", "place", "gather", "help", "hold"})
#: verbs of states, thought and saying: their present is no caption and no timetable
STATIVE_VERBS = frozenset({
    "be", "have", "say", "tell", "seem", "appear", "remain", "stay", "know", "think", "believe",
    "fear", "expect", "hope", "want", "need", "like", "mean", "cost", "own", "include", "contain",
    "claim", "insist", "deny", "warn", "estimate", "argue", "doubt", "worry", "wonder", "see"})
#: speech verbs whose presence in the sentence makes it reported body text, not a caption
SPEECH_VERBS = frozenset({"say", "tell", "announce", "report", "confirm", "state", "add",
                          "according", "note", "explain", "write", "tweet"})
#: events of harm: what an aftermath follows ("after an Israeli strike", "following the blast")
HARM_EVENTS = frozenset({
    "strike", "airstrike", "attack", "bombing", "bomb", "blast", "explosion", "raid", "shelling",
    "bombardment", "barrage", "clash", "fighting", "assault", "offensive", "incursion", "ambush",
    "shooting", "massacre", "killing", "crash", "collapse", "earthquake", "quake", "fire", "blaze",
    "flood", "flooding", "storm", "hurricane", "landslide", "evacuation", "order", "violence",
    "riot", "incident", "drone", "missile", "rocket", "war", "siege", "stabbing", "derailment"})
#: bodies that act in a passive as in an active ("the cabinet is sworn in on Friday")
INSTITUTIONS = frozenset({"cabinet", "government", "senate", "council", "committee", "ministry",
                          "army", "military", "police", "bank", "board", "panel", "commission"})
AFTERMATH_PREPS = frozenset({"after", "following", "since"})
AFTERMATH_NOUNS = frozenset({"aftermath", "wake", "scene", "site"})
#: verbs of violence: their simple present with a date reports what happened ("Israel strikes
#: Gaza on Friday, killing 12")
HARM_VERBS = frozenset({"strike", "shell", "attack", "kill", "bomb", "hit", "raid", "bombard", "shoot",
                        "ambush", "storm", "stab", "wound", "injure", "destroy", "massacre", "behead"})
HARM_PARTICIPLES = frozenset({"killed", "wounded", "injured", "destroyed", "damaged", "hit",
                              "displaced", "flattened", "levelled", "leveled"})
CREDIT = re.compile(
    r"\((?:Photo|Image)\b|\((?:AP|AFP|Reuters|REUTERS|EPA)\s*/|\bAP Photo\b|\bREUTERS/|\bAFP/|/AFP\b|"
    r"Getty Images|\bvia Getty\b|\bPhoto(?:graph)?:\s|\bPhoto by\b|\bEPA-EFE\b|\bXinhua/|"
    r"\bImage Credit:|\bPicture:\s|\bFile [Pp]hoto\b|\bCredit:\s|\bPhoto [Cc]redit:")
#: ", left," after a name or a described person ("Blinken, left, meets"), not in a list ("its
#: left, right, and centre factions")
POSITION = re.compile(
    r"(?:\b[A-Z][\w'’.-]*|\)),\s+(?:[Ll]eft|[Rr]ight|[Cc]ent(?:er|re)|[Ss]econd\s+(?:from\s+)?(?:left|right)|"
    r"[Tt]op|[Bb]ottom|[Ff]oreground|[Bb]ackground)\s*,(?!\s*(?:and|or)\b)")
HEADLINE_MAX_WORDS = 20


def _paragraph(sent: Span) -> str:
    """The paragraph around ``sent`` (paragraphs are joined by blank lines)."""
    text = text_of(sent.doc)
    start = text.rfind("\n\n", 0, sent.start_char)
    end = text.find("\n\n", sent.start_char + len(sent.text.rstrip()))  # a sentence holds its blank line
    return text[start + 2 if start >= 0 else 0:end if end >= 0 else len(text)].strip()


@per_doc
def _body_start(doc: Doc) -> int:
    """Where the text's first paragraph begins (past any leading whitespace)."""
    text = text_of(doc)
    return len(text) - len(text.lstrip())


def caption_or_headline(sent: Span) -> bool:
    """A photo credit or a position marker in the paragraph, or a first paragraph that is one
    short sentence with no closing punctuation and no speech verb (a headline the reader left in
    the body). A later short unpunctuated paragraph is a subhead, a list item or a cut last line,
    and states the timetable as often as not ("Voting ends on Sunday")."""
    para = _paragraph(sent)
    if credited(sent):
        return True
    first = text_of(sent.doc).startswith(para, _body_start(sent.doc))
    return (first and sent.text.strip() == para and len(para.split()) <= HEADLINE_MAX_WORDS
            and not para.startswith(("-", "•", "*", "–", "—"))
            and not any(t.lemma_.lower() in SPEECH_VERBS for t in sent)
            and not para.endswith((".", "!", "?", ":", '"', "”", "’", "'", ")", ";")))


def credited(sent: Span) -> bool:
    """A photo credit or a position marker in the paragraph of ``sent`` (memoised per Doc and
    paragraph: a caption's verbs ask about the same paragraph again and again)."""
    para = _paragraph(sent)
    last = _Credited.last  # one read: another thread may replace it
    if last is None or last[0] is not sent.doc:
        last = _Credited.last = (sent.doc, {})
    found = last[1].get(para)
    if found is None:
        found = last[1][para] = bool(CREDIT.search(para) or POSITION.search(para))
    return found


class _Credited:
    """``credited``'s memo: the last Doc and its paragraphs' answers, one tuple read at once."""

    last: tuple[Doc, dict[str, bool]] | None = None


def caption_scene(verb: Token, scheduled: Callable[[Token], bool]) -> bool:
    """The main-clause simple present of a credited photo caption: the picture's scene,
    PAST even for a planned act or a scheduled thing ("Children return to school in Kyiv on
    Monday", "Talks resume in Cairo on Monday. REUTERS/..."). A headline is not one (its present
    of a scheduled thing is the timetable), nor a relative clause of a caption ("a poster for the
    vote, which takes place on Sunday")."""
    if not _simple_present(verb) or not _main(verb) or verb.lemma_.lower() in STATIVE_VERBS:
        return False
    try:
        sent = verb.sent
    except ValueError:  # no sentence boundaries
        return False
    if _speech(sent, verb):
        return False  # "Talks resume on Monday, officials said": a reported timetable
    return credited(sent)


def _subject(verb: Token) -> Token | None:
    for _ in range(3):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or verb.dep_ not in ("conj", "xcomp") or verb.head is verb:
            return subj
        verb = verb.head
    return None


def described(subj: Token, scheduled: Callable[[Token], bool], *, passive: bool = False) -> bool:
    """People or things described, not named: "Mourners", "A woman", "Two boys", "Displaced
    Palestinians", "Smoke", and a passive's "The bodies of victims" (a caption's subject); not
    "Blinken", "the minister", "Israel", "he", nor a scheduled thing or an institution
    ("Parliament", "the cabinet")."""
    if subj.pos_ == "PRON" or scheduled(subj) or subj.lemma_.lower() in INSTITUTIONS:
        return False
    if passive:
        return subj.pos_ == "NOUN"
    dets = {c.lower_ for c in subj.children if c.dep_ in ("det", "poss")}
    if subj.tag_ in ("NNS", "NNPS"):
        return not dets - {"some", "many", "several", "other"}
    return subj.tag_ == "NN" and (not dets or bool(dets & {"a", "an"}))


def _speech(sent: Span, verb: Token) -> bool:
    return any(t is not verb and t.pos_ in ("VERB", "AUX", "ADP", "ADV") and t.lemma_.lower() in SPEECH_VERBS
               for t in sent)


def _aftermath_phrase(tok: Token) -> bool:
    """``tok`` is the object of "after/following/since" or of "the aftermath/wake of"."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    if prep.lower_ in AFTERMATH_PREPS:
        return True
    return prep.lower_ == "of" and prep.head.lower_ in AFTERMATH_NOUNS


def _harm(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in HARM_EVENTS or tok.lower_ in HARM_EVENTS)


def date_in_aftermath(span: Span) -> bool:
    """The date is on a harmful event named after "after", "following", "in the aftermath of"
    ("after an Israeli strike on Friday", "following Friday's attack"); not "after the summit
    on Friday", "after a stopover on Friday"."""
    root = span.root
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.lower_ in ("on", "in"):
        noun = root.head.head
    elif root.dep_ in ("poss", "compound", "nmod"):
        noun = root.head
    else:
        return False
    return _harm(noun) and _aftermath_phrase(noun)


def _aftermath_adjunct(verb: Token) -> bool:
    """The clause carries "after a strike", "in the aftermath of", "killed in"; not "after
    three days of talks"."""
    for tok in verb.subtree:
        if _aftermath_phrase(tok) and (_harm(tok) or tok.head.head.lower_ in AFTERMATH_NOUNS):
            return True
        if tok.tag_ == "VBN" and tok.lower_ in HARM_PARTICIPLES:
            return True
    return False


def _simple_present(verb: Token) -> bool:
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return (verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VB" and verb.dep_ == "ROOT" and any(
        c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)) and not auxes


def _progressive(verb: Token) -> bool:
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return verb.tag_ == "VBG" and bool(auxes & {"is", "are", "'s", "'re", "am"}) and len(auxes) == 1


def _main(verb: Token) -> bool:
    """A main clause (a caption is one), not "when the case is heard", "if troops leave"."""
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _present_passive(verb: Token) -> bool:
    """"Smoke is seen", "A man is carried": a caption's passive."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return verb.tag_ == "VBN" and bool(auxes) and auxes <= {"is", "are", "'s", "'re"} and any(
        c.dep_ == "auxpass" for c in verb.children)


def planned(verb: Token, scheduled: Callable[[Token], bool]) -> bool:
    """A planned action: "arrives", "meets", "votes", "holds talks", "takes office", "steps
    down"; not "holds a picture", "opens fire", "takes the view"."""
    lemma = verb.lemma_.lower()
    if lemma not in FUTURATE_VERBS:
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "prt", "advmod")]
    if lemma in ("hold", "host"):
        return any(c.dep_ == "dobj" and scheduled(c) for c in objects)
    if lemma in ("take", "step", "kick"):
        return any(c.lower_ in PLANNED_OBJECTS for c in objects)
    return not any(c.dep_ == "dobj" and c.lower_ == "fire" for c in objects)


def present_direction(span: Span, verb: Token, scheduled: Callable[[Token], bool]) -> str | None:
    """PAST or FUTURE for a date in a present clause of ``verb`` (see the module docstring);
    None keeps PRESENT (the nearest). ``scheduled`` tells a scheduled thing."""
    if date_in_aftermath(span):
        return "PAST"
    passive = _present_passive(verb)
    if passive and not _main(verb):
        return None  # "when the case is heard in May": ahead of its main clause
    lemma = verb.lemma_.lower()
    if passive and (lemma in EXPECTED_PASSIVES or verb.lower_ in EXPECTED_PASSIVES):
        return "FUTURE"  # "A decision is expected on Friday"
    simple = passive or _simple_present(verb)
    if not (simple or _progressive(verb)) or not passive and lemma in STATIVE_VERBS:
        return None
    try:
        sent = verb.sent
    except ValueError:  # no sentence boundaries
        sent = verb.doc[:]
    speech = _speech(sent, verb)
    if simple and (caption_or_headline(sent) and verb.dep_ != "relcl" or not speech and _aftermath_adjunct(verb)):
        return "PAST"
    if simple and not passive and (_main(verb) or _reported(verb)) and _violence(verb):
        return "PAST"  # "Israel strikes Gaza on Friday, killing 12, health officials say"
    if not passive and (planned(verb, scheduled) or _gathering(verb)) or passive and _planned_passive(verb):
        return "FUTURE"
    if passive and lemma not in SCENE_PASSIVES or not passive and lemma in GATHERING_VERBS and not any(
            c.dep_ == "advcl" and c.tag_ == "VBG" for c in verb.children) and not _market(verb):
        return None  # a gathering can be a timetable ("Protesters gather in Tel Aviv on Saturday"), not
        # one seen as it goes on ("Crowds gather at the crossing on Friday, waiting for aid")
    subj = _subject(verb)
    if simple and subj is not None and not speech and _main(verb) and described(subj, scheduled, passive=passive):
        return "PAST"  # a scene no one schedules: "Smoke rises", "A woman holds a picture", "Smoke is seen"
    return None


def _reported(verb: Token) -> bool:
    """The clause reported by a later speech verb ("..., health officials say")."""
    head = verb.head
    return verb.dep_ == "ccomp" and head.i > verb.i and head.lemma_.lower() in SPEECH_VERBS and _main(head)


def _violence(verb: Token) -> bool:
    """A verb of violence, or a clause with a "killing/wounding" participle of its toll."""
    if verb.lemma_.lower() in HARM_VERBS:
        return True
    return any(c.tag_ == "VBG" and c.lemma_.lower() in ("kill", "wound", "injure") for c in verb.children)


def _gathering(verb: Token) -> bool:
    """"mark the start of Ramadan", "gather in Cairo ... for another round", "gather again": an
    observance with its event named, or a meeting resumed. A purpose infinitive alone ("gather in
    Tel Aviv on Saturday to demand a deal") is no timetable: a photo's scene as often as a call,
    so it takes the nearest day."""
    if verb.lemma_.lower() not in GATHERING_VERBS or _market(verb):
        return False
    return any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "for" or c.lower_ == "again"
               for c in verb.children)


def _market(verb: Token) -> bool:
    """A market's move, no gathering: "Stocks rally", "Oil prices march higher", "The shekel rallies"."""
    subj = _subject(verb)
    return subj is not None and (subj.lemma_.lower() in MARKET_WORDS or subj.lower_ in MARKET_WORDS)


def _planned_passive(verb: Token) -> bool:
    """"The bill is debated on Wednesday", "are released on Sunday under the deal"."""
    if verb.lemma_.lower() in PLANNED_PASSIVES:
        return True
    return any(t.lower_ == "under" and any(o.lemma_.lower() in ("deal", "plan", "agreement", "accord", "truce")
                                           for o in t.children) for t in verb.children)
