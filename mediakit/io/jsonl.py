"""JSON Lines (one article object per line) and JSON (an object or a list of objects)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from mediakit.io._common import (
    RecordTooLarge,
    error_article,
    iter_lines,
    iter_text,
    make_article,
    map_fields,
    max_record_bytes,
    open_source,
)
from mediakit.io.text import _stem

SUFFIXES = (".jsonl", ".ndjson", ".jsonlines")
JSON_SUFFIXES = (".json",)


def read(path: Path, fields: Mapping[str, str] | None = None) -> Iterator[dict[str, Any]]:
    r"""Yield one article per line; a bad line becomes an error row naming file and line.

    Lines end at ``\n``, ``\r\n`` or ``\r``; UTF-16 files are transcoded first (see
    :mod:`mediakit.io._common`). A line longer than the record limit becomes an error row.
    A file that is binary data (an image or archive named ``.jsonl``) raises ``ValueError``
    before any row, so :func:`mediakit.io.iter_articles` gives one error row for it, not one
    per "line" of noise.
    """
    limit = max_record_bytes()
    with open_source(path) as source:
        lines = ((n, raw) for n, raw in iter_lines(source, limit) if raw is None or raw.strip())
        yield from read_lines(path, lines, fields, decode=source.decode, limit=limit)


def read_lines(
    path: Path,
    lines: Iterable[tuple[int, bytes | None]],
    fields: Mapping[str, str] | None = None,
    *,
    decode: Any = None,
    limit: int | None = None,
) -> Iterator[dict[str, Any]]:
    """Parse ``(line number, raw line)`` pairs of ``path`` into article rows.

    A raw line of None stands for a line longer than ``limit`` (see
    :func:`mediakit.io._common.iter_lines`): it becomes an error row. ``decode`` decodes a
    line (default :func:`mediakit.io._common.decode`).
    """
    from mediakit.io._common import decode as default_decode

    decode = decode or default_decode
    stem = _stem(path)
    for lineno, raw in lines:
        try:
            if raw is None:
                raise RecordTooLarge(max_record_bytes() if limit is None else limit)
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
    """Yield the articles of a JSON file holding one object or a list of objects.

    A list is read as a stream, one element at a time (memory holds one element, at most the
    record limit): an element larger than the limit becomes an error row and the next one is
    read. A syntax error ends the file with one error row naming the element where it occurs;
    the elements before it are kept. A single object is one record.
    """
    stem = _stem(path)
    limit = max_record_bytes()
    with open_source(path) as source:
        n = 0
        try:
            for n, item in enumerate(_json_values(iter_text(source), limit), start=1):
                if isinstance(item, RecordTooLarge):
                    yield error_article(str(path), n, f"{path}: record {n}: {item}", f"{stem}:{n}")
                    continue
                if not isinstance(item, dict):
                    yield error_article(str(path), n, f"{path}: record {n}: expected a JSON object", f"{stem}:{n}")
                    continue
                try:
                    yield make_article(
                        map_fields(item, fields), source_path=str(path), record=n, default_id=f"{stem}:{n}"
                    )
                except KeyError as exc:
                    yield error_article(str(path), n, f"{path}: record {n}: {exc.args[0]}", f"{stem}:{n}")
        except _JSONError as exc:
            if exc.record <= 1 and n <= 1:
                yield error_article(str(path), 0, f"{path}: invalid JSON: {exc.reason}", stem)
            else:
                yield error_article(
                    str(path), exc.record, f"{path}: record {exc.record}: invalid JSON: {exc.reason}", f"{stem}:{exc.record}"
                )


class _JSONError(Exception):
    """Invalid JSON at element ``record`` (1-based) of the file; reading cannot go on."""

    def __init__(self, record: int, reason: str) -> None:
        super().__init__(reason)
        self.record = record
        self.reason = reason


_NOT_WS = re.compile(r"[^ \t\n\r]")


class _Buffer:
    """Text of a stream, with a read position; filled on demand, consumed text dropped."""

    def __init__(self, chunks: Iterator[str]) -> None:
        self.chunks = chunks
        self.text = ""
        self.pos = 0
        self.eof = False

    def fill(self, at_least: int) -> bool:
        """Read until ``at_least`` characters lie after the position; False at end of stream."""
        if self.pos:
            self.text, self.pos = self.text[self.pos :], 0
        parts = [self.text]
        size = len(self.text)
        while size < at_least:
            chunk = next(self.chunks, None)
            if chunk is None:
                self.eof = True
                break
            parts.append(chunk)
            size += len(chunk)
        self.text = "".join(parts)
        return size >= at_least

    def skip_ws(self) -> str:
        """Skip whitespace; the next character, or "" at the end of the stream."""
        while True:
            m = _NOT_WS.search(self.text, self.pos)
            if m is not None:
                self.pos = m.start()
                return m.group()
            self.pos = len(self.text)
            if not self.fill(1):
                return ""


def _json_values(chunks: Iterator[str], limit: int) -> Iterator[Any]:
    """The records of a JSON document read as a stream.

    Each element of a top-level list, or the one top-level value. An element longer than
    ``limit`` characters comes as a :class:`RecordTooLarge` and is skipped at constant memory.

    Raises:
        _JSONError: Invalid JSON (or nesting too deep), with the element where it was found.
    """
    decoder = json.JSONDecoder()
    buf = _Buffer(chunks)
    first = buf.skip_ws()
    if first != "[":  # one value: the whole document is one record
        if buf.fill(limit + 1):
            yield RecordTooLarge(limit)
            return
        try:
            yield json.loads(buf.text[buf.pos :])
        except RecursionError:
            raise _JSONError(1, "nested too deeply") from None
        except ValueError as exc:
            raise _JSONError(1, str(exc)) from None
        return
    buf.pos += 1
    record = 0
    while True:
        ch = buf.skip_ws()
        if ch == "]":
            buf.pos += 1
            break
        if record:
            if ch != ",":
                raise _JSONError(record + 1, f"Expecting ',' delimiter or ']' after record {record}")
            buf.pos += 1
            if buf.skip_ws() == "]":
                raise _JSONError(record + 1, "Expecting value after ','")
        record += 1
        yield _decode_one(buf, decoder, limit, record)
    if buf.skip_ws():
        raise _JSONError(record + 1, "Extra data after the list")


def _decode_one(buf: _Buffer, decoder: json.JSONDecoder, limit: int, record: int) -> Any:
    """Decode the list element at the buffer position, reading more text as needed.

    A failed attempt before the end of the stream reads on (twice as much text each time, so
    the attempts cost O(element size)); an element over ``limit`` is skipped.
    """
    want = 2 * max(len(buf.text) - buf.pos, 1 << 16)
    while True:
        try:
            value, end = decoder.raw_decode(buf.text, buf.pos)
        except RecursionError:
            raise _JSONError(record, "nested too deeply") from None
        except json.JSONDecodeError as exc:
            if buf.eof:
                raise _JSONError(record, str(exc)) from None
            if len(buf.text) - buf.pos > limit:
                _skip_value(buf)
                return RecordTooLarge(limit)
            buf.fill(min(want, limit + 1))
            want *= 2
            continue
        if end == len(buf.text) and not buf.eof and buf.fill(end - buf.pos + 1):
            continue  # a number may go on in the next chunk ("12" + "34")
        if end - buf.pos > limit:
            buf.pos = end
            return RecordTooLarge(limit)
        buf.pos = end
        return value


_IN_STRING = re.compile(r'["\\]')
_OUTSIDE_STRING = re.compile(r'["\[\]{},]')


def _skip_value(buf: _Buffer) -> None:
    """Move past the list element at the buffer position without keeping it (constant memory).

    Tracks strings and bracket depth with regex jumps (C speed over long strings); stops
    before the "," or "]" that ends the element.
    """
    depth = 0
    in_string = False
    escaped = False  # a backslash ended the previous buffer
    while True:
        text, pos = buf.text, buf.pos
        if escaped and pos < len(text):
            pos += 1
            escaped = False
        while pos < len(text):
            if in_string:
                m = _IN_STRING.search(text, pos)
                if m is None:
                    pos = len(text)
                    break
                if m.group() == "\\":
                    if m.end() == len(text):
                        escaped, pos = True, len(text)
                        break
                    pos = m.end() + 1
                    continue
                in_string, pos = False, m.end()
                continue
            m = _OUTSIDE_STRING.search(text, pos)
            if m is None:
                pos = len(text)
                break
            ch = m.group()
            if ch == '"':
                in_string = True
            elif ch in "[{":
                depth += 1
            elif depth == 0:  # "]", "}" or "," closing the element
                buf.pos = m.start()
                return
            elif ch != ",":
                depth -= 1
            pos = m.end()
        buf.pos = len(text)
        if not buf.fill(1):
            return
