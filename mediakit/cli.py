"""Command line: a thin layer over the library (``mediakit --help``)."""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

DEFAULT_PATH = "seeds"

#: Characters that must not reach a terminal from article text: C0 controls (an ESC
#: starts a terminal escape sequence; a newline would let an id forge a line of the summary),
#: DEL, C1 controls, line and paragraph separators, bidirectional overrides, and lone
#: surrogates (a file name that is not UTF-8: ``\udce9`` is shown as the byte ``\xe9``).
_UNSAFE_TERMINAL = {
    c: f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}"
    for c in [
        *range(0x00, 0x20),
        0x7F,
        *range(0x80, 0xA0),
        0x2028,
        0x2029,
        *range(0x202A, 0x202F),
        *range(0x2066, 0x206A),
        *range(0xD800, 0xE000),
    ]
} | {0x0A: "\\n", 0x09: "\\t", 0x0D: "\\r"} | {c: f"\\x{c - 0xDC00:02x}" for c in range(0xDC80, 0xDD00)}


def safe(text: Any) -> str:
    r"""Article text made safe to print on one line: control characters are shown escaped, never executed.

    A newline or tab in an id, headline or message is shown as ``\n`` / ``\t``, so no article
    can start a line of its own in the output (a forged summary line).
    """
    return str(text).translate(_UNSAFE_TERMINAL)


def safe_block(text: str) -> str:
    """A multi-line block (a rendered table) made safe line by line: its own line breaks kept."""
    return "\n".join(map(safe, text.splitlines()))


class FailureCounter:
    """Counts result rows by status and reason, for the summary line of a run."""

    def __init__(self) -> None:
        self.total = 0
        self.status: Counter[str] = Counter()
        self.reasons: Counter[tuple[str, str]] = Counter()
        self.examples: dict[tuple[str, str], str] = {}

    def add(self, row: Mapping[str, Any]) -> None:
        """Count one result row (``status`` and ``message``)."""
        self.total += 1
        status = str(row.get("status") or "")
        self.status[status] += 1
        if status != "ok":
            message = str(row.get("message") or "")
            key = (status, reason_of(message))
            self.reasons[key] += 1
            self.examples.setdefault(key, message)

    @classmethod
    def of(cls, results: Any) -> FailureCounter:
        """Counter over the ``status`` and ``message`` columns of an :func:`mediakit.analyze` result."""
        counter = cls()
        for status, message in zip(results["status"], results["message"], strict=True):
            counter.add({"status": status, "message": message})
        return counter

    @property
    def ok(self) -> int:
        """Rows analysed without a problem."""
        return self.status["ok"]

    @property
    def failed(self) -> int:
        """Rows with status "empty" or "error"."""
        return self.total - self.ok

    def lines(self, limit: int = 8) -> list[str]:
        """The summary: totals, then the most frequent reasons with one example each."""
        head = f"{self.total} article(s), {self.ok} ok"
        if self.failed:
            parts = ", ".join(f"{n} {s}" for s, n in sorted(self.status.items()) if s != "ok")
            head += f", {self.failed} failed ({parts})"
        out = [head]
        for (status, reason), n in self.reasons.most_common(limit):
            out.append(f"  {n} {status}: {safe(reason)}  e.g. {safe(self.examples[(status, reason)])}")
        if len(self.reasons) > limit:
            out.append(f"  ... and {len(self.reasons) - limit} other reason(s)")
        return out


def reason_of(message: str) -> str:
    """The reason of a row message without its ``file:line:`` prefix, numbers masked, for grouping."""
    reason = message.split(": ", 1)[1] if ": " in message else message
    reason = reason.split(": ", 1)[0]
    return re.sub(r"\d+", "#", reason)[:80]


def summary_columns(columns: Sequence[str] | None = None) -> list[str]:
    """The metric columns of the per-article summary: each family's ``summary`` columns.

    A column with a registered ``<column>_percentile`` companion is followed by it.
    With ``columns``, only those present are kept (a ``--metrics`` selection).
    """
    from mediakit.display import percentile_companion
    from mediakit.metrics.registry import families

    out: list[str] = []
    for fam in families():
        for c in fam.summary or tuple(c.name for c in fam.columns[:3]):
            name = f"{fam.name}.{c}"
            out.append(name)
            companion = percentile_companion(name)
            if companion is not None and companion not in out:
                out.append(companion)
    if columns is not None:
        present = set(columns)
        out = [c for c in out if c in present]
    return out


