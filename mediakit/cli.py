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
#: starts a terminal escape sequence), DEL, C1 controls and bidirectional overrides.
_UNSAFE_TERMINAL = {
    c: f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}"
    for c in [
        *range(0x00, 0x09),
        *range(0x0B, 0x20),
        0x7F,
        *range(0x80, 0xA0),
        *range(0x202A, 0x202F),
        *range(0x2066, 0x206A),
    ]
}


def safe(text: Any) -> str:
    """Article text made safe to print: control characters are shown escaped, never executed."""
    return str(text).translate(_UNSAFE_TERMINAL)


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


def _fmt(value: float) -> str:
    if math.isnan(value):
        return "n/a"
    if float(value).is_integer() and abs(value) < 1e6:
        return str(int(value))
    return f"{value:.3g}" if abs(value) < 1 else f"{value:.1f}"


def summary_text(results: Any, articles: Any, counter: FailureCounter | None = None) -> str:
    """Readable per-article summary of :func:`mediakit.analyze` output (``counter``: its status counts)."""
    from mediakit.metrics.registry import families

    lines: list[str] = []
    titles = dict(zip(articles["id"], articles["title"], strict=False)) if len(articles) else {}
    for _, row in results.iterrows():
        lines.append(f"{safe(row['id'])}: {safe(titles.get(row['id'], '') or '(no headline)')}")
        if row["status"] != "ok":
            lines.append(f"  status: {row['status']} - {safe(row['message'])}")
        for fam in families():
            cols = fam.summary or tuple(c.name for c in fam.columns[:3])
            parts = []
            for c in cols:
                key = f"{fam.name}.{c}"
                if key in row.index:
                    parts.append(f"{c.replace('_', ' ')} {_fmt(float(row[key]))}")
            if parts:
                lines.append(f"  {fam.name:<12} " + " | ".join(parts))
        lines.append("")
    lines.extend((counter or FailureCounter.of(results)).lines())
    return "\n".join(lines)


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


def _rows(expanded: list[tuple[str, dict[str, Any] | None]]) -> Iterator[dict[str, Any]]:
    """Article rows of every path in argument order; a missing path is one error row."""
    from mediakit.io import iter_articles

    for p, missing in expanded:
        if missing is not None:
            yield missing
        else:
            yield from iter_articles(p)


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
    if args.output:
        counter = FailureCounter()
        try:
            n = analyze_to_file(
                _rows(expanded),
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
            )
        except KeyboardInterrupt:
            print(_interrupted_note(args.output), file=sys.stderr)
            return 130
        except SystemExit:  # SIGTERM (see mediakit.output.sigterm_as_exit)
            print(_interrupted_note(args.output), file=sys.stderr)
            raise
        print(f"wrote {n} rows to {args.output}", file=sys.stderr)
        print("\n".join(counter.lines()), file=sys.stderr)
        return exit_code(counter, args.strict)
    articles = frame(_rows(expanded))
    results = mediakit.analyze(articles, metrics, n_jobs=args.jobs, options=options)
    counter = FailureCounter.of(results)
    print(summary_text(results, articles, counter))
    return exit_code(counter, args.strict)


def _interrupted_note(output: str) -> str:
    """What an interrupted ``analyze -o`` run left, and how to continue it."""
    from mediakit.output import Checkpoint

    rows = Checkpoint.saved_rows(output)
    if rows is None:
        return f"mediakit: interrupted; {output} was not written"
    return (
        f"mediakit: interrupted; {rows} finished rows are kept in {Checkpoint.folder_for(output)}; "
        "run the same command with --resume to continue"
    )


def cmd_metrics(args: argparse.Namespace) -> int:
    """List the metric registry."""
    import mediakit

    table = mediakit.metrics_table()
    if args.format == "json":
        print(json.dumps(table.to_dict("records"), indent=2))
    elif args.format == "markdown":
        print(markdown_table(table[["column", "version", "direction", "unit", "description"]]))
    else:
        width = int(table["column"].str.len().max())
        for _, r in table.iterrows():
            print(f"{r['column']:<{width}}  {r['version']:<6} {r['direction']:<13} {r['description']}")
    return 0


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

    articles = mediakit.load(args.file)
    if articles.empty:
        print(f"mediakit: {args.file}: no article", file=sys.stderr)
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
    """Write a standalone HTML page with each article's evidence highlighted."""
    import mediakit
    from mediakit.view import show, standalone_page

    articles = mediakit.load(*args.paths)
    chosen = articles.head(args.limit)
    views = [show(row) for _, row in chosen.iterrows() if row["status"] != "error"]
    Path(args.output).write_text(standalone_page(views, title=args.title), encoding="utf-8")
    print(f"wrote {len(views)} article(s) to {args.output}", file=sys.stderr)
    skipped = chosen[chosen["status"] == "error"]
    for message in skipped["message"]:
        print(f"  not shown: {safe(message)}", file=sys.stderr)
    return 0 if views else 1


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
    a.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    again = a.add_mutually_exclusive_group()
    again.add_argument(
        "--resume", action="store_true", help="with -o: continue the run an interruption left beside the output"
    )
    again.add_argument("--restart", action="store_true", help="with -o: discard such a run and start over")
    a.add_argument(
        "--strict",
        action="store_true",
        help="exit 1 if any article failed (default: only if none was analysed)",
    )
    a.set_defaults(func=cmd_analyze)

    m = sub.add_parser("metrics", help="list the metric registry")
    m.add_argument("--format", choices=["text", "markdown", "json"], default="text")
    m.set_defaults(func=cmd_metrics)

    e = sub.add_parser("explain", help="show the evidence behind an article's numbers")
    e.add_argument("file")
    e.add_argument("-m", "--metrics", help="comma-separated families (default: all)")
    e.add_argument("--limit", type=int, default=1, help="articles to explain from a multi-article file")
    e.set_defaults(func=cmd_explain)

    r = sub.add_parser("report", help="write a standalone HTML evidence report")
    r.add_argument("paths", nargs="+", help="files, folders or globs")
    r.add_argument("-o", "--output", required=True, help="HTML file to write")
    r.add_argument("--limit", type=int, default=50, help="at most this many articles")
    r.add_argument("--title", default="mediakit report")
    r.set_defaults(func=cmd_report)

    f = sub.add_parser("figures", help="regenerate the published figures (needs MEDIAKIT_DATA)")
    f.add_argument("names", nargs="*", help="figure names (default: all)")
    f.add_argument("--out", default="figures", help="output folder (default: figures/)")
    f.add_argument("--list", action="store_true", help="list the registered figures")
    f.set_defaults(func=cmd_figures)
    return p


def cli_reference(width: int = 100) -> str:
    """Markdown reference of every command's ``--help`` (``docs/cli.md`` is generated from it)."""
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    parts = ["## mediakit", "", "```", _help(parser, width), "```"]
    for name, cmd in sub.choices.items():
        parts += ["", f"## mediakit {name}", "", "```", _help(cmd, width), "```"]
    return "\n".join(parts) + "\n"


def _help(parser: argparse.ArgumentParser, width: int) -> str:
    """``parser.format_help()`` at a fixed width (the terminal's otherwise)."""
    parser.formatter_class = lambda prog: argparse.HelpFormatter(prog, width=width)
    return parser.format_help().rstrip()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``mediakit`` command."""
    from mediakit.errors import MediakitError

    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except (MediakitError, ValueError, OSError) as exc:  # e.g. an output folder that does not exist
        print(f"mediakit: {safe(exc)}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # pragma: no cover - e.g. `mediakit metrics | head`
        return 0
