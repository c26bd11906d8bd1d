"""Sensational-style validation: clickbait headlines, Horne 2017 bodies, Wikinews calibration.

* Clickbait (Chakraborty et al. 2016): ROC AUC of ``headline_score`` for the
  15,999 clickbait vs 16,001 news headlines, as written and lower-cased (the
  labels come from the source site and 99.7 % of clickbait lines are in Title
  Case, so a case-sensitive cue could separate them for free). No weight is
  fitted. The cues were developed looking only at the **dev** split (even
  line numbers of each file, 0-based); the **test** split (odd line numbers)
  was not inspected while designing and is reported separately.
* Horne & Adali 2017: ROC AUC of ``index`` (and its parts) for fake + satire
  vs real article bodies, overall and per sub-corpus.
* Wikinews (195 articles): distribution of ``index``; the reference the index
  is standardised on. :func:`topic_check` shows the index is not a topic
  detector (its correlation with the hard-news topic-word rate, and Wikinews
  articles with many war/crime/disaster words against the rest).

Run ``python -m mediakit.evaluate.sensational`` (needs ``MEDIAKIT_DATA``);
``--outlets`` adds the AllSides outlet check (:func:`evaluate_outlets`, slow);
``--rebuild-reference`` rewrites ``mediakit/data/sensational_reference.json``.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.resources
import json
import math
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from mediakit.compute import analyze
from mediakit.evaluate._stats import bootstrap_ci, roc_auc, spearman
from mediakit.metrics import sensational as sens

REFERENCE_PATH = Path(str(importlib.resources.files("mediakit").joinpath("data/sensational_reference.json")))


def clickbait_headlines() -> pd.DataFrame:
    """The clickbait corpus: columns headline, clickbait (0/1), split ("dev"/"test")."""
    from mediakit import datasets

    rows = []
    for name, label in (("clickbait", 1), ("non_clickbait", 0)):
        with gzip.open(datasets.path(name), "rt", encoding="utf-8") as fh:
            lines = [line.strip() for line in fh if line.strip()]
        rows += [(t, label, "dev" if i % 2 == 0 else "test") for i, t in enumerate(lines)]
    return pd.DataFrame(rows, columns=["headline", "clickbait", "split"])


def _auc_row(name: str, case: str, y: np.ndarray, s: np.ndarray) -> dict[str, Any]:
    return {
        "split": name,
        "case": case,
        "n": int(y.size),
        "clickbait": int(y.sum()),
        "auc": round(roc_auc(y, s), 4),
    }


def evaluate_clickbait() -> pd.DataFrame:
    """ROC AUC of ``headline_score`` per split (dev, test, all) and case (as written, lower-cased)."""
    df = clickbait_headlines()
    out = []
    for case in ("as written", "lower-cased"):
        heads = df["headline"] if case == "as written" else df["headline"].str.lower()
        scores = np.array([sens.headline_score(t) for t in heads])
        y = df["clickbait"].to_numpy()
        for split in ("dev", "test"):
            m = (df["split"] == split).to_numpy()
            out.append(_auc_row(split, case, y[m], scores[m]))
        out.append(_auc_row("all", case, y, scores))
    return pd.DataFrame(out)


def clickbait_cues(split: str = "test") -> pd.DataFrame:
    """Share of headlines with each cue, per class, and the cue's single-cue AUC."""
    df = clickbait_headlines()
    df = df[df["split"] == split] if split != "all" else df
    y = df["clickbait"].to_numpy()
    counts = [sens.headline_hits(t).counts for t in df["headline"]]
    rows = []
    weights = sens.model().weights
    cues = [*sens.DEVICES, *sens.HEADLINE_DEVICES, *sens.CATEGORIES]
    for cue in cues:
        w = weights.get(f"c:{cue}", 0.0)
        present = np.array([c.get(cue, 0) > 0 for c in counts])
        rows.append(
            {
                "cue": cue,
                "weight": round(w, 3),
                "clickbait_share": round(float(present[y == 1].mean()), 3),
                "news_share": round(float(present[y == 0].mean()), 3),
                "auc": round(roc_auc(y, present), 3),
            }
        )
    lex = sens.lexicon()
    topic = np.array([any(sens._norm(w) in lex.topic for w in t.split()) for t in df["headline"]])
    rows.append(
        {
            "cue": "topic word (not scored)",
            "weight": 0.0,
            "clickbait_share": round(float(topic[y == 1].mean()), 3),
            "news_share": round(float(topic[y == 0].mean()), 3),
            "auc": round(roc_auc(y, topic), 3),
        }
    )
    return pd.DataFrame(rows)


