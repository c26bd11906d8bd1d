"""Loaded language: evaluative, exaggerating and fear-appealing words in a body or headline.

A word is *loaded* when the shipped table (``mediakit/data/sensational_loaded.json``)
lists it: the words whose estimated probability of lying inside an expert
Loaded_Language, Exaggeration/Minimisation or Appeal_to_fear-prejudice span is at least
the table's threshold. The probabilities come from a logistic regression over word
features (occurrences inside long spans discounted, see
:func:`mediakit.train.sensational_loaded.fit_weights`) fitted on the training split of the
Propaganda Techniques Corpus (PTC;
Da San Martino et al. 2019): the word itself and its crude stem, the construct lexicon's
category (``sensational_lexicon.json``), the word's VADER valence band (Hutto & Gilbert
2014), intensifier and superlative lists, the Dale-Chall easy-word list, suffix and
length (``python -m mediakit.evaluate.sensational --fit``; see
:mod:`mediakit.train.sensational_loaded`). Topic words (war, killed…), subject words
(election…) and names are never loaded.

Context (rules in the lexicon's ``loaded_context`` section, applied to each occurrence):

* **Senses.** Some words are loaded in one use and literal in another: ``storm`` is
  loaded in "a storm of outrage" or "a storm over remarks" and literal in "storm the
  building" or "the storm hit"; ``disaster`` is loaded when it judges ("a total
  disaster", "the plan is a disaster") and literal as an event. A word with
  ``loaded_if`` patterns is loaded only where one matches; ``literal_if`` patterns
  clear a listed word ("slammed into", "a blast").
* **Negation.** A loaded word after a negator in the same sentence, at most three words
  before it ("not a disaster", "hardly brutal", "isn't shocking"), is not counted;
  "not only" and "not just" do not negate.
* **Quotes.** A loaded word inside a direct quote is the source's, not the writer's: it
  is reported (evidence label ``quoted``, column ``loaded_quoted_rate``) but kept out of
  ``loaded_rate``, which measures the writer's voice.

Adjacent loaded words form one row ("brutal, savage"), so rates count phrases:

    loaded_rate        = 1000 · rows in the writer's voice / body words
    loaded_quoted_rate = 1000 · rows inside direct quotes / body words

References: Da San Martino, Yu, Barrón-Cedeño, Petrov & Nakov (2019), Fine-grained
analysis of propaganda in news articles, EMNLP; Hutto & Gilbert (2014), VADER, ICWSM;
Bednarek & Caple (2017), The Discourse of News Values (Negativity, Superlativeness).
"""

from __future__ import annotations

import importlib.resources
import json
from bisect import bisect_right
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from mediakit.metrics.registry import Evidence
from mediakit.metrics.sensational.lexicon import lexicon
from mediakit.text import segment
from mediakit.text.parse import Doc
from mediakit.text.quotes import find_quotes

FAMILY_NAME = "sensational"
TABLE_FILE = "data/sensational_loaded.json"

#: A sense pattern: the words before the target, the words after it (lower case; ``*`` is the target).
_Pattern = tuple[tuple[str, ...], tuple[str, ...]]


@dataclass(frozen=True)
class LoadedTable:
    """The loaded-language table: learned word weights and the context rules."""

    version: str
    threshold: float
    weights: dict[str, float]  # lower-cased word -> probability of lying in an expert span
    loaded_if: dict[str, tuple[_Pattern, ...]]  # word -> patterns that make it loaded (only then)
    literal_if: dict[str, tuple[_Pattern, ...]]  # word -> patterns that make it literal
    negators: frozenset[str]
    negation_window: int
    not_negating_next: frozenset[str]  # "not only", "not just"
    words: frozenset[str] = field(default=frozenset())  # every word that may be loaded (weights and senses)
    sense_words: frozenset[str] = field(default=frozenset())  # words with sense rules
    #: Negators in lower, Title and UPPER case (a quick test before lower-casing a word's context).
    maybe_negator: frozenset[str] = field(default=frozenset())


def _pattern(text: str) -> _Pattern:
    toks = text.lower().split()
    i = toks.index("*")
    return tuple(toks[:i]), tuple(toks[i + 1 :])


def _raw_table() -> dict[str, Any]:
    ref = importlib.resources.files("mediakit").joinpath(TABLE_FILE)
    with ref.open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def build_table(weights: dict[str, float], threshold: float, version: str = "") -> LoadedTable:
    """Compile a table from learned weights and the lexicon's ``loaded_context`` rules."""
    ctx = lexicon().context
    loaded_if: dict[str, list[_Pattern]] = {}
    literal_if: dict[str, list[_Pattern]] = {}
    for sense in ctx["senses"]:
        for w in sense["words"]:
            loaded_if.setdefault(w, []).extend(_pattern(p) for p in sense.get("loaded_if", []))
            literal_if.setdefault(w, []).extend(_pattern(p) for p in sense.get("literal_if", []))
    kept = {w: p for w, p in weights.items() if p >= threshold}
    words = set(kept) | {w for w, pats in loaded_if.items() if pats}
    return LoadedTable(
        version=version,
        threshold=threshold,
        weights=kept,
        loaded_if={w: tuple(p) for w, p in loaded_if.items() if p},
        literal_if={w: tuple(p) for w, p in literal_if.items() if p},
        negators=frozenset(ctx["negators"]),
        negation_window=int(ctx["negation_window"]),
        not_negating_next=frozenset(ctx["not_negating_next"]),
        words=frozenset(words),
        sense_words=frozenset(w for w in words if w in loaded_if or w in literal_if),
        maybe_negator=frozenset(v for w in ctx["negators"] for v in (w, w.title(), w.upper())),
    )


