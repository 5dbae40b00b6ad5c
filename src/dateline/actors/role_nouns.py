"""A definite role noun as a subject: "The general said", "the minister told reporters", "the envoy
said" -> the one person named earlier in the article with that role (from a dictionary role, a
descriptor such as "Army General" or "Gen.", or an apposition). Nothing when several people carry
the role, or an unnamed one was given it since ("a general", "a Hamas official")."""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Token

from dateline.actors.roles import unnamed_since
from dateline.actors.state import ArticleState, tokens_where

#: role nouns a bare "the <noun>" takes up (lexicon ``role_nouns``), and abbreviations of titles
ABBREVIATIONS = {"gen": "general", "col": "colonel", "adm": "admiral", "sen": "senator", "gov": "governor",
                 "lt": "lieutenant", "maj": "major", "capt": "captain", "sgt": "sergeant", "cmdr": "commander",
                 "brig": "brigadier", "amb": "ambassador", "rep": "representative", "pres": "president"}
#: words before "general" that make another office ("attorney general", "secretary-general")
_NOT_GENERAL = frozenset({"attorney", "solicitor", "secretary", "director", "surgeon", "inspector", "governor",
                          "consul", "auditor", "postmaster", "procurator", "-"})
_SUBJECT = frozenset({"nsubj", "nsubjpass"})


def resolve_role_nouns(state: ArticleState) -> None:
    """Mentions of 'the <role noun>' subjects that one earlier person's role names."""
    nouns = state.lexicon.role_nouns
    if not nouns:
        return
    for tok in tokens_where(state.doc, LOWER, nouns):
        if tok.dep_ not in _SUBJECT or tok.tag_ != "NN" or state.covered(tok.i):
            continue
        start = _definite_start(state, tok)
        if start is None:
            continue
        actor = _sole_holder(state, tok)
        if actor is not None:
            state.add(start, tok.i + 1, actor, "role")


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


def _role_words(state: ArticleState, actor: str) -> set[str]:
    """Lower-case role words of a person: its roles and the words of its descriptor mentions
    ("Gen. Herzi Halevi" -> general), without those of another office ("Attorney General")."""
    info = state.actors[actor]
    texts = list(info.roles)
    texts += [state.doc[f.start:f.end].text for f in state.found if f.actor == actor and f.kind in ("descriptor", "role")]
    words: set[str] = set()
    for text in texts:
        low = [w.strip(".,").lower() for w in text.replace("-", " - ").split()]
        for k, w in enumerate(low):
            w = ABBREVIATIONS.get(w, w)
            if w == "general" and k > 0 and low[k - 1] in _NOT_GENERAL:
                continue
            words.add(w)
    return words


def _sole_holder(state: ArticleState, tok: Token) -> str | None:
    """The one person named before ``tok`` whose role words hold the noun; None for none or several,
    or when the noun was given since to someone unnamed."""
    people = {f.actor: f.end for f in sorted(state.found, key=lambda f: f.start)
              if f.end <= tok.i and f.kind != "pronoun" and f.actor in state.actors
              and state.actors[f.actor].type == "person"}
    holders = [a for a in people if tok.lower_ in _role_words(state, a)]
    if len(holders) != 1:
        return None
    return None if unnamed_since(state, people[holders[0]], tok.i, [tok.lower_]) else holders[0]
