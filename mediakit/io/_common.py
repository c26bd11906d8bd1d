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

    UTF-16 without a BOM is recognised by its many NUL bytes. Text that is
    mostly valid UTF-8 with a few broken bytes (a truncated or spliced scrape)
    stays UTF-8, each broken byte becoming U+FFFD, rather than turning the
    whole file into cp1252 mojibake. cp1252 is the usual encoding of
    Windows-exported news text; Latin-1 is the last resort (it decodes
    anything).
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if data[:200].count(b"\x00") > 20:
        even_nuls = data[0:200:2].count(b"\x00")
        odd_nuls = data[1:200:2].count(b"\x00")
        if abs(even_nuls - odd_nuls) > 10:  # NULs on one side only: UTF-16 of mostly-ASCII text
            return data.decode("utf-16-be" if even_nuls > odd_nuls else "utf-16-le", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    broken = lenient.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    wide = sum(1 for ch in lenient if ord(ch) > 0x7F) - lenient.count("\ufffd")
    if wide > broken:  # more valid multi-byte characters than broken bytes: UTF-8
        return lenient
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


#: Control characters that never occur in text (C0 except tab/newlines/feeds, DEL, C1).
_CONTROL = frozenset(chr(c) for c in [*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F, *range(0x80, 0xA0)])
#: Share of control characters above which decoded "text" is taken for binary data.
BINARY_CONTROL_SHARE = 0.1


def looks_binary(text: str, sample: int = 8192) -> bool:
    """True when ``text`` (already decoded) is really binary data such as an image.

    Decoded binary data is full of control characters (about a quarter of
    random bytes decode to one); real text has almost none. At least eight,
    and more than :data:`BINARY_CONTROL_SHARE` of the first ``sample``
    characters, means binary.
    """
    head = text[:sample]
    n = sum(1 for ch in head if ch in _CONTROL)
    return n >= 8 and n > BINARY_CONTROL_SHARE * len(head)  # a stray escape or two is still text


def ensure_text(text: str) -> None:
    """Raise ``ValueError`` when decoded ``text`` is really binary data (see :func:`looks_binary`).

    Readers raise it; :func:`mediakit.io.iter_articles` turns it into one error row naming the file.
    """
    if looks_binary(text):
        raise ValueError("binary data, not text (an image or archive?)")


def read_text(path: Path) -> str:
    """Read and decode a (possibly compressed) text file, normalising newlines.

    Raises:
        ValueError: When the file holds binary data (an image, an archive), not text.
    """
    with open_binary(path) as fh:
        data = fh.read()
    text = decode(data)
    ensure_text(text)
    return text.replace("\r\n", "\n").replace("\r", "\n")


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
    if isinstance(value, bytes):
        return decode(value)
    return str(value).replace("\x00", "")


def normalize_text(body: str) -> str:
    """Loader normalisation of a body: CR and CRLF to LF, NUL characters dropped (idempotent)."""
    return body.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")


def normalize_title(title: str) -> str:
    """Loader normalisation of a headline: whitespace runs collapsed, NUL dropped (idempotent)."""
    return " ".join(title.replace("\x00", "").split())


def _location(source_path: str, record: int) -> str:
    return f"{source_path}:{record}" if record else source_path


def make_article(
    fields: Mapping[str, Any],
    *,
    source_path: str,
    record: int,
    default_id: str,
    strip: bool = True,
) -> dict[str, Any]:
    """Build one schema row from mapped fields: normalise text, strip boilerplate, set status.

    A body that is not text (a number, a list, an object) gives an error row;
    a record without any body field gives an "empty" row saying which field
    names were looked for.
    """
    where = _location(source_path, record)
    raw = fields.get("body")
    if raw is not None and not isinstance(raw, (str, bytes)) and not (isinstance(raw, float) and raw != raw):
        return error_article(
            source_path,
            record,
            f"{where}: body is {type(raw).__name__} {_short(raw)}, expected text",
            _as_str(fields.get("id")) or default_id,
        )
    body = normalize_text(_as_str(raw))
    title = normalize_title(_as_str(fields.get("title")))
    removed: list[str] = []
    if strip:
        body, removed = strip_boilerplate(body)
    if body.strip():
        message = ""
    elif "body" not in fields:
        keys = ", ".join(sorted(map(str, fields))) or "none"
        message = (
            f"{where}: no body text: no field named {', '.join(FIELD_ALIASES['body'])} (fields: {keys}); "
            "name the body field with fields={'body': ...} (CLI: --field body=...)"
        )
    else:
        message = f"{where}: no body text"
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
        "message": message,
    }
    for k, v in fields.items():
        if k not in row and k not in ARTICLE_COLUMNS:
            row[k] = v
    return row


def _short(value: Any, limit: int = 40) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


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
