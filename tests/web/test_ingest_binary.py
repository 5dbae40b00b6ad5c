"""POST /articles judges binary or text by the files' rule (``decode.binary_decoded``): control
bytes per byte of the body as sent (per UTF-8 byte for UTF-16 or UTF-32), so a posted text and
the same text in a file get one verdict, near the 5% threshold too, in Arabic or Chinese text
(two or three UTF-8 bytes a letter, where counting per character told them apart)."""

from __future__ import annotations

import pytest
from web_helpers import TOKEN, Server

from dateline.sources import InputError
from dateline.sources.decode import decode
from dateline.web.ingest import binary_kind, charset

# our own sentences: the council met in Nablus on Sunday and voted to reopen the market
ARABIC = "اجتمع المجلس في نابلس يوم الأحد وصوت على إعادة فتح السوق. "
CHINESE = "理事会周日在纳布卢斯开会，投票决定重新开放市场。"


def separated(text: str, every: int) -> str:
    """``text`` with a record separator (U+001E) after each ``every`` characters."""
    return "".join(c + ("\x1e" if i % every == every - 1 else "") for i, c in enumerate(text))


def file_verdict(data: bytes) -> bool:
    try:
        decode(data, "minutes.txt")
    except InputError as err:
        return "binary" in err.message
    return False


@pytest.mark.parametrize(("sentence", "encoding"), [
    (ARABIC, "utf-8"), (ARABIC, "utf-16"), (ARABIC, "utf-16-le"), (ARABIC, "windows-1256"),
    (CHINESE, "utf-8"), (CHINESE, "utf-32"), (CHINESE, "gb18030"),
])
@pytest.mark.parametrize("every", [4, 6, 8, 10, 12, 14, 18, 30, 40])
def test_a_body_and_a_file_of_one_text_get_one_verdict(sentence: str, encoding: str, every: int) -> None:
    text = separated(sentence * 200, every)
    raw = text.encode(encoding)
    if encoding == "utf-16-le":
        raw = b"\xff\xfe" + raw  # as a file, with its byte-order mark (the body names its charset)
    name = charset(f"text/plain; charset={encoding}")
    body = raw.decode(name).lstrip("\ufeff")
    assert (binary_kind(raw, body, name) is not None) == file_verdict(raw)


def test_the_verdict_sits_near_the_threshold() -> None:
    """Arabic with a separator every 14 letters: 6.7% of its characters, under 5% of its UTF-8
    bytes (text), but over 5% of its windows-1256 bytes (binary), body or file alike."""
    text = separated(ARABIC * 200, 14)
    assert binary_kind(text.encode("utf-8"), text, "utf-8") is None  # was binary: counted per character
    assert binary_kind(text.encode("utf-16"), text, "utf-16") is None
    assert binary_kind(text.encode("cp1256"), text, "cp1256") == "binary data"
    dense = separated(ARABIC * 200, 8)
    assert binary_kind(dense.encode("utf-8"), dense, "utf-8") == "binary data"


def test_ingest_takes_arabic_text_a_file_would_take(ingest_server: Server) -> None:
    text = separated(ARABIC * 3, 14)
    assert not file_verdict(text.encode("utf-8"))
    response = ingest_server.client.post("/articles", content=text.encode("utf-8"), headers={
        "content-type": "text/plain; charset=utf-8", "authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 201, response.text  # was 400: binary data



# our own sentences: a market report (Japanese) and a council vote (Korean), numbers and
# Latin letters among the words, as news in these languages has them
MARKET = "日経平均株価は前日比312円高の3万8120円で取引を終えた。TOPIXは12.5ポイント高の2701で、G7会合を前に買いが入った。"
COUNCIL = "서울시 의회는 월요일 새 예산안을 통과시켰다. 시장은 2025년에 어린이집 30곳을 늘리겠다고 말했다. "
IN = {"iso-2022-jp": MARKET, "iso-2022-kr": COUNCIL, "utf-16": f"Rates\trose\tby 0.25 points.\n{ARABIC}",
      "shift_jis": MARKET, "cp1256": ARABIC}


@pytest.mark.parametrize("encoding", ["iso-2022-jp", "iso-2022-kr", "utf-16"])
def test_a_body_whose_charset_shifts_with_control_bytes_is_text(encoding: str) -> None:
    """ISO-2022 switches character sets with ESC, SO and SI bytes (at each run of Kanji or Hangul
    among digits and spaces): those bytes are the charset's, not control characters of the
    text, which is judged as it would be in UTF-8."""
    name = charset(f"text/plain; charset={encoding}")
    text = IN[encoding] * 40
    assert binary_kind(text.encode(name), text, name) is None  # iso-2022 was binary: ESC, SO, SI counted


@pytest.mark.parametrize("encoding", sorted(IN))
def test_control_characters_of_the_text_still_make_binary(encoding: str) -> None:
    """The near misses: text full of control characters is binary in any charset, and a charset
    whose control bytes are the text's own (Shift_JIS, windows-1256) is judged on its bytes."""
    name = charset(f"text/plain; charset={encoding}")
    text = separated(IN[encoding] * 40, 6)
    assert binary_kind(text.encode(name), text, name) == "binary data"


@pytest.mark.parametrize(("encoding", "content_type"), [
    ("iso-2022-jp", "text/plain"), ("iso-2022-kr", "text/plain"), ("iso-2022-jp", "text/plain; charset=utf-8")])
def test_an_iso2022_body_is_read_in_its_charset_as_a_file_is(ingest_server: Server, encoding: str,
                                                            content_type: str) -> None:
    """ISO-2022 is 7-bit, so its bytes are valid UTF-8 too: a body sent with no charset (or UTF-8)
    is told by its escapes, as ``decode`` tells a file, not stored with them left in."""
    text = IN[encoding] * 3
    raw = text.encode(encoding)
    response = ingest_server.client.post("/articles", content=raw, headers={
        "content-type": content_type, "authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 201, response.text
    body = ingest_server.get(f"/articles/{response.json()['id']}").json()["body"]
    assert "\x1b" not in body and IN[encoding][:10] in body
    assert decode(raw, "minutes.txt").strip() == text.strip()  # the file's reading
