"""Output helpers: rows as an aligned table (people), JSON or CSV (machines); record summaries."""

from __future__ import annotations

import csv
import json
import shutil
import sys
from collections import Counter
from collections.abc import Sequence
from typing import Any

import click

from dateline.model import ArticleRecord
from dateline.reader.language import foreign, name_of
from dateline.sources.text import printable

Row = dict[str, Any]

#: what --json prints, for every command (the one sentence of each --help and of the README)
JSON_HELP = ("JSON Lines: one JSON document per line, one per row or record, so that any "
             "--json output is read line by line (no rows: no lines; `| jq .` indents).")
#: (row key, header, widest the column may get in a table)
Column = tuple[str, str, int]


def cell(value: Any) -> str:
    """One value as table text: lists joined, None empty, floats short, on one line, without
    terminal escape sequences (a record stored before the reader dropped them may hold some)."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(cell(v) for v in value)
    if isinstance(value, float):
        return f"{value:.2f}"
    return " ".join(printable(str(value)).split())


def csv_cell(value: Any) -> str:
    """One value as a CSV field for machines: exact (full float precision, the text's own line
    breaks and spacing: the CSV writer quotes them), lists joined with "; ", structures as JSON,
    None empty."""
    if value is None:
        return ""
    if isinstance(value, dict) or (isinstance(value, list | tuple)
                                   and any(isinstance(v, dict | list | tuple) for v in value)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list | tuple):
        return "; ".join(csv_cell(v) for v in value)
    return str(value)


def emit_json(document: Any) -> None:
    """Print one row or record as one line of JSON (JSON_HELP)."""
    click.echo(json.dumps(document, ensure_ascii=False))


def emit_rows(rows: Sequence[Row], columns: Sequence[Column], fmt: str | None,
              limit: int | None = None, fields: Sequence[str] | None = None) -> None:
    """Print rows: ``fmt`` "json" (JSON Lines, every field), "csv" (every field), else a table of
    ``columns``; in every format a note on stderr when ``limit`` cut the list (stdout stays data).

    ``fields`` are the keys of a row, the header of a CSV with no rows (so that an empty result
    has the header a full one has, not the table's columns)."""
    if fmt == "json":
        for row in rows:
            emit_json(row)
    elif fmt == "csv":
        keys = list(rows[0].keys()) if rows else list(fields or (key for key, _, _ in columns))
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(keys)
        for row in rows:
            writer.writerow([csv_cell(row.get(k)) for k in keys])
        sys.stdout.flush()
    else:
        click.echo(table(rows, columns))
    if limit and len(rows) >= limit:
        click.echo(f"(the first {limit} rows; --limit 0 shows all)", err=True)


def table(rows: Sequence[Row], columns: Sequence[Column]) -> str:
    """An aligned text table; long cells are cut with an ellipsis; the last column fills the width."""
    if not rows:
        return "(no rows)"
    texts = [[cell(row.get(key)) for key, _, _ in columns] for row in rows]
    widths = []
    for i, (_, header, most) in enumerate(columns):
        widths.append(min(most, max(len(header), *(len(t[i]) for t in texts))))
    room = shutil.get_terminal_size((120, 24)).columns - sum(widths[:-1]) - 2 * (len(widths) - 1)
    widths[-1] = max(len(columns[-1][1]), min(widths[-1], room)) if room > 10 else widths[-1]
    lines = [_line([h for _, h, _ in columns], widths), _line(["-" * w for w in widths], widths)]
    lines.extend(_line(t, widths) for t in texts)
    return "\n".join(lines)


def _line(cells: Sequence[str], widths: Sequence[int]) -> str:
    out = []
    for text, width in zip(cells, widths, strict=True):
        out.append((text if len(text) <= width else text[: max(width - 1, 0)] + "…").ljust(width))
    return "  ".join(out).rstrip()


def _short(text: str | None, width: int = 90) -> str:
    text = " ".join(printable(text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _kinds(values: Sequence[str]) -> str:
    counts = Counter(values)
    return ", ".join(f"{k} ×{n}" if n > 1 else k for k, n in counts.items())


def published_text(record: ArticleRecord) -> str:
    date = record.published.date
    if date is None:
        return "unknown"
    return f"{date} (from {record.published.evidence})" if record.published.evidence else date


def dateline_text(record: ArticleRecord) -> str:
    dl = record.dateline
    if dl is None:
        return "none"
    parts = [p for p in (dl.place, dl.date, f"({dl.agency})" if dl.agency else None) if p]
    return " ".join(parts) or "none"


def language_text(record: ArticleRecord) -> str:
    """'en'; 'es (Spanish): text only, dateline reads English' where the body is another
    language's and the English stages were skipped; 'unknown'."""
    if foreign(record.body):
        return f"{record.language} ({name_of(record.language or '')}): text only, dateline reads English"
    return record.language or "unknown"


def record_summary(record: ArticleRecord, *, detail: bool = True) -> list[str]:
    """A readable account of one record; ``detail`` lists quotes and events one per line."""
    names = {a.id: a.name for a in record.actors}
    lines = [
        _short(record.title) or _short(record.body, 70),
        f"  id         {record.id}",
        f"  source     {record.source or 'unknown'}" + (f"  <{record.url}>" if record.url else ""),
        f"  published  {published_text(record)}",
        f"  dateline   {dateline_text(record)}",
        f"  body       {len(record.paragraphs)} paragraphs, {len(record.body.split())} words",
        f"  language   {language_text(record)}",
        f"  furniture  {len(record.furniture)}" + (f": {_kinds([f.kind for f in record.furniture])}"
                                                   if record.furniture else ""),
        *([f"    - {f.kind}" + (f" (credit {f.credit})" if f.credit else "") + f": {_short(f.text, 70)}"
           for f in record.furniture] if detail else []),
        f"  actors     {len(record.actors)}" + (": " + _short(", ".join(a.name for a in record.actors), 80)
                                                if record.actors else ""),
        f"  timexes    {len(record.timexes)}" + (": " + _short(", ".join(
            f"{t.text}={t.value}" for t in record.timexes), 80) if record.timexes else ""),
        f"  places     {len(record.places)}" + (": " + _short(", ".join(
            dict.fromkeys(p.name for p in record.places)), 80) if record.places else ""),
        f"  quotes     {len(record.quotes)}",
    ]
    if detail:
        for q in record.quotes:
            who = ", ".join(names.get(s, s) for s in q.speakers) or q.speaker_text or "?"
            lines.append(f"    - [{q.kind}] {who}: {_short(q.text, 70)}")
    lines.append(f"  events     {len(record.events)}")
    if detail:
        for e in record.events:
            src = ", ".join(names.get(s, s) for s in e.sources) or "?"
            tgt = ", ".join(names.get(t, t) for t in e.targets)
            lines.append(f"    - {e.date or 'undated'} {e.type} {src}" + (f" -> {tgt}" if tgt else "")
                         + f" ({e.status}; {e.trigger!r})")
    if record.proposals or record.stances:
        lines.append(f"  proposals  {len(record.proposals)}, stances {len(record.stances)}")
    return [printable(line) for line in lines]  # ids, sources and names a feed gave, too
