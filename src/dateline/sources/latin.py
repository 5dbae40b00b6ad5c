"""Single-byte Latin text without a declared charset: windows-1252 (Western European),
windows-1250 / ISO-8859-2 (Central European), windows-1254 (Turkish) or windows-1257 (Baltic),
decided by which reading gives plausible words.

The three share ASCII and many accented letters (á é í ó ú ä ö ü ç ß); where they differ, each
byte is a letter of one family in one reading and another letter or a symbol in the other:
0xF8 is Danish "ø" or Czech "ř", 0xE8 French "è" or Czech "č", 0xB3 "³" or Polish "ł". So a
reading is judged word by word, each word on its own: a word is implausible when it has a
symbol between letters ("Za¿ó³æ"), a capital after a small letter ("jaŸñ", "Å¾"), accented
letters no single language of the family writes together ("Pøíliš": Danish ø, Czech š), or a
letter where its languages never put it ("pøiletìl": ì inside a word; "Gdañsk": ñ before a
consonant; "naèrt"; "Gyõr"; "catalŕ"). A Central European reading wins only with fewer such
faults than windows-1252, or as many and fewer stray letters: accented letters of the common
(lower-case) words outside the text's best-fitting language (Hungarian read as windows-1252,
"tûzszüneti tárgyalások", needs French û and Spanish á at once). Capitalised words are left out of that:
English news names people and places from every language ("Støre met Hélène Carrère in Forlì"
is Danish, French and Italian, but in windows-1250 it is Czech alone, "Střre", "Carrčre",
"Forlě"). Between windows-1250 and ISO-8859-2, names count too ("Babią" and "Jiří" mix Polish
and Czech where "Babiš" does not).
windows-1252 is kept on a tie: for text both families can write ("São Paulo" is Romanian
"Săo" in windows-1250), it is the web's default.
Turkish and Baltic text are judged the same way. windows-1254 is windows-1252 with the
Icelandic ð ý þ (and capitals) replaced by Turkish ğ ı ş: Turkish read as windows-1252 has
words no one language writes ("görüþme": ü and Icelandic þ) or common words of two languages
("açýkladý", "deðil"). windows-1257 moves most accented letters: Lithuanian "šalis" read as
windows-1252 is "ðalis" (ð opens no word), Latvian "Rinkēvičs" is "Rinkçviès". English text
naming Icelanders ("Guðmundsdóttir") is plausible in either reading and stays windows-1252. A text over ``SAMPLE`` characters is judged
on its opening and pieces spread over the rest.

The alphabets below are the accented letters of each language's standard orthography; the
rules on positions are facts of those orthographies (Spanish ñ stands before a vowel, Polish ń
never does), not figures fitted to any corpus.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass


@dataclass(frozen=True)
class Family:
    """The languages one code page family writes: each one's accented (non-ASCII) lower-case
    letters, and where in a word some of those letters never stand."""

    alphabets: dict[str, str]
    final_only: str = ""  # only as a word's last letter (Italian "più", "però"; French "où")
    not_opening: str = ""  # never the first letter of a longer word (Czech ě ň ů, Icelandic ð)
    opening_syllable: str = ""  # opens a word only before one consonant and a vowel (Catalan
    #                             "època", "èxit"; "ètvrtek", "èerný" are Czech "čtvrtek", "černý")
    not_closing: str = ""  # never the last letter of a longer word (Slovak ŕ ĺ)
    before_vowel: str = ""  # only before a vowel (Spanish ñ)
    not_before_vowel: str = ""  # never before a vowel (Polish ń)
    alone: str = ""  # the accented one-letter words (French "à", Italian "è")
    before_e: str = ""  # only before e (Portuguese "põe", "eleições"), but anywhere in a word
    #                     Estonian could write, one without c, q, w, x or y ("Tõnis", "sõda")
    vowel_after: str = ""  # last, or with a vowel after it in the word, or before a closing s
    #                        or l: French "Genève", "très", Italian "caffè", Catalan "València",
    #                        "pèl", "cèl·lula"; not "naèrt" (Slovene "načrt")
    by_common_words: bool = False  # beats windows-1252 only on its common (lower-case) words:
    #   names alone never decide (English text naming "Gökçe" and "Guðni" is no Turkish "Guğni")


WESTERN = Family(  # windows-1252
    {"french": "àâæçéèêëîïôœùûüÿ", "german": "äöüß", "spanish": "áéíñóúü",
     "portuguese": "ãáâàçéêíóõôú", "italian": "àèéìíîòóù", "catalan": "àçèéíïòóú",
     "dutch": "áéèëíïóöúü", "swedish": "åäöé", "finnish": "åäöšž", "estonian": "äöõüšž",
     "danish_norwegian": "æøåé", "icelandic": "áðéíóúýþæö", "irish": "áéíóú"},
    final_only="ìù", not_opening="ð", opening_syllable="è", before_vowel="ñ", alone="àèéóáºª",
    before_e="õ", vowel_after="è")
CENTRAL = Family(  # windows-1250 and ISO-8859-2 (Romanian with the cedilla letters both have)
    {"czech": "áčďéěíňóřšťúůýž", "slovak": "áäčďéíĺľňóôŕšťúýž", "polish": "ąćęłńóśźż",
     "hungarian": "áéíóöőúüű", "croatian_serbian_bosnian": "čćđšž", "slovene": "čšžćđ",
     "romanian": "ăâîşţ", "albanian": "çë", "german": "äöüß"},
    not_opening="ěňůŕĺ", not_closing="ŕĺ", not_before_vowel="ń", alone="ő")
TURKISH = Family(  # windows-1254: windows-1252 with ğ ı ş (and Ğ İ Ş) in place of ð ý þ
    {**{name: letters for name, letters in WESTERN.alphabets.items() if name != "icelandic"},
     "turkish": "çğıöşüâîû"},
    final_only="ìù", not_opening="ğ", opening_syllable="è", before_vowel="ñ", alone="àèéóáºª",
    before_e="õ", vowel_after="è", by_common_words=True)
BALTIC = Family(  # windows-1257 (Lithuanian "į" is a word of its own: "into")
    {"lithuanian": "ąčęėįšųūž", "latvian": "āčēģīķļņšūž", "estonian": "äöõüšž",
     "finnish_swedish": "åäöšž", "german": "äöüß"},
    alone="į", by_common_words=True)
#: each code page read, and the family of languages it writes; windows-1252 first (kept on a tie)
FAMILIES = {"cp1252": WESTERN, "cp1250": CENTRAL, "iso-8859-2": CENTRAL, "cp1254": TURKISH,
            "cp1257": BALTIC}

#: non-letters that do sit between letters: apostrophes, the Catalan middle dot, a soft hyphen
#: (and all of U+2000-U+21FF: dashes, quotes, "…", "€", "™", the same in every reading)
JOINERS = set("´·\u00ad")
#: symbols that never open a word: "³", "¾", "±", "ˇ", "©" before a letter are another
#: code page's letters ("©»astný" is ISO-8859-2 "Šťastný"); "°C" is a unit
SYMBOL_CATEGORIES = {"Sm", "Sc", "Sk", "So", "No"}
PILCROW = "¶"  # punctuation, but never before a letter ("¶rodę" is ISO-8859-2 "środę")
WORD = re.compile(r"\S+")
NOT_ESTONIAN = set("cqwxy")  # letters Estonian writes only in foreign names
VOWELS = set("aeiouyáéíóúýàèìòùâêîôûäëïöüãõåæøœąęěůőű")
SAMPLE = 100_000  # characters judged: the opening and pieces from the rest of a longer text
PIECES = 8  # pieces a longer text's sample is drawn from, spread evenly over it
_C1 = re.compile("[\x80-\x9f]")


@dataclass(frozen=True)
class Reading:
    """One decoding of the bytes and how implausible its words are (lower is better)."""

    encoding: str
    text: str
    faults: int  # words no language of the family writes: symbols inside, capitals after small
    #              letters, accented letters of two languages, or letters where none puts them
    strays: int  # accented letters of common (lower-case) words outside the text's best language
    mixed: int  # the same over every plausible word, names too: between two Central readings
    words: int  # words with a non-ASCII character
    common_faults: int = 0  # the faults of common (lower-case) words

    @property
    def plausible(self) -> bool:
        """At most one word in five is faulty."""
        return 5 * self.faults <= self.words

    def worse_than(self, other: Reading) -> bool:
        """More implausible words than ``other``, or as many and more stray letters; counting
        common words only where ``other``'s family says so (FAMILIES, ``by_common_words``)."""
        if FAMILIES[other.encoding].by_common_words:
            return (self.common_faults, self.strays) > (other.common_faults, other.strays)
        return (self.faults, self.strays) > (other.faults, other.strays)


