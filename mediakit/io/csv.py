"""CSV and TSV files with a header row; one article per row."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from mediakit.io._common import (
    RecordTooLarge,
    error_article,
    iter_lines,
    make_article,
    map_fields,
    max_record_bytes,
    open_source,
)
from mediakit.io.text import _stem
from mediakit.schema import FIELD_ALIASES

SUFFIXES = (".csv", ".tsv")


class _TooLong(Exception):
    """A line longer than the record limit (raised through ``csv.reader``)."""


class _Lines:
    r"""The decoded lines of a source for ``csv.reader``, each ending in ``\n``.

    :attr:`lineno` is the number of the last line handed out, so the line where a record
    starts is known; a line over the record limit raises :class:`_TooLong` (the reader
    can go on after it).
    """

    def __init__(self, lines: Iterator[tuple[int, bytes | None]], decode: Callable[[bytes], str]) -> None:
        self.lines = lines
        self.decode = decode
        self.lineno = 0

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        lineno, raw = next(self.lines)
        self.lineno = lineno
        if raw is None:
            raise _TooLong
        return self.decode(raw) + "\n"


def _duplicates(header: list[str], fields: Mapping[str, str] | None) -> list[str]:
    """Header names given twice (case-insensitively) that name a schema field: ambiguous."""
    wanted = {a for aliases in FIELD_ALIASES.values() for a in aliases} | {v.lower() for v in (fields or {}).values()}
    seen: dict[str, int] = {}
    for name in header:
        seen[name.lower()] = seen.get(name.lower(), 0) + 1
    return [name for name, n in seen.items() if n > 1 and name in wanted]


def read(path: Path, fields: Mapping[str, str] | None = None) -> Iterator[dict[str, Any]]:
    r"""Yield one article per data row; rows with the wrong number of fields become error rows.

    ``record`` is the 1-based file line where the row starts (the header is line 1), which
    messages cite; the default ``id`` is ``<stem>:<row>``, the data row counted from 1 (a
    quoted body spanning lines does not shift later ids). Lines
    end at ``\n``, ``\r\n`` or ``\r``, each line is decoded on its own (see
    :mod:`mediakit.io._common`). A row longer than the record limit becomes an error row. A
    header naming a schema field twice ("body" and "Body") makes every row an error row: which
    column is the body would be a guess.
    """
    stem = _stem(path)
    limit = max_record_bytes()
    name = path.name.lower()
    for suffix in (".gz", ".xz", ".bz2"):
        name = name.removesuffix(suffix)
    delimiter = "\t" if name.endswith(".tsv") else ","
    csv.field_size_limit(limit)  # a quoted field spanning many lines is bounded too
    with open_source(path) as source:
        lines = _Lines(iter_lines(source, limit), source.decode)
        reader = csv.reader(lines, delimiter=delimiter)
        header: list[str] = []
        while not header:
            try:
                header = next(reader)
            except StopIteration:
                return
            except (csv.Error, _TooLong) as exc:
                reason = RecordTooLarge(limit) if isinstance(exc, _TooLong) else exc
                yield error_article(str(path), lines.lineno, f"{path}:{lines.lineno}: unreadable header: {reason}", stem)
                return
        header_line = lines.lineno
        dup = _duplicates(header, fields)
        n = 0  # data rows so far (blank lines skipped)
        while True:
            start = lines.lineno + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            except _TooLong:
                n += 1
                yield error_article(str(path), start, f"{path}:{start}: {RecordTooLarge(limit)}", f"{stem}:{n}")
                continue
            except csv.Error as exc:
                n += 1
                why = RecordTooLarge(limit) if "field limit" in str(exc) else exc
                yield error_article(str(path), start, f"{path}:{start}: {why}", f"{stem}:{n}")
                continue
            if not row:
                continue
            n += 1
            if dup:
                names = ", ".join(repr(d) for d in dup)
                yield error_article(
                    str(path),
                    start,
                    f"{path}:{start}: duplicate column {names} in the header (line {header_line}); rename one",
                    f"{stem}:{n}",
                )
                continue
            if len(row) != len(header):
                yield error_article(
                    str(path),
                    start,
                    f"{path}:{start}: expected {len(header)} fields, found {len(row)}",
                    f"{stem}:{n}",
                )
                continue
            try:
                mapped = map_fields(dict(zip(header, row, strict=True)), fields)
            except KeyError as exc:
                yield error_article(str(path), start, f"{path}:{start}: {exc.args[0]}", f"{stem}:{n}")
                continue
            yield make_article(mapped, source_path=str(path), record=start, default_id=f"{stem}:{n}")
