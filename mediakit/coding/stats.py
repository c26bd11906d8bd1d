"""Agreement between coders and the kit, estimated for the corpus, with bootstrap intervals.

For each coder (and for the coders' majority) the coder's codes are the truth
and the kit's codes the prediction. Units carry the weight ``w = 1 / pi`` of the
sampling design (:mod:`mediakit.coding.sampling`), and every statistic against
the kit is a *weighted ratio* (Hájek) estimator: a ratio of Horvitz-Thompson
estimates of corpus totals, ``T_hat(y) = sum_i w_i y_i`` (Horvitz & Thompson
1952, JASA 47(260); Hájek 1971; Särndal, Swensson & Wretman 1992, Model Assisted
Survey Sampling, sections 5.6 and 7.2). With ``W(cond) = sum of w_i over the
coded units meeting cond``:

* binary tasks (positive code "yes"):
  ``precision = W(kit yes, coder yes) / W(kit yes)``,
  ``recall = W(kit yes, coder yes) / W(coder yes)``,
  ``f1 = 2 P R / (P + R)``, ``accuracy = W(kit = coder) / W(all)``,
  ``prevalence = W(coder yes) / W(all)`` (the corpus share of "yes" units
  according to the coder; the kit's own share is ``attrs["kit_prevalence"]``);
* nominal tasks (``source``): ``precision = 1 - W(coder rejects) / W(all)``
  (the share of the kit's units that are right in kind; recall is not defined,
  since every unit comes from the kit) and ``accuracy`` as above;
* Cohen's kappa on the weighted confusion matrix ``p_jk = W(kit j, coder k) /
  W(all)``: ``kappa = (p_o - p_e) / (1 - p_e)``, ``p_o = sum_j p_jj``, ``p_e =
  sum_j p_j. p_.j`` (Cohen 1960, Educ. Psychol. Meas. 20(1); scikit-learn's
  ``cohen_kappa_score`` with ``sample_weight`` gives the same number);
* ratings: ``spearman``, the weighted Pearson correlation of weighted mid-ranks
  (rank of a value = weight of the smaller values + half the weight of its ties;
  equal weights give Spearman's rho), and ``accuracy`` (exact agreement).

With equal weights (a simple random sample, or every unit) these are the usual
sample statistics. Krippendorff's alpha among the coders (nominal, or ordinal
for ratings; Krippendorff 2004, Content Analysis, ch. 11) is a property of the
coding procedure and is computed on the sampled units unweighted, with the
``krippendorff`` package.

Intervals: percentile bootstrap (Efron & Tibshirani 1993), ``n_boot``
replicates drawn within the sampling strata (each stratum resampled to its own
size, weights kept), seeded, so the same inputs give the same intervals. The
majority code of a unit is the code more than half of its coders gave (for
ratings, the median when it is one of the codes); units without one are left
out of the ``majority`` row.
"""

from __future__ import annotations

import math
import os
import warnings
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pandas as pd

from mediakit.coding.sheets import BlankCodesWarning, CodingSheetError, read_key, read_sheet
from mediakit.coding.tasks import Code, Task, get_task

#: Statistics of each scale, in column order.
STATISTICS = {
    "binary": ("precision", "recall", "f1", "accuracy", "kappa", "prevalence"),
    "nominal": ("precision", "recall", "f1", "accuracy", "kappa"),
    "rating": ("accuracy", "spearman"),
}
MAJORITY = "majority"
ALPHA = "alpha"
NAN = float("nan")


# --------------------------------------------------------------------------- point statistics


