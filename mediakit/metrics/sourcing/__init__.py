"""Sourcing family: who is cited, how, and how vaguely (rules and one small learned cue model).

An *attribution* is source + cue + content (PARC 3.0, Pareti 2016; PolNeAR,
Newell, Margolin & Ruths 2018). The package, in data-flow order:

* :mod:`~mediakit.metrics.sourcing.lexicon`: speech, belief and evidence verbs
  (filtered on PolNeAR train), role nouns and their kinds, document and
  institution words, anonymity and vagueness patterns, first-name lists;
* :mod:`~mediakit.metrics.sourcing.cues`: cue detection (speech, belief,
  according to, colon, medium, nominal, hedges) with the filters against
  false alarms, and each cue's type;
* :mod:`~mediakit.metrics.sourcing.learned`: cue forms and a logistic regression on their
  context, learned from PolNeAR train, adding the cues the rules miss (as beliefs, never cited);
* :mod:`~mediakit.metrics.sourcing.spans`: the source phrase of each cue,
  read over the tokens of its sentence (titles, appositions, relative
  clauses, inverted and passive cues, clause subjects), with a fast path for
  simple subjects;
* :mod:`~mediakit.metrics.sourcing.classify`: a phrase's class (named,
  organisation, document, role, unnamed, vague; or not a source) and kind
  (official, legal, expert, media, organisation, citizen);
* :mod:`~mediakit.metrics.sourcing.resolve`: pronouns, relative pronouns,
  descriptions and organisation names to entities;
* :mod:`~mediakit.metrics.sourcing.family`: the analysis (nested and fronted
  content dropped, floating quotes), the registered columns, evidence and
  :func:`source_table` (``mediakit.sources``).

Density follows PolNeAR (beliefs and intentions count as attributions):
``attributions_per_100_words = 100 * attributions / words``;
``attributed_sentence_share`` = (sentences with a cue + floating-quote
sentences) / sentences. Cited sources are counted by entity, on cited rows
only (speech, according to, evidence with a source, colon, medium, hedge;
beliefs, intentions and stances only when their source is a document).
Definitions, rules and the PolNeAR evaluation: ``docs/sourcing.md``.

References: Pareti (2016), PARC 3.0, LREC; Newell, Margolin & Ruths (2018),
An attribution relations corpus for political news (PolNeAR), LREC; Krestel,
Bergler & Witte (2008), Minding the source, LREC; Asr et al. (2021), The
Gender Gap Tracker, PLOS ONE; Pew Research Center / PEJ, State of the News
Media 2005 (sourcing transparency).
"""

from __future__ import annotations

from mediakit.metrics.sourcing.cues import Attribution, Source, cue_spans
from mediakit.metrics.sourcing.family import (
    FAMILY,
    SOURCE_TABLE_COLUMNS,
    VERSION,
    SourcingAnalysis,
    analyse,
    compute,
    source_table,
)
from mediakit.metrics.sourcing.lexicon import SOURCE_CLASSES, SOURCE_KINDS, inflections

__all__ = [
    "FAMILY",
    "SOURCE_CLASSES",
    "SOURCE_KINDS",
    "SOURCE_TABLE_COLUMNS",
    "VERSION",
    "Attribution",
    "Source",
    "SourcingAnalysis",
    "analyse",
    "compute",
    "cue_spans",
    "inflections",
    "source_table",
]
