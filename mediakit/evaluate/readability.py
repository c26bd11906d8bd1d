"""Readability validation on OneStopEnglish (level ordering) and CLEAR (human easiness).

* OneStopEnglish (Vajjala & Lucic 2018): 189 Guardian articles, each rewritten
  at elementary, intermediate and advanced level. A formula passes a triplet
  when its difficulty strictly increases ELE < INT < ADV; pairwise accuracy
  counts the three pairs of each triplet.
* CLEAR (Crossley et al. 2023): 4,724 excerpts with Bradley-Terry easiness
  (``BT_easiness``, higher = easier). Reported: Spearman correlation of each
  formula with easiness (negative for "higher = harder" formulas).

Run ``python -m mediakit.evaluate.readability``; needs ``MEDIAKIT_DATA``.
"""

from __future__ import annotations

import json

import pandas as pd

from mediakit.compute import analyze
from mediakit.evaluate._stats import spearman
from mediakit.metrics.readability import FAMILY
from mediakit.metrics.readability import FORMULAS as readability_formulas

#: Every formula but McAlpine EFLAW (for EFL readers, not a level scale) and reading time.
FORMULAS = [f for f in readability_formulas if f not in ("mcalpine_eflaw", "reading_time")]
LEVELS = ("elementary", "intermediate", "advanced")


def _direction(formula: str) -> int:
    col = next(c for c in FAMILY.columns if c.name == formula)
    return -1 if col.direction == "higher_easier" else 1


def _scores(bodies: list[str], counting: str) -> pd.DataFrame:
    rows = [{"id": str(i), "title": "", "body": b} for i, b in enumerate(bodies)]
    out = analyze(rows, "readability", options={"readability": {"counting": counting}}, progress=False)
    return out[[f"readability.{f}" for f in FORMULAS]].rename(columns=lambda c: c.split(".", 1)[1])


def evaluate_onestopenglish(countings: tuple[str, ...] = ("news", "textstat")) -> pd.DataFrame:
    """Level ordering on OneStopEnglish, one row per (counting, formula).

    Columns: counting, formula, triplets_ordered (of 189), pairwise_accuracy,
    mean_elementary, mean_intermediate, mean_advanced.
    """
    from mediakit import datasets

    with open(datasets.path("onestopenglish"), encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    df = pd.DataFrame(records)
    out = []
    for counting in countings:
        scores = _scores(df["body"].tolist(), counting)
        full = pd.concat([df[["topic_id", "level"]].reset_index(drop=True), scores], axis=1)
        for formula in FORMULAS:
            wide = full.pivot_table(index="topic_id", columns="level", values=formula, aggfunc="first")
            wide = wide[list(LEVELS)].dropna() * _direction(formula)
            e, i, a = wide["elementary"], wide["intermediate"], wide["advanced"]
            ordered = int(((e < i) & (i < a)).sum())
            pairs = float(((e < i).sum() + (i < a).sum() + (e < a).sum()) / (3 * len(wide)))
            means = full.groupby("level")[formula].mean()
            out.append(
                {
                    "counting": counting,
                    "formula": formula,
                    "triplets": len(wide),
                    "triplets_ordered": ordered,
                    "pairwise_accuracy": round(pairs, 4),
                    "mean_elementary": round(float(means["elementary"]), 3),
                    "mean_intermediate": round(float(means["intermediate"]), 3),
                    "mean_advanced": round(float(means["advanced"]), 3),
                }
            )
    return pd.DataFrame(out)


def evaluate_clear(countings: tuple[str, ...] = ("news", "textstat")) -> pd.DataFrame:
    """Spearman correlation with CLEAR ``BT_easiness``, one row per (counting, formula)."""
    from mediakit import datasets

    df = pd.read_csv(datasets.path("clear"), usecols=["Excerpt", "BT_easiness"])
    out = []
    for counting in countings:
        scores = _scores(df["Excerpt"].tolist(), counting)
        for formula in FORMULAS:
            out.append(
                {
                    "counting": counting,
                    "formula": formula,
                    "excerpts": len(df),
                    "spearman_with_easiness": round(spearman(scores[formula], df["BT_easiness"]), 4),
                }
            )
    return pd.DataFrame(out)


def main() -> None:
    """Print both validations (``python -m mediakit.evaluate.readability``)."""
    with pd.option_context("display.width", 160, "display.max_columns", 20):
        print("OneStopEnglish: level ordering (189 triplets)")
        print(evaluate_onestopenglish().to_string(index=False))
        print()
        print("CLEAR: Spearman with BT_easiness (4,724 excerpts)")
        print(evaluate_clear().to_string(index=False))


if __name__ == "__main__":
    main()