def summary_text(results: Any, articles: Any = None, counter: FailureCounter | None = None) -> str:
    """Readable per-article summary of :func:`mediakit.analyze` output.

    Each article: id and headline, outlet, date and URL when known, then one line
    per family with its summary columns as "<label> <value> <unit>" at the
    registry's precision, the key metric with its Wikinews percentile. A row that
    was not measured (status "empty" or "error") shows its reason instead. Ends with the status counts (``counter``, else counted from ``results``).
    ``articles`` (the loaded frame) supplies headlines missing from ``results``.
    """
    from mediakit.display import describe, percentile_companion
    from mediakit.metrics.registry import families

    lines: list[str] = []
    titles = {}
    if articles is not None and len(articles) and "title" in articles:
        titles = dict(zip(articles["id"], articles["title"], strict=False))
    from mediakit.corpus import family_keys

    shown = summary_columns(results.columns)
    companions = {percentile_companion(c) for c in shown} - {None}
    keys = set(family_keys(results.columns).values())
    for _, row in results.iterrows():
        title = row.get("title") if isinstance(row.get("title"), str) and row.get("title") else None
        title = title or titles.get(row["id"]) or "(no headline)"
        lines.append(f"{safe(row['id'])}: {safe(title)}")
        meta = [str(row.get(k) or "") for k in ("outlet", "published", "url")]
        if any(meta):
            lines.append("  " + " · ".join(safe(m) for m in meta if m))
        if row["status"] != "ok":  # nothing (or only a headline) was measured: say why, show no numbers
            lines.append(f"  status: {row['status']} - {safe(row['message'])}")
            lines.append("")
            continue
        for fam in families():
            parts = [
                describe(c, row[c], row, percentile=c in keys)
                for c in shown
                if c.startswith(f"{fam.name}.") and c not in companions
            ]
            if parts:
                lines.extend(wrap_parts(parts, f"  {fam.name:<12} "))
        lines.append("")
    if shown:
        lines.append("What each number means, its unit and direction: mediakit metrics")
    lines.extend((counter or FailureCounter.of(results)).lines())
    return "\n".join(lines)


def wrap_parts(parts: Sequence[str], first: str, width: int = 100) -> list[str]:
    """Join ``parts`` with " · " into lines of at most ``width`` characters, breaking only between parts."""
    lines: list[str] = []
    current = first
    indent = " " * len(first)
    for part in parts:
        sep = "" if current in (first, indent) else " · "
        if current not in (first, indent) and len(current) + len(sep) + len(part) > width:
            lines.append(current)
            current, sep = indent, ""
        current += sep + part
    lines.append(current)
    return lines


def summary_frame(results: Any) -> Any:
    """The summary as a table: identifying columns, status, then the summary metric columns (raw numbers)."""
    ident = [c for c in ("id", "title", "outlet", "published", "url", "status", "message") if c in results]
    return results[ident + summary_columns(results.columns)]


def render_summary(
    results: Any, fmt: str, counter: FailureCounter | None = None, articles: Any = None
) -> str:
    """The per-article summary in ``fmt``: "text", "csv", "json" or "markdown".

    CSV and JSON carry the raw numbers under the column names (for programs);
    Markdown shows labels with units and the registry's precision (for people).
    """
    from mediakit.display import Table

    if fmt == "text":
        return summary_text(results, articles, counter)
    frame = summary_frame(results)
    if fmt == "csv":
        return str(frame.to_csv(index=False)).rstrip("\n")
    if fmt == "json":
        records = json.loads(frame.to_json(orient="records"))
        return json.dumps(records, indent=2, ensure_ascii=False)
    if fmt == "markdown":
        return safe_block(
            Table(frame.drop(columns=[c for c in ("message", "url") if c in frame]), max_text=50).to_markdown()
        )
    raise ValueError(f"unknown format {fmt!r}; use text, csv, json or markdown")


