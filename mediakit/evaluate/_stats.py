"""Small, dependency-free statistics used by the validations (no scikit-learn)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd


def roc_auc(labels: Sequence[int] | np.ndarray | pd.Series[Any], scores: Sequence[float] | np.ndarray | pd.Series[Any]) -> float:
    """ROC AUC by the Mann-Whitney rank formula, ties counted half.

    ``AUC = (R_pos - n_pos (n_pos + 1) / 2) / (n_pos n_neg)`` with ``R_pos`` the
    sum of the positives' mid-ranks. Reference: Hanley & McNeil (1982),
    Radiology 143(1).
    """
    y = np.asarray(labels, dtype=bool)
    s = np.asarray(scores, dtype=float)
    n_pos, n_neg = int(y.sum()), int((~y).sum())
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    ranks = pd.Series(s).rank(method="average").to_numpy()
    return float((ranks[y].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


def spearman(x: Sequence[float] | np.ndarray | pd.Series[Any], y: Sequence[float] | np.ndarray | pd.Series[Any]) -> float:
    """Spearman rank correlation (Pearson on mid-ranks), ignoring pairs with a NaN."""
    df = pd.DataFrame({"x": np.asarray(x, dtype=float), "y": np.asarray(y, dtype=float)}).dropna()
    return float(df["x"].rank().corr(df["y"].rank()))


def pearson(x: Sequence[float] | np.ndarray | pd.Series[Any], y: Sequence[float] | np.ndarray | pd.Series[Any]) -> float:
    """Pearson correlation, ignoring pairs with a NaN."""
    df = pd.DataFrame({"x": np.asarray(x, dtype=float), "y": np.asarray(y, dtype=float)}).dropna()
    return float(df["x"].corr(df["y"]))


def bootstrap_ci(
    values: Sequence[float] | np.ndarray | pd.Series[Any], *, n: int = 1000, level: float = 0.95, seed: int = 13
) -> tuple[float, float]:
    """Percentile bootstrap confidence interval of the mean (seeded, deterministic)."""
    v = np.asarray(values, dtype=float)
    v = v[~np.isnan(v)]
    if v.size == 0:
        return (float("nan"), float("nan"))
    rng = np.random.default_rng(seed)
    means = rng.choice(v, size=(n, v.size), replace=True).mean(axis=1)
    lo, hi = np.quantile(means, [(1 - level) / 2, 1 - (1 - level) / 2])
    return float(lo), float(hi)
