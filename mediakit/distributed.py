"""Run :func:`mediakit.analyze` over a Dask DataFrame, partition by partition.

Each partition is a pandas DataFrame of articles; it is analysed with the
serial code path, so results equal the serial results exactly. The output
schema (``meta``) comes from the metric registry, so Dask never has to guess
it by running the metrics on fake data.

Example (existing cluster)::

    from dask.distributed import Client
    import dask.dataframe as dd
    client = Client("tcp://scheduler:8786")
    articles = dd.read_parquet("s3://bucket/articles/*.parquet")
    results = mediakit.analyze(articles)          # lazy Dask DataFrame
    results.to_parquet("s3://bucket/mediakit/")   # runs on the cluster

The metrics are pure Python and hold the GIL: run workers as processes with
one thread each (``dask worker ADDRESS --nworkers auto --nthreads 1``).
Partitions of about 10,000 articles keep the per-task overhead negligible.
``benchmarks/README.md`` sizes a cluster from the measured per-core rate.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

from mediakit.metrics.registry import select
from mediakit.schema import RESULT_COLUMNS


def result_meta(metrics: str | Iterable[str] | None = None) -> pd.DataFrame:
    """Empty DataFrame with the columns and dtypes :func:`mediakit.analyze` returns."""
    cols: dict[str, pd.Series[Any]] = {c: pd.Series(dtype=object) for c in RESULT_COLUMNS}
    for _fam, names in select(metrics):
        for name in names:
            cols[name] = pd.Series(dtype="float64")
    return pd.DataFrame(cols)


def _as_list(value: Any) -> Any:
    """Undo Dask's string conversion of a list cell ("['a', 'b']" -> ['a', 'b'])."""
    if isinstance(value, str) and value.startswith("[") and value.endswith("]"):
        try:
            parsed = ast.literal_eval(value)
        except (ValueError, SyntaxError, MemoryError, RecursionError):
            return value
        if isinstance(parsed, list) and all(isinstance(x, str) for x in parsed):
            return parsed
    return value


def _partition(
    part: pd.DataFrame, metrics: Any, options: Mapping[str, Mapping[str, Any]] | None
) -> pd.DataFrame:
    from mediakit.compute import analyze

    if part.empty:
        return result_meta(metrics)
    if "boilerplate" in part.columns:
        # Dask (dataframe.convert-string, on by default) stores the loader's list of
        # removed paragraphs as its string repr; restore it so results equal the serial ones.
        part = part.assign(boilerplate=part["boilerplate"].astype(object).map(_as_list))
    out = analyze(part, metrics, options=options, progress=False)
    out.attrs = {}
    for col in RESULT_COLUMNS:
        out[col] = out[col].astype(object)
    out.index = part.index
    return out


def analyze_dask(
    articles: Any,
    metrics: str | Iterable[str] | None = None,
    options: Mapping[str, Mapping[str, Any]] | None = None,
) -> Any:
    """Analyse a Dask DataFrame of articles lazily; returns a Dask DataFrame.

    Args:
        articles: Dask DataFrame whose partitions are article frames (schema
            columns, or any columns :func:`mediakit.analyze` accepts).
        metrics: Metric selection, as for :func:`mediakit.analyze`.
        options: Per-family options.
    """
    metrics_list = None if metrics is None else ([metrics] if isinstance(metrics, str) else list(metrics))
    return articles.map_partitions(_partition, metrics_list, options, meta=result_meta(metrics_list))
