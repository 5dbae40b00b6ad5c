"""Single-byte Latin text without a declared charset: windows-1252 (Western European) or
windows-1250 / ISO-8859-2 (Central European), decided by which reading gives plausible words.

The three share ASCII and many accented letters (á é í ó ú ä ö ü ç ß); where they differ, each
byte is a letter of one family in one reading and another letter or a symbol in the other:
0xF8 is Danish "ø" or Czech "ř", 0xE8 French "è" or Czech "č", 0xB3 "³" or Polish "ł". So a
reading is judged by its words: a symbol between letters ("Za¿ó³æ"), a capital after a small
letter ("jaŸñ", "Å¾"), a word whose accented letters no single language of the family writes
("Pøíliš": Danish ø, Czech š), letters where their languages never put them ("pøiletìl": ì
inside a word; "Gdañsk": ñ before a consonant; "catalŕ"), and the accented letters that the
text's best-fitting language does not write (Czech read as windows-1252 needs French è,
Italian ì and Danish ø at once).
windows-1252 is kept unless a Central European reading is strictly better: for text both
families can write ("São Paulo" is Romanian "Săo" in windows-1250), it is the web's default.

The alphabets below are the accented letters of each language's standard orthography; the
rules on positions are facts of those orthographies (Spanish ñ stands before a vowel, Polish ń
never does), not figures fitted to any corpus.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Family:
    """The languages one code page family writes: each one's accented (non-ASCII) lower-case
    letters, and where in a word some of those letters never stand."""

    alphabets: dict[str, str]
    final_only: str = ""  # only as a word's last letter (Italian "più", "però"; French "où")
    not_opening: str = ""  # never the first letter of a longer word (Czech ě ň ů, Icelandic ð)
    not_closing: str = ""  # never the last letter of a longer word (Slovak ŕ ĺ)
    before_vowel: str = ""  # only before a vowel (Spanish ñ)
    not_before_vowel: str = ""  # never before a vowel (Polish ń)
    alone: str = ""  # the accented one-letter words (French "à", Italian "è")


WESTERN = Family(  # windows-1252
    {"french": "àâæçéèêëîïôœùûüÿ", "german": "äöüß", "spanish": "áéíñóúü",
     "portuguese": "ãáâàçéêíóõôú", "italian": "àèéìíîòóù", "catalan": "àçèéíïòóú",
     "dutch": "áéèëíïóöúü", "swedish": "åäöé", "finnish": "åäöšž", "estonian": "äöõüšž",
     "danish_norwegian": "æøåé", "icelandic": "áðéíóúýþæö", "irish": "áéíóú"},
    final_only="ìù", not_opening="èð", before_vowel="ñ", alone="àèéóáºª")
CENTRAL = Family(  # windows-1250 and ISO-8859-2 (Romanian with the cedilla letters both have)
    {"czech": "áčďéěíňóřšťúůýž", "slovak": "áäčďéíĺľňóôŕšťúýž", "polish": "ąćęłńóśźż",
     "hungarian": "áéíóöőúüű", "croatian_serbian_bosnian": "čćđšž", "slovene": "čšžćđ",
     "romanian": "ăâîşţ", "albanian": "çë", "german": "äöüß"},
    not_opening="ěňůŕĺ", not_closing="ŕĺ", not_before_vowel="ń", alone="ő")

#: non-letters that do sit between letters: apostrophes, the Catalan middle dot, a soft hyphen
#: (and all of U+2000-U+21FF: dashes, quotes, "…", "€", "™", the same in every reading)
JOINERS = set("´·\u00ad")
#: symbols that never open a word: "³", "¾", "±", "ˇ", "©" before a letter are another
#: code page's letters ("©»astný" is ISO-8859-2 "Šťastný"); "°C" is a unit
SYMBOL_CATEGORIES = {"Sm", "Sc", "Sk", "So", "No"}
WORD = re.compile(r"\S+")
VOWELS = set("aeiouyáéíóúýàèìòùâêîôûäëïöüãõåæøœąęěůőű")
SAMPLE = 100_000  # characters judged: more says nothing new
_C1 = re.compile("[\x80-\x9f]")
FAULT = 3  # one implausible word weighs as much as three letters foreign to the text's language


@dataclass(frozen=True)
class Reading:
    """One decoding of the bytes and how implausible its words are (lower is better)."""

    encoding: str
    text: str
    faults: int  # symbols inside words, capitals after small letters, words no language writes
    strays: int  # accented letters the text's best-fitting language does not write, or not there
    words: int  # words with a non-ASCII character

    @property
    def cost(self) -> int:
        return FAULT * self.faults + self.strays

    @property
    def plausible(self) -> bool:
        """At most one word in five is faulty."""
        return 5 * self.faults <= self.words


def read_latin(data: bytes) -> str | None:
    """The text in whichever of windows-1252, windows-1250 and ISO-8859-2 reads as the most
    plausible Latin-script text, windows-1252 on a tie; None when none is Latin text (another
    script: left to detection), or when only a Central European reading is and it is not
    plausible (another encoding)."""
    readings = [r for r in (_reading(data, name) for name in ("cp1252", "cp1250", "iso-8859-2"))
                if r is not None]
    if not readings:
        return None
    western = next((r for r in readings if r.encoding == "cp1252"), None)
    central = min((r for r in readings if r.encoding != "cp1252"), key=lambda r: r.cost, default=None)
    if central is not None and (western is None or central.cost < western.cost):
        # an implausible one is still better than windows-1252, but not than detection
        return central.text if central.plausible or western is not None else None
    return western.text if western is not None else None  # as written, even mojibake


def _reading(data: bytes, encoding: str) -> Reading | None:
    """``data`` decoded in ``encoding`` and judged; None when invalid there or not Latin text."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:  # windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90, 0x9D unassigned
        return None
    sample = text[:SAMPLE]
    if _C1.search(text) or not _latin(sample):  # C1 controls: ISO-8859-2 of windows-125x text
        return None
    family = WESTERN if encoding == "cp1252" else CENTRAL
    alphabets = [set(alphabet) for alphabet in family.alphabets.values()]
    faults = words = misplaced = 0
    accented: dict[str, int] = {}
    for match in WORD.finditer(sample):
        word = match.group()
        if word.isascii():
            continue
        words += 1
        letters = [ch for ch in word.lower() if ch.isalpha() and not ch.isascii()]
        for ch in letters:
            accented[ch] = accented.get(ch, 0) + 1
        faults += _symbols_inside(word) + _capitals_inside(word)
        if letters and not any(set(letters) <= alphabet for alphabet in alphabets):
            faults += 1
        misplaced += _misplaced(word.lower(), family)
    strays = min(sum(n for ch, n in accented.items() if ch not in alphabet) for alphabet in alphabets)
    return Reading(encoding, text, faults, strays + misplaced, words)