def parse_fields(values: Sequence[str] | None) -> dict[str, str] | None:
    """``--field title=Headline --field body="Article Text"`` -> ``{"title": "Headline", "body": "Article Text"}``.

    Raises:
        ValueError: For a value without ``=`` or a name that is not a schema field.
    """
    from mediakit.schema import FIELD_ALIASES

    if not values:
        return None
    out: dict[str, str] = {}
    for value in values:
        name, sep, source = value.partition("=")
        name = name.strip()
        if not sep or not source:
            raise ValueError(f"--field {value!r}: write NAME=SOURCE, e.g. --field body='Article Text'")
        if name not in FIELD_ALIASES:
            raise ValueError(
                f"--field {value!r}: {name!r} is not a field; use one of {', '.join(FIELD_ALIASES)}"
            )
        out[name] = source
    return out


def _expand(paths: Sequence[str]) -> list[tuple[str, dict[str, Any] | None]]:
    """Pair each CLI path with an error row if it does not exist (reported on stderr), else None."""
    from mediakit.errors import LoadError
    from mediakit.io import expand_paths
    from mediakit.io._common import error_article

    out: list[tuple[str, dict[str, Any] | None]] = []
    for p in paths:
        try:
            expand_paths([p])
        except LoadError as exc:
            print(f"mediakit: {safe(exc)}", file=sys.stderr)
            out.append((p, error_article(p, 0, str(exc), Path(p).name)))
        else:
            out.append((p, None))
    return out


def _rows(
    expanded: list[tuple[str, dict[str, Any] | None]], fields: Mapping[str, str] | None = None
) -> Iterator[dict[str, Any]]:
    """Article rows of every path in argument order; a missing path is one error row."""
    from mediakit.io import iter_articles

    for p, missing in expanded:
        if missing is not None:
            yield missing
        else:
            yield from iter_articles(p, fields=fields)


def exit_code(counter: FailureCounter, strict: bool) -> int:
    """0 when something was analysed (with ``strict``: when everything was), else 1."""
    if counter.ok == 0 or (strict and counter.failed):
        return 1
    return 0


def cmd_analyze(args: argparse.Namespace) -> int:
    """Analyse articles: print a summary, or write every column with ``-o``.

    Exit status: 0 when at least one article was analysed (with ``--strict``:
    when every one was), 1 otherwise, 2 when no given path exists. Rows that
    failed are counted, with their reasons, in the summary.
    """
    import mediakit
    from mediakit._progress import expected_total
    from mediakit.compute import analyze_to_file
    from mediakit.io import frame

    paths = args.paths or [DEFAULT_PATH]
    if not args.paths and not Path(DEFAULT_PATH).exists():
        print(
            f"mediakit: no path given and ./{DEFAULT_PATH} does not exist; pass files or folders",
            file=sys.stderr,
        )
        return 2
    expanded = _expand(paths)
    if all(missing is not None for _, missing in expanded):
        return 2
    options = {"readability": {"counting": args.counting}} if args.counting else None
    metrics = args.metrics.split(",") if args.metrics else None
    fields = parse_fields(args.field)
    if args.output:
        counter = FailureCounter()
        try:
            n = analyze_to_file(
                _rows(expanded, fields),
                args.output,
                metrics,
                n_jobs=args.jobs,
                options=options,
                chunksize=args.chunksize,
                progress=None if not args.quiet else False,
                on_row=counter.add,
                total=expected_total(
                    [p for p, missing in expanded if missing is None],
                    sum(missing is not None for _, missing in expanded),
                    enabled=False if args.quiet else None,
                ),
                resume=True if args.resume else False if args.restart else None,
                inputs=paths,
                fields=fields,
                excel_safe=args.excel_safe,
                on_note=_note,
            )
        except KeyboardInterrupt:
            print(_interrupted_note(args.output), file=sys.stderr)
            return 130
        except SystemExit:  # SIGTERM (see mediakit.output.sigterm_as_exit)
            print(_interrupted_note(args.output), file=sys.stderr)
            raise
        print(f"wrote {n} rows to {safe(args.output)}", file=sys.stderr)
        print("\n".join(counter.lines()), file=sys.stderr)
        return exit_code(counter, args.strict)
    articles = frame(_rows(expanded, fields))
    progress = False if args.quiet else None
    results = mediakit.analyze(articles, metrics, n_jobs=args.jobs, options=options, progress=progress)
    counter = FailureCounter.of(results)
    print(render_summary(results, args.format, counter, articles))
    if args.format != "text":  # the status counts still reach the user, beside the data
        print("\n".join(counter.lines()), file=sys.stderr)
    return exit_code(counter, args.strict)


