"""Structure family: how the article is built (paragraphing, restatement, boilerplate).

Restatement is measured on content-word stems (lower-cased words of three or
more letters that are not stop words, cut to their first five letters, a crude
but language-light stemmer). A paragraph restates an earlier one when the
overlap coefficient of their stem sets,
``|A ∩ B| / min(|A|, |B|)``, is at least :data:`RESTATE_THRESHOLD` and the
smaller set has at least :data:`RESTATE_MIN_STEMS` stems. Each paragraph is
compared with the headline and the first :data:`LEAD_PARAGRAPHS` paragraphs.

Reference for the overlap coefficient: Szymkiewicz (1934); for padding and
restatement as tabloid traits: Bednarek & Caple (2017), The Discourse of News
Values.
"""

from __future__ import annotations

import re
from typing import Any

from mediakit.metrics.registry import Column, Evidence, Family, FamilyResult, register
from mediakit.text.parse import Doc

VERSION = "1.0.0"
RESTATE_THRESHOLD = 0.5
RESTATE_MIN_STEMS = 5
NAN = float("nan")

STOP_WORDS = frozenset(
    """the a an and or but of in on at to for from by with as is are was were be been being it
    its this that these those he she they we you i his her their our your them him has have
    had will would can could should may might must not no than then there here what which
    who whom whose when where why how all any some more most other such only own same so too
    very just also into over after before about against between through during under again
    further once up down out off said says say one two new""".split()
)
_WORD = re.compile(r"[a-z]+")


def stems(text: str) -> set[str]:
    """Content-word stems of ``text`` (see module docstring)."""
    return {w[:5] for w in _WORD.findall(text.lower()) if len(w) > 2 and w not in STOP_WORDS}


_COLUMNS = (
    Column("paragraphs", "Paragraphs in the body", "higher_more", "count"),
    Column("paragraph_words_mean", "Mean words per paragraph", "neutral", "words"),
    Column(
        "one_sentence_paragraph_share",
        "Share of paragraphs that are a single sentence",
        "higher_more",
        "share (0-1)",
        "Tabloid paragraphing; Bednarek & Caple 2017",
    ),
    Column(
        "restated_paragraphs",
        "Paragraphs that restate an earlier paragraph or the headline",
        "higher_more",
        "count",
        "Overlap coefficient of content stems >= 0.5",
    ),
    Column("restated_share", "Restated paragraphs over paragraphs", "higher_more", "share (0-1)"),
    Column("boilerplate_paragraphs", "Boilerplate paragraphs removed by the loader", "higher_more", "count"),
    Column("headline_words", "Words in the headline", "neutral", "count"),
)


def compute(doc: Doc, *, evidence: bool = False) -> FamilyResult:
    """Compute the structure family for one parsed article."""
    n_par = len(doc.paragraphs)
    para_words = [0] * n_par
    para_sents = [0] * n_par
    for p_i, n_words in zip(doc.sentence_paragraph, doc.sentence_lengths, strict=True):
        para_words[p_i] += n_words
        para_sents[p_i] += 1
    restated, ev = _restated(doc, evidence)
    boiler: Any = doc.meta.get("boilerplate") or []
    values = {
        "paragraphs": float(n_par),
        "paragraph_words_mean": sum(para_words) / n_par if n_par else NAN,
        "one_sentence_paragraph_share": sum(1 for n in para_sents if n == 1) / n_par if n_par else NAN,
        "restated_paragraphs": float(restated),
        "restated_share": restated / n_par if n_par else NAN,
        "boilerplate_paragraphs": float(len(boiler)),
        "headline_words": float(len(doc.title_words)),
    }
    return FamilyResult(values, ev)


_STEM_MEMO: dict[str, str] = {}
#: Paragraphs are compared with the headline and the first paragraphs (the lead
#: block), where tabloid padding restates its story.
LEAD_PARAGRAPHS = 5


def _stem(word: str) -> str:
    """Stem of one lower-cased word, "" for stop words, short words and non-words."""
    return word[:5] if len(word) > 2 and word.isalpha() and word not in STOP_WORDS else ""


def _stem_sets(groups: list[list[str]]) -> list[set[str]]:
    """Stem set of each group of lower-cased words (memoised per word, C-level set work)."""
    uniq = [set(g) for g in groups]
    memo = _STEM_MEMO
    for w in set().union(*uniq).difference(memo):
        memo[w] = _stem(w)
    out = []
    for u in uniq:
        st = set(map(memo.__getitem__, u))
        st.discard("")
        out.append(st)
    return out


def _restated(doc: Doc, evidence: bool) -> tuple[int, list[Evidence]]:
    """Count paragraphs restating the headline or a lead paragraph."""
    lower = doc.lower_words
    ranges: dict[int, tuple[int, int]] = {}
    bounds = [*doc.sentence_word_offsets, doc.n_words]
    for i, p_i in enumerate(doc.sentence_paragraph):
        a = ranges[p_i][0] if p_i in ranges else bounds[i]
        ranges[p_i] = (a, bounds[i + 1])
    groups = [lower[ranges[i][0] : ranges[i][1]] if i in ranges else [] for i in range(len(doc.paragraphs))]
    sets = _stem_sets([doc.lower_title_words, *groups])
    earlier: list[tuple[str, set[str]]] = [("the headline", sets[0])] if doc.title else []
    count = 0
    ev: list[Evidence] = []
    for i, ((s, e), st) in enumerate(zip(doc.paragraphs, sets[1:], strict=True)):
        for name, prev in earlier:
            small = min(len(st), len(prev))
            if small >= RESTATE_MIN_STEMS and len(st & prev) / small >= RESTATE_THRESHOLD:
                count += 1
                if evidence:
                    ev.append(
                        Evidence(
                            "structure",
                            "restated_paragraph",
                            s,
                            e,
                            doc.body[s:e],
                            label=f"restates {name}",
                            metric="structure.restated_paragraphs",
                        )
                    )
                break
        if i < LEAD_PARAGRAPHS:
            earlier.append((f"paragraph {i + 1}", st))
    return count, ev


FAMILY = register(
    Family(
        name="structure",
        version=VERSION,
        description="Paragraphing, restated paragraphs and removed boilerplate.",
        columns=_COLUMNS,
        compute=compute,
        reference="Bednarek & Caple (2017), The Discourse of News Values",
        summary=("paragraphs", "restated_paragraphs", "boilerplate_paragraphs"),
    )
)
