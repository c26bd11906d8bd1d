"""Fit the learned attribution-cue model on PolNeAR train and cross-validate it by article.

The model (:mod:`mediakit.metrics.sourcing.learned`, shipped as
``mediakit/data/sourcing_cue_model.json``) is a learned lexicon of cue forms with a
logistic regression over their context. Fitting:

1. Every article of PolNeAR **train** is parsed and run through the rule detector alone
   (no learned cues). Every lower-case word outside direct quotations, more than
   :data:`~mediakit.metrics.sourcing.learned.NEAR` characters from a rule cue, not right after
   "to" and no passive participle (:func:`~mediakit.metrics.sourcing.learned.admissible`) is an
   occurrence of its form, and of the two-word form when a preposition or particle follows
   ("voted against"); an occurrence is positive when it overlaps a gold ``Cue`` span.
2. The learned lexicon: forms (no form of the rule lexicon, none the family would type as
   cited speech: :func:`uncited_form`, none naming an act or event:
   :func:`~mediakit.metrics.sourcing.learned.attributive_form`) with at least ``min_count`` positive occurrences and
   a positive rate of at least ``min_rate``. Where a two-word form
   and its first word are both in the lexicon the two-word form is the candidate (the
   regular expression takes the longest match).
3. A logistic regression (L2 penalty ``C``, scikit-learn ``lbfgs``) on the candidates'
   binary features; weights rounded to 4 decimals, zero weights dropped.
4. ``min_count``, ``min_rate``, ``C`` and the threshold (:data:`CUE_PARAMS`) are chosen by
   5-fold cross-validation by article: each fold's model is fitted on the other four folds
   (lexicon included) and the whole family is scored on the held-out articles with
   :func:`mediakit.evaluate.sourcing._score_article`. The chosen setting maximises the
   cross-validated source-span overlap among the settings whose sentence precision and
   predicted-source precision stay at or above the floors (:data:`FLOORS`: the targets,
   and no more than 0.002 below the rules alone).

Dev is never looked at here; ``python -m mediakit.evaluate.sourcing`` reports it.
PolNeAR's text is never written anywhere; only word forms and weights are.

Reference: Newell, Margolin & Ruths (2018), An attribution relations corpus for political
news, LREC (PolNeAR v1.0.0, research use).
"""

from __future__ import annotations

import bisect
import json
import random
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import product
from pathlib import Path
from typing import Any

import pandas as pd

from mediakit.evaluate.sourcing import PolnearArticle, _score_article, load_polnear, summarise
from mediakit.metrics.sourcing import learned as lc
from mediakit.metrics.sourcing.cues import _NO_SOURCE, Attribution, _cue_type, cue_spans
from mediakit.metrics.sourcing.lexicon import BELIEF_FORMS, CITED_CUE_TYPES, SPEECH_FORMS
from mediakit.text.parse import Doc, parse

#: Grids searched by cross-validation; folds and seed of the article split; weight decimals.
CUE_PARAMS: dict[str, Any] = {
    "min_counts": [3, 5],
    "min_rates": [0.2, 0.3],
    "Cs": [0.3, 1.0],
    "thresholds": [0.6, 0.65, 0.7, 0.75, 0.8, 0.85],
    "folds": 5,
    "seed": 13,
    "decimals": 4,
}
#: Measures the chosen setting may not lower by more than ``slack`` below the rules alone (nor below ``floor``).
FLOORS: dict[str, dict[str, float]] = {
    "sentence_precision": {"floor": 0.90, "slack": 0.002},
    "predicted_source_precision": {"floor": 0.80, "slack": 0.002},
}
#: The measure the chosen setting maximises.
OBJECTIVE = "source_span_overlap"

_WORD = re.compile(r"[a-z]+(?:['’-][a-z]+)*")


@dataclass
class Occurrence:
    """One word occurrence the rules left alone: its single and two-word forms, features and label."""

    article: int
    start: int
    form: str
    pair: str
    single_features: tuple[str, ...]
    #: Empty when the two-word form lies near a rule cue (no candidate then, as at inference).
    pair_features: tuple[str, ...]
    positive: bool
    pair_positive: bool


