"""Sensational headline model: the probability that a headline or social post is clickbait.

A logistic regression over transparent features of the headline, fitted on the
Webis-Clickbait-17 posts (Potthast et al. 2018; five crowd judgements per post) by
``python -m mediakit.evaluate.sensational --fit`` (:mod:`mediakit.train.sensational_headline`)
and shipped as numbers in ``mediakit/data/sensational_headline_model.json`` (no
pickle). Inference is pure Python:

    P(clickbait | headline) = σ(b + Σ_f w_f · x_f),   σ(z) = 1 / (1 + e^(−z))

with binary features ``x_f`` (each counted once per headline):

* ``w:<word>`` lower-cased words and ``b:<word word>`` adjacent pairs, ``f:<word>``
  the opening word (Blom & Hansen 2015: the lure sits at the start);
* ``c:<cue>`` each device or emotive category of :func:`headline_hits` present
  (second person, forward reference, leading number, listicle, question,
  superlative, intensifier, ``!``, shouting, scare quote, framing, first person,
  contraction; fear … hyperbole: Chakraborty et al. 2016 cue list);
* ``len:<a-b>`` the length in words (six bins), ``end:<mark>`` the final mark
  (``?``, ``!``, ``:``, ``...``, closing quote or bracket) and ``colon`` (a colon
  inside: "Analysis: …").

Topic-only terms carry no weight: the lexicon's hard-news ``topic`` words (war,
killed, attack…), years and every word the training posts write capitalised
inside a sentence (names, places, organisations: Trump, Syria, NASA) are left out
of the vocabulary when fitting, and an unknown word weighs 0. Other numbers are
one token, ``<num>``. Posts are normalised the same way when fitting and scoring:
URLs, @mentions and #hashtags are blanked (the Webis copy has them removed),
curly apostrophes made straight, case folded. Every feature present with a weight
is an evidence row (:func:`headline_evidence`), so the score can be read off its
parts. ``b`` and the ``w_f`` already contain the Platt calibration fitted on
cross-validated scores (see ``docs/sensational.md``).

References: Potthast, Gollub, Komlossy, Schuster, Wiegmann, Garces, Hagen & Stein
(2018), Crowdsourcing a large corpus of clickbait on Twitter, COLING; Chakraborty,
Paranjape, Kakarla & Ganguly (2016), Stop Clickbait, ASONAM; Platt (1999),
Probabilistic outputs for support vector machines.
"""

from __future__ import annotations

import importlib.resources
import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise, repeat
from typing import Any, NamedTuple

from mediakit.metrics.registry import Evidence
from mediakit.metrics.sensational.devices import FAMILY_NAME, _Hits, headline_hits
from mediakit.metrics.sensational.lexicon import _norm, lexicon

MODEL_FILE = "data/sensational_headline_model.json"
#: Token standing for any number that is not a year (``21 Things``, ``5 ways``).
NUMBER_TOKEN = "<num>"
#: Length bins in words: ``(lower, upper)`` inclusive; the last is open.
LENGTH_BINS = ((0, 2), (3, 5), (6, 8), (9, 11), (12, 14), (15, 10_000))
#: Final marks recorded as ``end:<mark>`` (closing quotes and brackets count as one).
END_MARKS = ("?", "!", ":", "...", '"', ")")