def _auc_ci(y: np.ndarray, p: np.ndarray, n: int = 200, seed: int = 13) -> tuple[float, float]:
    """Percentile bootstrap 95 % interval of the ROC AUC (posts resampled, seeded)."""
    rng = np.random.default_rng(seed)
    aucs = []
    for _ in range(n):
        i = rng.integers(0, y.size, y.size)
        aucs.append(roc_auc(y[i], p[i]))
    lo, hi = np.quantile(aucs, [0.025, 0.975])
    return float(lo), float(hi)


@lru_cache(maxsize=1)
def _headline_cv() -> dict[str, np.ndarray]:
    from mediakit.train.sensational_headline import cross_validate

    return cross_validate()


def evaluate_headline_cv() -> pd.DataFrame:
    """5-fold cross-validation of the headline model on webis17_train, fitted and calibrated as shipped.

    Each outer training part goes through the whole fitting procedure (vocabulary,
    soft-target fit, Platt scaling on inner folds), so the out-of-fold probabilities
    are honest. Rows: ROC AUC against the majority label, Spearman with the mean
    crowd judgement, Brier score (and that of always predicting the base rate).
    """
    r = _headline_cv()
    p, y, t = r["p"], r["y"], r["t"]
    lo, hi = _auc_ci(y, p)
    rows = [
        ("posts (clickbait by majority)", f"{y.size} ({int(y.sum())})"),
        ("ROC AUC, clickbait (majority of 5 judges)", f"{roc_auc(y, p):.4f} [{lo:.4f}, {hi:.4f}]"),
        ("Spearman with the mean judgement", f"{spearman(p, t):.4f}"),
        ("Brier score", f"{float(np.mean((p - y) ** 2)):.4f}"),
        ("Brier score of the base rate", f"{float(np.mean((y.mean() - y) ** 2)):.4f}"),
        ("mean predicted / observed share", f"{float(p.mean()):.3f} / {float(y.mean()):.3f}"),
    ]
    return pd.DataFrame(rows, columns=["check", "value"])


def headline_reliability(bins: int = 10) -> pd.DataFrame:
    """Reliability table of the cross-validated probabilities: per bin, mean predicted vs observed share."""
    r = _headline_cv()
    p, y, t = r["p"], r["y"], r["t"]
    edges = np.linspace(0.0, 1.0, bins + 1)
    which = np.clip(np.searchsorted(edges, p, side="right") - 1, 0, bins - 1)
    rows = []
    for b in range(bins):
        m = which == b
        if m.any():
            rows.append(
                {
                    "bin": f"{edges[b]:.1f}-{edges[b + 1]:.1f}",
                    "posts": int(m.sum()),
                    "mean_predicted": round(float(p[m].mean()), 3),
                    "observed_clickbait": round(float(y[m].mean()), 3),
                    "mean_judgement": round(float(t[m].mean()), 3),
                }
            )
    return pd.DataFrame(rows)


def headline_weights(top: int = 15) -> pd.DataFrame:
    """The largest positive and negative weights of the shipped headline model (numbers, feature names)."""
    w = sens.model().weights
    order = sorted(w.items(), key=lambda kv: kv[1])
    rows = [(k, v, "not clickbait") for k, v in order[:top]] + [
        (k, v, "clickbait") for k, v in reversed(order[-top:])
    ]
    return pd.DataFrame(rows, columns=["feature", "weight", "points to"])


@lru_cache(maxsize=1)
def _loaded_cv() -> dict[str, Any]:
    from mediakit.train.sensational_loaded import cross_validate

    return cross_validate()


