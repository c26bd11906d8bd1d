"""Sensational headline score."""

from __future__ import annotations

from mediakit.metrics.sensational.devices import headline_hits
from mediakit.metrics.sensational.lexicon import CATEGORIES

#: Headline weights: one point per cue family present (Chakraborty et al. 2016
#: cue list), doubled for the two lures the literature singles out (direct
#: address, forward reference: Blom & Hansen 2015), halved for emotive words
#: (content, not packaging).
HEADLINE_WEIGHTS: dict[str, float] = {
    "second_person": 2.0,
    "forward_references": 2.0,
    "first_person": 1.0,
    "contractions": 1.0,
    "leading_number": 1.0,
    "listicle": 1.0,
    "rhetorical_questions": 1.0,
    "superlatives": 1.0,
    "intensifiers": 1.0,
    "exclamations": 1.0,
    "shouting": 1.0,
    "scare_quotes": 1.0,
    "dramatic_framing": 1.0,
    **dict.fromkeys(CATEGORIES, 0.5),
}


def headline_score_of(counts: dict[str, int]) -> float:
    """``sum_d w_d * [d present]`` over :data:`HEADLINE_WEIGHTS`."""
    return float(sum(w for d, w in HEADLINE_WEIGHTS.items() if counts.get(d, 0) > 0))


def headline_score(title: str) -> float:
    """Headline-only score of a headline string (see module docstring)."""
    return headline_score_of(headline_hits(title).counts)