@lru_cache(maxsize=1)
def table() -> LoadedTable:
    """The shipped table (once per process)."""
    raw = _raw_table()
    return build_table({k: float(v) for k, v in raw["weights"].items()}, float(raw["threshold"]), raw["version"])


# --------------------------------------------------------------------------- context


def _matches(pat: _Pattern, low: list[str], i: int, lo: int, hi: int) -> bool:
    """``pat`` around ``low[i]`` within the sentence ``low[lo:hi]``."""
    before, after = pat
    if i - len(before) < lo or i + 1 + len(after) > hi:
        return False
    return tuple(low[i - len(before) : i]) == before and tuple(low[i + 1 : i + 1 + len(after)]) == after


def _is_negated(low: list[str], i: int, lo: int, tab: LoadedTable) -> bool:
    """A negator at most ``negation_window`` words before ``i`` in the same sentence."""
    for j in range(max(lo, i - tab.negation_window), i):
        w = low[j]
        if w in tab.negators or w.endswith("n't"):
            if j + 1 < i and low[j + 1] in tab.not_negating_next:
                continue
            return True
    return False


def judge(low: list[str], i: int, lo: int, hi: int, tab: LoadedTable) -> tuple[str, float] | None:
    """Why ``low[i]`` (lower-cased words of a text, sentence ``low[lo:hi]``) is loaded, and its weight; or None.

    Returns the table word with its weight (``("brutal 0.52", 0.52)``) or the context
    rule that made it loaded (``("storm (context)", threshold)``: a word made loaded by
    its context weighs the table's threshold).
    """
    w = low[i]
    pats = tab.literal_if.get(w)
    if pats and any(_matches(p, low, i, lo, hi) for p in pats):
        return None
    pats = tab.loaded_if.get(w)
    if pats is not None:
        if not any(_matches(p, low, i, lo, hi) for p in pats):
            return None
        why, weight = f"{w} (context)", tab.threshold
    else:
        p = tab.weights.get(w)
        if p is None:
            return None
        why, weight = f"{w} {p:.2f}", p
    if _is_negated(low, i, lo, tab):
        return None
    return why, weight


# --------------------------------------------------------------------------- body


@dataclass
class Loaded:
    """Loaded-language rows of one text: ``(first word, last word + 1, quoted, reasons, weight)``.

    ``weight`` is the sum of the row's word weights.
    """

    rows: list[tuple[int, int, bool, str, float]]

    @property
    def writer(self) -> int:
        """Rows in the writer's voice."""
        return sum(1 for r in self.rows if not r[2])

    @property
    def quoted(self) -> int:
        """Rows inside direct quotes."""
        return sum(1 for r in self.rows if r[2])