def _interrupted_note(output: str) -> str:
    """What an interrupted ``analyze -o`` run left, and how to continue it."""
    from mediakit.output import Checkpoint

    rows = Checkpoint.saved_rows(output)
    if rows is None:
        return f"mediakit: interrupted; {safe(output)} was not written"
    return (
        f"mediakit: interrupted; {rows} finished rows are kept in {safe(Checkpoint.folder_for(output))}; "
        "run the same command with --resume to continue"
    )


def _note(text: str) -> None:
    """Print a note of the run about its output (a stale lock or partial file cleaned up)."""
    print(f"mediakit: note: {safe(text)}", file=sys.stderr)


def cmd_metrics(args: argparse.Namespace) -> int:
    """List the metric registry: label, unit, precision, direction and reference of every column."""
    import mediakit

    table = mediakit.metrics_table()
    if args.format == "json":
        print(json.dumps(table.to_dict("records"), indent=2, ensure_ascii=False))
    elif args.format == "markdown":
        print(markdown_table(table[list(METRICS_MARKDOWN_COLUMNS)]))
    else:
        print(metrics_text(table))
    return 0


#: Columns of ``mediakit metrics --format markdown`` (and docs/metrics.md).
METRICS_MARKDOWN_COLUMNS = (
    "column",
    "version",
    "label",
    "unit",
    "decimals",
    "reads",
    "description",
    "reference",
)


def metrics_text(table: Any) -> str:
    """The registry for a terminal: a header, then per family its version, reference and columns."""
    from mediakit.metrics.registry import DIRECTIONS, families

    lines = [
        f"mediakit metric registry: {len(table)} columns in {table['family'].nunique()} families",
        "Columns are named family.metric; 'how to read' says what a higher value means. Directions:",
        *(f"  {name:<13} {meaning}" for name, meaning in DIRECTIONS.items()),
        "Values are never rounded; 'dec' is the precision tables and summaries show.",
    ]
    fams = {f.name: f for f in families()}
    for fam_name, grp in table.groupby("family", sort=False):
        fam = fams[str(fam_name)]
        lines += ["", f"{fam.name} {fam.version}: {fam.description}", f"  reference: {fam.reference}"]
        w_col = int(grp["column"].str.len().max())
        w_lab = int(grp["label"].str.len().max())
        w_unit = min(int(grp["unit"].str.len().max()), 32)
        lines.append(f"  {'column':<{w_col}}  {'label':<{w_lab}}  {'unit':<{w_unit}}  dec  how to read")
        for _, r in grp.iterrows():
            ref = f"  [{r['reference']}]" if r["reference"] and r["reference"] != fam.reference else ""
            lines.append(
                f"  {r['column']:<{w_col}}  {r['label']:<{w_lab}}  {r['unit']:<{w_unit}}  {r['decimals']:>3}  "
                f"{r['reads']}{ref}"
            )
    return "\n".join(lines)


def markdown_table(df: Any) -> str:
    """Render a DataFrame as a GitHub Markdown table (no extra dependency)."""
    cols = list(df.columns)
    out = ["| " + " | ".join(cols) + " |", "|" + "|".join("---" for _ in cols) + "|"]
    for _, r in df.iterrows():
        out.append("| " + " | ".join(str(r[c]).replace("|", "\\|") for c in cols) + " |")
    return "\n".join(out)


#: Evidence kinds whose labels carry the numbers behind a score: always listed row by row.
_KEEP_LABELS = frozenset({"headline_feature"})


