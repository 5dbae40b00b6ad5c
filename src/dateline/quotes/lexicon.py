"""The cue lexicon (``dateline/data/quotes/cues.json``), read once per process."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources

from spacy.tokens import Token

CLASSES = ("speech", "directive", "accusation", "evaluation", "cognition", "evidence", "stance")


@dataclass(frozen=True)
class Lexicon:
    """Cue lemmas by class, the particles that belong to a cue, media and setting heads, verbs of
    manner that frame a quote but report nothing without one, and headline kickers (no speaker)."""

    classes: dict[str, frozenset[str]]
    particles: dict[str, frozenset[str]]
    needs_particle: frozenset[str]
    source_prepositions: tuple[str, ...]
    media: frozenset[str]
    settings: frozenset[str]
    lemma_fixes: dict[str, str]
    clause_only: frozenset[str] = frozenset()
    needs_object: frozenset[str] = frozenset()  # report only with an object, a clause or a particle
    nouns: frozenset[str] = frozenset()
    attitudes: frozenset[str] = frozenset()
    frames: frozenset[str] = frozenset()  # verbs that frame a quote only ('X boomed, “...”')
    kickers: frozenset[str] = frozenset()  # headline kickers before a colon ('Exclusive:'), lower case
    issuers: frozenset[str] = frozenset()  # bare 'the statement', 'the ministry' taken up as speaker
    bodies: frozenset[str] = frozenset()  # collective nouns of bodies ('junta', 'army')
    acts: frozenset[str] = frozenset()  # cues that report only with a 'that' clause or a quote
    broadcasts: frozenset[str] = frozenset()  # forms that are a medium ('in a video')
    broadcast_modifiers: frozenset[str] = frozenset()  # ('in a video message', 'in a televised address')

    def lemma(self, tok: Token) -> str:
        """The token's lemma, lower-cased, with this lexicon's spellings ('lambaste' -> 'lambast'; the
        lemmatizer's slips are mended at load, ``dateline.nlp.lemmas``)."""
        return self.spelling(tok.lemma_)

    def spelling(self, lemma: str) -> str:
        """A lemma lower-cased, in this lexicon's spelling."""
        lemma = lemma.lower()
        return self.lemma_fixes.get(lemma, lemma)

    @cached_property
    def cues(self) -> frozenset[str]:
        """Every cue lemma, whatever its class (the union is built once per lexicon)."""
        out: set[str] = set()
        for lemmas in self.classes.values():
            out |= lemmas
        return frozenset(out)


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> Lexicon:
    """The packaged lexicon, or one read from ``path`` (same JSON shape)."""
    if path is None:
        raw = resources.files("dateline").joinpath("data/quotes/cues.json").read_text("utf-8")
    else:
        with open(path, encoding="utf-8") as fh:
            raw = fh.read()
    data = json.loads(raw)
    return Lexicon(
        classes={c: frozenset(data.get(c, [])) for c in CLASSES},
        particles={k: frozenset(v) for k, v in data.get("particles", {}).items()},
        needs_particle=frozenset(data.get("needs_particle", [])),
        source_prepositions=tuple(data.get("source_prepositions", [])),
        media=frozenset(data.get("media", [])),
        settings=frozenset(data.get("settings", [])),
        lemma_fixes=dict(data.get("lemma_fixes", {})),
        clause_only=frozenset(data.get("clause_only", [])),
        needs_object=frozenset(data.get("needs_object", [])),
        nouns=frozenset(data.get("nouns", [])),
        attitudes=frozenset(data.get("attitudes", [])),
        frames=frozenset(data.get("frames", [])),
        kickers=frozenset(k.lower() for k in data.get("kickers", [])),
        issuers=frozenset(data.get("issuers", [])),
        bodies=frozenset(data.get("bodies", [])),
        acts=frozenset(data.get("acts", [])),
        broadcasts=frozenset(data.get("broadcasts", [])),
        broadcast_modifiers=frozenset(data.get("broadcast_modifiers", [])),
    )


__all__ = ["CLASSES", "Lexicon", "load_lexicon"]