def read_latin(data: bytes, encodings: tuple[str, ...] = tuple(FAMILIES)) -> str | None:
    """The text in whichever of windows-1252, windows-1250, ISO-8859-2, windows-1254 and
    windows-1257 reads as the most plausible Latin-script text, windows-1252 unless another
    reading is strictly better; None when none is Latin text (another script: left to
    detection), or when only another reading is and it is not plausible (another encoding).

    A word is judged on its own (English news names people and places from every language:
    "Støre met Hélène Carrère in Forlì" is Danish, French and Italian in one sentence, all
    plausible words), and only the common, lower-case words must share one language.
    ``encodings``: the code pages to consider, keys of FAMILIES (all of them by default)."""
    readings = [r for r in (_reading(data, name) for name in encodings) if r is not None]
    if not readings:
        return None
    western = next((r for r in readings if r.encoding == "cp1252"), None)
    better = [r for r in readings if r.encoding != "cp1252" and (western is None or western.worse_than(r))]
    other = min(better, key=lambda r: (r.faults, r.strays, r.mixed), default=None)  # ISO-8859-2
    #     "Babiš" is windows-1250 "Babią"; on a full tie the first in FAMILIES (1250 before 1254)
    if other is not None:
        # an implausible one is still better than windows-1252, but not than detection
        return other.text if other.plausible or western is not None else None
    return western.text if western is not None else None  # as written, even mojibake


