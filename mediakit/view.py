"""Evidence view: the article with every family's evidence highlighted, as escaped HTML.

:func:`show` returns an :class:`EvidenceView` that Jupyter renders inline
(``_repr_html_``) and that can be saved as a standalone page. Spans may nest
or overlap (a hedge inside a long sentence inside a restated paragraph): the
text is cut at every span boundary and each piece carries the classes and
hover text of all spans covering it. Every piece of article text goes through
:func:`html.escape`.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

import pandas as pd

#: Okabe-Ito colour-blind-safe palette, one colour per family.
FAMILY_COLORS = {
    "readability": "#0072B2",
    "sourcing": "#E69F00",
    "sensational": "#D55E00",
    "structure": "#009E73",
}
_FALLBACK_COLOR = "#CC79A7"
#: Kinds drawn as an underline of a whole sentence or paragraph rather than a highlight.
BLOCK_KINDS = frozenset({"long_sentence", "restated_paragraph", "offtopic_paragraph"})
#: Longest body :func:`show` renders, in characters (about 35,000 words, far beyond any
#: news article); a longer body is cut at the last paragraph or sentence break before it
#: and the view says so. The numbers of :func:`mediakit.analyze` always use the whole body.
MAX_SHOW_CHARS = 200_000
#: Kinds drawn as a thin dotted underline (frequent, low-salience).
SUBTLE_KINDS = frozenset({"difficult_word"})

CSS = """
.mediakit-view{font-family:Georgia,'DejaVu Serif',serif;line-height:1.6;max-width:46em;color:#111}
.mediakit-view h3{font-family:'DejaVu Sans',sans-serif;margin:.2em 0 .6em}
.mediakit-view p{margin:.5em 0}
.mediakit-view mark.mk-span{background:transparent;color:inherit;padding:0 .05em;border-radius:2px}
.mediakit-view .mk-removed{color:#777;text-decoration:line-through;font-size:.9em}
.mediakit-view .mk-legend{font-family:'DejaVu Sans',sans-serif;font-size:.8em;margin:.4em 0 .8em}
.mediakit-view .mk-legend span{display:inline-block;margin:0 .8em .2em 0}
.mediakit-view .mk-swatch{display:inline-block;width:.9em;height:.9em;vertical-align:-.1em;margin-right:.3em}
"""


@dataclass(frozen=True)
class _Style:
    css_class: str
    rule: str
    swatch: str


def _style(family: str, kind: str) -> _Style:
    color = FAMILY_COLORS.get(family, _FALLBACK_COLOR)
    cls = re.sub(r"[^A-Za-z0-9-]", "-", f"mk-{family}-{kind}".replace("_", "-"))
    if kind in BLOCK_KINDS:
        rule = f"border-bottom:2px solid {color}"
        swatch = f"border-bottom:2px solid {color}"
    elif kind in SUBTLE_KINDS:
        rule = f"border-bottom:1px dotted {color}"
        swatch = f"border-bottom:1px dotted {color}"
    else:
        rule = f"background:{color}33;box-shadow:inset 0 -2px 0 {color}"
        swatch = f"background:{color}55"
    return _Style(cls, f".mediakit-view .{cls}{{{rule}}}", swatch)


def _render_text(text: str, spans: Sequence[tuple[int, int, str, str, str]]) -> str:
    """Render ``text`` with spans ``(start, end, css_class, title, family)`` as HTML paragraphs.

    One sweep over the span boundaries (linear in text plus spans, so a 5 MB
    article renders in seconds); each piece carries every span covering it.
    """
    n = len(text)
    opening: dict[int, list[int]] = {}
    closing: dict[int, list[int]] = {}
    cuts = {0, n}
    for i, (s, e, *_rest) in enumerate(spans):
        s, e = max(0, s), min(n, e)
        if s >= e:
            continue
        opening.setdefault(s, []).append(i)
        closing.setdefault(e, []).append(i)
        cuts.update((s, e))
    active: set[int] = set()
    pieces: list[str] = []
    for a, b in pairwise(sorted(cuts)):
        active.difference_update(closing.get(a, ()))
        active.update(opening.get(a, ()))
        seg = text[a:b]
        if not seg:
            continue
        esc = html.escape(seg).replace("\n\n", "</p><p>").replace("\n", "<br>")
        if active:
            covering = [spans[i] for i in sorted(active)]
            classes = html.escape(
                " ".join(
                    dict.fromkeys(
                        ["mk-span"] + [f"mk-{sp[4]}" for sp in covering] + [sp[2] for sp in covering]
                    )
                ),
                quote=True,
            )
            title = html.escape("\n".join(dict.fromkeys(sp[3] for sp in covering)), quote=True)
            pieces.append(f'<mark class="{classes}" title="{title}">{esc}</mark>')
        else:
            pieces.append(esc)
    return "<p>" + "".join(pieces) + "</p>"


@dataclass
class EvidenceView:
    """A rendered article; Jupyter shows it as HTML, ``repr`` gives a one-line summary."""

    html: str
    counts: dict[tuple[str, str], int]
    title: str

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        fams: Counter[str] = Counter()
        for (family, _kind), n in self.counts.items():
            fams[family] += n
        parts = ", ".join(f"{f} {n}" for f, n in fams.items())
        return f"<EvidenceView {sum(self.counts.values())} spans: {parts}>"

    def page(self) -> str:
        """A standalone HTML document containing this view."""
        return standalone_page([self], title=self.title)

    def save(self, path: str) -> None:
        """Write :meth:`page` to ``path`` (UTF-8)."""
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(self.page())


def show(
    article: Any,
    metrics: str | Iterable[str] | None = None,
    *,
    kinds: Iterable[str] | None = None,
    hide: Iterable[str] = (),
) -> EvidenceView:
    """Render an article with its evidence highlighted.

    Args:
        article: Anything :func:`mediakit.evidence` accepts (a schema row, a
            mapping with title/body, a body string, a one-row DataFrame).
        metrics: Families to include (default: all).
        kinds: Only these evidence kinds (default: all).
        hide: Evidence kinds to leave out (e.g. ``["difficult_word"]``).

    Returns:
        An :class:`EvidenceView`; in a notebook it displays inline. A body
        longer than :data:`MAX_SHOW_CHARS` is cut and the view says so; a row
        whose status is "error" or "empty" shows its message.
    """
    from mediakit.compute import _single_doc, evidence

    status_note = ""
    if isinstance(article, (Mapping, pd.Series)) and article.get("status") in ("error", "empty"):
        status_note = f"{article.get('status')}: {article.get('message')}"
    article, note = _cut(article)
    doc = _single_doc(article)
    ev = evidence(doc, metrics)
    if kinds is not None:
        ev = ev[ev["kind"].isin(list(kinds))]
    hidden = set(hide)
    if hidden:
        ev = ev[~ev["kind"].isin(hidden)]
    note = " ".join(n for n in (status_note, note) if n)
    return _build(doc.title, doc.body, list(doc.meta.get("boilerplate") or []), ev, note=note)


def _cut_point(body: str) -> int:
    """Where to cut a body longer than :data:`MAX_SHOW_CHARS`: the last break before the limit."""
    cut = max(body.rfind("\n", 0, MAX_SHOW_CHARS), body.rfind(". ", 0, MAX_SHOW_CHARS) + 1)
    return cut if cut > MAX_SHOW_CHARS // 2 else MAX_SHOW_CHARS


def _cut_note(shown: int, full: int) -> str:
    return f"Showing the first {shown:,} of {full:,} characters; evidence is for the part shown."


def _cut(article: Any) -> tuple[Any, str]:
    """Cut an over-long body, before parsing where the input is not parsed yet.

    The one place :func:`show` truncates: strings, mappings, rows and one-row
    DataFrames are cut before parsing (a 5 MB body is never parsed whole); an
    already parsed :class:`~mediakit.text.parse.Doc` is re-parsed from its cut body.
    """
    from mediakit.text.parse import Doc, parse

    if isinstance(article, pd.DataFrame) and len(article) == 1:
        article = article.iloc[0]
    if isinstance(article, Doc):
        if len(article.body) <= MAX_SHOW_CHARS:
            return article, ""
        cut = _cut_point(article.body)
        doc = parse(article.body[:cut], article.title)
        doc.meta.update(article.meta)
        return doc, _cut_note(cut, len(article.body))
    if isinstance(article, str) and len(article) > MAX_SHOW_CHARS:
        cut = _cut_point(article)
        return article[:cut], _cut_note(cut, len(article))
    if isinstance(article, (Mapping, pd.Series)):
        body = article.get("body")
        if isinstance(body, str) and len(body) > MAX_SHOW_CHARS:
            cut = _cut_point(body)
            return {**dict(article), "body": body[:cut]}, _cut_note(cut, len(body))
    return article, ""


def _build(
    title: str, body: str, boilerplate: list[str], ev: pd.DataFrame, *, note: str = ""
) -> EvidenceView:
    styles: dict[tuple[str, str], _Style] = {}
    body_spans: list[tuple[int, int, str, str, str]] = []
    title_spans: list[tuple[int, int, str, str, str]] = []
    counts: Counter[tuple[str, str]] = Counter()
    for rec in ev.to_dict("records"):
        family, kind, label, metric = (str(rec[k]) for k in ("family", "kind", "label", "metric"))
        key = (family, kind)
        st = styles.setdefault(key, _style(*key))
        counts[key] += 1
        hover = f"{family} / {kind}" + (f": {label}" if label else "")
        hover += f" → {metric}" if metric else ""
        span = (int(rec["start"]), int(rec["end"]), st.css_class, hover, family)
        (title_spans if rec["field"] == "title" else body_spans).append(span)
    css = CSS + "\n".join(styles[k].rule for k in sorted(styles))
    legend = "".join(
        f'<span><i class="mk-swatch" style="{styles[k].swatch}"></i>{html.escape(k[0])} / '
        f"{html.escape(k[1].replace('_', ' '))} ({counts[k]})</span>"
        for k in sorted(styles)
    )
    head = (
        _render_text(title, title_spans).removeprefix("<p>").removesuffix("</p>")
        if title
        else "(no headline)"
    )
    removed = "".join(f'<p class="mk-removed">{html.escape(str(b))}</p>' for b in boilerplate)
    out = (
        f'<div class="mediakit-view"><style>{css}</style>'
        f"<h3>{head}</h3>"
        f'<div class="mk-legend">{legend or "(no evidence)"}</div>'
        + (f'<p class="mk-note">{html.escape(note)}</p>' if note else "")
        + f'<div class="mk-body">{_render_text(body, body_spans)}</div>'
        + (f'<div class="mk-boilerplate"><p><b>Removed boilerplate</b></p>{removed}</div>' if removed else "")
        + "</div>"
    )
    return EvidenceView(out, dict(sorted(counts.items())), title)


def standalone_page(views: Sequence[EvidenceView], title: str = "mediakit report") -> str:
    """Wrap views in a standalone, self-contained HTML document (no scripts, no external assets)."""
    body = "\n<hr>\n".join(v.html for v in views)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title></head>\n<body>\n{body}\n</body></html>\n"
    )
