"""Coding figures: agreement of coders with the kit, with bootstrap intervals (mediakit.coding)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from mediakit.figures import PALETTE, FigureData, register_figure

#: Statistics drawn, top to bottom, when the table has them.
ORDER = ("precision", "recall", "f1", "accuracy", "kappa", "spearman", "prevalence")
LABELS = {
    "precision": "precision",
    "recall": "recall",
    "f1": "F1",
    "accuracy": "accuracy",
    "kappa": "Cohen's κ",
    "spearman": "Spearman ρ",
    "prevalence": "prevalence",
    "alpha": "Krippendorff's α\n(among coders)",
}


def agreement_plot(table: Any, title: str | None = None, reference: Mapping[str, float] | None = None) -> Any:
    """Dot-and-whisker chart of an agreement table: one row per statistic, one marker per coder.

    Args:
        table: A table from :func:`mediakit.coding.agreement`.
        title: Figure title (default: the task and number of units).
        reference: Optional known values per statistic (e.g. the kit's scores on a
            whole annotated corpus), drawn as a dashed grey line.

    Returns:
        A matplotlib Figure.
    """
    import matplotlib.pyplot as plt

    stats = [s for s in ORDER if s in table.columns]
    coders = [c for c in table["coder"] if c != "alpha"]
    rows = [*stats, "alpha"]
    fig, ax = plt.subplots(figsize=(7.5, 0.55 * len(rows) + 1.4))
    step = 0.7 / max(1, len(coders))
    lows: list[float] = [0.0]
    for k, coder in enumerate(coders):
        rec = table[table["coder"] == coder].iloc[0]
        colour = PALETTE[7] if coder == "majority" else PALETTE[k % 7]
        ys, xs, lo, hi = [], [], [], []
        for i, s in enumerate(stats):
            if np.isnan(rec[s]):
                continue
            ys.append(i - 0.35 + step * (k + 0.5))
            xs.append(rec[s])
            lo.append(rec[s] - rec[f"{s}_low"] if not np.isnan(rec[f"{s}_low"]) else 0.0)
            hi.append(rec[f"{s}_high"] - rec[s] if not np.isnan(rec[f"{s}_high"]) else 0.0)
            lows.append(float(rec[f"{s}_low"]) if not np.isnan(rec[f"{s}_low"]) else float(rec[s]))
        ax.errorbar(
            xs,
            ys,
            xerr=[lo, hi],
            fmt="o",
            color=colour,
            ms=5,
            capsize=2,
            lw=1.2,
            label=f"{coder} (n={rec['n']})",
        )
    alpha = table[table["coder"] == "alpha"]
    if len(alpha) and not np.isnan(alpha["alpha"].iloc[0]):
        a = alpha.iloc[0]
        err = (
            [[a["alpha"] - a["alpha_low"]], [a["alpha_high"] - a["alpha"]]]
            if not np.isnan(a["alpha_low"])
            else None
        )
        ax.errorbar(
            [a["alpha"]],
            [len(stats)],
            xerr=err,
            fmt="s",
            color=PALETTE[2],
            ms=6,
            capsize=2,
            lw=1.2,
            label=f"coders' α (n={a['n']})",
        )
        lows.append(float(a["alpha_low"]) if not np.isnan(a["alpha_low"]) else float(a["alpha"]))
    if reference:
        pts = [(v, stats.index(s)) for s, v in reference.items() if s in stats]
        if pts:
            ax.vlines(
                [p[0] for p in pts],
                [p[1] - 0.42 for p in pts],
                [p[1] + 0.42 for p in pts],
                colors="#777777",
                linestyles="--",
                lw=1.2,
                zorder=3,
                label="whole corpus",
            )
    ax.set_yticks(range(len(rows)), [LABELS.get(r, r) for r in rows])
    ax.invert_yaxis()
    ax.set_xlim(min(0.0, np.floor(min(lows) * 10) / 10), 1.0)
    ax.axvline(0, color="#cccccc", lw=0.8)
    ax.grid(axis="x", color="#eeeeee")
    ax.set_xlabel("estimate for the corpus, with 95% bootstrap interval")
    level = table.attrs.get("level")
    if level and level != 0.95:
        ax.set_xlabel(f"estimate for the corpus, with {level:.0%} bootstrap interval")
    task = table.attrs.get("task", "")
    ax.set_title(
        title or f"Agreement with the kit: {task} ({table.attrs.get('n_units', '')} units)", loc="left"
    )
    ax.legend(frameon=False, fontsize=7, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    fig.tight_layout()
    return fig


@register_figure(
    "coding_agreement",
    "A simulated validation round on PolNeAR dev (200 sentences, attribution task; gold as coder A, gold with 5% noise as coder B): the kit's precision, recall, F1, accuracy, kappa and prevalence per coder, and alpha.",
    ("polnear",),
)
def coding_agreement(data: FigureData) -> Any:
    """The PolNeAR dev round of :func:`mediakit.coding.polnear.polnear_round`, with the whole-split scores."""
    from mediakit.coding.polnear import corpus_scores, polnear_round

    r = polnear_round("dev")
    truth = corpus_scores("dev")
    return agreement_plot(
        r.table,
        f"Validation round on PolNeAR dev: attribution, {len(r.key)} sentences",
        {k: truth[k] for k in ("precision", "recall", "prevalence")},
    )
