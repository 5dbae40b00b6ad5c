"""Reported acts another party disputes or nobody could check.

- "Russia said its troops captured the village, a claim Kyiv denied" / "..., which Kyiv disputes" /
  "... . Kyiv rejected the claim." -> ``denied`` (as "Kyiv denied that ..." is).
- "..., a claim that could not be independently verified" -> ``hypothetical``.
- Only acts whose happening is the claim (a capture, a shoot-down, a sinking, a repelled assault, an
  agreement) are denied by another party; a strike or killing only by its own doer ("Russian missiles
  hit a hospital, a charge Moscow denied"), never by its target, which disputes what was hit ("struck
  militants in the school, a claim Hamas denied"), and never over a toll ("killed 40 people, a claim
  Israel disputes").
- Only the comma right after the reported clause is read (an adverbial clause of the act itself does
  not end it: "captured the village as its troops pushed west, a claim ..."); "according to X" tells
  the act as "X said" does; a side is compared by actor ids ("Moscow" = "Russia"); ", which X
  disputes" after a noun in a phrase of its own is about that noun ("in Kashmir, which Pakistan
  disputes"); a next-sentence denial of a claim with its own content ("rejected the claim that it had
  lost 500 soldiers") is of another claim.
- A claimed act denied with no disputer named ("a claim denied on Telegram", "The claim was denied.")
  is denied: nobody denies their own claim. A count is a toll only on victims ("killed 40 people";
  not "shot down 12 drones").

Pure functions over spaCy tokens; ``attributes.status`` calls ``disputed``.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.lexicon import Lexicon
from dateline.nlp.memo import text_of


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


#: nouns naming what a party said ("a claim Kyiv denied", "Kyiv rejected the report")
_SAID_NOUNS = frozenset({"claim", "report", "allegation", "accusation", "charge", "account", "assertion", "version",
                         "statement", "announcement"})
#: verbs by which another party disputes a claim
DISPUTE = frozenset({"deny", "dispute", "refute", "contest", "reject", "dismiss", "rebut"})
#: verbs whose negation leaves a claim unconfirmed ("a claim that could not be independently verified")
_VERIFY = frozenset({"verify", "confirm", "corroborate"})
_UNVERIFIED = frozenset({"unverified", "unconfirmed", "uncorroborated"})
#: verbs that report what one's clause says happened
_TELLING = frozenset({"claim", "allege", "insist", "boast"})


def teller(token: Token, lex: Lexicon) -> tuple[Token, Token | None] | None:
    """The speech verb whose reported clause holds the act, and its speaker: "Russia said its troops
    captured the village", "its troops captured the village, Russia said"."""
    below = token
    for _ in range(5):
        head = below.head
        if head.i == below.i:
            break
        if below.dep_ == "ccomp" and (_lemma(head) in lex.speech_verbs or _lemma(head) in _TELLING):
            return head, next((c for c in head.children if c.dep_ == "nsubj"), None)
        if below.dep_ not in ("conj", "xcomp", "dobj"):
            break  # the told act itself, not one in its adjuncts ("were killed in the strike, which X disputes")
        below = head
    for aside in (c for c in below.children if c.dep_ in ("parataxis", "ccomp", "prep") and c.i > token.i):
        if aside.dep_ == "prep":
            if aside.lower_ == "according":  # "captured the village, according to state media"
                to = next((c for c in aside.children if c.lower_ == "to"), None)
                return aside, next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        elif _lemma(aside) in lex.speech_verbs and not any(c.dep_ in ("ccomp", "dobj") for c in aside.children):
            return aside, next((c for c in aside.children if c.dep_ == "nsubj"), None)  # "..., Russia said"
    return None


