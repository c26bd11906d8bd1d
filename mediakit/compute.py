"""The analysis API: parse each article once, run the selected metric families.

Data flows one way: load -> :func:`mediakit.text.parse` (once per article) ->
every selected family -> one DataFrame row per input article, in input order.
"""

from __future__ import annotations

import contextlib
import math
import os
import shutil
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from pathlib import Path
from typing import Any

import pandas as pd

from mediakit import __version__
from mediakit.errors import LoadError
from mediakit.io import frame, iter_articles
from mediakit.io._common import clean_text, error_article, make_article, map_fields
from mediakit.metrics.registry import Evidence, Family, select
from mediakit.schema import FIELD_ALIASES, RESULT_COLUMNS, STATUS_ERROR, STATUS_OK
from mediakit.text import parse as _parse_mod
from mediakit.text.parse import Doc

Options = Mapping[str, Mapping[str, Any]]
ArticleInput = str | os.PathLike[str] | pd.DataFrame | Mapping[str, Any] | Iterable[Any]
EVIDENCE_COLUMNS = ("family", "kind", "start", "end", "text", "field", "label", "metric")


def to_doc(article: Mapping[str, Any] | pd.Series | str) -> Doc:
    """Parse one article (a schema row, a mapping with title/body, or a body string)."""
    if isinstance(article, str):
        return _parse_mod.parse(article, "")
    row = dict(article)
    doc = _parse_mod.parse(_text(row.get("body"), "body"), _text(row.get("title"), "title"))
    removed: Any = row.get("boilerplate")
    if not isinstance(removed, Iterable) or isinstance(removed, (str, bytes, Mapping)):
        removed = []  # NaN, None or a stray value; a list or an array (from Parquet) is kept
    doc.meta["boilerplate"] = [str(b) for b in removed]
    return doc


def _text(value: Any, name: str) -> str:
    """A text field of a row: str as is, None/NaN as "", a number as text for titles only."""
    if isinstance(value, str):
        return value
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if name != "body" and isinstance(value, (int, float)):
        return str(value)
    raise TypeError(f"{name} is {type(value).__name__}, expected text")


#: Articles measured together in one process: each family runs over the whole batch in turn,
#: which keeps its code and tables in the CPU caches (about 5% faster than article by article in
#: ``benchmarks/bench.py --stages``). Results do not depend on it.
BATCH = 32


def _analyze_batch(
    rows: Sequence[Mapping[str, Any]], plan: Sequence[tuple[Family, list[str]]], options: Options
) -> list[dict[str, Any]]:
    """Result rows of a batch of article rows: parse each, then run the families one after the other."""
    nan = float("nan")
    metric_cols = [c for _fam, cols in plan for c in cols]
    outs: list[dict[str, Any]] = []
    docs: list[Doc | None] = []
    errors: list[list[str]] = []
    for row in rows:
        # Every metric starts as NaN; a family that runs overwrites its own columns.
        out: dict[str, Any] = {k: _result_text(row.get(k, "")) for k in RESULT_COLUMNS}
        out.update(dict.fromkeys(metric_cols, nan))
        doc = None
        if row.get("status") != STATUS_ERROR:
            try:
                doc = to_doc(row)
            except (TypeError, ValueError) as exc:
                out.update({"status": STATUS_ERROR, "message": f"{_where(row)}: {exc}"})
        outs.append(out)
        docs.append(doc)
        errors.append([])
    for fam, cols in plan:
        opts = options.get(fam.name, {})
        names = [(col, col.split(".", 1)[1]) for col in cols]
        for out, doc, errs in zip(outs, docs, errors, strict=True):
            if doc is None:
                continue
            try:
                values = fam.run(doc, evidence=False, **opts).values
                for col, name in names:
                    out[col] = float(values[name])
            except Exception as exc:  # one broken family must not sink the row
                errs.append(f"{fam.name}: {type(exc).__name__}: {exc}")
                out.update(dict.fromkeys(cols, nan))
    for row, out, errs in zip(rows, outs, errors, strict=True):
        if errs:
            out["status"] = STATUS_ERROR
            out["message"] = f"{_where(row)}: " + "; ".join(errs)
    return outs


def _result_text(value: Any) -> Any:
    """A text column of a result row, encodable (a lone surrogate becomes U+FFFD)."""
    return clean_text(value) if isinstance(value, str) else value


