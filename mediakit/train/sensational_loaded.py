"""Fit the loaded-language table on the PTC training split and cross-validate the detector by article.

The table (``mediakit/data/sensational_loaded.json``) maps words to the probability that
an occurrence lies inside an expert span of one of the target techniques
(:data:`TARGET`). The probability is a logistic regression over word-type features
(:func:`type_features`), fitted on every word occurrence of the training articles
(aggregated per word: each occurrence outside the spans counts 1 as a negative, each
occurrence inside a span of ``L`` words counts ``L ** -p`` as a positive, ``p`` the span
power; ``p = 0`` gives P(inside | word), a positive ``p`` discounts the words of long
spans, since the detector's recall counts a span once however long it is):

    P(inside | word) = σ(β · φ(word))

``φ`` holds the word itself and its crude stem (so the model can learn a word's own
rate, shrunk by the L2 penalty towards what its other features say), the construct
lexicon's category, the VADER valence band, the intensifier and superlative lists, the
Dale-Chall easy list, the last three letters and the length. Words of the lexicon's
topic and subject lists, numbers and names (words the corpus writes capitalised inside
a sentence at least half the time) are never listed. The words whose probability
reaches the threshold form the table; the L2 penalty ``C``, the span power and the
threshold are chosen together by 5-fold cross-validation by article, maximising the F1
of the detector (context rules included) against the expert spans.

:func:`cross_validate` reports the detector honestly: in each of 5 article folds the
whole procedure (fit; penalty, span power and threshold chosen by inner 5-fold CV) runs on the other folds and
is scored on the held-out articles. PTC's text is never written anywhere; only word
weights are.

References: Da San Martino et al. (2019), EMNLP (PTC); SemEval-2020 Task 11.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from mediakit.metrics.sensational import loaded as ld
from mediakit.metrics.sensational.lexicon import _norm, lexicon
from mediakit.text.parse import Doc, parse

#: Expert techniques whose spans count as loaded language.
TARGET = frozenset({"Loaded_Language", "Exaggeration,Minimisation", "Appeal_to_fear-prejudice"})
#: Grids searched by inner cross-validation (docs/sensational.md): penalties, thresholds, span powers; folds, seed.
LOADED_PARAMS: dict[str, Any] = {
    "Cs": [1.0, 3.0],
    "min_count": 1,
    "thresholds": [0.075, 0.1, 0.125, 0.15, 0.175, 0.2, 0.225, 0.25, 0.275, 0.3, 0.35, 0.4],
    "span_powers": [0.0, 0.25, 0.5],
    "folds": 5,
    "seed": 13,
    "decimals": 3,
}
PROPER_SHARE = 0.5
_SUFFIXES = ("ingly", "edly", "ing", "ed", "ly", "es", "s")


@dataclass
class Article:
    """One PTC article, parsed, with its target spans and the in-span flag of each word."""

    doc: Doc
    spans: list[tuple[int, int]]
    inside: list[bool]
    #: For each word, the length in words of the shortest target span it lies in (0 outside).
    span_words: list[int] = field(default_factory=list)


def ptc_articles() -> list[Article]:
    """The PTC training articles (``ptc_train``), parsed as the family parses any article."""
    from mediakit import datasets

    out = []
    with open(datasets.path("ptc_train"), encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            r = json.loads(line)
            doc = parse(r["body"], r["title"])
            spans = sorted((s["start"], s["end"]) for s in r["spans"] if s["label"] in TARGET)
            inside = _inside_flags(doc.word_spans, spans)
            out.append(Article(doc, spans, inside, _span_words(doc.word_spans, spans)))
    return out


def _inside_flags(word_spans: Sequence[tuple[int, int]], spans: Sequence[tuple[int, int]]) -> list[bool]:
    """For each word span, whether it overlaps one of ``spans`` (sorted by start)."""
    flags = []
    for s, e in word_spans:
        flags.append(any(a < e and s < b for a, b in spans if a < e))
    return flags


def _span_words(word_spans: Sequence[tuple[int, int]], spans: Sequence[tuple[int, int]]) -> list[int]:
    """For each word span, the length in words of the shortest of ``spans`` it overlaps (0: none)."""
    from bisect import bisect_left, bisect_right

    starts = [s for s, _e in word_spans]
    ends = [e for _s, e in word_spans]
    out = [0] * len(word_spans)
    for a, b in spans:
        i = bisect_right(ends, a)  # the first word ending after the span starts
        j = bisect_left(starts, b)  # the first word starting at or after the span's end
        n = j - i
        for w in range(i, j):
            if out[w] == 0 or n < out[w]:
                out[w] = n
    return out


def stem(word: str) -> str:
    """Crude stem: one common suffix removed when three letters remain."""
    for suf in _SUFFIXES:
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            return word[: -len(suf)]
    return word


def _valence_band(v: float) -> str:
    for lo, band in ((2.5, "+3"), (1.5, "+2"), (0.5, "+1"), (-0.5, "0"), (-1.5, "-1"), (-2.5, "-2")):
        if v >= lo:
            return band
    return "-3"


class _Features:
    """Word-type features φ(word) (see the module docstring)."""

    def __init__(self) -> None:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        from mediakit.metrics.readability import easy_words

        self.vader: dict[str, float] = dict(SentimentIntensityAnalyzer().lexicon)
        self.easy = frozenset(easy_words())
        self.lex = lexicon()

    def __call__(self, w: str, known: frozenset[str] = frozenset(), stems: frozenset[str] = frozenset()) -> dict[str, float]:
        k = _norm(w)
        lex = self.lex
        f: dict[str, float] = {}
        if w in known:
            f["w=" + w] = 1.0
        st = stem(w)
        if st in stems:
            f["s=" + st] = 1.0
        cat = lex.words.get(k)
        if cat is not None:
            f["lex=" + cat] = 1.0
            f["lex"] = 1.0
        v = self.vader.get(w)
        if v is not None:
            f["v=" + _valence_band(v)] = 1.0
        if k in lex.intensifiers:
            f["int"] = 1.0
        if k in lex.superlatives:
            f["sup"] = 1.0
        if k in lex.topic:
            f["topic"] = 1.0
        f["easy" if w in self.easy else "hard"] = 1.0
        if len(w) > 4:
            f["suf3=" + w[-3:]] = 1.0
        f[f"len={min(len(w), 12)}"] = 1.0
        if not w.isalpha():
            f["nonalpha"] = 1.0
        return f


def excluded_words(articles: Sequence[Article]) -> frozenset[str]:
    """Words never loaded: topic and subject lists, numbers, names and compounds of names.

    A name is a word the articles write capitalised in at least :data:`PROPER_SHARE` of
    its uses inside a sentence (Trump, Muslims, NATO); a compound of a name starts or
    ends with a name of five or more letters ("nonmuslims", "majoritymuslim").
    """
    lex = lexicon()
    cap: Counter[str] = Counter()
    uses: Counter[str] = Counter()
    for art in articles:
        for words in art.doc.sentence_words:
            for j, w in enumerate(words):
                if j == 0:
                    continue
                low = w.lower()
                uses[low] += 1
                if w[0].isupper():
                    cap[low] += 1
    names = {w for w, n in uses.items() if cap[w] >= PROPER_SHARE * n and w != "i"}
    vocab = {w for a in articles for w in a.doc.lower_words}
    long_names = {w for w in names if len(w) >= 5}
    # Compounds of a name ("nonmuslims", "antitrump" once hyphens are dropped) are names too.
    names |= {
        w
        for w in vocab
        if any(w[:i] in long_names or w[-i:] in long_names for i in range(5, len(w)))
    }
    numbers = {w for w in vocab if any(c.isdigit() for c in w)}
    lists = {w for w in vocab if _norm(w) in lex.topic or _norm(w) in lex.subjects}
    return frozenset(names | numbers | lists)


def fit_weights(
    articles: Sequence[Article],
    candidates: set[str],
    c: float,
    min_count: int | None = None,
    span_power: float = 0.0,
) -> dict[str, float]:
    """Fit the type model on ``articles``; return the weight of every word of ``candidates``.

    An occurrence outside the target spans counts 1 as a negative; one inside a span of
    ``L`` words counts ``L ** -span_power`` as a positive (``span_power = 0``: every
    occurrence counts 1 and the weight is P(inside | word); ``span_power = 1``: each span
    carries a total weight of 1, as in the recall of the detector, which counts a span
    once however long it is). A word's own feature (and its stem's) is used only when it
    occurs at least ``min_count`` times in ``articles``: rarer words are judged by their
    other features.
    """
    from scipy.sparse import vstack
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    n: Counter[str] = Counter()
    k: dict[str, float] = {}  # positive weight per word
    out: Counter[str] = Counter()
    for art in articles:
        for w, length in zip(art.doc.lower_words, art.span_words, strict=True):
            n[w] += 1
            if length:
                k[w] = k.get(w, 0.0) + (length**-span_power if span_power else 1.0)
            else:
                out[w] += 1
    phi = _Features()
    types = sorted(n)
    m = int(LOADED_PARAMS["min_count"] if min_count is None else min_count)
    known = frozenset(w for w in types if n[w] >= m)
    per_stem: Counter[str] = Counter()
    for w in types:
        per_stem[stem(w)] += n[w]
    stems = frozenset(s for s, c in per_stem.items() if c >= m)
    dv = DictVectorizer()
    x = dv.fit_transform([phi(w, known, stems) for w in types])
    pos = np.array([k.get(w, 0.0) for w in types], dtype=float)
    neg = np.array([out[w] for w in types], dtype=float)
    lr = LogisticRegression(C=c, solver="newton-cg", max_iter=10_000, tol=1e-8)
    lr.fit(
        vstack([x, x]).tocsr(),
        np.r_[np.ones(len(types)), np.zeros(len(types))],
        sample_weight=np.r_[pos, neg] + 1e-12,
    )
    cand = sorted(candidates)
    p = lr.predict_proba(dv.transform([phi(w, known, stems) for w in cand]))[:, 1]
    return dict(zip(cand, p.tolist(), strict=True))


def candidate_words(articles: Sequence[Article]) -> set[str]:
    """Words that may be listed: the corpus vocabulary, the construct lexicon and VADER's words, minus exclusions."""
    lex = lexicon()
    words = {w for a in articles for w in a.doc.lower_words}
    words |= set(lex.words) | set(lex.intensifiers) | set(lex.superlatives)
    phi = _Features()
    words |= {w for w in phi.vader if w.isalpha()}
    return {w for w in words if w.isalpha() or "'" in w} - excluded_words(articles)


