"""per_doc: a function of a Doc computed once for the Doc being read, keyed on the Doc object."""

from __future__ import annotations

import threading
from collections.abc import Callable

from spacy.tokens import Doc
from spacy.vocab import Vocab

from dateline.nlp.memo import per_doc

VOCAB = Vocab()


def _counting() -> tuple[list[Doc], Callable[[Doc], tuple[str, ...]]]:
    calls: list[Doc] = []

    @per_doc
    def words(doc: Doc) -> tuple[str, ...]:
        calls.append(doc)
        return tuple(t.text for t in doc)

    return calls, words


def test_computed_once_per_doc_and_again_for_another() -> None:
    calls, words = _counting()
    a, b = Doc(VOCAB, words=["talks", "resume"]), Doc(VOCAB, words=["talks", "resume"])
    assert words(a) == ("talks", "resume") and words(a) == ("talks", "resume")
    assert calls == [a]
    words(b)  # the same text, another Doc: computed again
    words(a)  # one slot: a was dropped when b came
    assert [id(d) for d in calls] == [id(a), id(b), id(a)]


def test_keeps_the_wrapped_name_and_docstring() -> None:
    from dateline.actors.readings import _titled_words
    from dateline.quotes.base import _bounds, doc_text

    assert "doc.text" in (doc_text.__doc__ or "")
    assert _bounds.__name__ == "_bounds" and _titled_words.__name__ == "_titled_words"


def test_threads_each_get_their_own_docs_answer() -> None:
    @per_doc
    def first(doc: Doc) -> str:
        return doc[0].text

    docs = [Doc(VOCAB, words=[f"w{i}", "x"]) for i in range(8)]
    wrong: list[str] = []

    def work(doc: Doc) -> None:
        for _ in range(2000):
            if first(doc) != doc[0].text:
                wrong.append(doc[0].text)

    threads = [threading.Thread(target=work, args=(d,)) for d in docs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert wrong == []


def test_doc_text_and_bounds_match_the_doc() -> None:
    from dateline.quotes.base import _bounds, doc_text

    doc = Doc(VOCAB, words=["Talks", "resume", "."], spaces=[True, False, False])
    assert doc_text(doc) == "Talks resume." == doc_text(doc)
    starts, ends = _bounds(doc)
    assert list(starts) == [0, 6, 12] and list(ends) == [5, 12, 13]


def test_text_is_joined_once_and_travels_with_the_doc() -> None:
    """Every component asks for the text: it is joined once and kept in the Doc's user_data,
    so a later component (another function, another per_doc slot) does not join it again."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from dateline.nlp.memo import TEXT_KEY, text_of

    doc = Doc(Vocab(), words=["Talks", "resume", "."], spaces=[True, False, False])
    assert TEXT_KEY not in doc.user_data
    assert text_of(doc) == "Talks resume." == doc.text
    doc.user_data[TEXT_KEY] = "kept"  # the kept value is what later calls read
    assert text_of(doc) == "kept"
    assert text_of(Doc(Vocab(), words=["Other"], spaces=[False])) == "Other"
