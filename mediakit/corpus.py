"""Corpus-level helpers the notebooks and figures share: samples, profiles, percentiles, outlets.

All randomness is seeded; every function returns a new DataFrame and never
mutates its input.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
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

    Returns one row per metric: value, reference median, percentile (0-100).
    """
    cols = list(columns) if columns is not None else key_columns(reference.columns)
    return pd.DataFrame(
        [
            {
                "metric": col,
                "value": float(row[col]),
                "reference_median": float(reference[col].median()),
                "percentile": percentile_of(float(row[col]), reference[col].to_numpy()),
            }
            for col in cols
        ]
    )


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
    within each outlet (Efron & Tibshirani 1993), seeded.
    """
    rng = np.random.default_rng(seed)
    rows = []
    for outlet, grp in results.groupby(by, sort=True):
        v = grp[column].dropna().to_numpy(dtype=float)
        if v.size < min_articles:
            continue
        means = rng.choice(v, size=(n_boot, v.size), replace=True).mean(axis=1)
        lo, hi = np.quantile(means, [0.025, 0.975])
        rows.append(
            {by: outlet, "n": int(v.size), "mean": float(v.mean()), "ci_low": float(lo), "ci_high": float(hi)}
        )
    out = pd.DataFrame(rows, columns=[by, "n", "mean", "ci_low", "ci_high"])
    return out.sort_values("mean", ascending=False, kind="stable").reset_index(drop=True)


def correlations(results: pd.DataFrame, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """Spearman rank correlations between metric columns (pairwise complete)."""
    cols = list(columns) if columns is not None else key_columns(results.columns)
    out: pd.DataFrame = results[cols].rank().corr(method="pearson")
    return out


def sanitized_versions() -> str:
    """One line of package versions for notebook headers (no paths, hosts or dates)."""
    from importlib.metadata import version

    names = ["mediakit", "pandas", "numpy", "matplotlib", "textstat"]
    return json.dumps({n: version(n) for n in names}, sort_keys=False)
