"""nlp.clauses: a finite verb read as a participle, a negative-quantifier subject, and a relative
clause's object read as a second subject."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.nlp.clauses import finite_head, negative_subject, stranded_object, trailing


def _verb(nlp: Any, text: str, word: str) -> Any:
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize(("text", "verb", "subject"), [
    # a crowd verb (no passive) on the noun the parser made the sentence's head
    ("Uyghur activists protested outside the Chinese embassy in Ankara.", "protested", "activists"),
    ("Palestinian youths resorted to throwing stones.", "resorted", "youths"),
    # an attribution after its sentence, its speaker an apposition
    ("Croatia is failing its refugees, a rights group protested Wednesday.", "protested", "group"),
    # a verb before the words it reports: a past tense right after its noun, a verb after a name's apposition
    ("He left the hall, a man yelled “Stay there!”", "yelled", "man"),
    ("A man yelled “Stay there!”", "yelled", "man"),
    ("Ana Ruiz, the Green Party candidate, tweeted in response: “Not good.”", "tweeted", "Ruiz"),
])
def test_finite_head_finds_the_subject_of_a_misread_verb(nlp: Any, text: str, verb: str, subject: str) -> None:
    head = finite_head(_verb(nlp, text, verb))
    assert head is not None and head.text == subject


@pytest.mark.parametrize(("text", "verb"), [
    # real participles: their noun is the victim (a headline), or the agent acts
    ("Three Uyghur activists arrested outside the embassy in Ankara.", "arrested"),
    ("Uyghur activists detained by police outside the embassy.", "detained"),
    # a crowd at a site after a sentence: not an attribution
    ("Police beat protesters, a group of activists protested outside the embassy.", "protested"),
    # participles before another verb's quote, or with nothing reported
    ("Three soldiers killed in Gaza.", "killed"),
    ("The man arrested yesterday said “I did nothing wrong.”", "arrested"),
    ("Officials briefed on the talks said “We are close.”", "briefed"),
    ("The documents released by the agency said “no further action.”", "released"),
    ("Marta Lind, 52, known locally as “the Baker,” was elected in May.", "known"),
])
def test_finite_head_leaves_real_participles(nlp: Any, text: str, verb: str) -> None:
    assert finite_head(_verb(nlp, text, verb)) is None


def test_only_the_appended_speaker_is_trailing(nlp: Any) -> None:
    assert trailing(_verb(nlp, "Croatia is failing its refugees, a rights group protested Wednesday.", "protested"))
    assert not trailing(_verb(nlp, "Uyghur activists protested outside the Chinese embassy in Ankara.", "protested"))


@pytest.mark.parametrize(("text", "verb", "negative"), [
    ("Nobody said war is out of the question.", "said", True),
    ("No one doubted that Israel would strike Iran.", "doubted", True),
    ("Nobody was hurt.", "hurt", True),
    ("None of the officials fired.", "fired", True),
    ("Not one official spoke.", "spoke", True),
    ("Not a single shot was fired.", "fired", True),
    ("Not one of the soldiers fired.", "fired", True),
    # near misses: some did; a rank
    ("Not only one official spoke.", "spoke", False),
    ("Not all officials spoke.", "spoke", False),
    ("Not one but two rockets were fired.", "fired", False),
    ("Not a single rocket, but dozens, were fired.", "fired", False),
    ("Not long ago, an official spoke.", "spoke", False),
    ("The No. 2 official spoke.", "spoke", False),
    ("Israel said war is out of the question.", "said", False),
])
def test_negative_subject(nlp: Any, text: str, verb: str, negative: bool) -> None:
    assert negative_subject(_verb(nlp, text, verb)) is negative


def _subjects(nlp: Any, text: str, verb: str) -> list[Any]:
    return sorted((c for c in _verb(nlp, text, verb).children if c.dep_ == "nsubj"), key=lambda t: t.i)


def test_a_relative_clauses_object_read_as_a_second_subject_is_stranded(nlp: Any) -> None:
    text = ("Protesters who began marching over bread prices in December and defied Sudan's army stormed "
            "the palace in April.")
    far, near = _subjects(nlp, text, "stormed")  # the parser's two subjects: "Protesters", "army"
    assert (far.text, near.text) == ("Protesters", "army")
    assert stranded_object(near, far)


def test_a_split_name_is_no_stranded_object(nlp: Any) -> None:
    # near miss: two subjects with no relative clause between them are one name split
    subjects = _subjects(nlp, "Sudan's paramilitary Rapid Support Forces attacked El Fasher.", "attacked")
    assert len(subjects) < 2 or not stranded_object(subjects[-1], subjects[0])


def _parsed(nlp: Any, rows: list[tuple[str, int, str, str, str]]) -> Any:
    """A doc with a given parse: (word, head index, dep, POS, tag) a row; the parser's errors set by hand."""
    from spacy.tokens import Doc

    words, heads, deps, pos, tags = (list(column) for column in zip(*rows, strict=True))
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)


def _rows(verb: tuple[str, int, str, str, str], before: tuple[tuple[str, int, str, str, str], ...] = ()
          ) -> list[tuple[str, int, str, str, str]]:
    """'Protesters who <verb> Sudan's army stormed the palace.', the army a second subject of
    "stormed"; ``before`` replaces "who" by tokens of the same count."""
    start = before or (("who", 2, "nsubj", "PRON", "WP"),)
    return [("Protesters", 6, "nsubj", "NOUN", "NNS"), *start, verb, ("Sudan", 5, "poss", "PROPN", "NNP"),
            ("'s", 3, "case", "PART", "POS"), ("army", 6, "nsubj", "NOUN", "NN"),
            ("stormed", 6, "ROOT", "VERB", "VBD"), ("the", 8, "det", "DET", "DT"),
            ("palace", 6, "dobj", "NOUN", "NN"), (".", 6, "punct", "PUNCT", ".")]


def _stranded(doc: Any) -> bool:
    return stranded_object(doc[5], doc[0])  # near: "army", far: "Protesters"


def test_the_hand_built_relative_clause_strands_its_object(nlp: Any) -> None:
    # the control for the rejections below: the same parse with a past-tense relative verb
    assert _stranded(_parsed(nlp, _rows(("defied", 0, "relcl", "VERB", "VBD"))))


@pytest.mark.parametrize("rows", [
    # a present tense: "Protesters who defy Sudan's army storm ..." is no narrative relative clause
    _rows(("defy", 0, "relcl", "VERB", "VBP")),
    # the relative verb has its object already, the relative pronoun: "Protesters whom police chased"
    _rows(("chased", 0, "relcl", "VERB", "VBD"), (("whom", 2, "dobj", "PRON", "WP"),)),
    # a participle, no relative clause: "Protesters detained Sudan's army ..." (the detained protesters)
    _rows(("detained", 0, "acl", "VERB", "VBN")),
    # the relative clause is of another noun than the first subject: "Protesters whose leaders defied"
    _rows(("defied", 1, "relcl", "VERB", "VBD"), (("leaders", 0, "appos", "NOUN", "NNS"),)),
    # no verb right before the second subject: "Protesters, marchers, Sudan's army ..."
    _rows((",", 0, "punct", "PUNCT", ","), (("marchers", 0, "appos", "NOUN", "NNS"),)),
])
def test_a_second_subject_is_no_stranded_object(nlp: Any, rows: list[tuple[str, int, str, str, str]]) -> None:
    assert not _stranded(_parsed(nlp, rows))
