"""Display layer: every number shown with its label, unit, precision and direction.

The metric registry (:mod:`mediakit.metrics.registry`) declares for each column a
``label``, a ``unit``, ``decimals`` and what a higher value means (``higher``);
this module turns those declarations into what an analyst reads: table headers
("Flesch-Kincaid grade (US grade)"), rounded values ("12.2", never "12.176119"),
missing values ("–"), percentiles that do not saturate ("above every reference
article") and one-line summaries. Tables in notebooks, the CLI summary, the
HTML report and the figures all use it, so a column reads the same everywhere.

Values are never rounded in the data: :class:`Table` keeps the numbers it was
given (``Table.data``) and only formats them for display.
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pandas as pd

#: What a missing value (NaN, None) looks like in a table.
MISSING = "–"
#: Units that need no unit text in a header (the label says what is counted).
_UNITLESS = frozenset({"count"})
#: Unit words dropped from a header when the label already says them ("Restated share (0-1)").
_UNIT_WORDS = ("share", "score", "flag", "percentile", "z")


@dataclass(frozen=True)
class ColumnInfo:
    """How one column is displayed (from the registry, or plain defaults for other columns).

    Attributes:
        column: The column name ("readability.flesch_kincaid_grade", or "n").
        label: Short human label.
        unit: Unit or scale as declared ("US grade", "share (0-1)").
        decimals: Decimals shown.
        reads: How to read it ("higher = more difficult to read"); "" if unknown.
        description: One line saying what the number is.
        reference: Source of the formula or construct.
        family: Metric family ("" for a column the registry does not declare).
    """

    column: str
    label: str
    unit: str
    decimals: int
    reads: str = ""
    description: str = ""
    reference: str = ""
    family: str = ""

    @property
    def is_metric(self) -> bool:
        """True for a registered metric column."""
        return bool(self.family)

    @property
    def unit_text(self) -> str:
        """The unit as shown in a header: "" for counts, the range for shares ("0-1")."""
        return unit_text(self.label, self.unit)

    @property
    def header(self) -> str:
        """Label with its unit, once: "Flesch-Kincaid grade (US grade)", "Words"."""
        return f"{self.label} ({self.unit_text})" if self.unit_text else self.label

    @property
    def short_unit(self) -> str:
        """The unit after a value in a sentence: "US grade", "words"; "" where the number speaks for itself."""
        head = self.unit.split(" (", 1)[0].strip()
        if (
            head.lower() in ("count", "share", "score", "flag", "percentile")
            or head.lower() in self.label.lower()
        ):
            return ""
        return head

    @property
    def is_percentile(self) -> bool:
        """True when the values are percentiles (0-100) of a reference distribution."""
        return self.unit.startswith("percentile")


def unit_text(label: str, unit: str) -> str:
    """A unit as shown after a label, without repeating what the label says.

    "count" is dropped; "share (0-1)" after "Restated share" becomes "0-1";
    "per 100 words" stays "per 100 words". Nested parentheses become commas.

    Examples:
        >>> unit_text("Restated share", "share (0-1)")
        '0-1'
        >>> unit_text("Flesch-Kincaid grade", "US grade")
        'US grade'
        >>> unit_text("Words", "count")
        ''
    """
    unit = unit.strip()
    if unit in _UNITLESS or not unit:
        return ""
    head, sep, rest = unit.partition(" (")
    rest = rest.removesuffix(")")
    low = label.lower()
    if head.lower() in _UNIT_WORDS and (head.lower() in low or head.lower() in ("flag", "z")) and sep:
        return rest if head.lower() != "z" else f"z, {rest}"
    if unit.lower() in low:  # "Attributions per 100 words" needs no "(per 100 words)"
        return ""
    if head.lower() in low and sep:
        return rest
    return f"{head}, {rest}" if sep else head


@lru_cache(maxsize=4096)
def info(column: str) -> ColumnInfo:
    """Display information of a column: from the registry for metric columns, plain otherwise."""
    from mediakit.errors import UnknownMetricError
    from mediakit.metrics.registry import get_column

    try:
        fam, col = get_column(column)
    except UnknownMetricError:
        return ColumnInfo(column, _PLAIN_LABELS.get(column, column.replace("_", " ")), "", 2)
    label, decimals = col.display_label, int(col.decimals)
    if not col.label:  # not yet given display fields: a label that names its family, whole counts
        if len(label.split()) <= 2 and fam.name not in label.lower():
            label = f"{fam.name.capitalize()} {label[0].lower()}{label[1:]}"
        if col.unit in ("count", "flag (0/1)"):
            decimals = 0
    return ColumnInfo(
        column,
        label,
        col.unit,
        decimals,
        col.reads,
        col.description,
        col.reference or fam.reference,
        fam.name,
    )


#: Headers of the non-metric columns the tables show.
_PLAIN_LABELS = {
    "id": "id",
    "title": "headline",
    "outlet": "outlet",
    "published": "date",
    "url": "URL",
    "status": "status",
    "n": "n",
    "metric": "metric",
    "allsides_bias": "AllSides bias",
    "period": "period",
    "why": "why",
}


def header(column: str) -> str:
    """Table header of a column: its label and unit ("Sentence length (words)")."""
    return info(column).header


def axis_label(column: str, width: int = 38) -> str:
    """Figure axis label: the header wrapped to ``width`` characters (unit stated once)."""
    import textwrap

    return textwrap.fill(header(column), width=width)


def reads(column: str) -> str:
    """What a higher value means ("higher = more sensational"), "" for non-metric columns."""
    return info(column).reads


def is_missing(value: Any) -> bool:
    """True for None, NaN and pandas' NA."""
    if value is None or value is pd.NA:
        return True
    try:
        return bool(math.isnan(value))
    except (TypeError, ValueError):
        return False


