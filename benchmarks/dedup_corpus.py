"""Build a duplicate-detection folder for ``dateline eval dedup DIR`` from real news texts.

    python benchmarks/dedup_corpus.py --shared ../shared --out /tmp/dedup [--originals 600]
    dateline eval dedup /tmp/dedup --json

Originals are real texts from ../shared (never copied into the repo; the folder is written where
``--out`` says): the article-extraction HTML pages (each page's gold body also becomes a plain
text version of it, "HTML vs text"), PolNeAR news texts and the texts of the LGL, GeoVirus and
TR-News place sets. Texts that are already near-duplicates of each other in the sources (exact
word 5-gram Jaccard >= 0.5) are kept once, so the gold is known.

Injected copies of a seeded sample of originals, each a gold pair with its original:

- ``wire``: a re-publication with an edited headline, an added byline and a dateline prefix;
- ``trim``: the first paragraphs only (the last 20-60% cut), with a new headline;
- ``edit``: a copy with a few words changed and a "Reporting by ..." trailer;
- ``html``: the text wrapped in an HTML page with navigation, byline and footer furniture.

Hard negatives (gold non-duplicates of the original): a follow-up that quotes one paragraph of an
original inside another article's paragraphs, and an "update" that keeps an original's lead
paragraph but continues with a different article.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

SEED = 20240819
_WORD = re.compile(r"\w+")
_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")
HEADS = ("UPDATE 1-", "WRAPUP-", "Exclusive: ", "Analysis: ", "")
BYLINES = ("By Dana Whitfield, Staff Reporter", "By our correspondent", "From wire reports",
           "By Samir Haddad and agencies")
DATELINES = ("LONDON (Reuters) - ", "NEW YORK (AP) — ", "WASHINGTON, March 3 (Reuters) - ", "PARIS — ")


@dataclass
class Original:
    name: str  # file name in articles/
    title: str
    paragraphs: list[str]
    html_path: Path | None = None  # the real page, for article-extraction originals


def paragraphs(text: str) -> list[str]:
    """Blank-line paragraphs; a one-block text is cut into two-sentence paragraphs."""
    paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]
    if len(paras) >= 3:
        return paras
    sentences = [s for s in _SENT.split(" ".join(text.split())) if s]
    return [" ".join(sentences[i:i + 2]) for i in range(0, len(sentences), 2)]


def shingle_set(text: str) -> set[str]:
    words = _WORD.findall(text.casefold())
    return {" ".join(words[i:i + 5]) for i in range(max(1, len(words) - 4))}


def load_originals(shared: Path) -> list[Original]:
    out: list[Original] = []
    ae = shared / "data/article-extraction"
    if (ae / "ground-truth.json").exists():
        gold = json.loads((ae / "ground-truth.json").read_text(encoding="utf-8"))
        for key in sorted(gold):
            page = ae / "html" / f"{key}.html.gz"
            body = gold[key].get("articleBody") or ""
            if page.exists() and len(body.split()) >= 80:
                paras = paragraphs(body)
                out.append(Original(f"ae-{key[:12]}.html.gz", paras[0][:80], paras, page))
    for split in ("train", "dev"):
        for path in sorted((shared / "data/quotes/polnear" / split / "text").glob("*.txt")):
            lines = path.read_text(encoding="utf-8", errors="replace").strip().split("\n", 1)
            if len(lines) == 2 and len(lines[1].split()) >= 80:
                out.append(Original(f"polnear-{path.stem[:40]}.txt", lines[0].strip(), paragraphs(lines[1])))
    for rel, key in (("data/places/lgl/lgl.xml", "lgl"), ("data/places/geovirus/GeoVirus.xml", "geovirus"),
                     ("data/places/tr-news/TR-News.xml", "trnews")):
        if not (shared / rel).exists():
            continue
        for i, art in enumerate(ET.parse(shared / rel).getroot().iter("article")):
            text = (art.findtext("text") or "").strip()
            if len(text.split()) >= 80:
                paras = paragraphs(text)
                out.append(Original(f"{key}-{i:04d}.txt", f"{key.upper()} report {i}", paras))
    return out


def distinct(originals: list[Original]) -> list[Original]:
    """Drop originals that are already near-duplicates of an earlier one (exact 5-gram Jaccard)."""
    kept: list[Original] = []
    sets: list[set[str]] = []
    index: dict[str, list[int]] = {}
    for o in originals:
        s = shingle_set(" ".join(o.paragraphs))
        seen: dict[int, int] = {}
        for g in list(s)[:400]:
            for k in index.get(g, ()):
                seen[k] = seen.get(k, 0) + 1
        if any(len(s & sets[k]) / len(s | sets[k]) >= 0.5 for k in seen):
            continue
        for g in s:
            index.setdefault(g, []).append(len(kept))
        kept.append(o)
        sets.append(s)
    return kept


def text_file(title: str, paras: list[str], byline: str | None = None) -> str:
    head = [title, ""] + ([byline, ""] if byline else [])
    return "\n".join(head) + "\n\n".join(paras) + "\n"


def html_page(title: str, paras: list[str], byline: str) -> str:
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paras)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)} | The Daily "
            "Example</title></head><body><nav><a href='/'>Home</a> <a href='/world'>World</a> "
            "<a href='/politics'>Politics</a></nav><main><article><h1>"
            f"{html.escape(title)}</h1><p class='byline'>{html.escape(byline)}</p>{body}</article>"
            "</main><aside><h3>Most read</h3><ul><li><a href='/a'>Markets slide on rate fears</a></li>"
            "<li><a href='/b'>Storm warning for the coast</a></li></ul></aside><footer>© The Daily "
            "Example. All rights reserved.</footer></body></html>")


def edit_words(paras: list[str], rng: random.Random) -> list[str]:
    swaps = {"said": "says", "the": "the", "percent": "per cent", "US": "U.S.", "has": "had"}
    out = []
    for p in paras:
        words = p.split()
        for i in rng.sample(range(len(words)), k=min(2, len(words))):
            words[i] = swaps.get(words[i], words[i])
        out.append(" ".join(words))
    return out


def build(shared: Path, out: Path, n_originals: int, copy_share: float = 0.4) -> dict[str, int]:
    rng = random.Random(SEED)
    pool = distinct(load_originals(shared))
    if not pool:
        raise SystemExit(f"error: no texts under {shared}; pass --shared PATH to the shared data folder")
    rng.shuffle(pool)
    originals = pool[:n_originals]
    others = pool[n_originals:] or originals
    arts = out / "articles"
    if out.exists():
        shutil.rmtree(out)
    arts.mkdir(parents=True)
    pairs: list[list[str]] = []
    counts: dict[str, int] = {}
    next_other = 0
    for o in originals:
        if o.html_path is not None:
            shutil.copyfile(o.html_path, arts / o.name)
        else:
            (arts / o.name).write_text(text_file(o.title, o.paragraphs), encoding="utf-8")
    for n, o in enumerate(originals):
        stem = o.name.split(".")[0]
        if o.html_path is not None and rng.random() < 0.5:  # the page's gold body as plain text
            name = f"{stem}-text.txt"
            (arts / name).write_text(text_file(o.title, o.paragraphs), encoding="utf-8")
            pairs.append([o.name, name])
            counts["html_vs_text"] = counts.get("html_vs_text", 0) + 1
        if rng.random() >= copy_share:
            continue
        kind = ("wire", "trim", "edit", "html")[n % 4]
        paras = list(o.paragraphs)
        if kind == "wire":
            paras[0] = rng.choice(DATELINES) + paras[0]
            data = text_file(rng.choice(HEADS) + o.title.upper(), paras, rng.choice(BYLINES))
        elif kind == "trim":
            keep = max(2, round(len(paras) * rng.uniform(0.4, 0.8)))
            data = text_file("Briefly: " + o.title, paras[:keep])
        elif kind == "edit":
            data = text_file(o.title, edit_words(paras, rng) + ["Reporting by Lena Ortiz; Editing by Mark Hale"])
        else:
            data = html_page(o.title, paras, rng.choice(BYLINES))
        name = f"{stem}-{kind}.{'html' if kind == 'html' else 'txt'}"
        (arts / name).write_text(data, encoding="utf-8")
        pairs.append([o.name, name])
        counts[kind] = counts.get(kind, 0) + 1
        if n % 3 == 0:  # a hard negative beside it
            other = others[next_other % len(others)]  # each negative its own other article
            next_other += 1
            if other is o or len(other.paragraphs) < 4:
                continue
            if n % 2:
                quoted = other.paragraphs[:2] + [f"As reported earlier: {o.paragraphs[min(1, len(o.paragraphs) - 1)]}"] + other.paragraphs[2:]
                neg, what = text_file("Follow-up: " + other.title, quoted), "followup"
            else:
                neg, what = text_file("Update: " + o.title, o.paragraphs[:1] + other.paragraphs[1:]), "update"
            (arts / f"{stem}-neg-{what}.txt").write_text(neg, encoding="utf-8")
            counts[f"negative_{what}"] = counts.get(f"negative_{what}", 0) + 1
    (out / "pairs.json").write_text(json.dumps({"pairs": pairs}, indent=1) + "\n", encoding="utf-8")
    counts["originals"], counts["files"], counts["pairs"] = len(originals), len(list(arts.iterdir())), len(pairs)
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--out", type=Path, required=True, help="folder to write (replaced)")
    parser.add_argument("--originals", type=int, default=600, help="originals sampled (default 600)")
    args = parser.parse_args(argv)
    counts = build(args.shared, args.out, args.originals)
    print(json.dumps(counts, indent=1), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
