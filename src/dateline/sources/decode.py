"""Bytes -> str: UTF-8 first (UTF-16/32 by BOM, ISO-2022-JP/-KR by their escapes), then the
charset an HTML page declares, then single-byte Latin text, then detection; binary and empty
input refused with a reason.

Single-byte Latin text (accents here and there in words of ASCII letters) is read as
windows-1252, the web's default for Western text (WHATWG: "latin1" and "ascii" labels mean
windows-1252), or as windows-1250 / ISO-8859-2, windows-1254 (Turkish) or windows-1257 (Baltic)
when that reading gives plausible words where windows-1252 gives implausible ones ("Pøíliš",
"Za¿ó³æ", "görüþme", "ðalis"), while English text naming
"Støre" and "Forlì" stays windows-1252 (not Czech "Střre", "Forlě"): see ``dateline.sources.latin``.
Charset detection, left alone, takes "Café" for Mac Central European ("Cafť") or UTF-16, and
French for windows-1250 ("naïve" -> "naďve"). Other text (Cyrillic, Greek: runs of non-ASCII
letters) goes to detection.
"""

from __future__ import annotations

import codecs
import functools
import gzip
import io
import re

from charset_normalizer import from_bytes

from dateline.sources.items import InputError
from dateline.sources.latin import read_latin

MAX_BYTES = 20 * 1024 * 1024  # larger than any news page; a 50 MB "article" is not one


def decode(data: bytes, origin: str, *, max_bytes: int = MAX_BYTES) -> str:
    """Decode one input, gunzipping ``.gz`` content; raise InputError naming the problem."""
    if data[:2] == b"\x1f\x8b":
        try:  # read at most one byte past the limit: a gzip bomb is refused, not inflated
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
                data = stream.read(max_bytes + 1)
        except (OSError, EOFError) as err:
            raise InputError(origin, f"corrupt gzip data ({err})") from err
    if len(data) > max_bytes:
        raise InputError(origin, f"too large for one article (over {mib(max_bytes)}); "
                                 "split it, or give many articles as JSON Lines")
    if not data.strip():
        raise InputError(origin, "empty input")
    kind = file_kind(data)
    if kind is not None:
        raise InputError(origin, f"binary data ({kind}), not text or HTML; convert it first")
    wide = _wide_unicode(data, origin)  # UTF-16/32 are full of NUL bytes: not binary
    if wide is not None:
        if not wide.strip():
            raise InputError(origin, "empty input")
        if binary_decoded(data, wide, "utf-16"):  # UTF-16 or UTF-32: judged alike
            raise InputError(origin, "binary data, not text or HTML")
        return wide
    shifted = iso2022(data)  # 7-bit, so valid UTF-8 too: its escapes would stay in the text
    if shifted is not None:
        text, encoding = shifted
        if binary_decoded(data, text, encoding):  # as a POST body in this charset is judged
            raise InputError(origin, "binary data, not text or HTML")
        return text
    if binary_decoded(data):
        raise InputError(origin, "binary data, not text or HTML")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _mostly_utf8(data) or _declared(data) or read_latin(data) or _detected(data, origin)
    return text.lstrip("\ufeff").replace("\x00", "")  # a stray NUL past the first 8 KiB


#: an ISO-2022 escape that designates a multibyte set: JIS X 0208/0212/0213 or GB 2312 (ESC $ @,
#: ESC $ B, ESC $ A, ESC $ ( D), KS X 1001 (ESC $ ( C; ESC $ ) C opens ISO-2022-KR). An ANSI
#: terminal escape (ESC [) is none.
_ISO2022_ESCAPE = re.compile(rb"\x1b\$(?:[@AB]|\([@A-Q]|\)C)")
#: the Japanese ISO-2022 codecs tried, in order (-2 holds -JP and its Korean and Chinese sets;
#: 2004 and 3 add JIS X 0213); ISO-2022-KR, which they misread, is told by its ESC $ ) C
_ISO2022_JP = ("iso2022_jp_2", "iso2022_jp_2004", "iso2022_jp_3", "iso2022_jp_ext")


def iso2022(data: bytes) -> tuple[str, str] | None:
    """Text in an ISO-2022 encoding (ISO-2022-JP, -KR: the mail and old web pages of Japan and
    Korea), recognised by its escapes, and that encoding; None when there are none or no ISO-2022
    codec reads it."""
    if b"\x1b$" not in data or _ISO2022_ESCAPE.search(data) is None:
        return None
    for encoding in ("iso2022_kr",) if b"\x1b$)C" in data else _ISO2022_JP:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return None