def score(articles: Sequence[Article], found: Sequence[ld.Loaded]) -> dict[str, float]:
    """Precision, recall, F1 of rows against expert spans, and article-level Spearman of the rates.

    A row is right when it overlaps an expert target span; an expert span is found when
    a row overlaps it. Spearman: loaded_rate (writer's voice) and all rows per 1,000
    words against expert spans per 1,000 words.
    """
    from mediakit.evaluate._stats import spearman

    tp = rows = found_spans = total = 0
    writer, both, weighted, gold = [], [], [], []
    for art, f in zip(articles, found, strict=True):
        ws = art.doc.word_spans
        spans_rows = [(ws[a][0], ws[b - 1][1]) for a, b, _q, _why, _w in f.rows]
        rows += len(spans_rows)
        tp += sum(any(a < e and s < b for a, b in art.spans) for s, e in spans_rows)
        total += len(art.spans)
        found_spans += sum(any(a < e and s < b for s, e in spans_rows) for a, b in art.spans)
        n = max(art.doc.n_words, 1)
        writer.append(1000 * f.writer / n)
        both.append(1000 * len(f.rows) / n)
        weighted.append(1000 * sum(r[4] for r in f.rows) / n)
        gold.append(1000 * len(art.spans) / n)
    p = tp / rows if rows else 0.0
    r = found_spans / total if total else 0.0
    return {
        "rows": rows,
        "expert_spans": total,
        "precision": p,
        "recall": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "spearman_loaded_rate": spearman(writer, gold),
        "spearman_all_rows": spearman(both, gold),
        "spearman_weighted": spearman(weighted, gold),
    }


