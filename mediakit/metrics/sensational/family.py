"""Sensational family: emotive vocabulary and sensational/clickbait *style*, with evidence.

Two things are measured and kept apart:

* **Emotive tone** (content): evaluative words of six categories from the
  project's own lexicon (``mediakit/data/sensational_lexicon.json``): fear,
  violence, outrage, shock, tragedy, hyperbole. Only *loaded* words are listed
  ("brutal", "slams", "terrified"), never neutral report words ("killed",
  "attack", "war"), which are counted separately as ``topic_rate`` and enter no
  score.
* **Style devices** (packaging): intensifiers, superlatives, exclamation marks,
  shouting (ALL-CAPS ordinary words, not acronyms), scare quotes, rhetorical
  questions, second-person address, forward-reference openers, dramatic
  framing, and in headlines leading numbers and listicle forms; first-person
  pronouns and contractions (conversational register) are counted too, scored
  in headlines only.

Scores (weights are fixed by construct, not fitted; see docs/sensational.md):

* ``headline_score = sum_d w_d * [device d present in the headline]`` with
  :data:`HEADLINE_WEIGHTS` (second person, forward reference 2; the other
  devices 1; each emotive category 0.5; at most one point per cue).
* ``body_score = 1000 * sum_d w_d * n_d / (words + 25)``: weighted cues per
  1,000 words with :data:`BODY_WEIGHTS` (style devices 0.5 to 2, emotive
  categories 0.5, register cues 0) and a 25-word prior that keeps very short texts from
  exploding.
* ``raw = log1p(body_score) + log1p(headline_score)`` and
  ``index = (raw - mean_W) / sd_W``, a z-score against the Wikinews reference
  corpus (mean and SD shipped in ``mediakit/data/sensational_reference.json``,
  rebuilt by ``python -m mediakit.evaluate.sensational --rebuild-reference``);
  ``index_percentile`` is the mid-rank percentile of ``raw`` among the
  reference articles.

References: Bednarek & Caple (2017), The Discourse of News Values
(Superlativeness, Negativity); Blom & Hansen (2015), Click bait:
forward-reference as lure in online news headlines, Journal of Pragmatics 76;
Chakraborty, Paranjape, Kakarla & Ganguly (2016), Stop Clickbait, ASONAM;
Burgers & de Graaf (2013), Language intensity as a sensationalistic news
feature, Communications 38(2); Kleemans, Hendriks Vettehen, Beentjes &
Eisinga (2017), SComS 17(2); Hutto & Gilbert (2014), VADER, ICWSM (booster
list, MIT).
"""

from __future__ import annotations

import importlib.resources
import json
import math
from bisect import bisect_right
from functools import lru_cache
from typing import Any

from mediakit.metrics.registry import Column, Family, FamilyResult, register
from mediakit.metrics.sensational.devices import (
    DEVICES,
    FAMILY_NAME,
    HEADLINE_DEVICES,
    _Hits,
    body_hits,
    headline_hits,
)
from mediakit.metrics.sensational.headline import headline_probability, score_headline
from mediakit.metrics.sensational.lexicon import CATEGORIES
from mediakit.text.parse import Doc

VERSION = "1.0.0"
NAN = float("nan")

#: Body weights per occurrence (cues per 1,000 words): typographic and narrative
#: packaging (exclamation, shouting, framing, forward reference) 2; address,
#: questions and intensifiers 1; superlatives and scare quotes 0.5 (frequent in
#: sober prose too: "the largest", coined terms); each emotive category 0.5
#: (content, not packaging); first person and contractions 0 (register of
#: opinion and feature writing, reported but not scored).
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
    **dict.fromkeys(CATEGORIES, 0.5),
}
#: Words of prior (with no cue) added to the body length in ``body_score``.
BODY_PRIOR_WORDS = 25

_REFERENCE = (
    "Bednarek & Caple (2017); Blom & Hansen (2015); Chakraborty et al. (2016); Burgers & de Graaf (2013)"
)


# --------------------------------------------------------------------------- scores


def body_score_of(counts: dict[str, int], n_words: int) -> float:
    """``1000 * sum_d w_d n_d / (words + 25)`` over :data:`BODY_WEIGHTS`."""
    total = sum(w * counts.get(d, 0) for d, w in BODY_WEIGHTS.items())
    return 1000.0 * total / (n_words + BODY_PRIOR_WORDS)


def raw_index(headline: float, body: float) -> float:
    """``log1p(body_score) + log1p(headline_score)`` (headline 0 when there is none)."""
    return math.log1p(body) + math.log1p(headline)


@lru_cache(maxsize=1)
def reference() -> dict[str, Any]:
    """The shipped Wikinews reference statistics (numbers only)."""
    ref = importlib.resources.files("mediakit").joinpath("data/sensational_reference.json")
    try:
        with ref.open(encoding="utf-8") as fh:
            data: dict[str, Any] = json.load(fh)
    except FileNotFoundError:  # pragma: no cover - only while rebuilding
        data = {"raw_mean": 0.0, "raw_sd": 1.0, "raw_sorted": []}
    return data


def calibrate(raw: float) -> tuple[float, float]:
    """Return ``(z-score, percentile)`` of a raw index against the Wikinews reference."""
    ref = reference()
    z = (raw - ref["raw_mean"]) / ref["raw_sd"]
    values: list[float] = ref["raw_sorted"]
    if not values:
        return z, NAN
    below = bisect_right(values, raw - 1e-12)
    equal = bisect_right(values, raw + 1e-12) - below
    return z, 100.0 * (below + 0.5 * equal) / len(values)