def explain_text(article: Any, evidence: Any, color: bool = False) -> str:
    """Terminal view of an article's evidence, grouped by family and kind."""
    lines = [f"{safe(article['id'])}: {safe(article['title'])}", ""]
    if evidence.empty:
        return "\n".join([*lines, "(no evidence)"])
    for (family, kind), grp in evidence.groupby(["family", "kind"], sort=False):
        lines.append(f"{family} / {kind} ({len(grp)})")
        if len(grp) > 12 and kind not in _KEEP_LABELS:  # long word lists read better inline
            words = list(dict.fromkeys(safe(" ".join(str(t).split())) for t in grp["text"]))
            lines.append("  " + ", ".join(words))
            lines.append("")
            continue
        for _, e in grp.iterrows():
            text = safe(" ".join(str(e["text"]).split()))
            if len(text) > 100:
                text = text[:97] + "..."
            where = "headline" if e["field"] == "title" else f"{e['start']}-{e['end']}"
            label = f" [{safe(e['label'])}]" if e["label"] else ""
            mark = f"\033[1m{text}\033[0m" if color else text
            lines.append(f"  {where:>11}  {mark}{label}")
        lines.append("")
    return "\n".join(lines)


def cmd_explain(args: argparse.Namespace) -> int:
    """Show the evidence behind one article's numbers."""
    import mediakit

    articles = mediakit.load(args.file, fields=parse_fields(args.field))
    if articles.empty:
        print(f"mediakit: {safe(args.file)}: no article", file=sys.stderr)
        return 2
    metrics = args.metrics.split(",") if args.metrics else None
    for _, article in articles.head(args.limit).iterrows():
        if article["status"] == "error":
            print(f"{safe(article['id'])}: {safe(article['message'])}")
            continue
        ev = mediakit.evidence(article, metrics)
        print(explain_text(article, ev, color=sys.stdout.isatty()))
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    """Write a standalone HTML report: summary, contents, and each article with its scores and evidence."""
    from mediakit.view import report_page

    articles = frame_of(args.paths, parse_fields(args.field))
    chosen = articles.head(args.limit)
    page, shown = report_page(
        chosen,
        title=args.title or report_title(args.paths),
        hide=() if args.difficult_words else ("difficult_word",),
        total=len(articles),
    )
    Path(args.output).write_text(page, encoding="utf-8")
    print(f"wrote {shown} article(s) to {safe(args.output)}", file=sys.stderr)
    for message in chosen.loc[chosen["status"] == "error", "message"]:
        print(f"  not shown: {safe(message)}", file=sys.stderr)
    return 0 if shown else 1


def frame_of(paths: Sequence[str], fields: Mapping[str, str] | None = None) -> Any:
    """The articles of ``paths`` as one frame (a missing path becomes an error row, reported on stderr)."""
    from mediakit.io import frame

    return frame(_rows(_expand(paths), fields))


def report_title(paths: Sequence[str]) -> str:
    """A report title from its input: "mediakit report: riverside_news.csv" (names, not folders above them)."""
    names = [Path(p.rstrip("/")).name or p for p in paths]
    shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
    return f"mediakit report: {shown}"


def cmd_figures(args: argparse.Namespace) -> int:
    """Regenerate the registered figures (SVG and PNG) deterministically."""
    from mediakit.figures import FIGURES, _ensure_loaded, write_all

    _ensure_loaded()
    if args.list:
        for name in sorted(FIGURES):
            print(f"{name:<22} {FIGURES[name].description}")
        return 0
    paths = write_all(args.out, args.names or None)
    for p in paths:
        print(p)
    return 0


# --------------------------------------------------------------------------- mediakit code ...


def cmd_code_tasks(args: argparse.Namespace) -> int:
    """List the coding tasks (question, unit, allowed codes)."""
    from mediakit.coding import tasks_table

    for row in tasks_table():
        print(f"{row['task']:<20} {row['family']:<12} unit: {row['unit']}")
        print(f"{'':<20} {row['question']}  codes: {row['codes']}")
    return 0


