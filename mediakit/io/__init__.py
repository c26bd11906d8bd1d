"""Loaders: one module per source format, all yielding rows of the article schema.

:func:`load` reads files, folders and globs into one DataFrame
(:mod:`mediakit.schema` documents the columns); :func:`iter_articles` streams the
same rows one at a time for corpora that do not fit in memory. A file or record
that cannot be read becomes a row with ``status == "error"`` and a message
naming the file and line; the other articles load as usual.
"""

from __future__ import annotations

import glob
import json
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import islice
from pathlib import Path
from typing import Any

import pandas as pd

from mediakit.errors import LoadError
from mediakit.io import csv as csv_io
from mediakit.io import html as html_io
from mediakit.io import jsonl as jsonl_io
from mediakit.io import parquet as parquet_io
from mediakit.io import text as text_io
from mediakit.io._common import (
    DEFAULT_MAX_RECORD_BYTES,
    MAX_RECORD_BYTES_ENV,
    RecordTooLarge,
    error_article,
    inner_suffix,
    max_record_bytes,
)
from mediakit.schema import ARTICLE_COLUMNS

Reader = Callable[[Path, Mapping[str, str] | None], Iterator[dict[str, Any]]]

READERS: dict[str, Reader] = {}
for _mod, _fn in (
    (text_io, text_io.read),
    (jsonl_io, jsonl_io.read),
    (csv_io, csv_io.read),
    (parquet_io, parquet_io.read),
    (html_io, html_io.read),
):
    for _suffix in _mod.SUFFIXES:
        READERS[_suffix] = _fn
for _suffix in jsonl_io.JSON_SUFFIXES:
    READERS[_suffix] = jsonl_io.read_json

PathLike = str | os.PathLike[str]

__all__ = [
    "DEFAULT_MAX_RECORD_BYTES",
    "MAX_RECORD_BYTES_ENV",
    "READERS",
    "RecordTooLarge",
    "expand_paths",
    "frame",
    "iter_articles",
    "iter_chunks",
    "kit_output",
    "load",
    "max_record_bytes",
]


def expand_paths(paths: Iterable[PathLike]) -> list[Path]:
    """Expand files, folders (recursively, known formats only, sorted) and glob patterns.

    A path that exists is taken literally, even when it holds glob characters
    (``report[1].txt``). Folders and globs never yield hidden files or folders, nor the
    kit's own files: results of ``mediakit analyze -o`` and their ``.meta.json`` sidecars
    (:func:`kit_output`), so a run over a folder never reads an earlier run's output.

    Raises:
        LoadError: For a path that does not exist or a glob matching nothing.
    """
    out: list[Path] = []
    for p in paths:
        s = os.fspath(p)
        path = Path(s)
        if any(ch in s for ch in "*?[") and not os.path.lexists(s):
            matches = sorted(glob.glob(s, recursive=True))
            if not matches:
                raise LoadError(s, "glob pattern matched no files")
            out.extend(Path(m) for m in matches if not Path(m).is_dir() and kit_output(Path(m)) is None)
            continue
        if path.is_dir():
            found = sorted(
                f
                for f in path.rglob("*")
                if not f.is_dir()  # special files and broken links become error rows, never vanish
                and inner_suffix(f) in READERS
                and not any(part.startswith(".") for part in f.relative_to(path).parts)  # "../x" is fine
                and kit_output(f) is None
            )
            out.extend(found)
        elif path.exists() or path.is_symlink():
            out.append(path)
        else:
            raise LoadError(s, "no such file or directory")
    return out


def kit_output(path: Path) -> str | None:
    """What ``path`` is when mediakit wrote it (a result file or its sidecar), else None.

    A ``.meta.json`` file holding mediakit provenance is a sidecar; a file beside such a
    sidecar (``x.csv`` with ``x.csv.meta.json``) is a result file; so is a Parquet file whose
    schema carries mediakit provenance. Checkpoint parts, partial files and locks are hidden
    (their names start with a dot) and never listed.
    """
    name = path.name
    if name.endswith(".meta.json") and _is_provenance(path):
        return "the provenance sidecar of a mediakit result file"
    if _is_provenance(path.with_name(name + ".meta.json")):
        return f"a mediakit result file (its provenance is in {name}.meta.json)"
    if path.suffix.lower() in parquet_io.SUFFIXES and path.is_file():
        try:
            import pyarrow.parquet as pq

            if b"mediakit" in (pq.read_schema(path).metadata or {}):
                return "a mediakit result file (Parquet with mediakit provenance)"
        except Exception:  # not readable as Parquet: the reader says why
            return None
    return None


