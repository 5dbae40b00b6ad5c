"""The lemmatizer's known slips, mended at their source: word forms the rule lemmatizer of
en_core_web_sm gets wrong ("hoped" -> "hop", "retweeted" -> "retweete") get their lemma from the
model's attribute ruler, which runs before the lemmatizer (a lemma set there is kept), so every
component reads "hope" ("Russia hoped to take Kyiv" is an intention, not a hop) while "hopped"
stays "hop". The list is data: ``data/nlp/lemma_exceptions.json``."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from spacy.language import Language


def exceptions() -> dict[str, str]:
    """Lower-case word forms and the lemma each one takes."""
    path = resources.files("dateline") / "data" / "nlp" / "lemma_exceptions.json"
    forms: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))["forms"]
    return forms


def mend_lemmatizer(nlp: Language) -> None:
    """Give ``exceptions()`` their lemmas in the attribute ruler before the lemmatizer (a model
    without both is left as it is)."""
    names = nlp.pipe_names
    if "attribute_ruler" not in names or "lemmatizer" not in names \
            or names.index("attribute_ruler") > names.index("lemmatizer"):
        return
    ruler = nlp.get_pipe("attribute_ruler")
    for form, lemma in exceptions().items():
        ruler.add(patterns=[[{"LOWER": form}]], attrs={"LEMMA": lemma})  # type: ignore[attr-defined]


__all__ = ["exceptions", "mend_lemmatizer"]


@cache
def _lookups() -> Any:
    """The model's lemmatizer lookups, read once per process; None where the package has none."""
    try:
        from spacy.lookups import Lookups
        from spacy.util import get_package_path

        from dateline.nlp import MODEL

        found = sorted(get_package_path(MODEL).glob("*/lemmatizer/lookups"))
        return Lookups().from_disk(found[0]) if found else None
    except (OSError, ImportError, ValueError):
        return None


def lookup_table(name: str) -> Any:
    """One table of the model's lemmatizer lookups ("lemma_index": WordNet's words by part of
    speech, "lemma_exc": irregular forms by part of speech; ``.get(key)`` hashes the key, as
    spaCy's tables are keyed); an empty dict where it is missing."""
    lookups = _lookups()
    return lookups.get_table(name) if lookups is not None and lookups.has_table(name) else {}


@cache
def wordnet_words(*pos: str) -> frozenset[str]:
    """Lower-case English words of WordNet's index in the model for the parts of speech ``pos``
    ("noun", "verb", "adj", "adv"): the word lists stages check names and quoted words against."""
    index = lookup_table("lemma_index")
    return frozenset(w for part in pos for w in index.get(part, ()))
