"""Turkish (windows-1254) and Baltic (windows-1257) text without a declared charset, and no
regression for windows-1252: English and Western European text naming people of several
languages, Icelandic included (whose ð ý þ are windows-1254's ğ ı ş), stays windows-1252; the
files of ../shared/data decode as they did with the windows-1252/1250 detection alone.
Every sentence is our own writing."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from dateline.sources import decode
from dateline.sources.latin import read_latin
from tests.conftest import SHARED

TURKISH_BALTIC = [  # (encoding, text)
    ("cp1254", "Ankara: Cumhurbaşkanı Erdoğan salı günü yaptığı açıklamada, İstanbul'daki görüşmelerin süreceğini söyledi."),
    ("cp1254", "Dışişleri Bakanı, ateşkes müzakerelerinin bu hafta Katar'da devam edeceğini açıkladı."),
    ("cp1254", "Şehirde yağmur yağıyor; ılık bir gün."),
    ("cp1254", "Türkiye ve Yunanistan arasındaki barış görüşmeleri İzmir'de başladı."),
    ("cp1254", "Bakan, müzakerelerin sürdüğünü söyledi."),
    ("cp1254", "Erdoğan ile görüştü."),
    ("cp1257", "Vilnius: Prezidentas Gitanas Nausėda antradienį pareiškė, kad šalis remia Ukrainą."),
    ("cp1257", "Kaunas: Vyriausybė ketvirtadienį pritarė įstatymo projektui dėl šalies gynybos, sakė ministrė."),
    ("cp1257", "Seimas trečiadienį priėmė sprendimą; derybos dėl paliaubų tęsis kitą savaitę."),
    ("cp1257", "Užsienio reikalų ministras sakė, kad šalis nepripažins rinkimų rezultatų."),
    ("cp1257", "Rīga: Ārlietu ministrs Edgars Rinkēvičs otrdien paziņoja, ka sarunas turpināsies."),
    ("cp1257", "Latvijas valdība ceturtdien apstiprināja jauno budžetu, ziņo aģentūra."),
    ("cp1257", "Tallinn: Peaminister ütles teisipäeval, et läbirääkimised jätkuvad; šokk ja žürii."),
]


@pytest.mark.parametrize(("encoding", "text"), TURKISH_BALTIC)
def test_turkish_and_baltic_text_is_read_in_its_code_page(encoding: str, text: str) -> None:
    assert decode(text.encode(encoding), "haber.txt") == text


@pytest.mark.parametrize(("encoding", "text"), TURKISH_BALTIC)
def test_the_windows_1252_and_1250_detection_alone_misread_them(encoding: str, text: str) -> None:
    """The cases are real ones: without windows-1254 and 1257 they came out otherwise."""
    assert read_latin(text.encode(encoding), ("cp1252", "cp1250", "iso-8859-2")) != text


#: Western text of several languages (lower-case words of one language) naming people of
#: others: any mix must stay windows-1252, Icelandic ð/ý/þ (Turkish ğ/ı/ş in windows-1254) and
#: Danish ø/æ, French è, Italian ì (Lithuanian ų/ę, Latvian č, ģ in windows-1257) included
BASES = [
    "The foreign minister said on Tuesday that the talks would resume next week, officials said.",
    "El ministro dijo el martes que las conversaciones continuarán en la capital, según fuentes oficiales.",
    "Le ministre a déclaré mardi que les négociations reprendront la semaine prochaine à Genève.",
    "Der Außenminister sagte am Dienstag, die Gespräche würden nächste Woche fortgesetzt.",
    "Utrikesministern sade på tisdagen att samtalen fortsätter nästa vecka i huvudstaden.",
    "Udenrigsministeren sagde tirsdag, at forhandlingerne fortsætter i næste uge.",
]
NAMES = ["Guðni Jóhannesson", "Þórdís Kolbrún", "Björk Guðmundsdóttir", "Ýmir", "Mette Frederiksen",
         "Jonas Gahr Støre", "Søren Kierkegaard", "Ærø", "Niccolò Machiavelli", "Forlì", "Gianluca Pagliarò",
         "Pedro Sánchez", "Iñigo Urkullu", "José Martí", "Françoise Hardy", "Hélène Carrère", "Genève",
         "Jürgen Müller", "Günther Oettinger", "Annalena Baerbock", "Straße", "Åsa Romson", "Zoë",
         "Gökçe Özdemir", "Küçük"]  # Turkish names in windows-1252's letters: ç with ö is no Western word
PAIRS = [(a,) for a in NAMES] + [(a, b) for i, a in enumerate(NAMES) for b in NAMES[i + 1:]]


@pytest.mark.parametrize("names", PAIRS, ids=" + ".join)
def test_western_texts_naming_people_of_several_languages_stay_windows_1252(names: tuple[str, ...]) -> None:
    for base in BASES:
        text = f"{base} {' and '.join(names)} attended."
        assert decode(text.encode("cp1252"), "article.txt") == text


@pytest.mark.parametrize(("encoding", "text"), [
    # names alone never decide for windows-1254 or 1257: these could be either, and stay 1252
    ("cp1252", "Talks in Reykjavík: Gökçe Özdemir met Guðni Jóhannesson and Þórdís on Tuesday."),
    ("cp1252", "Ýmir and François Gökçe attended the meeting, the ministry said."),
])
def test_names_alone_never_make_windows_1254_or_1257(encoding: str, text: str) -> None:
    assert decode(text.encode(encoding), "article.txt") == text


def _shared_texts() -> list[Path]:
    data = SHARED / "data"
    suffixes = {".txt", ".ann", ".tml", ".xml", ".json", ".jsonl", ".gz", ".tsv", ".md"}
    return sorted(p for p in data.rglob("*") if p.is_file() and p.suffix in suffixes) if data.exists() else []


def test_the_shared_data_files_decode_as_before() -> None:
    """UTF-8 files are read as UTF-8; a file that is not UTF-8 (none today) reads the same as
    with the windows-1252/1250 detection alone, before windows-1254 and 1257 were added."""
    paths = _shared_texts()
    if not paths:
        pytest.skip(f"{SHARED / 'data'} is absent (../shared is not beside this checkout)")
    for path in paths:
        data = path.read_bytes()
        raw = gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data
        if not raw.strip():
            continue
        text = decode(data, str(path))
        try:
            assert text == raw.decode("utf-8").lstrip("\ufeff"), path
        except UnicodeDecodeError:
            assert read_latin(raw) == read_latin(raw, ("cp1252", "cp1250", "iso-8859-2")), path