@dataclass
class Prepared:
    """A parsed PolNeAR article with its rule cue spans and its occurrences."""

    art: PolnearArticle
    doc: Doc
    occurrences: list[Occurrence]


def _overlap(s: int, e: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a < e and s < b for a, b in spans)


def _lexicon_form(word: str) -> bool:
    return word in SPEECH_FORMS or word in BELIEF_FORMS


def prepare(arts: Sequence[PolnearArticle], min_positive: int = 3) -> list[Prepared]:
    """Parse each article, run the rules alone, and list its occurrences with labels (and features).

    Features are computed only for the forms with at least ``min_positive`` positive occurrences in
    ``arts`` (no smaller lexicon threshold is searched); other occurrences are kept for the counts.
    """
    staged = []
    positives: Counter[str] = Counter()
    for art in arts:
        doc = parse(art.text)
        body = doc.body
        with lc.use_model(None):
            rules = sorted((c.start, c.end) for c in cue_spans(doc))
        r_starts = [s for s, _ in rules]
        quotes = sorted((q.start, q.end) for q in doc.quotes if q.kind == "direct")
        q_starts = [s for s, _ in quotes]
        low = body.lower()
        if len(low) != len(body):
            low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in body)
        words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(low)]
        raw = []
        for j, (s, e, w) in enumerate(words):
            if _lexicon_form(w) or not lc.admissible(body, s, e, quotes, q_starts, rules, r_starts):
                continue
            pair, e2 = "", e
            if j + 1 < len(words):
                s2, e2, w2 = words[j + 1]
                if w2 in lc.PARTICLES and s2 == e + 1 and low[e] == " ":
                    pair = f"{w} {w2}"
            pos, pair_pos = _overlap(s, e, art.cues), bool(pair) and _overlap(s, e2, art.cues)
            positives[w] += pos
            if pair:
                positives[pair] += pair_pos
            raw.append((s, e, w, pair, e2, pos, pair_pos))
        staged.append((art, doc, body, rules, quotes, q_starts, raw))
    out = []
    for i, (art, doc, body, rules, quotes, q_starts, raw) in enumerate(staged):
        r_starts = [s for s, _ in rules]
        s_starts = [s for s, _ in doc.sentences]
        occ: list[Occurrence] = []
        for s, e, w, pair, e2, pos, pair_pos in raw:
            k = max(0, bisect.bisect_right(s_starts, s) - 1)
            s0, e0 = doc.sentences[k] if doc.sentences else (0, len(body))
            feats: tuple[str, ...] = ()
            pair_feats: tuple[str, ...] = ()
            if positives[w] >= min_positive:
                feats = lc.features(body, w, s, e, s0, e0, k, quotes, q_starts, rules)
            if pair and positives[pair] >= min_positive and not lc.near(rules, r_starts, s, e2):
                pair_feats = lc.features(body, pair, s, e2, s0, e0, k, quotes, q_starts, rules)
            occ.append(Occurrence(i, s, w, pair, feats, pair_feats, pos, pair_pos))
        out.append(Prepared(art, doc, occ))
    return out


def form_counts(prepared: Sequence[Prepared]) -> tuple[Counter[str], Counter[str]]:
    """Occurrences and positive occurrences of every single and two-word form."""
    total: Counter[str] = Counter()
    positive: Counter[str] = Counter()
    for p in prepared:
        for o in p.occurrences:
            total[o.form] += 1
            positive[o.form] += o.positive
            if o.pair:
                total[o.pair] += 1
                positive[o.pair] += o.pair_positive
    return total, positive


def learned_lexicon(prepared: Sequence[Prepared], min_count: int, min_rate: float) -> frozenset[str]:
    """Forms with at least ``min_count`` positive occurrences and a positive rate of at least ``min_rate``."""
    total, positive = form_counts(prepared)
    return _lexicon(total, positive, min_count, min_rate)


def _lexicon(total: Counter[str], positive: Counter[str], min_count: int, min_rate: float) -> frozenset[str]:
    """The forms that pass both thresholds, name no act and whose cue type is not a cited one.

    See :func:`uncited_form` and :func:`mediakit.metrics.sourcing.learned.attributive_form`.
    """
    return frozenset(
        f
        for f, n in positive.items()
        if n >= min_count and n / total[f] >= min_rate and uncited_form(f) and lc.attributive_form(f)
    )