def _is_provenance(path: Path) -> bool:
    try:
        if not path.is_file() or path.stat().st_size > 1 << 20:
            return False
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and "mediakit_version" in data and "families" in data


def iter_articles(
    *paths: PathLike, fields: Mapping[str, str] | None = None, format: str | None = None
) -> Iterator[dict[str, Any]]:
    """Yield article-schema rows from files, folders or globs, streaming.

    Args:
        *paths: Files, folders or glob patterns.
        fields: Schema name -> source field overrides, e.g. ``{"body": "maintext"}``.
        format: Force a format by suffix (".jsonl", ".csv", ...) instead of
            guessing from each file name.
    """
    for path in expand_paths(paths):
        yield from _read_file(path, fields, format)


def _read_file(path: Path, fields: Mapping[str, str] | None, format: str | None) -> Iterator[dict[str, Any]]:
    """Rows of one file; whatever goes wrong becomes an error row naming the file (and record)."""
    stem = text_io._stem(path)
    suffix = format or inner_suffix(path)
    reader = READERS.get(suffix if suffix.startswith(".") else f".{suffix}")
    if reader is None:
        yield error_article(
            str(path), 0, f"{path}: unknown format {suffix!r}; known: {', '.join(sorted(READERS))}", stem
        )
        return
    if not path.is_file():  # a FIFO would block forever; a broken link has nothing to read
        what = "broken symbolic link" if path.is_symlink() and not path.exists() else "not a regular file"
        yield error_article(str(path), 0, f"{path}: {what}", stem)
        return
    kit = kit_output(path)
    if kit is not None:  # named explicitly (folders and globs skip them): never read as articles
        yield error_article(str(path), 0, f"{path}: is {kit}, not articles; not read", stem)
        return
    last = 0
    try:
        for row in reader(path, fields):
            last = int(row.get("record") or 0)
            yield row
    except Exception as exc:  # any failure of a reader becomes an error row
        where = f" (after record {last})" if last else ""
        plain = isinstance(exc, (OSError, ValueError)) and str(exc)  # already says what happened
        reason = str(exc) if plain else f"{type(exc).__name__}: {exc}".removesuffix(": ")
        yield error_article(str(path), 0, f"{path}{where}: {reason}", stem)


def load(
    *paths: PathLike, fields: Mapping[str, str] | None = None, format: str | None = None
) -> pd.DataFrame:
    """Load articles into a DataFrame of the article schema (see :mod:`mediakit.schema`).

    Formats: plain text (``.txt``), JSON Lines, JSON, CSV/TSV, Parquet and HTML,
    each optionally compressed (``.gz``, ``.xz``, ``.bz2``). Field names are
    mapped (``content``/``text`` -> body, ``headline`` -> title, ...);
    ``fields`` overrides the mapping.

    Example:
        >>> import mediakit
        >>> df = mediakit.load("seeds/")
        >>> df.loc[0, "title"]
        'Russian guards demand jobs back after protesting illegal order to fight war'
        >>> len(df.loc[0, "boilerplate"])
        2
    """
    return frame(iter_articles(*paths, fields=fields, format=format))


def frame(rows: Iterable[dict[str, Any]]) -> pd.DataFrame:
    """Build a schema DataFrame from rows (schema columns first, extras after)."""
    df = pd.DataFrame.from_records(list(rows))
    if df.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in ARTICLE_COLUMNS})
    extras = [c for c in df.columns if c not in ARTICLE_COLUMNS]
    return df[list(ARTICLE_COLUMNS) + extras]


def iter_chunks(*paths: PathLike, chunksize: int = 1000, **kwargs: Any) -> Iterator[pd.DataFrame]:
    """Stream articles as DataFrames of at most ``chunksize`` rows."""
    it = iter_articles(*paths, **kwargs)
    while chunk := list(islice(it, chunksize)):
        yield frame(chunk)
