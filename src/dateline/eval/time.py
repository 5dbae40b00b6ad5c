"""``dateline eval time DIR``: TIMEX3 extraction and normalization scored as TempEval-3 does.

TimeML 1.2.1 ``.tml`` files in, the document creation time from ``<DCT>`` (not scored), the text
of ``<TEXT>`` with its tags stripped as input. Scores (micro over all TIMEX3 of the folder):
strict span P/R/F1 (same extent), relaxed span P/R/F1 (any overlap, one-to-one), then on the
relaxed matches ``type_accuracy`` and ``value_accuracy``, and ``value_f1``: a hit is a relaxed
match with an equal value, P = hits / system timexes, R = hits / gold timexes (TempEval-3's
"value F1" = relaxed F1 x value accuracy). ``n`` counts scored documents; ``gold``/``system``
count timexes.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import click

from dateline.cli.eval import emit, eval_group, json_option
from dateline.model import Timex


class TimeMLError(ValueError):
    """A TimeML file that cannot be scored (malformed XML, no DCT, no TEXT)."""


@dataclass(frozen=True)
class TimeMLDoc:
    name: str
    dct: str  # YYYY-MM-DD
    text: str
    timexes: tuple[Timex, ...]


def parse_timeml(xml: str, name: str) -> TimeMLDoc:
    """One TimeML document: DCT, the tag-stripped ``<TEXT>`` and its TIMEX3 (char offsets)."""
    try:
        root = ET.fromstring(xml.encode("utf-8") if xml.startswith("<?xml") else xml)
    except ET.ParseError as err:
        raise TimeMLError(f"{name}: malformed XML ({err}); fix the file or leave it out") from err
    dct = next((t.get("value") for t in root.iter("TIMEX3")
                if t.get("functionInDocument") == "CREATION_TIME" and t.get("value")), None)
    if not dct or len(dct) < 8:
        raise TimeMLError(f"{name}: no <DCT> TIMEX3 with functionInDocument=\"CREATION_TIME\" and a value")
    body = root.find("TEXT")
    if body is None:
        raise TimeMLError(f"{name}: no <TEXT> element")
    parts: list[str] = []
    spans: list[Timex] = []
    _walk(body, parts, spans)
    dct = dct[:10] if "-" in dct[:8] else f"{dct[:4]}-{dct[4:6]}-{dct[6:8]}"
    return TimeMLDoc(name, dct, "".join(parts), tuple(spans))


def _walk(el: ET.Element, parts: list[str], spans: list[Timex]) -> None:
    """Collect ``el``'s text into ``parts``, recording TIMEX3 extents as they pass."""
    if el.text:
        parts.append(el.text)
    for child in el:
        start = sum(map(len, parts))
        _walk(child, parts, spans)
        if child.tag == "TIMEX3":
            end = sum(map(len, parts))
            text = "".join(parts)[start:end]
            spans.append(Timex(start, end, text, child.get("type") or "", child.get("value") or "",
                               child.get("mod")))
        if child.tail:
            parts.append(child.tail)


def read_timeml(path: Path) -> TimeMLDoc:
    """``parse_timeml`` of a file (UTF-8)."""
    try:
        xml = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise TimeMLError(f"{path}: cannot read ({err})") from err
    try:
        return parse_timeml(xml, path.name)
    except TimeMLError as err:
        raise TimeMLError(str(err).replace(path.name, str(path), 1)) from err


def to_timeml(doc: TimeMLDoc, timexes: Sequence[Timex]) -> str:
    """A TimeML file with ``timexes`` inline in ``<TEXT>`` (as TempEval-3 systems submit)."""
    out, pos = [], 0
    for i, t in enumerate(sorted(timexes, key=lambda t: t.start), start=1):
        if t.start < pos:
            continue  # overlapping extents cannot nest in TimeML
        attrs = f'tid="t{i}" type={quoteattr(t.type)} value={quoteattr(t.value)}'
        if t.mod:
            attrs += f" mod={quoteattr(t.mod)}"
        out.append(escape(doc.text[pos:t.start]))
        out.append(f"<TIMEX3 {attrs}>{escape(doc.text[t.start:t.end])}</TIMEX3>")
        pos = t.end
    out.append(escape(doc.text[pos:]))
    return (
        '<?xml version="1.0" ?>\n<TimeML>\n'
        f"<DOCID>{escape(doc.name.removesuffix('.tml'))}</DOCID>\n\n"
        f'<DCT><TIMEX3 tid="t0" type="DATE" value="{doc.dct}" temporalFunction="false" '
        f'functionInDocument="CREATION_TIME">{doc.dct}</TIMEX3></DCT>\n\n'
        f"<TEXT>{''.join(out)}</TEXT>\n\n</TimeML>\n"
    )


def match(gold: Sequence[Timex], system: Sequence[Timex], *, strict: bool) -> list[tuple[Timex, Timex]]:
    """One-to-one pairs: same extent (strict) or the largest overlap (relaxed)."""
    pairs, used = [], set()
    for g in gold:
        best, best_overlap = None, 0
        for j, s in enumerate(system):
            if j in used:
                continue
            if strict:
                overlap = (g.end - g.start) if (s.start, s.end) == (g.start, g.end) else 0
            else:
                overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > best_overlap:
                best, best_overlap = j, overlap
        if best is not None:
            used.add(best)
            pairs.append((g, system[best]))
    return pairs


def _prf(hits: int, n_system: int, n_gold: int) -> dict[str, float]:
    p = hits / n_system if n_system else 0.0
    r = hits / n_gold if n_gold else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4)}


