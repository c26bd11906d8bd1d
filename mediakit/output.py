"""Write analysis results to CSV, Parquet or JSON Lines, incrementally and atomically.

Rows are written chunk by chunk to a temporary file beside the target, which is
renamed into place only when the run completes, so an interrupted run never
leaves a truncated output file. Provenance travels in Parquet's schema metadata
(key ``mediakit``) and, for CSV and JSON Lines, in a sidecar ``<out>.meta.json``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd

FORMATS = (".csv", ".parquet", ".jsonl")


def output_format(path: str | os.PathLike[str]) -> str:
    """Return the output format of ``path`` from its suffix, or raise ValueError."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"{path}: unknown output format {suffix!r}; use one of {', '.join(FORMATS)}")
    return suffix


def write_chunks(
    chunks: Iterable[pd.DataFrame], path: str | os.PathLike[str], provenance: dict[str, Any]
) -> int:
    """Write DataFrame chunks to ``path`` atomically; return the number of rows written."""
    fmt = output_format(path)
    target = Path(path)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.partial")
    n = 0
    try:
        if fmt == ".parquet":
            n = _write_parquet(chunks, tmp, provenance)
        else:
            with open(tmp, "w", encoding="utf-8", newline="") as fh:
                first = True
                for chunk in chunks:
                    if fmt == ".csv":
                        chunk.to_csv(fh, index=False, header=first)
                    else:
                        chunk.to_json(fh, orient="records", lines=True, force_ascii=False)
                    first = False
                    n += len(chunk)
            meta = target.with_name(target.name + ".meta.json")
            meta.write_text(json.dumps(provenance, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()
    return n


def _write_parquet(chunks: Iterable[pd.DataFrame], tmp: Path, provenance: dict[str, Any]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    writer = None
    n = 0
    try:
        for chunk in chunks:
            table = pa.Table.from_pandas(chunk, preserve_index=False)
            if writer is None:
                meta = dict(table.schema.metadata or {})
                meta[b"mediakit"] = json.dumps(provenance, sort_keys=True).encode()
                schema = table.schema.with_metadata(meta)
                writer = pq.ParquetWriter(tmp, schema)
            writer.write_table(table.cast(writer.schema))
            n += len(chunk)
    finally:
        if writer is not None:
            writer.close()
    if writer is None:
        pd.DataFrame().to_parquet(tmp)
    return n


def read_provenance(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Read the provenance written with a result file."""
    p = Path(path)
    if p.suffix.lower() == ".parquet":
        import pyarrow.parquet as pq

        meta = pq.read_schema(p).metadata or {}
        return dict(json.loads(meta[b"mediakit"]))
    return dict(json.loads(p.with_name(p.name + ".meta.json").read_text(encoding="utf-8")))
