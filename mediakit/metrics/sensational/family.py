"""Sensational family glue: the columns, the index and its Wikinews calibration, the registered family.

The family measures how an article is written, not what it is about, in three parts
(the rules of each live in its own module):

* **Headline** (:mod:`~mediakit.metrics.sensational.headline`): ``headline_score``,
  the calibrated probability that the headline is clickbait, from a logistic
  regression fitted on crowd-judged publisher posts (Webis-Clickbait-17).
* **Body packaging** (:mod:`~mediakit.metrics.sensational.devices`):
  ``body_score = 1000 · Σ_d w_d · n_d / (words + 25)``, weighted style devices per
  1,000 words (:data:`BODY_WEIGHTS`: exclamation runs, shouting, dramatic framing,
  forward-reference openers 2; intensifiers, rhetorical questions, second person 1;
  superlatives, scare quotes 0.5; first person, contractions 0) with a 25-word prior
  that keeps very short texts from exploding.
* **Loaded language** (:mod:`~mediakit.metrics.sensational.loaded`):
  ``loaded_rate = 1000 · Σ row weights / words``, the loaded words and phrases of the
  body weighted by their learned probability of being expert-marked loaded language
  (PTC), quotes included; ``loaded_quoted_rate`` is the part inside direct quotes.

Emotive-category rates (fear … hyperbole) and the device counts are reported as they
are; ``topic_rate`` (war, crime, disaster words) enters nothing.

Index (three parts in the writer's voice, each standardised on Wikinews, equal weights):

    H = logit(headline_score)
    B = log1p(body_score)
    L = log1p(loaded_rate − loaded_quoted_rate)
    raw = max(0, (H − median_W H)/sd_W H) + (B − mean_W B)/sd_W B + (L − mean_W L)/sd_W L
    index = (raw − mean_W raw) / sd_W raw
    index_percentile = 100 · (#{W < raw} + ½ #{W = raw}) / n_W

The headline adds only what it has beyond a typical (median) Wikinews headline: a plain
or absent headline adds 0, so a sober headline cannot hide a sensational body, and the
log-odds scale (which spreads out very low probabilities) does not reward headlines for
being plainer than plain.

``W`` is the 195-article Wikinews reference (``mediakit/data/sensational_reference.json``,
rebuilt by ``python -m mediakit.evaluate.sensational --rebuild-reference``). The
percentile is 100.0 above every reference article and 0.0 below all of them. An
empty body (no words) makes the body columns, the index and its percentile NaN;
the headline score is still given.

References: Bednarek & Caple (2017), The Discourse of News Values; Blom & Hansen
(2015), Journal of Pragmatics 76; Burgers & de Graaf (2013), Communications 38(2);
Chakraborty, Paranjape, Kakarla & Ganguly (2016), ASONAM; Da San Martino et al.
(2019), EMNLP; Kleemans, Hendriks Vettehen, Beentjes & Eisinga (2017), SComS 17(2);
Potthast et al. (2018), COLING.
"""

from __future__ import annotations

import importlib.resources
import json
import math
from bisect import bisect_right
from functools import lru_cache
from itertools import repeat
from operator import mul
from typing import Any

from mediakit.metrics.registry import Column, Family, FamilyResult, register
from mediakit.metrics.sensational.devices import (
    DEVICES,
    FAMILY_NAME,
    HEADLINE_DEVICES,
    body_hits,
    headline_hits,
)
from mediakit.metrics.sensational.headline import score_headline
from mediakit.metrics.sensational.lexicon import CATEGORIES
from mediakit.metrics.sensational.loaded import Loaded, body_evidence, find_loaded
from mediakit.metrics.sensational.loaded import headline_evidence as loaded_headline_evidence
from mediakit.text.parse import Doc

VERSION = "2.2.1"
NAN = float("nan")

#: Body weights per occurrence (devices per 1,000 words): typographic and narrative
#: packaging (exclamation, shouting, framing, forward reference) 2; address,
#: questions and intensifiers 1; superlatives and scare quotes 0.5 (frequent in
#: sober prose too: "the largest", coined terms); first person and contractions 0
#: (register of opinion and feature writing, reported but not scored). Emotive words
#: are no longer here: loaded language (``loaded_rate``) measures them.
BODY_WEIGHTS: dict[str, float] = {
    "exclamations": 2.0,
    "shouting": 2.0,
    "dramatic_framing": 2.0,
    "forward_references": 2.0,
    "intensifiers": 1.0,
    "rhetorical_questions": 1.0,
    "second_person": 1.0,
    "superlatives": 0.5,
    "scare_quotes": 0.5,
    "first_person": 0.0,
    "contractions": 0.0,
}
#: Words of prior (with no cue) added to the body length in ``body_score``.
BODY_PRIOR_WORDS = 25
#: Parts of the index, in order: headline log-odds, body devices, loaded language (writer's voice).
PARTS = ("headline", "body", "loaded")

