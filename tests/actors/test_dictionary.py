"""The actor dictionary: shipped entries, lookups, roles by date, user files and their errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.actors.dictionary import DictionaryError, load_dictionary, read_jsonl, slug

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "actors"


@pytest.fixture(scope="module")
def dictionary():  # type: ignore[no-untyped-def]
    return load_dictionary()


def test_every_iso_country_is_an_actor(dictionary) -> None:  # type: ignore[no-untyped-def]
    import pycountry

    for country in pycountry.countries:
        entry = dictionary.entries[f"cty:{country.alpha_3}"]
        assert entry.type == "country" and entry.country == country.alpha_3


@pytest.mark.parametrize(("text", "expected"), [
    ("Israel", "cty:ISR"), ("US", "cty:USA"), ("the United States", "cty:USA"), ("Russia", "cty:RUS"),
    ("Iran", "cty:IRN"), ("UAE", "cty:ARE"), ("Hamas", "org:hamas"), ("AFP", "med:afp"),
    ("Reuters", "med:reuters"), ("Associated Press", "med:ap"), ("the UN Security Council", "igo:un-security-council"),
    ("Arab League", "igo:arab-league"), ("European Union", "igo:eu"), ("Netanyahu", "per:benjamin-netanyahu"),
    ("Zelenskiy", "per:volodymyr-zelensky"), ("us", None), ("Atlantis", None),
    # an acronym matches in any case unless it is also a census surname ("Mr. Somo said he")
    ("NATO", "igo:nato"), ("Nato", "igo:nato"), ("SOMO", "org:somo"), ("Somo", None),
])
def test_lookup(dictionary, text: str, expected: str | None) -> None:  # type: ignore[no-untyped-def]
    entry = dictionary.lookup(text)
    assert (entry.id if entry else None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Israeli", "ISR"), ("Israelis", "ISR"), ("Qatari", "QAT"), ("American", "USA"), ("US", "USA"),
    ("Egyptian", "EGY"), ("Jordanian", "JOR"), ("Gazans", "PSE"), ("Ukrainian", "UKR"), ("British", "GBR"),
    ("Lebanese", "LBN"), ("Yemeni", "YEM"), ("Sudanese", "SDN"), ("Martian", None),
])
def test_demonyms(dictionary, text: str, expected: str | None) -> None:  # type: ignore[no-untyped-def]
    entry = dictionary.demonym(text)
    assert (entry.country if entry else None) == expected


@pytest.mark.parametrize(("title", "of", "date", "expected"), [
    ("prime minister", "cty:ISR", "2024-08-18", "per:benjamin-netanyahu"),
    ("prime minister", "cty:ISR", "2021-08-01", "per:naftali-bennett"),
    ("prime minister", "cty:ISR", "2022-09-01", "per:yair-lapid"),
    ("president", "cty:USA", "2024-08-18", "per:joe-biden"),
    ("president", "cty:USA", "2019-03-01", "per:donald-trump"),
    ("foreign minister", "cty:USA", "2024-08-18", "per:antony-blinken"),
    ("foreign minister", "cty:IRN", "2024-09-01", "per:abbas-araghchi"),
    ("political bureau chief", "org:hamas", "2024-07-01", "per:ismail-haniyeh"),
    ("political bureau chief", "org:hamas", "2024-08-10", "per:yahya-sinwar"),
    ("president", "cty:SYR", "2025-03-01", "per:ahmed-al-sharaa"),
])
def test_office_holders_by_date(dictionary, title, of, date, expected) -> None:  # type: ignore[no-untyped-def]
    assert [e.id for e in dictionary.holders(title, of, date)] == [expected]


def test_slug() -> None:
    assert slug("Sami Abu Zuhri") == "sami-abu-zuhri"
    assert slug("António Guterres") == "antonio-guterres"


def test_user_file_adds_actors_and_aliases() -> None:
    dictionary = load_dictionary([str(FIXTURES / "extra_actors.jsonl")])
    assert dictionary.lookup("Lena Marsh").id == "per:lena-marsh"
    hamas = dictionary.lookup("Harakat al-Muqawama")
    assert hamas is not None and hamas.id == "org:hamas" and hamas.sector == "rebel"
    assert load_dictionary().lookup("Lena Marsh") is None  # the shipped one is left alone


@pytest.mark.parametrize(("line", "message"), [
    ('{"id": "per:x", "name": "X"', "not valid JSON"),
    ('["per:x", "X", "person"]', "one JSON object"),
    ('{"id": "per:x", "type": "person"}', "'name' is required"),
    ('{"id": "Person X", "name": "X", "type": "person"}', "id 'Person X'"),
    ('{"id": "per:x", "name": "X", "type": "alien"}', "type 'alien'"),
    ('{"id": "per:x", "name": "X", "type": "person", "country": "Israel"}', "ISO 3166"),
    ('{"id": "per:x", "name": "X", "type": "person", "aliases": "Y"}', "'aliases'"),
    ('{"id": "per:x", "name": "X", "type": "person", "roles": [{"title": "king", "from": "May 2020"}]}', "YYYY-MM-DD"),
    ('{"id": "per:x", "name": "X", "type": "person", "roles": [{"title": "king", "from": "2020", "to": "2019"}]}',
     "ends (2019) before"),
    ('{"id": "per:x", "name": "X", "type": "person", "roles": [{"of": "cty:ISR"}]}', "'title'"),
    ('{"id": "per:x", "name": "X", "type": "person", "alias": ["Y"]}', "unknown field 'alias'"),
    ('{"id": "per:x", "name": "X", "type": "person", "gender": "male"}', "gender 'male'"),
    ('{"id": "per:x", "name": "X", "type": "person", "affiliation": "Hamas"}', "affiliation 'Hamas'"),
    ('{"id": "org:ok", "name": "OK again", "type": "organization"}', "'org:ok' is already defined on line 2"),
])
def test_malformed_dictionary_names_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "mine.jsonl"
    path.write_text('# my actors\n{"id": "org:ok", "name": "OK", "type": "organization"}\n\n' + line + "\n",
                    encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        list(read_jsonl(path))
    assert f"{path}:4:" in str(err.value)
    assert message in str(err.value)


def test_malformed_dictionary_through_loader(tmp_path: Path) -> None:
    path = tmp_path / "broken.jsonl"
    path.write_text('{"id": "per:x", "name": "X", "type": "person", "country": "XXX"}\n', encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"broken\.jsonl:1: country 'XXX'"):
        load_dictionary([str(path)])


def test_missing_dictionary_file(tmp_path: Path) -> None:
    with pytest.raises(DictionaryError, match="cannot read"):
        load_dictionary([str(tmp_path / "absent.jsonl")])


def test_a_dictionary_that_is_not_text_is_named(tmp_path: Path) -> None:
    path = tmp_path / "actors.jsonl"
    path.write_bytes(b'{"id": "per:x", "name": "\xff\xfe"}\n')
    with pytest.raises(DictionaryError, match=r"actors\.jsonl: the actor dictionary is not UTF-8"):
        list(read_jsonl(path))


def test_a_byte_order_mark_before_the_first_line_is_no_error(tmp_path: Path) -> None:
    path = tmp_path / "notepad.jsonl"
    path.write_bytes("\ufeff".encode() + b'{"id": "org:river-council", "name": "River Council", '
                     b'"type": "organization"}\n')
    assert [e.id for e in read_jsonl(path)] == ["org:river-council"]
