"""``dateline eval entities FILE``: named entities against CoNLL IOB gold (conlleval's metric).

The file has one token a line with the IOB tag in the last column (CoNLL-2003: token POS chunk NER),
a blank line between sentences and optional ``-DOCSTART-`` lines; tags in IOB1 or IOB2. The spaCy
model's entities over the gold tokens, mapped to PER/ORG/LOC/MISC (GPE/LOC/FAC -> LOC; NORP, EVENT,
LANGUAGE -> MISC; a leading "the" cut as CoNLL's spans never include it),
corrected by ``dateline.actors`` (dictionary and place names) unless ``--no-corrections``, are
scored by entity-level exact micro precision, recall and F1.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from dateline.cli.eval import emit, eval_group, json_option

#: spaCy (OntoNotes) label -> CoNLL type; labels not here (DATE, CARDINAL...) are dropped.
#: CoNLL's MISC also covers events ("World Cup") and languages ("English").
LABEL_MAP: dict[str, str] = {
    "PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "MISC",
    "EVENT": "MISC", "LANGUAGE": "MISC",
}

Entity = tuple[int, int, str]
#: people named in the last sentences of the same document help find their surnames later
CONTEXT_SENTENCES = 40  # token start, token end (exclusive), type


@dataclass(frozen=True)
class Sentence:
    words: tuple[str, ...]
    tags: tuple[str, ...]
    document: int = 0  # index of the -DOCSTART- document it belongs to


class ConllError(ValueError):
    """A CoNLL file that cannot be read."""


def read_conll(path: Path) -> Iterator[Sentence]:
    """Sentences of a CoNLL IOB file (``-DOCSTART-`` lines and blank lines separate them)."""
    words: list[str] = []
    tags: list[str] = []
    document = 0
    with path.open(encoding="utf-8") as fh:
        for lineno, line in _lines(fh, path):
            cols = line.split()
            if not cols or cols[0] == "-DOCSTART-":
                if words:
                    yield Sentence(tuple(words), tuple(tags), document)
                words, tags = [], []
                if cols and lineno > 1:
                    document += 1
                continue
            tag = cols[-1]
            if len(cols) < 2 or not (tag == "O" or tag[:2] in ("B-", "I-", "E-", "S-")):
                raise ConllError(f"{path}:{lineno}: expected 'token ... TAG' with an IOB tag last, got {line.strip()!r}")
            words.append(cols[0])
            tags.append(tag)
    if words:
        yield Sentence(tuple(words), tuple(tags), document)


def _lines(fh: Iterable[str], path: Path) -> Iterator[tuple[int, str]]:
    """Numbered lines; a file that is not UTF-8 text is a ``ConllError`` naming it."""
    lineno = 0
    try:
        for lineno, line in enumerate(fh, 1):  # noqa: B007
            yield lineno, line
    except UnicodeDecodeError as err:
        raise ConllError(f"{path}: not UTF-8 text near line {lineno + 1}; expected a CoNLL IOB file") from err


def iob_entities(tags: Sequence[str]) -> set[Entity]:
    """Entities of an IOB1 or IOB2 tag sequence, chunked as conlleval does."""
    entities: set[Entity] = set()
    start, kind = None, None
    for i, tag in enumerate((*tags, "O")):
        prefix, _, typ = tag.partition("-")
        begins = prefix in ("B", "S") or (prefix in ("I", "E") and typ != kind)
        if start is not None and (tag == "O" or begins):
            entities.add((start, i, kind or ""))
            start, kind = None, None
        if tag != "O" and begins:
            start, kind = i, typ
        if prefix in ("E", "S") and start is not None:  # IOBES: the chunk ends here
            entities.add((start, i + 1, kind or ""))
            start, kind = None, None
    return entities


def score(gold: Iterable[set[Entity]], predicted: Iterable[set[Entity]]) -> dict[str, Any]:
    """Micro precision/recall/F1 over exact entity matches, overall and per type."""
    tp: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    for g, p in zip(gold, predicted, strict=True):
        n_gold.update(e[2] for e in g)
        n_pred.update(e[2] for e in p)
        tp.update(e[2] for e in g & p)
    per_type = {t: _prf(tp[t], n_pred[t], n_gold[t]) for t in sorted(set(n_gold) | set(n_pred))}
    total = _prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    return {**total, "per_type": per_type}


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, Any]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "n": n_gold}


def spans_to_entities(spans: Iterable[tuple[int, int, str]], words: Sequence[str] = ()) -> set[Entity]:
    """(start, end, spaCy label) -> CoNLL entities; unmapped labels dropped. With the words, a
    leading article is cut: OntoNotes spans include it ("the United States"), CoNLL's only when it
    is part of the name ("The Hague", "The Times" capitalised inside a sentence)."""
    out = set()
    for s, e, label in spans:
        if label not in LABEL_MAP:
            continue
        if words and e - s > 1 and (words[s] == "the" or words[s] == "The" and s == 0):
            s += 1  # "The Hague", "The Times" inside a sentence keep theirs
        out.add((s, e, LABEL_MAP[label]))
    return out


def predict(sentences: Sequence[Sentence], *, corrections: bool = True,
            actors: Sequence[str] = (), batch_size: int = 256) -> Iterator[set[Entity]]:
    """The model's (corrected) entities over the gold tokens, one set per sentence."""
    import spacy
    from spacy.tokens import Doc

    from dateline.actors.component import make_corrector
    from dateline.nlp import MODEL

    nlp = spacy.load(MODEL, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"])
    corrector = make_corrector(nlp, list(actors)) if corrections else None
    docs = (Doc(nlp.vocab, words=list(s.words)) for s in sentences)
    memory: deque[list[str]] = deque(maxlen=CONTEXT_SENTENCES)
    document = -1
    for sentence, doc in zip(sentences, nlp.pipe(docs, batch_size=batch_size), strict=True):
        if sentence.document != document:
            memory.clear()
            document = sentence.document
        if corrector is not None:
            ents = corrector(doc, [n for names in memory for n in names])
        else:
            ents = list(doc.ents)
        memory.append([e.text for e in ents if e.label_ == "PERSON" and len(e) > 1])
        yield spans_to_entities(((e.start, e.end, e.label_) for e in ents), [t.text for t in doc])


def evaluate(path: Path, *, corrections: bool = True, actors: Sequence[str] = ()) -> dict[str, Any]:
    """Score the model (and dateline's corrections) on one CoNLL file."""
    sentences = list(read_conll(path))
    gold = [iob_entities(s.tags) for s in sentences]
    result = score(gold, predict(sentences, corrections=corrections, actors=actors))
    result["sentences"] = len(sentences)
    return result


@eval_group.command("entities")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@json_option
@click.option("--no-corrections", is_flag=True, help="Score the spaCy model alone.")
@click.option("--actors", "actors", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="An extra actor dictionary (JSON Lines) for the corrections; repeatable.")
def entities_command(file: Path, as_json: bool, no_corrections: bool, actors: tuple[str, ...]) -> None:
    """Entity-level exact P/R/F1 (conlleval) on a CoNLL IOB FILE, PER/ORG/LOC/MISC."""
    try:
        result = evaluate(file, corrections=not no_corrections, actors=actors)
    except (ConllError, ValueError) as err:
        raise click.ClickException(str(err)) from err
    if not result.get("n"):
        raise click.ClickException(f"{file}: no entity in its gold tags; nothing to score")
    emit(result, as_json)
