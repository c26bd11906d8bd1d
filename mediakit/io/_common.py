r"""Shared helpers for loaders: bounded decompression, encodings, line endings, field mapping.

Every reader of a text format goes through :func:`open_source`, so all of them treat
encodings, line endings and sizes the same way:

1. The file is decompressed (``.gz``, ``.xz``, ``.bz2``) in bounded reads (:data:`CHUNK`).
2. A wide encoding is recognised on the first bytes (a UTF-16 byte-order mark, or the NUL
   pattern of BOM-less UTF-16) and transcoded to UTF-8 as the bytes stream in; a UTF-8
   byte-order mark is dropped. Binary data (an image, an archive) is refused before any row.
3. Each unit is decoded by :func:`decode`: a line of JSON Lines or CSV, a whole text or HTML
   file, the stream of a JSON file.
4. ``\r\n`` and a lone ``\r`` end a line like ``\n`` (:func:`iter_lines`), and text fields are
   normalised to ``\n`` (:func:`normalize_text`).
5. No record may exceed :func:`max_record_bytes` decompressed bytes (default
   :data:`DEFAULT_MAX_RECORD_BYTES`, environment variable ``MEDIAKIT_MAX_RECORD_BYTES``): a
   larger record becomes an error row, read past at constant memory.

Text that cannot be encoded (a lone surrogate from a JSON ``\udc00`` escape) becomes U+FFFD;
a file name that is not valid UTF-8 is shown escaped (``caf\xe9.txt``), see :func:`clean_text`
and :func:`display_name`.
"""

from __future__ import annotations

import bz2
import codecs
import contextlib
import gzip
import lzma
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import IO, Any

from mediakit.schema import ARTICLE_COLUMNS, FIELD_ALIASES, STATUS_EMPTY, STATUS_ERROR, STATUS_OK
from mediakit.text.boilerplate import strip_boilerplate

COMPRESSIONS = (".gz", ".xz", ".bz2")

#: Largest record read, in decompressed bytes: one line of JSON Lines, one CSV row, one element
#: of a JSON file, one Parquet row, one text file. An HTML page is cut instead (see
#: :mod:`mediakit.io.html`). 16 MiB is about 3,000 times a long news article (5 KiB).
DEFAULT_MAX_RECORD_BYTES = 16 * 2**20
#: Environment variable overriding :data:`DEFAULT_MAX_RECORD_BYTES` (a number of bytes).
MAX_RECORD_BYTES_ENV = "MEDIAKIT_MAX_RECORD_BYTES"
#: Bytes read from a file at a time (decompressed): memory per reader is a few of these plus
#: one record.
CHUNK = 1 << 20
#: Bytes looked at to recognise the encoding and binary data.
HEAD = 1 << 16


def max_record_bytes() -> int:
    """The record size limit in bytes: ``$MEDIAKIT_MAX_RECORD_BYTES`` or :data:`DEFAULT_MAX_RECORD_BYTES`.

    Raises:
        ValueError: The environment variable is not a positive whole number.
    """
    raw = os.environ.get(MAX_RECORD_BYTES_ENV, "").strip()
    if not raw:
        return DEFAULT_MAX_RECORD_BYTES
    try:
        value = int(raw.replace("_", ""))
    except ValueError:
        value = 0
    if value <= 0:
        raise ValueError(f"{MAX_RECORD_BYTES_ENV}={raw!r}: expected a positive number of bytes")
    return value


def size_text(n: int) -> str:
    """``16 MiB`` for whole mebibytes, else ``2,000 bytes``."""
    return f"{n // 2**20} MiB" if n >= 2**20 and n % 2**20 == 0 else f"{n:,} bytes"


class RecordTooLarge(ValueError):
    """A record is larger than :func:`max_record_bytes`; it becomes an error row."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        super().__init__(
            f"record larger than the limit of {size_text(limit)} (set {MAX_RECORD_BYTES_ENV} to raise it)"
        )


# --- names and text that cannot be encoded ----------------------------------------------------

_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """``text`` with every lone surrogate (not encodable in UTF-8) replaced by U+FFFD."""
    if text.isascii():
        return text
    try:
        text.encode("utf-8")  # C speed: ten times a regex search over a long body
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


def _escape_surrogate(m: re.Match[str]) -> str:
    code = ord(m.group())
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"


def display_name(name: str) -> str:
    r"""A file name (or a message holding one) shown escaped where it is not valid UTF-8.

    Python reads such a name with each undecodable byte as a lone surrogate (``\udce9``);
    it is shown as the byte it stands for (``caf\xe9.txt``), other lone surrogates as
    ``\udXXX``. Valid names are returned unchanged.
    """
    if name.isascii():
        return name
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub(_escape_surrogate, name)
    return name


def _clean_value(value: Any) -> Any:
    """``value`` with lone surrogates replaced in every string it holds (dict keys included)."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {_clean_value(k): _clean_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_clean_value(v) for v in value]
    return value


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