def _div(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.where(b > 0, a / np.where(b > 0, b, 1.0), np.nan)
    return np.asarray(out, dtype=float)


def confusion(kit: np.ndarray, coder: np.ndarray, k: int, weights: np.ndarray) -> np.ndarray:
    """Weighted confusion matrices ``C[..., j, l] = sum w (kit == j)(coder == l)``.

    Args:
        kit: Kit code indices (0..k-1) of the units.
        coder: Coder code indices of the same units.
        k: Number of codes.
        weights: ``(units,)`` or ``(replicates, units)`` weights.

    Returns:
        ``(k, k)`` or ``(replicates, k, k)``.
    """
    onehot = np.zeros((kit.size, k * k))
    onehot[np.arange(kit.size), kit * k + coder] = 1.0
    return np.asarray(weights @ onehot).reshape((*np.shape(weights)[:-1], k, k))


def kappa_from(conf: np.ndarray) -> np.ndarray:
    """Cohen's kappa of (stacked) confusion matrices: ``(p_o - p_e) / (1 - p_e)``."""
    total = conf.sum(axis=(-2, -1))
    p = conf / np.where(total > 0, total, 1.0)[..., None, None]
    p_o = np.trace(p, axis1=-2, axis2=-1)
    p_e = (p.sum(axis=-1) * p.sum(axis=-2)).sum(axis=-1)
    with np.errstate(divide="ignore", invalid="ignore"):
        kap = np.where((total > 0) & (p_e < 1), (p_o - p_e) / (1 - p_e), np.nan)
    return np.asarray(kap, dtype=float)


def binary_stats(conf: np.ndarray, positive: int = 0) -> dict[str, np.ndarray]:
    """Precision, recall, F1, accuracy, kappa and prevalence from (stacked) 2x2 weighted confusion matrices.

    ``conf[..., kit, coder]``; ``positive`` is the index of the positive code.
    """
    neg = 1 - positive
    tp = conf[..., positive, positive]
    fp = conf[..., positive, neg]
    fn = conf[..., neg, positive]
    total = conf.sum(axis=(-2, -1))
    precision = _div(tp, tp + fp)
    recall = _div(tp, tp + fn)
    f1 = _div(2 * precision * recall, precision + recall)
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "accuracy": _div(np.trace(conf, axis1=-2, axis2=-1), total),
        "kappa": kappa_from(conf),
        "prevalence": _div(tp + fn, total),
    }


def nominal_stats(conf: np.ndarray, reject: int) -> dict[str, np.ndarray]:
    """Precision (share of units the coder does not reject), accuracy and kappa of multi-class matrices."""
    total = conf.sum(axis=(-2, -1))
    nan = np.full(np.shape(total), np.nan)
    return {
        "precision": 1.0 - _div(conf[..., :, reject].sum(axis=-1), total),
        "recall": nan,
        "f1": nan,
        "accuracy": _div(np.trace(conf, axis1=-2, axis2=-1), total),
        "kappa": kappa_from(conf),
    }