def _folds(n: int, k: int, seed: int) -> np.ndarray:
    """Fold of each article: a seeded permutation dealt round-robin."""
    fold: np.ndarray = np.random.default_rng(seed).permutation(n) % k
    return fold


def detect(articles: Sequence[Article], weights: dict[str, float], threshold: float) -> list[ld.Loaded]:
    """Run the family's detector (context rules included) with a table built from ``weights``."""
    tab = ld.build_table(weights, threshold)
    return [ld.find_loaded(a.doc, None, tab) for a in articles]


def choose_threshold(
    articles: Sequence[Article], params: dict[str, Any]
) -> tuple[float, float, float, list[dict[str, Any]]]:
    """The penalty, span power and threshold maximising the pooled F1 of inner article-fold CV on ``articles``.

    Returns ``(C, span_power, threshold, table)``; the table holds one row per triple.
    Ties go to the triple listed first (lower C, lower power, lower threshold).
    """
    fold = _folds(len(articles), int(params["folds"]), int(params["seed"]))
    triples = [
        (float(c), float(pw), float(t))
        for c in params["Cs"]
        for pw in params["span_powers"]
        for t in params["thresholds"]
    ]
    found: dict[tuple[float, float, float], list[ld.Loaded | None]] = {x: [None] * len(articles) for x in triples}
    for f in range(int(params["folds"])):
        train = [a for a, g in zip(articles, fold, strict=True) if g != f]
        test_idx = [i for i, g in enumerate(fold) if g == f]
        test = [articles[i] for i in test_idx]
        cands = candidate_words(train)
        for c in params["Cs"]:
            for pw in params["span_powers"]:
                weights = fit_weights(train, cands, float(c), params["min_count"], float(pw))
                for t in params["thresholds"]:
                    for i, res in zip(test_idx, detect(test, weights, t), strict=True):
                        found[(float(c), float(pw), float(t))][i] = res
    table = []
    for c, pw, t in triples:
        results = [x for x in found[(c, pw, t)] if x is not None]
        table.append({"C": c, "span_power": pw, "threshold": t, **score(articles, results)})
    best = max(table, key=lambda r: r["f1"])
    return float(best["C"]), float(best["span_power"]), float(best["threshold"]), table


