"""Structure validation: a hand-labelled set of constructed articles, and Wikinews as reference.

* Hand-labelled set (``tests/fixtures/structure/articles.json``): short
  articles written for this project, each paragraph labelled with the earlier
  paragraph it restates (if any) and whether it belongs to an off-topic tail;
  negatives included (long on-topic articles, synonyms without restatement,
  shared vocabulary with different claims). Reported: precision and recall of
  restated paragraphs (a hit must name the labelled earlier paragraph), of
  off-topic paragraphs, and exact recovery of the topic-shift paragraph.
* Wikinews (195 articles, neutral reference prose): distribution of the
  structure columns; restatement and off-topic tails should be rare there.

Run ``python -m mediakit.evaluate.structure``; the Wikinews part needs ``MEDIAKIT_DATA``.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pandas as pd

from mediakit.metrics.structure import analyse
from mediakit.text.parse import parse

#: The hand-labelled set shipped with the tests.
LABELLED = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "structure" / "articles.json"


def load_labelled(path: str | Path | None = None) -> list[dict[str, Any]]:
    """The hand-labelled articles: id, construction, title, paragraphs, labels (one per paragraph)."""
    with open(path or LABELLED, encoding="utf-8") as fh:
        articles: list[dict[str, Any]] = json.load(fh)["articles"]
    return articles


def predict_labelled(path: str | Path | None = None) -> pd.DataFrame:
    """One row per labelled paragraph: labels next to the metric's predictions.

    Columns: id, paragraph (1-based), restates_label, restates_pred (0 = none),
    off_topic_label, off_topic_pred, relevance.
    """
    rows = []
    for art in load_labelled(path):
        doc = parse("\n\n".join(art["paragraphs"]), art["title"])
        if len(doc.paragraphs) != len(art["paragraphs"]):
            raise AssertionError(f"{art['id']}: paragraphs not segmented as labelled")
        a = analyse(doc)
        for p, lab in enumerate(art["labels"]):
            rows.append(
                {
                    "id": art["id"],
                    "paragraph": p + 1,
                    "restates_label": int(lab["restates"] or 0),
                    "restates_pred": a.restates[p] + 1,
                    "off_topic_label": bool(lab["off_topic"]),
                    "off_topic_pred": a.off_topic[p],
                    "relevance": a.relevance[p],
                }
            )
    return pd.DataFrame(rows)


def _pr(tp: int, fp: int, fn: int) -> tuple[float, float]:
    precision = tp / (tp + fp) if tp + fp else math.nan
    recall = tp / (tp + fn) if tp + fn else math.nan
    return precision, recall


def evaluate_labelled(path: str | Path | None = None) -> pd.DataFrame:
    """Precision and recall on the hand-labelled set, one row per task.

    Tasks: ``restated_paragraph`` (a predicted restatement counts as a true
    positive only if it names the labelled earlier paragraph), ``off_topic_paragraph``
    (per paragraph) and ``topic_shift`` (per article: the first off-topic
    paragraph predicted exactly; articles without a tail must have none).
    Columns: task, units, labelled, predicted, tp, fp, fn, precision, recall.
    """
    pred = predict_labelled(path)
    out = []
    lab_r, hyp_r = pred["restates_label"], pred["restates_pred"]
    tp = int(((lab_r > 0) & (lab_r == hyp_r)).sum())
    fp = int(((hyp_r > 0) & (lab_r != hyp_r)).sum())
    fn = int(((lab_r > 0) & (lab_r != hyp_r)).sum())
    out.append(("restated_paragraph", len(pred), int((lab_r > 0).sum()), int((hyp_r > 0).sum()), tp, fp, fn))
    lab_o, hyp_o = pred["off_topic_label"], pred["off_topic_pred"]
    tp = int((lab_o & hyp_o).sum())
    fp = int((~lab_o & hyp_o).sum())
    fn = int((lab_o & ~hyp_o).sum())
    out.append(("off_topic_paragraph", len(pred), int(lab_o.sum()), int(hyp_o.sum()), tp, fp, fn))
    tp = fp = fn = n_lab = n_hyp = 0
    groups = list(pred.groupby("id", sort=False))
    for _, g in groups:
        lab = g.loc[g["off_topic_label"], "paragraph"].min()
        hyp = g.loc[g["off_topic_pred"], "paragraph"].min()
        has_lab, has_hyp = not pd.isna(lab), not pd.isna(hyp)
        n_lab += has_lab
        n_hyp += has_hyp
        if has_lab and has_hyp and lab == hyp:
            tp += 1
        else:
            fp += has_hyp
            fn += has_lab
    out.append(("topic_shift", len(groups), n_lab, n_hyp, tp, fp, fn))
    rows = [
        dict(zip(("task", "units", "labelled", "predicted", "tp", "fp", "fn"), r, strict=True))
        | dict(zip(("precision", "recall"), _pr(*r[4:]), strict=True))
        for r in out
    ]
    return pd.DataFrame(rows)


#: Columns summarised on Wikinews.
WIKINEWS_COLUMNS = (
    "restated_paragraphs",
    "restated_share",
    "restated_sentences",
    "headline_relevance_mean",
    "off_topic_paragraphs",
    "off_topic_share",
    "lead_words",
    "paragraphs",
)


def evaluate_wikinews() -> pd.DataFrame:
    """Distribution of the structure columns on Wikinews (195 articles).

    Columns: column, median, mean, p90, share_nonzero (share of articles with
    a value above zero), n.
    """
    from mediakit.compute import analyze
    from mediakit.corpus import load_dataset

    res = analyze(load_dataset("wikinews"), "structure", progress=False)
    rows = []
    for name in WIKINEWS_COLUMNS:
        v = res[f"structure.{name}"].astype(float).dropna()
        rows.append(
            {
                "column": f"structure.{name}",
                "median": float(v.median()),
                "mean": float(v.mean()),
                "p90": float(v.quantile(0.9)),
                "share_nonzero": float((v > 0).mean()),
                "n": len(v),
            }
        )
    return pd.DataFrame(rows)


def main() -> None:
    """Print both validations."""
    with pd.option_context("display.width", 120, "display.float_format", "{:.3f}".format):
        print("Hand-labelled structure set (tests/fixtures/structure/articles.json)")
        print(evaluate_labelled().to_string(index=False))
        print()
        print("Wikinews reference distribution")
        print(evaluate_wikinews().to_string(index=False))


if __name__ == "__main__":
    main()
