"""Fit the sensational headline model (Webis-Clickbait-17) and write its JSON weights.

``python -m mediakit.evaluate.sensational --fit`` runs :func:`write_headline_model`;
``--select`` prints the cross-validation behind :data:`HEADLINE_PARAMS`. The fit is
deterministic (fixed folds, L-BFGS), so a fresh fit equals the shipped file
(``tests/metrics/test_sensational_headline.py``).

The model (see :mod:`mediakit.metrics.sensational.headline`) is a logistic
regression on binary features. Each post enters twice, as clickbait with weight
``truth_mean`` (the mean of five crowd judgements on a 0-1 scale) and as not
clickbait with weight ``1 − truth_mean``: soft targets keep the graded judgement.
Its scores are then calibrated to the majority label (``click_bait``) with Platt
scaling fitted on out-of-fold scores (5 folds), and the calibration is folded into
the weights: ``σ(a·(b + Σw) + c) = σ((a·b + c) + Σ a·w)``.

Vocabulary rules (fitted on the training posts only): a feature is kept when at
least ``min_count`` posts have it; words the posts write capitalised inside a
sentence in at least half of their uses (names, places, organisations) are left
out, with every pair and opening-word feature containing them, so they weigh 0.

References: Potthast et al. (2018), COLING (Webis-Clickbait-17); Platt (1999).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from mediakit.metrics.sensational import headline as hl
from mediakit.metrics.sensational.lexicon import _norm, lexicon

#: Chosen by 5-fold cross-validation on webis17_train (``--select``; docs/sensational.md).
HEADLINE_PARAMS: dict[str, Any] = {
    "C": 0.1,
    "min_count": 3,
    "chakraborty_weight": 0.0,
    "folds": 5,
    "seed": 13,
    "decimals": 4,
}
#: Share of a word's uses inside a sentence written capitalised that makes it a name.
PROPER_SHARE = 0.5

_WORD = re.compile(r"[A-Za-z0-9]+(?:'[A-Za-z]+)*")
_BREAK = re.compile(r"[.!?:;\"“(\[\u2013\u2014-]\s*$")


def webis_posts() -> list[dict[str, Any]]:
    """The Webis-17 training posts: text, click_bait (0/1), truth_mean (0-1), in file order."""
    from mediakit import datasets

    with open(datasets.path("webis17_train"), encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return [
        {"text": r["post_text"], "click_bait": int(r["click_bait"]), "truth_mean": float(r["truth_mean"])}
        for r in rows
    ]


def _title_case(words: list[str]) -> bool:
    long = [w for w in words[1:] if len(w) >= 4]
    return len(long) >= 2 and sum(w[0].isupper() for w in long) > 0.8 * len(long)


def proper_nouns(texts: Iterable[str]) -> frozenset[str]:
    """Lower-cased words written capitalised in at least :data:`PROPER_SHARE` of their in-sentence uses.

    A use is in-sentence when the word does not open the post or follow a sentence
    mark, colon, quote, bracket or dash; posts in Title Case say nothing and are
    skipped; ALL-CAPS ordinary words (shouting) and the pronoun "I" do not count as
    capitalised.
    """
    shout = lexicon().shout_words
    cap: Counter[str] = Counter()
    uses: Counter[str] = Counter()
    for text in texts:
        norm = hl.normalise_post(text)
        matches = list(_WORD.finditer(norm))
        words = [m.group() for m in matches]
        if _title_case(words):
            continue
        for i, m in enumerate(matches):
            if i == 0 or _BREAK.search(norm, 0, m.start()):
                continue
            w = m.group()
            low = w.lower()
            if low.isdigit() or low == "i" or low.startswith("i'"):
                continue
            uses[low] += 1
            if w[0].isupper() and not (w.isupper() and _norm(w) in shout):
                cap[low] += 1
    return frozenset(w for w, n in uses.items() if cap[w] >= PROPER_SHARE * n)


def _words_of(name: str) -> list[str]:
    head, _, rest = name.partition(":")
    return rest.split(" ") if head in ("w", "b", "f") else []


def post_features(texts: Sequence[str]) -> list[list[str]]:
    """Active feature names of each post (before the vocabulary rules)."""
    return [hl.feature_names(t) for t in texts]


def vocabulary(feats: Sequence[list[str]], proper: frozenset[str], min_count: int) -> list[str]:
    """Features kept for fitting: in at least ``min_count`` posts, no word of ``proper``."""
    n: Counter[str] = Counter()
    for f in feats:
        n.update(f)
    return sorted(k for k, c in n.items() if c >= min_count and not proper.intersection(_words_of(k)))


def _matrix(feats: Sequence[list[str]], vocab: list[str]) -> Any:
    from scipy.sparse import csr_matrix

    index = {k: i for i, k in enumerate(vocab)}
    rows, cols = [], []
    for r, f in enumerate(feats):
        for k in f:
            j = index.get(k)
            if j is not None:
                rows.append(r)
                cols.append(j)
    return csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(feats), len(vocab)))


def _fit_soft(x: Any, target: np.ndarray, weight: np.ndarray, c: float) -> tuple[np.ndarray, float]:
    """L2 logistic regression on soft targets: each row as 1 (weight·t) and 0 (weight·(1−t))."""
    from scipy.sparse import vstack
    from sklearn.linear_model import LogisticRegression

    n = x.shape[0]
    lr = LogisticRegression(C=c, solver="newton-cg", max_iter=10_000, tol=1e-8)
    lr.fit(
        vstack([x, x]).tocsr(),
        np.r_[np.ones(n), np.zeros(n)],
        sample_weight=np.r_[weight * target, weight * (1.0 - target)],
    )
    return lr.coef_[0].copy(), float(lr.intercept_[0])


def _platt(score: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Platt scaling ``σ(a·score + c)`` fitted to the 0/1 labels (nearly unregularised)."""
    from sklearn.linear_model import LogisticRegression

    lr = LogisticRegression(C=1e6, max_iter=10_000, tol=1e-10).fit(score.reshape(-1, 1), y)
    return float(lr.coef_[0, 0]), float(lr.intercept_[0])


