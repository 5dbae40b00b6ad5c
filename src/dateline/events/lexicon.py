"""The event lexicon: trigger lemmas and phrases -> PLOVER type and mode, kept as data.

The data lives in ``dateline/data/events/lexicon.json`` (documented in the README beside it);
this module only reads it into a frozen, typed object.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

#: (type, mode); type "_NONE" means "this combination is no event", "_LIGHT" a light verb.
Sense = tuple[str, str | None]


@dataclass(frozen=True)
class Lexicon:
    """Trigger senses and the word lists the extractor's rules read."""

    verbs: dict[str, Sense]
    phrasal: dict[str, Sense]
    light_verbs: frozenset[str]
    verb_object: dict[str, dict[str, Sense]]
    nouns: dict[str, Sense]
    standalone_nouns: frozenset[str]
    noun_modifiers: dict[str, dict[str, Sense]]
    speech_verbs: frozenset[str]
    intent_adjectives: dict[str, str]
    deny_verbs: frozenset[str]
    planned_heads: frozenset[str]
    planned_modifiers: frozenset[str]
    hypothetical_heads: frozenset[str]
    hypothetical_modifiers: frozenset[str]
    ongoing_heads: frozenset[str]
    aspect_verbs: frozenset[str]
    suppressing_types: frozenset[str]
    modal_request: frozenset[str]
    modal_future: frozenset[str]
    conflict_types: frozenset[str]
    requires_object: frozenset[str]
    actor_nouns: frozenset[str]
    place_preps: frozenset[str]
    target_preps: frozenset[str]
    natural_causes: frozenset[str] = frozenset()

    @cached_property
    def known_verbs(self) -> frozenset[str]:
        """Every verb the lexicon reads (plain senses, verb + object, light verbs), built once."""
        return frozenset(self.verbs.keys() | self.verb_object.keys() | self.light_verbs)


def _sense(value: list[Any], where: str) -> Sense:
    if not isinstance(value, list) or len(value) != 2:
        raise ValueError(f"[E601] event lexicon entry {where} must be [TYPE, mode-or-null], got {value!r}")
    type_, mode = value
    if type_ not in PLOVER_TYPES and type_ not in ("_NONE", "_LIGHT"):
        raise ValueError(f"[E602] event lexicon entry {where}: unknown PLOVER type {type_!r}")
    return (str(type_), None if mode is None else str(mode))


def _senses(table: dict[str, Any], where: str) -> dict[str, Sense]:
    return {k: _sense(v, f"{where}.{k}") for k, v in table.items()}


def parse(data: dict[str, Any]) -> Lexicon:
    """A Lexicon from the JSON structure (raises ValueError naming a bad entry)."""
    words = {k: frozenset(data.get(k, ())) for k in (
        "light_verbs", "standalone_nouns", "speech_verbs", "deny_verbs", "planned_heads",
        "planned_modifiers", "hypothetical_heads", "hypothetical_modifiers", "ongoing_heads",
        "aspect_verbs", "suppressing_types", "modal_request", "modal_future", "conflict_types",
        "requires_object", "actor_nouns", "place_preps", "target_preps", "natural_causes")}
    return Lexicon(
        verbs=_senses(data["verbs"], "verbs"),
        phrasal=_senses(data["phrasal"], "phrasal"),
        verb_object={v: _senses(t, f"verb_object.{v}") for v, t in data["verb_object"].items()},
        nouns=_senses(data["nouns"], "nouns"),
        noun_modifiers={n: _senses(t, f"noun_modifiers.{n}") for n, t in data["noun_modifiers"].items()},
        intent_adjectives=dict(data.get("intent_adjectives", {})),
        **words,
    )


def load_lexicon(path: str | Path | None = None) -> Lexicon:
    """The shipped lexicon, or one read from ``path`` (same JSON format)."""
    if path is None:
        return _shipped()
    return parse(json.loads(Path(path).read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def _shipped() -> Lexicon:
    text = resources.files("dateline").joinpath("data/events/lexicon.json").read_text(encoding="utf-8")
    return parse(json.loads(text))


__all__ = ["PLOVER_TYPES", "Lexicon", "Sense", "load_lexicon", "parse"]
