"""Sensational family: sensational/clickbait style and emotive tone, with evidence.

One module per part (see ``docs/sensational.md``):

* :mod:`~mediakit.metrics.sensational.lexicon`: the shipped lexicon and its loading;
* :mod:`~mediakit.metrics.sensational.devices`: word classes, phrase matching, every
  style device and emotive word of a headline or body;
* :mod:`~mediakit.metrics.sensational.headline`: the headline model (P(clickbait) of a
  headline, its features and evidence);
* :mod:`~mediakit.metrics.sensational.loaded`: loaded language (the learned table, the
  context rules: senses, negation, quotes);
* :mod:`~mediakit.metrics.sensational.family`: the columns, the index and its Wikinews
  calibration, the registered family.
"""

from mediakit.metrics.sensational.devices import DEVICES, HEADLINE_DEVICES, body_hits, headline_hits
from mediakit.metrics.sensational.family import (
    BODY_WEIGHTS,
    FAMILY,
    VERSION,
    body_score_of,
    calibrate,
    compute,
    raw_index,
    raw_of,
    reference,
)
from mediakit.metrics.sensational.headline import (
    headline_evidence,
    headline_probability,
    headline_score,
    model,
)
from mediakit.metrics.sensational.lexicon import (
    CATEGORIES,
    Lexicon,
    _norm,
    lexicon,
    noun_forms,
    phrase_forms,
    verb_forms,
)
from mediakit.metrics.sensational.loaded import find_loaded
from mediakit.metrics.sensational.loaded import table as loaded_table

__all__ = [
    "BODY_WEIGHTS",
    "CATEGORIES",
    "DEVICES",
    "FAMILY",
    "HEADLINE_DEVICES",
    "VERSION",
    "Lexicon",
    "_norm",
    "body_hits",
    "body_score_of",
    "calibrate",
    "compute",
    "find_loaded",
    "headline_evidence",
    "headline_hits",
    "headline_probability",
    "headline_score",
    "lexicon",
    "loaded_table",
    "model",
    "noun_forms",
    "phrase_forms",
    "raw_index",
    "raw_of",
    "reference",
    "verb_forms",
]
