"""HTML pages: main text and metadata extracted with trafilatura."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from mediakit.io._common import (
    ensure_text,
    make_article,
    max_record_bytes,
    normalize_text,
    open_source,
    read_prefix,
    size_text,
)
from mediakit.io.text import _stem

SUFFIXES = (".html", ".htm", ".xhtml")

#: Most bytes of a page read and handed to the extractor (4 MiB: a news page is rarely over
#: 1 MiB). The extractor's time grows faster than the page; the cap keeps a page at a few
#: seconds. A longer page is cut, and its row's ``message`` says so.
MAX_EXTRACT_CHARS = 4 * 2**20
#: Most tags (``<`` characters) handed to the extractor: 50,000 is several times a heavy news
#: page and takes trafilatura about 3 s; 160,000 ``<p>`` elements took 93 s.
MAX_EXTRACT_TAGS = 50_000
#: A body this short (in words) is checked for being only navigation or link text.
NAV_CHECK_WORDS = 50
#: Elements whose text is navigation, not article text.
_NAV_TAGS = ("a", "nav", "header", "footer", "menu", "button")
_WORD = re.compile(r"\w")


def read(path: Path, fields: Mapping[str, str] | None = None) -> Iterator[dict[str, Any]]:
    """Yield the article of one HTML page.

    trafilatura (Barbaresi, ACL 2021 demo) extracts the main text without
    navigation, comments or footers, plus title, site name, date and URL from
    the page's metadata. Each extracted line becomes a paragraph. The page's
    headline (its ``<h1>``) is kept as the title only: when the extracted text
    repeats it as its first line, that line is dropped, so the same article
    measures the same as HTML and as CSV, JSON Lines or text.

    At most :data:`MAX_EXTRACT_CHARS` characters and :data:`MAX_EXTRACT_TAGS` tags of the
    page reach the extractor (its time grows faster than the page); a page cut this way
    is still analysed, and its ``message`` says where it was cut. A page whose extracted
    text is only navigation or link text ("Home News Sport") is ``empty``, like a page
    with no text at all.
    """
    import trafilatura

    html, cut = read_page(path)
    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    if doc is None:
        yield _checked(make_article({}, source_path=str(path), record=0, default_id=_stem(path)), html, "", cut)
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
    yield _checked(make_article(record, source_path=str(path), record=0, default_id=_stem(path)), html, body, cut)


def read_page(path: Path) -> tuple[str, str]:
    """The page as handed to the extractor (read in bounded reads, capped), and the cut note ("" if none)."""
    cap = min(MAX_EXTRACT_CHARS, max_record_bytes())
    with open_source(path) as source:
        data, more = read_prefix(source, cap)
        html = normalize_text(source.decode(data))
    ensure_text(html)
    return cap_html(html, more, cap)


def _checked(row: dict[str, Any], html: str, body: str, cut: str) -> dict[str, Any]:
    """``row`` made ``empty`` when its body is only navigation text, with its message saying why or where it was cut."""
    nav = navigation_only(html, body) if row["status"] == "ok" or not body else ""
    if nav:
        row.update(body="", boilerplate=[], status="empty")
    if row["status"] == "empty":
        what = f"only navigation or link text ({nav[:60]!r})" if nav else "nothing extracted"
        row["message"] = f"{row['source_path']}: no article text found in the HTML: {what}"
    elif cut:
        row["message"] = f"{row['source_path']}: {cut}"
    return row


def cap_html(html: str, more: bool, cap: int = MAX_EXTRACT_CHARS) -> tuple[str, str]:
    """The part of ``html`` handed to the extractor, and a note saying where it was cut ("" if not).

    ``more``: the file held more than ``cap`` bytes (only its start was read). Linear in the
    page: one count of ``<``, then one ``find`` per kept tag when there are too many.
    """
    reasons = []
    if more or len(html) > cap:
        html = html[:cap]
        reasons.append(f"the page is larger than {size_text(cap)}")
    if html.count("<") > MAX_EXTRACT_TAGS:
        pos = -1
        for _ in range(MAX_EXTRACT_TAGS + 1):
            pos = html.find("<", pos + 1)
        html = html[:pos]
        reasons.append(f"it has more than {MAX_EXTRACT_TAGS:,} tags")
    if not reasons:
        return html, ""
    return html, f"page cut to its first {len(html):,} characters for extraction ({' and '.join(reasons)})"


def navigation_only(html: str, body: str) -> str:
    """The navigation text when a short extracted ``body`` is only that, else "".

    Every line of the body (of the page's whole text when nothing was extracted), with the
    texts of the page's ``a``, ``nav``, ``header``, ``footer``, ``menu`` and ``button``
    elements removed (longest first), has no word character left. Bodies of
    :data:`NAV_CHECK_WORDS` words or more are never checked.
    """
    if len(body.split()) >= NAV_CHECK_WORDS:
        return ""
    import trafilatura

    tree = trafilatura.load_html(html)
    if tree is None:
        return ""
    texts = {" ".join(el.text_content().split()) for el in tree.iter(*_NAV_TAGS)}
    ordered = sorted((t for t in texts if t), key=len, reverse=True)
    if not ordered:
        return ""
    lines = body.split("\n") if body.strip() else [str(tree.text_content())]
    for line in lines:
        rest = " ".join(line.split())
        for t in ordered:
            if t in rest:
                rest = rest.replace(t, " ")
        if _WORD.search(rest):
            return ""
    return " ".join(body.split()) or " ".join(ordered)


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
