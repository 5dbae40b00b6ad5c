"""Mojibake repair: UTF-8 text that was read as windows-1252 / Latin-1 somewhere upstream of us.

Two shapes, each repaired only where it cannot be ordinary text:

- whole: every byte survived as a character ("Itâ€™s", "cafÃ©", "Â£5", or with the C1 controls
  of Latin-1: "Itâ\\x80\\x99s"): a run of a lead character (Â, Ã, â) and the continuation
  characters its UTF-8 needs is decoded back ("It’s", "café", "£5"), except on a line that
  also holds what it decodes to, which writes about mojibake ("printed Ã© instead of é");
- lossy: the two continuation bytes of a curly quote or apostrophe were lost, leaving "â" and a
  space ("Barb Grothâ s house", "â Fear is setting in,â said"). Repaired only in a text where
  it happens at least twice in an English contraction or possessive ("nâ t", "thatâ s",
  "Weâ re") and "â" is never written inside a word (as Portuguese "lâmpada", French "pâte"):
  "â " before a contraction's ending is ’, any other a quotation mark: closing when glued to
  the word before it or when it ends the sentence of a quote still open, else opening.
"""

from __future__ import annotations

import re

#: windows-1252 (with Latin-1's C1 controls where it has none) for the bytes 0x80-0xBF
_CONTINUATION = {chr(b) if b < 0xA0 and bytes([b]).decode("cp1252", "replace") == "\ufffd"
                 else bytes([b]).decode("cp1252"): b for b in range(0x80, 0xC0)}
_CONTINUATION.update({chr(b): b for b in range(0x80, 0xA0)})  # C1 controls as Latin-1 read them
_CONT = "".join(re.escape(ch) for ch in _CONTINUATION)
_WHOLE = re.compile(f"[ÂÃ][{_CONT}]|â[{_CONT}]{{2}}")

_CONTRACTION = re.compile(r"(?<=[^\W\d_])â (?=(?:s|t|re|ve|ll|d|m)\b)")
_IN_WORD = re.compile(r"â[^\W\d_]")
_LOST_QUOTE = re.compile(r"([ \t]?)â (?=\S)")


def repair(text: str) -> str:
    """``text`` with its mojibake decoded back (see the module's docstring); unchanged when it
    has none."""
    if "Â" not in text and "Ã" not in text and "â" not in text:
        return text
    if _WHOLE.search(text):
        text = "\n".join(_decoded_line(line) for line in text.split("\n"))  # not splitlines: "\x85" is a byte
    if "â " in text and len(_CONTRACTION.findall(text)) >= 2 and not _IN_WORD.search(text):
        text = _quotes(_CONTRACTION.sub("’", text))
    return text


def _quotes(text: str) -> str:
    """Each remaining "â " as the quotation mark it was, left to right: glued to the word before
    it, it closes; after a space, it closes a quote left open by the sentence before it ("the
    city “had a good day. â Fargo" -> 'day.” Fargo'), else it opens one. A new line closes all."""
    out: list[str] = []
    last, open_ = 0, False
    for match in _LOST_QUOTE.finditer(text):
        before = text[last:match.start()]
        if "\n" in before:
            open_ = False
        out.append(before)
        head = text[max(0, match.start() - 2):match.start()].rstrip()  # "." of "day. â"
        previous = text[match.start() - 1] if match.start() else "\n"
        spaced = bool(match.group(1)) or previous.isspace() or previous in "(["
        if not spaced or open_ and head[-1:] in tuple(".?!,;:"):
            out.append("” ")
            open_ = False
        else:
            out.append(match.group(1) + "“")
            open_ = True
        last = match.end()
    out.append(text[last:])
    return "".join(out)


def _decoded_line(line: str) -> str:
    """``line`` with its whole mojibake decoded, unless the line also holds what the mojibake
    decodes to: then it writes about mojibake ('printed Ã© instead of é') and stays as it is."""
    runs = _WHOLE.findall(line)
    if not runs:
        return line
    rest = _WHOLE.sub("", line)
    if any(_decoded_text(run) in rest for run in runs):
        return line
    return _WHOLE.sub(_decoded, line)


def _decoded(match: re.Match[str]) -> str:
    return _decoded_text(match.group(0))


def _decoded_text(raw: str) -> str:
    data = bytes([0xC2 if raw[0] == "Â" else 0xC3 if raw[0] == "Ã" else 0xE2]
                 + [_CONTINUATION[ch] for ch in raw[1:]])
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return raw
