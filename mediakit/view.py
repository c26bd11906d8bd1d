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
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

import pandas as pd

#: One colour per family (legend headings, fallback for kinds not listed below).
FAMILY_COLORS = {
    "readability": "#4D4D4D",
    "sourcing": "#0072B2",
    "sensational": "#D55E00",
    "structure": "#009E73",
}
#: One colour per evidence kind: blues and purples for sourcing, reds, oranges and yellows for
#: sensational style, greys for readability, greens for structure (Okabe & Ito 2008 and
#: ColorBrewer hues), so two kinds of different families never share a colour.
KIND_COLORS: dict[tuple[str, str], str] = {
    ("readability", "long_sentence"): "#4D4D4D",
    ("readability", "difficult_word"): "#8C8C8C",
    ("sourcing", "source"): "#0072B2",
    ("sourcing", "cue"): "#56B4E9",
    ("sourcing", "direct_quote"): "#5E3C99",
    ("sourcing", "hedge"): "#CC79A7",
    ("sensational", "loaded_language"): "#E41A1C",
    ("sensational", "emotive_word"): "#D55E00",
    ("sensational", "shouting"): "#B2182B",
    ("sensational", "exclamations"): "#F46D43",
    ("sensational", "superlatives"): "#E69F00",
    ("sensational", "intensifiers"): "#F0E442",
    ("sensational", "dramatic_framing"): "#A6761D",
    ("sensational", "rhetorical_questions"): "#FB9A99",
    ("sensational", "second_person"): "#FDB863",
    ("sensational", "first_person"): "#CCBB44",
    ("sensational", "contractions"): "#7F2704",
    ("sensational", "forward_references"): "#E7298A",
    ("sensational", "scare_quotes"): "#C51B7D",
    ("structure", "restated_paragraph"): "#009E73",
    ("structure", "restated_sentence"): "#66C2A5",
    ("structure", "offtopic_paragraph"): "#7F7F7F",
}
#: Colours for kinds not in :data:`KIND_COLORS` (a family adding a kind), given in sorted order.
SPARE_COLORS = ("#1B9E77", "#7570B3", "#66A61E", "#E6AB02", "#A6CEE3", "#B2DF8A", "#CAB2D6", "#8DD3C7")
_FALLBACK_COLOR = "#CC79A7"
#: Kinds drawn as an underline of a whole sentence or paragraph rather than a highlight.
BLOCK_KINDS = frozenset(
    {"long_sentence", "restated_paragraph", "restated_sentence", "offtopic_paragraph", "direct_quote"}
)
#: Longest body :func:`show` renders, in characters (about 35,000 words, far beyond any
#: news article); a longer body is cut at the last paragraph or sentence break before it
#: and the view says so. The numbers of :func:`mediakit.analyze` always use the whole body.
MAX_SHOW_CHARS = 200_000
#: Kinds drawn as a thin dotted underline (frequent, low-salience).
SUBTLE_KINDS = frozenset({"difficult_word"})
#: Kinds left out unless asked for: nearly every word of news is "difficult" for Dale-Chall.
HIDDEN_BY_DEFAULT = ("difficult_word",)
#: Articles :func:`show` renders from a multi-row frame unless ``limit`` says otherwise.
SHOW_LIMIT = 10

