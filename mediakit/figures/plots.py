"""The registered figures. Labels and units come from the metric registry."""

from __future__ import annotations

import textwrap
from typing import Any

import numpy as np

from mediakit.corpus import correlations, key_columns, outlet_summary, place
from mediakit.figures import PALETTE, FigureData, register_figure
from mediakit.metrics.registry import registry_table


def label(column: str, short: bool = False) -> str:
    """Axis label for a metric column: its description and unit from the registry."""
    row = next((r for r in registry_table() if r["column"] == column), None)
    if row is None:
        return column
    text = textwrap.fill(row["description"], width=34)
    return text if short else f"{text}\n({row['unit']})"


@register_figure(
    "wikinews_profile",
    "Distributions of the key metrics on the Wikinews reference corpus, with the seed article marked.",
    ("wikinews",),
)
def wikinews_profile(data: FigureData) -> Any:
    """Histograms of key metrics on Wikinews; the seed's value as a vertical line."""
    import matplotlib.pyplot as plt

    cols = key_columns(data.wikinews.columns)
    ncols = 3
    nrows = int(np.ceil(len(cols) / ncols))
    fig, axes = plt.subplots(nrows, ncols, figsize=(9, 2.6 * nrows), squeeze=False)
    seed = data.seed.iloc[0]
    for ax, col in zip(axes.flat, cols, strict=False):
        values = data.wikinews[col].dropna().to_numpy(dtype=float)
        ax.hist(values, bins=20, color=PALETTE[0], alpha=0.8, label=f"Wikinews (n={values.size})")
        ax.axvline(float(seed[col]), color=PALETTE[3], linewidth=2, label="seed article")
        ax.set_title(col.split(".", 1)[1].replace("_", " "), loc="left")
        ax.set_xlabel(label(col))
        ax.set_ylabel("articles")
    spare = list(axes.flat)[len(cols) :]
    for ax in spare:
        ax.axis("off")
    handles, labels = axes.flat[0].get_legend_handles_labels()
    (spare[0] if spare else axes.flat[0]).legend(handles, labels, frameon=False, fontsize=9, loc="center")
    fig.suptitle("Seed article against the Wikinews reference corpus", x=0.01, ha="left", fontweight="bold")
    fig.tight_layout()
    return fig


@register_figure(
    "seed_percentiles",
    "Where the seed article falls in the Wikinews distribution of each key metric (percentile).",
    ("wikinews",),
)
def seed_percentiles(data: FigureData) -> Any:
    """Dot plot of the seed article's percentile in Wikinews per key metric."""
    import matplotlib.pyplot as plt

    placed = place(data.seed.iloc[0], data.wikinews)
    fig, ax = plt.subplots(figsize=(7, 0.45 * len(placed) + 1.2))
    y = np.arange(len(placed))[::-1]
    ax.axvline(50, color="#999999", linewidth=1, linestyle="--", label="Wikinews median")
    ax.scatter(placed["percentile"], y, color=PALETTE[3], zorder=3, label="seed article")
    for yi, (_, r) in zip(y, placed.iterrows(), strict=True):
        ax.annotate(
            f"{r['value']:.2f}", (r["percentile"], yi), textcoords="offset points", xytext=(6, -3), fontsize=8
        )
    ax.set_yticks(y, [m.replace(".", ": ").replace("_", " ") for m in placed["metric"]])
    ax.set_xlim(0, 105)
    ax.set_xlabel("percentile in Wikinews (0-100)")
    ax.set_title("Seed article: percentile against Wikinews (n=195)", loc="left")
    ax.legend(frameon=False, loc="lower left", fontsize=8)
    fig.tight_layout()
    return fig


