"""Learned attribution cues: a lexicon of cue forms and a logistic regression on their context.

The rule-based detector (:func:`mediakit.metrics.sourcing.cues.cue_spans`) finds the
speech, belief and stance verbs of its lexicon. PolNeAR annotates many more cue words
("voted against", "signed", "endorsed", "vowed", "statement"), a long tail no hand list
covers. This module adds the frequent part of that tail, learned from the training split
of PolNeAR (Newell, Margolin & Ruths 2018; research use; only word forms and weights ship,
no text):

* **Candidates.** A *learned lexicon* of lower-case word forms and two-word forms (a word
  followed by a preposition or particle: "voted against", "focused on"), each seen at
  least ``min_count`` times inside a gold cue in train with a cue rate (occurrences inside
  a gold cue / occurrences) of at least ``min_rate``, counted only where the rules find
  nothing (outside direct quotations, more than :data:`NEAR` characters from a rule cue, not
  right after "to", no participle after "be": :func:`admissible`), no form of the rule
  lexicon, and no form naming an act or event (:func:`attributive_form`: PolNeAR counts votes,
  signings, sentences and forecasts; ordinary news reports them as events). One regular-expression pass over the article (:func:`scan`)
  finds them; features
  are computed for candidates only.
* **Model.** For a candidate occurrence (a form written in lower case, outside direct
  quotations, not near a rule cue, no infinitive, no passive):

      P(cue | occurrence) = σ(b + Σ_f w_f · x_f),   σ(z) = 1 / (1 + e^(−z))

  with binary features ``x_f`` (:func:`features`): the form; the word classes of the two
  words before and the word after (pronoun, relative pronoun, auxiliary, "to", negation,
  determiner, preposition, "that", adverb, capitalised word, number, punctuation, sentence
  start); the form with the class of the word before and of the word after; a capitalised
  word, a subject pronoun or a person / institution noun within :data:`WINDOW` words before;
  a rule cue earlier or later in the sentence; the candidate among the sentence's first
  three words; a direct quotation in the sentence; the article's first line (headline).
  An occurrence with ``P >= threshold`` is a cue.

``min_count``, ``min_rate``, the L2 penalty ``C`` and the threshold are chosen by 5-fold
cross-validation by article inside PolNeAR train (``python -m mediakit.evaluate.sourcing
--fit``; :mod:`mediakit.train.sourcing_cues`), the shipped numbers live in
``mediakit/data/sourcing_cue_model.json``. The learned cues get the label ``belief``: the
family reads their source like any belief cue, never counts them as cited speech (their
``cue_type`` is ``belief`` or, for a two-word form, ``stance``), and drops them inside
another attribution's content. Inference is pure Python. The model is on by default
(:func:`active_model`); ``with use_model(None): ...`` runs the rules alone.

References: Newell, Margolin & Ruths (2018), An attribution relations corpus for political
news, LREC; Pareti (2016), PARC 3.0, LREC; Newell et al. (2018), Citron (BBC; DSJM): a
logistic-regression cue classifier, cue F1 82.3 on PARC 3.0.
"""

from __future__ import annotations

import bisect
import importlib.resources
import json
import math
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from mediakit.metrics.sourcing.lexicon import (
    AUX,
    DETERMINERS,
    INSTITUTIONS,
    PERSON_NOUNS,
    ROLE_WORDS,
)
from mediakit.text.parse import Doc