def uncited_form(form: str) -> bool:
    """Whether the family gives a learned cue ``form`` (label ``belief``) an uncited cue type.

    The family types two-word belief cues by their first word ("shots at", "reference to"
    would be speech); such forms are left out, so a learned cue is never a cited source.
    """
    att = Attribution(0, len(form), form, "belief", 0, _NO_SOURCE)
    return _cue_type(form, att) not in CITED_CUE_TYPES


def examples(prepared: Sequence[Prepared], forms: frozenset[str]) -> tuple[list[tuple[str, ...]], list[int]]:
    """The candidates the lexicon ``forms`` gives, as the model sees them: features and labels."""
    xs: list[tuple[str, ...]] = []
    ys: list[int] = []
    for p in prepared:
        skip_to = -1
        for o in p.occurrences:
            if o.start < skip_to:
                continue  # the second word of a two-word candidate
            if o.pair and o.pair in forms:
                if o.pair_features:
                    xs.append(o.pair_features)
                    ys.append(int(o.pair_positive))
                skip_to = o.start + len(o.pair)
            elif o.form in forms:
                xs.append(o.single_features)
                ys.append(int(o.positive))
    return xs, ys


def fit_weights(
    xs: Sequence[tuple[str, ...]], ys: Sequence[int], C: float, decimals: int
) -> tuple[dict[str, float], float]:
    """L2 logistic regression on binary features: the rounded non-zero weights and the intercept."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer(sparse=True)
    x = vec.fit_transform([dict.fromkeys(f, 1) for f in xs])
    clf = LogisticRegression(C=C, max_iter=2000)
    clf.fit(x, list(ys))
    names = vec.get_feature_names_out()
    weights = {str(n): round(float(w), decimals) for n, w in zip(names, clf.coef_[0], strict=True)}
    return {k: v for k, v in sorted(weights.items()) if v != 0.0}, round(float(clf.intercept_[0]), decimals)


def fit_model(
    prepared: Sequence[Prepared], min_count: int, min_rate: float, C: float, threshold: float
) -> lc.CueModel:
    """The whole fitting procedure on ``prepared`` for one setting."""
    forms = learned_lexicon(prepared, min_count, min_rate)
    xs, ys = examples(prepared, forms)
    if not forms or len(set(ys)) < 2:
        return lc.CueModel(forms=frozenset(), weights={}, intercept=0.0, threshold=1.0)
    weights, intercept = fit_weights(xs, ys, C, CUE_PARAMS["decimals"])
    return lc.CueModel(
        forms=forms,
        weights=weights,
        intercept=intercept,
        threshold=threshold,
        params={"min_count": min_count, "min_rate": min_rate, "C": C, "threshold": threshold},
    )


def folds(n: int, k: int, seed: int) -> list[int]:
    """The fold of each of ``n`` articles: a seeded shuffle dealt into ``k`` folds."""
    order = list(range(n))
    random.Random(seed).shuffle(order)
    fold = [0] * n
    for rank, i in enumerate(order):
        fold[i] = rank % k
    return fold


def _score(prepared: Sequence[Prepared], model: lc.CueModel | None) -> list[dict[str, int]]:
    with lc.use_model(model):
        return [_score_article(p.art, p.doc) for p in prepared]


def cross_validate(
    prepared: Sequence[Prepared] | None = None, params: dict[str, Any] | None = None
) -> pd.DataFrame:
    """5-fold CV by article of every setting of the grid (and of the rules alone): one row per setting.

    Columns: min_count, min_rate, C, threshold (all None for the rules alone), then the
    measures of :func:`mediakit.evaluate.sourcing.summarise` over the held-out folds.
    """
    prm = {**CUE_PARAMS, **(params or {})}
    prep = list(prepared) if prepared is not None else prepare(load_polnear("train"))
    fold = folds(len(prep), prm["folds"], prm["seed"])
    per: dict[tuple[Any, ...], list[dict[str, int]]] = {}
    for f in range(prm["folds"]):
        train = [p for p, g in zip(prep, fold, strict=True) if g != f]
        held = [p for p, g in zip(prep, fold, strict=True) if g == f]
        per.setdefault((None, None, None, None), []).extend(_score(held, None))
        total, positive = form_counts(train)
        for mc, mr in product(prm["min_counts"], prm["min_rates"]):
            forms = _lexicon(total, positive, mc, mr)
            xs, ys = examples(train, forms)
            for C in prm["Cs"]:
                weights, intercept = fit_weights(xs, ys, C, prm["decimals"])
                for t in prm["thresholds"]:
                    model = lc.CueModel(forms=forms, weights=weights, intercept=intercept, threshold=t)
                    per.setdefault((mc, mr, C, t), []).extend(_score(held, model))
    arts = [p.art for p in prep]
    rows = []
    for (mc, mr, C, t), counts in per.items():
        row = summarise("train CV", pd.DataFrame(counts), arts)
        rows.append({"min_count": mc, "min_rate": mr, "C": C, "threshold": t, **row})
    return pd.DataFrame(rows)


def choose(cv: pd.DataFrame) -> dict[str, Any]:
    """The setting of ``cv`` (:func:`cross_validate`) that maximises :data:`OBJECTIVE` within :data:`FLOORS`."""
    base = cv[cv["min_count"].isna()].iloc[0]
    ok = cv[cv["min_count"].notna()]
    for col, rule in FLOORS.items():
        ok = ok[ok[col] >= max(rule["floor"], base[col] - rule["slack"]) - 1e-9]
    if ok.empty:
        return {}
    best = ok.sort_values([OBJECTIVE, "sentence_f1"], ascending=False).iloc[0]
    return {
        "min_count": int(best["min_count"]),
        "min_rate": float(best["min_rate"]),
        "C": float(best["C"]),
        "threshold": float(best["threshold"]),
    }


#: The setting :func:`choose` picked from :func:`cross_validate` (``python -m mediakit.evaluate.sourcing --select``).
CHOSEN: dict[str, Any] = {"min_count": 3, "min_rate": 0.3, "C": 1.0, "threshold": 0.75}
MODEL_VERSION = "2.0.0"


def fit_cue_model(
    prepared: Sequence[Prepared] | None = None, setting: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Fit the shipped model on all of PolNeAR train with :data:`CHOSEN`; its JSON form."""
    prep = list(prepared) if prepared is not None else prepare(load_polnear("train"))
    st = {**CHOSEN, **(setting or {})}
    model = fit_model(prep, st["min_count"], st["min_rate"], st["C"], st["threshold"])
    xs, ys = examples(prep, model.forms)
    return {
        "name": "sourcing learned cue model",
        "version": MODEL_VERSION,
        "description": (
            "learned attribution-cue lexicon (lower-case word and word + particle forms) with a logistic "
            "regression over their context: P(cue) = sigmoid(intercept + sum of the weights of the active "
            "features); an occurrence at or above the threshold is a cue (mediakit/metrics/sourcing/learned.py)"
        ),
        "source": (
            "forms and weights learned from the training split of PolNeAR v1.0.0 (Newell, Margolin & Ruths, "
            f"LREC 2018; research use), {len(prep)} articles, {len(xs)} candidate occurrences, "
            f"{sum(ys)} inside a gold cue; fitted by python -m mediakit.evaluate.sourcing --fit"
        ),
        "params": {**st, "folds": CUE_PARAMS["folds"], "seed": CUE_PARAMS["seed"]},
        "threshold": st["threshold"],
        "intercept": model.intercept,
        "n_forms": len(model.forms),
        "forms": sorted(model.forms),
        "weights": model.weights,
    }


def write_cue_model(path: Path | None = None) -> Path:
    """Fit (:func:`fit_cue_model`) and write ``mediakit/data/sourcing_cue_model.json``."""
    import importlib.resources

    target = path or Path(str(importlib.resources.files("mediakit").joinpath(lc.MODEL_FILE)))
    target.write_text(json.dumps(fit_cue_model(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    lc.shipped_model.cache_clear()
    return target
