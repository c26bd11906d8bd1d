"""Figures of one's own corpus (notebook 05): groups compared, trend over time, placement against Wikinews.

They read :attr:`FigureData.corpus` (default: the example corpus the project
ships, ``examples/riverside_news.csv``), so ``mediakit figures`` publishes the
worked example and notebook 05 draws the same figures for any corpus. Titles
come from the data: corpus name, number of articles and groups.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from mediakit.corpus import compare_groups, family_keys, trend
from mediakit.figures import PALETTE, FigureData, register_figure
from mediakit.figures.plots import label


def _group_word(by: str, n: int) -> str:
    word = {"outlet": "outlet", "allsides_bias": "bias rating", "published": "date"}.get(
        by, by.replace("_", " ")
    )
    return f"{n} {word}{'' if n == 1 else 's'}"


@register_figure(
    "corpus_groups",
    "Each family's key metric per group of a corpus (default: outlets of the example corpus): mean and 95% "
    "bootstrap interval, with every article as a dot.",
    ("examples",),
)
def corpus_groups(data: FigureData) -> Any:
    """One panel per family's key metric: group means with bootstrap intervals over the articles."""
    import matplotlib.pyplot as plt

    results = data.corpus
    by = data.group_by if data.group_by in results.columns else "outlet"
    ok = results[results["status"] == "ok"].copy()
    ok[by] = ok[by].astype("string").fillna("").str.strip().replace("", "(none)")
    keys = family_keys(ok.columns)
    summary = compare_groups(ok, list(keys.values()), by=by)
    groups = sorted({str(g) for g in ok[by]})
    y = {g: i for i, g in enumerate(reversed(groups))}
    n_of = ok.groupby(by).size()
    fig, axes = plt.subplots(
        1, len(keys), figsize=(2.7 * len(keys) + 1.4, 0.42 * len(groups) + 1.9), sharey=True, squeeze=False
    )
    rng = np.random.default_rng(7)
    for ax, (family, col) in zip(axes.flat, keys.items(), strict=True):
        for g in groups:
            vals = ok.loc[ok[by] == g, col].dropna().to_numpy(dtype=float)
            jitter = rng.uniform(-0.12, 0.12, size=vals.size)
            ax.scatter(vals, y[g] + jitter, s=10, color="#9E9E9E", alpha=0.7, linewidths=0, zorder=2)
        part = summary[summary["metric"] == col]
        for _, r in part.iterrows():
            yi = y[str(r[by])]
            ax.plot([r["ci_low"], r["ci_high"]], [yi, yi], color=PALETTE[0], linewidth=2, zorder=3)
            ax.plot(r["mean"], yi, "o", color=PALETTE[3], markersize=6, zorder=4)
        ax.set_title(family, loc="left")
        ax.set_xlabel(label(col, width=26))
        ax.grid(axis="x", color="#eeeeee", linewidth=0.8)
    axes.flat[0].set_yticks(list(y.values()), [f"{g} ({n_of.get(g, 0)})" for g in y])
    fig.suptitle(
        f"{data.corpus_name}: {len(ok)} articles, {_group_word(by, len(groups))}. "
        "Mean (dot) and 95% bootstrap interval; grey: articles",
        x=0.01,
        ha="left",
        fontweight="bold",
    )
    fig.tight_layout()
    return fig


@register_figure(
    "corpus_trend",
    "Each family's key metric over time in a corpus (default: the example corpus): mean per period with 95% "
    "bootstrap intervals.",
    ("examples",),
)
def corpus_trend(data: FigureData) -> Any:
    """Mean per period (chosen from the span of the dates) with intervals; a note when there are no dates."""
    import matplotlib.pyplot as plt

    results = data.corpus
    ok = results[results["status"] == "ok"]
    keys = family_keys(ok.columns)
    tr = trend(ok, list(keys.values()), date=data.date) if data.date else trend(ok.iloc[0:0])
    fig, axes = plt.subplots(1, len(keys), figsize=(2.9 * len(keys), 2.9), squeeze=False)
    if tr.empty:
        for ax, (family, col) in zip(axes.flat, keys.items(), strict=True):
            ax.text(0.5, 0.5, "no readable dates", ha="center", va="center", transform=ax.transAxes)
            ax.set_title(family, loc="left")
            ax.set_xlabel(label(col, width=26))
            ax.plot([], [])
        fig.suptitle(
            f"{data.corpus_name}: no publication dates to plot", x=0.01, ha="left", fontweight="bold"
        )
        fig.tight_layout()
        return fig
    periods = list(dict.fromkeys(tr.sort_values("start")["period"]))
    x = {p: i for i, p in enumerate(periods)}
    for ax, (family, col) in zip(axes.flat, keys.items(), strict=True):
        part = tr[tr["metric"] == col]
        xs = [x[p] for p in part["period"]]
        ax.fill_between(xs, part["ci_low"], part["ci_high"], color=PALETTE[0], alpha=0.18, linewidth=0)
        ax.plot(xs, part["mean"], "o-", color=PALETTE[0], markersize=4)
        ax.set_xticks(range(len(periods)), periods, rotation=45, ha="right", fontsize=7)
        ax.set_title(family, loc="left")
        ax.set_ylabel(label(col, width=26), fontsize=8)
        ax.set_xlabel("period of publication")
        ax.grid(axis="y", color="#eeeeee", linewidth=0.8)
    n_dated = int(tr.groupby("period")["n"].max().sum())
    fig.suptitle(
        f"{data.corpus_name}: {n_dated} dated articles over {len(periods)} periods. Mean and 95% bootstrap interval",
        x=0.01,
        ha="left",
        fontweight="bold",
    )
    fig.tight_layout()
    return fig


@register_figure(
    "corpus_placement",
    "A corpus (default: the example corpus) against the Wikinews reference articles on each family's key metric "
    "(Wikinews values packaged with mediakit).",
    ("examples",),
)
def corpus_placement(data: FigureData) -> Any:
    """Box plots of the corpus and of Wikinews per key metric, the corpus's articles as dots."""
    import matplotlib.pyplot as plt

    from mediakit.corpus import reference

    results = data.corpus
    ok = results[results["status"] == "ok"]
    ref = reference()["columns"]
    keys = {f: c for f, c in family_keys(ok.columns).items() if c in ref}
    fig, axes = plt.subplots(1, len(keys), figsize=(2.7 * len(keys), 2.6), squeeze=False)
    rng = np.random.default_rng(11)
    for ax, (family, col) in zip(axes.flat, keys.items(), strict=True):
        wiki = np.asarray(ref[col], dtype=float)
        mine = ok[col].dropna().to_numpy(dtype=float)
        box = ax.boxplot(
            [wiki, mine], orientation="horizontal", widths=0.55, patch_artist=True, showfliers=False
        )
        for patch, colour in zip(box["boxes"], (PALETTE[0], PALETTE[3]), strict=True):
            patch.set_facecolor(colour)
            patch.set_alpha(0.35)
        ax.scatter(mine, 2 + rng.uniform(-0.15, 0.15, size=mine.size), s=10, color=PALETTE[3], zorder=3)
        ax.set_yticks([1, 2], [f"Wikinews ({wiki.size})", f"this corpus ({mine.size})"])
        ax.set_title(family, loc="left")
        ax.set_xlabel(label(col, width=28))
    fig.suptitle(
        f"{data.corpus_name} against {len(next(iter(ref.values())))} Wikinews reference articles",
        x=0.01,
        ha="left",
        fontweight="bold",
    )
    fig.tight_layout()
    return fig