def _misplaced(word: str, family: Family) -> int:
    """Accented letters where the family's languages never write them: "pøiletìl" (ì inside a
    word), "Ðakovu" (a word opening with ð), "Gdañsk" (ñ before a consonant), "ŕ" alone or
    "catalŕ" (French "à", Catalan "català" in windows-1250); "¿e" ("że" in windows-1252)."""
    count = sum(1 for mark, after in zip(word, word[1:], strict=False)
                if mark in "¿¡" and after.isalpha() and after.islower())
    for part in "".join(ch if ch.isalpha() else " " for ch in word).split():
        if len(part) == 1:
            count += not part.isascii() and part not in family.alone
            continue
        count += (part[0] in family.not_opening) + (part[-1] in family.not_closing)
        count += sum(1 for ch in part[:-1] if ch in family.final_only)
        for ch, after in zip(part, part[1:] + " ", strict=False):
            vowel = after in VOWELS
            count += (ch in family.before_vowel and not vowel) + (ch in family.not_before_vowel and vowel)
    return count


def _latin(text: str) -> bool:
    """Text in the Latin script: non-ASCII letters at most 70% of the letters (Polish "Zażółć
    gęślą jaźń" has 60%), and runs of four or more of them in at most one word in ten (one
    in any text: "żółć"). Cyrillic or Greek read in a Latin code page is words of accented
    letters ("Ěîńęâŕ", "Ìîñêâà" for Москва)."""
    letters = [ch for ch in text if ch.isalpha()]
    foreign = sum(1 for ch in letters if not ch.isascii())
    if not letters or foreign > 0.7 * len(letters):
        return False
    words = [w for w in WORD.findall(text) if any(ch.isalpha() for ch in w)]
    runs = sum(1 for w in words if _RUN.search(w))
    return runs <= max(1, len(words) // 10)


_RUN = re.compile(r"[^\W\d_\x00-\x7f]{4,}")


def _symbols_inside(word: str) -> int:
    """Runs of non-ASCII non-letters right before a letter, either after a letter too
    ("Za¿ó³æ") or holding a symbol ("©»astný"), or symbols closing a word of four letters or
    more ("powiedzia³"); not "¿Qué", "«Non»", "Israel’s", "km²", "25°C"."""
    faults, start = 0, None
    body = word.rstrip("".join(ch for ch in word if not ch.isalpha()))
    if len(body) >= 4 and body[-4:].isalpha() and any(
            unicodedata.category(mark) in SYMBOL_CATEGORIES and mark != "°" for mark in word[len(body):]):
        faults += 1
    for i, ch in enumerate(word + " "):
        if not ch.isascii() and not ch.isalpha() and ch not in JOINERS and not "\u2000" <= ch < "\u2200":
            start = i if start is None else start
            continue
        if start is not None and ch.isalpha():
            run = word[start:i]
            if (start > 0 and word[start - 1].isalpha()) or any(
                    unicodedata.category(mark) in SYMBOL_CATEGORIES and mark != "°" for mark in run):
                faults += 1
        start = None
    return faults


def _capitals_inside(word: str) -> int:
    """A capital right after a small letter, one of them accented ("jaŸñ"; not "McDonald")."""
    return sum(1 for before, ch in zip(word, word[1:], strict=False)
               if before.islower() and ch.isupper() and not (before.isascii() and ch.isascii()))


__all__ = ["CENTRAL", "WESTERN", "Family", "Reading", "read_latin"]
