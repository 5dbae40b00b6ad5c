"""A definite role noun as a subject: "The general said", "the minister told reporters", "the envoy
said" -> the one person named earlier in the article with that role (from a dictionary role, a
descriptor such as "Army General" or "Gen.", or an apposition). Nothing when several people carry
the role, or an unnamed one was given it since ("a general", "a Hamas official")."""

from __future__ import annotations

from bisect import insort

from spacy.attrs import LOWER
from spacy.tokens import Token

from dateline.actors.lexicon import ABBREVIATIONS
from dateline.actors.roles import holds_title, latest_holder, role_words, unnamed_since
from dateline.actors.state import ArticleState, tokens_where

#: words before "general" that make another office ("attorney general", "secretary-general")
_NOT_GENERAL = frozenset({"attorney", "solicitor", "secretary", "director", "surgeon", "inspector", "governor",
                          "consul", "auditor", "postmaster", "procurator", "-"})
_SUBJECT = frozenset({"nsubj", "nsubjpass"})


def resolve_role_nouns(state: ArticleState) -> None:
    """Mentions of 'the <role noun>' subjects that one earlier person's role names."""
    nouns = state.lexicon.role_nouns
    if not nouns:
        return
    people = _People(state)
    for tok in tokens_where(state.doc, LOWER, nouns):
        if tok.dep_ not in _SUBJECT or tok.tag_ != "NN" or state.covered(tok.i) or _complemented(tok):
            continue
        start = _definite_start(state, tok)
        if start is None:
            continue
        actor = people.sole_holder(tok)
        if actor is not None:
            state.add(start, tok.i + 1, actor, "role")
            people.named(actor, start)


def _complemented(tok: Token) -> bool:
    """'The president of the European Commission', 'the commander of a neighbouring unit': the
    noun's complement makes it another office, not a back-reference."""
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.lower_ in ("of", "for", "at") or any(c.dep_ == "prep" for c in tok.children)


def _definite_start(state: ArticleState, tok: Token) -> int | None:
    """The token after "the" of 'the (top) general'; None when the noun is not definite or a
    word before it is not a role word (not "the attorney general", "the Hamas official")."""
    doc, lex = state.doc, state.lexicon
    i = tok.i - 1
    while i >= 0 and doc[i].is_lower and (doc[i].lower_ in lex.non_role_words or doc[i].lower_ in ("army", "military")):
        i -= 1
    if i < 0 or doc[i].lower_ != "the" or (tok.lower_ == "general" and doc[tok.i - 1].lower_ in _NOT_GENERAL):
        return None
    return i + 1


def _role_words(texts: list[str]) -> set[str]:
    """Lower-case role words a person holds as the office itself, from its roles and descriptors
    ("Gen. Herzi Halevi" -> general); not another office's ("Attorney General", "Vice President",
    "Prime Minister" for "minister") nor a past one's ("former minister")."""
    words: set[str] = set()
    for text in texts:
        low = [ABBREVIATIONS.get(w, w) for w in role_words(text)]
        for k, w in enumerate(low):
            if w == "general" and k > 0 and low[k - 1] in _NOT_GENERAL:
                continue
            if holds_title(low[:k + 1], [w]):
                words.add(w)
    return words


def _abbreviation_before(state: ArticleState, start: int) -> str | None:
    """The title of an abbreviation right before a name ("Col." or "Col" "." -> colonel), or None."""
    doc = state.doc
    k = start - 1
    if k > 0 and doc[k].text == ".":
        k -= 1
    if k < 0 or not doc[k].text[:1].isupper():
        return None
    return ABBREVIATIONS.get(doc[k].lower_.rstrip("."))


class _People:
    """The article's persons in order of mention, with their role words, computed once per article
    and kept up to date as role mentions are added."""

    def __init__(self, state: ArticleState) -> None:
        self.state = state
        texts: dict[str, list[str]] = {}
        self.mentions: list[tuple[int, int, str]] = []
        for f in sorted(state.found, key=lambda f: f.start):
            info = state.actors.get(f.actor)
            if f.kind == "pronoun" or info is None or info.type != "person":
                continue
            self.mentions.append((f.start, f.end, f.actor))
            if f.actor not in texts:
                texts[f.actor] = list(info.roles)
            if f.kind in ("descriptor", "role"):
                texts[f.actor].append(state.doc[f.start:f.end].text)
            title = _abbreviation_before(state, f.start)
            if title is not None:
                texts[f.actor].append(title)  # "Col. Olena Kovalenko": the title outside the name
        self.words = {a: _role_words(t) for a, t in texts.items()}

    def named(self, actor: str, start: int) -> None:
        """A role mention was added for ``actor`` at token ``start``."""
        insort(self.mentions, (start, start + 1, actor))

    def sole_holder(self, tok: Token) -> str | None:
        """The person named before ``tok`` whose role words hold the noun (the last-named of
        several when recent, ``roles.latest_holder``); None when the noun was given since to
        someone unnamed."""
        last: dict[str, tuple[int, int]] = {}
        for start, end, person in self.mentions:
            if start >= tok.i:
                break
            if end <= tok.i:
                last[person] = (start, end)
        holders = {a: se[0] for a, se in last.items() if tok.lower_ in self.words.get(a, ())}
        actor = latest_holder(self.state, holders, tok.i)
        if actor is None:
            return None
        return None if unnamed_since(self.state, last[actor][1], tok.i, [tok.lower_]) else actor
