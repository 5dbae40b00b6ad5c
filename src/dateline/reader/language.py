"""The language of an article's body, offline: the share of its words that are each language's
function words (spaCy's stop-word lists, no model), and the script for Chinese, Japanese, Korean.

English news runs at 30-55% English function words, also with foreign names, a quoted Spanish
sentence or a table of results; Indonesian or Portuguese prose at under 6%. A text is read as
another language only when that language's function words are clearly more frequent and many
different ones (``OTHER_DISTINCT``); a short text (under ``MIN_WORDS`` words) or one that no
list explains (a table of names and figures, whose "42 min" or "de la" repeat one or two) is
left undecided. Quoted speech is the speaker's language, not the article's: a short English
lead before two long French quotes is English. The words outside quotation marks can make a text
English, never foreign (outside an English report of quotes may stand little but names: "said
Marie de la Tour, of Saint-Jean-de-Luz"); any other language is the whole text's decision.

An undecided text is no language, not English: a page that is only a table of names and figures
(a results table, a list of candidates and votes) has ``language`` None, or the page's declared
one, and is not ``foreign``: the English stages run on it, since names, figures and dates are
what they read in any language, and text only is for prose they would misread.

The body is identified once per process: the reader decides it, and the pipeline's text-only
check, the ingest count and the API's and CLI's ``foreign`` find that decision in
``identify``'s memory of its last ``REMEMBERED`` texts (a record read back from the store is
identified again). ``CleanArticle.language`` cannot stand for it: it is the page's
declaration where the body is undecided.
"""

from __future__ import annotations

import importlib.util
import re
import runpy
from functools import cache, lru_cache
from pathlib import Path

#: languages told apart by their function words (Malay shares spaCy's Indonesian list: "id")
LANGUAGES = ("en", "id", "pt", "es", "fr", "de", "it", "nl", "tr", "ro", "ca", "sv", "da", "nb",
             "pl", "cs", "fi", "hu", "tl", "ru", "uk", "bg", "el", "ar", "fa", "he", "hi")

NAMES = {"en": "English", "id": "Indonesian", "pt": "Portuguese", "es": "Spanish", "fr": "French",
         "de": "German", "it": "Italian", "nl": "Dutch", "tr": "Turkish", "ro": "Romanian",
         "ca": "Catalan", "sv": "Swedish", "da": "Danish", "nb": "Norwegian", "pl": "Polish",
         "cs": "Czech", "fi": "Finnish", "hu": "Hungarian", "tl": "Tagalog", "ru": "Russian",
         "uk": "Ukrainian", "bg": "Bulgarian", "el": "Greek", "ar": "Arabic", "fa": "Persian",
         "he": "Hebrew", "hi": "Hindi", "zh": "Chinese", "ja": "Japanese", "ko": "Korean"}

SAMPLE_CHARS = 20_000  # the text's start is enough to tell
#: texts whose decision ``identify`` remembers: more than a pipeline and an ingest batch hold
#: between the reader's decision and the last look at the same body
REMEMBERED = 1024
MIN_WORDS = 25  # fewer words than this: no decision from the text
ENGLISH_SHARE = 0.15  # this share of English function words or more: English
OTHER_SHARE = 0.10  # another language needs at least this share, and twice English's
#: and this many different function words of its own: prose uses many (25 words of Portuguese,
#: Spanish or Indonesian have 8-14), a table repeats a few ("42 min" is Swedish 'min', names
#: "van", "de", "la" Spanish ones)
OTHER_DISTINCT = 6

_WORD = re.compile(r"[^\W\d_]+")
#: a quoted span within one paragraph: “…”, „…“, «…», »…«, "…" (not single quotes: apostrophes;
#: no straight quote right after a letter or digit opens one: the inch mark of 6'2")
_QUOTED = re.compile(r'“[^“”\n]*”|„[^„“”\n]*[“”]|«[^«»\n]*»|»[^«»\n]*«|(?<!\w)"[^"\n]*"')
_HAN = re.compile(r"[\u4e00-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_EAST_ASIAN = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")