def _where(row: Mapping[str, Any]) -> str:
    """``file:record`` of a row, for its messages."""
    return f"{row.get('source_path') or '<memory>'}" + (f":{row['record']}" if row.get("record") else "")


def _analyze_chunk(args: tuple[list[dict[str, Any]], Any, Options]) -> list[dict[str, Any]]:
    rows, metrics, options = args
    plan = select(metrics)
    return [out for i in range(0, len(rows), BATCH) for out in _analyze_batch(rows[i : i + BATCH], plan, options)]


def _check_frame(articles: pd.DataFrame) -> None:
    """Refuse a frame whose columns repeat a name: which one is the body would be a guess."""
    dup = sorted({str(c) for c in articles.columns[articles.columns.duplicated()]})
    if dup:
        raise ValueError(f"duplicate column(s) {', '.join(map(repr, dup))} in the DataFrame; rename or drop one")


def _check_series(articles: pd.Series) -> None:
    """Refuse a Series that is one article row (its index names schema fields), not a column of bodies."""
    labels = {str(k).lower() for k in articles.index if isinstance(k, str)}
    if labels & set(FIELD_ALIASES["body"]) and labels & {"title", "status", "id", "source_path"}:
        raise TypeError(
            "this Series looks like one article row (its index holds 'body' and 'title'); a Series is a "
            "column of article bodies. Pass df.iloc[[i]] (a one-row DataFrame) or [row.to_dict()]"
        )


def _rows_from(articles: ArticleInput, fields: Mapping[str, str] | None) -> Iterator[dict[str, Any]]:
    if isinstance(articles, (str, os.PathLike)):
        yield from iter_articles(articles, fields=fields)
        return
    if isinstance(articles, pd.Series):  # a column of bodies (texts), one article per element
        for i, value in enumerate(articles.tolist(), start=1):
            if isinstance(value, Mapping):
                yield make_article(map_fields(value, fields), source_path="<memory>", record=i, default_id=str(i))
            else:
                yield make_article({"body": value}, source_path="<memory>", record=i, default_id=str(i))
        return
    if isinstance(articles, pd.DataFrame):
        records: Iterable[Any] = articles.to_dict("records")
    elif isinstance(articles, Mapping):
        records = [articles]
    else:
        records = articles
    for i, rec in enumerate(records, start=1):
        if (isinstance(rec, (str, os.PathLike)) and not isinstance(rec, str)) or isinstance(rec, str):
            yield from iter_articles(rec, fields=fields)
        elif isinstance(rec, Mapping):
            if "status" in rec and "body" in rec and "boilerplate" in rec:
                yield dict(rec)  # already a schema row: keep its id, status and cleaning
            else:
                yield make_article(
                    map_fields(rec, fields), source_path="<memory>", record=i, default_id=str(i)
                )
        else:  # one row per record, even for a record that is not an article
            yield error_article(
                "<memory>",
                i,
                f"<memory>:{i}: cannot analyze a {type(rec).__name__}; pass paths, a DataFrame or mappings",
                str(i),
            )


def provenance(metrics: Any = None, options: Options | None = None) -> dict[str, Any]:
    """Versions and counting rules behind a result (stored in ``DataFrame.attrs``)."""
    plan = select(metrics)
    return {
        "mediakit_version": __version__,
        "families": {fam.name: fam.version for fam, _ in plan},
        "options": {fam.name: {**fam.options, **dict((options or {}).get(fam.name, {}))} for fam, _ in plan},
        "segmentation": "mediakit.text.segment (news-aware sentences; textstat 0.7.13 word rule; CMU+Pyphen syllables)",
    }


