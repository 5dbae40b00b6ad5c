"""Binary or text: a file's verdict does not hang on its encoding. A UTF-16 file (what Windows
PowerShell's ``>`` writes) is judged as the same text saved in UTF-8, byte for byte."""

from __future__ import annotations

import pytest

from dateline.sources import InputError
from dateline.sources.decode import decode

# our own sentence (the council met in Nablus on Sunday and voted to reopen the market)
NABLUS = "اجتمع المجلس في نابلس يوم الأحد وصوت على إعادة فتح السوق. " * 200


def verdict(data: bytes) -> str:
    try:
        decode(data, "minutes.txt")
    except InputError as err:
        return "binary" if "binary" in err.message else err.message
    return "text"


@pytest.mark.parametrize(("every", "expected"), [(10, "binary"), (14, "text"), (18, "text")])
def test_utf16_and_utf8_files_of_one_text_get_one_verdict(every: int, expected: str) -> None:
    """Record separators (U+001E) between words: one each ``every`` letters."""
    text = "".join(c + ("\x1e" if i % every == 0 else "") for i, c in enumerate(NABLUS))
    assert verdict(text.encode("utf-8")) == expected
    assert verdict(text.encode("utf-16")) == expected


def test_a_text_file_of_latin_letters_with_a_few_escapes_is_text() -> None:
    minutes = "\x1b[1mNotice\x1b[0m: the council meets in Nablus on Sunday at ten. " * 100
    assert verdict(minutes.encode("utf-8")) == verdict(minutes.encode("utf-16")) == "text"