CSS = """
.mediakit-view{font-family:Georgia,'DejaVu Serif',serif;line-height:1.6;max-width:46em;color:#111}
.mediakit-view h3{font-family:'DejaVu Sans',sans-serif;margin:.2em 0 .3em}
.mediakit-view p{margin:.5em 0}
.mediakit-view .mk-meta{font-family:'DejaVu Sans',sans-serif;font-size:.85em;color:#444;margin:.1em 0 .5em;overflow-wrap:anywhere}
.mediakit-view table.mk-scores{font-family:'DejaVu Sans',sans-serif;font-size:.8em;border-collapse:collapse;margin:.3em 0 .6em}
.mediakit-view table.mk-scores td,.mediakit-view table.mk-scores th{padding:.1em .7em .1em 0;text-align:left;vertical-align:top;font-weight:normal}
.mediakit-view table.mk-scores th{color:#555}
.mediakit-view table.mk-scores td.mk-num{text-align:right;font-weight:bold}
.mediakit-view mark.mk-span{background:transparent;color:inherit;padding:0 .05em;border-radius:2px}
.mediakit-view .mk-removed{color:#777;text-decoration:line-through;font-size:.9em}
.mediakit-view .mk-note{font-family:'DejaVu Sans',sans-serif;font-size:.85em;color:#8a4b00}
.mediakit-view .mk-legend{font-family:'DejaVu Sans',sans-serif;font-size:.8em;margin:.4em 0 .8em}
.mediakit-view .mk-legend div{margin:.1em 0}
.mediakit-view .mk-legend b{display:inline-block;min-width:7.5em;font-weight:600}
.mediakit-view .mk-legend span{display:inline-block;margin:0 .8em .2em 0}
.mediakit-view .mk-swatch{display:inline-block;width:.9em;height:.9em;vertical-align:-.1em;margin-right:.3em}
"""


@dataclass(frozen=True)
class _Style:
    css_class: str
    rule: str
    swatch: str
    inline: tuple[tuple[str, str], ...] = ()
    layer: int = 1  # merge order on a piece covered by several kinds: subtle, highlight, block


#: Inline style of every highlighted piece: JupyterLab strips ``<style>`` from the outputs of a
#: notebook it does not trust (one opened from disk), so colours travel in ``style`` attributes.
_MARK_BASE = (
    ("background", "transparent"),
    ("color", "inherit"),
    ("padding", "0 .05em"),
    ("border-radius", "2px"),
)


def kind_color(family: str, kind: str, spare_index: int = 0) -> str:
    """The colour of an evidence kind (:data:`KIND_COLORS`, else a spare colour)."""
    color = KIND_COLORS.get((family, kind))
    if color is not None:
        return color
    return SPARE_COLORS[spare_index % len(SPARE_COLORS)] if spare_index >= 0 else _FALLBACK_COLOR


def _style(family: str, kind: str, spare_index: int = 0) -> _Style:
    color = kind_color(family, kind, spare_index)
    cls = re.sub(r"[^A-Za-z0-9-]", "-", f"mk-{family}-{kind}".replace("_", "-"))
    if kind in BLOCK_KINDS:
        line = "dashed" if kind == "offtopic_paragraph" else "solid"
        inline: tuple[tuple[str, str], ...] = (("border-bottom", f"2px {line} {color}"),)
        swatch, layer = f"border-bottom:2px {line} {color}", 2
    elif kind in SUBTLE_KINDS:
        inline = (("border-bottom", f"1px dotted {color}"),)
        swatch, layer = f"border-bottom:1px dotted {color}", 0
    else:
        inline = (("background", f"{color}5c"), ("box-shadow", f"inset 0 -2px 0 {color}"))
        swatch, layer = f"background:{color}90", 1
    rule = ";".join(f"{k}:{v}" for k, v in inline)
    return _Style(cls, f".mediakit-view .{cls}{{{rule}}}", swatch, inline, layer)


def _inline(styles: Sequence[_Style]) -> str:
    """The ``style`` attribute of a piece covered by ``styles``: subtle, then highlight, then block kinds."""
    merged = dict(_MARK_BASE)
    for st in sorted(styles, key=lambda st: st.layer):
        merged.update(st.inline)
    return ";".join(f"{k}:{v}" for k, v in merged.items())