def _reading(data: bytes, encoding: str) -> Reading | None:
    """``data`` decoded in ``encoding`` and judged; None when invalid there or not Latin text."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:  # windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90, 0x9D unassigned
        return None
    sample = _sample(text)
    latin = _latin(sample)
    if _C1.search(text) or latin is False:  # C1 controls: ISO-8859-2 of windows-125x text
        return None
    family = FAMILIES[encoding]
    alphabets = [set(alphabet) for alphabet in family.alphabets.values()]
    faults = words = common_faults = 0
    common: Counter[str] = Counter()  # accented letters of lower-case words, and how often
    named: Counter[str] = Counter()  # those of capitalised words
    for word in _NON_ASCII_WORD.findall(sample):
        words += 1
        letters = {ch for ch in word.lower() if ch.isalpha() and not ch.isascii()}
        wrong = _symbols_inside(word) + _capitals_inside(word) + _misplaced(word.lower(), family)
        wrong += bool(letters) and not any(letters <= alphabet for alphabet in alphabets)
        faults += wrong
        lower = next((ch for ch in word if ch.isalpha()), "").islower()
        if wrong:
            common_faults += lower and wrong
            continue
        counts = common if lower else named
        counts.update(ch for ch in word.lower() if ch in letters)
    strays = min(sum(n for ch, n in common.items() if ch not in alphabet) for alphabet in alphabets)
    mixed = min(sum(n for ch, n in (common + named).items() if ch not in alphabet) for alphabet in alphabets)
    reading = Reading(encoding, text, faults, strays, mixed, words, common_faults)
    return reading if latin or reading.plausible else None


_NON_ASCII_WORD = re.compile(r"(?<!\S)[^\s\x80-\uffff]*[\x80-\uffff]\S*")


def _sample(text: str) -> str:
    """The text itself up to ``SAMPLE`` characters; for a longer one, its opening half of that
    and ``PIECES`` pieces spread over the rest, cut at spaces, so that a late passage counts."""
    if len(text) <= SAMPLE:
        return text
    half, size = SAMPLE // 2, SAMPLE // (2 * PIECES)
    step = (len(text) - half - size) // PIECES
    pieces = [text[:half].rsplit(None, 1)[0]]
    for start in range(half + step, len(text) - size + 1, step or 1):
        words = text[start:start + size].split(None, 1)
        if len(words) > 1:
            pieces.append(words[1].rsplit(None, 1)[0])
    return "\n".join(pieces)


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
        count += part[0] in family.opening_syllable and (
            len(part) < 3 or part[1] in VOWELS or part[2] not in VOWELS)
        count += sum(1 for ch in part[:-1] if ch in family.final_only)
        count += sum(1 for i, ch in enumerate(part[:-1]) if ch in family.vowel_after
                     and part[i + 1:] not in ("s", "l") and not VOWELS.intersection(part[i + 1:]))
        for ch, after in zip(part, part[1:] + " ", strict=False):
            vowel = after in VOWELS
            count += (ch in family.before_vowel and not vowel) + (ch in family.not_before_vowel and vowel)
            count += ch in family.before_e and after != "e" and not NOT_ESTONIAN.isdisjoint(part)
    return count


def _latin(text: str) -> bool | None:
    """Text in the Latin script: non-ASCII letters at most 70% of the letters (Polish "Zażółć
    gęślą jaźń" has 60%; False otherwise), and runs of four or more of them in at most one
    word in ten (one in any text: "żółć"; None otherwise: Latin only if its words are
    plausible). Cyrillic or Greek read in a Latin code page is words of accented letters
    ("Ěîńęâŕ", "Ìîñêâà" for Москва)."""
    letters = [ch for ch in text if ch.isalpha()]
    foreign = sum(1 for ch in letters if not ch.isascii())
    if not letters or foreign > 0.7 * len(letters):
        return False
    words = [w for w in WORD.findall(text) if any(ch.isalpha() for ch in w)]
    runs = sum(1 for w in words if _RUN.search(w))
    return True if runs <= max(1, len(words) // 10) else None


_RUN = re.compile(r"[^\W\d_\x00-\x7f]{4,}")


def _symbols_inside(word: str) -> int:
    """Runs of non-ASCII non-letters right before a letter, either after a letter too
    ("Za¿ó³æ") or holding a symbol ("©»astný"), or symbols closing a word of three letters or
    more ("powiedzia³", "będ±"); not "¿Qué", "«Non»", "Israel’s", "km²", "25°C"."""
    faults, start = 0, None
    body = word.rstrip("".join(ch for ch in word if not ch.isalpha()))
    if len(body) >= 3 and body[-3:].isalpha() and any(_symbol(mark) for mark in word[len(body):]):
        faults += 1
    for i, ch in enumerate(word + " "):
        if not ch.isascii() and not ch.isalpha() and ch not in JOINERS and not "\u2000" <= ch < "\u2200":
            start = i if start is None else start
            continue
        if start is not None and ch.isalpha():
            run = word[start:i]
            if (start > 0 and word[start - 1].isalpha()) or any(_symbol(mark) for mark in run):
                faults += 1
        start = None
    return faults


def _symbol(mark: str) -> bool:
    return mark == PILCROW or (unicodedata.category(mark) in SYMBOL_CATEGORIES and mark != "°")


def _capitals_inside(word: str) -> int:
    """A capital right after a small letter, one of them accented ("jaŸñ"; not "McDonald")."""
    return sum(1 for before, ch in zip(word, word[1:], strict=False)
               if before.islower() and ch.isupper() and not (before.isascii() and ch.isascii()))


__all__ = ["BALTIC", "CENTRAL", "FAMILIES", "TURKISH", "WESTERN", "Family", "Reading", "read_latin"]
