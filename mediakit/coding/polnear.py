"""A whole validation round on PolNeAR, with the gold annotation standing in for human coders.

PolNeAR (Newell, Margolin & Ruths 2018) marks every attribution cue in 2016
US-election news. For the ``attribution`` task a sentence's gold code is "yes"
when a gold cue starts inside it (the sentence rule of
:mod:`mediakit.evaluate.sourcing`). :func:`polnear_round` samples sentences of a
split, fills two coders' sheets from the gold (the second with a small seeded
share of codes flipped, so that the coders disagree a little, as people do) and
computes the agreement table. Because the gold covers every sentence,
:func:`corpus_scores` gives the kit's precision, recall and prevalence on the
whole split, the numbers the weighted sample estimates aim at.

PolNeAR texts are copyrighted news (research use only): these functions return
codes and numbers; the sheets they build hold text and must not be shown.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from mediakit.coding.tasks import Code, get_task

#: Coder names of the simulated round: "A" is the gold, "B" the gold with noise.
CODERS = ("A", "B")


def polnear_articles(split: str = "dev") -> pd.DataFrame:
    """The split's articles as schema rows whose body is the ``.txt`` file unchanged (gold offsets hold)."""
    from mediakit.evaluate.sourcing import load_polnear
    from mediakit.io import frame

    rows = [
        {
            "id": art.name,
            "title": "",
            "body": art.text,
            "outlet": art.name.split("_", 1)[0],
            "published": "",
            "url": "",
            "source_path": f"polnear/{split}",
            "record": i,
            "boilerplate": [],
            "status": "ok",
            "message": "",
        }
        for i, art in enumerate(load_polnear(split))
    ]
    return frame(rows)


@lru_cache(maxsize=4)
def _gold_starts(split: str) -> dict[str, list[int]]:
    from mediakit.evaluate.sourcing import load_polnear

    return {art.name: sorted(s for s, _ in art.cues) for art in load_polnear(split)}


def gold_attribution_codes(units: pd.DataFrame, split: str = "dev") -> list[str]:
    """Gold code of each unit (rows with ``article_id``, ``start``, ``end``): "yes" when a gold cue starts in it."""
    gold = _gold_starts(split)
    out = []
    for aid, s, e in zip(units["article_id"], units["start"], units["end"], strict=True):
        starts = gold[str(aid)]
        i = bisect.bisect_left(starts, int(s))
        out.append("yes" if i < len(starts) and starts[i] < int(e) else "no")
    return out


def with_noise(codes: list[Code], share: float, task: str, seed: int = 0) -> list[Code]:
    """A copy of ``codes`` with ``round(share * n)`` of them, drawn at random (seeded), changed to another code."""
    t = get_task(task)
    rng = np.random.default_rng(seed)
    out = list(codes)
    for i in sorted(rng.choice(len(out), size=round(share * len(out)), replace=False).tolist()):
        others = [c for c in t.codes if c != out[i]]
        out[i] = others[int(rng.integers(len(others)))]
    return out


def fill(sheet: pd.DataFrame, codes: list[Code]) -> pd.DataFrame:
    """A copy of ``sheet`` with its ``code`` column filled."""
    out = sheet.copy()
    out["code"] = pd.Series(list(codes), dtype=object, index=out.index)
    return out


def corpus_scores(split: str = "dev") -> dict[str, float]:
    """The kit's sentence-level precision, recall and prevalence on every sentence of the split (gold = truth)."""
    _sheet, key = _all_units(split)
    gold = np.array(gold_attribution_codes(key, split)) == "yes"
    kit = key["kit_code"].to_numpy() == "yes"
    tp = float(np.sum(gold & kit))
    return {
        "sentences": float(len(key)),
        "precision": tp / float(kit.sum()),
        "recall": tp / float(gold.sum()),
        "prevalence": float(gold.mean()),
        "kit_prevalence": float(kit.mean()),
    }