def analyze(
    articles: ArticleInput,
    metrics: str | Iterable[str] | None = None,
    n_jobs: int = 1,
    *,
    options: Options | None = None,
    fields: Mapping[str, str] | None = None,
    chunksize: int = 256,
    progress: bool | None = None,
) -> pd.DataFrame:
    """Measure articles: one row per input article, in input order.

    Args:
        articles: Paths (file, folder, glob) or a list of them, a DataFrame
            from :func:`mediakit.load` (or any frame with a body/text column),
            a mapping, or an iterable of mappings. A DataFrame whose columns
            repeat a name is refused (``ValueError``). A Dask DataFrame is handled
            partition by partition and a Dask DataFrame is returned.
            Meaning of a Series: a Series is a column of article bodies,
            one article per element (a string is its text, never a path; a mapping
            is an article; None or NaN an empty article). A Series that is one
            article row (``df.iloc[i]``) is refused: pass ``df.iloc[[i]]``.
        metrics: None for every registered family, or family names
            ("readability") and/or columns ("readability.flesch_kincaid_grade").
        n_jobs: Worker processes (1 = in this process; -1 = all cores).
        options: Per-family options, e.g. ``{"readability": {"counting": "textstat"}}``.
        fields: Field-name overrides for loading (see :func:`mediakit.load`).
        chunksize: Articles per work unit when ``n_jobs > 1``.
        progress: Show a progress bar (``tqdm.auto``: a widget in Jupyter, text on a
            terminal); default: in a notebook or on a terminal, for 50+ articles
            taking over a second; False silences it.

    Returns:
        DataFrame with ``id, outlet, published, status, message`` and the metric
        columns ``family.metric``; provenance in ``.attrs["mediakit"]``. For a
        DataFrame or Series input the result keeps its index, so
        ``df.join(mediakit.analyze(df))`` pairs each article with its own numbers.
    """
    options = dict(options or {})
    plan = select(metrics)  # validates names before any work
    for fam_name, opts in options.items():
        fam = next((f for f, _ in plan if f.name == fam_name), None)
        if fam is not None:
            unknown = set(opts) - set(fam.options)
            if unknown:
                raise ValueError(
                    f"unknown {fam_name} option(s) {sorted(unknown)}; valid: {sorted(fam.options)}"
                )
    if _is_dask(articles):
        from mediakit.distributed import analyze_dask

        return analyze_dask(articles, metrics=metrics, options=options)  # type: ignore[no-any-return]
    if isinstance(articles, pd.DataFrame):
        _check_frame(articles)
    elif isinstance(articles, pd.Series):
        _check_series(articles)
    columns = list(RESULT_COLUMNS) + [c for _, cols in plan for c in cols]
    total = _known_total(articles, progress)
    rows = list(
        _iter_results(_rows_from(articles, fields), metrics, options, n_jobs, chunksize, progress, total)
    )
    df = pd.DataFrame.from_records(rows, columns=columns) if rows else pd.DataFrame(columns=columns)
    df = df.astype(dict.fromkeys(columns[len(RESULT_COLUMNS) :], "float64"))  # one pass, not one per column
    if isinstance(articles, (pd.DataFrame, pd.Series)) and len(df) == len(articles):
        df.index = articles.index  # the caller's index: results join back onto their articles
    df.attrs["mediakit"] = provenance(metrics, options)
    return df


def _known_total(articles: ArticleInput, progress: bool | None) -> int | None:
    """Number of articles for the progress bar: a frame's or list's length; files counted when a bar shows."""
    from mediakit._progress import expected_total

    if isinstance(articles, pd.DataFrame):
        return len(articles)
    if isinstance(articles, (str, os.PathLike)):
        return expected_total([articles], enabled=progress)
    if isinstance(articles, (list, tuple)):
        paths = [a for a in articles if isinstance(a, (str, os.PathLike))]
        return expected_total(paths, enabled=progress) if len(paths) == len(articles) else len(articles)
    return None


def _iter_results(
    rows: Iterable[dict[str, Any]],
    metrics: Any,
    options: Options,
    n_jobs: int,
    chunksize: int,
    progress: bool | None,
    total: int | None = None,
) -> Iterator[dict[str, Any]]:
    from mediakit._progress import bar as progress_bar

    bar = progress_bar(total, progress=progress)
    if n_jobs == -1:
        n_jobs = os.cpu_count() or 1
    if n_jobs <= 1:
        plan = select(metrics)
        for batch in _chunked(rows, BATCH):
            done = _analyze_batch(batch, plan, options)
            yield from done
            bar.update(len(done))
        bar.close()
        return
    with ProcessPoolExecutor(max_workers=n_jobs, initializer=_worker_init, initargs=(os.getpid(),)) as pool:
        chunks = _chunked(rows, chunksize)
        pending = []
        for chunk in chunks:
            pending.append(pool.submit(_analyze_chunk, (chunk, metrics, options)))
            if len(pending) >= 2 * n_jobs:
                done = pending.pop(0).result()
                yield from done
                bar.update(len(done))
        for fut in pending:
            done = fut.result()
            yield from done
            bar.update(len(done))
    bar.close()


