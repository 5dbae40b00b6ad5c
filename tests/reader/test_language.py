"""The body's language from its function words: other languages found, English kept English
(foreign names, a quoted foreign sentence, a short brief), the record's language set from it."""

from __future__ import annotations

import pytest

from dateline.reader import read_html, read_text
from dateline.reader.language import identify, language_of, shares

INDONESIAN = (
    "Pemerintah provinsi mengatakan bahwa banjir yang melanda kota itu pada hari Senin telah "
    "merusak ratusan rumah warga. Menurut kepala dinas, para pengungsi akan tinggal di sekolah "
    "dan masjid sampai air surut. Dia juga meminta warga untuk tetap waspada karena hujan "
    "diperkirakan masih akan turun selama beberapa hari ke depan.")
PORTUGUESE = (
    "O governo anunciou nesta segunda-feira que vai ampliar o programa de vacinação para todas "
    "as cidades do estado. Segundo o ministro, a medida deve começar no próximo mês e será "
    "financiada com recursos que já estavam previstos no orçamento. Os prefeitos disseram que "
    "não foram consultados sobre o calendário.")
ENGLISH_ABOUT_INDONESIA = (
    "Jakarta Governor Anies Baswedan met Joko Widodo at Merdeka Palace on Monday to discuss the "
    "floods in Bekasi, Tangerang and Bogor. Widodo told reporters that the Ciliwung and Cisadane "
    "rivers had burst their banks after Sumatra and Kalimantan were spared. Pak Budi Santoso, a "
    "warung owner in Kampung Pulo, said his family had moved to a masjid in Cawang.")
ENGLISH_QUOTING_SPANISH = (
    "The mayor of the border town addressed the crowd in Spanish. \"No vamos a permitir que "
    "nuestros hijos crezcan con miedo, y pedimos al gobierno federal que envíe más ayuda a "
    "las familias de la región\", she said. Her aides later said she had been asked to speak "
    "by residents who were worried about the closure of the bridge, which carries most of "
    "the trade between the two cities.")
BRIEF = "Police closed the bridge on Friday after a crash. Two people were taken to hospital."


@pytest.mark.parametrize(("text", "code"), [(INDONESIAN, "id"), (PORTUGUESE, "pt"),
                                            (ENGLISH_ABOUT_INDONESIA, "en"),
                                            (ENGLISH_QUOTING_SPANISH, "en")])
def test_identify(text: str, code: str) -> None:
    assert identify(text) == code


def test_english_function_words_far_outnumber_in_english_news() -> None:
    _, english = shares(ENGLISH_ABOUT_INDONESIA)
    _, indonesian = shares(INDONESIAN)
    assert english["en"] > 0.15 > indonesian["en"]
    assert indonesian["id"] > 2 * indonesian["en"]


def test_a_short_text_or_a_table_is_left_undecided() -> None:
    assert identify(BRIEF) is None
    table = " ".join(f"{n} Kyle Busch Denny Hamlin Kevin Harvick 5040 5027" for n in range(8))
    assert identify(table) is None


def test_script_decides_east_asian_languages() -> None:
    assert identify("東京都は月曜日、新しい対策を発表した。" * 3) == "ja"
    assert identify("政府星期一宣布了新的措施。" * 3) == "zh"


def test_the_text_wins_over_the_page_and_the_page_over_silence() -> None:
    assert language_of(INDONESIAN, "en") == "id"
    assert language_of(ENGLISH_ABOUT_INDONESIA, "id") == "en"
    assert language_of(BRIEF, "en") == "en"
    assert language_of(BRIEF, None) is None


def test_records_carry_the_body_language() -> None:
    assert read_text(PORTUGUESE).language == "pt"
    assert read_text(BRIEF).language is None
    page = f"<html lang='en'><body><article><p>{INDONESIAN}</p></article></body></html>"
    assert read_html(page).language == "id"