def _sides(words: list[Token]) -> set[str]:
    """The actor ids the words name, with each one's country and the body it acts for ("Moscow",
    "Russian troops" -> cty:RUS): one side, however it is named."""
    if not words:
        return set()
    doc = words[0].doc
    spans = [(w.idx, w.idx + len(w.text)) for w in words]
    ids = {m.actor for m in doc._.mentions or () if m.actor and any(m.start < e and s < m.end for s, e in spans)}
    rows = {a.id: a for a in doc._.actors or ()}
    sides = set(ids)
    for i in ids:
        row = rows.get(i)
        if row is not None and row.country:
            sides.add(f"cty:{row.country}")
        if row is not None and row.affiliation:
            sides.add(row.affiliation)
    return sides


def _other(words: list[Token], speaker: Token | None) -> bool:
    """Do the words before a dispute verb name a party other than the speaker ("a claim Kyiv denied";
    not "a claim Moscow denied" after "Russia said")? Actor ids decide where both are known; words otherwise."""
    names = [t for t in words if t.pos_ in ("PROPN", "NOUN") or t.ent_type_]
    if not names or any(t.pos_ == "PRON" for t in words):
        return False  # "a claim it denied": whose denial is unclear
    cut = min(t.i for t in words)  # not the aside the parser hung on the speaker ("The Houthis ..., a claim")
    own_words = [t for t in speaker.subtree if not t.i >= cut > speaker.i] if speaker is not None else []
    theirs, ours = _sides(names), _sides(own_words)
    if theirs and ours:
        return not theirs & ours
    own = {t.lower_ for t in own_words}
    return not any(t.lower_ in own or t.lower_.rstrip("s") in own for t in names)


def _aside(words: list[Token]) -> tuple[str, list[Token]] | None:
    """The reading of the words after a reported act's comma: a dispute ("a claim Kyiv denied",
    "which Ukraine disputes") -> ("denied", the disputer's words); a claim nobody could check
    ("a claim that could not be independently verified") -> ("hypothetical", [])."""
    k = 0
    if k < len(words) and words[k].lower_ in ("a", "an", "the", "this", "that"):
        k += 1
    if k < len(words) and words[k].lower_ in _UNVERIFIED:
        k += 1
    claim = k < len(words) and _lemma(words[k]) in _SAID_NOUNS and words[k].pos_ == "NOUN"
    if not claim and not (k == 0 and words and words[0].lower_ == "which" and not _noun_before(words[0])):
        return None
    rest = words[k + 1:] if claim else words[1:]
    if any(w.lower_ in _UNVERIFIED for w in words[:k + 1]):
        return "hypothetical", []  # ", an unverified claim"
    negated = any(w.dep_ == "neg" or w.lower_ in ("not", "n't", "never", "impossible", "unable") for w in rest)
    for i, w in enumerate(rest):
        if _lemma(w) in _VERIFY and negated:
            return "hypothetical", []  # "a claim that could not be independently verified"
        if _lemma(w) in DISPUTE or w.lower_ in ("denies", "disputes", "rejects"):
            after = rest[i + 1:]
            subject = [t for t in rest[:i] if t.lower_ not in ("which", "that")
                       and t.dep_ not in ("aux", "auxpass", "advmod")]
            if not subject and after and after[0].lower_ == "by":  # "a claim rejected by Kyiv"
                subject, after = after[1:], []
            elif not subject:  # "a claim denied on Telegram by Ukrainian officials"
                by = next((k for k, t in enumerate(after) if t.lower_ == "by" and t.dep_ == "agent"), None)
                subject = [t for t in after[by + 1:] if not t.is_punct] if by is not None else []
            if negated or after and not (after[0].is_punct or after[0].dep_ in ("prep", "advmod", "npadvmod")):
                return None  # "a claim Kyiv did not deny", "which Hamas denies was a base"; not "denied on Monday"
            return "denied", subject
    return None


