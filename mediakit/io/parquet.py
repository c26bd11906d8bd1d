"""Parquet files; one article per row (read with pyarrow)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from mediakit.io._common import (
    COMPRESSIONS,
    RecordTooLarge,
    error_article,
    make_article,
    map_fields,
    max_record_bytes,
)
from mediakit.io.text import _stem

SUFFIXES = (".parquet", ".pq")
#: Rows read at a time (fewer when rows are large: a batch holds about one record limit).
BATCH_ROWS = 2048


def read(path: Path, fields: Mapping[str, str] | None = None) -> Iterator[dict[str, Any]]:
    """Yield one article per row, streaming record batches.

    Parquet compresses inside the file, so a ``.parquet.gz`` (``.xz``, ``.bz2``) is refused
    with one error row saying so. Text columns are read dictionary-encoded and a batch holds
    about one record limit of data (from the row group's size); a row over the limit becomes
    an error row and is never turned into Python strings.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    stem = _stem(path)
    if path.suffix.lower() in COMPRESSIONS:
        yield error_article(
            str(path),
            0,
            f"{path}: Parquet is compressed inside the file; decompress the {path.suffix} file first "
            "(or save it as plain .parquet)",
            stem,
        )
        return
    limit = max_record_bytes()
    try:
        pf = pq.ParquetFile(path)
        text = [f.name for f in pf.schema_arrow if pa.types.is_string(f.type) or pa.types.is_large_string(f.type)]
        pf = pq.ParquetFile(path, read_dictionary=text)
    except Exception as exc:  # pyarrow raises several unrelated types
        yield error_article(str(path), 0, f"{path}: not a readable Parquet file: {exc}", stem)
        return
    n = 0
    for group in range(pf.num_row_groups):
        meta = pf.metadata.row_group(group)
        per_row = meta.total_byte_size // max(meta.num_rows, 1) + 1
        for batch in pf.iter_batches(batch_size=max(1, min(BATCH_ROWS, limit // per_row)), row_groups=[group]):
            sizes = _row_sizes(batch)
            whole = batch.to_pylist() if max(sizes, default=0) <= limit else None
            for i in range(batch.num_rows):
                n += 1
                if sizes[i] > limit:
                    yield error_article(str(path), n, f"{path}: record {n}: {RecordTooLarge(limit)}", f"{stem}:{n}")
                    continue
                rec = whole[i] if whole is not None else batch.slice(i, 1).to_pylist()[0]
                try:
                    mapped = map_fields(rec, fields)
                except KeyError as exc:
                    yield error_article(str(path), n, f"{path}: record {n}: {exc.args[0]}", f"{stem}:{n}")
                    continue
                yield make_article(mapped, source_path=str(path), record=n, default_id=f"{stem}:{n}")


def _row_sizes(batch: Any) -> list[int]:
    """Bytes of text and binary data in each row of a record batch (other columns count 8 a value)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    total = pa.array([8 * batch.num_columns] * batch.num_rows, type=pa.int64())
    for column in batch.columns:
        typ = column.type
        if pa.types.is_dictionary(typ):
            typ = typ.value_type
            lengths = pc.binary_length(column.dictionary).take(column.indices) if len(column.dictionary) else None
        elif pa.types.is_string(typ) or pa.types.is_large_string(typ) or pa.types.is_binary(typ):
            lengths = pc.binary_length(column)
        else:
            continue
        if lengths is not None:
            total = pc.add(total, pc.fill_null(lengths.cast(pa.int64()), 0))
    return [int(x) for x in total.to_pylist()]
