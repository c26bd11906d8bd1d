"""CSV and TSV files with a header row; one article per row."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from mediakit.io._common import error_article, make_article, map_fields, read_text
from mediakit.io.text import _stem

SUFFIXES = (".csv", ".tsv")

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def read(path: Path, fields: Mapping[str, str] | None = None) -> Iterator[dict[str, Any]]:
    """Yield one article per data row; rows with the wrong number of fields become error rows.

    ``record`` is the 1-based file line where the row starts (the header is line 1),
    which messages cite; the default ``id`` is ``<stem>:<row>``, the data row
    counted from 1 (a quoted body spanning lines does not shift later ids).
    """
    stem = _stem(path)
    text = read_text(path)
    delimiter = "\t" if path.name.lower().removesuffix(".gz").removesuffix(".xz").endswith(".tsv") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        return
    except csv.Error as exc:
        yield error_article(str(path), 1, f"{path}:1: unreadable header: {exc}", stem)
        return
    start = reader.line_num + 1
    n = 0  # data rows so far (blank lines skipped)
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            n += 1
            yield error_article(str(path), start, f"{path}:{start}: {exc}", f"{stem}:{n}")
            start = reader.line_num + 1
            continue
        line = start
        start = reader.line_num + 1
        if not row:
            continue
        n += 1
        if len(row) != len(header):
            yield error_article(
                str(path),
                line,
                f"{path}:{line}: expected {len(header)} fields, found {len(row)}",
                f"{stem}:{n}",
            )
            continue
        try:
            mapped = map_fields(dict(zip(header, row, strict=True)), fields)
        except KeyError as exc:
            yield error_article(str(path), line, f"{path}:{line}: {exc.args[0]}", f"{stem}:{n}")
            continue
        yield make_article(mapped, source_path=str(path), record=line, default_id=f"{stem}:{n}")
