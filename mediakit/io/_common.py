"""Shared helpers for loaders: decompression, encoding detection, field mapping."""

from __future__ import annotations

import bz2
import gzip
import lzma
from collections.abc import Mapping
from pathlib import Path
from typing import IO, Any

from mediakit.schema import ARTICLE_COLUMNS, FIELD_ALIASES, STATUS_EMPTY, STATUS_ERROR, STATUS_OK
from mediakit.text.boilerplate import strip_boilerplate

COMPRESSIONS = (".gz", ".xz", ".bz2")


def inner_suffix(path: Path) -> str:
    """Format suffix of ``path`` ignoring a compression suffix (``a.jsonl.xz`` -> ``.jsonl``)."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] in COMPRESSIONS:
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def open_binary(path: Path) -> IO[bytes]:
    """Open ``path`` for binary reading, decompressing ``.gz``/``.xz``/``.bz2`` transparently."""
    suffix = path.suffix.lower()
    if suffix == ".gz":
        return gzip.open(path, "rb")  # type: ignore[return-value]
    if suffix == ".xz":
        return lzma.open(path, "rb")
    if suffix == ".bz2":
        return bz2.open(path, "rb")
    return open(path, "rb")


def decode(data: bytes) -> str:
    """Decode bytes: BOM-marked UTF-8/UTF-16 first, then UTF-8, then cp1252.

    UTF-16 without a BOM is recognised by its many NUL bytes. cp1252 is the
    usual encoding of Windows-exported news text; Latin-1 is the last resort
    (it decodes anything).
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if data[:200].count(b"\x00") > 20:
        even_nuls = data[0:200:2].count(b"\x00")
        odd_nuls = data[1:200:2].count(b"\x00")
        return data.decode("utf-16-be" if even_nuls > odd_nuls else "utf-16-le")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def read_text(path: Path) -> str:
    """Read and decode a (possibly compressed) text file, normalising newlines."""
    with open_binary(path) as fh:
        data = fh.read()
    return decode(data).replace("\r\n", "\n").replace("\r", "\n")


def map_fields(record: Mapping[str, Any], fields: Mapping[str, str] | None) -> dict[str, Any]:
    """Map a source record's keys onto schema names.

    Args:
        record: One source record.
        fields: Explicit overrides, schema name -> source key (e.g.
            ``{"body": "maintext"}``); they win over :data:`FIELD_ALIASES`.

    Returns:
        A dict with schema keys that were found plus every unmapped source key.
    """
    lower = {str(k).lower(): k for k in record}
    out: dict[str, Any] = {}
    used: set[Any] = set()
    for name, aliases in FIELD_ALIASES.items():
        key = None
        if fields and name in fields:
            key = fields[name]
            if key not in record:
                raise KeyError(
                    f"field {key!r} (given for {name!r}) not in record; keys: {sorted(map(str, record))}"
                )
        else:
            for alias in aliases:
                if alias in lower and lower[alias] not in used:
                    key = lower[alias]
                    break
        if key is not None:
            out[name] = record[key]
            used.add(key)
    for k, v in record.items():
        if k not in used and k not in out:
            out[str(k)] = v
    return out


def _as_str(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value != value:  # NaN
        return ""
    return str(value)


def make_article(
    fields: Mapping[str, Any],
    *,
    source_path: str,
    record: int,
    default_id: str,
    strip: bool = True,
) -> dict[str, Any]:
    """Build one schema row from mapped fields: normalise text, strip boilerplate, set status."""
    body = _as_str(fields.get("body")).replace("\r\n", "\n").replace("\r", "\n")
    title = " ".join(_as_str(fields.get("title")).split())
    removed: list[str] = []
    if strip:
        body, removed = strip_boilerplate(body)
    row: dict[str, Any] = {
        "id": _as_str(fields.get("id")) or default_id,
        "title": title,
        "body": body,
        "outlet": _as_str(fields.get("outlet")),
        "published": _as_str(fields.get("published")),
        "url": _as_str(fields.get("url")),
        "source_path": source_path,
        "record": record,
        "boilerplate": removed,
        "status": STATUS_OK if body.strip() else STATUS_EMPTY,
        "message": ""
        if body.strip()
        else f"{source_path}{':' + str(record) if record else ''}: no body text",
    }
    for k, v in fields.items():
        if k not in row and k not in ARTICLE_COLUMNS:
            row[k] = v
    return row


def error_article(source_path: str, record: int, message: str, default_id: str) -> dict[str, Any]:
    """A schema row standing for a record that could not be read."""
    return {
        "id": default_id,
        "title": "",
        "body": "",
        "outlet": "",
        "published": "",
        "url": "",
        "source_path": source_path,
        "record": record,
        "boilerplate": [],
        "status": STATUS_ERROR,
        "message": message,
    }
