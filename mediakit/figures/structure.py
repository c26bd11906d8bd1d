"""Structure figures: the paragraph-by-paragraph headline relevance strip of the seed article."""

from __future__ import annotations

from typing import Any

import numpy as np

from mediakit.figures import PALETTE, FigureData, register_figure, short_title
from mediakit.metrics.structure import OFF_TOPIC_BELOW, paragraph_table


@register_figure(
    "relevance_strip",
    "Headline relevance of each paragraph of one article (the seed by default), with restated paragraphs and the "
    "off-topic tail marked.",
    ("seed",),
)
def relevance_strip(data: FigureData) -> Any:
    """Bars of per-paragraph headline relevance; colour = lead/restatement, on topic, off topic."""
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch

    article = data.seed_article
    table = paragraph_table(article)
    x = table["paragraph"].to_numpy()
    rel = table["relevance"].fillna(0.0).to_numpy(dtype=float)
    colours = [
        PALETTE[3] if off else PALETTE[1] if topic and r > 0 else PALETTE[2] if topic else PALETTE[0]
        for off, topic, r in zip(table["off_topic"], table["topic"], table["restates"], strict=True)
    ]
    fig, ax = plt.subplots(figsize=(8, 3.2))
    ax.bar(x, rel, width=0.8, color=colours)
    threshold = ax.axhline(OFF_TOPIC_BELOW, color="#999999", linewidth=1, linestyle="--")
    for xi, r, ri in zip(x, table["restates"], rel, strict=True):
        if r > 0:
            ax.text(
                xi, ri / 2, f"restates ¶{r}", rotation=90, ha="center", va="center", fontsize=7, color="white"
            )
    off = table.loc[table["off_topic"], "paragraph"]
    if len(off):
        ax.axvspan(off.min() - 0.5, off.max() + 0.5, color=PALETTE[3], alpha=0.08, linewidth=0)
        ax.text(off.min() - 0.4, 1.08, f"off-topic tail from ¶{off.min()}", fontsize=8, color=PALETTE[3])
    ax.set_xticks(x, [str(i) for i in x])
    ax.set_xlim(0.4, x.max() + 0.6 if len(x) else 1)
    ax.set_ylim(0, 1.18)
    ax.set_yticks(np.linspace(0, 1, 5))
    ax.set_xlabel("paragraph (body order)")
    ax.set_ylabel("headline relevance (0-1)")
    ax.legend(
        handles=[
            Patch(color=PALETTE[2], label="lead"),
            Patch(color=PALETTE[1], label="restates an earlier paragraph"),
            Patch(color=PALETTE[0], label="on topic"),
            Patch(color=PALETTE[3], label="off topic"),
            threshold,
        ],
        labels=["lead", "restates an earlier paragraph", "on topic", "off topic", "low relevance below"],
        frameon=False,
        fontsize=7,
        ncol=5,
        loc="upper center",
        bbox_to_anchor=(0.5, -0.22),
    )
    ax.set_title(f"{short_title(str(article['title']))}, paragraph by paragraph", loc="left")
    fig.tight_layout()
    return fig
