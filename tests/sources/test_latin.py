"""Single-byte Latin text without a declared charset: windows-1252 for Western European text,
windows-1250 or ISO-8859-2 for Central European text, and a declared charset always wins.
Every sentence is our own writing."""

from __future__ import annotations

import pytest

from dateline.sources import decode
from dateline.sources.latin import SAMPLE, read_latin

CENTRAL = [  # (encoding, text): Czech, Polish, Slovak, Hungarian, Croatian, Slovene, Romanian
    ("cp1250", "Příliš žluťoučký kůň úpěl ďábelské ódy."),
    ("cp1250", "Zażółć gęślą jaźń."),
    ("cp1250", "Vláda schválila návrh zákona o štátnom rozpočte, uviedol minister."),
    ("cp1250", "Praha: Ministr zahraničí řekl v úterý, že jednání o příměří budou pokračovat."),
    ("cp1250", "Minister řekl, že jednání budou pokračovat."),  # no byte windows-1252 lacks
    ("cp1250", "Warszawa: Rząd ogłosił w środę, że rozmowy pokojowe będą kontynuowane."),
    ("cp1250", "Budapest: A kormány szerdán bejelentette, hogy a tűzszüneti tárgyalások folytatódnak."),
    ("cp1250", "Zagreb: Premijer je u srijedu rekao da će se pregovori nastaviti u Đakovu."),
    ("cp1250", "Ljubljana: Ministrica je v četrtek dejala, da se pogovori nadaljujejo."),
    ("cp1250", "Bucureşti: Guvernul a anunţat că negocierile vor continua în această săptămână."),
    ("cp1250", "Gdańsk: Prezydent powiedział w czwartek, że Polska nie zmieni stanowiska."),  # ñ, ³, ¿e
    ("cp1250", "Maribor: Župan je dejal, da bo občina v petek predstavila nov načrt."),
    ("iso-8859-2", "Příliš žluťoučký kůň úpěl ďábelské ódy."),
    ("iso-8859-2", "Zażółć gęślą jaźń. Rząd ogłosił, że rozmowy będą kontynuowane."),
    ("iso-8859-2", "Bratislava: Šťastný minister povedal, že rokovania sa skončili."),
    ("iso-8859-2", "Árvíztűrő tükörfúrógép: a miniszter szerint a tárgyalások ősszel folytatódnak."),
    ("iso-8859-2", "Split: Ministar je rekao da će vlada u četvrtak predstaviti novi zakon."),
    # a Hungarian text whose only ő is in a name: "Gyõr" is no Portuguese (õe) nor Estonian (y)
    ("cp1250", "Orbán Viktor kedden azt mondta, hogy a kormány támogatja; Győr és Pécs."),
    # ISO-8859-2 "ą", "ś" are windows-1250 "±", "¶": the words decide between the two
    ("iso-8859-2", "Kraków: Prezydent powiedział, że rozmowy będą kontynuowane w środę."),
    # ISO-8859-2 "š" is windows-1250 "ą": "Babią" is Polish beside Czech "Jiří"
    ("iso-8859-2", "Talks in Prague: Andrej Babiš and Jiří Dienstbier met the envoys."),
    # runs of accented letters in many words ("żółć") are Cyrillic's mark, but these words are plausible
    ("cp1250", "Zażółć gęślą jaźń. Żółć, źdźbło i łódź. Zażółć gęślą jaźń."),
]

WESTERN = [  # French, German, Spanish, Portuguese, Italian, Scandinavian, and English with names
    "Café",
    "naïve",
    "Müller",
    "São Paulo",
    "Ærø",
    "The naïve “plan” — Müller’s words — was dropped, officials said.",
    "Genève: Le ministre a déclaré à la presse que les négociations continuent, où l’élève attend.",
    "Köln: Der Außenminister sagte, die Gespräche über eine Waffenruhe würden fortgesetzt.",
    "Madrid: El año pasado, España y Perú firmaron un acuerdo, dijo el señor Núñez. ¿Por qué?",
    "Lisboa: O governo português afirmou que as negociações continuarão em São Paulo.",
    "Roma: È già in città perché il ministro ha detto così.",
    "Barcelona: El govern català diu que la història de les negociacions continuarà, segons fonts pròximes.",
    "Buenos Aires: El canciller afirmó que las conversaciones continuarán en Asunción, según Télam.",
    "Paris: Le ministre a déclaré : « Nous poursuivrons les discussions. » Où ? À Genève.",
    "Zürich: The deal — worth €5 million — was signed by Ms. Ågren and Mr. Ødegaard. © 2024 Microsoft®",
    "Tromsø: Statsministeren sagde på Ærø, at forhandlingerne fortsætter. Malmö, Göteborg, Ålborg.",
    "Reykjavík: ráðherrann sagði að viðræður héldu áfram í Þórshöfn.",
    "Envoys met François, Søren, José Martí and Björk in Doha; prices rose 5½% to £300 per m².",
    "Œuvre, cœur et sœur: Zoë, Chloë and Noël drove a Citroën at 25°C.",
    # names of several languages in one English text: each word is plausible on its own
    "Norway's Jonas Gahr Støre and Italy's foreign minister met in Forlì; Støre said the talks went well.",
    "Delegates from Tromsø and Perú attended, officials said.",
    "Søren Sørensen, a spokesman, said the talks in Genève with Hélène Carrère would resume.",
    "Danish minister Lars Løkke Rasmussen met his counterpart in Genève on Tuesday.",
    "Statsministeren sa at regjeringen vil øke støtten til Bodø, og også Genève ble nevnt.",
    "Pääministeri sanoi tiistaina, että hallitus jatkaa neuvotteluja; Hélène Carrère kommentoi.",
    "“Støre,” said Hélène, “will come to Forlì.” GENÈVE AND TROMSØ AGREED.",
    "Catalan: el pèl, la cèl·lula, València, època, mèrit, Mèxic i cafè.",
    "Eesti: õhtul sõitsid nad Võrust Tartusse; Tõnis Mägi laulis. O Camões põe as eleições.",
    "The chef served crème brûlée, smørrebrød and a jalapeño piñata at the café.",
]


