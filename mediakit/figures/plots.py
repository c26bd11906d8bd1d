"""The registered figures. Labels and units come from the metric registry."""

from __future__ import annotations

import textwrap
from typing import Any

import numpy as np

from mediakit.corpus import compare_groups, correlations, family_keys, key_columns, place
from mediakit.display import info, percentile_short
from mediakit.figures import PALETTE, FigureData, register_figure


def label(column: str, short: bool = False, width: int = 34) -> str:
    """Axis label for a metric column from the registry: its label and unit, the unit said once.

    ``short`` leaves the unit out.
    """
    ci = info(column)
    text = ci.label if short else ci.header
    return textwrap.fill(text, width=width)


@register_figure(
    "wikinews_profile",
    "Distributions of the key metrics on the Wikinews reference corpus, with one article (the seed by default) marked.",
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
        ax.axvline(float(seed[col]), color=PALETTE[3], linewidth=2, label=f"this article: {data.seed_title}")
        ax.set_title(info(col).label, loc="left")
        ax.set_xlabel(label(col))
        ax.set_ylabel("articles")
    spare = list(axes.flat)[len(cols) :]
    for ax in spare:
        ax.axis("off")
    handles, labels = axes.flat[0].get_legend_handles_labels()
    labels = [textwrap.fill(t, 40) for t in labels]
    (spare[0] if spare else axes.flat[0]).legend(handles, labels, frameon=False, fontsize=8, loc="center")
    fig.suptitle(
        f"{data.seed_title} against the Wikinews reference corpus", x=0.01, ha="left", fontweight="bold"
    )
    fig.tight_layout()
    return fig


@register_figure(
    "seed_percentiles",
    "Where one article (the seed by default) falls in the Wikinews distribution of each key metric (percentile).",
    ("wikinews",),
)
def seed_percentiles(data: FigureData) -> Any:
    """Dot plot of the seed article's percentile in Wikinews per key metric."""
    import matplotlib.pyplot as plt

    placed = place(data.seed.iloc[0], data.wikinews)
    n_ref = int(data.wikinews["status"].eq("ok").sum())
    fig, ax = plt.subplots(figsize=(7.5, 0.45 * len(placed) + 1.4))
    y = np.arange(len(placed))[::-1]
    ax.axvline(50, color="#999999", linewidth=1, linestyle="--", label="Wikinews median")
    ax.scatter(placed["percentile"], y, color=PALETTE[3], zorder=3, label="this article")
    for yi, (_, r) in zip(y, placed.iterrows(), strict=True):
        beyond = percentile_short(float(r["percentile"]))
        note = f"{beyond} (z {r['z']:+.1f})" if beyond in ("above all", "below all") else ""
        ax.annotate(
            f"{fmt_value(r['metric'], r['value'])} {note}".rstrip(),
            (r["percentile"], yi),
            textcoords="offset points",
            xytext=(6, -3) if r["percentile"] < 60 else (-6, -3),
            ha="left" if r["percentile"] < 60 else "right",
            fontsize=7,
        )
    ax.set_yticks(y, [textwrap.fill(info(m).label, 28) for m in placed["metric"]])
    ax.set_xlim(-2, 102)
    ax.set_xlabel("percentile among Wikinews articles (0 = below all, 100 = above all)")
    ax.set_title(f"{data.seed_title}: percentile against Wikinews (n={n_ref})", loc="left")
    ax.legend(
        frameon=False,
        loc="lower left",
        bbox_to_anchor=(0, -0.45 if len(placed) < 6 else -0.3),
        fontsize=8,
        ncol=2,
    )
    fig.tight_layout()
    return fig


def fmt_value(column: str, value: float) -> str:
    """A value with its unit, as tables show it."""
    from mediakit.display import fmt

    return fmt(column, value, unit=True)


#: Marker colours of the AllSides bias ratings (blue left, grey centre, red right).
BIAS_COLORS = {
    "left": "#0072B2",
    "lean left": "#56B4E9",
    "center": "#7F7F7F",
    "lean right": "#E69F00",
    "right": "#D55E00",
}
BIAS_ORDER = ("left", "lean left", "center", "lean right", "right")


@register_figure(
    "outlets",
    "AllSides outlets with at least 40 sampled articles: mean and 95% bootstrap interval of each family's key "
    "metric, outlets coloured by their AllSides bias rating.",
    ("allsides_bench",),
)
def outlets(data: FigureData) -> Any:
    """Outlet means with bootstrap intervals, one panel per family's key metric, coloured by bias."""
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    results = data.allsides
    keys = family_keys(results.columns)
    min_articles = 40
    summary = compare_groups(results, list(keys.values()), by="outlet", min_articles=min_articles)
    bias = outlet_bias(results)
    names = sorted(map(str, set(summary["outlet"])), key=lambda o: (_bias_rank(bias.get(o, "")), o.lower()))
    y = {o: i for i, o in enumerate(reversed(names))}
    fig, axes = plt.subplots(
        1, len(keys), figsize=(3.0 * len(keys) + 1.6, 0.3 * len(names) + 1.8), sharey=True, squeeze=False
    )
    for ax, (family, col) in zip(axes.flat, keys.items(), strict=True):
        part = summary[summary["metric"] == col]
        for _, r in part.iterrows():
            colour = BIAS_COLORS.get(str(bias.get(r["outlet"], "")), "#000000")
            yi = y[r["outlet"]]
            ax.plot([r["ci_low"], r["ci_high"]], [yi, yi], color=colour, linewidth=1.2, alpha=0.8)
            ax.plot(r["mean"], yi, "o", color=colour, markersize=4)
        ax.set_title(family, loc="left")
        ax.set_xlabel(label(col, width=28))
        ax.grid(axis="x", color="#eeeeee", linewidth=0.8)
    n_of = results.groupby("outlet").size()
    axes.flat[0].set_yticks(list(y.values()), [f"{o} ({n_of.get(o, 0)})" for o in y])
    present = [b for b in BIAS_ORDER if b in {bias.get(o, "") for o in names}]
    handles = [Line2D([], [], marker="o", linestyle="-", color=BIAS_COLORS[b], label=b) for b in present]
    fig.legend(
        handles=handles,
        title="AllSides bias",
        frameon=False,
        fontsize=8,
        loc="upper right",
        ncol=len(handles),
    )
    fig.suptitle(
        f"{len(names)} outlets with {min_articles}+ of {len(results):,} sampled AllSides articles: "
        "mean and 95% bootstrap interval",
        x=0.01,
        ha="left",
        fontweight="bold",
    )
    fig.tight_layout(rect=(0, 0, 1, 0.95))
    return fig


def outlet_bias(results: Any) -> dict[str, str]:
    """Each outlet's AllSides bias rating (the most frequent among its articles)."""
    out: dict[str, str] = {}
    for outlet, grp in results.groupby("outlet"):
        mode = grp["allsides_bias"].astype(str).mode()
        out[str(outlet)] = str(mode.iat[0]) if len(mode) else ""
    return out


def _bias_rank(bias: str) -> int:
    return BIAS_ORDER.index(bias) if bias in BIAS_ORDER else len(BIAS_ORDER)


@register_figure(
    "metric_correlations",
    "Spearman correlations between the key metrics on the AllSides sample.",
    ("allsides_bench",),
)
def metric_correlations(data: FigureData) -> Any:
    """Heatmap of Spearman correlations between key metrics."""
    import matplotlib.pyplot as plt

    corr = correlations(data.allsides, decimals=2)
    values = corr.to_numpy(dtype=float)
    names = [textwrap.fill(info(c).label, 22) for c in corr.columns]
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
