"""Sourcing family: who is cited, how, and how vaguely (rule-based, no model).

An *attribution* is source + cue + content (PARC 3.0, Pareti 2016; PolNeAR,
Newell, Margolin & Ruths 2018). This family finds the **cues** with a few
compiled regular expressions over the body, then reads the **source** around
each cue and classifies it; quotation marks come from
:attr:`mediakit.text.parse.Doc.quotes` (:mod:`mediakit.text.quotes`).

Cues (each is one attribution, ``label`` in evidence):

* ``speech``: a speech verb in any inflection ("said", "says", "told",
  "tweeted", "argued", ...), whatever the word order ("X said", "said X",
  "X told Y", "X, who ..., said").
* ``belief``: belief, intention and evidence verbs ("believes", "wants",
  "plans", "a report shows", "found"): PolNeAR annotates beliefs and
  intentions as attributions too.
* ``according_to``: "according to X".
* ``colon``: a colon introducing a quotation (``X: "..."``) with no other cue
  before it in the clause, and transcript turns (``WALLACE: ...``).
* ``nominal``: a communication or stance noun with its complement ("his
  proposal for", "attacks on", "criticism of", "support for"), as PolNeAR
  annotates them.
* ``medium``: "in a statement / an interview / a poll" in a sentence with no
  other cue.
* ``hedge``: a vague attribution with no source: "it is believed",
  "reportedly", "allegedly", "alleged", "it's known", "some estimates",
  "sources say", "critics say", a bare plural role noun ("Lawyers have
  reported"), ...

Filters against the classic false alarms: a cue inside a direct quotation
(nested speech) is skipped; a cue word preceded by a determiner or possessive
("the report", "his statement", "a call") is a noun and skipped; the
noun-ambiguous forms in :data:`NOUNISH` ("support", "plans", "calls",
"report", "comments", ...) count only after a subject-like word (pronoun,
name, modal, "to", an adverb); "did not respond to requests for comment" and
"could not be reached for comment" are not attributions.

The lexicon (:data:`SPEECH_LEMMAS`, :data:`BELIEF_LEMMAS`) started from PARC /
Krestel et al. (2008) reporting verbs and was filtered on PolNeAR **train**
only: a lemma stays when the sentences its forms flag are mostly (>= 65%)
gold-attributed there. Every inflection of a kept lemma is matched.

Sources: the noun phrase that is the cue's subject (left of the cue, skipping
an appositive or relative clause between commas), the one after an inverted
cue (``"...," said Smith``), or the object of "according to". Pronouns are
resolved to the last named person. Classes: ``named`` (a person's name),
``organisation``, ``role`` (a title only: "a spokesman", "officials"),
``unnamed`` ("a person familiar with", "sources close to", "a senior
official"), ``vague`` (hedges, "some say", bare plural role nouns),
``document`` ("a report", "a poll", "the data"), ``other`` (a head that is
neither a person nor a document: "The latest case"). A clause-initial
adverbial ("Since X", "During X") is not part of the subject. Kinds: ``official``,
``legal``, ``expert``, ``citizen``, ``organisation``, ``media``,
``unknown``, from role words in the source or around a named person. Named
people are merged by surname (a full name, then the surname alone).

Two notions, kept apart. **Attribution density** follows PolNeAR's definition,
which counts beliefs and intentions: every cue above is one attribution in
``attributions``, ``attributions_per_100_words`` and
``attributed_sentence_share``. **Cited sources** are what a journalism
analyst calls a source: each attribution gets a ``cue_type`` (speech,
according_to, evidence, colon, medium, hedge, belief, intention, stance,
nominal; a speech verb in an infinitive, "went to court to demand", is an
intention) and ``cited`` is True for speech, according_to, evidence, colon,
medium and hedge cues unless the source's head is neither a person nor a
document ("The latest case highlights"), and for any cue whose source is a
document. Beliefs, intentions and stances of the article's own subjects
("guards demand", "the court will consider", "Russia believed") are not
cited. The distinct-source columns (``named_sources``, ``unnamed_sources``,
``document_sources``, ``*_sources`` kinds) count cited rows only. Source
class ``role`` needs a person, role or group head noun ("a spokesman",
"lawyers", "hundreds of guards"); other heads are ``other``.

Density (the ``attributions_per_100_words`` column) is::

    attributions_per_100_words = 100 * attributions / words

and ``attributed_sentence_share`` = (sentences with a cue + floating quote
sentences) / sentences, where a *floating quote* is a sentence that is mostly
a direct quotation, has no cue, and follows an attributed sentence (it
inherits that sentence's source; GenderGapTracker's rule, Asr et al. 2021).
On PolNeAR the sentence share is biased low (rule-based recall), so use it to
rank and compare articles, not as an absolute rate; see ``docs/sourcing.md``.

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
