"""Near-duplicate decisions on bodies: pure functions, no store."""

from __future__ import annotations

import numpy as np
import pytest
from corpus_records import OTHER, WIRE

from dateline.corpus.dedup import (
    DedupOptions,
    band_keys,
    compare,
    from_blob,
    is_duplicate,
    shingles,
    signature,
    to_blob,
)

BODY = "\n\n".join(WIRE)


def _dup(a: str, b: str, options: DedupOptions | None = None) -> bool:
    options = options or DedupOptions()
    sa, na = signature(a, options)
    sb, nb = signature(b, options)
    return is_duplicate(compare(sa, na, sb, nb), options)


@pytest.mark.parametrize(("copy", "expected"), [
    (BODY, True),  # identical
    ("CAIRO (Reuters) - " + BODY, True),  # dateline prefix
    ("By Nadia Karam, Staff Writer\n\n" + BODY + "\n\nReporting by Omar Fathy; Editing by Ann Lee", True),
    ("\n\n".join(WIRE[:3]), True),  # trimmed to half: contained in the original
    (BODY.replace("said", "says").replace("Tuesday", "Tuesday evening"), True),  # light edits
    (BODY.upper(), True),  # case does not matter
    ("\n\n".join(OTHER), False),  # another article
    ("\n\n".join([WIRE[0], *OTHER]), False),  # same lead, different story: an update, not a copy
    ("\n\n".join([*OTHER[:2], WIRE[3], *OTHER[2:]]), False),  # quotes one paragraph
    ("", False),
])
def test_duplicate_decision(copy: str, expected: bool) -> None:
    assert _dup(BODY, copy) is expected
    assert _dup(copy, BODY) is expected  # symmetric


def test_threshold_is_configurable() -> None:
    edited = "\n\n".join(WIRE[:2] + OTHER[:3])
    assert not _dup(BODY, edited)
    assert _dup(BODY, edited, DedupOptions(threshold=0.12, candidate_threshold=0.12))


@pytest.mark.parametrize(("text", "k", "expected"), [
    ("One two three", 5, {b"one two three"}),
    ("A b c d e f", 5, {b"a b c d e", b"b c d e f"}),
    ("", 5, set()),
    ("Don’t stop—now", 2, {b"don t", b"t stop", b"stop now"}),
])
def test_shingles(text: str, k: int, expected: set[bytes]) -> None:
    assert shingles(text, k) == expected


def test_signature_is_deterministic_and_round_trips() -> None:
    sig, n = signature(BODY)
    again, n2 = signature(BODY)
    assert n == n2 and np.array_equal(sig, again)
    assert np.array_equal(from_blob(to_blob(sig)), sig)
    assert band_keys(sig) == band_keys(again)
    keys = band_keys(sig)
    assert all(0 <= k < 2**63 for k in keys) and len(set(keys)) == len(keys)


def test_copies_share_a_band_and_strangers_do_not() -> None:
    a, _ = signature(BODY)
    b, _ = signature("By staff\n\n" + BODY)
    c, _ = signature("\n\n".join(OTHER))
    assert set(band_keys(a)) & set(band_keys(b))
    assert not set(band_keys(a)) & set(band_keys(c))


@pytest.mark.parametrize("kwargs", [{"threshold": 0.0}, {"threshold": 1.5},
                                    {"candidate_threshold": 0.6, "threshold": 0.5},
                                    {"num_perm": 4}])
def test_bad_options_say_what_is_wrong(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError, match="DedupOptions"):
        DedupOptions(**kwargs)  # type: ignore[arg-type]
