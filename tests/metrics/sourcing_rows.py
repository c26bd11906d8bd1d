"""Look-ups shared by the sourcing tests: the source table of a text and its row for a cue and a source."""

from __future__ import annotations

from typing import Any

import pandas as pd

from mediakit.metrics import sourcing
from mediakit.metrics.sourcing.learned import use_model
from mediakit.text.parse import parse


def rule_cues(text: str, *, lower: bool = False) -> list[str]:
    """The cue words the rules alone find in ``text`` (the learned cue model switched off), in order."""
    with use_model(None):
        found = [a.cue for a in sourcing.cue_spans(parse(text))]
    return [c.lower() for c in found] if lower else found


def table(text: str) -> pd.DataFrame:
    """The source table of ``text`` (:func:`mediakit.metrics.sourcing.source_table`)."""
    return sourcing.source_table(parse(text))


def cues(text: str) -> set[str]:
    """The cue words of the source table of ``text``."""
    return set(table(text)["cue"])


def pairs(text: str) -> list[tuple[str, str]]:
    """The (cue, source phrase) pairs of the source table of ``text``, in order."""
    t = table(text)
    return list(zip(t["cue"], t["source"], strict=True))


def first_source(text: str, cue: str) -> str:
    """The source phrase of the first row with this cue; fails listing the table when there is none."""
    rows = [r.source for r in table(text).itertuples() if r.cue == cue]
    assert rows, table(text)[["cue", "source"]].values.tolist()
    return rows[0]


def row_with_source(text: str, cue: str, source: str) -> Any:
    """The first row with this cue and this source phrase; fails listing the table when there is none."""
    t = table(text)
    match = [r for r in t.itertuples() if r.cue == cue and r.source == source]
    assert match, t[["cue", "source", "source_class", "source_kind", "resolved_to"]].values.tolist()
    return match[0]


def assert_row_with_source(
    text: str, cue: str, source: str, resolved_to: str, source_class: str, source_kind: str | None
) -> None:
    """A row with this cue and this source phrase exists, resolved and classed as expected (any kind if None)."""
    r = row_with_source(text, cue, source)
    assert (r.resolved_to, r.source_class) == (resolved_to, source_class)
    if source_kind is not None:
        assert r.source_kind == source_kind


def class_kind_resolved(text: str, cue: str, source: str) -> tuple[str, str, str]:
    """Class, kind and ``resolved_to`` of the first row with this cue and this source phrase."""
    r = row_with_source(text, cue, source)
    return (r.source_class, r.source_kind, r.resolved_to)