def evaluate_loaded_cv() -> pd.DataFrame:
    """Loaded language against PTC expert spans, nested 5-fold cross-validation by article (ptc_train).

    In each fold the whole procedure (word model; penalty, span power and threshold chosen by inner CV) runs on
    the other four fifths of the articles and is scored on the held-out fifth; the
    rows are pooled. Precision: share of ``loaded_language`` rows overlapping an expert
    Loaded_Language, Exaggeration,Minimisation or Appeal_to_fear-prejudice span; recall:
    share of those spans overlapped by a row. Spearman (articles): ``loaded_rate`` (all
    rows, weighted), its writer's-voice part, and the unweighted row count, against the
    expert spans per 1,000 words. Slow (a few minutes).
    """
    r = _loaded_cv()
    rows = [
        ("articles", "371"),
        ("expert spans (3 techniques)", str(r["expert_spans"])),
        ("loaded_language rows", str(r["rows"])),
        ("precision", f"{r['precision']:.3f}"),
        ("recall", f"{r['recall']:.3f}"),
        ("F1", f"{r['f1']:.3f}"),
        ("Spearman: loaded_rate", f"{r['spearman_weighted']:.3f}"),
        ("Spearman: rows per 1,000 words (unweighted)", f"{r['spearman_all_rows']:.3f}"),
        ("Spearman: writer's voice only (rows outside quotes)", f"{r['spearman_loaded_rate']:.3f}"),
        ("thresholds chosen in the 5 folds", ", ".join(f"{t:g}" for t in r["thresholds"])),
        ("span powers chosen in the 5 folds", ", ".join(f"{p:g}" for p in r["span_powers"])),
        ("penalties C chosen in the 5 folds", ", ".join(f"{c:g}" for c in r["Cs"])),
    ]
    return pd.DataFrame(rows, columns=["check", "value"])


def loaded_threshold_cv(all_pairs: bool = False) -> pd.DataFrame:
    """The cross-validation that chose the shipped table's penalty, span power and threshold (stored in the table).

    By default: every threshold at the chosen penalty ``C`` and span power, then the best
    threshold of each other (``C``, power) pair; ``all_pairs`` gives every (``C``, power,
    threshold) triple.
    """
    from mediakit.metrics.sensational.loaded import _raw_table

    raw = _raw_table()
    df = pd.DataFrame(raw["threshold_cv"])
    setting = (df["C"] == raw["C"]) & (df["span_power"] == raw["span_power"])
    df["chosen"] = setting & (df["threshold"] == raw["threshold"])
    if not all_pairs:
        others = df[~setting].sort_values("f1", ascending=False).groupby(["C", "span_power"], sort=True).head(1)
        df = pd.concat([df[setting], others.sort_values(["C", "span_power"])])
    return df.drop(columns=["spearman_loaded_rate", "spearman_all_rows"]).rename(
        columns={"spearman_weighted": "spearman_loaded_rate"}
    ).reset_index(drop=True)


def _horne() -> pd.DataFrame:
    from mediakit.corpus import load_dataset

    return load_dataset("horne2017")


def evaluate_horne() -> pd.DataFrame:
    """ROC AUC for fake + satire vs real, overall and per sub-corpus, for the index and its parts."""
    df = _horne()
    res = analyze(df, "sensational", progress=False)
    y = (df["label"] != "real").to_numpy()
    cols = ["index", "body_score", "headline_score", "loaded_rate", "emotive_rate", "topic_rate"]
    out = []
    groups = [("all", np.ones(len(df), dtype=bool))]
    groups += [(str(d), (df["dataset"] == d).to_numpy()) for d in sorted(df["dataset"].unique())]
    for name, m in groups:
        row: dict[str, Any] = {"subset": name, "n": int(m.sum()), "fake_or_satire": int(y[m].sum())}
        for c in cols:
            row[f"auc_{c}"] = round(roc_auc(y[m], res[f"sensational.{c}"].fillna(0).to_numpy()[m]), 4)
        idx = res["sensational.index"].to_numpy()
        for label in ("real", "fake", "satire"):
            lm = m & (df["label"] == label).to_numpy()
            row[f"median_index_{label}"] = (
                round(float(np.nanmedian(idx[lm])), 3) if lm.any() else float("nan")
            )
        out.append(row)
    return pd.DataFrame(out)


def _wikinews_results() -> tuple[pd.DataFrame, pd.DataFrame]:
    from mediakit.corpus import load_dataset

    df = load_dataset("wikinews")
    return df, analyze(df, "sensational", progress=False)


def evaluate_wikinews() -> pd.DataFrame:
    """Distribution of the index and its parts on the Wikinews reference corpus."""
    _, res = _wikinews_results()
    rows = []
    for c in (
        "index",
        "index_percentile",
        "headline_score",
        "body_score",
        "loaded_rate",
        "loaded_quoted_rate",
        "emotive_rate",
        "topic_rate",
    ):
        v = res[f"sensational.{c}"].dropna().to_numpy(dtype=float)
        lo, hi = bootstrap_ci(v)
        rows.append(
            {
                "metric": c,
                "n": int(v.size),
                "mean": round(float(v.mean()), 3),
                "mean_ci95": f"[{lo:.3f}, {hi:.3f}]",
                "p10": round(float(np.percentile(v, 10)), 3),
                "median": round(float(np.median(v)), 3),
                "p90": round(float(np.percentile(v, 90)), 3),
                "max": round(float(v.max()), 3),
            }
        )
    return pd.DataFrame(rows)


