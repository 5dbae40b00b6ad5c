"""Near-duplicate articles: MinHash signatures over word shingles of the body, LSH bands as
candidate keys, and a pair decision from the estimated Jaccard similarity and containment.

Everything here is a pure function of article bodies or signatures, so a Dask partition (or a
group-by over band keys) can call it and get the same answer as the single-machine run:

    >>> sig = signature(body_a); sig_b = signature(body_b)
    >>> set(band_keys(sig)) & set(band_keys(sig_b))   # candidates share a band key
    >>> is_duplicate(compare(sig, n_a, sig_b, n_b))

A wire copy trimmed to its first paragraphs has a low Jaccard similarity but a high containment
(most of the shorter text is in the longer one): both are estimated from the signatures and the
shingle counts, so nothing but the signature and one integer is kept per article.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

import numpy as np
from datasketch import MinHash
from datasketch.lsh import _optimal_param

_WORD = re.compile(r"\w+")
T = TypeVar("T")


@dataclass(frozen=True)
class DedupOptions:
    """How near two bodies must be to count as one article.

    ``threshold``: estimated Jaccard similarity of shingle sets at or above which two bodies are
    duplicates. ``containment``: share of the shorter body's shingles found in the longer one at
    or above which they are duplicates too (a trimmed copy), provided their Jaccard similarity is
    at least ``candidate_threshold`` (also the LSH threshold that finds candidates). A band key
    shared by ``max_band`` articles stops finding candidates (shingles every article has).
    """

    threshold: float = 0.5
    containment: float = 0.8
    candidate_threshold: float = 0.3
    shingle_words: int = 5
    num_perm: int = 128
    seed: int = 1
    max_band: int = 1000  # articles a band key holds before it is a stop band (boilerplate)

    def __post_init__(self) -> None:
        for name in ("threshold", "containment", "candidate_threshold"):
            value = getattr(self, name)
            if not 0.0 < value <= 1.0:
                raise ValueError(f"DedupOptions.{name} must be in (0, 1], not {value}")
        if self.candidate_threshold > self.threshold:
            raise ValueError("DedupOptions.candidate_threshold must not exceed threshold "
                             f"({self.candidate_threshold} > {self.threshold})")
        if self.shingle_words < 1 or self.num_perm < 16:
            raise ValueError("DedupOptions: shingle_words >= 1 and num_perm >= 16 are needed")


@dataclass(frozen=True)
class Similarity:
    """Estimated similarity of two bodies."""

    jaccard: float
    containment: float


def words(body: str) -> list[str]:
    """Lower-cased word tokens of a body (NFKC, so typographic variants of a copy agree)."""
    return _WORD.findall(unicodedata.normalize("NFKC", body).casefold())


def shingles(body: str, k: int = 5) -> set[bytes]:
    """The set of ``k``-word shingles of a body (a shorter body is one shingle)."""
    tokens = words(body)
    if not tokens:
        return set()
    if len(tokens) <= k:
        return {" ".join(tokens).encode("utf-8")}
    return {" ".join(tokens[i:i + k]).encode("utf-8") for i in range(len(tokens) - k + 1)}


@lru_cache(maxsize=8)
def _permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    template = MinHash(num_perm=num_perm, seed=seed)
    a, b = template.permutations
    return a, b


def signature(body: str, options: DedupOptions = DedupOptions()) -> tuple[np.ndarray, int]:
    """The MinHash signature (``num_perm`` uint32 values) of a body and its shingle count."""
    grams = shingles(body, options.shingle_words)
    mh = MinHash(num_perm=options.num_perm, seed=options.seed,
                 permutations=_permutations(options.num_perm, options.seed), scheme="affine32")
    if grams:
        mh.update_batch(sorted(grams))
    return np.asarray(mh.hashvalues, dtype=np.uint32), len(grams)


def to_blob(sig: np.ndarray) -> bytes:
    """A signature as bytes (little-endian uint32) for the store."""
    return np.asarray(sig, dtype="<u4").tobytes()


def from_blob(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u4")


@lru_cache(maxsize=8)
def bands(options: DedupOptions = DedupOptions()) -> tuple[int, int]:
    """(number of bands, rows per band) for the candidate threshold (datasketch's optimum)."""
    b, r = _optimal_param(options.candidate_threshold, options.num_perm, 0.5, 0.5)
    return int(b), int(r)


def band_keys(sig: np.ndarray, options: DedupOptions = DedupOptions()) -> list[int]:
    """One 63-bit key per LSH band: two signatures sharing a key are candidate duplicates."""
    b, r = bands(options)
    data = np.asarray(sig, dtype="<u4")
    keys = []
    for i in range(b):
        digest = hashlib.blake2b(data[i * r:(i + 1) * r].tobytes(), digest_size=8,
                                 person=i.to_bytes(2, "little") + b"lsh").digest()
        keys.append(int.from_bytes(digest, "little") >> 1)  # fits SQLite's signed INTEGER
    return keys


def open_members(members: Sequence[T], options: DedupOptions = DedupOptions()) -> Sequence[T]:
    """The articles of one band key that find candidates through it, given in arrival order:
    the first ``max_band``. A key holding that many is a stop band and takes no more (the rule
    ``store.corpus.band_candidates`` applies as articles arrive one by one)."""
    return members[:options.max_band]


def compare(sig_a: np.ndarray, n_a: int, sig_b: np.ndarray, n_b: int) -> Similarity:
    """Estimated Jaccard similarity and containment of two bodies from their signatures."""
    if n_a == 0 or n_b == 0:
        return Similarity(0.0, 0.0)
    jaccard = float(np.count_nonzero(np.asarray(sig_a) == np.asarray(sig_b))) / len(sig_a)
    inter = jaccard * (n_a + n_b) / (1.0 + jaccard)
    containment = min(1.0, inter / min(n_a, n_b))
    return Similarity(round(jaccard, 4), round(containment, 4))


def is_duplicate(sim: Similarity, options: DedupOptions = DedupOptions()) -> bool:
    """The pair decision: similar enough overall, or a trimmed copy of the other."""
    if sim.jaccard >= options.threshold:
        return True
    return sim.jaccard >= options.candidate_threshold and sim.containment >= options.containment


__all__ = [
    "DedupOptions", "Similarity", "band_keys", "bands", "compare", "from_blob", "is_duplicate",
    "open_members", "shingles", "signature", "to_blob", "words",
]