def cmd_code_sample(args: argparse.Namespace) -> int:
    """Draw units for a coding task; write the coding sheet(s) and, separately, the key."""
    from mediakit.coding import key_path, sample, write_key, write_sheet
    from mediakit.coding.sheets import SHEET_SUFFIXES
    from mediakit.io import frame

    out = Path(args.output)
    if out.suffix.lower() not in SHEET_SUFFIXES or not out.parent.is_dir():
        why = "must end in .xlsx or .csv" if out.parent.is_dir() else f"folder {out.parent} does not exist"
        print(f"mediakit: {safe(out)}: {why}", file=sys.stderr)
        return 2
    expanded = _expand(args.paths)
    if all(missing is not None for _, missing in expanded):
        return 2
    sheet, key = sample(frame(_rows(expanded)), args.task, args.n, seed=args.seed, stratify=not args.no_stratify)
    design = key.attrs["design"]
    if sheet.empty:
        print(f"mediakit: no {args.task} unit in {design['articles']} article(s); nothing written", file=sys.stderr)
        return 1
    targets = [out.with_name(f"{out.stem}_{name}{out.suffix}") for name in args.coders] if args.coders else [out]
    for target in targets:
        write_sheet(sheet, target)
    keyfile = Path(args.key) if args.key else key_path(out)
    write_key(key, keyfile)
    strata = ", ".join(f"{h}: {design['sample'][h]} of {n}" for h, n in design["population"].items())
    print(
        f"{len(sheet)} {args.task} units from {design['articles']} article(s) ({strata}); seed {args.seed}",
        file=sys.stderr,
    )
    for target in targets:
        print(f"wrote {target}", file=sys.stderr)
    print(f"wrote {keyfile} (the kit's codes and the weights: keep it from the coders)", file=sys.stderr)
    return 0


def agreement_text(table: Any) -> str:
    """An agreement table for the terminal: each statistic with its interval, then alpha."""
    from mediakit.coding import summary_table

    a = table.attrs
    lines = [
        f"task {a['task']}: {a['n_units']} units, {len(a['coders'])} coder(s); corpus estimates "
        f"(inverse-probability weights) with {a['level']:.0%} bootstrap intervals "
        f"({a['n_boot']} replicates, seed {a['seed']})",
        "",
        safe_block(summary_table(table).drop(index="alpha", columns="alpha").to_string()),
        "",
        f"Krippendorff's alpha ({a['alpha_level']}) among coders: {_fmt3(a['alpha'])} "
        f"[{_fmt3(a['alpha_low'])}, {_fmt3(a['alpha_high'])}]",
    ]
    if "kit_prevalence" in a:
        lines.append(f"kit's own prevalence: {_fmt3(a['kit_prevalence'])}")
    return "\n".join(lines)


def _fmt3(value: Any) -> str:
    return "n/a" if value is None or math.isnan(float(value)) else f"{float(value):.3f}"


def cmd_code_agreement(args: argparse.Namespace) -> int:
    """Read coded sheets and the key; print agreement with the kit and among coders."""
    from mediakit.coding import agreement, coder_names

    paths = [Path(p) for p in args.sheets]
    names = args.names.split(",") if args.names else coder_names(paths)
    if len(names) != len(paths):
        print(f"mediakit: {len(names)} name(s) for {len(paths)} sheet(s)", file=sys.stderr)
        return 2
    table = agreement(dict(zip(names, paths, strict=True)), args.key, n_boot=args.boot, seed=args.seed, level=args.level)
    for name, blank in table.attrs["blank"].items():
        if blank:
            shown = ", ".join(blank[:8]) + (" ..." if len(blank) > 8 else "")
            print(f"mediakit: {safe(name)}: {len(blank)} unit(s) without a code ({safe(shown)})", file=sys.stderr)
    print(agreement_text(table))
    if args.output:
        table.to_csv(args.output, index=False)
        print(f"wrote {args.output}", file=sys.stderr)
    if args.figure:
        from mediakit.coding import agreement_figure
        from mediakit.figures import save

        target = Path(args.figure)
        fig = agreement_figure(table)
        for written in save(fig, target.parent, target.stem):
            print(f"wrote {written}", file=sys.stderr)
    return 0


def cmd_code_size(args: argparse.Namespace) -> int:
    """Units needed for a proportion's interval to be a given width."""
    from mediakit.coding import sample_size

    n = sample_size(args.width, p=args.p, level=args.level, deff=args.deff, population=args.population)
    print(
        f"{n} units for a {args.level:.0%} interval {args.width:g} wide around a proportion of {args.p:g}"
        + (f" (design effect {args.deff:g})" if args.deff != 1 else "")
        + (f" in a frame of {args.population} units" if args.population else "")
    )
    return 0


