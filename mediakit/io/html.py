"""HTML pages: main text and metadata extracted with trafilatura."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from mediakit.io._common import error_article, make_article, read_text
from mediakit.io.text import _stem

SUFFIXES = (".html", ".htm", ".xhtml")


def read(path: Path, fields: Mapping[str, str] | None = None) -> Iterator[dict[str, Any]]:
    """Yield the article of one HTML page.

    trafilatura (Barbaresi, ACL 2021 demo) extracts the main text without
    navigation, comments or footers, plus title, site name, date and URL from
    the page's metadata. Each extracted line becomes a paragraph. The page's
    headline (its ``<h1>``) is kept as the title only: when the extracted text
    repeats it as its first line, that line is dropped, so the same article
    measures the same as HTML and as CSV, JSON Lines or text.
    """
    import trafilatura

    html = read_text(path)
    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    if doc is None:
        yield error_article(str(path), 0, f"{path}: no article text found in the HTML", _stem(path))
        return
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = data.get("text") or ""
    title = data.get("title") or ""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    body = "\n\n".join(drop_headline(lines, title))
    record = {
        "id": data.get("id") or "",
        "title": title,
        "body": body,
        "outlet": data.get("sitename") or data.get("hostname") or "",
        "published": data.get("date") or "",
        "url": data.get("url") or "",
    }
    if fields:
        record.update({k: data.get(v, "") for k, v in fields.items()})
    yield make_article(record, source_path=str(path), record=0, default_id=_stem(path))


def _norm(text: str) -> str:
    return " ".join(text.casefold().split()).rstrip(".:!?")


def drop_headline(lines: list[str], title: str) -> list[str]:
    """Lines of extracted text without a leading copy of the headline.

    trafilatura keeps the page's ``<h1>`` as the first line of the text; the
    headline is already the title, and left in the body it would count twice
    (shouting, sensational cues, a lead "restated" by the next paragraph).
    Compared case- and whitespace-insensitively, ignoring final punctuation.
    """
    if lines and title.strip() and _norm(lines[0]) == _norm(title):
        return lines[1:]
    return lines
