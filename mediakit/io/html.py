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
    the page's metadata. Each extracted line becomes a paragraph.
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
    body = "\n\n".join(line.strip() for line in text.split("\n") if line.strip())
    record = {
        "id": data.get("id") or "",
        "title": data.get("title") or "",
        "body": body,
        "outlet": data.get("sitename") or data.get("hostname") or "",
        "published": data.get("date") or "",
        "url": data.get("url") or "",
    }
    if fields:
        record.update({k: data.get(v, "") for k, v in fields.items()})
    yield make_article(record, source_path=str(path), record=0, default_id=_stem(path))
