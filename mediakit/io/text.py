"""Plain-text articles: first non-empty line is the headline, paragraphs separated by blank lines."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from mediakit.io._common import make_article, read_text

SUFFIXES = (".txt", ".text")


def read(path: Path, fields: Mapping[str, str] | None = None) -> Iterator[dict[str, Any]]:
    """Yield the one article in a plain-text file.

    The headline is the first non-empty line; it is never merged with the
    first body sentence, even without a final period.
    """
    text = read_text(path).lstrip("\n")
    title, _, body = text.partition("\n")
    yield make_article(
        {"title": title.strip(), "body": body}, source_path=str(path), record=0, default_id=_stem(path)
    )


def _stem(path: Path) -> str:
    name = path.name
    for suffix in reversed(path.suffixes):
        name = name[: -len(suffix)] if name.endswith(suffix) else name
    return name or path.name