@cache
def _stop_words(code: str) -> frozenset[str]:
    """spaCy's stop words of ``code``, read from its file alone: importing ``spacy.lang.<code>``
    loads the whole language (tokenizer rules, lemmatizer: seconds for all of them)."""
    spec = importlib.util.find_spec("spacy")
    assert spec is not None and spec.submodule_search_locations
    path = Path(spec.submodule_search_locations[0]) / "lang" / code / "stop_words.py"
    return frozenset(runpy.run_path(str(path))["STOP_WORDS"])


@cache
def _languages_of_word() -> dict[str, tuple[str, ...]]:
    """Each function word -> the languages whose list has it."""
    found: dict[str, list[str]] = {}
    for code in LANGUAGES:
        for word in _stop_words(code):
            found.setdefault(word, []).append(code)
    return {word: tuple(codes) for word, codes in found.items()}


def shares(text: str) -> tuple[int, dict[str, float]]:
    """The number of words in ``text`` and, for each language, the share of them that are its
    function words."""
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return 0, {}
    counts = dict.fromkeys(LANGUAGES, 0)
    languages = _languages_of_word()
    for word in words:
        for code in languages.get(word, ()):
            counts[code] += 1
    return len(words), {code: n / len(words) for code, n in counts.items()}


def identify(text: str) -> str | None:
    """ISO 639-1 code of the language of ``text``, or None when it is too short or unclear."""
    return _identify_sample(text[:SAMPLE_CHARS])


@lru_cache(maxsize=REMEMBERED)
def _identify_sample(text: str) -> str | None:
    """``identify`` of the text's start, remembered (a body no longer than the sample is its
    own key: the memory holds no copy of it)."""
    outside = _QUOTED.sub(" ", text)
    if outside != text and _decide(outside) == "en":
        return "en"
    return _decide(text)


def _decide(text: str) -> str | None:
    """``identify`` of a text sample, quotes and all."""
    words = list(map(str.lower, _WORD.findall(text)))
    english = sum(map(_stop_words("en").__contains__, words)) / len(words) if words else 0.0
    if len(words) >= MIN_WORDS and english >= ENGLISH_SHARE:  # the common case, decided at once
        return "en"
    east = _east_asian(text)
    if east:
        return east
    if len(words) < MIN_WORDS:
        return None
    found = shares(text)[1]
    best = max((code for code in found if code != "en"), key=found.__getitem__)
    if (found[best] >= OTHER_SHARE and found[best] >= 2 * found["en"]
            and _distinct(words, best) >= OTHER_DISTINCT):
        return best
    return None


def _distinct(words: list[str], code: str) -> int:
    """How many different function words of ``code`` are among ``words``."""
    languages = _languages_of_word()
    return len({w for w in set(words) if code in languages.get(w, ())})


def _east_asian(text: str) -> str | None:
    """Chinese, Japanese or Korean by script: most letters Han, kana or Hangul (no spaces
    between words, so function words cannot be counted)."""
    if not _EAST_ASIAN.search(text):  # the common case: not one such letter
        return None
    letters = sum(map(str.isalpha, text))
    han, kana, hangul = (len(p.findall(text)) for p in (_HAN, _KANA, _HANGUL))
    if not letters or han + kana + hangul < letters / 2:
        return None
    if hangul >= han + kana:
        return "ko"
    return "ja" if kana >= letters / 10 else "zh"


def foreign(text: str) -> bool:
    """Whether ``text`` is told to be in another language than English, which dateline's
    stages read only; text too short or unclear to tell is not foreign."""
    return identify(text) not in (None, "en")


def language_of(text: str, declared: str | None) -> str | None:
    """The record's language: the text's when identified (it wins over a page that declares
    another), else the page's own declaration."""
    return identify(text) or declared


def name_of(code: str) -> str:
    """'id' -> 'Indonesian'; an unknown code as it is."""
    return NAMES.get(code, code)