def _render_text(
    text: str, spans: Sequence[tuple[int, int, str, str, str]], styles: Mapping[str, _Style] | None = None
) -> str:
    """Render ``text`` with spans ``(start, end, css_class, title, family)`` as HTML paragraphs.

    One sweep over the span boundaries (linear in text plus spans, so a 5 MB
    article renders in seconds); each piece carries every span covering it:
    their classes, their hover texts, and (from ``styles``, keyed by class) an
    inline style combining their colours.
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
            found = [styles[sp[2]] for sp in covering if styles and sp[2] in styles]
            style = f' style="{html.escape(_inline(found), quote=True)}"' if styles is not None else ""
            pieces.append(f'<mark class="{classes}"{style} title="{title}">{esc}</mark>')
        else:
            pieces.append(esc)
    return "<p>" + "".join(pieces) + "</p>"


@dataclass
class EvidenceView:
    """A rendered article (or several); Jupyter shows it as HTML, ``repr`` gives a one-line summary.

    Attributes:
        html: The rendered fragment (every piece of article text escaped).
        counts: Evidence spans per ``(family, kind)``.
        title: The article's headline ("N articles" for several).
        values: The article's metric values (``{"family.metric": value}``); for
            several articles, one mapping per article in ``rows``.
        rows: Per article: id, title, outlet, published, url, status and values
            (what a report's summary table is built from).
    """

    html: str
    counts: dict[tuple[str, str], int]
    title: str
    values: dict[str, float] = field(default_factory=dict)
    rows: list[dict[str, Any]] = field(default_factory=list)

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        fams: Counter[str] = Counter()
        for (family, _kind), n in self.counts.items():
            fams[family] += n
        parts = ", ".join(f"{f} {n}" for f, n in fams.items())
        many = f" over {len(self.rows)} articles" if len(self.rows) > 1 else ""
        return f"<EvidenceView {sum(self.counts.values())} spans{many}: {parts}>"

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
    hide: Iterable[str] = HIDDEN_BY_DEFAULT,
    limit: int = SHOW_LIMIT,
) -> EvidenceView:
    """Render an article with its scores and its evidence highlighted.

    Each article gets a header (headline, outlet, date, URL, each family's key
    score with its Wikinews percentile), a legend with one colour per evidence
    kind, the text with every span highlighted (hover for the category and the
    metric it feeds) and the boilerplate the loader removed.

    Args:
        article: Anything :func:`mediakit.evidence` accepts (a schema row, a
            mapping with title/body, a body string, a parsed Doc), or a
            DataFrame of articles from :func:`mediakit.load`: one row renders
            that article, several render the first ``limit`` one after another.
        metrics: Families to include (default: all).
        kinds: Only these evidence kinds (default: all).
        hide: Evidence kinds to leave out; default: difficult words (almost every
            word of news is one); ``hide=()`` shows every kind.
        limit: Most articles rendered from a multi-row DataFrame.

    Returns:
        An :class:`EvidenceView`; in a notebook it displays inline. A body
        longer than :data:`MAX_SHOW_CHARS` is cut and the view says so; a row
        whose status is "error" or "empty" shows its message.
    """
    if isinstance(article, pd.DataFrame) and len(article) != 1:
        return _show_many(article, metrics, kinds=kinds, hide=hide, limit=limit)
    if isinstance(article, pd.DataFrame):
        article = article.iloc[0]
    return _show_one(article, metrics, kinds=kinds, hide=hide)


def _show_one(
    article: Any,
    metrics: str | Iterable[str] | None,
    *,
    kinds: Iterable[str] | None,
    hide: Iterable[str],
    anchor: str = "",
) -> EvidenceView:
    from mediakit.compute import _single_doc, measure

    status_note = ""
    meta: dict[str, Any] = {}
    if isinstance(article, (Mapping, pd.Series)):
        if "body" not in article and "status" in article:
            raise ValueError(
                "this row has no body: pass articles (mediakit.load), not analyze() results, "
                "e.g. mediakit.show(articles[articles.id == row.id])"
            )
        if article.get("status") in ("error", "empty"):
            status_note = f"{article.get('status')}: {article.get('message')}"
        meta = {k: article.get(k) for k in ("id", "outlet", "published", "url", "status")}
    article, note = _cut(article)
    doc = _single_doc(article)
    values, ev = measure(doc, metrics)
    if kinds is not None:
        ev = ev[ev["kind"].isin(list(kinds))]
    hidden = set(hide)
    if hidden:
        ev = ev[~ev["kind"].isin(hidden)]
    note = " ".join(n for n in (status_note, note) if n)
    if status_note and article_is_unreadable(meta):
        values = {}
    view = _build(
        doc.title,
        doc.body,
        list(doc.meta.get("boilerplate") or []),
        ev,
        note=note,
        meta=meta,
        values=values,
        hidden=sorted(hidden),
        anchor=anchor,
    )
    return view


def article_is_unreadable(meta: Mapping[str, Any]) -> bool:
    """True for an error row (nothing was read, so there are no scores to show)."""
    return meta.get("status") == "error"


def _show_many(
    articles: pd.DataFrame,
    metrics: str | Iterable[str] | None,
    *,
    kinds: Iterable[str] | None,
    hide: Iterable[str],
    limit: int,
) -> EvidenceView:
    views = [
        _show_one(row, metrics, kinds=kinds, hide=hide, anchor=f"mk-article-{i}")
        for i, (_, row) in enumerate(articles.head(limit).iterrows(), start=1)
    ]
    counts: Counter[tuple[str, str]] = Counter()
    for v in views:
        counts.update(v.counts)
    more = len(articles) - len(views)
    note = (
        f'<p class="mk-more">Showing {len(views)} of {len(articles):,} articles; '
        f"pass limit= to show more, or select rows first.</p>"
        if more > 0
        else ""
    )
    html_out = (
        '\n<hr style="border:0;border-top:1px solid #ccc;margin:1.2em 0">\n'.join(v.html for v in views)
        + note
    )
    rows = [r for v in views for r in v.rows]
    return EvidenceView(html_out, dict(sorted(counts.items())), f"{len(articles)} articles", {}, rows)


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
    title: str,
    body: str,
    boilerplate: list[str],
    ev: pd.DataFrame,
    *,
    note: str = "",
    meta: Mapping[str, Any] | None = None,
    values: Mapping[str, float] | None = None,
    hidden: Sequence[str] = (),
    anchor: str = "",
) -> EvidenceView:
    meta = dict(meta or {})
    values = dict(values or {})
    styles: dict[tuple[str, str], _Style] = {}
    spare = sorted(
        {(str(f), str(k)) for f, k in zip(ev["family"], ev["kind"], strict=True)} - set(KIND_COLORS)
    )
    body_spans: list[tuple[int, int, str, str, str]] = []
    title_spans: list[tuple[int, int, str, str, str]] = []
    counts: Counter[tuple[str, str]] = Counter()
    for rec in ev.to_dict("records"):
        family, kind, label, metric = (str(rec[k]) for k in ("family", "kind", "label", "metric"))
        key = (family, kind)
        st = styles.setdefault(key, _style(family, kind, spare.index(key) if key in spare else -1))
        counts[key] += 1
        hover = f"{family} / {kind}" + (f": {label}" if label else "")
        hover += f" → {metric}" if metric else ""
        span = (int(rec["start"]), int(rec["end"]), st.css_class, hover, family)
        (title_spans if rec["field"] == "title" else body_spans).append(span)
    css = CSS + "\n".join(styles[k].rule for k in sorted(styles))
    by_class = {st.css_class: st for st in styles.values()}
    head = (
        _render_text(title, title_spans, by_class).removeprefix("<p>").removesuffix("</p>")
        if title
        else "(no headline)"
    )
    removed = "".join(f'<p class="mk-removed">{html.escape(str(b))}</p>' for b in boilerplate)
    hidden_note = f"Not marked: {', '.join(k.replace('_', ' ') + 's' for k in hidden)}." if hidden else ""
    out = (
        f'<div class="mediakit-view"><style>{css}</style>'
        f"<h3>{head}</h3>"
        + _meta_line(meta)
        + _scores_table(values)
        + f'<div class="mk-legend">{_legend(styles, counts) or "(no evidence)"}'
        + (
            f'<div class="mk-hidden" style="color:#555;margin:.2em 0 .6em">{html.escape(hidden_note)}</div>'
            if hidden_note
            else ""
        )
        + "</div>"
        + (f'<p class="mk-note">{html.escape(note)}</p>' if note else "")
        + f'<div class="mk-body">{_render_text(body, body_spans, by_class)}</div>'
        + (f'<div class="mk-boilerplate"><p><b>Removed boilerplate</b></p>{removed}</div>' if removed else "")
        + "</div>"
    )
    if anchor:  # a link target for a report's contents
        out = f'<section id="{html.escape(anchor, quote=True)}">{out}</section>'
    row = {k: meta.get(k, "") for k in ("id", "outlet", "published", "url", "status")}
    row.update(title=title, anchor=anchor, **values)
    return EvidenceView(out, dict(sorted(counts.items())), title, values, [row])


def _legend(styles: Mapping[tuple[str, str], _Style], counts: Mapping[tuple[str, str], int]) -> str:
    """One line per family: a swatch, the kind and its count for every kind present."""
    lines = []
    for family in dict.fromkeys(k[0] for k in sorted(styles, key=_family_order)):
        items = "".join(
            f'<span style="display:inline-block;margin:0 .9em .2em 0"><i class="mk-swatch" '
            f'style="display:inline-block;width:.9em;height:.9em;vertical-align:-.1em;margin-right:.3em;'
            f'{styles[k].swatch}"></i>{html.escape(k[1].replace("_", " "))} ({counts[k]})</span>'
            for k in sorted(styles)
            if k[0] == family
        )
        lines.append(
            f'<div style="margin:.1em 0"><b style="display:inline-block;min-width:7.5em">'
            f"{html.escape(family)}</b>{items}</div>"
        )
    return "".join(lines)


def _family_order(key: tuple[str, str]) -> tuple[int, str]:
    order = list(FAMILY_COLORS)
    return (order.index(key[0]) if key[0] in order else len(order), key[1])


def safe_url(url: Any) -> str:
    """``url`` if it is an http(s) address (the only links a report makes), else ""."""
    text = str(url or "").strip()
    return text if re.match(r"https?://[^\s<>\"']+$", text, flags=re.IGNORECASE) else ""


def _meta_line(meta: Mapping[str, Any]) -> str:
    """Outlet · date · URL (a link only for http(s) addresses), all escaped."""
    parts = [html.escape(str(meta[k])) for k in ("outlet", "published") if meta.get(k)]
    url = str(meta.get("url") or "")
    if url:
        link = safe_url(url)
        parts.append(
            f'<a href="{html.escape(link, quote=True)}" rel="noopener noreferrer">{html.escape(url)}</a>'
            if link
            else html.escape(url)
        )
    return f'<p class="mk-meta">{" · ".join(parts)}</p>' if parts else ""


def _scores_table(values: Mapping[str, float]) -> str:
    """Each family's key score: label (hover: definition), value with unit, Wikinews percentile."""
    from mediakit.corpus import family_keys
    from mediakit.display import fmt, info, reference_percentile
    from mediakit.display import percentile_text as ptext

    keys = family_keys(values)
    if not keys:
        return ""
    rows = []
    for family, col in keys.items():
        ci = info(col)
        value = values.get(col, float("nan"))
        pct = reference_percentile(col, value, values)
        tip = html.escape(f"{ci.description}. {ci.reads}. Column {col}.", quote=True)
        cell = "padding:.1em .8em .1em 0;text-align:left;vertical-align:top"
        rows.append(
            f'<tr><th style="{cell};font-weight:normal;color:#555">{html.escape(family)}</th>'
            f'<td style="{cell}" title="{tip}">{html.escape(ci.label)}</td>'
            f'<td class="mk-num" style="{cell};text-align:right;font-weight:bold">'
            f"{html.escape(fmt(col, value, unit=True))}</td>"
            f'<td style="{cell}">{html.escape(ptext(pct, "Wikinews") if pct == pct else "")}</td></tr>'
        )
    return (
        '<table class="mk-scores" style="font-family:sans-serif;font-size:.85em;border-collapse:collapse;'
        f'margin:.3em 0 .6em">{"".join(rows)}</table>'
    )


def standalone_page(views: Sequence[EvidenceView], title: str = "mediakit report", intro: str = "") -> str:
    """Wrap views in a standalone, self-contained HTML document (no scripts, no external assets).

    ``intro`` is trusted HTML placed before the views (a report's summary).
    """
    body = "\n<hr>\n".join(v.html for v in views)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title><style>{PAGE_CSS}</style></head>\n<body>\n"
        f"<h1>{html.escape(title)}</h1>\n{intro}\n{body}\n</body></html>\n"
    )


