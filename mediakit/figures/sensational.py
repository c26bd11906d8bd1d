"""Sensational figures: the index against Wikinews and Horne 2017, headline scores on clickbait."""

from __future__ import annotations

from typing import Any

import numpy as np

from mediakit.figures import PALETTE, FigureData, register_figure


@register_figure(
    "sensational_index",
    "Sensational index of Wikinews and Horne 2017 real, fake and satire articles with the seed marked, "
    "and the headline model's clickbait probability for clickbait and news headlines (Chakraborty test split).",
    ("wikinews", "horne2017", "clickbait", "non_clickbait"),
)
def sensational_index(data: FigureData) -> Any:
    """Left: box plots of ``sensational.index`` per corpus; right: ``headline_score`` (P(clickbait)) histogram per class."""
    import matplotlib.pyplot as plt

    from mediakit.compute import analyze
    from mediakit.corpus import load_dataset
    from mediakit.evaluate.sensational import clickbait_headlines
    from mediakit.metrics.sensational import headline_score

    col = "sensational.index"
    horne = load_dataset("horne2017")
    hres = analyze(horne, "sensational", progress=False)
    groups = [("Wikinews", data.wikinews[col])]
    groups += [
        (f"Horne {lab}", hres.loc[(horne["label"] == lab).to_numpy(), col])
        for lab in ("real", "fake", "satire")
    ]
    values = [g.dropna().to_numpy(dtype=float) for _, g in groups]
    labels = [f"{name} (n={v.size})" for (name, _), v in zip(groups, values, strict=True)]

    fig, (ax, bx) = plt.subplots(1, 2, figsize=(10, 3.6), gridspec_kw={"width_ratios": [1.3, 1]})
    box = ax.boxplot(values, orientation="horizontal", widths=0.6, patch_artist=True, showfliers=True)
    for patch, colour in zip(box["boxes"], [PALETTE[0], PALETTE[2], PALETTE[3], PALETTE[1]], strict=True):
        patch.set_facecolor(colour)
        patch.set_alpha(0.6)
    ax.set_yticks(range(1, len(labels) + 1), labels)
    ax.invert_yaxis()
    seed = float(data.seed.iloc[0][col])
    ax.axvline(seed, color=PALETTE[7], linewidth=1.5, linestyle="--", label=f"seed article ({seed:.2f})")
    ax.axvline(0.0, color="#999999", linewidth=1, label="Wikinews mean")
    ax.set_xlabel("sensational index (z-score against Wikinews)")
    ax.set_title("Article index by corpus", loc="left")
    ax.legend(frameon=False, fontsize=7, loc="upper right")

    heads = clickbait_headlines()
    heads = heads[heads["split"] == "test"]
    scores = np.array([headline_score(t) for t in heads["headline"]])
    y = heads["clickbait"].to_numpy()
    bins = np.linspace(0.0, 1.0, 21)
    for cls, name, colour in ((0, "news", PALETTE[0]), (1, "clickbait", PALETTE[3])):
        s = scores[y == cls]
        bx.hist(
            s,
            bins=bins,
            color=colour,
            alpha=0.6,
            weights=np.full(s.size, 100.0 / s.size),
            label=f"{name} (n={s.size})",
        )
    bx.set_xlabel("headline score: P(clickbait), model fitted on Webis-17 posts")
    bx.set_ylabel("% of headlines")
    bx.set_title("Chakraborty clickbait vs news headlines (test split)", loc="left")
    bx.legend(frameon=False, fontsize=7)
    fig.tight_layout()
    return fig
