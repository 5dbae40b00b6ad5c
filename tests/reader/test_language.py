"""The body's language from its function words: other languages found, English kept English
(foreign names, a quoted foreign sentence, a short brief), the record's language set from it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from dateline.reader import read_html, read_text
from dateline.reader.language import _identify_sample, foreign, identify, language_of, shares

if TYPE_CHECKING:
    from dateline.pipeline import Pipeline

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
LEAD_FRENCH = (  # a lead of 36 English words, then two long quotes in French
    "The president of the regional council spoke to farmers in Rennes on Tuesday about the drought, "
    "which has dried up wells across Brittany since June and left many of them buying water for "
    "their animals at twice the usual price.\n\n"
    "“Nous avons entendu la colère de ceux qui travaillent la terre, et nous ne les laisserons pas "
    "seuls face à cette sécheresse qui dure depuis des mois. Les aides seront versées avant la fin "
    "du mois, sans attendre que les dossiers soient tous complets. Nous allons aussi ouvrir des "
    "points d'eau dans chaque commune pour que les éleveurs n'aient plus à faire des dizaines de "
    "kilomètres avec leurs citernes”, a-t-il déclaré.\n\n"
    "“Il faut aussi que l'État prenne sa part, parce que la région ne peut pas payer pour tout ce "
    "que le changement du climat nous coûte déjà, et qu'il nous coûtera encore plus dans les années "
    "qui viennent. Nous demandons au gouvernement de reconnaître l'état de catastrophe naturelle "
    "dès cette semaine, et de ne pas attendre la fin de l'été pour agir”, a-t-il ajouté devant la "
    "presse.")
SPANISH = (  # quotes in guillemets and in straight quotes
    "El alcalde de la ciudad anunció el lunes que el servicio de autobuses volverá a funcionar "
    "con normalidad a partir de la próxima semana, después de que los conductores aceptaran la "
    "propuesta del ayuntamiento.\n\n"
    "«Hemos llegado a un acuerdo que es bueno para los trabajadores y para los vecinos», dijo el "
    "alcalde en una rueda de prensa. Según el sindicato, los conductores recibirán un aumento "
    "del salario y tendrán más días de descanso. \"Ha sido una negociación larga, pero estamos "
    "satisfechos con el resultado\", explicó su portavoz.")
ENGLISH_QUOTING_FRENCH = (
    "Hundreds of people gathered outside the courthouse in Lyon on Thursday as the trial of the "
    "former mayor opened. He is accused of handing building contracts to a company run by his "
    "brother-in-law, and has denied the charges. His lawyer read a statement from him to the "
    "court before the first witness was called.\n\n"
    "\"Je n'ai jamais pris un euro qui ne m'appartenait pas, et je le dirai devant les juges "
    "autant de fois qu'il le faudra. Ceux qui m'accusent aujourd'hui sont les mêmes qui ont "
    "perdu les élections contre moi, et ils le savent très bien. Je fais confiance à la justice "
    "de mon pays, et je suis certain que la vérité sera établie à la fin de ce procès, quelle que "
    "soit la durée qu'il faudra pour cela. Je demande seulement que l'on respecte ma famille, qui "
    "n'a rien à voir avec cette affaire\", the statement said.\n\n"
    "The trial is expected to last three weeks.")
SHORT_FRAME = (
    "The minister said:\n\n"
    "“Nous avons entendu la colère de ceux qui travaillent la terre, et nous ne les laisserons pas "
    "seuls face à cette sécheresse qui dure depuis des mois. Les aides seront versées avant la fin "
    "du mois, sans attendre que les dossiers soient tous complets.”")


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


@pytest.mark.parametrize(("text", "code"), [(LEAD_FRENCH, "en"), (SPANISH, "es"),
                                            (ENGLISH_QUOTING_FRENCH, "en")])
def test_quoted_speech_does_not_decide_the_language(text: str, code: str) -> None:
    assert identify(text) == code


def test_the_french_quotes_alone_would_make_the_lead_french() -> None:
    _, found = shares(LEAD_FRENCH)  # the whole text: French words outnumber English ones
    assert found["fr"] > 2 * found["en"] and found["en"] < 0.15


def test_too_few_words_outside_the_quotes_leave_the_whole_text_to_decide() -> None:
    assert identify(SHORT_FRAME) == "fr"


VOX_POP = (  # an English report of quotes; outside them, mostly French names with "de la", "Le"
    "“We have lost everything in one night and nobody came to help us,” said Marie de la Tour, 54, "
    "of Saint-Jean-de-Luz.\n\n"
    "“The water came up to the roof of the house before we could get out,” said Jean-Luc Le Roux "
    "de La Roche-sur-Yon.\n\n"
    "“I have never seen anything like this in my life, and I was born here,” said Anne-Marie du "
    "Pont de la Croix, mayor of Les Sables-d'Olonne.\n\n"
    "“The insurers must pay, and they must pay now,” said Pierre de la Salle, of La "
    "Tranche-sur-Mer, and Louis Le Blanc du Lac.\n\n"
    "“We will rebuild,” said Claire de La Motte, of Le Château-d'Olonne, and Paul du Val de la Mer.")
INCH_MARK = (  # 6'2": a straight double quote that opens nothing
    "The striker, who is 6'2\", joined from Lyon on Monday on a three-year contract, and he will "
    "wear the number nine shirt when the season starts next month, the club said in a statement. "
    "\"Je suis très heureux d'être ici et je veux gagner des titres avec ce club, c'est pour cela "
    "que je suis venu ici. Je remercie le président et tous les supporters pour leur accueil, ils "
    "sont formidables et je vais tout donner pour eux\", a-t-il dit. He has played twice for his "
    "country.")
QUOTES_AND_TABLE = (  # outside the quote, a table that no list of function words explains
    "\"We played well and we deserved to win the match today, and the fans were with us from the "
    "start to the end of it,\" said Smith. Results: Arsenal 2 Chelsea 1; Everton 0 Leeds 3; "
    "Fulham 1 Burnley 1; Wolves 2 Spurs 2; Brighton 4 Luton 0; Newcastle 1 Villa 1; Forest 0 "
    "Brentford 2; Bournemouth 3 Sheffield 1; Palace 1 Ipswich 0; Southampton 2 Watford 2; "
    "Norwich 0 Millwall 1; Derby 1 Stoke 0; Hull 2 Reading 3.")


@pytest.mark.parametrize("text", [VOX_POP, INCH_MARK, QUOTES_AND_TABLE])
def test_what_stands_outside_the_quotes_never_makes_an_english_text_foreign(text: str) -> None:
    assert identify(text) == "en"


def test_an_inch_mark_opens_no_quote() -> None:
    lead = ("The 6'2\" president of the regional council spoke to farmers in Rennes on Tuesday about "
            "the drought, which has dried up wells across Brittany since June and left many of them "
            "buying water for their animals at twice the usual price. ")
    quotes = [part.strip("“”") for part in LEAD_FRENCH.split("\n\n")[1:]]
    text = lead + " ".join(f'"{q.split("”")[0]}"{q.split("”")[1]}' for q in quotes)
    assert identify(text) == "en"


def test_the_body_is_identified_once_for_the_reader_and_each_later_look() -> None:
    body = PORTUGUESE + " " + ENGLISH_ABOUT_INDONESIA  # a text no other test reads
    before = _identify_sample.cache_info()
    article = read_text(body)
    assert foreign(article.body) == (article.language not in (None, "en"))
    assert identify(article.body) == article.language
    after = _identify_sample.cache_info()
    assert after.misses - before.misses == 1
    assert after.hits - before.hits >= 2


RESULTS = "".join(f"<tr><td>{name}</td><td>{party}</td><td>{votes}</td></tr>" for name, party, votes in (
    ("Maria Lopez", "Green", 48210), ("John Okafor", "Labour", 45127), ("Anita Desai", "Liberal", 30964),
    ("Pieter de Vries", "Independent", 12408), ("Kenji Sato", "Reform", 9877),
    ("Fatima Zahra", "Green", 7541), ("Olaf Berg", "Labour", 6032), ("Chen Wei", "Liberal", 5120)))
TABLE_PAGE = ("<html><head><title>Council count</title></head><body><article><h1>Council count</h1>"
              f"<table><tr><th>Candidate</th><th>Party</th><th>Votes</th></tr>{RESULTS}</table>"
              "</article></body></html>")


def test_a_page_of_names_and_figures_is_of_no_language_and_not_foreign() -> None:
    article = read_html(TABLE_PAGE)
    assert "Pieter de Vries | Independent | 12408" in article.body
    assert article.language is None  # not guessed English: nothing in it says so
    assert not foreign(article.body)  # names and figures: the English stages read them
    declared = read_html(TABLE_PAGE.replace("<html>", "<html lang='nl'>"))
    assert (declared.language, foreign(declared.body)) == ("nl", False)


def test_the_english_stages_read_the_names_of_a_page_of_no_language(pipeline: Pipeline) -> None:
    record = pipeline.process(read_html(TABLE_PAGE))
    assert record.language is None
    assert {"Anita Desai", "John Okafor"} <= {actor.name for actor in record.actors}


TIMES = "".join(f"<tr><td>{name}</td><td>{minutes} min</td><td>{club}</td></tr>" for name, minutes, club in (
    ("Ruth Ngugi", 31, "Leeds AC"), ("Sam Porter", 32, "Hull Harriers"), ("Ines Costa", 33, "Leeds AC"),
    ("Omar Haddad", 33, "York RC"), ("Lena Fischer", 34, "Hull Harriers"), ("Kofi Mensah", 35, "York RC"),
    ("Ada Quinn", 36, "Leeds AC"), ("Raj Patel", 37, "York RC"), ("Tess Moore", 39, "Hull Harriers")))
FINISHERS = "".join(f"<tr><td>{name}</td><td>{town}</td><td>{time}</td></tr>" for name, town, time in (
    ("Jan van Dijk", "Leiden", "2:41:07"), ("Ana de la Cruz", "Malaga", "2:43:55"),
    ("Luca di Marco", "Parma", "2:44:10"), ("Joost de Vries", "Delft", "2:45:31"),
    ("Rita da Silva", "Braga", "2:46:02"), ("Luis de la Vega", "Cadiz", "2:48:12"),
    ("Eva van der Berg", "Gent", "2:49:00"), ("Tom de Boer", "Breda", "2:50:18")))


@pytest.mark.parametrize("rows", [TIMES, FINISHERS])
def test_a_table_repeating_a_unit_or_a_particle_is_of_no_language(rows: str) -> None:
    """'min' is a Swedish, Danish and Dutch function word, 'van', 'de', 'la' Spanish ones: one
    or two of them repeated down a table make no language, as prose's many different ones do."""
    article = read_html(f"<html><body><article><h1>Results</h1><table>{rows}</table></article></body></html>")
    assert (article.language, foreign(article.body)) == (None, False)