MODEL_FILE = "data/sourcing_cue_model.json"
#: Characters around a rule cue inside which no learned cue is proposed (the rules have it).
NEAR = 12
#: Words before the candidate searched for a capitalised word, a pronoun or a person noun.
WINDOW = 4
#: Prepositions and particles that make a two-word form ("voted against", "focused on").
PARTICLES = frozenset(
    """of on for about against with to over at from by in into toward towards behind among as like up
    out off down back""".split()
)
_PRONOUNS = frozenset("he she they we i you it".split())
_RELATIVES = frozenset("who which that whom".split())
_NEGATIONS = frozenset("not n't never no".split())
_PREPOSITIONS = PARTICLES - frozenset("to up out off down back".split())
_AUX = AUX | frozenset("will would could should can may might must do does did".split())
#: A word (starting and ending with a letter or digit: "n't" is a word, a quote mark is not) or one mark.
#: Function words whose identity is a feature of its own next to a candidate ("was" against "has").
CLOSED_WORDS = frozenset(
    _PRONOUNS
    | _RELATIVES
    | _NEGATIONS
    | _AUX
    | _PREPOSITIONS
    | {
        "to",
        "also",
        "and",
        "but",
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "its",
        "this",
        "publicly",
        "repeatedly",
        "recently",
        "later",
        "first",
        "last",
    }
)
_TOKEN = re.compile(r"[^\W_](?:[\w'’-]*[^\W_])?|[^\w\s]")
#: First words of forms that name an act or an event, not a content: PolNeAR annotates votes,
#: signings, appointments, sentences, forecasts, namings and approvals as cues, but in ordinary
#: news "voted to", "signed a decree", "was sentenced", "named it", "passed the Senate" report what
#: happened, not what someone said, believed or wanted (docs/sourcing.md, "What counts as an
#: attribution"); forms whose first word is one of these are never learned. Also here: ceremonial
#: acts ("congratulated the winners"), caused
#: emotions (the source of "angered" is its object), "seen as" (a passive hedge), and words that
#: are no cue of their own ("looking", "first to", "forward to", "deep into").
ACT_WORDS = frozenset(
    """appointed approved attempted authorized blocked booed cast celebrated co-sponsored covered
    delivering devoted displayed dubbed exploit footage forecast hitting imposed launching lining lists
    measured named naming negotiated nominated opted passed pressed pressing promote promotes provided
    releasing relying required restricting ruled sentenced sent shared signed struck titled turned
    unveiled vote voted votes written tears silence length knocked ripped fun go went looking looked
    look first instead case reason forward ahead deep on as is has in well himself seen am she's
    angered rattled startled laid laying lays adopted allowed filed fired published sued presented
    focused focuses focusing attention struggling interest subject forth secret meant proved offering
    signs congratulated congratulating""".split()
)
#: Two-word forms kept although their first word is in :data:`ACT_WORDS` (speech: "laid out the plan").
KEPT_FORMS = frozenset({"laid out", "lays out", "fired back"})
#: Words that are a cue only with their particle ("weighed in", "touched on", "looks like"), never alone.
PARTICLE_ONLY = frozenset("weighed touched looks".split())
_AFTER_TO = re.compile(r"(?<![\w'’-])[Tt]o $")
#: Forms of "be" before a participle (a passive: "was sentenced", "is required").
_BE = frozenset("is are was were be been being am 'm 're ’m ’re".split())
#: Irregular past participles of learned forms' first words.
_PARTICIPLES = frozenset("seen forecast cast written known held thought brought shown struck told sent".split())
#: Marks that are classes of their own; a quotation mark is ``"``, any other mark ``SYM``.
_MARKS = {**dict.fromkeys(",.:;?!()-$%", ""), **dict.fromkeys("\"“”'‘’«»", '"'), "—": "-", "–": "-"}
_WORD_CHARS = re.compile(r"[\w'’-]")


#: Every value :func:`word_class` returns.
CLASSES = frozenset(
    "EDGE PRON REL THAT TO NEG AUX DET PREP CONJ NUM CAP CAPI LY ING ED LOW SYM".split()
    + list(",.:;?!()-$%")
    + ['"']
)


@lru_cache(maxsize=4096)
def word_class(tok: str, initial: bool = False) -> str:
    """The class of one token, as the model's context features use it.

    Args:
        tok: The token as written ("" for none: the sentence's edge).
        initial: Whether the token opens its sentence (a capital there is no evidence of a name).
    """
    if not tok:
        return "EDGE"
    low = tok.lower().replace("’", "'")
    if not tok[0].isalnum():
        return (_MARKS.get(tok) or tok) if tok in _MARKS else "SYM"
    if low in _PRONOUNS:
        return "PRON"
    if low in _RELATIVES:
        return "THAT" if low == "that" else "REL"
    if low == "to":
        return "TO"
    if low in _NEGATIONS or low.endswith("n't"):
        return "NEG"
    if low in _AUX:
        return "AUX"
    if low in DETERMINERS:
        return "DET"
    if low in _PREPOSITIONS:
        return "PREP"
    if low in ("and", "or", "but"):
        return "CONJ"
    if tok[0].isdigit():
        return "NUM"
    if tok[0].isupper():
        return "CAPI" if initial else "CAP"
    if low.endswith("ly"):
        return "LY"
    if low.endswith("ing"):
        return "ING"
    if low.endswith("ed"):
        return "ED"
    return "LOW"


