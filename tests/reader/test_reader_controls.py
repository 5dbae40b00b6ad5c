"""Terminal escape sequences and control characters in a scrape are no text: the reader drops
them (printed by `dateline show` they drove the terminal: an OSC sequence sets its title, or
its clipboard)."""

from __future__ import annotations

import pytest

from dateline.reader import read_html, read_text
from dateline.sources.text import printable

CLEAN = "Talks resume in Cairo on Tuesday, the minister said, officials added."


@pytest.mark.parametrize(("dirty", "clean"), [
    ("Talks \x1b[31mresume\x1b[0m in Cairo", "Talks resume in Cairo"),
    ("Talks resume\x1b]0;pwned\x07 in Cairo", "Talks resume in Cairo"),
    ("Talks resume\x1b]52;c;aGVsbG8=\x1b\\ in Cairo", "Talks resume in Cairo"),
    ("Talks\x08\x08 resume\x7f in\x9b Cairo", "Talks resume in Cairo"),
    ("Talks\tresume\nin\x0cCairo\r\n", "Talks\tresume\nin\x0cCairo\r\n"),  # white space stays
    ("Talks resume in Kraków – “today”\u2028", "Talks resume in Kraków – “today”\u2028"),
])
def test_printable(dirty: str, clean: str) -> None:
    assert printable(dirty) == clean


#: every control character goes, alone or among non-ASCII text; the characters around them stay:
#: NEL (\x85, a line break), no-break space, ©, ¢, ā, 😀, whose UTF-8 may share a byte with them
CONTROLS = [chr(c) for c in (*range(0x00, 0x09), *range(0x0E, 0x20), *range(0x7F, 0x85), *range(0x86, 0xA0))]


@pytest.mark.parametrize("control", CONTROLS)
def test_printable_drops_each_control_character(control: str) -> None:
    assert printable(f"Cairo{control}") == "Cairo"
    assert printable(f"Kraków\xa0©{control}¢ā😀\x85") == "Kraków\xa0©¢ā😀\x85"


@pytest.mark.parametrize("text", ["\x85", "\xa0", "©¢ā", "\u0100\u0180", "😀", "\t\n\x0b\x0c\r", "\u2028"])
def test_printable_keeps_other_characters(text: str) -> None:
    assert printable(f"Cairo {text}") == f"Cairo {text}"


def test_plain_text_loses_escapes() -> None:
    article = read_text("Talks \x1b[1mresume\x1b[0m in Cairo on Tuesday,\x1b]0;pwned\x07 the minister "
                        "said,\x07 officials added.")
    assert article.body == CLEAN  # kept '\x1b]0;pwned\x07' and the bell


def test_html_loses_escapes() -> None:
    article = read_html("<html><body><article><p>Talks resume in Cairo on Tuesday,\x1b]0;pwned\x07 "
                        "the minister said, officials added.</p></article></body></html>")
    assert "\x1b" not in article.body and "pwned" not in article.body and "\x07" not in article.body
