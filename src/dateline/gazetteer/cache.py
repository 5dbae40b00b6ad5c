"""The on-disk cache of built indexes (the gazetteer's pickle): where it lives, reading,
writing atomically, and pruning old versions. Failures are logged, never raised: a cache that
cannot be read or written only costs a rebuild."""

from __future__ import annotations

import logging
import os
import pickle
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

KEEP_CACHED = 3  # built indexes kept (other versions of the package data may still run)


def cache_dir() -> Path:
    """Where built indexes are kept: ``$DATELINE_CACHE`` or ``~/.cache/dateline``."""
    env = os.environ.get("DATELINE_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dateline"


def read(path: Path) -> object | None:
    """The object pickled at ``path``, or None when it is missing or unreadable."""
    if not path.exists():
        return None
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError) as err:
        log.warning("cache %s unreadable (%s); rebuilding", path, err)
        return None


def store(obj: object, path: Path) -> None:
    """Pickle ``obj`` at ``path`` (atomically), then keep only the newest ``KEEP_CACHED``
    pickles of its kind (the name before the first "-") in that folder."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False) as fh:
            pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(fh.name, path)
    except OSError as err:
        log.warning("could not cache %s (%s); it stays in memory", path, err)
        return
    prune(path.parent, path.name.split("-")[0])


def prune(folder: Path, kind: str = "gazetteer") -> None:
    """Delete all but the newest ``KEEP_CACHED`` ``{kind}-*.pickle`` files (25 MB each)."""
    try:
        old = sorted(folder.glob(f"{kind}-*.pickle"), key=lambda f: f.stat().st_mtime,
                     reverse=True)[KEEP_CACHED:]
        for stale in old:
            stale.unlink(missing_ok=True)
    except OSError as err:
        log.debug("could not prune the cache in %s (%s)", folder, err)


__all__ = ["KEEP_CACHED", "cache_dir", "prune", "read", "store"]