def detect_encoding(data: bytes) -> str:
    """The codec :func:`decode` uses for ``data`` (``data.decode(codec, "replace") == decode(data)``)."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    wide = _utf16_without_bom(data)
    if wide:
        return wide
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return "utf-8"
    try:
        data.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` / ``utf-16-be`` when NUL bytes sit on one side only (UTF-16 of mostly-ASCII text)."""
    if data[:200].count(b"\x00") > 20:
        even_nuls = data[0:200:2].count(b"\x00")
        odd_nuls = data[1:200:2].count(b"\x00")
        if abs(even_nuls - odd_nuls) > 10:
            return "utf-16-be" if even_nuls > odd_nuls else "utf-16-le"
    return None


def _mostly_utf8(data: bytes) -> bool:
    """More valid multi-byte UTF-8 characters than broken bytes (``data`` is not valid UTF-8)."""
    lenient = data.decode("utf-8", errors="replace")
    broken = lenient.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    wide = sum(1 for ch in lenient if ord(ch) > 0x7F) - lenient.count("\ufffd")
    return wide > broken


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
    wide = _utf16_without_bom(data)
    if wide:
        return data.decode(wide, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return data.decode("utf-8", errors="replace")
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


@dataclass
class Source:
    """The decompressed bytes of a text file, as :func:`open_source` hands them out.

    Attributes:
        chunks: The bytes, at most :data:`CHUNK` at a time; a wide encoding is already
            transcoded to UTF-8 and a byte-order mark dropped.
        utf8: True when the bytes are UTF-8 for certain (a byte-order mark, or transcoded):
            units are then decoded as UTF-8 (U+FFFD for a broken byte), never guessed.
    """

    chunks: Iterator[bytes]
    utf8: bool

    def decode(self, data: bytes) -> str:
        """Decode one unit of this source (a line, a record)."""
        return data.decode("utf-8", errors="replace") if self.utf8 else decode(data)


@contextlib.contextmanager
def open_source(path: Path) -> Iterator[Source]:
    """Open a text file for a reader: decompressed in bounded reads, wide encodings transcoded.

    Raises:
        ValueError: The first bytes are binary data (an image, an archive), not text.
    """
    with open_binary(path) as fh:
        head = fh.read(HEAD)
        rest: Iterator[bytes] = iter(lambda: fh.read(CHUNK), b"")
        utf8 = False
        if head.startswith(codecs.BOM_UTF8):
            head, utf8 = head[3:], True
        wide = "utf-16" if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else _utf16_without_bom(head)
        chunks: Iterator[bytes]
        if wide:
            chunks, utf8 = _transcode(chain([head], rest), wide), True
            head = next(chunks, b"")
        ensure_text(head[:8192].decode("utf-8", errors="replace") if utf8 else decode(head[:8192]))
        yield Source(chain([head], rest if not wide else chunks), utf8)


def _transcode(chunks: Iterator[bytes], encoding: str) -> Iterator[bytes]:
    """``chunks`` of ``encoding`` as UTF-8 (an invalid code unit becomes U+FFFD)."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    for chunk in chunks:
        text = decoder.decode(chunk)
        if text:
            yield text.encode("utf-8")
    tail = decoder.decode(b"", final=True)
    if tail:
        yield tail.encode("utf-8")


def read_record(source: Source, limit: int | None = None) -> bytes:
    """All bytes of ``source`` as one record.

    Raises:
        RecordTooLarge: More than ``limit`` bytes (default :func:`max_record_bytes`); reading
            stops there, so memory stays bounded by the limit.
    """
    limit = max_record_bytes() if limit is None else limit
    parts: list[bytes] = []
    size = 0
    for chunk in source.chunks:
        size += len(chunk)
        if size > limit:
            raise RecordTooLarge(limit)
        parts.append(chunk)
    return b"".join(parts)


def read_prefix(source: Source, n: int) -> tuple[bytes, bool]:
    """The first ``n`` bytes of ``source`` and whether there were more."""
    parts: list[bytes] = []
    size = 0
    for chunk in source.chunks:
        if size + len(chunk) > n:
            parts.append(chunk[: n - size])
            return b"".join(parts), True
        parts.append(chunk)
        size += len(chunk)
    return b"".join(parts), False


def iter_lines(source: Source, limit: int | None = None) -> Iterator[tuple[int, bytes | None]]:
    r"""``(line number, bytes)`` of every line of ``source``, blank lines included.

    A line ends at ``\n``, ``\r\n`` or a lone ``\r`` (the ending is not part of the bytes),
    so CR-only files count their lines like any other. A line longer than ``limit`` (default
    :func:`max_record_bytes`) comes as ``(n, None)``; it is skipped at constant memory.
    """
    limit = max_record_bytes() if limit is None else limit
    lineno = 0
    pending: list[bytes] = []  # the unfinished last line, in pieces (joined once)
    size = 0
    skipping = False  # inside a line already known to be too long
    for chunk in source.chunks:
        if b"\n" not in chunk and b"\r" not in chunk:
            if not skipping:
                pending.append(chunk)
                size += len(chunk)
                if size > limit:
                    pending, size, skipping = [], 0, True
            continue
        buf = b"".join([*pending, chunk]) if pending else chunk
        lines = buf.splitlines()  # bytes split at \n, \r\n and \r only
        if buf.endswith(b"\r"):
            held: bytes | None = lines.pop() + b"\r"  # a "\n" may follow in the next chunk
        elif buf.endswith(b"\n"):
            held = None
        else:
            held = lines.pop()
        for line in lines:
            lineno += 1
            if skipping or len(line) > limit:
                skipping = False
                yield lineno, None
            else:
                yield lineno, line
        pending, size = ([held], len(held)) if held is not None else ([], 0)
        if size > limit:
            pending, size, skipping = [], 0, True
    last = b"".join(pending)
    for line in last.splitlines() if last else ([b""] if skipping else []):
        lineno += 1
        if skipping or len(line) > limit:
            skipping = False
            yield lineno, None
        else:
            yield lineno, line


def iter_text(source: Source) -> Iterator[str]:
    """The decoded text of ``source``, chunk by chunk (for a JSON file read as a stream).

    The codec is the one :func:`decode` picks (:func:`detect_encoding`), chosen on the first
    chunk holding a non-ASCII byte, so a file decodes as it would whole unless its first
    non-ASCII chunk misleads.
    """
    decoder: Any = codecs.getincrementaldecoder("utf-8")(errors="replace") if source.utf8 else None
    for chunk in source.chunks:
        if decoder is None:
            if chunk.isascii():
                yield chunk.decode("ascii")
                continue
            decoder = codecs.getincrementaldecoder(detect_encoding(chunk))(errors="replace")
        text = decoder.decode(chunk)
        if text:
            yield text
    if decoder is not None:
        tail = decoder.decode(b"", final=True)
        if tail:
            yield tail


def read_text(path: Path, limit: int | None = None) -> str:
    """Read and decode a (possibly compressed) text file as one record, normalising newlines.

    Raises:
        ValueError: When the file holds binary data (an image, an archive), not text.
        RecordTooLarge: When it holds more than ``limit`` bytes (default :func:`max_record_bytes`).
    """
    with open_source(path) as source:
        text = source.decode(read_record(source, limit))
    ensure_text(text)
    return normalize_text(text)


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
        return clean_text(decode(value))
    return clean_text(str(value).replace("\x00", ""))


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
    source_path = display_name(source_path)
    default_id = display_name(default_id)
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
        "message": display_name(message),
    }
    extras = [k for k in fields if k not in row and k not in ARTICLE_COLUMNS]
    if len(extras) > MAX_EXTRA_FIELDS:  # each becomes a column of load()'s frame: bounded
        cut = f"{where}: record cut: kept the first {MAX_EXTRA_FIELDS:,} of {len(extras):,} extra fields"
        row["message"] = f"{row['message']}; {cut}" if row["message"] else display_name(cut)
        extras = extras[:MAX_EXTRA_FIELDS]
    for k in extras:
        row[clean_text(str(k))] = _clean_value(fields[k])
    return row


#: Extra (non-schema) fields kept per record. Each becomes a column of :func:`mediakit.load`'s
#: frame: a 1.4 MB CSV row of 200,000 fields took 10 s and 800 MB to load. A record with more
#: keeps the first ones and its ``message`` says so.
MAX_EXTRA_FIELDS = 1000


def _short(value: Any, limit: int = 40) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def error_article(source_path: str, record: int, message: str, default_id: str) -> dict[str, Any]:
    """A schema row standing for a record that could not be read (names shown escaped)."""
    return {
        "id": display_name(default_id),
        "title": "",
        "body": "",
        "outlet": "",
        "published": "",
        "url": "",
        "source_path": display_name(source_path),
        "record": record,
        "boilerplate": [],
        "status": STATUS_ERROR,
        "message": display_name(message),
    }
