"""The merged candidate pass of the rule cues and the learned forms finds what the two passes find.

:func:`mediakit.metrics.sourcing.cues._scan_both` replaces ``_scan(low)`` plus
``learned.scan(low, model)`` (issue 13, round seven); these properties compare them on text
built to hit both lists, prefixes of their words, and the hyphens and apostrophes at which a
candidate match could hide a start.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mediakit.metrics.sourcing import cues, learned

_SHIPPED = learned.shipped_model()
#: Small models: overlapping the rule words, hyphenated, with an apostrophe, two-word forms.
_MODELS = [
    _SHIPPED,
    learned.CueModel(
        forms=frozenset({"said", "says that", "self-described", "o'neill", "vote", "voted against", "critic"}),
        weights={},
        intercept=0.0,
        threshold=0.5,
    ),
]
_WORDS = sorted(
    {w for f in _SHIPPED.forms for w in f.split()}
    | {w for m in _MODELS for f in m.forms for w in f.split()}
    | set(cues._SCAN_FIRST_WORDS[::7])
)
_PIECES = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from(_WORDS).map(lambda w: w[: max(1, len(w) - 2)]),  # prefixes
    st.sampled_from(["according to", "critics say", "it is said", "x", "Said", "so", "self"]),
)
_SEPS = st.sampled_from([" ", "  ", "-", "'", "’", "\n", ", ", ". ", "_", "", "é", "\t", "“", "(", "\xad", "7", "—"])
_TEXT = st.lists(st.tuples(_PIECES, _SEPS), max_size=30).map(lambda xs: "".join(p + s for p, s in xs))


@pytest.mark.parametrize("model", _MODELS, ids=["shipped", "small"])
@given(text=_TEXT)
@settings(max_examples=300)
def test_scan_merged_equals_the_two_passes(model, text):
    low = text.lower()
    rules, forms = cues._scan_both(low, model)
    assert [(m.span(), m.lastgroup) for m in rules] == [(m.span(), m.lastgroup) for m in cues._scan(low)]
    assert forms == learned.scan(low, model)
    # against the plain scans, not the candidate passes
    assert [(m.span(), m.lastgroup) for m in rules] == [(m.span(), m.lastgroup) for m in cues._SCAN_RE.finditer(low)]
    assert forms == [(m.start(), m.end(), m.group()) for m in model.pattern.finditer(low)]


@pytest.mark.parametrize(
    ("forms", "mergeable"),
    [
        (frozenset({"voted against", "self-described"}), True),
        (frozenset({"-said"}), False),  # starts with a mark: no word boundary before it
        (frozenset({"said+"}), False),
        (frozenset({"_x"}), False),
    ],
)
def test_scan_merged_falls_back_for_unmergeable_forms(forms, mergeable):
    model = learned.CueModel(forms=forms, weights={}, intercept=0.0, threshold=0.5)
    assert (cues._merged_candidate(forms) is not None) is mergeable
    rules, hits = cues._scan_both("they -said so; said+ _x voted against", model)
    assert [m.span() for m in rules] == [m.span() for m in cues._scan("they -said so; said+ _x voted against")]
    assert (hits is not None) is mergeable
