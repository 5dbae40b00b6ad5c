"""Beyond one process: the same per-article code on a process pool or a Dask cluster.

    >>> from dateline.scale import run_dask, ingest_pool, PipelineSpec
    >>> run_dask(["news/"], "parts/", address="local:4", store=store)   # Parquet, then SQLite
    >>> ingest_pool(["news/"], store, workers=4)                        # one machine, no Dask

Records (never spaCy Docs) cross process borders; on Dask they travel as Parquet partitions
(``scale.schema``: one table per record kind). See docs/scaling.md for real clusters.
Names are imported lazily so that ``dateline ingest`` without ``--dask`` never imports Dask.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "ClusterOptions": "dateline.scale.cluster", "ClusterReport": "dateline.scale.cluster",
    "run_dask": "dateline.scale.cluster", "connect": "dateline.scale.cluster",
    "ingest_pool": "dateline.scale.pool", "PipelineSpec": "dateline.scale.worker",
    "plan": "dateline.scale.partitions", "Partition": "dateline.scale.partitions",
    "SCHEMAS": "dateline.scale.schema", "to_tables": "dateline.scale.schema",
    "from_tables": "dateline.scale.schema",
}


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'dateline.scale' has no attribute {name!r}")


__all__ = sorted(_EXPORTS)