def _add_code_parser(sub: Any) -> None:
    """The ``mediakit code`` command group (validation rounds: sample, agreement, tasks, size)."""
    from mediakit.coding import tasks

    c = sub.add_parser("code", help="validate on your own corpus: blind coding sheets and agreement statistics")
    code_sub = c.add_subparsers(dest="code_command", required=True)

    t = code_sub.add_parser("tasks", help="list the coding tasks, their questions and codes")
    t.set_defaults(func=cmd_code_tasks)

    s = code_sub.add_parser("sample", help="draw units for a task; write the coding sheet and its key")
    s.add_argument("paths", nargs="+", help="articles: files, folders or globs")
    s.add_argument("--task", required=True, choices=[x.name for x in tasks()], help="coding task")
    s.add_argument("-n", type=int, default=200, help="units to draw (default: 200)")
    s.add_argument("-o", "--output", required=True, help="sheet to write: .xlsx (drop-downs, instructions) or .csv")
    s.add_argument("--key", help="key file to write (default: <sheet>.key.csv)")
    s.add_argument("--seed", type=int, default=0, help="seed of the draw (default: 0)")
    s.add_argument("--no-stratify", action="store_true", help="simple random sample instead of equal numbers per kit code")
    s.add_argument("--coders", nargs="+", metavar="NAME", help="write one copy per coder: <sheet>_<NAME>.xlsx")
    s.set_defaults(func=cmd_code_sample)

    a = code_sub.add_parser("agreement", help="agreement of coded sheets with the kit and among coders")
    a.add_argument("sheets", nargs="+", help="coded sheets (.xlsx or .csv), one per coder")
    a.add_argument("--key", required=True, help="the key written by `mediakit code sample`")
    a.add_argument("--names", help="comma-separated coder names (default: from the file names)")
    a.add_argument("--boot", type=int, default=1000, help="bootstrap replicates (default: 1000)")
    a.add_argument("--seed", type=int, default=0, help="bootstrap seed (default: 0)")
    a.add_argument("--level", type=float, default=0.95, help="confidence level (default: 0.95)")
    a.add_argument("-o", "--output", help="also write the table as CSV")
    a.add_argument("--figure", help="also draw it: FILE.svg and FILE.png")
    a.set_defaults(func=cmd_code_agreement)

    z = code_sub.add_parser("size", help="units needed for an interval of a given width")
    z.add_argument("--width", type=float, required=True, help="full width of the interval (0.1 = +/- 0.05)")
    z.add_argument("--p", type=float, default=0.5, help="expected proportion (default: 0.5, the worst case)")
    z.add_argument("--level", type=float, default=0.95, help="confidence level (default: 0.95)")
    z.add_argument("--deff", type=float, default=1.0, help="design effect of the weights (default: 1)")
    z.add_argument("--population", type=int, help="units in the frame (finite population correction)")
    z.set_defaults(func=cmd_code_size)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (also used to document the CLI)."""
    import mediakit

    p = argparse.ArgumentParser(
        prog="mediakit", description="Measure readability, sourcing and sensational style in news."
    )
    p.add_argument("--version", action="version", version=f"mediakit {mediakit.__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    a = sub.add_parser(
        "analyze", help="analyse articles (default: ./seeds) and print a summary or write a table"
    )
    a.add_argument("paths", nargs="*", help="files, folders or globs (default: seeds/)")
    a.add_argument("-o", "--output", help="write all columns to .csv, .parquet or .jsonl (streamed)")
    a.add_argument("-m", "--metrics", help="comma-separated families or columns (default: all)")
    a.add_argument("-j", "--jobs", type=int, default=1, help="worker processes (-1: all cores)")
    a.add_argument(
        "--chunksize", type=int, default=1000, help="with -o: articles per saved chunk, the unit of --resume"
    )
    a.add_argument("--counting", choices=["news", "textstat"], help="readability counting rules")
    a.add_argument(
        "--format",
        choices=["text", "csv", "json", "markdown"],
        default="text",
        help="summary format without -o: text (default), csv/json (raw numbers), markdown (labelled)",
    )
    _add_field_option(a)
    a.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    again = a.add_mutually_exclusive_group()
    again.add_argument(
        "--resume",
        action="store_true",
        help="with -o: continue the run an interruption left beside the output",
    )
    again.add_argument("--restart", action="store_true", help="with -o: discard such a run and start over")
    a.add_argument(
        "--strict",
        action="store_true",
        help="exit 1 if any article failed (default: only if none was analysed)",
    )
    a.add_argument(
        "--excel-safe",
        action="store_true",
        help="with -o .csv: prefix text cells starting with = + - @ (formulas in a spreadsheet) with '",
    )
    a.set_defaults(func=cmd_analyze)

    m = sub.add_parser("metrics", help="list the metric registry")
    m.add_argument(
        "--format",
        choices=["text", "markdown", "json"],
        default="text",
        help="text (default), markdown (docs/metrics.md) or json (every field: label, unit, decimals, reads...)",
    )
    m.set_defaults(func=cmd_metrics)

    e = sub.add_parser("explain", help="show the evidence behind an article's numbers")
    e.add_argument("file")
    e.add_argument("-m", "--metrics", help="comma-separated families (default: all)")
    e.add_argument("--limit", type=int, default=1, help="articles to explain from a multi-article file")
    _add_field_option(e)
    e.set_defaults(func=cmd_explain)

    r = sub.add_parser("report", help="write a standalone HTML evidence report")
    r.add_argument("paths", nargs="+", help="files, folders or globs")
    r.add_argument("-o", "--output", required=True, help="HTML file to write")
    r.add_argument("--limit", type=int, default=50, help="at most this many articles")
    r.add_argument("--title", help="page title (default: from the input names)")
    r.add_argument(
        "--difficult-words",
        action="store_true",
        help="also mark difficult words (off: almost every word would be)",
    )
    _add_field_option(r)
    r.set_defaults(func=cmd_report)

    f = sub.add_parser("figures", help="regenerate the published figures (needs MEDIAKIT_DATA)")
    f.add_argument("names", nargs="*", help="figure names (default: all)")
    f.add_argument("--out", default="figures", help="output folder (default: figures/)")
    f.add_argument("--list", action="store_true", help="list the registered figures")
    f.set_defaults(func=cmd_figures)

    _add_code_parser(sub)
    return p


def _add_field_option(parser: argparse.ArgumentParser) -> None:
    """``--field NAME=SOURCE`` (repeatable): which source column holds each article field."""
    parser.add_argument(
        "--field",
        action="append",
        metavar="NAME=SOURCE",
        help="source field for an article field, repeatable: --field body='Article Text' --field title=Headline "
        "(names: id, title, body, outlet, published, url)",
    )


def cli_reference(width: int = 100) -> str:
    """Markdown reference of every command's ``--help`` (``docs/cli.md`` is generated from it)."""
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    parts = ["## mediakit", "", "```", _help(parser, width), "```"]
    for name, cmd in sub.choices.items():
        parts += _reference(f"mediakit {name}", cmd, width)
    return "\n".join(parts) + "\n"