#: the byte-order marks of UTF-32 and UTF-16 (UTF-32's first: its LE mark opens with UTF-16's)
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _wide_unicode(data: bytes, origin: str) -> str | None:
    """Text in UTF-16 or UTF-32: by its byte-order mark, or UTF-16 without one when every
    other byte of the first 8 KiB is NUL (ASCII-range text). None when it is neither."""
    encoding = next((name for bom, name in BOMS if data.startswith(bom)), None)
    if encoding is None:
        head = data[:8192]
        if len(head) >= 16 and len(head) % 2 == 0:
            if head[1::2].count(0) > 0.9 * len(head) // 2 and not head[0::2].count(0):
                encoding = "utf-16-le"
            elif head[0::2].count(0) > 0.9 * len(head) // 2 and not head[1::2].count(0):
                encoding = "utf-16-be"
    if encoding is None:
        return None
    try:
        return data.decode(encoding).lstrip("\ufeff")
    except UnicodeDecodeError as err:
        raise InputError(origin, f"invalid {encoding.upper()} text ({err.reason} at byte {err.start})") from err


#: the opening bytes of file formats that are no article (a PDF or an image saved as .html):
#: their first kilobytes may hold no NUL and few control bytes, so binary detection misses them
SIGNATURES = ((b"%PDF-", "a PDF file"), (b"\x89PNG\r\n\x1a\n", "a PNG image"),
              (b"GIF87a", "a GIF image"), (b"GIF89a", "a GIF image"), (b"\xff\xd8\xff", "a JPEG image"),
              (b"PK\x03\x04", "a ZIP archive: .zip, .docx, .xlsx, .epub"),
              (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file"),
              (b"\x7fELF", "a program"))


def file_kind(data: bytes) -> str | None:
    """What a known non-text file format is ("a PDF file"), from its opening bytes; None for others."""
    head = data[:16].lstrip(b" \t\r\n")
    return next((kind for magic, kind in SIGNATURES if head.startswith(magic)), None)


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few stray bytes (a damaged scrape) stays UTF-8, the strays replaced."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = len(text) - len(text.encode("ascii", "ignore")) - bad  # non-ASCII characters
    return text if good > bad else None


_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
#: labels that mean windows-1252 on the web (WHATWG Encoding Standard)
_WEB_1252 = {"ascii", "us-ascii", "latin1", "latin-1", "iso-8859-1", "iso8859-1", "iso_8859-1",
             "l1", "cp819", "ibm819", "windows-1252", "cp1252", "x-cp1252"}


def _declared(data: bytes) -> str | None:
    """The text in the charset an HTML page (``<meta charset>``) or XML declaration names, when
    it is one Python knows and the bytes are valid in it; None otherwise."""
    head = data[:4096]
    found = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    if found is None:
        return None
    label = found.group(1).decode("ascii").lower()
    name = "cp1252" if label in _WEB_1252 else label
    try:
        if codecs.lookup(name).name in ("utf-8", "utf-16", "utf-32"):
            return None  # UTF-8 already failed; a UTF-16 page has no ASCII meta to read
        return data.decode(name)
    except (LookupError, UnicodeDecodeError):
        return None


def _detected(data: bytes, origin: str) -> str:
    match = from_bytes(data).best()
    if match is None:
        raise InputError(origin, "cannot detect the text encoding")
    return str(match)


def mib(size: int) -> str:
    """A byte count for messages: "20 MiB"."""
    return f"{size / 2**20:.0f} MiB" if size % 2**20 == 0 else f"{size / 2**20:.1f} MiB"


def binary_decoded(data: bytes, text: str = "", encoding: str | None = None) -> bool:
    """Whether ``data`` (``text`` decoded from ``encoding``, where known) is binary, by one rule
    for files and POST /articles bodies: NUL or over 5% control bytes in its first 8 KiB. Text in
    an encoding whose bytes under 0x20 are not just control characters (the NULs of UTF-16 or
    UTF-32, the escapes and shifts of ISO-2022-JP or -KR, EBCDIC) is judged on its UTF-8 bytes,
    as the same text saved in UTF-8 is; any other on its own bytes."""
    if encoding and not _controls_are_characters(encoding):
        data = text[:8192].encode("utf-8", "replace")
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > len(head) * 0.05


@functools.cache
def _controls_are_characters(encoding: str) -> bool:
    """Whether ``encoding`` reads bytes 0-127 as ASCII and writes no letter with one under 0x20
    (no ISO-2022 escape or shift): its control bytes are then the text's control characters."""
    ascii_bytes = bytes(range(128))
    try:
        same = ascii_bytes.decode(encoding) == ascii_bytes.decode("ascii")
        letters = "éЖあ한".encode(encoding, "replace")
    except UnicodeError:
        return False
    return same and min(letters) >= 0x20