@dataclass(frozen=True)
class CueModel:
    """A learned cue lexicon with its logistic regression (see the module docstring)."""

    forms: frozenset[str]
    weights: dict[str, float]
    intercept: float
    threshold: float
    params: dict[str, Any] = field(default_factory=dict)
    version: str = ""

    @property
    def pattern(self) -> re.Pattern[str]:
        """The compiled candidate expression (cached per model; see :func:`scan`)."""
        return _pattern(self.forms)

    def probability(self, feats: Sequence[str]) -> float:
        """``σ(b + Σ w_f)`` over the active features ``feats`` (unknown features weigh 0)."""
        w = self.weights
        z = self.intercept + sum(w.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-z))


@lru_cache(maxsize=8)
def _pattern(forms: frozenset[str]) -> re.Pattern[str]:
    from mediakit.metrics.sourcing.cues import _trie

    return re.compile(r"(?<![\w'’-])(?:" + _trie(sorted(forms)) + r")(?![\w'’-])")


def scan(low: str, model: CueModel) -> list[tuple[int, int, str]]:
    """Non-overlapping occurrences ``(start, end, form)`` of the model's forms in ``low``, left to right.

    One pass of one regular expression: the forms as a trie alternation (:func:`~mediakit.metrics.
    sourcing.cues._trie`) between word boundaries (no letter, digit, "_", apostrophe or hyphen on
    either side), the longest form first ("voted against" before "voted"). In timing runs this
    was cheaper than a dictionary look-up per token in Python (0.13 against 0.3 ms per article).
    """
    return [(m.start(), m.end(), m.group()) for m in model.pattern.finditer(low)] if model.forms else []


@lru_cache(maxsize=1)
def shipped_model() -> CueModel:
    """The model in ``mediakit/data/sourcing_cue_model.json``."""
    raw = json.loads(importlib.resources.files("mediakit").joinpath(MODEL_FILE).read_text(encoding="utf-8"))
    return model_from_json(raw)


def model_from_json(raw: dict[str, Any]) -> CueModel:
    """A :class:`CueModel` from its JSON form (as :mod:`mediakit.train.sourcing_cues` writes it)."""
    return CueModel(
        forms=frozenset(raw["forms"]),
        weights={k: float(v) for k, v in raw["weights"].items()},
        intercept=float(raw["intercept"]),
        threshold=float(raw["threshold"]),
        params=dict(raw.get("params", {})),
        version=str(raw.get("version", "")),
    )


_OVERRIDE: list[CueModel | None] = []


@contextmanager
def use_model(model: CueModel | None) -> Iterator[None]:
    """Use ``model`` (None: no learned cues) instead of the shipped one inside the block (fitting, evaluation)."""
    _OVERRIDE.append(model)
    try:
        yield
    finally:
        _OVERRIDE.pop()


def active_model() -> CueModel | None:
    """The model :func:`learned_cues` uses: the innermost :func:`use_model`, else the shipped one.

    On by default since sourcing 2.4.0 (model 2.0.0): its lexicon keeps no act or event form
    (:func:`attributive_form`) and no passive or infinitive occurrence is a candidate
    (:func:`admissible`), so what it adds on ordinary news is mostly attribution (docs/sourcing.md,
    "The learned cue model"). ``with use_model(None): ...`` runs the rules alone.
    """
    return _OVERRIDE[-1] if _OVERRIDE else shipped_model()


@dataclass(frozen=True)
class Candidate:
    """One occurrence of a learned form that the rules left alone, with its features."""

    start: int
    end: int
    form: str
    sentence: int
    features: tuple[str, ...]


def near(spans: list[tuple[int, int]], starts: list[int], s: int, e: int) -> bool:
    """Whether a span of ``spans`` (sorted by start) overlaps ``[s - NEAR, e + NEAR)``."""
    lo, hi = s - NEAR, e + NEAR
    k = bisect.bisect_left(starts, hi)
    return any(a < hi and lo < b for a, b in spans[max(0, k - 4) : k])


