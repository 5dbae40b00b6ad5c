"""Direct questions, read once per doc.

- A yes/no question ("Did Russia attack the plant?", '"Will Israel invade Rafah?" he asked') asks
  whether its act took place: it neither asserts nor denies it, so its acts are ``hypothetical``.
- A wh-question presupposes its act and asks only about a part of it: "When did Israel strike
  the school?" takes the strike as done, "Which army took Rafah?" that Rafah was taken (its taker,
  the questioned part, stays unnamed). Such acts keep the status their clause gives them.
- A negative question in a past or present tense ("Didn't Russia invade Ukraine in 2022?", "Hasn't
  Israel struck the port?") is rhetorical: it asserts its act, so the act happened; the "n't" is the
  question's, not a denial. A modal one ("Won't Russia invade?") stays a yes/no question, and so does
  one of opinion ("Don't you think Russia will attack?"): it asks for agreement, asserting nothing.
- A declarative with a question mark ("Russia attacked the plant?") or a tag question ("...,
  didn't it?") is left alone: no inversion, no wh-word.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.nlp.memo import text_of

#: auxiliaries that open an inverted (yes/no) question
_INVERTING = frozenset({"do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "will", "would",
                        "can", "could", "should", "shall", "may", "might", "must", "wo", "ca", "am"})
#: what may come before a question's first word: quote marks, brackets, "and", "so", "but"
_LEAD = frozenset({"and", "but", "so", "or", "then", "well", "now"})
#: what opens a stretch of text that may be a question of its own
_BREAKS = frozenset({'"', "“", "‘", "'", ":", ";", "?", "!", "(", "[", "—", "--"})


def yes_no_spans(doc: Doc, asserted: set[int] | None = None) -> list[tuple[int, int]]:
    """Token ranges ``[start, end)`` of the doc's direct yes/no questions: from the stretch's
    first word (after a sentence start, an opening quote, a colon or an earlier question) to its
    question mark. Empty, at no cost, when the text has no "?". The verbs that rhetorical negative
    questions assert ("Didn't Russia invade Ukraine?" -> invade) go into ``asserted``."""
    if "?" not in text_of(doc):  # doc.text joins every token on each access
        return []
    out: list[tuple[int, int]] = []
    for mark in (t for t in doc if t.text == "?"):
        start = _stretch_start(mark)
        first = next((t for t in doc[start:mark.i] if not t.is_punct and not t.is_space
                      and t.lower_ not in _LEAD), None)
        if first is None or first.i + 1 >= mark.i:
            continue
        if first.lower_ not in _INVERTING or first.pos_ not in ("AUX", "VERB"):
            continue
        verb = _asserting(first)
        if verb is None:
            out.append((first.i, mark.i + 1))
        elif asserted is not None and verb.i < mark.i:
            asserted.add(verb.i)
    return out


#: inverted auxiliaries whose negative question asserts (no modal: "Won't Russia invade?" asks)
_ASSERTING = frozenset({"do", "does", "did", "is", "are", "was", "were", "has", "have", "had"})


def _asserting(first: Token) -> Token | None:
    """The verb a rhetorical negative question opened by ``first`` asserts: "Did n't Russia invade"."""
    if first.lower_ not in _ASSERTING or first.i + 1 >= len(first.doc):
        return None
    neg = first.nbor(1)
    if neg.lower_ not in ("n't", "not") or neg.dep_ != "neg":
        return None
    verb = neg.head  # not a copula ("Isn't it time Israel stopped the war?") nor "yet" ("Hasn't Hamas agreed yet?")
    if verb.dep_ in ("aux", "auxpass"):
        verb = verb.head  # "Was n't the embassy attacked": the "n't" hangs on the auxiliary
    if verb.lower_ in _OPINION and any(c.dep_ == "ccomp" for c in verb.children):
        return None  # "Don't you think Russia will attack?": asks for agreement, asserts nothing it embeds
    if verb.pos_ != "VERB" or any(c.lower_ in _OPEN or any(g.lower_ == "any" for g in c.children) for c in verb.children):
        return None  # "Didn't anyone condemn the attack?", "Hasn't any country condemned it?": nobody did
    return verb


#: verbs of opinion whose negative question ("Don't you think ...?", "Doesn't he believe ...?") solicits
#: agreement: a yes/no question whose embedded clause is only put forward
_OPINION = frozenset({"think", "believe", "suppose", "expect", "reckon", "feel", "agree", "fear", "worry", "guess",
                      "imagine", "suspect"})

#: words that keep a negative question open (or imply its denial) rather than assert its act
_OPEN = frozenset({"yet", "anyone", "anybody", "anything", "ever"})


def _stretch_start(mark: Token) -> int:
    """The first token of the stretch a question mark closes."""
    sent_start = mark.sent.start
    i = mark.i - 1
    while i >= sent_start and mark.doc[i].text not in _BREAKS:
        i -= 1
    return i + 1


def asked(token: Token, spans: list[tuple[int, int]]) -> bool:
    """Does the token lie in one of the yes/no questions ``spans`` (see ``yes_no_spans``)?"""
    return any(start <= token.i < end for start, end in spans)


__all__ = ["asked", "yes_no_spans"]
