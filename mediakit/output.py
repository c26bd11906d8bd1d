"""Write analysis results to CSV, Parquet or JSON Lines, incrementally and atomically.

Rows are written chunk by chunk to a temporary file beside the target, which is
renamed into place only when the run completes, so an interrupted run never
leaves a truncated output file. Provenance travels in Parquet's schema metadata
(key ``mediakit``) and, for CSV and JSON Lines, in a sidecar ``<out>.meta.json``.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import threading
from collections.abc import Iterable, Iterator
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
    """Write DataFrame chunks to ``path`` atomically; return the number of rows written.

    Each chunk is appended to ``.<name>.<pid>.partial`` beside the target as it
    arrives (memory holds one chunk). Only a complete run renames it onto
    ``path``; an exception, Ctrl-C or SIGTERM removes it and leaves any previous
    ``path`` untouched.
    """
    fmt = output_format(path)
    target = Path(path)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.partial")
    meta = target.with_name(target.name + ".meta.json")
    tmp_meta = meta.with_name(f".{meta.name}.{os.getpid()}.partial")
    n = 0
    try:
        with _sigterm_as_exit():
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
                        fh.flush()  # each chunk reaches the disk as it is done
                        first = False
                        n += len(chunk)
                tmp_meta.write_text(json.dumps(provenance, indent=2, sort_keys=True) + "\n", encoding="utf-8")
            os.replace(tmp, target)
            if fmt != ".parquet":
                os.replace(tmp_meta, meta)
    finally:
        for leftover in (tmp, tmp_meta):
            if leftover.exists():
                leftover.unlink()
    return n


@contextlib.contextmanager
def _sigterm_as_exit() -> Iterator[None]:
    """Turn SIGTERM into SystemExit while writing, so clean-up runs (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def _exit(signum: int, frame: Any) -> None:
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, _exit)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous if previous is not None else signal.SIG_DFL)


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
