"""Resolution: person names of the article and the last one before a pronoun."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from mediakit.memo import Memo, memo

if TYPE_CHECKING:
    pass
from mediakit.metrics.sourcing.classify import _FULL_NAME_FAST, _names, _surname


def _name_keys(text: str) -> tuple[str, ...]:
    """Surname keys of the names in one :data:`_FULL_NAME` match."""
    return tuple(_surname(name) for name in _names(text))


#: :func:`_name_keys` by matched text (memoised).
_NAME_KEYS: Memo[str, tuple[str, ...]] = memo("surnames of a capitalised sequence")


def _name_index(body: str) -> tuple[list[int], list[str]]:
    """End offsets and surname keys of every person-like name in ``body``, in order."""
    ends: list[int] = []
    keys: list[str] = []
    table = _NAME_KEYS.table
    for m in _FULL_NAME_FAST.finditer(body):
        text = m.group()
        found = table.get(text)
        if found is None:
            found = _NAME_KEYS.get(text, _name_keys)
        if found:
            end = m.end()
            for key in found:
                ends.append(end)
                keys.append(key)
    return ends, keys


def _last_person(index: tuple[list[int], list[str]], pos: int) -> str:
    """Surname key of the last name ending within 600 characters before ``pos``, or ""."""
    ends, keys = index
    i = bisect.bisect_right(ends, pos) - 1
    return keys[i] if i >= 0 and ends[i] >= pos - 600 else ""