def attributive_form(form: str) -> bool:
    """Whether a learned ``form`` may be a cue: no act or event (:data:`ACT_WORDS`), no adverb.

    An adverb ("strongly", "officially") is part of a cue PolNeAR marks around it, never a cue of
    its own; nor is a word of :data:`PARTICLE_ONLY` without its particle.
    """
    first = form.split(" ", 1)[0]
    if form in KEPT_FORMS:
        return True
    if " " not in form and (form.endswith("ly") or form in PARTICLE_ONLY):
        return False
    return first not in ACT_WORDS


def passive(body: str, s: int, e: int) -> bool:
    """Whether the word ``body[s:e]`` is a participle after a form of "be" ("was sentenced", "is also named").

    Adverbs and "also" / "not" between are skipped; a participle followed by "that" takes a
    content clause ("were convinced that") and is no passive here. The subject of a passive is
    not the one who speaks, believes or wants ("Manafort was sentenced", "Dorian was forecast").
    """
    word = body[s:e].lower()
    if not (word.endswith("ed") or word in _PARTICIPLES):
        return False
    before = _TOKEN.findall(body, max(0, s - 40), s)
    for tok in reversed(before):
        low = tok.lower().replace("’", "'")
        if low.endswith("ly") or low in ("also", "not", "n't", "never", "still", "often", "widely"):
            continue
        if low in _BE or low.endswith(("'m", "'re")):
            m = _TOKEN.search(body, e, e + 30)
            return not (m and m.group().lower() == "that")
        return False
    return False


def admissible(
    body: str,
    s: int,
    e: int,
    quotes: Sequence[tuple[int, int]],
    q_starts: Sequence[int],
    rules: list[tuple[int, int]],
    r_starts: list[int],
) -> bool:
    """Whether ``body[s:e]`` may be a learned cue.

    It must be written in lower case, outside direct quotations, not near a rule cue, not right
    after "to" (an infinitive) and no :func:`passive`.
    """
    if not body[s].islower():
        return False  # a capitalised form is a name or opens a sentence
    if quotes:
        k = bisect.bisect_right(q_starts, s) - 1
        if k >= 0 and quotes[k][0] < s < quotes[k][1]:
            return False
    if rules and near(rules, r_starts, s, e):
        return False
    if _AFTER_TO.search(body, max(0, s - 4), s):
        return False  # an infinitive ("founded to encourage", "used to justify") reports no one's words
    space = body.find(" ", s, e)  # a two-word form: its first word
    return not passive(body, s, space if space > 0 else e)


def candidates(
    doc: Doc,
    low: str,
    quotes: Sequence[tuple[int, int]],
    rule_spans: Sequence[tuple[int, int]],
    model: CueModel,
    hits: Sequence[tuple[int, int, str]] | None = None,
) -> list[Candidate]:
    """Occurrences of the learned forms the rules did not cover, with their :func:`features`.

    Args:
        doc: The parsed article.
        low: ``doc.body`` lower-cased, same offsets.
        quotes: Direct quotation spans (sorted); a candidate inside one is skipped.
        rule_spans: The rule cues' spans; a candidate within :data:`NEAR` characters of one is skipped.
        model: The model whose forms are searched.
        hits: ``scan(low, model)`` when the caller has it (the rules' pass finds both:
            :func:`~mediakit.metrics.sourcing.cues._scan_both`); None: scanned here.
    """
    body = doc.body
    sentences = doc.sentences
    out: list[Candidate] = []
    s_starts = [s for s, _ in sentences]
    q_starts = [s for s, _ in quotes]
    rules = sorted(rule_spans)
    r_starts = [s for s, _ in rules]
    for s, e, form in scan(low, model) if hits is None else hits:
        if not admissible(body, s, e, quotes, q_starts, rules, r_starts):
            continue
        k = max(0, bisect.bisect_right(s_starts, s) - 1)
        s0, e0 = sentences[k] if sentences else (0, len(body))
        out.append(Candidate(s, e, form, k, features(body, form, s, e, s0, e0, k, quotes, q_starts, rules)))
    return out