def number(value: Any, decimals: int, *, grouping: bool = True) -> str:
    """A number at fixed precision: "12.2", "1,204", "0.09"; missing values as :data:`MISSING`.

    Negative zero prints as "0" ("-0.0" would suggest a sign that is not there).

    Examples:
        >>> number(12.176119, 1)
        '12.2'
        >>> number(-0.0001, 2)
        '0.00'
        >>> number(float("nan"), 2)
        '–'
    """
    if is_missing(value):
        return MISSING
    v = float(value)
    if math.isinf(v):
        return "∞" if v > 0 else "-∞"
    text = f"{v:,.{decimals}f}" if grouping else f"{v:.{decimals}f}"
    if text.lstrip("-").strip("0.,") == "":  # -0.00 -> 0.00
        text = text.lstrip("-")
    return text


def fmt(column: str, value: Any, *, unit: bool = False) -> str:
    """A value of ``column`` as displayed: registry decimals, optional unit, percentiles in words.

    Examples:
        >>> fmt("readability.flesch_kincaid_grade", 12.176119, unit=True)
        '12.2 US grade'
    """
    ci = info(column)
    if is_missing(value):
        return MISSING
    if ci.is_percentile and isinstance(value, (int, float)):
        return percentile_short(float(value))
    text = number(value, ci.decimals)
    return f"{text} {ci.short_unit}" if unit and ci.short_unit else text