PAGE_CSS = (
    "body{margin:1.5em auto;max-width:60em;padding:0 1em;font-family:'DejaVu Sans',sans-serif;color:#111}"
    "h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.2em}"
    "ol.mk-toc li{margin:.25em 0}ol.mk-toc .mk-meta{color:#555;font-size:.85em}"
    ".mk-top{font-size:.8em}hr{border:0;border-top:1px solid #ccc;margin:1.5em 0}"
)


def report_page(
    articles: pd.DataFrame,
    *,
    title: str = "mediakit report",
    hide: Iterable[str] = HIDDEN_BY_DEFAULT,
    total: int | None = None,
) -> tuple[str, int]:
    """A standalone HTML report of ``articles`` (rows of :func:`mediakit.load`).

    Every article that could be read gets its view (header with outlet, date,
    URL and key scores with Wikinews percentiles; legend; highlighted text).
    With several articles the page starts with a contents list linking to each
    and a summary table of the key scores across them (n, mean, median, range).
    Rows that could not be read are listed with their reason. All article text
    is escaped; the page has no script and loads nothing.

    Args:
        articles: The articles to show, in order.
        title: Page title and heading.
        hide: Evidence kinds not marked (default: difficult words).
        total: Articles in the input when ``articles`` is a first part of it
            (the page then says how many were left out).

    Returns:
        The page and the number of articles shown.
    """
    readable = articles[articles["status"] != "error"]
    views = [
        _show_one(row, None, kinds=None, hide=hide, anchor=f"mk-article-{i}")
        for i, (_, row) in enumerate(readable.iterrows(), start=1)
    ]
    parts = []
    if len(views) > 1:
        parts.append(_report_summary(views))
        parts.append(_report_toc(views))
    skipped = articles[articles["status"] == "error"]
    if len(skipped):
        items = "".join(f"<li>{html.escape(str(m))}</li>" for m in skipped["message"])
        parts.append(f"<h2>Not shown ({len(skipped)} could not be read)</h2><ul>{items}</ul>")
    if total is not None and total > len(articles):
        parts.append(
            f"<p>The input holds {total:,} articles; the first {len(articles):,} are shown (--limit).</p>"
        )
    if len(views) > 1:
        back = '<p class="mk-top"><a href="#mk-contents">back to contents</a></p>'
        for v in views:
            v.html += back
    return standalone_page(views, title=title, intro="\n".join(parts)), len(views)