def _noun_before(which: Token) -> bool:
    """Does ", which" follow a noun in a phrase of its own ("killed three militants in Kashmir, which
    Pakistan disputes"; not "had taken the town of Kurakhove, which Ukraine disputes")? Then the
    relative is about that noun, not the act."""
    before = which.doc[which.i - 2] if which.i >= 2 else None
    if before is None or before.pos_ not in ("NOUN", "PROPN"):
        return False
    t = before
    for _ in range(8):
        if t.dep_ == "prep" and t.lower_ != "of" or t.head.i == t.i:
            return True
        if t.pos_ in ("VERB", "AUX"):
            return False
        t = t.head
    return True


#: acts whose happening is itself the claim ("said it captured the village, a claim Kyiv denied");
#: a strike or killing is disputed by its target for what was hit ("struck militants in the school,
#: a claim Hamas denied"): the strike still happened
_CLAIMED = frozenset({"capture", "seize", "take", "retake", "recapture", "liberate", "occupy", "overrun", "down",
                      "sink", "repel", "repulse", "intercept", "rebuff", "agree", "accept", "sign", "release", "free",
                      "withdraw", "retreat", "travel", "visit", "meet", "fly"})
_QUANTITIES = frozenset({"dozens", "hundreds", "thousands", "scores", "tens", "many", "several"})


def _claimed(token: Token) -> bool:
    lemma = _lemma(token)
    return lemma in _CLAIMED or lemma == "shoot" and any(c.dep_ == "prt" and c.lower_ == "down" for c in token.children)


#: acts whose count is of victims: a dispute of "killed 40 people" is of the toll, not of "shot down 12 drones"
_VICTIMS = frozenset({"kill", "wound", "injure", "die", "displace", "murder", "massacre", "slaughter", "detain",
                      "arrest", "abduct", "kidnap", "execute", "starve"})


def _toll(token: Token) -> bool:
    """Does the act carry a count of its victims ("killed 40 people", "dozens were killed")? A dispute
    then is of the toll."""
    if _lemma(token) not in _VICTIMS:
        return False
    for c in token.children:
        if c.dep_ in ("dobj", "nsubjpass") and (c.lower_ in _QUANTITIES or any(
                g.dep_ == "nummod" or g.lower_ in _QUANTITIES for g in c.subtree if g.i < c.i)):
            return True
    return False


def _agent(token: Token) -> list[Token]:
    """The doer of a verb act: its subject, or its passive "by" phrase."""
    for c in token.children:
        if c.dep_ == "nsubj":
            return list(c.subtree)
        if c.dep_ == "agent":
            return [t for t in c.subtree if t.i != c.i]
    return []


def _judged(token: Token, found: tuple[str, list[Token]], speaker: Token | None) -> str | None:
    """The status a dispute gives the act: denied when its happening is the claim and another party
    disputes it, or when its own doer denies it ("Russian missiles hit a hospital, a charge Moscow
    denied"); None for a strike disputed by its target or for a disputed toll."""
    status, subject = found
    if status != "denied":
        return status
    if _toll(token):
        return None  # "killed 40 people in Rafah, a claim Israel disputes": the toll is disputed
    if _claimed(token):  # "a claim denied on Telegram": whoever denies, it is not the claimant
        return "denied" if not subject or _other(subject, speaker) else None
    doer = _sides(_agent(token))
    return "denied" if doer and doer & _sides(subject) and _other(subject, speaker) else None


def _next_sentence(token: Token) -> list[Token]:
    """The sentence after the act's, within its paragraph."""
    doc, end = token.doc, token.sent.end
    if end >= len(doc) or "\n\n" in text_of(doc)[doc[end - 1].idx: doc[end].idx]:
        return []
    return list(doc[end].sent)