@pytest.mark.parametrize(("encoding", "text"), CENTRAL)
def test_central_european_text_is_read_in_its_code_page(encoding: str, text: str) -> None:
    assert decode(text.encode(encoding), "artykul.txt") == text


@pytest.mark.parametrize(("encoding", "text"), CENTRAL)
def test_windows_1252_would_misread_the_central_european_text(encoding: str, text: str) -> None:
    """The cases are real ones: windows-1252 reads their bytes otherwise (or not at all)."""
    try:
        misread = text.encode(encoding).decode("cp1252")
    except UnicodeDecodeError:
        return
    assert misread != text


@pytest.mark.parametrize("text", WESTERN)
def test_western_text_stays_windows_1252(text: str) -> None:
    assert decode(text.encode("cp1252"), "article.txt") == text


@pytest.mark.parametrize(("text", "expected"), [
    ("Pøíliš", False),  # Danish ø and Czech š in one word
    ("Za¿ó³æ", False),  # symbols between letters: Polish ż and ł in windows-1252
    ("jaŸñ", False),  # a capital after a small letter
    ("Å¾luÅ¥", False),  # UTF-8 "žluť" read as windows-1252
    ("Ærø", True),
    ("¿Qué pasa?", True),
])
def test_what_windows_1252_readings_count_as_plausible(text: str, expected: bool) -> None:
    assert (read_latin(text.encode("cp1252")) == text) is expected


@pytest.mark.parametrize("text", ["Москва: переговоры продолжаются.", "Αθήνα: οι συνομιλίες συνεχίζονται."])
def test_other_scripts_are_no_latin_text(text: str) -> None:
    encoding = "cp1251" if text[0] == "М" else "cp1253"
    assert read_latin(text.encode(encoding)) is None


@pytest.mark.parametrize(("charset", "encoding", "body"), [
    ("windows-1250", "cp1250", "Praha: Ministr řekl, že jednání pokračují."),
    ("iso-8859-2", "iso-8859-2", "Kraków: Rząd ogłosił, że rozmowy będą kontynuowane."),
    # the label wins over the letters: Polish bytes under a windows-1252 label are read as
    # windows-1252 ("R¹d og³osi³"), French under a windows-1250 label as windows-1250 ("Genčve")
    ("windows-1252", "cp1250", "Kraków: Rząd ogłosił, że rozmowy będą kontynuowane."),
    ("windows-1250", "cp1252", "Genève: le ministre a déclaré à la presse."),
])
def test_a_declared_charset_is_followed(charset: str, encoding: str, body: str) -> None:
    head = f'<html><head><meta charset="{charset}"><title>Nouvelles - News</title></head>'
    page = f"{head}<body><p>{body}</p><p>Café Müller</p></body></html>"
    data = page.encode(encoding)
    assert decode(data, "page.html") == data.decode(charset)
    if charset.replace("windows-", "cp") != encoding:  # a real conflict: the letters say otherwise
        assert data.decode(charset) != page and read_latin(data) == page


#: English news names people and places from every Western language; any mix of them must stay
#: windows-1252 (a mix of Danish ø and French è is the Czech alphabet's ř and č in windows-1250)
BASES = [
    "The minister said on Tuesday that talks would resume next week in the capital, officials said.",
    "Regjeringen vil styrke forsvaret i nord, sier ministeren, og også økte bevilgninger er på vei.",
    "Hallitus sanoi tiistaina, että neuvottelut jatkuvat ensi viikolla pääkaupungissa.",
    "Il ministro ha detto che la città sarà più sicura, perché le trattative continuano.",
]
NAMES = ["Jonas Gahr Støre", "Genève", "Forlì", "Hélène Carrère", "Tromsø", "Øresund", "Niccolò",
         "Mirò", "Perú", "Crèvecoeur", "Asunción", "Åsa", "Zoë", "Françoise", "João"]
PAIRS = [(a,) for a in NAMES] + [(a, b) for i, a in enumerate(NAMES) for b in NAMES[i + 1:]]


@pytest.mark.parametrize("names", PAIRS, ids=" + ".join)
def test_english_and_nordic_texts_naming_people_of_several_languages_stay_windows_1252(
        names: tuple[str, ...]) -> None:
    for base in BASES:
        text = f"{base} {' and '.join(names)} attended."
        assert decode(text.encode("cp1252"), "article.txt") == text


@pytest.mark.parametrize(("encoding", "tail"), [
    ("cp1250", "Praha: Ministr zahraničí řekl v úterý, že jednání o příměří budou pokračovat. "),
    ("cp1252", "Le ministre a déclaré à Genève que les négociations continuent. "),
])
def test_a_long_text_is_judged_beyond_its_opening(encoding: str, tail: str) -> None:
    """The Central European words of a long text may all come late (after 165,000 characters
    of ASCII here): the sample takes pieces of the whole text."""
    text = "The minister said the talks would continue on Tuesday. " * 3000 + tail * 40
    assert text.index(tail) > SAMPLE
    assert decode(text.encode(encoding), "long.txt") == text
