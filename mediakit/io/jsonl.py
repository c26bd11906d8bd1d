"""JSON Lines (one article object per line) and JSON (an object or a list of objects)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from mediakit.io._common import (
    decode,
    ensure_text,
    error_article,
    make_article,
    map_fields,
    open_binary,
    read_text,
)
from mediakit.io.text import _stem

SUFFIXES = (".jsonl", ".ndjson", ".jsonlines")
JSON_SUFFIXES = (".json",)


def read(path: Path, fields: Mapping[str, str] | None = None) -> Iterator[dict[str, Any]]:
    """Yield one article per line; a bad line becomes an error row naming file and line.

    A file that is binary data (an image or archive named ``.jsonl``) raises
    ``ValueError`` before any row, so :func:`mediakit.io.iter_articles` gives one
    error row for it, not one per "line" of noise.
    """
    with open_binary(path) as fh:
        ensure_text(decode(fh.read(8192)))  # raised before any row: one error row for the file
        fh.seek(0)
        yield from read_lines(path, ((n, raw) for n, raw in enumerate(fh, start=1) if raw.strip()), fields)


def read_lines(
    path: Path, lines: Iterable[tuple[int, bytes]], fields: Mapping[str, str] | None = None
) -> Iterator[dict[str, Any]]:
    """Parse ``(line number, raw line)`` pairs of ``path`` into article rows."""
    stem = _stem(path)
    for lineno, raw in lines:
        try:
            obj = json.loads(decode(raw) if lineno > 1 else decode(raw).lstrip("\ufeff"))
            if not isinstance(obj, dict):
                raise ValueError(f"expected a JSON object, got {type(obj).__name__}")
            yield make_article(
                map_fields(obj, fields), source_path=str(path), record=lineno, default_id=f"{stem}:{lineno}"
            )
        except (ValueError, KeyError, RecursionError) as exc:
            if isinstance(exc, RecursionError):
                reason = "JSON nested too deeply"
            else:
                reason = str(exc.args[0] if isinstance(exc, KeyError) else exc)
            msg = f"{path}:{lineno}: {reason}"
            yield error_article(str(path), lineno, msg, f"{stem}:{lineno}")


def read_json(path: Path, fields: Mapping[str, str] | None = None) -> Iterator[dict[str, Any]]:
    """Yield the articles of a JSON file holding one object or a list of objects."""
    stem = _stem(path)
    try:
        data = json.loads(read_text(path))
    except (ValueError, RecursionError) as exc:
        reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
        yield error_article(str(path), 0, f"{path}: invalid JSON: {reason}", stem)
        return
    items = data if isinstance(data, list) else [data]
    for i, obj in enumerate(items, start=1):
        if not isinstance(obj, dict):
            yield error_article(str(path), i, f"{path}: record {i}: expected a JSON object", f"{stem}:{i}")
            continue
        try:
            yield make_article(
                map_fields(obj, fields), source_path=str(path), record=i, default_id=f"{stem}:{i}"
            )
        except KeyError as exc:
            yield error_article(str(path), i, f"{path}: record {i}: {exc.args[0]}", f"{stem}:{i}")
