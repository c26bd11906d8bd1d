"""Bounded per-process memos: the one mechanism behind every word-level cache.

Several steps memoise a pure function of a word or phrase (syllables, easy-word status,
stems, abbreviation kinds, lexicon classes, source classes), so a corpus pays for each
distinct item once. A plain dict grows with every new name and number of an endless
stream; clearing it at a cap throws away the common vocabulary too. A :class:`Memo`
keeps two generations instead: new entries go into :attr:`Memo.table`; when it holds
:attr:`Memo.size` entries it becomes the *previous* generation and a fresh table starts.
A miss in the table looks in the previous generation first (and copies the entry over),
so frequent items survive a rollover and only items unused for a whole generation are
dropped. Memory is bounded by two generations per memo and stops growing once they are
full (``benchmarks/bench.py --scaling`` measures it).

Results never depend on a memo: every value is what the memoised function returns.

Hot loops read :attr:`Memo.table` directly (``map(memo.table.__getitem__, words)``, a C-level
pass) after :meth:`Memo.learn` has put every key they need into it. :func:`memos` lists every
memo of the process (for benchmarks and tests).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")

#: Entries per generation of a memo unless it asks for another size: enough for the running
#: vocabulary of news text (names, numbers and rare words come and go).
DEFAULT_SIZE = 32_768

_MEMOS: list[Memo[object, object]] = []


class Memo(Generic[K, V]):
    """A memo of a pure function with at most ``2 * size`` entries (two generations).

    Attributes:
        name: What is memoised (shown by :func:`memos`).
        size: Entries per generation.
        table: The current generation; read it directly in hot loops, after :meth:`learn`.
        rollovers: How many times a full table became the previous generation.
    """

    __slots__ = ("_previous", "name", "rollovers", "size", "table")

    def __init__(self, name: str, size: int = DEFAULT_SIZE) -> None:
        self.name = name
        self.size = size
        self.table: dict[K, V] = {}
        self._previous: dict[K, V] = {}
        self.rollovers = 0

    def __len__(self) -> int:
        """Entries held in both generations (an entry copied over counts twice)."""
        return len(self.table) + len(self._previous)

    def get(self, key: K, compute: Callable[[K], V]) -> V:
        """``compute(key)``, memoised (a miss costs a look-up, no caught exception)."""
        value = self.table.get(key, _MISSING)
        if value is not _MISSING:
            return value  # type: ignore[return-value]
        if len(self.table) >= self.size:
            self._rollover()
        value = self._previous.get(key, _MISSING)
        if value is _MISSING:
            value = compute(key)
        self.table[key] = value  # type: ignore[assignment]
        return value  # type: ignore[return-value]

    def learn(self, keys: Iterable[K], compute: Callable[[K], V]) -> dict[K, V]:
        """Put every key of ``keys`` into :attr:`table` (all of them, even across a rollover).

        Returns:
            The current table, which holds ``compute(k)`` for every ``k`` in ``keys``.
        """
        table = self.table
        missing = (keys if isinstance(keys, (set, frozenset)) else set(keys)).difference(table)
        if not missing:
            return table
        if len(table) + len(missing) > self.size:
            self._rollover()
            table = self.table
            missing = set(keys)
        previous = self._previous
        for k in missing:
            value = previous.get(k, _MISSING)
            table[k] = compute(k) if value is _MISSING else value  # type: ignore[assignment]
        return table

    def clear(self) -> None:
        """Drop both generations."""
        self.table = {}
        self._previous = {}

    def _rollover(self) -> None:
        self._previous = self.table
        self.table = {}
        self.rollovers += 1


_MISSING = object()


def memo(name: str, size: int = DEFAULT_SIZE) -> Memo[K, V]:
    """Create a :class:`Memo` and list it in :func:`memos` (module-level memos use this)."""
    m: Memo[K, V] = Memo(name, size)
    _MEMOS.append(m)  # type: ignore[arg-type]
    return m


def memos() -> dict[str, Memo[object, object]]:
    """Every memo created with :func:`memo`, by name."""
    return {m.name: m for m in _MEMOS}


def clear_memos() -> None:
    """Empty every memo of the process (a cold start, for tests and benchmarks)."""
    for m in _MEMOS:
        m.clear()