def score(docs: Iterable[tuple[Sequence[Timex], Sequence[Timex]]]) -> dict[str, Any]:
    """TempEval-3 TIMEX3 scores over (gold, system) timex lists, one pair per document."""
    n = n_gold = n_sys = strict = relaxed = type_ok = value_ok = 0
    for gold, system in docs:
        n += 1
        n_gold += len(gold)
        n_sys += len(system)
        strict += len(match(gold, system, strict=True))
        pairs = match(gold, system, strict=False)
        relaxed += len(pairs)
        type_ok += sum(g.type == s.type for g, s in pairs)
        value_ok += sum(g.value == s.value for g, s in pairs)
    return {
        "strict": _prf(strict, n_sys, n_gold),
        "relaxed": _prf(relaxed, n_sys, n_gold),
        "type_accuracy": round(type_ok / relaxed, 4) if relaxed else 0.0,
        "value_accuracy": round(value_ok / relaxed, 4) if relaxed else 0.0,
        "type_f1": _prf(type_ok, n_sys, n_gold)["f1"],
        "value_f1": _prf(value_ok, n_sys, n_gold)["f1"],
        "n": n, "gold": n_gold, "system": n_sys,
    }


def read_folder(directory: Path) -> tuple[list[TimeMLDoc], list[str]]:
    """Every ``*.tml`` under ``directory`` (sorted) and one message per file that failed."""
    docs, errors = [], []
    for path in sorted(directory.rglob("*.tml")):
        try:
            docs.append(read_timeml(path))
        except TimeMLError as err:
            errors.append(str(err))
    return docs, errors


def tag(docs: Sequence[TimeMLDoc], nlp: Any = None) -> Iterator[list[Timex]]:
    """Run the pipeline (tokenizer, tagger, parser, ``dateline_time``) over the documents."""
    if nlp is None:
        from dateline.nlp import load

        nlp = load(components=["dateline_time"])
    if "dateline_time" not in nlp.pipe_names:
        import dateline.time.component  # noqa: F401  (registers the factory)

        nlp.add_pipe("dateline_time")
    wanted = {"tok2vec", "tagger", "attribute_ruler", "lemmatizer", "parser", "dateline_paragraphs", "dateline_time"}
    disable = [p for p in nlp.pipe_names if p not in wanted]

    def prepared() -> Iterator[Any]:
        for d in docs:
            doc = nlp.make_doc(d.text)
            doc._.published = d.dct
            yield doc

    for doc in nlp.pipe(prepared(), batch_size=8, disable=disable):
        yield list(doc._.timexes or [])


def mismatches(doc: TimeMLDoc, system: Sequence[Timex]) -> Iterator[dict[str, str]]:
    """The disagreements of one document, for error analysis: ``missed`` gold timexes,
    ``spurious`` system ones, and on relaxed matches a wrong ``value``, ``type`` or ``extent``."""

    def row(kind: str, g: Timex | None, s: Timex | None) -> dict[str, str]:
        shown = g if g is not None else s
        at = shown.start if shown is not None else 0
        return {"kind": kind, "doc": doc.name, "gold": _show(g), "system": _show(s),
                "context": " ".join(doc.text[max(0, at - 50):at + 60].split())}

    pairs = match(doc.timexes, system, strict=False)
    matched_gold = {id(g) for g, _ in pairs}
    matched_system = {id(s) for _, s in pairs}
    for g in doc.timexes:
        if id(g) not in matched_gold:
            yield row("missed", g, None)
    for s in system:
        if id(s) not in matched_system:
            yield row("spurious", None, s)
    for g, s in pairs:
        for kind, differs in (("value", g.value != s.value), ("type", g.type != s.type),
                              ("extent", (g.start, g.end) != (s.start, s.end))):
            if differs:
                yield row(kind, g, s)


def _show(t: Timex | None) -> str:
    return "" if t is None else f"{t.text}|{t.type}|{t.value}" + (f"|{t.mod}" if t.mod else "")


def evaluate(directory: Path, predictions: Path | None = None, nlp: Any = None,
             mismatch_file: Path | None = None) -> dict[str, Any]:
    """Score dateline on a folder of TimeML files; optionally write its own TimeML per file and
    the disagreements with the gold (``mismatches``) as JSON lines."""
    docs, errors = read_folder(directory)
    pairs = []
    rows: list[dict[str, str]] = []
    for d, system in zip(docs, tag(docs, nlp), strict=True):
        pairs.append((d.timexes, system))
        if mismatch_file is not None:
            rows.extend(mismatches(d, system))
        if predictions is not None:
            predictions.mkdir(parents=True, exist_ok=True)
            (predictions / d.name).write_text(to_timeml(d, system), encoding="utf-8")
    if mismatch_file is not None:
        mismatch_file.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                 encoding="utf-8")
    result = score(pairs)
    result["errors"] = errors
    return result


@eval_group.command("time")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@json_option
@click.option("--predictions", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Write one TimeML file per input (same name) with dateline's TIMEX3 tags.")
@click.option("--mismatches", "mismatch_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write every disagreement with the gold (missed, spurious, value, type, extent) "
                   "to this file as JSON lines, for error analysis.")
def eval_time(directory: Path, as_json: bool, predictions: Path | None, mismatch_file: Path | None) -> None:
    """Score time expressions on a folder of TimeML .tml files (TempEval-3 metrics).

    Strict and relaxed span P/R/F1, type accuracy and value F1 on relaxed matches; ``n`` is the
    number of documents scored, ``gold``/``system`` the numbers of TIMEX3. Files that cannot be
    read are named on stderr and left out; the rest are scored."""
    result = evaluate(directory, predictions, mismatch_file=mismatch_file)
    for message in result["errors"]:
        click.echo(f"error: {message}", err=True)
    if not result["n"]:
        click.echo(f"error: no readable .tml file under {directory}", err=True)
        sys.exit(1)
    if not as_json:
        result["errors"] = len(result["errors"])
    emit(result, as_json)