def _first_comma(token: Token, told: Token, lex: Lexicon) -> Token | None:
    """The comma that closes the reported clause: after the "..., Russia said" aside when the act
    comes first; none when another clause ("and / while / but Ukraine said ...") comes between."""
    start = told.i + 1 if told.i > token.i else token.i + 1
    for t in token.doc[start: token.sent.end]:
        if t.text == ",":
            return t
        if t.dep_ in ("cc", "mark") and t.head.pos_ in ("VERB", "AUX") and t.head.i != token.i and not (
                t.dep_ == "mark" and t.head.dep_ == "advcl" and token.is_ancestor(t.head)) or (
                t.i != told.i and t.pos_ in ("VERB", "AUX") and _lemma(t) in lex.speech_verbs):
            return None  # not "captured the village as its troops pushed west, a claim ...": the act's own adverbial
    return None


def disputed(token: Token, lex: Lexicon) -> str | None:
    """The status of a reported act another party disputes or nobody could check: "Russia said its
    troops captured the village, a claim Kyiv denied" / "..., which Kyiv disputes" / "... . Kyiv
    rejected the claim." -> ``denied``, as "Kyiv denied that Russian troops had captured the village"
    is (the act is said not to have happened, by a party to it); "..., a claim that could not be
    independently verified" / "... . The claim could not be verified." -> ``hypothetical``, as
    "could not verify that ..." is (``withheld``). Only the comma right after the reported clause is
    read. A claim the speaker's own side makes or one confirmed ("a claim Kyiv confirmed") leaves the
    act as told, and so does a strike disputed by its target or a disputed toll (``_judged``). None
    when the act is not told or not disputed."""
    told = teller(token, lex)
    if told is None or _lemma(token) in _VICTIMS and any(
            c.dep_ == "nsubjpass" and any(g.dep_ == "nummod" for g in c.children) for c in token.children):
        return None  # "said 20 people were killed, which Israel disputes": the toll is disputed
    speaker = told[1]
    comma = _first_comma(token, told[0], lex)
    if comma is not None:
        sent_end = token.sent.end
        found = _aside([w for w in token.doc[comma.i + 1: min(comma.i + 12, sent_end)]
                        if not (w.is_punct and w.i > comma.i + 1)])
        if found is not None:
            return _judged(token, found, speaker)
    found = _rebutted(_next_sentence(token))
    return _judged(token, found, speaker) if found is not None else None


def _rebutted(sentence: list[Token]) -> tuple[str, list[Token]] | None:
    """A next sentence that disputes or cannot check what the last one told: "Kyiv rejected the
    claim." -> "denied"; "The claim could not be independently verified." / "Reuters could not
    verify the report." -> "hypothetical". A claim with its own content ("the claim that it had lost
    500 soldiers", "the report of a ceasefire") is another claim."""
    root = next((t for t in sentence if t.dep_ == "ROOT"), None)
    if root is None:
        return None
    if any(c.dep_ == "acomp" and c.lower_ in ("unable", "powerless") for c in root.children):
        root = next((x for c in root.children for x in c.children if x.dep_ == "xcomp" and _lemma(x) in _VERIFY),
                    root)  # "Reuters was unable to verify the claim"
        unable = True
    else:
        unable = False
    said = [c for c in root.children if c.dep_ in ("dobj", "nsubjpass") and (
        _lemma(c) in _SAID_NOUNS and any(d.lower_ in ("the", "this", "that", "these", "those", "such") or d.dep_ == "poss"
                                         for d in c.children) or c.lower_ == "this")]
    if not said or any(d.dep_ in ("acl", "ccomp") or d.dep_ == "prep" and d.lower_ in ("of", "about", "on", "that")
                       for d in said[0].children):
        return None
    if _lemma(root) in _VERIFY and (_negated(root) or unable):
        return "hypothetical", []
    if _lemma(root) in DISPUTE and not _negated(root) and said[0].dep_ == "dobj":
        return "denied", [t for c in root.children if c.dep_ == "nsubj" for t in c.subtree]
    if _lemma(root) in DISPUTE and not _negated(root):  # "The claim was denied by the army."
        return "denied", [t for c in root.children if c.dep_ == "agent" for t in c.subtree if t.i != c.i]
    return None


__all__ = ["DISPUTE", "disputed", "teller"]
