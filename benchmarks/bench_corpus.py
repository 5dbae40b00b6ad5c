"""The benchmark corpus: real news texts from ../shared, written to a temporary folder.

Nothing of ../shared is kept: the files live in a temporary directory for one run.
Sets used (each optional; the run says which are missing):

- ``data/article-extraction/html/*.html.gz``: 90 real news pages, as HTML (all of them);
- ``examples/*.txt``: the scraped example article with its page furniture (all);
- ``data/places/{lgl,geovirus,tr-news}/*.xml``: the ``<text>`` of each article;
- ``data/quotes/polnear/{train,dev}/text/*.txt``: news articles as plain text;
- ``data/tempeval3/TBAQ-cleaned/*/*.tml``: the ``<TEXT>`` of each TimeML document.

The HTML pages and the example are always in; the other sets fill the rest of ``size`` in
turn, each sampled with a fixed seed. The final order interleaves the sets, so the first
N articles (``--limit N``) are a mix too.
"""

from __future__ import annotations

import random
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import zip_longest
from pathlib import Path

SEED = 20240818
TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Entry:
    """One corpus article: which set it came from and how to write it."""

    set: str  # "article-extraction", "example", "lgl", ...
    name: str  # file name in the corpus folder (its suffix decides HTML or text)
    write: Callable[[Path], object]


class SharedMissing(FileNotFoundError):
    """The shared data folder is absent or holds none of the sets."""


def _copy(src: Path) -> Callable[[Path], object]:
    return lambda dest: shutil.copyfile(src, dest)


def _text(text: str) -> Callable[[Path], object]:
    return lambda dest: dest.write_text(text, encoding="utf-8")


def _html_pages(shared: Path) -> Iterator[Entry]:
    for path in sorted((shared / "data/article-extraction/html").glob("*.html.gz")):
        yield Entry("article-extraction", f"ae-{path.name}", _copy(path))


def _examples(shared: Path) -> Iterator[Entry]:
    for path in sorted((shared / "examples").glob("*.txt")):
        yield Entry("example", f"example-{path.name}", _copy(path))


def _xml_texts(shared: Path, rel: str, key: str) -> Iterator[Entry]:
    path = shared / rel
    if not path.exists():
        return
    root = ET.parse(path).getroot()
    for i, article in enumerate(root.iter("article")):
        text = (article.findtext("text") or "").strip()
        if text:
            yield Entry(key, f"{key}-{i:04d}.txt", _text(text + "\n"))


def _polnear(shared: Path) -> Iterator[Entry]:
    for split in ("train", "dev"):
        for path in sorted((shared / "data/quotes/polnear" / split / "text").glob("*.txt")):
            yield Entry("polnear", f"polnear-{split}-{path.name}", _copy(path))


def _tempeval(shared: Path) -> Iterator[Entry]:
    for path in sorted((shared / "data/tempeval3/TBAQ-cleaned").glob("*/*.tml")):
        text = tml_text(path.read_text(encoding="utf-8", errors="replace"))
        if text:
            yield Entry("tempeval3", f"tempeval3-{path.stem}.txt", _text(text + "\n"))


def tml_text(tml: str) -> str:
    """The plain text of a TimeML document's ``<TEXT>`` element (tags dropped, entities decoded)."""
    match = re.search(r"<TEXT>(.*?)</TEXT>", tml, re.S)
    if not match:
        return ""
    try:
        return "".join(ET.fromstring(f"<TEXT>{match.group(1)}</TEXT>").itertext()).strip()
    except ET.ParseError:
        return TAG.sub("", match.group(1)).strip()


def _fillers(shared: Path) -> dict[str, list[Entry]]:
    return {
        "lgl": list(_xml_texts(shared, "data/places/lgl/lgl.xml", "lgl")),
        "geovirus": list(_xml_texts(shared, "data/places/geovirus/GeoVirus.xml", "geovirus")),
        "tr-news": list(_xml_texts(shared, "data/places/tr-news/TR-News.xml", "tr-news")),
        "polnear": list(_polnear(shared)),
        "tempeval3": list(_tempeval(shared)),
    }


def select(shared: Path, size: int) -> list[Entry]:
    """The corpus entries: every HTML page and example, then the other sets in turn up to ``size``.

    Raises SharedMissing when ``shared`` is absent or holds none of the sets.
    """
    if not shared.is_dir():
        raise SharedMissing(f"{shared} does not exist")
    fixed = {"article-extraction": list(_html_pages(shared)), "example": list(_examples(shared))}
    fillers = _fillers(shared)
    if not any(fixed.values()) and not any(fillers.values()):
        raise SharedMissing(f"{shared} holds none of the benchmark's data sets")
    rng = random.Random(SEED)
    pools = {k: rng.sample(v, len(v)) for k, v in fillers.items()}  # seeded shuffle per set
    chosen: dict[str, list[Entry]] = {k: [] for k in pools}
    room = max(0, size - sum(len(v) for v in fixed.values()))
    while room and any(pools.values()):
        for key, pool in pools.items():
            if pool and room:
                chosen[key].append(pool.pop())
                room -= 1
    groups = [*fixed.values(), *chosen.values()]
    return [e for row in zip_longest(*groups) for e in row if e is not None]


def write(entries: list[Entry], folder: Path) -> list[Path]:
    """Write each entry into ``folder``; the paths in corpus order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for entry in entries:
        dest = folder / entry.name
        entry.write(dest)
        paths.append(dest)
    return paths


def missing_sets(shared: Path) -> list[str]:
    """Which of the expected sets are absent under ``shared`` (for the run's notes)."""
    wanted = {
        "article-extraction": "data/article-extraction/html",
        "example": "examples",
        "lgl": "data/places/lgl/lgl.xml",
        "geovirus": "data/places/geovirus/GeoVirus.xml",
        "tr-news": "data/places/tr-news/TR-News.xml",
        "polnear": "data/quotes/polnear",
        "tempeval3": "data/tempeval3/TBAQ-cleaned",
    }
    return [key for key, rel in wanted.items() if not (shared / rel).exists()]