# --------------------------------------------------------------------------- family

_COLUMNS = (
    Column(
        "index",
        "Sensational style of the article as a z-score against Wikinews (0 = Wikinews mean)",
        "higher_more",
        "z (Wikinews)",
        "log1p(body_score)+log1p(headline_score), standardised on 195 Wikinews articles",
    ),
    Column(
        "index_percentile",
        "Percentile of the article's raw index among the Wikinews reference articles",
        "higher_more",
        "percentile (0-100)",
    ),
    Column(
        "headline_score",
        "Weighted clickbait/sensational cue families present in the headline",
        "higher_more",
        "points",
        "Chakraborty et al. 2016; Blom & Hansen 2015",
    ),
    Column(
        "body_score",
        "Weighted sensational cues per 1,000 body words",
        "higher_more",
        "points per 1,000 words",
    ),
    *(
        Column(
            f"{c}_rate",
            f"{c.capitalize()} words and phrases per 1,000 body words",
            "higher_more",
            "per 1,000 words",
        )
        for c in CATEGORIES
    ),
    Column(
        "emotive_rate",
        "All emotive-category hits per 1,000 body words (tone, not style)",
        "higher_more",
        "per 1,000 words",
    ),
    Column(
        "topic_rate",
        "Hard-news topic words (war, attack, killed...) per 1,000 body words; in no score",
        "neutral",
        "per 1,000 words",
    ),
    Column(
        "intensifiers",
        "Intensifiers and boosters (headline and body)",
        "higher_more",
        "count",
        "Burgers & de Graaf 2013; VADER booster list",
    ),
    Column(
        "superlatives",
        "Superlatives: -est forms, best/worst, most/least + adjective",
        "higher_more",
        "count",
        "Bednarek & Caple 2017",
    ),
    Column("exclamations", "Runs of exclamation marks", "higher_more", "count"),
    Column("shouting", "ALL-CAPS ordinary words (acronyms excluded)", "higher_more", "count"),
    Column("scare_quotes", "Scare quotes (short quoted phrases that are not speech)", "higher_more", "count"),
    Column(
        "rhetorical_questions",
        "Questions in the writer's voice (outside direct quotes; headline questions)",
        "higher_more",
        "count",
    ),
    Column("second_person", "Second-person address outside direct quotes", "higher_more", "count"),
    Column("first_person", "First-person pronouns outside direct quotes", "higher_more", "count"),
    Column(
        "contractions",
        "Contractions outside direct quotes (conversational register)",
        "higher_more",
        "count",
        "Chakraborty et al. 2016",
    ),
    Column(
        "forward_references",
        "Forward-reference openers and teasers ('This is why', 'You won't believe')",
        "higher_more",
        "count",
        "Blom & Hansen 2015",
    ),
    Column(
        "dramatic_framing", "Dramatic framing phrases ('last stand', 'under siege')", "higher_more", "count"
    ),
    Column("leading_number", "Headline opens with a number (0/1)", "higher_more", "count"),
    Column(
        "listicle", "Headline is a listicle: number + list noun ('21 Things') (0/1)", "higher_more", "count"
    ),
)


def _scores(doc: Doc, hs: float, body: _Hits) -> tuple[float, float]:
    """``(body_score, raw)``; a missing part is NaN and counts 0 in ``raw``."""
    bs = body_score_of(body.counts, doc.n_words) if doc.n_words else NAN
    return bs, raw_index(0.0 if math.isnan(hs) else hs, 0.0 if math.isnan(bs) else bs)


def raw_of(doc: Doc) -> float:
    """The uncalibrated index of a parsed article (what the Wikinews reference stores)."""
    return _scores(doc, headline_probability(doc.title), body_hits(doc)[0])[1]


def compute(doc: Doc, *, evidence: bool = False) -> FamilyResult:
    """Compute the sensational family for one parsed article (see module docstring)."""
    head = headline_hits(doc.title, evidence=evidence)
    hs, head_rows = score_headline(doc.title, head)
    body, topic = body_hits(doc, evidence=evidence)
    n = doc.n_words
    bs, raw = _scores(doc, hs, body)
    z, pct = calibrate(raw) if n or not math.isnan(hs) else (NAN, NAN)
    per_k = 1000.0 / n if n else NAN
    values: dict[str, float] = {"index": z, "index_percentile": pct, "headline_score": hs, "body_score": bs}
    for c in CATEGORIES:
        values[f"{c}_rate"] = body.counts.get(c, 0) * per_k if n else NAN
    values["emotive_rate"] = sum(body.counts.get(c, 0) for c in CATEGORIES) * per_k if n else NAN
    values["topic_rate"] = topic * per_k if n else NAN
    for d in DEVICES:
        values[d] = float(head.counts.get(d, 0) + body.counts.get(d, 0))
    for d in HEADLINE_DEVICES:
        values[d] = float(min(head.counts.get(d, 0), 1))
    return FamilyResult(values, head.evidence + head_rows + body.evidence if evidence else [])


FAMILY = register(
    Family(
        name=FAMILY_NAME,
        version=VERSION,
        description="Sensational/clickbait style (devices) and emotive tone (lexicon), calibrated on Wikinews.",
        columns=_COLUMNS,
        compute=compute,
        reference=_REFERENCE,
        summary=("index", "headline_score", "body_score"),
    )
)