def topic_check() -> pd.DataFrame:
    """Is the index a topic detector? Correlations with the topic-word rate, and high- vs low-topic Wikinews.

    Rows: Spearman(index, topic_rate) and Spearman(emotive_rate, topic_rate) on
    Wikinews and Horne; mean index of the Wikinews quarter with the most
    war/crime/disaster words against the other three quarters.
    """
    _, wres = _wikinews_results()
    hres = analyze(_horne(), "sensational", progress=False)
    rows = []
    for name, res in (("wikinews", wres), ("horne2017", hres)):
        for c in ("index", "headline_score", "body_score", "loaded_rate", "emotive_rate"):
            rows.append(
                {
                    "check": f"{name}: spearman({c}, topic_rate)",
                    "value": round(spearman(res[f"sensational.{c}"], res["sensational.topic_rate"]), 3),
                }
            )
    t = wres["sensational.topic_rate"]
    top = t >= t.quantile(0.75)
    for c in ("topic_rate", "index", "loaded_rate", "emotive_rate"):
        col = wres[f"sensational.{c}"]
        rows.append(
            {
                "check": f"wikinews {c}: mean in top-topic quarter / rest",
                "value": f"{col[top].mean():.3f} / {col[~top].mean():.3f}",
            }
        )
    return pd.DataFrame(rows)


def seed_placement() -> pd.DataFrame:
    """The seed article's index, percentile and parts against the Wikinews median."""
    import mediakit

    root = Path(__file__).resolve().parents[2]
    seed = mediakit.analyze(mediakit.load(root / "seeds"), "sensational", progress=False).iloc[0]
    _, wres = _wikinews_results()
    return pd.DataFrame(
        [
            {
                "metric": c,
                "seed": round(float(seed[f"sensational.{c}"]), 3),
                "wikinews_median": round(float(wres[f"sensational.{c}"].median()), 3),
            }
            for c in (
                "index",
                "index_percentile",
                "headline_score",
                "body_score",
                "loaded_rate",
                "emotive_rate",
                "dramatic_framing",
            )
        ]
    )


def evaluate_outlets(sample: int = 4000, min_articles: int = 40) -> pd.DataFrame:
    """Mean index per outlet on a seeded AllSides sample (a sanity check: opinion vs wire outlets)."""
    from mediakit.corpus import load_dataset, outlet_summary

    df = load_dataset("allsides_bench", sample=sample)
    res = analyze(df, "sensational", progress=False)
    res["outlet"] = df["outlet"].to_numpy()
    return outlet_summary(res, "sensational.index", min_articles=min_articles, n_boot=200).round(3)


def reference_stats() -> dict[str, Any]:
    """Compute the reference statistics from Wikinews (numbers only, no text).

    First the mean and SD of each index part (headline log-odds, log1p body score,
    log1p writer's loaded rate) over the articles that have it, then the raw index of
    every article with those, and its mean, SD, median and sorted values.
    """
    from mediakit.compute import to_doc
    from mediakit.corpus import load_dataset
    from mediakit.metrics.sensational.family import PARTS, parts_of, raw_from_parts
    from mediakit.metrics.sensational.headline import model
    from mediakit.metrics.sensational.loaded import table

    df = load_dataset("wikinews")
    docs = [to_doc({"title": t, "body": b}) for t, b in zip(df["title"], df["body"], strict=True)]
    parts = np.array([parts_of(d) for d in docs], dtype=float)
    stats = {}
    for j, name in enumerate(PARTS):
        v = parts[:, j][~np.isnan(parts[:, j])]
        stats[name] = {
            "n": int(v.size),
            "mean": round(float(v.mean()), 6),
            "median": round(float(np.median(v)), 6),
            "sd": round(float(v.std(ddof=1)), 6),
        }
    ref0 = {"parts": stats}
    raws = [round(raw_from_parts((h, b, ell), ref0), 6) for h, b, ell in parts]
    v = np.array(raws)
    return {
        "description": (
            "sensational.index reference on Wikinews: per-part mean and SD (headline = logit(headline_score), "
            "body = log1p(body_score), loaded = log1p(writer's loaded rate)); raw = the headline's excess over "
            "the median plus the standardised body parts"
        ),
        "corpus": "wikinews",
        "family_version": sens.VERSION,
        "lexicon_version": sens.lexicon().version,
        "headline_model_version": model().version,
        "loaded_table_version": table().version,
        "n": int(v.size),
        "parts": stats,
        "raw_mean": round(float(v.mean()), 6),
        "raw_sd": round(float(v.std(ddof=1)), 6),
        "raw_median": round(float(np.median(v)), 6),
        "raw_sorted": sorted(raws),
    }