def ordinal(n: int) -> str:
    """1 -> "1st", 2 -> "2nd", 11 -> "11th", 23 -> "23rd"."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def percentile_short(p: float) -> str:
    """A percentile for a table cell: "87", "above all", "below all" (beyond the reference range)."""
    if is_missing(p):
        return MISSING
    if p >= 100.0:
        return "above all"
    if p <= 0.0:
        return "below all"
    return number(p, 0)


def percentile_text(p: float, reference: str = "reference") -> str:
    """A percentile in words that does not saturate beyond the reference range.

    100 means the value lies above every reference article, 0 below every one;
    anything else is an ordinal rounded to a whole percentile (kept between 1 and
    99, so a value inside the range never reads as if it were beyond it).

    Examples:
        >>> percentile_text(100.0, "Wikinews")
        'above every Wikinews article'
        >>> percentile_text(87.2, "Wikinews")
        '87th percentile of Wikinews'
    """
    if is_missing(p):
        return "no percentile"
    if p >= 100.0:
        return f"above every {reference} article"
    if p <= 0.0:
        return f"below every {reference} article"
    return f"{ordinal(min(99, max(1, round(p))))} percentile of {reference}"


def percentile_companion(column: str) -> str | None:
    """The registered ``<column>_percentile`` column, if the registry declares one."""
    from mediakit.metrics.registry import all_columns

    name = f"{column}_percentile"
    return name if name in set(all_columns()) else None


def reference_percentile(column: str, value: Any, row: Mapping[str, Any] | None = None) -> float:
    """Percentile of ``value`` among the Wikinews reference articles, NaN when unknown.

    The row's registered ``<column>_percentile`` companion wins when present
    (the family's own calibration); otherwise the packaged Wikinews reference
    (:func:`mediakit.corpus.reference_percentile`) is used, for the columns it covers.
    """
    from mediakit.corpus import reference_percentile as packaged

    if is_missing(value):
        return float("nan")
    companion = percentile_companion(column)
    if row is not None and companion is not None and companion in row:
        return float(row[companion])
    return packaged(column, float(value))


def describe(
    column: str, value: Any, row: Mapping[str, Any] | None = None, *, percentile: bool = True
) -> str:
    """``"<label> <value> <unit>"``, with its Wikinews percentile when known and asked for.

    Example: "Sensational index 2.41 z, Wikinews (above every Wikinews article)".
    """
    text = f"{info(column).label} {fmt(column, value, unit=True)}"
    if percentile and not is_missing(value):
        p = reference_percentile(column, value, row)
        if not is_missing(p):
            text += f" ({percentile_text(p, 'Wikinews')})"
    return text


# --------------------------------------------------------------------------- tables


@dataclass
class _Cell:
    text: str
    numeric: bool


class Table:
    """A labelled, rounded, unit-bearing table for notebooks, the CLI and reports.

    Columns that are registered metrics get their label and unit as header and
    their registry precision; other columns are shown as they are (text
    shortened to ``max_text`` characters). With ``metric_col``, each row is a
    metric (a profile or a single article's values): that column shows the
    metric's label, a unit column and a "how to read" column are added, and the
    numbers of the row are formatted with the metric's precision. ``like`` maps
    a column to the metric whose format it shares (``{"mean": metric}``).

    ``Table.data`` keeps the numbers; rendering never changes them. Jupyter
    shows the HTML form (escaped text, headers that wrap, a note on how to read
    each metric); ``str()`` gives plain text; :meth:`to_markdown` Markdown.
    """

    def __init__(
        self,
        data: pd.DataFrame,
        *,
        metric_col: str | None = None,
        like: Mapping[str, str] | None = None,
        caption: str = "",
        max_rows: int = 60,
        max_text: int = 60,
        notes: bool = True,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.data = data
        self.metric_col = metric_col
        self.like = dict(like or {})
        self.caption = caption
        self.max_rows = max_rows
        self.max_text = max_text
        self.notes = notes
        self.headers = dict(headers or {})

    # ------------------------------------------------------------ layout
    def _columns(self) -> list[str]:
        cols = [str(c) for c in self.data.columns]
        if self.metric_col is None:
            return cols
        rest = [c for c in cols if c != self.metric_col]
        return [self.metric_col, "unit", *rest, "reads"]

    def _header(self, col: str) -> str:
        if col in self.headers:
            return self.headers[col]
        if self.metric_col is not None:
            return {"unit": "unit", "reads": "how to read", self.metric_col: "metric"}.get(col, col)
        ci = info(col)
        return ci.header if ci.is_metric else ci.label

    def _cell(self, row: Mapping[str, Any], col: str) -> _Cell:
        metric = str(row[self.metric_col]) if self.metric_col is not None else None
        if metric is not None and col in (self.metric_col, "unit", "reads"):
            ci = info(metric)
            text = {"unit": ci.unit, "reads": ci.reads}.get(col, ci.label if ci.is_metric else metric)
            return _Cell(text, False)
        value = row[col]
        if not (_is_number(value) or is_missing(value)):
            text = " ".join(str(value).split())
            if len(text) > self.max_text:
                text = text[: self.max_text - 1].rstrip() + "…"
            return _Cell(text, False)
        if col == "n":
            return _Cell(number(value, 0), True)
        if col == "percentile":
            return _Cell(percentile_short(value), True)
        if col == "z":
            return _Cell(number(value, 2), True)
        fmt_as = self.like.get(col) or metric or col
        ci = info(fmt_as)
        if not ci.is_metric:
            return _Cell(MISSING if is_missing(value) else _plain_number(float(value)), True)
        if col in ("mean", "sd") and metric is not None:  # a mean of counts is not a count; a spread
            return _Cell(number(value, max(ci.decimals, 1) + (col == "sd")), True)  # one decimal more
        return _Cell(fmt(fmt_as, value), True)

    def _rows(self, limit: int | None = None) -> tuple[list[list[_Cell]], int]:
        cols = self._columns()
        limit = self.max_rows if limit is None else limit
        records = self.data.head(limit).to_dict("records")
        out = [[self._cell({str(k): v for k, v in rec.items()}, c) for c in cols] for rec in records]
        return out, max(0, len(self.data) - limit)

    def _note_lines(self) -> list[str]:
        if not self.notes or self.metric_col is not None:
            return []
        lines = []
        for col in self._columns():
            ci = info(self.like.get(col, col))
            if ci.is_metric and ci.reads and col not in self.like:
                lines.append(f"{ci.label}: {ci.reads}")
        return lines

    # ------------------------------------------------------------ renderers
    def _repr_html_(self) -> str:
        cols = self._columns()
        rows, hidden = self._rows()
        numeric = [bool(rows) and rows[0][i].numeric for i in range(len(cols))]
        head = "".join(
            f'<th class="{"mk-num" if numeric[i] else "mk-text"}" style="{_TH_NUM if numeric[i] else _TH_TEXT}" '
            f'title="{html.escape(_tooltip(self.like.get(c, c)), quote=True)}">'
            f"{html.escape(self._header(c))}</th>"
            for i, c in enumerate(cols)
        )
        body = "".join(
            "<tr>"
            + "".join(
                f'<td class="mk-num" style="{_TD_NUM}">{html.escape(cell.text)}</td>'
                if cell.numeric
                else f'<td class="mk-text" style="{_TD_TEXT}">{html.escape(cell.text)}</td>'
                for cell in row
            )
            + "</tr>"
            for row in rows
        )
        extra = (
            f"<p class='mk-note' style='{_NOTE}'>… {hidden:,} more rows not shown ({len(self.data):,} in all)</p>"
            if hidden
            else ""
        )
        notes = self._note_lines()
        note_html = (
            f"<p class='mk-note' style='{_NOTE}'>" + "; ".join(html.escape(n) for n in notes) + ".</p>"
            if notes
            else ""
        )
        caption = (
            f"<caption style='text-align:left;caption-side:top;font-weight:600'>{html.escape(self.caption)}</caption>"
            if self.caption
            else ""
        )
        return (
            f"<div class='mediakit-table'><style>{TABLE_CSS}</style>"
            f"<table>{caption}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
            f"{extra}{note_html}</div>"
        )

    def __str__(self) -> str:
        cols = self._columns()
        rows, hidden = self._rows()
        split = [self._text_header(c) for c in cols]  # (label, unit) per column
        two = any(u for _, u in split)
        width = [
            max([len(lab), len(unit)] + [len(r[i].text) for r in rows]) for i, (lab, unit) in enumerate(split)
        ]
        width = [min(w, max(self.max_text, 12)) for w in width]
        numeric = [bool(rows) and rows[0][i].numeric for i in range(len(cols))]

        def line(texts: Sequence[str]) -> str:
            return "  ".join(
                (t[: width[i]].rjust(width[i]) if numeric[i] else t[: width[i]].ljust(width[i]))
                for i, t in enumerate(texts)
            ).rstrip()

        lines = [self.caption] if self.caption else []
        lines.append(line([lab for lab, _ in split]))
        if two:
            lines.append(line([unit for _, unit in split]))
        lines.extend(line([c.text for c in r]) for r in rows)
        if hidden:
            lines.append(f"... {hidden:,} more rows ({len(self.data):,} in all)")
        notes = self._note_lines()
        if notes:
            lines.extend(["", *notes])
        return "\n".join(lines)

    def _text_header(self, col: str) -> tuple[str, str]:
        """Header for plain text: the label, and the unit on a second line."""
        if col in self.headers or self.metric_col is not None:
            return self._header(col), ""
        ci = info(col)
        if not ci.is_metric:
            return ci.label, ""
        return ci.label, f"({ci.unit_text})" if ci.unit_text else ""

    def __repr__(self) -> str:
        return str(self)

    def to_markdown(self) -> str:
        """The table as GitHub Markdown (every row; ``|`` escaped)."""
        cols = self._columns()
        rows, _ = self._rows(len(self.data))
        out = ["| " + " | ".join(_md_escape(self._header(c)) for c in cols) + " |"]
        out.append(
            "|" + "|".join("---:" if rows and rows[0][i].numeric else "---" for i in range(len(cols))) + "|"
        )
        out.extend("| " + " | ".join(_md_escape(c.text) for c in r) + " |" for r in rows)
        return "\n".join(out)

    def to_frame(self) -> pd.DataFrame:
        """The displayed strings as a DataFrame with the displayed headers (every row)."""
        cols = self._columns()
        rows, _ = self._rows(len(self.data))
        return pd.DataFrame([[c.text for c in r] for r in rows], columns=[self._header(c) for c in cols])


#: Inline cell styles: JupyterLab drops ``<style>`` from outputs of notebooks it does not trust and
#: right-aligns every cell, so alignment and widths travel in ``style`` attributes.
_TH_TEXT = "text-align:left;vertical-align:bottom;max-width:11em;white-space:normal"
_TH_NUM = "text-align:right;vertical-align:bottom;max-width:9em;white-space:normal"
_TD_TEXT = "text-align:left;vertical-align:top;min-width:6em;max-width:26em;white-space:normal"
_TD_NUM = "text-align:right;vertical-align:top;white-space:nowrap"
_NOTE = "color:#555;font-size:.85em;margin:.3em 0;max-width:60em;text-align:left"

TABLE_CSS = (
    ".mediakit-table{max-width:100%;overflow-x:auto;font-family:'DejaVu Sans',sans-serif;font-size:12px}"
    ".mediakit-table table{border-collapse:collapse;margin:.2em 0}"
    ".mediakit-table caption{caption-side:top;text-align:left;font-weight:bold;padding:.2em 0}"
    ".mediakit-table th{max-width:10em;white-space:normal;vertical-align:bottom;text-align:left;"
    "padding:.25em .6em;border-bottom:1px solid #999;font-weight:600}"
    ".mediakit-table td{padding:.2em .6em;border-bottom:1px solid #eee;vertical-align:top}"
    ".mediakit-table th.mk-num{text-align:right}"
    ".mediakit-table td.mk-num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}"
    ".mediakit-table td.mk-text{text-align:left;max-width:28em}"
    ".mediakit-table .mk-note{color:#555;font-size:11px;margin:.3em 0;max-width:60em}"
)


def _tooltip(column: str) -> str:
    ci = info(column)
    if not ci.is_metric:
        return ci.label
    parts = [ci.description, ci.reads, f"unit: {ci.unit}", f"column: {column}"]
    return ". ".join(p for p in parts if p)


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|")


def _is_number(value: Any) -> bool:
    import numbers

    return isinstance(value, numbers.Number) and not isinstance(value, bool)


def _plain_number(v: float) -> str:
    if v.is_integer() and abs(v) < 1e15:
        return number(v, 0)
    return number(v, 2) if abs(v) >= 1 else number(v, 3)


# --------------------------------------------------------------------------- shortcuts


def table(
    data: pd.DataFrame,
    columns: Sequence[str] | None = None,
    *,
    ident: Sequence[str] = ("id", "title", "outlet", "published"),
    **kwargs: Any,
) -> Table:
    """Per-article table of results: identifying columns, then metric columns (labelled, rounded).

    Args:
        data: A frame of :func:`mediakit.analyze` results (or any frame).
        columns: Metric columns to show (default: each family's key metric present).
        ident: Identifying columns to show first when present.
        **kwargs: Passed to :class:`Table` (``caption``, ``max_rows``...).
    """
    from mediakit.corpus import key_columns

    cols = list(columns) if columns is not None else key_columns(data.columns)
    first = [c for c in ident if c in data.columns and c not in cols]
    first = [c for c in first if data[c].astype(str).str.strip().ne("").any()]  # drop empty ones
    return Table(data[first + cols], **kwargs)


def values(row: Mapping[str, Any] | pd.Series, columns: Iterable[str] | None = None, **kwargs: Any) -> Table:
    """One article's metric values as rows: metric, unit, value and how to read it.

    Args:
        row: One row of :func:`mediakit.analyze` results.
        columns: Metric columns (default: every registered column in ``row``); a family
            name ("readability") selects that family's columns.
        **kwargs: Passed to :class:`Table`.
    """
    from mediakit.metrics.registry import all_columns, families

    names = {f.name for f in families()}
    if columns is None:
        wanted = [c for c in all_columns() if c in row]
    else:
        wanted = []
        for c in [columns] if isinstance(columns, str) else columns:
            wanted.extend(
                [x for x in all_columns() if x.startswith(f"{c}.") and x in row] if c in names else [c]
            )
    frame = pd.DataFrame({"metric": wanted, "value": [row[c] for c in wanted]})
    return Table(frame, metric_col="metric", **kwargs)


# --------------------------------------------------------------------------- sources


#: Columns of :func:`mediakit.sources` an analyst reads, with their headers, in display order.
#: Offsets, keys and the sentence text stay in the frame (``pd.DataFrame(table)`` shows them all).
SOURCE_DISPLAY: dict[str, str] = {
    "id": "article",
    "sentence": "sentence",
    "source": "source",
    "resolved_to": "resolved to",
    "source_class": "named as",
    "source_kind": "kind",
    "cue": "cue",
    "cue_type": "cue type",
    "quote": "quote",
    "cited": "cited",
}


class SourceTable(pd.DataFrame):
    """The frame :func:`mediakit.sources` returns: every column kept, the readable ones displayed.

    Jupyter and ``print`` show who is cited and how (source, how named, kind,
    cue, quote); offsets (``start``, ``end``, ``cue_start``, ``cue_end``),
    ``key``, ``label`` and ``sentence_text`` are still columns of the frame for
    code that needs them. Any operation on it (a filter, a selection) returns a
    plain DataFrame showing whatever it holds.
    """

    @property
    def _constructor(self) -> type[pd.DataFrame]:
        return pd.DataFrame

    def _display_table(self) -> Table:
        shown = [c for c in SOURCE_DISPLAY if c in self.columns]
        hidden = [str(c) for c in self.columns if c not in shown]
        frame = pd.DataFrame(self)[shown]
        caption = f"{len(self)} attribution(s)" + (
            f"; also in the frame: {', '.join(hidden)}" if hidden else ""
        )
        headers = {c: SOURCE_DISPLAY[c] for c in shown}
        return Table(frame, headers=headers, caption=caption, max_rows=100, max_text=48, notes=False)

    def _repr_html_(self) -> str:
        return self._display_table()._repr_html_()

    def __repr__(self) -> str:
        return str(self._display_table())


# --------------------------------------------------------------------------- corpus tables


def profile(results: pd.DataFrame, columns: Sequence[str] | None = None, **kwargs: Any) -> Table:
    """Distribution of each metric (n, mean, sd, p10, median, p90), labelled and rounded, every row shown.

    Args:
        results: :func:`mediakit.analyze` output.
        columns: Metric columns (default: every family's summary columns present).
        **kwargs: Passed to :class:`Table`.
    """
    from mediakit.corpus import profile as corpus_profile
    from mediakit.metrics.registry import families

    if columns is None:
        columns = [f"{f.name}.{c}" for f in families() for c in f.summary if f"{f.name}.{c}" in results]
    frame = corpus_profile(results, list(columns))
    kwargs.setdefault("max_rows", max(len(frame), 1))
    return Table(frame, metric_col="metric", **kwargs)


def group_table(summary: pd.DataFrame, by: str | None = None, **kwargs: Any) -> Table:
    """A :func:`mediakit.corpus.compare_groups` (or ``trend``) result, one row per group, one column per metric.

    Each cell reads "mean (low to high)" at the metric's precision, the 95%
    bootstrap interval in brackets; ``n`` is the largest number of articles the
    group has for any metric. Groups keep the order of the first metric
    (highest mean first), periods their time order.
    """
    by = by or next(
        c for c in summary.columns if c not in ("metric", "start", "n", "mean", "ci_low", "ci_high")
    )
    if summary.empty:
        return Table(pd.DataFrame({by: [], "n": []}), caption="no groups to compare", **kwargs)
    metrics = list(dict.fromkeys(summary["metric"]))
    order = list(dict.fromkeys(summary.sort_values("start")[by] if "start" in summary else summary[by]))
    rows = []
    for g in order:
        part = summary[summary[by] == g].set_index("metric")
        row: dict[str, Any] = {by: g, "n": int(part["n"].max())}
        for m in metrics:
            if m in part.index:
                r = part.loc[m]
                row[m] = f"{fmt(m, r['mean'])} ({fmt(m, r['ci_low'])} to {fmt(m, r['ci_high'])})"
            else:
                row[m] = MISSING
        rows.append(row)
    kwargs.setdefault("max_rows", max(len(rows), 1))
    kwargs.setdefault("caption", "mean (95% bootstrap interval) per group")
    return Table(pd.DataFrame(rows), **kwargs)


#: Headers of :func:`placement` tables.
_PLACEMENT_HEADERS = {
    "value": "value",
    "median": "corpus median",
    "reference_median": "Wikinews median",
    "percentile": "Wikinews percentile",
    "z": "z vs Wikinews",
    "above_p90": "share above Wikinews p90",
    "below_p10": "share below Wikinews p10",
}


def placement(placed: pd.DataFrame, **kwargs: Any) -> Table:
    """A :func:`mediakit.corpus.place` or ``place_corpus`` result, labelled and rounded.

    Percentiles beyond the reference range read "above all" / "below all"; the
    z column keeps saying how far beyond.
    """
    frame = placed.copy()
    for share in ("above_p90", "below_p10"):
        if share in frame:  # shares of articles, shown as percentages of the corpus
            frame[share] = [f"{v:.0%}" if not is_missing(v) else MISSING for v in frame[share]]
    headers = {c: h for c, h in _PLACEMENT_HEADERS.items() if c in frame}
    kwargs.setdefault("max_rows", max(len(frame), 1))
    return Table(frame, metric_col="metric", headers=headers, **kwargs)


def relabel(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy whose metric column names and index labels are replaced by their display labels."""
    rename = {c: info(str(c)).label for c in [*frame.columns, *frame.index] if info(str(c)).is_metric}
    return frame.rename(index=rename, columns=rename)


def by_column(frame: pd.DataFrame, index: str, decimals: int = 3) -> pd.DataFrame:
    """``frame`` turned on its side: one column per value of ``index``, one row per measure.

    An evaluation table with a few rows (splits, subsets, tasks) and many measures reads better
    tall than wide. Integer measures stay integers (no "326.000") and floats are rounded to
    ``decimals``; the cells are objects, so each keeps its own type.
    """
    rounded = frame.set_index(index).round(decimals)
    whole = {
        c: "int64"
        for c in rounded.columns
        if pd.api.types.is_numeric_dtype(rounded[c])
        and not pd.api.types.is_bool_dtype(rounded[c])
        and bool(rounded[c].notna().all())
        and bool((rounded[c] % 1 == 0).all())
    }
    return rounded.astype(whole).astype(object).T