def _report_summary(views: Sequence[EvidenceView]) -> str:
    from mediakit.corpus import family_keys
    from mediakit.display import Table

    rows = [r for v in views for r in v.rows]
    frame = pd.DataFrame(rows)
    keys = list(family_keys(frame.columns).values())
    stats = []
    for col in keys:
        v = frame[col].dropna().astype(float)
        stats.append(
            {
                "metric": col,
                "n": len(v),
                "mean": v.mean() if len(v) else float("nan"),
                "median": v.median() if len(v) else float("nan"),
                "min": v.min() if len(v) else float("nan"),
                "max": v.max() if len(v) else float("nan"),
            }
        )
    outlets = len({str(o) for o in frame.get("outlet", pd.Series(dtype=object)) if o and str(o) != "nan"})
    lead = f"{len(views)} articles" + (f" from {outlets} outlets" if outlets > 1 else "")
    table = Table(pd.DataFrame(stats), metric_col="metric")._repr_html_()
    return f"<h2>Summary</h2><p>{html.escape(lead)}: each family's key score across the articles.</p>{table}"


def _report_toc(views: Sequence[EvidenceView]) -> str:
    from mediakit.corpus import family_keys
    from mediakit.display import fmt, info

    items = []
    for v in views:
        row = v.rows[0]
        keys = family_keys(row)
        scores = "; ".join(f"{info(c).label} {fmt(c, row.get(c), unit=True)}" for c in keys.values())
        meta = " · ".join(str(row[k]) for k in ("outlet", "published") if row.get(k))
        items.append(
            f'<li><a href="#{html.escape(str(row["anchor"]), quote=True)}">'
            f"{html.escape(str(row['title']) or '(no headline)')}</a>"
            f'<br><span class="mk-meta">{html.escape(" · ".join(x for x in (meta, scores) if x))}</span></li>'
        )
    return f'<h2 id="mk-contents">Contents</h2><ol class="mk-toc">{"".join(items)}</ol>'