def weighted_ranks(values: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Weighted mid-ranks: weight of the smaller values plus half the weight of the ties."""
    order = np.argsort(values, kind="stable")
    v, w = values[order], weights[order]
    uniq, first = np.unique(v, return_index=True)
    tie_w = np.add.reduceat(w, first) if v.size else np.array([])
    below = np.concatenate(([0.0], np.cumsum(tie_w)[:-1]))
    mid = below + tie_w / 2
    ranks = np.empty_like(values, dtype=float)
    ranks[order] = mid[np.searchsorted(uniq, v)]
    return ranks


def weighted_spearman(x: Any, y: Any, weights: Any = None) -> float:
    """Weighted Spearman correlation: weighted Pearson of weighted mid-ranks (rho for equal weights)."""
    xa, ya = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    w = np.ones_like(xa) if weights is None else np.asarray(weights, dtype=float)
    keep = ~(np.isnan(xa) | np.isnan(ya) | np.isnan(w)) & (w > 0)
    xa, ya, w = xa[keep], ya[keep], w[keep]
    if xa.size < 2:
        return NAN
    rx, ry = weighted_ranks(xa, w), weighted_ranks(ya, w)
    mx, my = np.average(rx, weights=w), np.average(ry, weights=w)
    cov = np.sum(w * (rx - mx) * (ry - my))
    var = np.sum(w * (rx - mx) ** 2) * np.sum(w * (ry - my) ** 2)
    return float(cov / math.sqrt(var)) if var > 0 else NAN


# --------------------------------------------------------------------------- assembling the data


def _load_coded(coded: Any, task: Task | None) -> dict[str, pd.DataFrame]:
    """Coder name -> checked sheet, from a mapping of sheets/paths or a wide frame (``code_<name>`` columns)."""
    if isinstance(coded, pd.DataFrame):
        cols = [c for c in coded.columns if str(c).startswith("code_")]
        if "code" in coded and not cols:
            return {"coder": read_sheet(coded, task=task)}
        if not cols:
            raise ValueError("a frame of codes needs code_<coder> columns (or one code column)")
        base = coded.drop(columns=[c for c in ("code", *cols) if c in coded])
        return {str(c)[5:]: read_sheet(base.assign(code=coded[c].to_numpy()), task=task) for c in cols}
    if isinstance(coded, (str, os.PathLike)):
        coded = [coded]
    if not isinstance(coded, Mapping):
        paths = [Path(p) for p in coded]
        coded = dict(zip(coder_names(paths), paths, strict=True))
    return {str(name): read_sheet(sheet, task=task) for name, sheet in coded.items()}


def coder_names(paths: list[Path]) -> list[str]:
    """Coder names from sheet file names: the stems without their shared prefix (``sheet_anna`` -> ``anna``)."""
    stems = [p.stem for p in paths]
    if len(stems) > 1:
        prefix = stems[0]
        for s in stems[1:]:
            while not s.startswith(prefix):
                prefix = prefix[:-1]
        cut = max(prefix.rfind("_"), prefix.rfind("-"), prefix.rfind("."))
        if cut >= 0 and all(len(s) > cut + 1 for s in stems):
            stems = [s[cut + 1 :] for s in stems]
    out: list[str] = []
    for s in stems:
        name, k = s, 2
        while name in out:
            name, k = f"{s}_{k}", k + 1
        out.append(name)
    return out


def majority_codes(matrix: list[list[Code | None]], task: Task) -> list[Code | None]:
    """Per unit, the code more than half its coders gave (ratings: the median if it is a code), else None."""
    out: list[Code | None] = []
    for codes in matrix:
        given = [c for c in codes if c is not None]
        if not given:
            out.append(None)
        elif task.scale == "rating":
            ranked = sorted(int(c) for c in given)
            mid = len(ranked) // 2
            lo, hi = ranked[(len(ranked) - 1) // 2], ranked[mid]
            out.append(lo if lo == hi else None)
        else:
            best = max(set(given), key=lambda c: (given.count(c), str(c)))
            out.append(best if given.count(best) * 2 > len(given) else None)
    return out


def _replicates(strata: np.ndarray, n_boot: int, seed: int) -> np.ndarray:
    """``(n_boot, units)`` draw counts: each stratum resampled with replacement to its own size."""
    rng = np.random.default_rng(seed)
    counts = np.zeros((n_boot, strata.size))
    for h in sorted(set(strata.tolist())):
        idx = np.flatnonzero(strata == h)
        draws = rng.integers(0, idx.size, size=(n_boot, idx.size))
        for b in range(n_boot):
            counts[b, idx] += np.bincount(draws[b], minlength=idx.size)
    return counts


def _interval(values: np.ndarray, level: float) -> tuple[float, float]:
    v = values[~np.isnan(values)]
    if v.size < max(10, 0.5 * values.size):
        return NAN, NAN
    lo, hi = np.quantile(v, [(1 - level) / 2, 1 - (1 - level) / 2])
    return float(lo), float(hi)


def _alpha(value_counts: np.ndarray, level: Literal["nominal", "ordinal"]) -> float:
    import krippendorff

    if value_counts.shape[0] == 0 or value_counts.sum() < 2:
        return NAN
    pairable = value_counts.sum(axis=1) >= 2
    n_values = value_counts[pairable].sum(axis=0)
    if (n_values > 0).sum() < 2:
        return NAN  # one value only: expected disagreement 0, alpha undefined (Krippendorff 2004, 11.3)
    return float(krippendorff.alpha(value_counts=value_counts, level_of_measurement=level))


def krippendorff_alpha(matrix: list[list[Code | None]], task: str | Task) -> float:
    """Krippendorff's alpha of a units-by-coders table of codes (None = not coded), by the ``krippendorff`` package."""
    t = get_task(task)
    return _alpha(_value_counts(matrix, t), t.level)


def _value_counts(matrix: list[list[Code | None]], task: Task) -> np.ndarray:
    index = {c: i for i, c in enumerate(task.codes)}
    vc = np.zeros((len(matrix), len(task.codes)), dtype=int)
    for u, codes in enumerate(matrix):
        for c in codes:
            if c is not None:
                vc[u, index[c]] += 1
    return vc


# --------------------------------------------------------------------------- agreement


def agreement(
    coded: Any,
    key: pd.DataFrame | str | os.PathLike[str],
    *,
    n_boot: int = 1000,
    seed: int = 0,
    level: float = 0.95,
) -> pd.DataFrame:
    """Agreement of each coder, and of the coders' majority, with the kit; alpha among the coders.

    Args:
        coded: Coder name -> filled sheet (DataFrame or path to ``.csv`` /
            ``.xlsx``); or a list of paths (names from the file names, see
            :func:`coder_names`); or one DataFrame with ``code_<coder>`` columns.
        key: The key from :func:`mediakit.coding.sample` (frame or ``.key.csv``).
        n_boot: Bootstrap replicates for the intervals.
        seed: Seed of the bootstrap.
        level: Confidence level of the intervals.

    Returns:
        A tidy DataFrame, one row per coder, one named ``majority`` and one named
        ``alpha``: ``coder``, ``n`` (units coded), the task's statistics (binary:
        ``precision``, ``recall``, ``f1``, ``accuracy``, ``kappa``,
        ``prevalence``; nominal: the same without ``prevalence``; ratings:
        ``accuracy``, ``spearman``), each with ``_low`` / ``_high`` bounds, and
        ``alpha``, ``alpha_low``, ``alpha_high`` (on the ``alpha`` row).
        ``attrs``: ``task``, ``alpha``, ``alpha_low``, ``alpha_high``,
        ``alpha_level``, ``kit_prevalence`` (binary), ``n_boot``, ``seed``,
        ``level``, ``blank`` (coder -> units without a code), ``estimator``.

    Raises:
        CodingSheetError: A sheet with bad rows, units the key does not know,
            or sheets of another task than the key's.
    """
    k = read_key(key)
    t = get_task(k.attrs["task"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", BlankCodesWarning)  # blanks are reported in attrs["blank"]
        sheets = _load_coded(coded, t)
    if not sheets:
        raise ValueError("no coded sheet given")
    if MAJORITY in sheets or ALPHA in sheets:
        raise ValueError(f"a coder may not be named {MAJORITY!r} or {ALPHA!r}")
    ids = k["unit_id"].tolist()
    pos = {u: i for i, u in enumerate(ids)}
    codes: dict[str, list[Code | None]] = {}
    for name, sheet in sheets.items():
        unknown = [(r, u) for r, u in enumerate(sheet["unit_id"], start=2) if u not in pos]
        if unknown:
            raise CodingSheetError(
                str(sheet.attrs.get("path", name)),
                [f"row {r}: unit {u} is not in the key (a sheet of another round?)" for r, u in unknown],
            )
        col: list[Code | None] = [None] * len(ids)
        for u, c in zip(sheet["unit_id"], sheet["code"], strict=True):
            col[pos[u]] = c
        codes[name] = col
    names = list(codes)
    matrix = [[codes[c][i] for c in names] for i in range(len(ids))]
    codes[MAJORITY] = majority_codes(matrix, t)
    weights = k["weight"].to_numpy(float)
    strata = k["stratum"].astype(str).to_numpy() if "stratum" in k else np.array(["all"] * len(ids))
    counts = _replicates(strata, n_boot, seed)
    stats = STATISTICS[t.scale]
    index = {c: i for i, c in enumerate(t.codes)}
    kit = k["kit_code"].tolist()
    kit_idx = np.array([index[c] for c in kit], dtype=int)
    rows = []
    for name in [*names, MAJORITY]:
        col = codes[name]
        mask = np.array([c is not None for c in col])
        row: dict[str, Any] = {"coder": name, "n": int(mask.sum())}
        point, boot = _statistics(
            t, kit_idx[mask], [c for c in col if c is not None], weights[mask], counts[:, mask], index
        )
        for s in stats:
            lo, hi = _interval(boot[s], level) if mask.any() else (NAN, NAN)
            row.update({s: float(point[s]), f"{s}_low": lo, f"{s}_high": hi})
        rows.append(row)
    vc = _value_counts(matrix, t)
    pairable = vc.sum(axis=1) >= 2
    alpha = _alpha(vc[pairable], t.level) if len(names) > 1 else NAN
    alpha_lo = alpha_hi = NAN
    if len(names) > 1 and pairable.any():
        reps = np.array(
            [_alpha(np.repeat(vc, counts[b].astype(int), axis=0), t.level) for b in range(n_boot)]
        )
        alpha_lo, alpha_hi = _interval(reps, level)
    rows.append(
        {
            "coder": ALPHA,
            "n": int(pairable.sum()),
            "alpha": alpha,
            "alpha_low": alpha_lo,
            "alpha_high": alpha_hi,
        }
    )
    columns = [
        "coder",
        "n",
        *[x for s in stats for x in (s, f"{s}_low", f"{s}_high")],
        "alpha",
        "alpha_low",
        "alpha_high",
    ]
    table = pd.DataFrame(rows).reindex(columns=columns)
    table["n"] = table["n"].astype("int64")
    table.attrs.update(
        {
            "task": t.name,
            "scale": t.scale,
            "coders": names,
            "alpha": alpha,
            "alpha_low": alpha_lo,
            "alpha_high": alpha_hi,
            "alpha_level": t.level,
            "n_units": len(ids),
            "n_boot": n_boot,
            "seed": seed,
            "level": level,
            "blank": {
                name: [u for u, c in zip(ids, codes[name], strict=True) if c is None] for name in names
            },
            "estimator": "weighted ratio (Hajek) estimates with inverse-inclusion-probability weights; "
            "stratified percentile bootstrap",
        }
    )
    if t.scale == "binary":
        yes = kit_idx == index["yes"]
        table.attrs["kit_prevalence"] = float(weights[yes].sum() / weights.sum()) if len(ids) else NAN
    return table


def _statistics(
    task: Task,
    kit: np.ndarray,
    coder: list[Code],
    weights: np.ndarray,
    counts: np.ndarray,
    index: dict[Code, int],
) -> tuple[dict[str, float], dict[str, np.ndarray]]:
    """Point estimates and bootstrap replicates of the task's statistics for one coder."""
    stats = STATISTICS[task.scale]
    if kit.size == 0:
        return dict.fromkeys(stats, NAN), {s: np.full(counts.shape[0], np.nan) for s in stats}
    boot_w = counts * weights
    if task.scale == "rating":
        y = np.array([float(c) for c in coder])
        x = np.array([float(task.codes[i]) for i in kit])
        point = {
            "accuracy": float(np.sum(weights * (x == y)) / weights.sum()),
            "spearman": weighted_spearman(x, y, weights),
        }
        boot = {
            "accuracy": _div(boot_w @ (x == y).astype(float), boot_w.sum(axis=1)),
            "spearman": np.array([weighted_spearman(x, y, bw) for bw in boot_w]),
        }
        return point, boot
    coder_idx = np.array([index[c] for c in coder], dtype=int)
    k = len(task.codes)
    if task.scale == "binary":
        conf, bconf = confusion(kit, coder_idx, k, weights), confusion(kit, coder_idx, k, boot_w)
        pos = index[task.positive]
        p, b = binary_stats(conf, pos), binary_stats(bconf, pos)
    else:
        conf, bconf = confusion(kit, coder_idx, k, weights), confusion(kit, coder_idx, k, boot_w)
        p, b = nominal_stats(conf, index[task.reject]), nominal_stats(bconf, index[task.reject])
    return {s: float(p[s]) for s in stats}, {s: b[s] for s in stats}


def summary_table(table: pd.DataFrame, decimals: int = 3) -> pd.DataFrame:
    """An :func:`agreement` table for reading: each statistic as ``estimate [low, high]``, one row per coder.

    Args:
        table: The table from :func:`agreement`.
        decimals: Decimals shown.

    Returns:
        A DataFrame of strings indexed by ``coder``: ``n``, the task's statistics
        and ``alpha`` (on the ``alpha`` row; "" where a statistic does not apply).
    """

    def cell(r: pd.Series[Any], s: str) -> str:
        value = r[s]
        if value is None or np.isnan(value):
            return ""
        low, high = r[f"{s}_low"], r[f"{s}_high"]
        ci = "" if np.isnan(low) else f" [{low:.{decimals}f}, {high:.{decimals}f}]"
        return f"{value:.{decimals}f}{ci}"

    stats = [*STATISTICS[table.attrs.get("scale", "binary")], "alpha"]
    rows = {
        r["coder"]: {"n": str(int(r["n"])), **{s: cell(r, s) for s in stats}} for _, r in table.iterrows()
    }
    out = pd.DataFrame.from_dict(rows, orient="index")
    out.index.name = "coder"
    return out