def folds(y: np.ndarray, k: int, seed: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """Stratified ``k``-fold split (shuffled with ``seed``): ``(train, test)`` index arrays."""
    from sklearn.model_selection import StratifiedKFold

    return [(tr, te) for tr, te in StratifiedKFold(k, shuffle=True, random_state=seed).split(y, y)]


class _Data:
    """Posts, their features and the extra (Chakraborty) rows used for fitting."""

    def __init__(self, posts: list[dict[str, Any]], chakraborty: Sequence[tuple[str, int]] = ()) -> None:
        self.texts = [p["text"] for p in posts]
        self.y = np.array([p["click_bait"] for p in posts])
        self.t = np.array([p["truth_mean"] for p in posts])
        self.feats = post_features(self.texts)
        self.extra_texts = [h for h, _ in chakraborty]
        self.extra_y = np.array([lab for _, lab in chakraborty], dtype=float)
        self.extra_feats = post_features(self.extra_texts)


def _fit_raw(data: _Data, idx: np.ndarray, params: dict[str, Any]) -> tuple[list[str], np.ndarray, float]:
    """Uncalibrated fit on the posts ``idx`` (plus the extra rows): vocabulary, weights, intercept."""
    feats = [data.feats[i] for i in idx]
    wch = float(params["chakraborty_weight"])
    texts = [data.texts[i] for i in idx]
    if wch > 0:
        feats += data.extra_feats
        texts += data.extra_texts
    vocab = vocabulary(feats, proper_nouns(texts), int(params["min_count"]))
    x = _matrix(feats, vocab)
    n = len(idx)
    target = np.r_[data.t[idx], data.extra_y] if wch > 0 else data.t[idx]
    weight = np.r_[np.ones(n), np.full(len(data.extra_y), wch)] if wch > 0 else np.ones(n)
    coef, b = _fit_soft(x, target, weight, float(params["C"]))
    return vocab, coef, b


def _score(vocab: list[str], coef: np.ndarray, b: float, feats: Sequence[list[str]]) -> np.ndarray:
    z: np.ndarray = np.asarray(_matrix(feats, vocab) @ coef, dtype=float).ravel()
    z += b
    return z


def fit_calibrated(
    data: _Data, idx: np.ndarray, params: dict[str, Any]
) -> tuple[dict[str, float], float, dict[str, float]]:
    """Fit on ``idx`` and calibrate with Platt scaling on inner out-of-fold scores.

    Returns:
        ``(weights, intercept, calibration)``: calibrated weights by feature name,
        the calibrated intercept, and the Platt ``a`` and ``c``.
    """
    oof = np.zeros(len(idx))
    for tr, te in folds(data.y[idx], int(params["folds"]), int(params["seed"])):
        vocab, coef, b = _fit_raw(data, idx[tr], params)
        oof[te] = _score(vocab, coef, b, [data.feats[i] for i in idx[te]])
    a, c = _platt(oof, data.y[idx])
    vocab, coef, b = _fit_raw(data, idx, params)
    return dict(zip(vocab, (a * coef).tolist(), strict=True)), a * b + c, {"a": a, "c": c}


def predict(weights: dict[str, float], intercept: float, feats: Sequence[list[str]]) -> np.ndarray:
    """Calibrated probabilities of posts given their feature names."""
    z = np.array([intercept + sum(weights.get(k, 0.0) for k in sorted(f)) for f in feats])
    p: np.ndarray = 1.0 / (1.0 + np.exp(-z))
    return p


def chakraborty_dev() -> list[tuple[str, int]]:
    """The Chakraborty dev split (even lines), lower-cased (its casing follows the label)."""
    from mediakit.evaluate.sensational import clickbait_headlines

    df = clickbait_headlines()
    df = df[df["split"] == "dev"]
    return [(h.lower(), int(y)) for h, y in zip(df["headline"], df["clickbait"], strict=True)]


def fit_headline_model(params: dict[str, Any] | None = None) -> dict[str, Any]:
    """Fit the shipped model on all of webis17_train; return the JSON document."""
    from mediakit.metrics.sensational.lexicon import lexicon as _lex

    params = {**HEADLINE_PARAMS, **(params or {})}
    posts = webis_posts()
    extra = chakraborty_dev() if params["chakraborty_weight"] > 0 else []
    data = _Data(posts, extra)
    weights, intercept, cal = fit_calibrated(data, np.arange(len(posts)), params)
    d = int(params["decimals"])
    kept = {k: round(v, d) for k, v in sorted(weights.items()) if round(v, d) != 0.0}
    return {
        "name": "sensational headline model",
        "version": "2.0.0",
        "description": (
            "P(clickbait) = sigmoid(intercept + sum of the weights of the features present); "
            "features: mediakit.metrics.sensational.headline.features"
        ),
        "source": (
            "weights learned from Webis-Clickbait-17 (Potthast et al. 2018), the 15,567 training posts "
            "of webis17_train (crowd judgements, research use); numbers only, no post text"
        ),
        "lexicon_version": _lex().version,
        "params": params,
        "calibration": {"method": "Platt scaling on out-of-fold scores", **{k: round(v, 6) for k, v in cal.items()}},
        "n_posts": len(posts),
        "n_features": len(kept),
        "intercept": round(intercept, d),
        "weights": kept,
    }


def model_json(doc: dict[str, Any]) -> str:
    """The JSON text of a model document (stable key order, one feature per line)."""
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


def write_headline_model(path: Path | None = None) -> Path:
    """Fit and write ``mediakit/data/sensational_headline_model.json``; return its path."""
    import importlib.resources

    target = path or Path(str(importlib.resources.files("mediakit").joinpath(hl.MODEL_FILE)))
    target.write_text(model_json(fit_headline_model()), encoding="utf-8")
    hl.model.cache_clear()
    return target


def cross_validate(
    params: dict[str, Any] | None = None, *, calibrate: bool = True, data: _Data | None = None
) -> dict[str, Any]:
    """Out-of-fold predictions on webis17_train (5 folds, seed of :data:`HEADLINE_PARAMS`).

    With ``calibrate`` each outer training part is fitted and Platt-calibrated exactly
    as the shipped model is (inner folds), so the probabilities are honest; without it
    the raw scores are returned (enough for ROC AUC, which calibration leaves unchanged).

    Returns:
        ``{"p": out-of-fold scores, "y": click_bait, "t": truth_mean}``.
    """
    params = {**HEADLINE_PARAMS, **(params or {})}
    if data is None:
        extra = chakraborty_dev() if params["chakraborty_weight"] > 0 else []
        data = _Data(webis_posts(), extra)
    out = np.zeros(len(data.y))
    for tr, te in folds(data.y, int(params["folds"]), int(params["seed"])):
        test_feats = [data.feats[i] for i in te]
        if calibrate:
            weights, intercept, _cal = fit_calibrated(data, tr, params)
            out[te] = predict(weights, intercept, test_feats)
        else:
            vocab, coef, b = _fit_raw(data, tr, params)
            out[te] = _score(vocab, coef, b, test_feats)
    return {"p": out, "y": data.y, "t": data.t}


def select(grid: dict[str, list[Any]] | None = None) -> list[dict[str, Any]]:
    """5-fold CV ROC AUC (webis17_train) of every combination of ``grid`` (hyperparameter search)."""
    from itertools import product

    from mediakit.evaluate._stats import roc_auc

    grid = grid or {"C": [0.03, 0.1, 0.3, 1.0], "min_count": [2, 3, 5], "chakraborty_weight": [0.0]}
    posts = webis_posts()
    need_extra = any(w > 0 for w in grid.get("chakraborty_weight", [0.0]))
    data = _Data(posts, chakraborty_dev() if need_extra else [])
    rows = []
    keys = list(grid)
    for values in product(*(grid[k] for k in keys)):
        params = dict(zip(keys, values, strict=True))
        res = cross_validate(params, calibrate=False, data=data)
        rows.append({**params, "cv_auc": round(roc_auc(res["y"], res["p"]), 4)})
    return rows
