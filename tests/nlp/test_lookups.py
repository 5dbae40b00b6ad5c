"""The model's lemmatizer lookups, read once and shared by the stages that check words against them."""

from __future__ import annotations

from dateline.nlp.lemmas import lookup_table, wordnet_words


def test_wordnet_words_by_part_of_speech() -> None:
    nouns, verbs = wordnet_words("noun"), wordnet_words("verb")
    assert "dictator" in nouns and "dictator" not in verbs
    assert "negotiate" in verbs and "negotiate" not in nouns
    assert wordnet_words("noun", "verb") == nouns | verbs
    assert "netanyahu" not in wordnet_words("noun", "verb", "adj", "adv")


def test_irregular_forms_and_a_missing_table() -> None:
    assert lookup_table("lemma_exc").get("verb", {}).get("shot") == ["shoot"]
    assert lookup_table("no_such_table") == {}