class _Quotes:
    """Which words of a body lie inside a direct quote, located lazily quote by quote.

    A quote's first word is the number of words of its sentence before the opening mark
    (the word rule applied to that stretch), its length the words inside it
    (``Quote.n_words``); both modes of the family use this, so counts and evidence agree.
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.direct = [q for q in doc.quotes if q.kind == "direct"]
        self.starts = [q.start for q in self.direct]
        self.ranges: dict[int, tuple[int, int]] = {}
        self.sent_starts: list[int] | None = None

    def _range(self, m: int) -> tuple[int, int]:
        r = self.ranges.get(m)
        if r is None:
            doc = self.doc
            if self.sent_starts is None:
                self.sent_starts = [s for s, _e in doc.sentences]
            q = self.direct[m]
            k = bisect_right(self.sent_starts, q.start) - 1
            a = 0
            if k >= 0:
                a = doc.sentence_word_offsets[k] + len(segment.clean_words(doc.body[self.sent_starts[k] : q.start]))
            r = self.ranges[m] = (a, a + q.n_words)
        return r

    def inside(self, i: int, k: int) -> bool:
        """Whether word ``i`` (of sentence ``k``) lies inside a direct quote."""
        s, e = self.doc.sentences[k]
        m = bisect_right(self.starts, e - 1) - 1  # the last quote opening before the sentence ends
        direct = self.direct
        while m >= 0 and direct[m].end > s:  # quotes are disjoint and in order: earlier ones end earlier
            a, b = self._range(m)
            if a <= i < b:
                return True
            m -= 1
        return False


def find_loaded(
    doc: Doc,
    positions: Iterable[int] | None = None,
    tab: LoadedTable | None = None,
    cased: Collection[str] | None = None,
) -> Loaded:
    """Loaded-language rows of the body.

    Args:
        doc: The parsed article.
        positions: Ascending word indices that may hold a loaded word (the family's
            counting pass finds them with its other word classes); None looks at every word.
        tab: The table (default: the shipped one; validations pass fold-specific tables).
        cased: The words as written (:attr:`Doc.words`) that are candidates, when known
            (the counting pass collects them); positions holding other words are skipped.
    """
    tab = tab or table()
    words = doc.words
    if positions is None:
        loaded_words = tab.words
        positions = [i for i, w in enumerate(doc.lower_words) if w in loaded_words]
        cased = None
    elif cased is not None:
        positions = [i for i in positions if words[i] in cased]
    hits: list[tuple[int, int, tuple[str, float]]] = []
    offsets = doc.sentence_word_offsets
    n = len(words)
    n_sent = len(offsets)
    reach = max(tab.negation_window, 3)  # words of context a rule may read before the word
    window = tab.negation_window
    loaded = tab.words
    weights = tab.weights
    senses = tab.sense_words
    maybe_negator = tab.maybe_negator
    for i in positions:
        low = words[i]
        if low not in loaded:
            low = low.lower()
            if low not in loaded:
                continue
        k = bisect_right(offsets, i) - 1
        lo = offsets[k]
        if low in senses:
            a = max(lo, i - reach)
            b = min(offsets[k + 1] if k + 1 < n_sent else n, i + 4)
            judged = judge([w.lower() for w in words[a:b]], i - a, 0, b - a, tab)
            if judged is not None:
                hits.append((i, k, judged))
            continue
        # A listed word without sense rules: only negation can clear it (as in judge).
        a = i - window if i - window > lo else lo
        before = words[a:i]
        # Only a negator (any case, see maybe_negator) or a word with an apostrophe ("isn't")
        # can negate; a context with upper-case letters takes the exact test.
        if before:
            joined = " ".join(before)
            if (
                not maybe_negator.isdisjoint(before) or "'" in joined or not joined.islower()
            ) and _is_negated([w.lower() for w in before], i - a, 0, tab):
                continue
        p = weights[low]
        hits.append((i, k, (f"{low} {p:.2f}", p)))
    if not hits:
        return Loaded([])
    quotes = _Quotes(doc) if doc.quotes else None
    rows: list[tuple[int, int, bool, str, float]] = []
    for i, k, (reason, weight) in hits:
        quoted = quotes is not None and quotes.inside(i, k)
        if rows and rows[-1][1] == i and rows[-1][2] == quoted:
            s, _e, q, reasons, total = rows[-1]
            rows[-1] = (s, i + 1, q, f"{reasons}, {reason}", total + weight)
        else:
            rows.append((i, i + 1, quoted, reason, weight))
    return Loaded(rows)


def body_evidence(doc: Doc, found: Loaded) -> list[Evidence]:
    """Evidence rows (``kind == "loaded_language"``) of :func:`find_loaded` results."""
    spans = doc.word_spans
    out = []
    for a, b, quoted, reasons, _weight in found.rows:
        s, e = spans[a][0], spans[b - 1][1]
        voice = "quoted (the source's words)" if quoted else "writer's voice"
        metric = "loaded_quoted_rate" if quoted else "loaded_rate"
        out.append(
            Evidence(FAMILY_NAME, "loaded_language", s, e, doc.body[s:e], "body", f"{voice}: {reasons}", f"{FAMILY_NAME}.{metric}")
        )
    return out


def headline_evidence(title: str, tab: LoadedTable | None = None) -> list[Evidence]:
    """Loaded-language rows of a headline (evidence only: the rates count body words)."""
    tab = tab or table()
    toks = list(segment.token_spans(title)) if title.strip() else []
    if not toks:
        return []
    low = [t.lower() for _s, _e, t in toks]
    if tab.words.isdisjoint(low):
        return []
    direct = [(q.start, q.end) for q in find_quotes(title) if q.kind == "direct"]
    out: list[Evidence] = []
    last = -2
    for i, w in enumerate(low):
        if w not in tab.words:
            continue
        judged = judge(low, i, 0, len(low), tab)
        if judged is None:
            continue
        why = judged[0]
        s, e = toks[i][0], toks[i][1]
        quoted = any(qa <= s < qb for qa, qb in direct)
        voice = "quoted (the source's words)" if quoted else "writer's voice"
        if out and last == i - 1 and out[-1].label.startswith(voice):
            prev = out[-1]
            out[-1] = prev._replace(end=e, text=title[prev.start : e], label=f"{prev.label}, {why}")
        else:
            out.append(Evidence(FAMILY_NAME, "loaded_language", s, e, title[s:e], "title", f"{voice}: {why}", ""))
        last = i
    return out
