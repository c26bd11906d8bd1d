"""Corpus-level helpers the notebooks and figures share: samples, profiles, percentiles, outlets.

All randomness is seeded; every function returns a new DataFrame and never
mutates its input.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from mediakit.io import frame, iter_articles
from mediakit.io._common import iter_lines, open_source
from mediakit.metrics.registry import all_columns

#: Headline columns compared across corpora (kept only if registered).
KEY_COLUMNS: tuple[str, ...] = (
    "readability.flesch_kincaid_grade",
    "readability.sentence_length_mean",
    "sourcing.attributions_per_100_words",
    "sourcing.vague_attributions",
    "sourcing.direct_quote_word_share",
    "sensational.index",
    "structure.restated_share",
)


def key_columns(columns: Iterable[str] | None = None) -> list[str]:
    """The :data:`KEY_COLUMNS` that are registered (and present in ``columns`` if given)."""
    registered = set(all_columns())
    present = None if columns is None else set(columns)
    return [c for c in KEY_COLUMNS if c in registered and (present is None or c in present)]


def load_dataset(name: str, *, sample: int | None = None, seed: int = 42) -> pd.DataFrame:
    """Load a registered corpus (see :mod:`mediakit.datasets`) as an article frame.

    Args:
        name: Dataset name, e.g. "wikinews" or "allsides_bench".
        sample: Keep a uniform random sample of this many articles (seeded,
            original order preserved); None keeps all.
        seed: Seed of the sample.
    """
    from mediakit import datasets

    path = datasets.path(name)
    if sample is not None and _is_jsonl(path):
        return frame(sample_jsonl(path, sample, seed=seed))
    df = frame(iter_articles(path))
    if sample is not None and sample < len(df):
        rng = np.random.default_rng(seed)
        idx = np.sort(rng.choice(len(df), size=sample, replace=False))
        df = df.iloc[idx].reset_index(drop=True)
    return df


def _is_jsonl(path: Path) -> bool:
    from mediakit.io._common import inner_suffix

    return path.is_file() and inner_suffix(path) in (".jsonl", ".ndjson")


def sample_jsonl(path: Path, n: int, *, seed: int = 42) -> list[dict[str, Any]]:
    """Seeded uniform sample of ``n`` records of a JSON Lines file, parsing only those lines.

    The same seed picks the same lines as sampling rows of the fully loaded
    file would (uniform choice of line indices without replacement, in order).
    Lines are read as :func:`mediakit.load` reads them (encodings, line endings, the
    record limit: :func:`mediakit.io._common.iter_lines`).
    """
    from mediakit.io.jsonl import read_lines

    with open_source(path) as source:
        numbered = [(i, line) for i, line in iter_lines(source) if line is None or line.strip()]
        decode = source.decode
    if n < len(numbered):
        rng = np.random.default_rng(seed)
        idx = np.sort(rng.choice(len(numbered), size=n, replace=False))
        numbered = [numbered[i] for i in idx]
    return list(read_lines(path, numbered, decode=decode))


def profile(results: pd.DataFrame, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """Distribution summary per metric column: n, mean, sd, p10, median, p90."""
    cols = list(columns) if columns is not None else key_columns(results.columns)
    rows = []
    for col in cols:
        v = results[col].dropna().to_numpy(dtype=float)
        rows.append(
            {
                "metric": col,
                "n": int(v.size),
                "mean": float(v.mean()) if v.size else np.nan,
                "sd": float(v.std(ddof=1)) if v.size > 1 else np.nan,
                "p10": float(np.percentile(v, 10)) if v.size else np.nan,
                "median": float(np.median(v)) if v.size else np.nan,
                "p90": float(np.percentile(v, 90)) if v.size else np.nan,
            }
        )
    return pd.DataFrame(rows)


def percentile_of(value: float, reference: Sequence[float] | np.ndarray) -> float:
    """Percentile rank (0-100) of ``value`` in ``reference``, ties counted half (mid-rank)."""
    ref = np.asarray(reference, dtype=float)
    ref = ref[~np.isnan(ref)]
    if ref.size == 0 or np.isnan(value):
        return float("nan")
    below = float((ref < value).sum())
    equal = float((ref == value).sum())
    return float(100.0 * (below + 0.5 * equal) / ref.size)


def place(row: pd.Series, reference: pd.DataFrame, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """Place one article's metrics in a reference distribution.

    Returns one row per metric: ``value``, ``reference_median``, ``percentile``
    (0-100, mid-rank; exactly 100 above every reference value and 0 below every
    one, so it saturates there) and ``z`` (standard deviations from the reference
    mean, which keeps telling how far beyond the range a value lies).
    """
    cols = list(columns) if columns is not None else key_columns(reference.columns)
    return pd.DataFrame(
        [
            {
                "metric": col,
                "value": float(row[col]),
                "reference_median": float(reference[col].median()),
                "percentile": percentile_of(float(row[col]), reference[col].to_numpy()),
                "z": zscore(float(row[col]), reference[col].to_numpy()),
            }
            for col in cols
        ],
        columns=["metric", "value", "reference_median", "percentile", "z"],
    )


def zscore(value: float, reference: Sequence[float] | np.ndarray) -> float:
    """``(value - mean) / sd`` of the reference (sample sd); NaN when undefined."""
    ref = np.asarray(reference, dtype=float)
    ref = ref[~np.isnan(ref)]
    if ref.size < 2 or np.isnan(value):
        return float("nan")
    sd = float(ref.std(ddof=1))
    return float((value - ref.mean()) / sd) if sd > 0 else float("nan")


def place_corpus(
    results: pd.DataFrame, reference: pd.DataFrame, columns: Sequence[str] | None = None
) -> pd.DataFrame:
    """Place a whole corpus in a reference distribution, metric by metric.

    Returns one row per metric: ``n`` articles with a value, the corpus
    ``median``, the ``reference_median``, the ``percentile`` of the corpus
    median in the reference, and the shares of corpus articles above the
    reference's 90th percentile (``above_p90``) and below its 10th
    (``below_p10``); 0.10 each is what a corpus like the reference gives.
    """
    cols = (
        list(columns) if columns is not None else key_columns(set(results.columns) & set(reference.columns))
    )
    rows = []
    for col in cols:
        v = results[col].dropna().to_numpy(dtype=float)
        ref = reference[col].dropna().to_numpy(dtype=float)
        med = float(np.median(v)) if v.size else float("nan")
        p10, p90 = np.percentile(ref, [10, 90]) if ref.size else (np.nan, np.nan)
        rows.append(
            {
                "metric": col,
                "n": int(v.size),
                "median": med,
                "reference_median": float(np.median(ref)) if ref.size else float("nan"),
                "percentile": percentile_of(med, ref),
                "above_p90": float((v > p90).mean()) if v.size else float("nan"),
                "below_p10": float((v < p10).mean()) if v.size else float("nan"),
            }
        )
    return pd.DataFrame(
        rows, columns=["metric", "n", "median", "reference_median", "percentile", "above_p90", "below_p10"]
    )


def bootstrap_mean(values: np.ndarray, rng: np.random.Generator, n_boot: int = 1000) -> tuple[float, float]:
    """95% percentile-bootstrap interval of the mean (Efron & Tibshirani 1993); NaN for no values.

    One value gives a zero-width interval (nothing to resample): read it as "no interval".
    """
    if values.size == 0:
        return float("nan"), float("nan")
    means = rng.choice(values, size=(n_boot, values.size), replace=True).mean(axis=1)
    lo, hi = np.quantile(means, [0.025, 0.975])
    return float(lo), float(hi)


def compare_groups(
    results: pd.DataFrame,
    columns: str | Sequence[str] | None = None,
    *,
    by: str = "outlet",
    min_articles: int = 1,
    n_boot: int = 1000,
    seed: int = 13,
) -> pd.DataFrame:
    """Mean of each metric per group with a 95% bootstrap interval, in long form.

    Args:
        results: :func:`mediakit.analyze` output (any frame with ``by`` and the columns).
        columns: One metric column, several, or None for each family's key metric
            (:func:`family_keys`).
        by: Grouping column ("outlet", "allsides_bias", a date period...); rows with
            an empty group are left out.
        min_articles: Groups with fewer non-missing values are dropped.
        n_boot: Bootstrap resamples of the articles within each group (seeded).
        seed: Seed of the resampling; each metric restarts from it, so adding a
            metric never changes another metric's intervals.

    Returns:
        Columns ``metric, <by>, n, mean, ci_low, ci_high``; within each metric,
        groups sorted by mean, highest first.
    """
    if columns is None:
        cols = list(family_keys(results.columns).values())
    else:
        cols = [columns] if isinstance(columns, str) else list(columns)
    if by not in results.columns:
        raise KeyError(f"no column {by!r} to group by; columns: {', '.join(map(str, results.columns))}")
    keys = results[by].astype("string").fillna("").str.strip()
    valid = results[keys != ""]
    groups = list(valid.groupby(keys[keys != ""], sort=True))
    rows = []
    for col in cols:
        rng = np.random.default_rng(seed)
        part: list[dict[str, Any]] = []
        for name, grp in groups:
            v = grp[col].dropna().to_numpy(dtype=float)
            if v.size < max(1, min_articles):
                continue
            lo, hi = bootstrap_mean(v, rng, n_boot)
            part.append(
                {
                    "metric": col,
                    by: name,
                    "n": int(v.size),
                    "mean": float(v.mean()),
                    "ci_low": lo,
                    "ci_high": hi,
                }
            )
        part.sort(key=lambda r: -float(r["mean"]))
        rows.extend(part)
    return pd.DataFrame(rows, columns=["metric", by, "n", "mean", "ci_low", "ci_high"])


def outlet_summary(
    results: pd.DataFrame,
    column: str,
    *,
    by: str = "outlet",
    min_articles: int = 50,
    n_boot: int = 1000,
    seed: int = 13,
) -> pd.DataFrame:
    """Mean of ``column`` per outlet with a 95% percentile-bootstrap interval.

    Outlets with fewer than ``min_articles`` non-missing values are dropped.
    Sorted by mean, descending. Bootstrap: ``n_boot`` resamples of articles
    within each outlet (Efron & Tibshirani 1993), seeded (see :func:`compare_groups`).
    """
    out = compare_groups(results, column, by=by, min_articles=min_articles, n_boot=n_boot, seed=seed)
    return out.drop(columns="metric").reset_index(drop=True)


def parse_dates(values: pd.Series) -> pd.Series:
    """Dates as given by sources ("2024-03-05", "Tue, 05 Mar 2024 10:00:00 GMT", ...) -> UTC timestamps.

    Unreadable or empty values become NaT.
    """
    text = values.astype("string").fillna("").str.strip()
    out = pd.to_datetime(text.where(text != ""), errors="coerce", utc=True, format="mixed")
    return out


def trend(
    results: pd.DataFrame,
    columns: str | Sequence[str] | None = None,
    *,
    date: str = "published",
    freq: str | None = None,
    n_boot: int = 1000,
    seed: int = 13,
) -> pd.DataFrame:
    """Each metric's mean per period of publication, with 95% bootstrap intervals.

    Args:
        results: :func:`mediakit.analyze` output with a date column.
        columns: Metric columns (default: each family's key metric).
        date: Column holding the publication date (any format pandas reads).
        freq: Period: "D", "W", "M", "Q" or "Y"; default chosen from the span of
            the dates (days up to 3 weeks, weeks up to 4 months, months up to 3
            years, else years).
        n_boot: Bootstrap resamples per period.
        seed: Seed of the resampling.

    Returns:
        Columns ``metric, period, start, n, mean, ci_low, ci_high``, periods in
        time order; empty (same columns) when no date could be read.
    """
    empty = pd.DataFrame(columns=["metric", "period", "start", "n", "mean", "ci_low", "ci_high"])
    if date not in results.columns:
        return empty
    when = parse_dates(results[date])
    ok = when.notna().to_numpy()
    if not ok.any():
        return empty
    when = when[ok].dt.tz_localize(None)
    data = results[ok].copy()
    freq = freq or period_for(when.min(), when.max())
    data["period"] = when.dt.to_period(freq).astype(str).to_numpy()
    data["start"] = when.dt.to_period(freq).dt.start_time.to_numpy()
    out = compare_groups(data, columns, by="period", n_boot=n_boot, seed=seed)
    starts = data.groupby("period")["start"].first()
    out.insert(2, "start", out["period"].map(starts))
    return out.sort_values(["metric", "start"], kind="stable").reset_index(drop=True)


def period_for(first: pd.Timestamp, last: pd.Timestamp) -> str:
    """Period length for a trend over ``first``..``last``: "D", "W", "M" or "Y"."""
    days = (last - first).days
    if days <= 21:
        return "D"
    if days <= 120:
        return "W"
    if days <= 3 * 366:
        return "M"
    return "Y"


def top(
    results: pd.DataFrame, column: str, n: int = 3, *, lowest: bool = False, ok_only: bool = True
) -> pd.DataFrame:
    """The ``n`` articles with the highest (``lowest=True``: lowest) value of ``column``.

    Rows without a value, and unless ``ok_only`` is False rows whose status is
    not "ok", are left out. Ties keep corpus order.
    """
    data = results[results[column].notna()]
    if ok_only and "status" in data.columns:
        data = data[data["status"] == "ok"]
    ordered = data.sort_values(column, ascending=lowest, kind="stable")
    return ordered.head(n)


def family_keys(columns: Iterable[str] | None = None) -> dict[str, str]:
    """Each family's key metric (the first of its ``summary`` columns), if present in ``columns``.

    The key metric is what one number per family shows: the group comparison,
    the report header and the outlets figure use it.
    """
    from mediakit.metrics.registry import families

    present = None if columns is None else set(columns)
    out = {}
    for fam in families():
        names = [f"{fam.name}.{c}" for c in (fam.summary or (fam.columns[0].name,))]
        key = next((c for c in names if present is None or c in present), None)
        if key is not None:
            out[fam.name] = key
    return out


def correlations(
    results: pd.DataFrame, columns: Sequence[str] | None = None, decimals: int | None = None
) -> pd.DataFrame:
    """Spearman rank correlations between metric columns (pairwise complete).

    rho = Pearson correlation of the ranks (ties get their mean rank), Spearman (1904).

    Args:
        results: One row per article.
        columns: The columns to correlate; default the key metric columns.
        decimals: Round to this many decimals; a value that rounds to zero is shown as 0.00,
            never -0.00.
    """
    cols = list(columns) if columns is not None else key_columns(results.columns)
    out: pd.DataFrame = results[cols].rank().corr(method="pearson")
    if decimals is not None:
        out = out.round(decimals) + 0.0  # adding 0.0 turns -0.0 into 0.0
    return out


def sanitized_versions() -> str:
    """One line of package versions for notebook headers (no paths, hosts or dates)."""
    from importlib.metadata import version

    names = ["mediakit", "pandas", "numpy", "matplotlib", "textstat"]
    return json.dumps({n: version(n) for n in names}, sort_keys=False)


# --------------------------------------------------------------------------- packaged reference

#: Wikinews values of the summary metrics, shipped with the package (numbers only; CC BY 2.5,
#: Wikinews contributors) so that percentiles need no dataset: ``python -m mediakit.corpus``
#: rebuilds it, and a test fails when a family's version no longer matches.
REFERENCE_FILE = "data/wikinews_reference.json"


def reference_columns() -> list[str]:
    """Columns the packaged reference covers: every family's summary columns and the key columns."""
    from mediakit.metrics.registry import families

    cols = [f"{f.name}.{c}" for f in families() for c in f.summary]
    return list(dict.fromkeys([*cols, *key_columns()]))


def build_reference() -> dict[str, Any]:
    """The packaged reference, computed from the ``wikinews`` dataset (needs ``MEDIAKIT_DATA``)."""
    from mediakit.compute import analyze
    from mediakit.metrics.registry import families

    results = analyze(load_dataset("wikinews"), progress=False)
    return {
        "source": "Wikinews reference corpus (mediakit.datasets 'wikinews'): 195 articles, CC BY 2.5, "
        "Wikinews contributors; values only",
        "rebuild": "python -m mediakit.corpus",
        "families": {f.name: f.version for f in families()},
        "columns": {c: sorted(round(float(v), 6) for v in results[c].dropna()) for c in reference_columns()},
    }


def reference() -> dict[str, Any]:
    """The packaged Wikinews reference (see :data:`REFERENCE_FILE`), read once."""
    return dict(_reference())


@lru_cache(maxsize=1)
def _reference() -> dict[str, Any]:
    import importlib.resources

    ref = importlib.resources.files("mediakit").joinpath(REFERENCE_FILE)
    with ref.open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def reference_percentile(column: str, value: float) -> float:
    """Percentile (0-100) of ``value`` among the packaged Wikinews values of ``column``; NaN if not covered.

    Exactly 100 above every reference article and 0 below every one (mid-rank inside).
    """
    values = _reference()["columns"].get(column)
    if not values:
        return float("nan")
    return percentile_of(value, np.asarray(values, dtype=float))


def reference_json(data: dict[str, Any]) -> str:
    """The reference as JSON with one line per column (reviewable diffs); ``json.loads`` gives ``data`` back."""
    head = json.dumps({k: v for k, v in data.items() if k != "columns"}, indent=1)
    cols = ",\n".join(f"  {json.dumps(c)}: {json.dumps(v)}" for c, v in data["columns"].items())
    return head[: head.rindex("}")].rstrip() + ',\n "columns": {\n' + cols + "\n }\n}\n"


def main() -> None:
    """``python -m mediakit.corpus``: rebuild the packaged Wikinews reference."""
    import importlib.resources

    target = Path(str(importlib.resources.files("mediakit").joinpath(REFERENCE_FILE)))
    data = build_reference()
    target.write_text(reference_json(data), encoding="utf-8")
    print(f"wrote {target} ({len(data['columns'])} columns)")


if __name__ == "__main__":
    main()


def reference_frame() -> pd.DataFrame:
    """The packaged Wikinews reference as a frame (one column per covered metric; shorter ones padded with NaN)."""
    cols = _reference()["columns"]
    return pd.DataFrame({c: pd.Series(v, dtype=float) for c, v in cols.items()})


def status_table(results: pd.DataFrame) -> pd.DataFrame:
    """Rows per status with the most frequent reason: what was measured and what was not, and why."""
    from mediakit.cli import reason_of

    rows = []
    for status, grp in results.groupby("status", sort=False):
        messages = grp["message"].astype(str)
        reasons = messages[messages != ""].map(reason_of)
        top = reasons.value_counts()
        rows.append(
            {
                "status": status,
                "n": len(grp),
                "reason": top.index[0] if len(top) else "",
                "example": messages[messages != ""].iloc[0] if len(top) else "",
            }
        )
    return pd.DataFrame(rows, columns=["status", "n", "reason", "example"])


def picks(results: pd.DataFrame, n: int = 3) -> pd.DataFrame:
    """Articles to read first: the ``n`` most and least sensational and the ``n`` worst sourced.

    "Worst sourced" means the lowest value of the sourcing family's key metric
    (attribution cues per 100 words: the least said about who says so).
    Returns the identifying columns, ``why``, and each family's key metric.
    """
    keys = family_keys(results.columns)
    chosen = []
    for why, col, lowest in (
        ("most sensational", keys.get("sensational"), False),
        ("least sensational", keys.get("sensational"), True),
        ("worst sourced", keys.get("sourcing"), True),
    ):
        if col is None:
            continue
        part = top(results, col, n, lowest=lowest).copy()
        part.insert(0, "why", why)
        chosen.append(part)
    ident = [c for c in ("why", "id", "title", "outlet", "published") if c in results.columns or c == "why"]
    if not chosen:
        return pd.DataFrame(columns=ident)
    out = pd.concat(chosen, ignore_index=True)
    return out[ident + list(keys.values())]


class Reading(str):
    """A written reading: plain text (one statement per line) that Jupyter shows as a bulleted list."""

    def _repr_markdown_(self) -> str:
        return "\n".join(f"- {line}" for line in self.splitlines())

    def __repr__(self) -> str:
        return str(self)


def reading(results: pd.DataFrame, *, by: str = "outlet", n_boot: int = 1000, seed: int = 13) -> Reading:
    """A short written reading of a corpus's results, from the numbers (for a notebook's end).

    Per family's key metric: the highest and lowest group with means and 95%
    bootstrap intervals, and whether those intervals overlap; where the median
    article falls among Wikinews articles. Ends with what the numbers do not say.
    """
    from mediakit.display import fmt, info, percentile_text

    ok = results[results["status"] == "ok"] if "status" in results else results
    lines = [f"{len(ok)} of {len(results)} articles were measured."]
    keys = family_keys(ok.columns)
    groups = compare_groups(ok, list(keys.values()), by=by, n_boot=n_boot, seed=seed) if by in ok else None
    ref = reference_frame()
    for family, col in keys.items():
        ci = info(col)
        text = f"{family.capitalize()} ({ci.label}, {ci.reads}):"
        part = groups[groups["metric"] == col] if groups is not None else pd.DataFrame()
        if len(part) >= 2:
            hi, lo = part.iloc[0], part.iloc[-1]
            overlap = hi["ci_low"] <= lo["ci_high"]
            text += (
                f" highest for {hi[by]} ({fmt(col, hi['mean'])}, 95% CI {fmt(col, hi['ci_low'])} to "
                f"{fmt(col, hi['ci_high'])}, n={int(hi['n'])}), lowest for {lo[by]} ({fmt(col, lo['mean'])}, "
                f"{fmt(col, lo['ci_low'])} to {fmt(col, lo['ci_high'])}, n={int(lo['n'])});"
                + (
                    " the intervals overlap, so these articles do not show a clear difference."
                    if overlap
                    else " the intervals do not overlap."
                )
            )
        if col in ref:
            med = float(ok[col].median())
            text += f" The median article ({fmt(col, med)}) is at the {percentile_text(percentile_of(med, ref[col].to_numpy()), 'Wikinews')}."
            text = text.replace("at the above every", "above every").replace(
                "at the below every", "below every"
            )
        lines.append(text)
    lines.append(
        "These are measures of style and sourcing practice, not of accuracy; groups of a few articles give "
        "wide intervals, and a difference between outlets may come from the topics they cover."
    )
    return Reading("\n".join(lines))