def cross_validate(params: dict[str, Any] | None = None, articles: list[Article] | None = None) -> dict[str, Any]:
    """Nested article-fold CV of the whole procedure; pooled scores of the held-out articles."""
    params = {**LOADED_PARAMS, **(params or {})}
    articles = articles if articles is not None else ptc_articles()
    k = int(params["folds"])
    fold = _folds(len(articles), k, int(params["seed"]) + 1)
    found: list[ld.Loaded | None] = [None] * len(articles)
    chosen: list[float] = []
    powers: list[float] = []
    penalties: list[float] = []
    for f in range(k):
        train = [a for a, g in zip(articles, fold, strict=True) if g != f]
        test_idx = [i for i, g in enumerate(fold) if g == f]
        test = [articles[i] for i in test_idx]
        c, pw, t, _table = choose_threshold(train, params)
        chosen.append(t)
        powers.append(pw)
        penalties.append(c)
        weights = fit_weights(train, candidate_words(train), c, params["min_count"], pw)
        for i, res in zip(test_idx, detect(test, weights, t), strict=True):
            found[i] = res
    res_all = [x for x in found if x is not None]
    return {"thresholds": chosen, "span_powers": powers, "Cs": penalties, **score(articles, res_all)}


def fit_loaded_table(params: dict[str, Any] | None = None) -> dict[str, Any]:
    """Fit the shipped table on all PTC training articles; return the JSON document."""
    params = {**LOADED_PARAMS, **(params or {})}
    articles = ptc_articles()
    c, power, threshold, table = choose_threshold(articles, params)
    weights = fit_weights(articles, candidate_words(articles), c, params["min_count"], power)
    d = int(params["decimals"])
    kept = {w: round(p, d) for w, p in sorted(weights.items()) if p >= threshold}
    return {
        "name": "sensational loaded-language table",
        "version": "1.2.0",
        "description": (
            "span-weighted P(an occurrence of the word lies inside an expert Loaded_Language, "
            "Exaggeration,Minimisation or Appeal_to_fear-prejudice span): an occurrence inside a span "
            "of L words counts L ** -span_power as a positive; words at or above the threshold are "
            "loaded (mediakit/metrics/sensational/loaded.py)"
        ),
        "source": (
            "weights learned from the training split of the Propaganda Techniques Corpus (PTC v2, "
            "Da San Martino et al. 2019; SemEval-2020 Task 11; research use), 371 articles, with the "
            "mediakit construct lexicon and VADER 3.3.2 valences as features; numbers only, no text"
        ),
        "lexicon_version": lexicon().version,
        "params": params,
        "C": c,
        "span_power": power,
        "threshold": threshold,
        "threshold_cv": [{k: (round(v, 4) if isinstance(v, float) else v) for k, v in r.items()} for r in table],
        "n_words": len(kept),
        "weights": kept,
    }


def write_loaded_table(path: Path | None = None) -> Path:
    """Fit and write ``mediakit/data/sensational_loaded.json``; return its path."""
    import importlib.resources

    target = path or Path(str(importlib.resources.files("mediakit").joinpath(ld.TABLE_FILE)))
    target.write_text(json.dumps(fit_loaded_table(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    ld.table.cache_clear()
    return target
