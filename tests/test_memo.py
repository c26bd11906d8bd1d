"""The bounded memo behind every word-level cache (mediakit.memo)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mediakit.memo import Memo, memo, memos


def _square(x: int) -> int:
    return x * x


@pytest.mark.parametrize("size", [1, 2, 3, 5])
def test_memo_get_returns_the_function_value_and_stays_bounded(size):
    m: Memo[int, int] = Memo("squares", size)
    calls: list[int] = []

    def f(x: int) -> int:
        calls.append(x)
        return x * x

    for x in [1, 2, 3, 1, 4, 5, 1, 6, 7, 2, 8]:
        assert m.get(x, f) == x * x
        assert len(m.table) <= size
        assert len(m) <= 2 * size
    assert m.rollovers > 0
    assert calls.count(1) <= 3  # 1 is used often: it survives rollovers by being copied over


def test_memo_frequent_key_survives_rollovers():
    m: Memo[int, int] = Memo("squares", 4)
    calls: list[int] = []

    def f(x: int) -> int:
        calls.append(x)
        return x * x

    for x in range(100):
        m.get(0, f)  # the hot key, used between every new key
        m.get(x + 1, f)
    assert calls.count(0) == 1
    assert m.rollovers >= 20


@pytest.mark.parametrize(
    ("size", "batches"),
    [(3, [[1, 2], [3, 4], [1, 5]]), (2, [[1, 2, 3, 4]]), (5, [[1, 1, 2], [2, 3], [9, 8, 7, 6]])],
)
def test_memo_learn_puts_every_key_in_the_table(size, batches):
    m: Memo[int, int] = Memo("squares", size)
    for keys in batches:
        table = m.learn(keys, _square)
        assert table is m.table
        assert all(table[k] == k * k for k in keys)  # even when the batch caused a rollover


@settings(max_examples=200, derandomize=True)
@given(st.integers(1, 6), st.lists(st.lists(st.integers(0, 12), max_size=8), max_size=12))
def test_memo_values_never_depend_on_size_or_history(size, batches):
    m: Memo[int, int] = Memo("squares", size)
    largest = 0
    for keys in batches:
        table = m.learn(keys, _square)
        assert [table[k] for k in keys] == [k * k for k in keys]
        if keys:
            assert m.get(keys[0], _square) == keys[0] ** 2
        largest = max(largest, len(set(keys)))
        assert len(m.table) <= max(size, largest)  # a batch is learnt whole, however large


def test_memo_registry_lists_package_memos_by_name():
    import mediakit.metrics  # noqa: F401  (registers the families and their memos)

    names = set(memos())
    assert {"syllables", "structure concept of a word", "sensational class of a word"} <= names
    m = memo("test memo registered")
    assert memos()["test memo registered"] is m
    m.get(3, _square)
    m.clear()
    assert len(m) == 0