@register_figure(
    "outlets",
    "AllSides outlets with at least 40 sampled articles: mean and 95% bootstrap interval of key metrics.",
    ("allsides_bench",),
)
def outlets(data: FigureData) -> Any:
    """Outlet means with bootstrap intervals, one panel per key metric."""
    import matplotlib.pyplot as plt

    cols = [c for c in key_columns(data.allsides.columns) if not c.startswith("structure.")][:4]
    fig, axes = plt.subplots(1, len(cols), figsize=(3.2 * len(cols), 5), sharey=True, squeeze=False)
    base = outlet_summary(data.allsides, cols[0], min_articles=40)
    order = base["outlet"].tolist()[::-1]
    for ax, col in zip(axes.flat, cols, strict=True):
        summ = outlet_summary(data.allsides, col, min_articles=40).set_index("outlet").loc[order[::-1]]
        y = np.arange(len(summ))[::-1]
        ax.errorbar(
            summ["mean"],
            y,
            xerr=[summ["mean"] - summ["ci_low"], summ["ci_high"] - summ["mean"]],
            fmt="o",
            color=PALETTE[0],
            ecolor="#555555",
            capsize=2,
            markersize=4,
        )
        ax.set_yticks(y, [f"{o} ({n})" for o, n in zip(summ.index, summ["n"], strict=True)])
        ax.set_xlabel(label(col))
        ax.set_title(col.split(".", 1)[1].replace("_", " "), loc="left")
    fig.suptitle(
        f"Outlets in a seeded sample of {len(data.allsides):,} AllSides articles (mean, 95% bootstrap CI)",
        x=0.01,
        ha="left",
        fontweight="bold",
    )
    fig.tight_layout()
    return fig


@register_figure(
    "metric_correlations",
    "Spearman correlations between the key metrics on the AllSides sample.",
    ("allsides_bench",),
)
def metric_correlations(data: FigureData) -> Any:
    """Heatmap of Spearman correlations between key metrics."""
    import matplotlib.pyplot as plt

    corr = correlations(data.allsides)
    values = corr.to_numpy(dtype=float)
    names = [c.replace(".", ":\n").replace("_", " ") for c in corr.columns]
    fig, ax = plt.subplots(figsize=(6.5, 5.5))
    im = ax.imshow(values, cmap="PuOr_r", vmin=-1, vmax=1)
    ax.set_xticks(range(len(names)), names, rotation=45, ha="right", fontsize=7)
    ax.set_yticks(range(len(names)), names, fontsize=7)
    for i in range(len(names)):
        for j in range(len(names)):
            ax.text(j, i, f"{values[i, j]:.2f}", ha="center", va="center", fontsize=7)
    fig.colorbar(im, ax=ax, label="Spearman rho")
    ax.set_title(f"How the metrics relate (AllSides sample, n={len(data.allsides):,})", loc="left")
    fig.tight_layout()
    return fig


@register_figure(
    "readability_levels",
    "Mean Flesch-Kincaid grade per OneStopEnglish level, news-aware vs textstat counting.",
    ("onestopenglish",),
)
def readability_levels(data: FigureData) -> Any:
    """Mean grade per level for FKGL, Fog and SMOG under both counting modes."""
    import matplotlib.pyplot as plt

    table = data.onestopenglish
    formulas = ["flesch_kincaid_grade", "gunning_fog", "smog_index"]
    levels = ["mean_elementary", "mean_intermediate", "mean_advanced"]
    fig, axes = plt.subplots(1, len(formulas), figsize=(9, 3), sharey=True)
    x = np.arange(len(levels))
    for ax, formula in zip(axes, formulas, strict=True):
        for k, (counting, marker) in enumerate((("news", "o"), ("textstat", "s"))):
            row = table[(table["formula"] == formula) & (table["counting"] == counting)].iloc[0]
            ax.plot(
                x,
                row[levels].to_numpy(dtype=float),
                marker=marker,
                color=PALETTE[k],
                label=f"{counting} counting",
            )
        ax.set_xticks(x, ["elementary", "intermediate", "advanced"])
        ax.set_title(formula.replace("_", " "), loc="left")
        ax.set_xlabel("OneStopEnglish level")
    axes[0].set_ylabel("mean grade (US school grade)")
    axes[0].legend(frameon=False, fontsize=8)
    fig.suptitle(
        "Readability orders the three levels of each article (189 triplets)",
        x=0.01,
        ha="left",
        fontweight="bold",
    )
    fig.tight_layout()
    return fig
