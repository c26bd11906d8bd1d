"""Parquet files; one article per row (read with pyarrow)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from mediakit.io._common import error_article, make_article, map_fields
from mediakit.io.text import _stem

SUFFIXES = (".parquet", ".pq")


def read(path: Path, fields: Mapping[str, str] | None = None) -> Iterator[dict[str, Any]]:
    """Yield one article per row, streaming record batches."""
    import pyarrow.parquet as pq

    stem = _stem(path)
    try:
        pf = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises several unrelated types
        yield error_article(str(path), 0, f"{path}: not a readable Parquet file: {exc}", stem)
        return
    n = 0
    for batch in pf.iter_batches(batch_size=2048):
        for rec in batch.to_pylist():
            n += 1
            try:
                mapped = map_fields(rec, fields)
            except KeyError as exc:
                yield error_article(str(path), n, f"{path}: record {n}: {exc.args[0]}", f"{stem}:{n}")
                continue
            yield make_article(mapped, source_path=str(path), record=n, default_id=f"{stem}:{n}")