_REFERENCE = (
    "Potthast et al. (2018); Da San Martino et al. (2019); Chakraborty et al. (2016); "
    "Blom & Hansen (2015); Burgers & de Graaf (2013); Bednarek & Caple (2017)"
)


# --------------------------------------------------------------------------- scores


_RATE_NAMES = tuple(f"{c}_rate" for c in CATEGORIES)
_BODY_DEVICES = tuple(BODY_WEIGHTS)
_BODY_W = tuple(BODY_WEIGHTS.values())


def body_score_of(counts: dict[str, int], n_words: int) -> float:
    """``1000 * sum_d w_d n_d / (words + 25)`` over :data:`BODY_WEIGHTS`."""
    total: float = sum(map(mul, _BODY_W, map(counts.get, _BODY_DEVICES, repeat(0))))
    return 1000.0 * total / (n_words + BODY_PRIOR_WORDS)


def logit(p: float) -> float:
    """``log(p / (1 − p))``, with ``p`` kept inside ``[1e-9, 1 − 1e-9]``."""
    p = min(max(p, 1e-9), 1.0 - 1e-9)
    return math.log(p) - math.log1p(-p)


def index_parts(headline: float, body: float, loaded_writer: float) -> tuple[float, float, float]:
    """``(H, B, L)``: headline log-odds (NaN without a headline), log1p of the body score and writer's loaded rate."""
    h = NAN if math.isnan(headline) else logit(headline)
    return h, math.log1p(body), math.log1p(loaded_writer)


def raw_index(headline: float, body: float, loaded_writer: float, ref: dict[str, Any] | None = None) -> float:
    """The raw index (:func:`raw_from_parts`) of the three scores; NaN without a body."""
    if math.isnan(body):
        return NAN
    return raw_from_parts(index_parts(headline, body, loaded_writer), ref)


def raw_from_parts(parts: tuple[float, float, float], ref: dict[str, Any] | None = None) -> float:
    """The raw index from :func:`index_parts`: standardised body parts plus the headline's excess.

    ``max(0, (H − median_W) / sd_W) + (B − mean_W) / sd_W + (L − mean_W) / sd_W``; an
    absent headline (NaN) adds 0.
    """
    ref = ref if ref is not None else reference()
    p = ref["parts"]
    h, b, ell = parts
    out: float = (b - p["body"]["mean"]) / p["body"]["sd"] + (ell - p["loaded"]["mean"]) / p["loaded"]["sd"]
    if not math.isnan(h):
        out += max(0.0, (h - p["headline"]["median"]) / p["headline"]["sd"])
    return out


@lru_cache(maxsize=1)
def reference() -> dict[str, Any]:
    """The shipped Wikinews reference statistics (numbers only)."""
    ref = importlib.resources.files("mediakit").joinpath("data/sensational_reference.json")
    try:
        with ref.open(encoding="utf-8") as fh:
            data: dict[str, Any] = json.load(fh)
    except FileNotFoundError:  # pragma: no cover - only while rebuilding
        data = {}
    if "parts" not in data:  # pragma: no cover - only while rebuilding
        parts = {p: {"mean": 0.0, "median": 0.0, "sd": 1.0} for p in PARTS}
        data = {"parts": parts, "raw_mean": 0.0, "raw_sd": 1.0, "raw_sorted": []}
    return data


def calibrate(raw: float) -> tuple[float, float]:
    """Return ``(z-score, percentile)`` of a raw index against the Wikinews reference.

    The percentile is the mid-rank share of reference articles below ``raw``: 100.0
    when ``raw`` is above every reference article, 0.0 when below all of them.
    """
    if math.isnan(raw):
        return NAN, NAN
    ref = reference()
    z = (raw - ref["raw_mean"]) / ref["raw_sd"]
    values: list[float] = ref["raw_sorted"]
    if not values:
        return z, NAN
    below = bisect_right(values, raw - 1e-12)
    equal = bisect_right(values, raw + 1e-12) - below
    return z, 100.0 * (below + 0.5 * equal) / len(values)


# --------------------------------------------------------------------------- family

