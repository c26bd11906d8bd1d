"""A coding sheet as HTML (what coders will see), every piece of text escaped."""

from __future__ import annotations

import html
from dataclasses import dataclass

import pandas as pd

from mediakit.coding.tasks import MARK_CLOSE, MARK_OPEN, get_task

CSS = (
    ".mediakit-sheet{font-family:'DejaVu Sans',sans-serif;font-size:.85em;border-collapse:collapse;max-width:60em}"
    ".mediakit-sheet th,.mediakit-sheet td{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:left}"
    ".mediakit-sheet td.text{font-family:Georgia,'DejaVu Serif',serif;line-height:1.45}"
    ".mediakit-sheet mark{background:#E69F0055;padding:0 .1em}"
    ".mediakit-sheet caption{text-align:left;padding:.3em 0}"
)


def marked_html(text: str) -> str:
    """``text`` escaped, with the unit (between the first ``[[`` and the ``]]`` after it) in ``<mark>``."""
    start = text.find(MARK_OPEN)
    end = text.find(MARK_CLOSE, start + len(MARK_OPEN)) if start >= 0 else -1
    if start < 0 or end < 0:
        return html.escape(text).replace("\n", "<br>")
    parts = (text[:start], text[start + len(MARK_OPEN) : end], text[end + len(MARK_CLOSE) :])
    before, unit, after = (html.escape(p).replace("\n", "<br>") for p in parts)
    return f"{before}<mark>{unit}</mark>{after}"


@dataclass(frozen=True, repr=False)
class SheetView:
    """HTML rendering of a coding sheet (``_repr_html_`` for Jupyter)."""

    html: str
    rows: int = 0

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return f"<coding sheet: {self.rows} row(s)>"

    def __str__(self) -> str:
        return self.html


def show_sheet(sheet: pd.DataFrame, limit: int | None = 20) -> SheetView:
    """The sheet as coders see it: question, codes, and each unit marked in its context.

    Args:
        sheet: A coding sheet (:func:`mediakit.coding.sample` or :func:`mediakit.coding.read_sheet`).
        limit: At most this many rows (None: all).

    Returns:
        A :class:`SheetView`; all text is escaped with :func:`html.escape`.
    """
    name = sheet.attrs.get("task") or (str(sheet["task"].iloc[0]) if "task" in sheet and len(sheet) else "")
    rows = sheet if limit is None else sheet.head(limit)
    caption = ""
    if name:
        t = get_task(name)
        caption = (
            f"<caption><b>{html.escape(t.name)}</b>: {html.escape(t.question)} "
            f"Codes: {html.escape(t.codes_text())}.</caption>"
        )
    cols = ["unit_id", "article_id", "text", "code"]
    head = "".join(f"<th>{c}</th>" for c in cols)
    body = []
    for _, r in rows.iterrows():
        code = r.get("code")
        shown = "" if code is None or (isinstance(code, float) and code != code) else str(code)
        body.append(
            "<tr>"
            f"<td>{html.escape(str(r['unit_id']))}</td>"
            f"<td>{html.escape(str(r.get('article_id', '')))}</td>"
            f'<td class="text">{marked_html(str(r["text"]))}</td>'
            f"<td>{html.escape(shown)}</td>"
            "</tr>"
        )
    more = f"<p>… {len(sheet) - len(rows)} more row(s)</p>" if len(rows) < len(sheet) else ""
    page = (
        f'<style>{CSS}</style><table class="mediakit-sheet">{caption}<thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table>{more}"
    )
    return SheetView(page, len(sheet))