#: Seconds between a worker's checks that the process that started it is still alive.
PARENT_CHECK_SECONDS = 0.5


def _worker_init(parent: int) -> None:
    """Set up a worker process: it exits as soon as the run that started it is gone.

    A parent killed with ``kill -9`` (what the OOM killer does) cannot stop its workers, and
    their task queue never closes while a worker holds it open; so a daemon thread checks
    every :data:`PARENT_CHECK_SECONDS` that the worker's parent is still ``parent`` (a dead
    parent's children are handed to another process) and ends the worker otherwise. Lock files
    of the run inherited from the parent are closed, so a lock dies with the run.
    """
    import threading
    import time

    from mediakit.output import HELD_LOCK_FDS

    for fd in list(HELD_LOCK_FDS):
        with contextlib.suppress(OSError):
            os.close(fd)
    HELD_LOCK_FDS.clear()
    start = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(PARENT_CHECK_SECONDS)
            if os.getppid() != start or not _exists(parent):
                os._exit(1)

    threading.Thread(target=watch, name="mediakit-parent-watch", daemon=True).start()


def _exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _chunked(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _is_dask(obj: Any) -> bool:
    return type(obj).__module__.startswith("dask")


def evidence(
    article: Any, metrics: str | Iterable[str] | None = None, *, options: Options | None = None
) -> pd.DataFrame:
    """Evidence spans behind the numbers of one article.

    Args:
        article: A body string (offsets refer to it), a schema row / mapping
            with title and body, a one-row DataFrame, or a ``pathlib.Path`` to
            a file (its first article).
        metrics: Families to include (default all).
        options: Per-family options, as in :func:`analyze`.

    Returns:
        DataFrame with columns ``family, kind, start, end, text, field, label,
        metric``, in family order then position. ``text`` equals
        ``body[start:end]`` (or ``title[start:end]`` when ``field == "title"``).
    """
    return measure(_single_doc(article), metrics, options=options)[1]


def measure(
    doc: Doc, metrics: str | Iterable[str] | None = None, *, options: Options | None = None
) -> tuple[dict[str, float], pd.DataFrame]:
    """One parsed article's values (``{"family.metric": value}``) and evidence, in one pass per family."""
    spans: list[Evidence] = []
    values: dict[str, float] = {}
    for fam, _cols in select(metrics):
        res = fam.run(doc, evidence=True, **dict((options or {}).get(fam.name, {})))
        spans.extend(res.evidence)
        values.update({f"{fam.name}.{k}": float(v) for k, v in res.values.items()})
    return values, pd.DataFrame.from_records([tuple(s) for s in spans], columns=list(EVIDENCE_COLUMNS))


def _single_doc(article: Any) -> Doc:
    if isinstance(article, Doc):
        return article
    if isinstance(article, Path):
        rows = list(iter_articles(article))
        if not rows:
            raise ValueError(f"{article}: no article found")
        return to_doc(rows[0])
    if isinstance(article, pd.DataFrame):
        if len(article) != 1:
            raise ValueError(
                f"expected one article, got a DataFrame of {len(article)} rows; pick one with df.iloc[i]"
            )
        return to_doc(article.iloc[0])
    if isinstance(article, (str, Mapping, pd.Series)):
        return to_doc(article)
    raise TypeError(f"cannot read an article from a {type(article).__name__}")


def sources(article: Any) -> pd.DataFrame:
    """Who is cited, how: one row per attribution (see :func:`mediakit.metrics.sourcing.source_table`).

    Args:
        article: One article (as for :func:`evidence`), or a DataFrame of
            articles: each readable row's attributions, with its ``id`` first.

    Returns:
        A :class:`mediakit.display.SourceTable`: a DataFrame with every column
        (offsets, keys and sentence text included) that displays the columns an
        analyst reads.
    """
    from mediakit.display import SourceTable
    from mediakit.metrics import sourcing

    if isinstance(article, pd.DataFrame) and len(article) != 1:
        parts = []
        for _, row in article.iterrows():
            if row.get("status") == STATUS_ERROR:
                continue
            part = sourcing.source_table(to_doc(row))
            part.insert(0, "id", row.get("id", ""))
            parts.append(part)
        if not parts:
            empty = sourcing.source_table(to_doc({"title": "", "body": ""}))
            empty.insert(0, "id", pd.Series(dtype=object))
            return SourceTable(empty)
        return SourceTable(pd.concat(parts, ignore_index=True))
    return SourceTable(sourcing.source_table(_single_doc(article)))


def _ok(x: float) -> bool:
    return not math.isnan(x)


__all__ = ["STATUS_OK", "analyze", "evidence", "frame", "provenance", "sources", "to_doc"]


def analyze_to_file(
    articles: ArticleInput,
    out: str | os.PathLike[str],
    metrics: str | Iterable[str] | None = None,
    n_jobs: int = 1,
    *,
    options: Options | None = None,
    fields: Mapping[str, str] | None = None,
    chunksize: int = 1000,
    progress: bool | None = None,
    on_row: Callable[[Mapping[str, Any]], None] | None = None,
    total: int | None = None,
    resume: bool | None = None,
    inputs: Sequence[str | os.PathLike[str]] | None = None,
    excel_safe: bool = False,
    on_note: Callable[[str], None] | None = None,
) -> int:
    """Stream articles through :func:`analyze` into a file without holding the corpus in memory.

    Memory stays flat: articles are read, measured and saved ``chunksize`` at a
    time as parts of a :class:`mediakit.output.Checkpoint`; the output file
    appears atomically when the run ends. When the input is files, an
    interrupted run (Ctrl-C, SIGTERM, a crash) keeps its finished parts, and
    ``resume=True`` continues it: the finished rows are skipped (read, not
    measured again) and the file written at the end equals that of an
    uninterrupted run.

    Args:
        articles: As for :func:`analyze` (paths are read as a stream).
        out: Output file: ``.parquet``, ``.csv`` or ``.jsonl``.
        metrics: Families or columns, as for :func:`analyze`.
        n_jobs: Worker processes.
        options: Per-family options.
        fields: Field-name overrides for loading.
        chunksize: Rows per saved part (and the granularity of resuming).
        progress: Draw a progress bar (default: when stderr is a TTY).
        on_row: Called with every result row, those of resumed parts included
            (the CLI counts statuses with it).
        total: Expected number of articles, for the progress bar's ETA (counted
            from the files when a bar is drawn and it is not given).
        resume: True: continue the checkpoint an interrupted run left beside
            ``out``; False: discard it; None: raise
            :class:`mediakit.output.ResumeError` if there is one.
        inputs: The files ``articles`` comes from, when it is an iterator over
            them (the CLI): with ``articles`` itself when that is paths, they
            identify the run, so only the same run can be resumed.
        excel_safe: CSV only: prefix formula-like text cells with ``'``
            (:func:`mediakit.output.excel_safe`); numbers are untouched.
        on_note: Called with one-line notes about the output (a stale lock or
            partial files of a dead run cleaned up); the CLI prints them.

    The run holds a lock on ``out`` (:class:`mediakit.output.OutputLock`) from
    start to end: a second run on the same output while this one is alive raises
    :class:`mediakit.output.OutputLockedError` before touching anything. The
    output is checked before any work (:func:`check_output`): a directory, a
    missing folder, or a file that is also an input is refused.

    Returns:
        The number of rows written.
    """
    from mediakit._progress import expected_total
    from mediakit.output import OutputLock, ResumeError, remove_stale_partials

    check_output(out, inputs if inputs is not None else articles if _all_paths(articles) else None, excel_safe)
    if isinstance(articles, pd.DataFrame):
        _check_frame(articles)
    if inputs is None and _all_paths(articles):
        inputs = [articles] if isinstance(articles, (str, os.PathLike)) else list(articles)  # type: ignore[arg-type]
    if resume and inputs is None:
        raise ResumeError(f"{out}: only a run over files can be resumed")
    if total is None and inputs is not None:
        total = expected_total(inputs, enabled=progress)  # counted only when a bar is drawn
    with OutputLock(out) as lock:  # one live run per output; released however the run ends
        note = lock.stale_note()
        if note and on_note is not None:
            on_note(note)
        removed = remove_stale_partials(out)
        if removed and on_note is not None:
            on_note(f"removed {len(removed)} partial file(s) of an earlier run on {out}")
        return _analyze_to_file_locked(
            articles, out, metrics, n_jobs, options=options, fields=fields, chunksize=chunksize,
            progress=progress, on_row=on_row, total=total, resume=resume, inputs=inputs, excel_safe=excel_safe,
        )


def check_output(
    out: str | os.PathLike[str], inputs: Any = None, excel_safe: bool = False
) -> None:
    """Refuse an output before any work: unknown format, missing folder, a directory, an input.

    Args:
        out: The output file.
        inputs: Paths the run reads (files, folders, globs), if known.
        excel_safe: Whether formula cells are to be neutralised (CSV only).

    Raises:
        ValueError: Unknown format, ``out`` is a directory, or one of the inputs (it would be
            replaced by results), or ``excel_safe`` for a format other than CSV.
        FileNotFoundError: The output folder does not exist.
    """
    from mediakit.io import expand_paths
    from mediakit.output import output_format

    fmt = output_format(out)
    target = Path(out)
    if not target.parent.is_dir():
        raise FileNotFoundError(f"{out}: the output folder {target.parent} does not exist")
    if target.is_dir():
        raise ValueError(f"{out}: is a directory; give a file name ending in {fmt}")
    if excel_safe and fmt != ".csv":
        raise ValueError(f"{out}: --excel-safe is only for CSV output")
    if inputs is None or not target.exists():
        return
    for p in [inputs] if isinstance(inputs, (str, os.PathLike)) else list(inputs):
        try:
            files = expand_paths([p])
        except LoadError:
            continue
        if any(_same_file(target, f) for f in files):
            raise ValueError(f"{out}: is also an input ({p}); writing it would replace the articles with results")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def _analyze_to_file_locked(
    articles: ArticleInput,
    out: str | os.PathLike[str],
    metrics: str | Iterable[str] | None,
    n_jobs: int,
    *,
    options: Options | None,
    fields: Mapping[str, str] | None,
    chunksize: int,
    progress: bool | None,
    on_row: Callable[[Mapping[str, Any]], None] | None,
    total: int | None,
    resume: bool | None,
    inputs: Sequence[str | os.PathLike[str]] | None,
    excel_safe: bool,
) -> int:
    """:func:`analyze_to_file` once the output's lock is held."""
    from mediakit.output import Checkpoint, input_identity, sigterm_as_exit

    options = dict(options or {})
    plan = select(metrics)
    columns = list(RESULT_COLUMNS) + [c for _, cols in plan for c in cols]
    prov = provenance(metrics, options)
    key = {
        "inputs": None if inputs is None else input_identity(inputs),
        "provenance": prov,
        "columns": columns,
        "fields": dict(fields or {}),
    }
    checkpoint = Checkpoint.open(out, key, resume)
    done = checkpoint.rows
    if on_row is not None:
        for part in checkpoint.frames(["status", "message"]):
            for status, message in zip(part["status"], part["message"], strict=True):
                on_row({"status": status, "message": message})
    rows = _rows_from(articles, fields)
    if done:
        rows = islice(rows, done, None)  # finished rows are read, not measured again
    results = _iter_results(
        rows,
        metrics,
        options,
        n_jobs,
        max(64, chunksize // 4),
        progress,
        None if total is None else max(total - done, 0),
    )
    try:
        with sigterm_as_exit():  # SIGTERM ends the run like Ctrl-C: the checkpoint stays consistent
            buf: list[dict[str, Any]] = []
            for row in results:
                if on_row is not None:
                    on_row(row)
                buf.append(row)
                if len(buf) >= chunksize:
                    checkpoint.add(_result_frame(buf, columns))
                    buf = []
            if buf:
                checkpoint.add(_result_frame(buf, columns))
    except BaseException:
        if inputs is None:  # an iterator cannot be resumed: its parts are of no use
            shutil.rmtree(checkpoint.folder, ignore_errors=True)
        raise
    return checkpoint.finish(out, prov, excel_safe_cells=excel_safe)


def _all_paths(articles: Any) -> bool:
    if isinstance(articles, (str, os.PathLike)):
        return True
    return isinstance(articles, (list, tuple)) and all(isinstance(a, (str, os.PathLike)) for a in articles)


def _result_frame(rows: list[dict[str, Any]], columns: list[str]) -> pd.DataFrame:
    df = pd.DataFrame.from_records(rows, columns=columns)
    return df.astype({**dict.fromkeys(columns[len(RESULT_COLUMNS) :], "float64"), **dict.fromkeys(RESULT_COLUMNS, str)})