_PER_K = "per 1,000 words"
_COLUMNS = (
    Column(
        "index",
        "Sensational language of the article (headline, body devices, loaded language) as a z-score against Wikinews",
        "higher_more",
        "z (Wikinews)",
        "Equal-weight sum of three parts standardised on 195 Wikinews articles (docs/sensational.md)",
        label="Sensational index",
        decimals=2,
        higher="sensational language",
    ),
    Column(
        "index_percentile",
        "Percentile of the article's raw index among the Wikinews reference articles (100: above all)",
        "higher_more",
        "percentile (0-100)",
        label="Sensational index percentile",
        decimals=1,
        higher="sensational language than Wikinews",
    ),
    Column(
        "headline_score",
        "Probability that the headline is clickbait (logistic regression fitted on crowd-judged posts)",
        "higher_more",
        "probability (0-1)",
        "Potthast et al. 2018 (Webis-Clickbait-17); Chakraborty et al. 2016",
        label="Headline clickbait probability",
        decimals=2,
        higher="clickbait style",
    ),
    Column(
        "body_score",
        "Weighted style devices (exclamation, shouting, framing, teasers, address...) per 1,000 body words",
        "higher_more",
        "points per 1,000 words",
        "Burgers & de Graaf 2013; Blom & Hansen 2015; Bednarek & Caple 2017",
        label="Body style devices",
        decimals=1,
        higher="sensational packaging",
    ),
    Column(
        "loaded_rate",
        "Loaded, exaggerating or fear-appealing words per 1,000 body words, weighted by their learned probability",
        "higher_more",
        _PER_K,
        "Weights learned from PTC (Da San Martino et al. 2019)",
        label="Loaded language rate",
        decimals=1,
        higher="loaded language",
    ),
    Column(
        "loaded_quoted_rate",
        "The part of loaded_rate inside direct quotes (the sources' words, not the writer's)",
        "higher_more",
        _PER_K,
        "Weights learned from PTC (Da San Martino et al. 2019)",
        label="Loaded language in quotes",
        decimals=1,
        higher="loaded language quoted",
    ),
    *(
        Column(
            f"{c}_rate",
            f"{c.capitalize()} words and phrases per 1,000 body words (emotive tone)",
            "higher_more",
            _PER_K,
            label=f"{c.capitalize()} words",
            decimals=1,
            higher=f"{c} words",
        )
        for c in CATEGORIES
    ),
    Column(
        "emotive_rate",
        "All emotive-category hits per 1,000 body words (tone, not style)",
        "higher_more",
        _PER_K,
        label="Emotive word rate",
        decimals=1,
        higher="emotive words",
    ),
    Column(
        "topic_rate",
        "Hard-news topic words (war, attack, killed, court...) per 1,000 body words; in no score",
        "neutral",
        _PER_K,
        label="Topic word rate",
        decimals=1,
    ),
    Column(
        "intensifiers",
        "Intensifiers and boosters (headline and body)",
        "higher_more",
        "count",
        "Burgers & de Graaf 2013; VADER booster list",
        label="Intensifiers",
        decimals=0,
        higher="intensifiers",
    ),
    Column(
        "superlatives",
        "Superlatives: -est forms, best/worst, most/least + adjective",
        "higher_more",
        "count",
        "Bednarek & Caple 2017",
        label="Superlatives",
        decimals=0,
        higher="superlatives",
    ),
    Column(
        "exclamations",
        "Runs of exclamation marks",
        "higher_more",
        "count",
        label="Exclamations",
        decimals=0,
        higher="exclamations",
    ),
    Column(
        "shouting",
        "ALL-CAPS ordinary words (acronyms excluded)",
        "higher_more",
        "count",
        label="Shouting (all caps)",
        decimals=0,
        higher="shouting",
    ),
    Column(
        "scare_quotes",
        "Scare quotes (short quoted phrases that are not speech)",
        "higher_more",
        "count",
        label="Scare quotes",
        decimals=0,
        higher="scare quotes",
    ),
    Column(
        "rhetorical_questions",
        "Questions in the writer's voice (outside direct quotes; headline questions)",
        "higher_more",
        "count",
        label="Rhetorical questions",
        decimals=0,
        higher="rhetorical questions",
    ),
    Column(
        "second_person",
        "Second-person address outside direct quotes",
        "higher_more",
        "count",
        label="Second person",
        decimals=0,
        higher="direct address",
    ),
    Column(
        "first_person",
        "First-person pronouns outside direct quotes",
        "higher_more",
        "count",
        label="First person",
        decimals=0,
        higher="first person",
    ),
    Column(
        "contractions",
        "Contractions outside direct quotes (conversational register)",
        "higher_more",
        "count",
        "Chakraborty et al. 2016",
        label="Contractions",
        decimals=0,
        higher="conversational register",
    ),
    Column(
        "forward_references",
        "Forward-reference openers and teasers ('This is why', 'You won't believe')",
        "higher_more",
        "count",
        "Blom & Hansen 2015",
        label="Forward references",
        decimals=0,
        higher="teasers",
    ),
    Column(
        "dramatic_framing",
        "Dramatic framing phrases ('last stand', 'under siege')",
        "higher_more",
        "count",
        label="Dramatic framing",
        decimals=0,
        higher="dramatic framing",
    ),
    Column(
        "leading_number",
        "Headline opens with a number (0/1)",
        "higher_more",
        "count",
        label="Leading number",
        decimals=0,
        higher="headlines opening with a number",
    ),
    Column(
        "listicle",
        "Headline is a listicle: number + list noun ('21 Things') (0/1)",
        "higher_more",
        "count",
        label="Listicle headline",
        decimals=0,
        higher="listicle headlines",
    ),
)