def rebuild_reference(path: Path | None = None) -> Path:
    """Rewrite the shipped reference file from Wikinews; return its path."""
    target = path or REFERENCE_PATH
    target.write_text(json.dumps(reference_stats(), indent=1) + "\n", encoding="utf-8")
    sens.reference.cache_clear()
    return target


def main(argv: list[str] | None = None) -> None:
    """Print every validation (``python -m mediakit.evaluate.sensational``)."""
    parser = argparse.ArgumentParser(prog="python -m mediakit.evaluate.sensational")
    parser.add_argument(
        "--rebuild-reference", action="store_true", help="rewrite the Wikinews reference file"
    )
    parser.add_argument(
        "--fit",
        action="store_true",
        help="fit the headline model (webis17_train) and the loaded-language table (ptc_train); rewrite their JSON",
    )
    parser.add_argument(
        "--select", action="store_true", help="print the cross-validation behind the headline model's settings"
    )
    parser.add_argument("--outlets", action="store_true", help="also print the AllSides outlet check (slow)")
    args = parser.parse_args(argv)
    if args.fit:
        from mediakit.train.sensational_headline import write_headline_model
        from mediakit.train.sensational_loaded import write_loaded_table

        print(f"wrote {write_headline_model()}")
        print(f"wrote {write_loaded_table()}")
        return
    if args.select:
        from mediakit.train.sensational_headline import select

        grid = select()
        best = max(grid, key=lambda r: r["cv_auc"])
        extra = select({k: [best[k]] for k in ("C", "min_count")} | {"chakraborty_weight": [0.0, 0.02, 0.05]})
        with pd.option_context("display.width", 200):
            print("5-fold CV ROC AUC on webis17_train (uncalibrated scores)")
            print(pd.DataFrame(grid).to_string(index=False))
            print("\nAdding the Chakraborty dev headlines (weight per headline)")
            print(pd.DataFrame(extra).to_string(index=False))
        return
    if args.rebuild_reference:
        print(f"wrote {rebuild_reference()}")
        return
    sections: list[tuple[str, Callable[[], pd.DataFrame]]] = [
        ("Headline model: 5-fold cross-validation on webis17_train (fitted and calibrated per fold)", evaluate_headline_cv),
        ("Headline model: reliability of the cross-validated probabilities", headline_reliability),
        (
            "Clickbait headlines (Chakraborty et al. 2016): ROC AUC of headline_score (model fitted on Webis-17 only)",
            evaluate_clickbait,
        ),
        ("Cues on the test split (weight: the model's weight of the cue)", lambda: clickbait_cues("test")),
        (
            "Loaded language: penalty C, span power and threshold of the shipped table (5-fold CV by article on "
            "ptc_train; every threshold at the chosen C and power, then the best of each other C and power)",
            loaded_threshold_cv,
        ),
        ("Loaded language: nested 5-fold CV by article on ptc_train (honest estimate)", evaluate_loaded_cv),
        ("Horne & Adali 2017 bodies: ROC AUC, fake + satire vs real", evaluate_horne),
        ("Wikinews reference distribution", evaluate_wikinews),
        ("Not a topic detector", topic_check),
        ("Seed article against Wikinews", seed_placement),
    ]
    if args.outlets:
        sections.append(
            (
                "AllSides sample (4,000 articles, seed 42): mean index per outlet, 95% bootstrap CI",
                evaluate_outlets,
            )
        )
    with pd.option_context("display.width", 200, "display.max_columns", 20):
        for i, (title, table) in enumerate(sections):
            print(f"\n{title}" if i else title)  # each table as soon as it is computed
            print(table().to_string(index=False))
    if not math.isfinite(sens.reference()["raw_sd"]):  # pragma: no cover
        raise SystemExit("reference file broken: rebuild with --rebuild-reference")


if __name__ == "__main__":
    main()