@lru_cache(maxsize=2)
def _all_units(split: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    from mediakit.coding.sampling import sample

    articles = polnear_articles(split)
    return sample(articles, "attribution", n=10**9, stratify=False)


@dataclass(frozen=True)
class CodingRound:
    """A simulated round: the sheet (holds text: never show it), the key, the coded sheets, the table."""

    sheet: pd.DataFrame
    key: pd.DataFrame
    coded: dict[str, pd.DataFrame]
    table: pd.DataFrame


@lru_cache(maxsize=4)
def _round(split: str, n: int, seed: int, noise: float, n_boot: int) -> CodingRound:
    from mediakit.coding.sampling import sample
    from mediakit.coding.stats import agreement

    sheet, key = sample(polnear_articles(split), "attribution", n=n, seed=seed)
    gold: list[Code] = list(gold_attribution_codes(sheet, split))
    coded = {
        CODERS[0]: fill(sheet, gold),
        CODERS[1]: fill(sheet, with_noise(gold, noise, "attribution", seed + 1)),
    }
    return CodingRound(sheet, key, coded, agreement(coded, key, n_boot=n_boot, seed=seed))


def polnear_round(
    split: str = "dev", n: int = 200, seed: int = 0, noise: float = 0.05, n_boot: int = 1000
) -> CodingRound:
    """Sample ``n`` sentences of a PolNeAR split for the ``attribution`` task and code them from the gold.

    Coder "A" is the gold; coder "B" is the gold with a share ``noise`` of codes
    flipped (seeded). Cached: the same arguments return equal copies.

    Returns:
        A :class:`CodingRound` (copies; the sheet holds PolNeAR text: never display it).
    """
    r = _round(split, n, seed, noise, n_boot)
    table = r.table.copy()
    table.attrs = dict(r.table.attrs)
    return CodingRound(r.sheet.copy(), r.key.copy(), {k: v.copy() for k, v in r.coded.items()}, table)


def coverage(split: str = "dev", rounds: int = 100, n: int = 200, n_boot: int = 1000) -> pd.DataFrame:
    """How often the round's 95% intervals (coder A, the gold) hold the kit's whole-split scores.

    Runs :func:`polnear_round` with seeds ``0 .. rounds - 1`` (each seed draws
    another sample and bootstraps with it).

    Returns:
        One row per statistic: ``whole_split`` (the value aimed at), ``covered``
        (rounds whose interval holds it), ``rounds``, ``mean_estimate`` and
        ``mean_width`` of the intervals.
    """
    truth = corpus_scores(split)
    truth["f1"] = 2 * truth["precision"] * truth["recall"] / (truth["precision"] + truth["recall"])
    stats = ("precision", "recall", "f1", "prevalence")
    rows = {
        s: {"whole_split": truth[s], "covered": 0, "rounds": rounds, "mean_estimate": 0.0, "mean_width": 0.0}
        for s in stats
    }
    for seed in range(rounds):
        row = _round(split, n, seed, 0.05, n_boot).table.set_index("coder").to_dict("index")[CODERS[0]]
        a = {str(k): float(v) for k, v in row.items()}
        for s in stats:
            rows[s]["covered"] += int(a[f"{s}_low"] <= truth[s] <= a[f"{s}_high"])
            rows[s]["mean_estimate"] += a[s] / rounds
            rows[s]["mean_width"] += (a[f"{s}_high"] - a[f"{s}_low"]) / rounds
    out = pd.DataFrame.from_dict(rows, orient="index")
    out.index.name = "statistic"
    return out


def main() -> None:
    """Print the simulated PolNeAR dev round and the coverage of its intervals (``python -m mediakit.coding.polnear``)."""
    from mediakit.coding.stats import summary_table

    with pd.option_context("display.width", 200, "display.max_columns", 20):
        r = polnear_round()
        print("PolNeAR dev, attribution task, 200 sentences; coder A = gold, coder B = gold with 5% flipped")
        print(summary_table(r.table).to_string())
        print("\nThe kit on every sentence of the split:")
        print(pd.Series(corpus_scores()).round(4).to_string())
        print("\nCoverage of the 95% intervals over 100 rounds (seeds 0-99):")
        print(coverage().round(4).to_string())


if __name__ == "__main__":
    main()
