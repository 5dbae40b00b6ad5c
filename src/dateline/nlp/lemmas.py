"""The lemmatizer's known slips, mended at their source: word forms the rule lemmatizer of
en_core_web_sm gets wrong ("hoped" -> "hop", "retweeted" -> "retweete") get their lemma from the
model's attribute ruler, which runs before the lemmatizer (a lemma set there is kept), so every
component reads "hope" ("Russia hoped to take Kyiv" is an intention, not a hop) while "hopped"
stays "hop". The list is data: ``data/nlp/lemma_exceptions.json``."""

from __future__ import annotations

import json
from importlib import resources

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