def _reference(prog: str, parser: argparse.ArgumentParser, width: int) -> list[str]:
    """One command's help section, then those of its subcommands (``mediakit code sample``)."""
    parts = ["", f"## {prog}", "", "```", _help(parser, width), "```"]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, cmd in action.choices.items():
                parts += _reference(f"{prog} {name}", cmd, width)
    return parts


def _help(parser: argparse.ArgumentParser, width: int) -> str:
    """``parser.format_help()`` at a fixed width (the terminal's otherwise)."""
    parser.formatter_class = lambda prog: argparse.HelpFormatter(prog, width=width)
    return parser.format_help().rstrip()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``mediakit`` command."""
    from mediakit.errors import MediakitError

    args = build_parser().parse_args(argv)
    try:
        code = int(args.func(args))
        sys.stdout.flush()  # a closed pipe shows up here at the latest
        return code
    except BrokenPipeError:  # the reader went away (`mediakit metrics | head`): stop quietly
        return _closed_pipe()
    except (MediakitError, ValueError, OSError) as exc:  # e.g. an output folder that does not exist
        print(f"mediakit: {safe(exc)}", file=sys.stderr)
        return 2


def _closed_pipe() -> int:
    """After a broken pipe: point stdout at /dev/null so the interpreter's final flush stays silent."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no real file descriptor (a captured stream)
        pass
    return 0