_BLANK = re.compile(r"https?://\S+|www\.\S+|(?<![\w@#])[@#]\w+", re.I)
_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['\u2019][A-Za-z]+)*")
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_CLOSING = {"\u201d": '"', "\u2019": '"', "'": '"', '"': '"', ")": ")", "]": ")"}


def normalise_post(text: str) -> str:
    """Blank URLs, @mentions and #hashtags, keeping every offset.

    Removed spans become spaces of the same length, so offsets into the result are
    offsets into ``text`` (evidence spans stay valid). Curly apostrophes are read as
    straight ones by the word rule (:func:`word_key`).
    """
    if "@" not in text and "#" not in text and "http" not in text and "www" not in text:
        return text
    return _BLANK.sub(lambda m: " " * len(m.group()), text)


@lru_cache(maxsize=1)
def no_weight_words() -> frozenset[str]:
    """Lexicon keys the model never weighs: the ``topic`` and ``subjects`` lists."""
    lex = lexicon()
    return lex.topic | lex.subjects


def word_key(token: str, topic: frozenset[str]) -> str | None:
    """Vocabulary key of a token: lower case, straight apostrophe; ``<num>`` for numbers; None for years and topic words."""
    low = token.lower()
    if low.isdigit():
        return None if _YEAR.match(low) else NUMBER_TOKEN
    if "'" in low or "\u2019" in low:  # the lexicon's keys have no apostrophe
        low = low.replace("\u2019", "'")
        return None if _norm(low) in topic else low
    return None if low in topic else low




def length_bin(n_words: int) -> str:
    """``len:<a-b>`` feature of a headline of ``n_words`` words."""
    for lo, hi in LENGTH_BINS:
        if lo <= n_words <= hi:
            return f"len:{lo}-{hi}" if hi < 10_000 else f"len:{lo}+"
    raise AssertionError(n_words)  # pragma: no cover - the bins cover every length


def end_mark(text: str) -> str | None:
    """The final mark of a headline as recorded in ``end:<mark>``, or None."""
    t = text.rstrip()
    if t.endswith("..."):
        return "..."
    if not t:
        return None
    last = t[-1]
    if last in "?!:":
        return last
    return _CLOSING.get(last)


class Feature(NamedTuple):
    """One active feature of a headline: its name and the span it covers."""

    name: str
    start: int
    end: int


def features(title: str, hits: _Hits | None = None) -> list[Feature]:
    """The active features of a headline, each once, with a character span in ``title``.

    Args:
        title: The headline or post as written (offsets refer to it).
        hits: :func:`headline_hits` of :func:`normalise_post` ``(title)``, when the caller
            has it already; with evidence, cue features get the span of their first cue.
    """
    norm = normalise_post(title)
    if not norm.strip():
        return []
    toks = _tokens(norm)
    out: dict[str, Feature] = {}

    def add(name: str, start: int, end: int) -> None:
        if name not in out:
            out[name] = Feature(name, start, end)

    for s, e, k in toks:
        if k is not None:
            add("w:" + k, s, e)
    for (s, _e, a), (_s, e, b) in pairwise(toks):
        if a is not None and b is not None:
            add(f"b:{a} {b}", s, e)
    if toks and toks[0][2] is not None:
        add("f:" + str(toks[0][2]), toks[0][0], toks[0][1])
    if hits is None:
        hits = headline_hits(norm)
    stripped = norm.strip()
    first = norm.index(stripped[0])
    if hits.keep:
        for ev in hits.evidence:
            add("c:" + _cue_of(ev), ev.start, ev.end)
    else:
        for cue, n in hits.counts.items():
            if n:
                add("c:" + cue, first, first + len(stripped))
    add(length_bin(len(toks)), first, first + len(stripped))
    mark = end_mark(norm)
    if mark is not None:
        end = len(norm.rstrip())
        add("end:" + mark, end - len(mark) if mark == "..." else end - 1, end)
    colon = norm.find(":", 0, len(norm.rstrip()) - 1)
    if colon >= 0:
        add("colon", colon, colon + 1)
    return list(out.values())


def _tokens(norm: str) -> list[tuple[int, int, str | None]]:
    """``(start, end, word_key)`` of each token of a normalised headline."""
    topic = no_weight_words()
    return [(m.start(), m.end(), word_key(m.group(), topic)) for m in _TOKEN.finditer(norm)]


def _names(norm: str, hits: _Hits) -> set[str]:
    """The names of :func:`features` without their spans (the counting path; ``norm`` has text)."""
    toks = _tokens(norm)
    words = [k for _s, _e, k in toks]
    out = {"w:" + k for k in words if k is not None}
    out.update([f"b:{a} {b}" for a, b in pairwise(words) if a is not None and b is not None])
    if words and words[0] is not None:
        out.add("f:" + words[0])
    out.update(["c:" + cue for cue, n in hits.counts.items() if n])
    out.add(length_bin(len(toks)))
    mark = end_mark(norm)
    if mark is not None:
        out.add("end:" + mark)
    if norm.find(":", 0, len(norm.rstrip()) - 1) >= 0:
        out.add("colon")
    return out


def _cue_of(ev: Evidence) -> str:
    """Cue name of a headline evidence row: the device, or the emotive category."""
    return ev.label if ev.kind == "emotive_word" else ev.kind


def feature_names(title: str) -> list[str]:
    """Names of the active features of a headline (what the model is fitted on)."""
    return [f.name for f in features(title)]


@dataclass(frozen=True)
class HeadlineModel:
    """The shipped model: intercept and weights (calibration folded in), and how it was made."""

    version: str
    intercept: float
    weights: dict[str, float]
    meta: dict[str, Any]

    def logit(self, names: list[str]) -> float:
        """``b + Σ w_f`` over the active feature names (unknown features weigh 0), summed in name order."""
        return self.intercept + sum(map(self.weights.get, sorted(names), repeat(0.0)))


@lru_cache(maxsize=1)
def model() -> HeadlineModel:
    """Load the shipped headline model (once per process)."""
    ref = importlib.resources.files("mediakit").joinpath(MODEL_FILE)
    with ref.open(encoding="utf-8") as fh:
        raw = json.load(fh)
    return HeadlineModel(
        version=raw["version"],
        intercept=float(raw["intercept"]),
        weights={k: float(v) for k, v in raw["weights"].items()},
        meta={k: v for k, v in raw.items() if k not in ("weights", "intercept")},
    )


def sigmoid(z: float) -> float:
    """``1 / (1 + e^(-z))``, safe for large ``|z|``."""
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    ez = math.exp(z)
    return ez / (1.0 + ez)


def headline_probability(title: str) -> float:
    """P(clickbait) of a headline or post; NaN when it has no text (see module docstring)."""
    norm = normalise_post(title)
    if not norm.strip():
        return math.nan
    return sigmoid(model().logit(list(_names(norm, headline_hits(norm)))))


def headline_score(title: str) -> float:
    """``sensational.headline_score`` of a headline string: :func:`headline_probability`."""
    return headline_probability(title)


def _describe(name: str) -> str:
    """Readable form of a feature name (``"w:you"`` -> ``"word 'you'"``)."""
    head, _, rest = name.partition(":")
    names = {
        "w": f"word '{rest}'",
        "b": f"phrase '{rest}'",
        "f": f"opening word '{rest}'",
        "c": f"cue: {rest.replace('_', ' ')}",
        "len": f"length {rest} words",
        "end": f"ends with '{rest}'",
        "colon": "colon inside",
    }
    return names.get(head, name)


def headline_evidence(title: str, hits: _Hits | None = None) -> list[Evidence]:
    """Evidence rows of the headline model: one per weighted feature present, and the total.

    Each feature row has ``kind == "headline_feature"``, the span the feature covers
    and its weight in ``label`` (``"word 'you' +0.52"``: what it adds to the log-odds);
    the last row (``kind == "headline_model"``, the whole headline) gives the
    intercept, the sum of the weights and the probability. Features weighing 0
    (unknown words, topic words, names, years) give no row.

    Args:
        title: The headline as written.
        hits: :func:`headline_hits` of :func:`normalise_post` ``(title)`` with evidence,
            when the caller has it.
    """
    if not isinstance(title, str) or not normalise_post(title).strip():
        return []
    return _explain(title, hits)[0]


def _explain(title: str, hits: _Hits | None) -> tuple[list[Evidence], float]:
    """Evidence rows and log-odds of a headline with text (see :func:`headline_evidence`)."""
    m = model()
    rows = []
    feats = features(title, hits)
    for f in feats:
        w = m.weights.get(f.name, 0.0)
        if w == 0.0:
            continue
        rows.append(
            Evidence(
                FAMILY_NAME,
                "headline_feature",
                f.start,
                f.end,
                title[f.start : f.end],
                "title",
                f"{_describe(f.name)} {w:+.2f}",
                f"{FAMILY_NAME}.headline_score",
            )
        )
    z = m.logit([f.name for f in feats])
    total = z - m.intercept
    stripped = title.strip()
    start = title.index(stripped[0])
    rows.append(
        Evidence(
            FAMILY_NAME,
            "headline_model",
            start,
            start + len(stripped),
            stripped,
            "title",
            f"P(clickbait) {sigmoid(z):.2f} = σ(baseline {m.intercept:+.2f} + features {total:+.2f})",
            f"{FAMILY_NAME}.headline_score",
        )
    )
    return rows, z


def score_headline(title: str, hits: _Hits) -> tuple[float, list[Evidence]]:
    """``(P(clickbait), evidence rows)`` of a headline, reusing its device hits where possible.

    ``hits`` is :func:`headline_hits` of ``title`` as written (the device columns); the
    model reads the normalised post, so they are recomputed only when normalising
    changed the text (a URL, @mention or #hashtag). Evidence rows come only when
    ``hits`` carries evidence.
    """
    norm = normalise_post(title)
    if not norm.strip():
        return math.nan, []
    if norm != title:
        hits = headline_hits(norm, evidence=hits.keep)
    if hits.keep:
        rows, z = _explain(title, hits)
        return sigmoid(z), rows
    return sigmoid(model().logit(list(_names(norm, hits)))), []