def _loaded_rates(found: Loaded, n_words: int) -> tuple[float, float, float]:
    """``(loaded_rate, loaded_quoted_rate, writer's rate)`` per 1,000 words (NaN without words)."""
    if not n_words:
        return NAN, NAN, NAN
    quoted = writer = 0.0
    for r in found.rows:
        if r[2]:
            quoted += r[4]
        else:
            writer += r[4]
    k = 1000.0 / n_words
    return (quoted + writer) * k, quoted * k, writer * k


def _measure(doc: Doc, evidence: bool) -> tuple[dict[str, float], list[Any]]:
    head = headline_hits(doc.title, evidence=evidence)
    hs, head_rows = score_headline(doc.title, head)
    body, topic = body_hits(doc, evidence=evidence)
    n = doc.n_words
    found = find_loaded(doc, body.positions, cased=body.loaded_cased) if n else Loaded([])
    bs = body_score_of(body.counts, n) if n else NAN
    loaded, quoted, writer = _loaded_rates(found, n)
    raw = raw_index(hs, bs, writer)
    z, pct = calibrate(raw)
    per_k = 1000.0 / n if n else NAN
    values: dict[str, float] = {
        "index": z,
        "index_percentile": pct,
        "headline_score": hs,
        "body_score": bs,
        "loaded_rate": loaded,
        "loaded_quoted_rate": quoted,
    }
    per_cat = list(map(body.counts.get, CATEGORIES, repeat(0)))
    for name, c in zip(_RATE_NAMES, per_cat, strict=True):
        values[name] = c * per_k
    values["emotive_rate"] = sum(per_cat) * per_k
    values["topic_rate"] = topic * per_k
    hget = head.counts.get
    bget = body.counts.get
    for d in DEVICES:
        values[d] = float(hget(d, 0) + bget(d, 0))
    for d in HEADLINE_DEVICES:
        values[d] = float(min(hget(d, 0), 1))
    rows: list[Any] = []
    if evidence:
        rows = [*head.evidence, *head_rows, *loaded_headline_evidence(doc.title), *body.evidence]
        if n:
            rows += body_evidence(doc, found)
    return values, rows


def raw_of(doc: Doc) -> float:
    """The uncalibrated index of a parsed article (what the Wikinews reference stores); NaN without a body."""
    parts = parts_of(doc)
    return NAN if math.isnan(parts[1]) else raw_from_parts(parts)


def parts_of(doc: Doc) -> tuple[float, float, float]:
    """``(H, B, L)`` of a parsed article (:func:`index_parts`); all NaN without a body."""
    head = headline_hits(doc.title)
    hs, _ = score_headline(doc.title, head)
    body, _topic = body_hits(doc)
    n = doc.n_words
    if not n:
        return NAN, NAN, NAN
    writer = _loaded_rates(find_loaded(doc, body.positions, cased=body.loaded_cased), n)[2]
    return index_parts(hs, body_score_of(body.counts, n), writer)


def compute(doc: Doc, *, evidence: bool = False) -> FamilyResult:
    """Compute the sensational family for one parsed article (see module docstring)."""
    values, rows = _measure(doc, evidence)
    return FamilyResult(values, rows)


FAMILY = register(
    Family(
        name=FAMILY_NAME,
        version=VERSION,
        description=(
            "Sensational language: headline clickbait probability, body style devices and loaded language, "
            "calibrated on Wikinews."
        ),
        columns=_COLUMNS,
        compute=compute,
        reference=_REFERENCE,
        summary=("index", "headline_score", "loaded_rate", "body_score"),
    )
)