def features(
    body: str,
    form: str,
    s: int,
    e: int,
    s0: int,
    e0: int,
    k: int,
    quotes: Sequence[tuple[int, int]],
    q_starts: Sequence[int],
    rules: Sequence[tuple[int, int]],
) -> tuple[str, ...]:
    """The active features of a candidate ``body[s:e]`` (form ``form``) in sentence ``k`` = ``body[s0:e0]``.

    See the module docstring for the list; names: ``f:`` form, ``p1:`` / ``p2:`` classes of
    the two words before, ``n1:`` class of the word after, ``fp:`` / ``fn:`` the form with
    ``p1`` / ``n1``, ``w1:`` / ``wn:`` the word before / after when it is a function word
    (:data:`CLOSED_WORDS`), ``cap`` / ``pron`` / ``person`` within :data:`WINDOW` words before,
    ``rule_before`` / ``rule_after``, ``early``, ``quote``, ``first``.
    """
    before = _TOKEN.findall(body, max(s0, s - 80), s)
    nm = _TOKEN.search(body, e, min(e0, e + 30)) if e < e0 else None
    nxt = nm.group() if nm else ""
    window = before[-WINDOW:]
    initial = len(before) <= WINDOW and s - 80 < s0  # window[0] opens the sentence
    classes = [word_class(tok, initial and i == 0) for i, tok in enumerate(window)]
    p1 = classes[-1] if classes else "EDGE"
    p2 = classes[-2] if len(classes) > 1 else "EDGE"
    n1 = word_class(nxt)
    feats = [f"f:{form}", f"p1:{p1}", f"p2:{p1}|{p2}", f"n1:{n1}", f"fp:{form}|{p1}", f"fn:{form}|{n1}"]
    if before:
        w = before[-1].lower().replace("’", "'")
        if w in CLOSED_WORDS:
            feats.append(f"w1:{w}")
    if nxt:
        w = nxt.lower().replace("’", "'")
        if w in CLOSED_WORDS:
            feats.append(f"wn:{w}")
    for tok, c in zip(window, classes, strict=True):
        if c == "CAP":
            feats.append("cap")
        elif c == "PRON" and tok.lower() not in ("it", "you"):
            feats.append("pron")
        else:
            low = tok.lower()
            if low in PERSON_NOUNS or low in INSTITUTIONS or low in ROLE_WORDS:
                feats.append("person")
    if rules:
        r = bisect.bisect_left(rules, (s, -1))  # rules[:r] start before the candidate
        if any(b > s0 for _, b in rules[max(0, r - 3) : r]):
            feats.append("rule_before")
        r2 = bisect.bisect_left(rules, (e, -1))  # rules[r2:] start at or after its end
        if r2 < len(rules) and rules[r2][0] < e0:
            feats.append("rule_after")
    if len(before) < 3 and s - 80 < s0:
        feats.append("early")
    if quotes:
        j = bisect.bisect_left(q_starts, e0)
        if any(qs < e0 and s0 < qe for qs, qe in quotes[max(0, j - 3) : j]):
            feats.append("quote")
    if k == 0:
        feats.append("first")
    return tuple(dict.fromkeys(feats))


def learned_cues(
    doc: Doc,
    low: str,
    quotes: Sequence[tuple[int, int]],
    rule_spans: Sequence[tuple[int, int]],
    model: CueModel | None = None,
    hits: Sequence[tuple[int, int, str]] | None = None,
) -> list[tuple[int, int, int]]:
    """The learned cues of an article: ``(start, end, sentence)`` of each candidate at or above the threshold.

    Args:
        doc: The parsed article.
        low: ``doc.body`` lower-cased, same offsets.
        quotes: Direct quotation spans (sorted).
        rule_spans: Spans of the cues the rules found.
        model: The model (default: :func:`active_model`; None there means no learned cues).
        hits: ``scan(low, model)`` if already found (see :func:`candidates`).

    A candidate less than :data:`NEAR` characters after a learned cue of its sentence is part of
    that cue ("voiced concern about" is one cue), not a second one.
    """
    m = model if model is not None else active_model()
    if m is None or not m.forms:
        return []
    out: list[tuple[int, int, int]] = []
    for c in candidates(doc, low, quotes, rule_spans, m, hits):
        if out and c.start - out[-1][1] < NEAR and c.sentence == out[-1][2]:
            continue  # "voiced concern about": one cue, the first form
        if m.probability(c.features) >= m.threshold:
            out.append((c.start, c.end, c.sentence))
    return out
